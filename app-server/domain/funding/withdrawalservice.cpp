#include "withdrawalservice.h"

#include "ordersettlement.h"

#include "domain/identity/securityservice.h"
#include "domain/ledger/ledgerservice.h"
#include "domain/wallet/walletservice.h"
#include "ids.h"
#include "store/providerorderrepository.h"

#include <QLoggingCategory>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWithdrawal, "paydesk.withdrawal")

namespace paydesk::server::funding {

namespace {
constexpr int kResumeBatch = 1000;

QJsonObject accountJson(const providers::BankAccount &a)
{
    return {{"bank_code"_L1, a.bank.code},
            {"bank_name"_L1, a.bank.name},
            {"account_number"_L1, a.accountNumber},
            {"account_name"_L1, a.accountName}};
}

providers::Payout payoutOf(const ProviderOrder &order)
{
    const QJsonObject &d = order.details;
    return providers::Payout{order.id, order.amount, order.currency,
                             providers::BankAccount{{d.value("bank_code"_L1).toString(),
                                                     d.value("bank_name"_L1).toString()},
                                                    d.value("account_number"_L1).toString(),
                                                    d.value("account_name"_L1).toString()}};
}

// The PENDING withdrawal that holds the money at once: wallet → withdrawal_holds.
ledger::Posting holdingPosting(const ProviderOrder &order, const WithdrawalInput &in,
                               const QString &holdsAccount, qint64 dailyLimit)
{
    ledger::Posting posting;
    posting.txn.type = QLatin1StringView(ledger::txtype::kWithdrawal);
    posting.txn.status = QLatin1StringView(ledger::txstatus::kPending);
    posting.txn.currency = order.currency;
    posting.txn.amount = in.amount;
    posting.txn.fromAccount = order.walletId;
    posting.txn.reference = order.id;
    posting.txn.note = in.note;
    posting.txn.initiatedBy = in.userId;
    posting.txn.metadata = order.details;
    posting.txn.metadata.insert("provider"_L1, order.provider);
    posting.txn.metadata.insert("order_id"_L1, order.id);
    posting.legs = {{order.walletId, -in.amount}, {holdsAccount, in.amount}};
    posting.idempotency = in.idempotency;
    posting.dailyDebitLimit = dailyLimit;
    return posting;
}
} // namespace

WithdrawalService::WithdrawalService(ledger::LedgerService &ledger, wallet::WalletService &wallets,
                                     identity::SecurityService &security,
                                     OrderSettlement &settlement)
    : m_ledger(ledger)
    , m_wallets(wallets)
    , m_security(security)
    , m_settlement(settlement)
{}

providers::PaymentProvider &WithdrawalService::provider() const
{
    return m_settlement.provider();
}

QList<providers::Bank> WithdrawalService::banks() const
{
    return provider().banks();
}

Result<providers::BankAccount> WithdrawalService::resolveAccount(const QString &bankCode,
                                                                 const QString &number) const
{
    return provider().resolveAccount(bankCode, number);
}

Result<Withdrawal> WithdrawalService::existing(const ledger::PostResult &result)
{
    auto order = m_settlement.findByTxn(result.txn.id);
    if (!order)
        return order.error();
    if (!*order)
        return Error::make(errc::kInternal, u"A withdrawal has no payout order."_s);
    return Withdrawal{result, **order};
}

Result<Withdrawal> WithdrawalService::withdraw(const WithdrawalInput &in)
{
    const int maxNote = m_wallets.settings().maxNoteLength;
    if (in.note.size() > maxNote)
        return Error::make(errc::kValidation,
                           u"The note is longer than %1 characters."_s.arg(maxNote), u"note"_s);
    // A retry of a request that already held money is answered without the PIN again.
    auto earlier = m_ledger.earlierResult(in.idempotency);
    if (!earlier)
        return earlier.error();
    if (*earlier)
        return existing(**earlier);
    auto account = resolveAccount(in.bankCode, in.accountNumber);
    if (!account)
        return account.error();
    auto state = m_wallets.state(in.userId);
    if (!state)
        return state.error();
    const wallet::Wallet &w = state->wallet;
    if (w.status != "active"_L1)
        return Error::make(errc::kWalletDisabled, u"Your wallet is disabled."_s);
    if (in.amount > state->perTransactionLimit)
        return Error::make(errc::kLimitExceeded, u"The amount is over the per-transaction limit."_s,
                           u"amount"_s);
    if (auto pin = m_security.verifyPin(in.userId, in.pin); !pin)
        return pin.error();
    auto holds =
        m_ledger.systemAccount(QLatin1StringView(ledger::syskind::kWithdrawalHolds), w.currency);
    if (!holds)
        return holds.error();

    ProviderOrder order;
    order.id = ids::make(u"order");
    order.provider = provider().name();
    order.kind = QLatin1StringView(orderkind::kWithdrawal);
    order.amount = in.amount;
    order.currency = w.currency;
    order.details = accountJson(*account);
    order.userId = in.userId;
    order.walletId = w.id;

    ledger::Posting posting = holdingPosting(order, in, *holds, state->dailyLimit);
    posting.alongside = [&order](QSqlDatabase db, const ledger::Txn &txn) {
        order.txnId = txn.id;
        return ProviderOrderRepository(db).insert(order);
    };
    auto posted = m_ledger.post(posting);
    if (!posted)
        return posted.error();
    if (posted->replayed)
        return existing(*posted);
    order.createdAt = posted->txn.createdAt;
    // After commit: the payout never starts for money that is not held.
    if (auto r = provider().createPayout(payoutOf(order)); !r)
        qCWarning(lcWithdrawal) << "payout request failed; retried at start-up:" << order.id
                                << r.error().message;
    return Withdrawal{*posted, order};
}

Result<int> WithdrawalService::resumeOpenPayouts()
{
    auto open = m_settlement.openPayouts(kResumeBatch);
    if (!open)
        return open.error();
    for (const ProviderOrder &order : *open)
        if (auto r = provider().createPayout(payoutOf(order)); !r)
            qCWarning(lcWithdrawal) << "payout request failed:" << order.id << r.error().message;
    return int(open->size());
}

} // namespace paydesk::server::funding
