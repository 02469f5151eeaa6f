#include "walletservice.h"

#include "domain/identity/securityservice.h"
#include "domain/ledger/ledgerservice.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/walletrepository.h"

using namespace Qt::StringLiterals;

namespace paydesk::server::wallet {

WalletService::WalletService(const Database &database, ledger::LedgerService &ledger,
                             identity::SecurityService &security, WalletSettings settings)
    : m_database(database)
    , m_ledger(ledger)
    , m_security(security)
    , m_settings(settings)
{}

qint64 WalletService::perTransactionLimit(const Wallet &w) const
{
    return w.perTransactionLimit > 0 ? w.perTransactionLimit : m_settings.perTransactionLimit;
}

qint64 WalletService::dailyLimit(const Wallet &w) const
{
    return w.dailyLimit > 0 ? w.dailyLimit : m_settings.dailyLimit;
}

Result<Wallet> WalletService::walletOf(const QString &userId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto w = WalletRepository(*db).findByUser(userId);
    if (!w)
        return w.error();
    if (!*w)
        return Error::make(errc::kNotFound, u"This account has no wallet."_s);
    return **w;
}

Result<WalletState> WalletService::state(const QString &userId)
{
    auto w = walletOf(userId);
    if (!w)
        return w.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto spent = WalletRepository(*db).debitsToday(w->id);
    if (!spent)
        return spent.error();
    return WalletState{*w, perTransactionLimit(*w), dailyLimit(*w), *spent};
}

Result<WalletState> WalletService::setActive(const QString &userId, std::optional<bool> active)
{
    auto current = walletOf(userId);
    if (!current)
        return current.error();
    const bool makeActive = active.value_or(current->status != "active"_L1);
    auto db = m_database.connection();
    if (!db)
        return db.error();
    {
        Transaction tx(*db);
        auto w = WalletRepository(*db).setStatus(userId, makeActive ? u"active"_s : u"disabled"_s);
        if (!w)
            return w.error();
        if (!*w)
            return Error::make(errc::kNotFound, u"This account has no wallet."_s);
        auto e = OutboxRepository(*db).append(u"wallet.updated"_s, userId,
                                              {{"wallet_id"_L1, (*w)->id},
                                               {"balance"_L1, (*w)->balance},
                                               {"currency"_L1, (*w)->currency},
                                               {"status"_L1, (*w)->status}});
        if (!e)
            return e.error();
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    return state(userId);
}

Result<ledger::PostResult> WalletService::transfer(const TransferInput &in)
{
    auto prepared = prepareTransfer(in);
    if (!prepared)
        return prepared.error();
    if (prepared->earlier)
        return *prepared->earlier;
    return m_ledger.post(prepared->posting);
}

void WalletService::transferLater(const TransferInput &in, ledger::LedgerService::PostCallback done)
{
    auto prepared = prepareTransfer(in);
    if (!prepared)
        done(prepared.error());
    else if (prepared->earlier)
        done(*prepared->earlier);
    else
        m_ledger.postLater(prepared->posting, std::move(done));
}

Result<WalletService::PreparedTransfer> WalletService::prepareTransfer(const TransferInput &in)
{
    if (in.note.size() > m_settings.maxNoteLength)
        return Error::make(
            errc::kValidation,
            u"The note is longer than %1 characters."_s.arg(m_settings.maxNoteLength), u"note"_s);
    // A retry of a request that already moved money is answered without asking for the PIN
    // again (its body, PIN included, is the same: the request hash says so).
    auto earlier = m_ledger.earlierResult(in.idempotency);
    if (!earlier)
        return earlier.error();
    if (*earlier)
        return PreparedTransfer{**earlier, {}};
    auto from = walletOf(in.userId);
    if (!from)
        return from.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto to = WalletRepository(*db).findRecipient(in.recipient.trimmed());
    if (!to)
        return to.error();
    if (!*to)
        return Error::make(errc::kRecipientNotFound, u"No Paydesk account has this id or email."_s,
                           u"recipient"_s);
    if ((*to)->userId == in.userId)
        return Error::make(errc::kSelfTransfer, u"You cannot send money to yourself."_s,
                           u"recipient"_s);
    if (!in.currency.isEmpty() && in.currency != from->currency)
        return Error::make(errc::kCurrencyMismatch,
                           u"Your wallet holds %1, not %2."_s.arg(from->currency, in.currency),
                           u"currency"_s);
    if ((*to)->currency != from->currency)
        return Error::make(errc::kCurrencyMismatch,
                           u"The recipient's wallet holds %1; transfers are in one currency."_s.arg(
                               (*to)->currency),
                           u"recipient"_s);
    if (in.amount > perTransactionLimit(*from))
        return Error::make(errc::kLimitExceeded, u"The amount is over the per-transaction limit."_s,
                           u"amount"_s);
    if (auto pin = m_security.verifyPin(in.userId, in.pin); !pin)
        return pin.error();

    ledger::Posting posting;
    posting.txn.type = QLatin1StringView(ledger::txtype::kTransfer);
    posting.txn.status = QLatin1StringView(ledger::txstatus::kSuccess);
    posting.txn.currency = from->currency;
    posting.txn.amount = in.amount;
    posting.txn.fromAccount = from->id;
    posting.txn.toAccount = (*to)->walletId;
    posting.txn.note = in.note;
    posting.txn.initiatedBy = in.userId;
    // The two people, so a chat thread can show the transfer between them.
    posting.txn.metadata = {{"recipient_name"_L1, (*to)->displayName},
                            {"recipient_id"_L1, (*to)->userId},
                            {"sender_id"_L1, in.userId}};
    posting.legs = {{from->id, -in.amount}, {(*to)->walletId, in.amount}};
    posting.people = {in.userId, (*to)->userId};
    posting.idempotency = in.idempotency;
    posting.dailyDebitLimit = dailyLimit(*from);
    return PreparedTransfer{std::nullopt, posting};
}

} // namespace paydesk::server::wallet
