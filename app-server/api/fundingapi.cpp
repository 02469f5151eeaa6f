// Adding money: /api/v1/wallet/fund opens a provider checkout for a PENDING funding transaction,
// /api/v1/wallet/fund/verify is the payer's confirmation, and /api/v1/providers/sandbox/callback
// is where the sandbox provider reports payments and payouts (signed; deduplicated by event id).
#include "apideps.h"
#include "jsonfields.h"

#include "domain/funding/fundingservice.h"
#include "domain/funding/ordersettlement.h"
#include "domain/ledger/txnjson.h"
#include "http/router.h"
#include "jsonamount.h"
#include "providers/sandboxprovider.h"

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace paydesk::server {

namespace {

constexpr int kMaxIdLength = 255;

Result<funding::FundingInput> parseFunding(const RequestContext &ctx)
{
    const QJsonObject &b = ctx.body;
    if (auto r = fields::onlyKnown(b, {u"amount"_s, u"currency"_s}); !r)
        return r.error();
    if (!b.contains("amount"_L1))
        return Error::make(errc::kValidation, u"amount is required."_s, u"amount"_s);
    auto amount = amountFromJson(b.value("amount"_L1));
    if (!amount)
        return amount.error();
    auto currency = fields::optionalString(b, u"currency"_s, 3);
    if (!currency)
        return currency.error();
    return funding::FundingInput{ctx.principal.userId, *amount, currency->value_or(QString()),
                                 ctx.idempotency};
}

// The named string fields, all required, and no others.
Result<QStringList> requiredStrings(const QJsonObject &body, const QStringList &names)
{
    if (auto r = fields::onlyKnown(body, names); !r)
        return r.error();
    QStringList values;
    for (const QString &name : names) {
        auto v = fields::requiredString(body, name, kMaxIdLength);
        if (!v)
            return v.error();
        values.append(*v);
    }
    return values;
}

Reply transactionReply(const Result<ledger::PostResult> &done, const RequestContext &ctx)
{
    if (!done)
        return Reply::error(done.error(), ctx.requestId);
    return Reply::json(QJsonObject{{"transaction"_L1, ledger::txnJson(done->txn)}});
}

Reply startFunding(const ApiDeps &deps, RequestContext &ctx)
{
    auto input = parseFunding(ctx);
    if (!input)
        return Reply::error(input.error(), ctx.requestId);
    auto started = deps.funding->funding.startFunding(*input);
    if (!started)
        return Reply::error(started.error(), ctx.requestId);
    return Reply::json(
        QJsonObject{{"transaction"_L1, ledger::txnJson(started->result.txn)},
                    {"order_id"_L1, started->order.id},
                    {"checkout_url"_L1, started->order.details.value("checkout_url"_L1)}},
        201);
}

Reply verifyFunding(const ApiDeps &deps, RequestContext &ctx)
{
    auto v = requiredStrings(ctx.body, {u"order_id"_s, u"payment_id"_s, u"signature"_s});
    if (!v)
        return Reply::error(v.error(), ctx.requestId);
    return transactionReply(
        deps.funding->funding.confirm(ctx.principal.userId, v->at(0), v->at(1), v->at(2)), ctx);
}

Reply sandboxCallback(const ApiDeps &deps, RequestContext &ctx)
{
    auto v = requiredStrings(
        ctx.body, {u"event_id"_s, u"order_id"_s, u"payment_id"_s, u"status"_s, u"signature"_s});
    if (!v)
        return Reply::error(v.error(), ctx.requestId);
    const providers::ProviderCallback callback{
        QString::fromLatin1(providers::SandboxProvider::kName),
        v->at(0),
        v->at(1),
        v->at(2),
        v->at(3),
        v->at(4)};
    auto done = deps.funding->settlement.acceptCallback(callback);
    if (!done)
        return Reply::error(done.error(), ctx.requestId);
    return Reply::json(QJsonObject{{"received"_L1, true},
                                   {"duplicate"_L1, done->replayed},
                                   {"transaction"_L1, ledger::txnJson(done->txn)}});
}

} // namespace

void registerFundingRoutes(Router &router, const ApiDeps &deps)
{
    router.add({Method::Post,
                u"/api/v1/wallet/fund"_s,
                u"Add money: open a provider checkout for a pending funding transaction."_s,
                BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) { return startFunding(deps, ctx); },
                Access::User,
                {},
                true});
    router.add({Method::Post, u"/api/v1/wallet/fund/verify"_s,
                u"Confirm a paid checkout with the provider's signature (credits once)."_s,
                BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) { return verifyFunding(deps, ctx); }, Access::User});
    router.add({Method::Post, u"/api/v1/providers/sandbox/callback"_s,
                u"The sandbox provider's signed payment and payout notifications."_s,
                BodyPolicy::JsonObject, [&deps](RequestContext &ctx) {
                    return sandboxCallback(deps, ctx);
                }});
}

} // namespace paydesk::server
