// /api/v1/wallet: the signed-in person's wallet — its state and limits, switching it on and
// off, and transfers to other people.
#include "apideps.h"
#include "jsonfields.h"

#include "domain/ledger/txnjson.h"
#include "domain/wallet/walletservice.h"
#include "http/router.h"
#include "jsonamount.h"

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace paydesk::server {

namespace {

QJsonObject walletJson(const wallet::WalletState &s)
{
    const wallet::Wallet &w = s.wallet;
    return {
        {"id"_L1, w.id},
        {"balance"_L1, w.balance},
        {"currency"_L1, w.currency},
        {"status"_L1, w.status},
        {"min_balance"_L1, w.minBalance},
        {"limits"_L1,
         QJsonObject{{"per_transaction"_L1, s.perTransactionLimit},
                     {"daily"_L1, s.dailyLimit},
                     {"spent_today"_L1, s.spentToday},
                     {"remaining_today"_L1, qMax<qint64>(0, s.dailyLimit - s.spentToday)}}},
        {"created_at"_L1, w.createdAt.toString(Qt::ISODateWithMs)},
        {"updated_at"_L1, w.updatedAt.toString(Qt::ISODateWithMs)},
    };
}

Reply walletReply(const Result<wallet::WalletState> &state, const RequestContext &ctx)
{
    if (!state)
        return Reply::error(state.error(), ctx.requestId);
    return Reply::json(QJsonObject{{"wallet"_L1, walletJson(*state)}});
}

Result<wallet::TransferInput> parseTransfer(const RequestContext &ctx)
{
    const QJsonObject &b = ctx.body;
    if (auto r =
            fields::onlyKnown(b, {u"recipient"_s, u"amount"_s, u"currency"_s, u"note"_s, u"pin"_s});
        !r)
        return r.error();
    auto recipient = fields::requiredString(b, u"recipient"_s, 320);
    auto pin = fields::requiredString(b, u"pin"_s, 6);
    auto currency = fields::optionalString(b, u"currency"_s, 3);
    auto note = fields::optionalString(b, u"note"_s, 280);
    if (!recipient || !pin || !currency || !note)
        return !recipient  ? recipient.error()
               : !pin      ? pin.error()
               : !currency ? currency.error()
                           : note.error();
    if (!b.contains("amount"_L1))
        return Error::make(errc::kValidation, u"amount is required."_s, u"amount"_s);
    auto amount = amountFromJson(b.value("amount"_L1));
    if (!amount)
        return amount.error();
    wallet::TransferInput in;
    in.userId = ctx.principal.userId;
    in.recipient = *recipient;
    in.amount = *amount;
    in.currency = currency->value_or(QString());
    in.note = note->value_or(QString()).trimmed();
    in.pin = *pin;
    in.idempotency = ctx.idempotency;
    return in;
}

Reply transferReply(const ledger::PostResult &done)
{
    return Reply::json(QJsonObject{{"transaction"_L1, ledger::txnJson(done.txn)}}, 201);
}

} // namespace

void registerWalletRoutes(Router &router, const ApiDeps &deps)
{
    router.add({Method::Get, u"/api/v1/wallet/me"_s,
                u"The signed-in person's wallet: balance, status and limits."_s, BodyPolicy::None,
                [&deps](RequestContext &ctx) {
                    return walletReply(deps.wallets.state(ctx.principal.userId), ctx);
                },
                Access::User});
    router.add({Method::Post, u"/api/v1/wallet/toggle-activity"_s,
                u"Enable or disable the wallet (a disabled wallet neither sends nor receives)."_s,
                BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) {
                    if (auto r = fields::onlyKnown(ctx.body, {u"active"_s}); !r)
                        return Reply::error(r.error(), ctx.requestId);
                    auto active = fields::optionalBool(ctx.body, u"active"_s);
                    if (!active)
                        return Reply::error(active.error(), ctx.requestId);
                    return walletReply(deps.wallets.setActive(ctx.principal.userId, *active), ctx);
                },
                Access::User});
    router.add(
        {Method::Post,
         u"/api/v1/wallet/transfer"_s,
         u"Send money to another person (PIN; Idempotency-Key recommended)."_s,
         BodyPolicy::JsonObject,
         [&deps](RequestContext &ctx) {
             auto input = parseTransfer(ctx);
             if (!input)
                 return Reply::error(input.error(), ctx.requestId);
             // The answer is stored for retries by the posting itself (no second batch).
             if (input->idempotency)
                 input->idempotency->respond = [](const ledger::PostResult &r) {
                     const Reply reply = transferReply(r);
                     return ledger::StoredResponse{reply.status, reply.body};
                 };
             // Answered once the posting's batch committed; this thread goes on meanwhile.
             return Reply::later([&deps, input = *input, requestId = ctx.requestId](Answer answer) {
                 deps.wallets.transferLater(input, [answer,
                                                    requestId](Result<ledger::PostResult> done) {
                     answer([done = std::move(done), requestId] {
                         return done ? transferReply(*done) : Reply::error(done.error(), requestId);
                     });
                 });
             });
         },
         Access::User,
         {},
         true});
}

} // namespace paydesk::server
