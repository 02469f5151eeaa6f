#include "ledgerservice.h"

#include "txnjson.h"

#include "ids.h"
#include "store/database.h"
#include "store/idempotencyrepository.h"
#include "store/ledgerrepository.h"
#include "store/outboxrepository.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paydesk::server::ledger {

namespace {

Error reused()
{
    return Error::make(errc::kIdempotencyKeyReused,
                       u"This Idempotency-Key was used for a different request."_s);
}

// Legs merged per account and ordered by account id: the fixed lock order of every posting.
Result<QMap<QString, qint64>> ordered(const QList<Leg> &legs)
{
    QMap<QString, qint64> byAccount;
    qint64 sum = 0;
    for (const Leg &leg : legs) {
        if (leg.accountId.isEmpty() || leg.amount == 0 ||
            __builtin_add_overflow(sum, leg.amount, &sum) ||
            __builtin_add_overflow(byAccount[leg.accountId], leg.amount, &byAccount[leg.accountId]))
            return Error::make(errc::kInternal, u"A posting leg is malformed."_s);
    }
    if (sum != 0)
        return Error::make(errc::kInternal, u"A posting does not balance."_s);
    byAccount.removeIf([](auto it) { return it.value() == 0; });
    return byAccount;
}

// Why a guarded balance update matched nothing, as the error the caller sees.
Error refusal(LedgerRepository &repo, const QString &accountId, qint64 amount,
              const QString &currency)
{
    auto s = repo.state(accountId);
    if (!s)
        return s.error();
    if (!s->exists)
        return Error::make(errc::kNotFound, u"The account does not exist."_s);
    if (s->status != "active"_L1)
        return Error::make(errc::kWalletDisabled, amount < 0
                                                      ? u"The sending wallet is disabled."_s
                                                      : u"The receiving wallet is disabled."_s);
    if (s->currency != currency)
        return Error::make(errc::kCurrencyMismatch,
                           u"The wallet holds %1, not %2."_s.arg(s->currency, currency),
                           u"currency"_s);
    return Error::make(errc::kInsufficientFunds, u"The balance is not enough for this payment."_s,
                       u"amount"_s);
}

// Applies the legs in account order, then writes the entries and the events.
// `settling`: the legs complete a transaction accepted earlier (a provider's settlement or a
// release of held funds), so they apply even if a wallet was disabled meanwhile.
Result<void> apply(QSqlDatabase db, const Txn &txn, const QList<Leg> &legs, qint64 dailyDebitLimit,
                   bool settling = false)
{
    auto merged = ordered(legs);
    if (!merged)
        return merged.error();
    LedgerRepository repo(db);
    QList<AppliedLeg> applied;
    for (auto it = merged->cbegin(); it != merged->cend(); ++it) {
        auto leg = repo.applyLeg(it.key(), it.value(), txn.currency, !settling);
        if (!leg)
            return leg.error();
        if (!*leg)
            return refusal(repo, it.key(), it.value(), txn.currency);
        applied.append(**leg);
    }
    if (dailyDebitLimit > 0 && !txn.fromAccount.isEmpty() && merged->contains(txn.fromAccount)) {
        // The wallet's row is locked by its update above, so concurrent postings count in turn.
        auto today = repo.debitsToday(txn.fromAccount);
        if (!today)
            return today.error();
        if (*today - merged->value(txn.fromAccount) > dailyDebitLimit)
            return Error::make(errc::kLimitExceeded, u"This would pass the wallet's daily limit."_s,
                               u"amount"_s);
    }
    for (auto it = merged->cbegin(); it != merged->cend(); ++it)
        if (auto r = repo.insertEntry(txn.id, it.key(), it.value(), txn.currency); !r)
            return r.error();

    OutboxRepository outbox(db);
    QStringList users;
    for (const AppliedLeg &a : applied) {
        if (a.userId.isEmpty())
            continue;
        users.append(a.userId);
        auto e = outbox.append(u"wallet.updated"_s, a.userId,
                               {{"wallet_id"_L1, a.accountId},
                                {"balance"_L1, a.balance},
                                {"currency"_L1, txn.currency},
                                {"transaction_id"_L1, txn.id}});
        if (!e)
            return e.error();
    }
    if (!txn.initiatedBy.isEmpty())
        users.append(txn.initiatedBy);
    users.removeDuplicates();
    for (const QString &user : users)
        if (auto e =
                outbox.append(u"transaction.updated"_s, user, {{"transaction"_L1, txnJson(txn)}});
            !e)
            return e.error();
    return {};
}

} // namespace

LedgerService::LedgerService(const Database &database)
    : m_database(database)
{}

Result<PostResult> LedgerService::post(const Posting &posting)
{
    if (posting.txn.amount <= 0 || posting.txn.currency.isEmpty() || posting.txn.type.isEmpty())
        return Error::make(errc::kInternal, u"A posting is incomplete."_s);
    auto db = m_database.connection();
    if (!db)
        return db.error();
    Txn txn = posting.txn;
    txn.id = ids::make(u"txn");
    {
        Transaction tx(*db);
        LedgerRepository repo(*db);
        if (auto r = repo.insertTxn(txn); !r)
            return r.error();
        bool claimed = true;
        if (posting.idempotency) {
            auto c = repo.claim(*posting.idempotency, txn.id);
            if (!c)
                return c.error();
            claimed = *c;
        }
        if (claimed) {
            if (auto r = apply(*db, txn, posting.legs, posting.dailyDebitLimit); !r)
                return r.error();
            if (posting.alongside)
                if (auto r = posting.alongside(*db, txn); !r)
                    return r.error();
            if (txn.status == QLatin1StringView(txstatus::kPending) && posting.legs.isEmpty()) {
                // A pending order with nothing held yet still tells its initiator.
                if (!txn.initiatedBy.isEmpty())
                    if (auto e =
                            OutboxRepository(*db).append(u"transaction.updated"_s, txn.initiatedBy,
                                                         {{"transaction"_L1, txnJson(txn)}});
                        !e)
                        return e.error();
            }
            if (auto r = tx.commit(); !r)
                return r.error();
            return PostResult{txn, false};
        }
    } // the key was taken by a committed request: roll back and answer with its transaction
    auto existing = findByIdempotency(*posting.idempotency);
    if (!existing)
        return existing.error();
    if (!*existing)
        return Error::make(errc::kConflict,
                           u"A request with this Idempotency-Key is still being processed."_s);
    return PostResult{**existing, true};
}

Result<PostResult> LedgerService::settle(const QString &txnId, const QString &status,
                                         const QList<Leg> &legs, const QString &failureReason,
                                         const SettlementGuard &guard)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(*db);
    LedgerRepository repo(*db);
    auto found = repo.findTxn(txnId, true);
    if (!found)
        return found.error();
    if (!*found)
        return Error::make(errc::kNotFound, u"No such transaction."_s);
    Txn txn = **found;
    if (guard) {
        auto proceed = guard(*db, txn);
        if (!proceed)
            return proceed.error();
        if (!*proceed)
            return PostResult{txn, true};
    }
    auto changed = repo.finish(txn, status, failureReason);
    if (!changed)
        return changed.error();
    if (!*changed)
        return PostResult{txn, true};
    if (auto r = apply(*db, txn, legs, 0, true); !r)
        return r.error();
    if (legs.isEmpty() && !txn.initiatedBy.isEmpty())
        if (auto e = OutboxRepository(*db).append(u"transaction.updated"_s, txn.initiatedBy,
                                                  {{"transaction"_L1, txnJson(txn)}});
            !e)
            return e.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return PostResult{txn, false};
}

Result<std::optional<Txn>> LedgerService::find(const QString &txnId) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return LedgerRepository(*db).findTxn(txnId);
}

Result<std::optional<Txn>> LedgerService::findByIdempotency(const IdempotencyClaim &claim) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto record = IdempotencyRepository(*db).find(claim.owner, claim.key);
    if (!record)
        return record.error();
    if (!*record)
        return std::optional<Txn>();
    if ((*record)->requestHash != claim.requestHash)
        return reused();
    if ((*record)->txnId.isEmpty())
        return std::optional<Txn>();
    return LedgerRepository(*db).findTxn((*record)->txnId);
}

Result<std::optional<PostResult>>
LedgerService::earlierResult(const std::optional<IdempotencyClaim> &claim) const
{
    if (!claim || !claim->seenBefore)
        return std::optional<PostResult>();
    auto done = findByIdempotency(*claim);
    if (!done)
        return done.error();
    if (!*done)
        return std::optional<PostResult>();
    return std::optional<PostResult>(PostResult{**done, true});
}

Result<QString> LedgerService::systemAccount(const QString &kind, const QString &currency,
                                             const QString &name)
{
    const QString cacheKey = kind + u'/' + currency + u'/' + name;
    {
        QMutexLocker lock(&m_cacheMutex);
        if (auto it = m_systemAccounts.constFind(cacheKey); it != m_systemAccounts.cend())
            return *it;
    }
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto id = LedgerRepository(*db).systemAccount(kind, currency, name);
    if (!id)
        return id.error();
    QMutexLocker lock(&m_cacheMutex);
    m_systemAccounts.insert(cacheKey, *id);
    return id;
}

} // namespace paydesk::server::ledger
