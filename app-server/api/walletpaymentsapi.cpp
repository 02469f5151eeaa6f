// /api/v1/payments/{id}/checkout and /pay: a signed-in person looks at a merchant's payment
// request and pays it from their wallet with their PIN. The payer sees the request without
// the merchant's own fields (webhook URL, metadata).
#include "apideps.h"
#include "jsonfields.h"

#include "domain/gateway/paymentjson.h"
#include "domain/gateway/paymentservice.h"
#include "domain/gateway/walletpayments.h"
#include "domain/ledger/txnjson.h"
#include "http/ratelimiter.h"
#include "http/router.h"

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace paydesk::server {

namespace {

QJsonObject payerJson(const ApiDeps &deps, const gateway::Payment &p)
{
    QJsonObject o = gateway::paymentJson(p, deps.payments->paymentUrl(p.id));
    o.remove("webhook_url"_L1); // the merchant's, not the payer's business
    o.remove("metadata"_L1);
    return o;
}

QJsonValue errorJson(const std::optional<Error> &e)
{
    if (!e)
        return QJsonValue();
    return QJsonObject{{"code"_L1, e->code},
                       {"message"_L1, e->message},
                       {"field"_L1, e->field.isEmpty() ? QJsonValue() : QJsonValue(e->field)}};
}

Reply checkout(const ApiDeps &deps, RequestContext &ctx)
{
    auto view =
        deps.walletPayments->checkout(ctx.principal.userId, ctx.params.value(u"payment_id"_s));
    if (!view)
        return Reply::error(view.error(), ctx.requestId);
    const gateway::Payment &p = view->payment;
    return Reply::json(QJsonObject{
        {"payment_id"_L1, p.id},
        {"merchant_name"_L1, view->merchantName},
        {"amount"_L1, p.amount},
        {"currency"_L1, p.currency},
        {"description"_L1, p.description},
        {"reference_id"_L1, p.referenceId},
        {"mode"_L1, p.mode},
        {"status"_L1, p.status},
        {"expires_at"_L1, p.expiresAt.toString(Qt::ISODateWithMs)},
        {"payment_url"_L1, deps.payments->paymentUrl(p.id)},
        {"payable"_L1, !view->refusal.has_value()},
        {"refusal"_L1, errorJson(view->refusal)},
    });
}

// The PIN's per-person bucket, shared with POST /profile/verify-pin.
std::optional<Error> pinLimited(const ApiDeps &deps, const QString &userId)
{
    const qint64 wait = deps.limiter.take(u"pin:user:"_s + userId, deps.accountPolicy);
    if (wait == 0)
        return std::nullopt;
    Error e = Error::make(errc::kRateLimited, u"Too many attempts; try again in %1 s."_s.arg(wait));
    e.retryAfterSeconds = wait;
    return e;
}

Reply pay(const ApiDeps &deps, RequestContext &ctx)
{
    if (auto r = fields::onlyKnown(ctx.body, {u"pin"_s}); !r)
        return Reply::error(r.error(), ctx.requestId);
    auto pin = fields::requiredString(ctx.body, u"pin"_s, 6);
    if (!pin)
        return Reply::error(pin.error(), ctx.requestId);
    if (auto e = pinLimited(deps, ctx.principal.userId))
        return Reply::error(*e, ctx.requestId);
    // Answered once the posting's batch committed; the paid request is read back on this thread.
    return Reply::later(
        [&deps, requestId = ctx.requestId,
         input = gateway::WalletPayInput{ctx.principal.userId, ctx.params.value(u"payment_id"_s),
                                         *pin, ctx.idempotency}](Answer answer) {
            deps.walletPayments->payLater(input, [&deps, answer,
                                                  requestId](Result<ledger::PostResult> posted) {
                answer([&deps, posted = std::move(posted), requestId] {
                    auto done = posted ? deps.walletPayments->paid(*posted)
                                       : Result<gateway::WalletPaid>(posted.error());
                    if (!done)
                        return Reply::error(done.error(), requestId);
                    return Reply::json(QJsonObject{{"payment"_L1, payerJson(deps, done->payment)},
                                                   {"transaction"_L1, ledger::txnJson(done->txn)}});
                });
            });
        });
}

} // namespace

void registerWalletPaymentRoutes(Router &router, const ApiDeps &deps)
{
    router.add({Method::Get, u"/api/v1/payments/{payment_id}/checkout"_s,
                u"What a payer sees before paying a request, and whether they can pay it."_s,
                BodyPolicy::None, [&deps](RequestContext &ctx) { return checkout(deps, ctx); },
                Access::User});
    router.add(
        {Method::Post,
         u"/api/v1/payments/{payment_id}/pay"_s,
         u"Pay a live payment request from your wallet (PIN; Idempotency-Key recommended)."_s,
         BodyPolicy::JsonObject,
         [&deps](RequestContext &ctx) { return pay(deps, ctx); },
         Access::User,
         {},
         true});
}

} // namespace paydesk::server
