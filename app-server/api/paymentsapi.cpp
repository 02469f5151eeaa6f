// /api/v1/payments: payment requests, called by merchants' apps with their API key. A key sees
// only its own app's payments of its own mode.
#include "apideps.h"
#include "jsonfields.h"
#include "pagination.h"

#include "config/config.h"
#include "domain/common/qrcode.h"
#include "domain/gateway/paymentjson.h"
#include "domain/gateway/paymentservice.h"
#include "http/router.h"
#include "jsonamount.h"
#include "outbound/webhookurl.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace paydesk::server {

namespace {

gateway::KeyOwner keyOf(const RequestContext &ctx)
{
    return {ctx.principal.tokenId, ctx.principal.appId, ctx.principal.userId, ctx.principal.mode};
}

// A payment's QR code made ahead (before its creation committed).
struct MadeQr
{
    QString paymentId;
    QString dataUrl;
};

// `made`: used when it is this payment's (a replay answers with an earlier payment).
QJsonObject withQr(const gateway::PaymentService &payments, const gateway::Payment &p,
                   const MadeQr &made = {})
{
    const QString url = payments.paymentUrl(p.id);
    QJsonObject o = gateway::paymentJson(p, url);
    o.insert("qr_code"_L1, made.paymentId == p.id ? made.dataUrl : qrPngDataUrl(url.toUtf8()));
    return o;
}

Result<gateway::NewPayment> parseNew(const ApiDeps &deps, const RequestContext &ctx)
{
    const QJsonObject &b = ctx.body;
    if (auto r =
            fields::onlyKnown(b, {u"amount"_s, u"currency"_s, u"reference_id"_s, u"description"_s,
                                  u"webhook_url"_s, u"metadata"_s, u"expiry_minutes"_s});
        !r)
        return r.error();
    auto currency = fields::requiredString(b, u"currency"_s, 8);
    auto reference = fields::requiredString(b, u"reference_id"_s, 100);
    auto description = fields::optionalString(b, u"description"_s, 500);
    auto url = fields::optionalString(b, u"webhook_url"_s, 2048);
    if (!currency || !reference || !description || !url)
        return !currency      ? currency.error()
               : !reference   ? reference.error()
               : !description ? description.error()
                              : url.error();
    if (!b.contains("amount"_L1))
        return Error::make(errc::kValidation, u"amount is required."_s, u"amount"_s);
    auto amount = amountFromJson(b.value("amount"_L1));
    if (!amount)
        return amount.error();
    gateway::NewPayment in;
    in.amount = *amount;
    in.currency = *currency;
    in.referenceId = *reference;
    in.description = description->value_or(QString());
    if (b.contains("metadata"_L1) && !b.value("metadata"_L1).isNull()) {
        if (!b.value("metadata"_L1).isObject())
            return Error::make(errc::kValidation, u"metadata must be a JSON object."_s,
                               u"metadata"_s);
        in.metadata = b.value("metadata"_L1).toObject();
    }
    if (b.contains("expiry_minutes"_L1)) {
        const QJsonValue v = b.value("expiry_minutes"_L1);
        if (!v.isDouble() || v.toDouble() != double(v.toInt(-1)))
            return Error::make(errc::kValidation, u"expiry_minutes must be a whole number."_s,
                               u"expiry_minutes"_s);
        in.expiryMinutes = v.toInt();
    }
    auto checked = outbound::checkWebhookUrl(url->value_or(QString()), ctx.principal.mode,
                                             deps.config.apps.allowLoopbackWebhooks);
    if (!checked)
        return checked.error();
    in.webhookUrl = *checked;
    return in;
}

Result<gateway::PaymentQuery> parseQuery(const QUrlQuery &q)
{
    gateway::PaymentQuery out;
    out.status = q.queryItemValue(u"status"_s).toUpper();
    out.referenceId = q.queryItemValue(u"reference_id"_s, QUrl::FullyDecoded);
    out.search = q.queryItemValue(u"q"_s, QUrl::FullyDecoded).left(100);
    for (const auto &[name, into] :
         {std::pair{u"from"_s, &out.from}, std::pair{u"to"_s, &out.to}}) {
        if (!q.hasQueryItem(name))
            continue;
        *into =
            QDateTime::fromString(q.queryItemValue(name, QUrl::FullyDecoded), Qt::ISODateWithMs);
        if (!into->isValid())
            return Error::make(errc::kValidation,
                               u"%1 must be an ISO 8601 date and time."_s.arg(name), name);
    }
    return out;
}

Reply listPayments(const ApiDeps &deps, RequestContext &ctx)
{
    const QUrlQuery query(ctx.request.url());
    auto page = parsePageRequest(query);
    auto filters = parseQuery(query);
    if (!page || !filters)
        return Reply::error(!page ? page.error() : filters.error(), ctx.requestId);
    auto payments = deps.payments->list(keyOf(ctx), *filters, *page);
    if (!payments)
        return Reply::error(payments.error(), ctx.requestId);
    QJsonArray data;
    for (const auto &p : payments->items)
        data.append(gateway::paymentJson(p, deps.payments->paymentUrl(p.id)));
    return Reply::json(pageJson(data, payments->hasMore,
                                payments->items.isEmpty() ? QString() : payments->items.last().id));
}

Reply completePayment(const ApiDeps &deps, RequestContext &ctx)
{
    if (auto r = fields::onlyKnown(ctx.body, {u"status"_s, u"notes"_s}); !r)
        return Reply::error(r.error(), ctx.requestId);
    auto status = fields::requiredString(ctx.body, u"status"_s, 16);
    auto notes = fields::optionalString(ctx.body, u"notes"_s, 500);
    if (!status || !notes)
        return Reply::error(!status ? status.error() : notes.error(), ctx.requestId);
    auto done = deps.payments->complete(keyOf(ctx), ctx.params.value(u"payment_id"_s),
                                        status->toUpper(), notes->value_or(QString()));
    if (!done)
        return Reply::error(done.error(), ctx.requestId);
    return Reply::json(withQr(*deps.payments, *done));
}

} // namespace

void registerPaymentRoutes(Router &router, const ApiDeps &deps)
{
    router.add(
        {Method::Post,
         u"/api/v1/payments"_s,
         u"Create a payment request (Idempotency-Key recommended)."_s,
         BodyPolicy::JsonObject,
         [&deps](RequestContext &ctx) {
             auto input = parseNew(deps, ctx);
             if (!input)
                 return Reply::error(input.error(), ctx.requestId);
             // Answered once the creation's batch committed; the thread goes on meanwhile.
             // With a key, the answer is stored in the creation's own commit: its QR
             // code is made here first (once), the rest in the unit.
             return Reply::later([&deps, key = keyOf(ctx), input = *input, idem = ctx.idempotency,
                                  requestId = ctx.requestId](Answer answer) {
                 auto qr = std::make_shared<MadeQr>();
                 deps.payments->createLater(
                     key, input, idem,
                     [&deps, answer, requestId, qr](Result<gateway::Payment> created) {
                         answer([&deps, created = std::move(created), requestId, qr] {
                             if (!created)
                                 return Reply::error(created.error(), requestId);
                             return Reply::json(withQr(*deps.payments, *created, *qr), 201);
                         });
                     },
                     [&deps, qr](const gateway::Payment &prepared) {
                         *qr = {prepared.id,
                                qrPngDataUrl(deps.payments->paymentUrl(prepared.id).toUtf8())};
                         return [&deps, qr](const gateway::Payment &p) {
                             const Reply r = Reply::json(withQr(*deps.payments, p, *qr), 201);
                             return ledger::StoredResponse{r.status, r.body};
                         };
                     });
             });
         },
         Access::ApiKey,
         {},
         true});
    router.add({Method::Get, u"/api/v1/payments"_s,
                u"The app's payments, newest first, with filters."_s, BodyPolicy::None,
                [&deps](RequestContext &ctx) { return listPayments(deps, ctx); }, Access::ApiKey});
    router.add({Method::Get, u"/api/v1/payments/{payment_id}"_s,
                u"One payment request with its timeline."_s, BodyPolicy::None,
                [&deps](RequestContext &ctx) {
                    auto p = deps.payments->get(keyOf(ctx), ctx.params.value(u"payment_id"_s));
                    if (!p)
                        return Reply::error(p.error(), ctx.requestId);
                    return Reply::json(withQr(*deps.payments, *p));
                },
                Access::ApiKey});
    router.add({Method::Post, u"/api/v1/payments/{payment_id}/complete"_s,
                u"Test mode: mark a pending payment SUCCESS or FAILED."_s, BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) { return completePayment(deps, ctx); },
                Access::ApiKey});
}

} // namespace paydesk::server
