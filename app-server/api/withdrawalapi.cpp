// Withdrawing to a bank: the provider's banks, account look-up, and /api/v1/wallet/withdraw,
// which holds the money at once and settles when the provider reports the payout.
#include "apideps.h"
#include "jsonfields.h"

#include "domain/funding/withdrawalservice.h"
#include "domain/ledger/txnjson.h"
#include "http/router.h"
#include "jsonamount.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace paydesk::server {

namespace {

QJsonObject accountJson(const providers::BankAccount &a)
{
    return {{"bank_code"_L1, a.bank.code},
            {"bank_name"_L1, a.bank.name},
            {"account_number"_L1, a.accountNumber},
            {"account_name"_L1, a.accountName}};
}

Result<funding::WithdrawalInput> parseWithdrawal(const RequestContext &ctx)
{
    const QJsonObject &b = ctx.body;
    if (auto r = fields::onlyKnown(
            b, {u"amount"_s, u"bank_code"_s, u"account_number"_s, u"pin"_s, u"note"_s});
        !r)
        return r.error();
    if (!b.contains("amount"_L1))
        return Error::make(errc::kValidation, u"amount is required."_s, u"amount"_s);
    auto amount = amountFromJson(b.value("amount"_L1));
    if (!amount)
        return amount.error();
    auto bank = fields::requiredString(b, u"bank_code"_s, 16);
    auto number = fields::requiredString(b, u"account_number"_s, 32);
    auto pin = fields::requiredString(b, u"pin"_s, 6);
    auto note = fields::optionalString(b, u"note"_s, 280);
    if (!bank || !number || !pin || !note)
        return !bank ? bank.error() : !number ? number.error() : !pin ? pin.error() : note.error();
    funding::WithdrawalInput in;
    in.userId = ctx.principal.userId;
    in.amount = *amount;
    in.bankCode = *bank;
    in.accountNumber = *number;
    in.pin = *pin;
    in.note = note->value_or(QString()).trimmed();
    in.idempotency = ctx.idempotency;
    return in;
}

Reply listBanks(const ApiDeps &deps)
{
    QJsonArray data;
    for (const providers::Bank &b : deps.funding->withdrawals.banks())
        data.append(QJsonObject{{"code"_L1, b.code}, {"name"_L1, b.name}});
    return Reply::json(QJsonObject{{"data"_L1, data}, {"has_more"_L1, false}});
}

Reply verifyAccount(const ApiDeps &deps, const RequestContext &ctx)
{
    const QUrlQuery query(ctx.request.url());
    const QString bank = query.queryItemValue(u"bank_code"_s, QUrl::FullyDecoded);
    const QString number = query.queryItemValue(u"account_number"_s, QUrl::FullyDecoded);
    if (bank.isEmpty())
        return Reply::error(
            Error::make(errc::kValidation, u"bank_code is required."_s, u"bank_code"_s),
            ctx.requestId);
    auto account = deps.funding->withdrawals.resolveAccount(bank, number);
    if (!account)
        return Reply::error(account.error(), ctx.requestId);
    return Reply::json(QJsonObject{{"account"_L1, accountJson(*account)}});
}

Reply withdraw(const ApiDeps &deps, RequestContext &ctx)
{
    auto input = parseWithdrawal(ctx);
    if (!input)
        return Reply::error(input.error(), ctx.requestId);
    auto done = deps.funding->withdrawals.withdraw(*input);
    if (!done)
        return Reply::error(done.error(), ctx.requestId);
    return Reply::json(QJsonObject{{"transaction"_L1, ledger::txnJson(done->result.txn)},
                                   {"order_id"_L1, done->order.id}},
                       201);
}

} // namespace

void registerWithdrawalRoutes(Router &router, const ApiDeps &deps)
{
    router.add({Method::Get, u"/api/v1/wallet/banks"_s,
                u"The banks a withdrawal can go to (code and name)."_s, BodyPolicy::None,
                [&deps](RequestContext &) { return listBanks(deps); }, Access::User});
    router.add({Method::Get, u"/api/v1/wallet/banks/verify-account"_s,
                u"Look up the holder's name of a bank account before withdrawing to it."_s,
                BodyPolicy::None, [&deps](RequestContext &ctx) { return verifyAccount(deps, ctx); },
                Access::User});
    router.add({Method::Post,
                u"/api/v1/wallet/withdraw"_s,
                u"Withdraw to a bank account (PIN; the money is held until the payout settles)."_s,
                BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) { return withdraw(deps, ctx); },
                Access::User,
                {},
                true});
}

} // namespace paydesk::server
