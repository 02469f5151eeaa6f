#include "ledgerservice.h"

#include "txnjson.h"

#include "domain/chat/chatjson.h"

#include "ids.h"
#include "store/database.h"
#include "store/groupcommit.h"
#include "store/idempotencyrepository.h"
#include "store/ledgerrepository.h"
#include "store/ledgersql.h"
#include "store/lockkeys.h"
#include "store/outboxrepository.h"

#include <QJsonDocument>
#include <QMap>

#include <algorithm>
#include <future>
#include <memory>

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

Result<void> checked(const Posting &posting)
{
    if (posting.txn.amount <= 0 || posting.txn.currency.isEmpty() || posting.txn.type.isEmpty())
        return Error::make(errc::kInternal, u"A posting is incomplete."_s);
    return {};
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

// What a round trip of at most four legs did: every leg, or the refusal of the first whose guard
// did not match.
Result<QList<AppliedLeg>> appliedOrRefused(LedgerRepository &repo,
                                           const QList<std::pair<QString, qint64>> &legs,
                                           const QList<std::optional<AppliedLeg>> &done,
                                           const QString &currency)
{
    QList<AppliedLeg> applied;
    for (qsizetype i = 0; i < legs.size(); ++i) {
        if (!done.value(i))
            return refusal(repo, legs.at(i).first, legs.at(i).second, currency);
        applied.append(*done.at(i));
    }
    return applied;
}

// The legs in account order: at most four in one round trip, more one by one. Refused at the
// first leg whose guard did not match.
Result<QList<AppliedLeg>> applyAll(LedgerRepository &repo,
                                   const QList<std::pair<QString, qint64>> &legs,
                                   const QString &currency, bool requireActive)
{
    QList<AppliedLeg> applied;
    if (legs.size() <= ledgersql::kLegSlots) {
        auto done = repo.applyLegs(legs, currency, requireActive);
        if (!done)
            return done.error();
        return appliedOrRefused(repo, legs, *done, currency);
    }
    for (const auto &[account, amount] : legs) {
        auto leg = repo.applyLeg(account, amount, currency, requireActive);
        if (!leg)
            return leg.error();
        if (!*leg)
            return refusal(repo, account, amount, currency);
        applied.append(**leg);
    }
    return applied;
}

// wallet.updated per wallet touched, then transaction.updated per person: the order and
// payloads the realtime clients and the per-person log expect.
QList<OutboxEvent> postingEvents(const Txn &txn, const QList<AppliedLeg> &applied)
{
    QList<OutboxEvent> events;
    QStringList users;
    for (const AppliedLeg &a : applied) {
        if (a.userId.isEmpty())
            continue;
        users.append(a.userId);
        events.append({u"wallet.updated"_s, a.userId,
                       QJsonObject{{"wallet_id"_L1, a.accountId},
                                   {"balance"_L1, a.balance},
                                   {"currency"_L1, txn.currency},
                                   {"transaction_id"_L1, txn.id}}});
    }
    if (!txn.initiatedBy.isEmpty())
        users.append(txn.initiatedBy);
    users.removeDuplicates();
    if (!users.isEmpty()) {
        const QJsonObject payload{{"transaction"_L1, txnJson(txn)}};
        for (const QString &user : users)
            events.append({u"transaction.updated"_s, user, payload});
    }
    return events;
}

// The events go straight into their people's logs when the posting names them all (its lane
// keys then hold their log heads) and it fits one round trip: `logged` gets them, with their
// seqs, to publish once they committed. Otherwise (null, or someone unnamed) they go through
// the outbox, and the relay's mover logs them.
// With the events, the same round trip stores the answer of the posting's Idempotency-Key when
// `answer` is set (rendered only then), and says so in `answerStored`.
struct DirectLogs
{
    const QStringList &people;
    std::vector<chat::ChatEvent> &logged;
    std::function<LedgerRepository::StoredAnswer()> answer;
    bool answerStored = false;
};

bool loggableDirectly(const DirectLogs *direct, const QList<OutboxEvent> &events)
{
    return direct && events.size() <= ledgersql::kEventSlots &&
           std::all_of(events.cbegin(), events.cend(), [direct](const OutboxEvent &e) {
               return direct->people.contains(e.userId);
           });
}

// The person whose wallet `accountId` is among the applied legs; empty for a system account.
QString ownerOf(const QList<AppliedLeg> &applied, const QString &accountId)
{
    for (const AppliedLeg &a : applied)
        if (a.accountId == accountId)
            return a.userId;
    return {};
}

// The entries and events of a posting that logs its events directly; returns what left the
// daily-limited wallet today before them.
Result<qint64> insertLogged(LedgerRepository &repo, const Txn &txn,
                            const QList<std::pair<QString, qint64>> &entries,
                            const QList<AppliedLeg> &applied, const QList<OutboxEvent> &events,
                            const QString &debitsOf, DirectLogs &direct)
{
    std::vector<chat::ChatEvent> &logged = direct.logged;
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QList<QJsonObject> frames;
    QList<LedgerRepository::LoggedEvent> rows;
    for (const OutboxEvent &e : events) {
        const QJsonObject frame = chat::personEventFrame(e.topic, ids::make(u"evt"), at, e.payload);
        const QByteArray json = QJsonDocument(frame).toJson(QJsonDocument::Compact);
        rows.append({e.userId, u',' + QString::fromUtf8(json.mid(1))});
        frames.append(frame);
    }
    std::optional<LedgerRepository::StoredAnswer> answer;
    if (direct.answer)
        answer = direct.answer();
    auto r = repo.insertEntriesAndLogs(
        txn.id, entries, txn.currency, rows, ownerOf(applied, txn.fromAccount),
        ownerOf(applied, txn.toAccount), debitsOf, answer ? &*answer : nullptr);
    if (!r)
        return r.error();
    direct.answerStored = answer.has_value();
    // A person's events took the seqs up to their head, in slot order.
    QHash<QString, qint64> next;
    for (const OutboxEvent &e : events)
        next[e.userId] -= 1;
    for (auto it = next.begin(); it != next.end(); ++it)
        it.value() += r->heads.value(it.key()) + 1;
    logged.clear();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const qint64 seq = next[events.at(i).userId]++;
        QJsonObject frame = frames.at(i);
        frame.insert("type"_L1, u"event"_s);
        frame.insert("seq"_L1, seq);
        logged.push_back({events.at(i).userId, seq, frame});
    }
    return r->debitsToday;
}

// Writes the entries and the events of legs just applied (`merged`: the posting's legs per
// account) — for a posting of at most four legs and four events (a transfer, a payment) in one
// round trip that also counts what the sending wallet spent today. The statements' writes are
// all undone by the caller's rollback when the daily limit then refuses.
Result<void> record(QSqlDatabase db, const Txn &txn, const QMap<QString, qint64> &merged,
                    const QList<AppliedLeg> &applied, qint64 dailyDebitLimit, DirectLogs *direct)
{
    QList<std::pair<QString, qint64>> entries;
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        entries.append({it.key(), it.value()});
    LedgerRepository repo(db);
    const QList<OutboxEvent> events = postingEvents(txn, applied);
    // The wallet's row is locked by its leg, so concurrent postings count in turn.
    const bool limited =
        dailyDebitLimit > 0 && !txn.fromAccount.isEmpty() && merged.contains(txn.fromAccount);
    const QString debitsOf = limited ? txn.fromAccount : QString();
    qint64 today = 0;
    if (entries.size() <= ledgersql::kEntrySlots && loggableDirectly(direct, events)) {
        auto r = insertLogged(repo, txn, entries, applied, events, debitsOf, *direct);
        if (!r)
            return r.error();
        today = *r;
    } else if (entries.size() <= ledgersql::kEntrySlots &&
               events.size() <= ledgersql::kEventSlots) {
        auto r = repo.insertEntriesAndEvents(txn.id, entries, txn.currency, events, debitsOf);
        if (!r)
            return r.error();
        today = *r;
    } else {
        if (limited) {
            auto r = repo.debitsToday(txn.fromAccount);
            if (!r)
                return r.error();
            today = *r;
        }
        if (auto r = repo.insertEntries(txn.id, entries, txn.currency); !r)
            return r.error();
        if (auto e = OutboxRepository(db).appendAll(events); !e)
            return e.error();
    }
    if (limited && today - merged.value(txn.fromAccount) > dailyDebitLimit)
        return Error::make(errc::kLimitExceeded, u"This would pass the wallet's daily limit."_s,
                           u"amount"_s);
    return {};
}

// Applies the legs in account order, then records them (above).
// `settling`: the legs complete a transaction accepted earlier (a provider's settlement or a
// release of held funds), so they apply even if a wallet was disabled meanwhile.
Result<void> apply(QSqlDatabase db, const Txn &txn, const QList<Leg> &legs, qint64 dailyDebitLimit,
                   bool settling = false, DirectLogs *direct = nullptr)
{
    auto merged = ordered(legs);
    if (!merged)
        return merged.error();
    QList<std::pair<QString, qint64>> entries;
    for (auto it = merged->cbegin(); it != merged->cend(); ++it)
        entries.append({it.key(), it.value()});
    LedgerRepository repo(db);
    auto applied = applyAll(repo, entries, txn.currency, !settling);
    if (!applied)
        return applied.error();
    return record(db, txn, *merged, *applied, dailyDebitLimit, direct);
}

} // namespace

LedgerService::LedgerService(const Database &database, GroupCommitter *committer,
                             chat::ChatEventSink *logs)
    : m_database(database)
    , m_committer(committer)
    , m_logs(logs)
{}

Result<std::optional<Txn>> LedgerService::postIn(QSqlDatabase db, const Posting &posting,
                                                 Written &written)
{
    written = {};
    Txn txn = posting.txn;
    txn.id = ids::make(u"txn");
    LedgerRepository repo(db);
    const IdempotencyClaim *claim = posting.idempotency ? &*posting.idempotency : nullptr;
    auto merged = ordered(posting.legs);
    if (!merged)
        return merged.error();
    DirectLogs direct{posting.people, written.logged};
    DirectLogs *logsDirectly = posting.people.isEmpty() ? nullptr : &direct;
    if (!merged->isEmpty() && merged->size() <= ledgersql::kLegSlots) {
        // The row, its key's claim and the legs in one round trip; the entries, the events and
        // the key's answer in one more.
        QList<std::pair<QString, qint64>> entries;
        for (auto it = merged->cbegin(); it != merged->cend(); ++it)
            entries.append({it.key(), it.value()});
        auto done = repo.insertTxnApplyingLegs(txn, claim, entries, true);
        if (!done)
            return done.error();
        if (!done->claimed)
            return std::optional<Txn>(); // the key was taken by a committed (or earlier) request
        auto applied = appliedOrRefused(repo, entries, done->legs, txn.currency);
        if (!applied)
            return applied.error();
        if (claim && claim->respond)
            direct.answer = [claim, &txn] {
                const StoredResponse response = claim->respond(PostResult{txn, false});
                return LedgerRepository::StoredAnswer{claim->owner, claim->key, response.status,
                                                      response.body};
            };
        if (auto r = record(db, txn, *merged, *applied, posting.dailyDebitLimit, logsDirectly); !r)
            return r.error();
        written.answerStored = direct.answerStored;
    } else {
        // The key is claimed with the transaction row, in one round trip.
        auto claimed = repo.insertTxn(txn, claim);
        if (!claimed)
            return claimed.error();
        if (!*claimed)
            return std::optional<Txn>(); // the key was taken by a committed (or earlier) request
        if (auto r = apply(db, txn, posting.legs, posting.dailyDebitLimit, false, logsDirectly); !r)
            return r.error();
    }
    if (posting.alongside)
        if (auto r = posting.alongside(db, txn); !r)
            return r.error();
    if (txn.status == QLatin1StringView(txstatus::kPending) && posting.legs.isEmpty() &&
        !txn.initiatedBy.isEmpty()) {
        // A pending order with nothing held yet still tells its initiator.
        if (auto e = OutboxRepository(db).append(u"transaction.updated"_s, txn.initiatedBy,
                                                 {{"transaction"_L1, txnJson(txn)}});
            !e)
            return e.error();
    }
    return std::optional<Txn>(txn);
}

Result<PostResult> LedgerService::replayOf(const IdempotencyClaim &claim) const
{
    auto existing = findByIdempotency(claim);
    if (!existing)
        return existing.error();
    if (!*existing)
        return Error::make(errc::kConflict,
                           u"A request with this Idempotency-Key is still being processed."_s);
    return PostResult{**existing, true};
}

Result<PostResult> LedgerService::post(const Posting &posting)
{
    if (m_committer) {
        std::promise<Result<PostResult>> promise;
        auto answer = promise.get_future();
        postLater(posting, [&promise](Result<PostResult> r) { promise.set_value(std::move(r)); });
        return answer.get();
    }
    if (auto r = checked(posting); !r)
        return r.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    {
        Transaction tx(*db);
        Written written;
        auto done = postIn(*db, posting, written);
        if (!done)
            return done.error();
        if (*done) {
            if (auto r = tx.commit(); !r)
                return r.error();
            if (written.answerStored)
                posting.idempotency->stored->store(true);
            publish(written.logged);
            return PostResult{**done, false};
        }
    } // the key was taken by a committed request: roll back and answer with its transaction
    return replayOf(*posting.idempotency);
}

// The answer of a claimed request, stored in the posting's own unit when its route renders it
// from the result. A failed store fails the unit: its statement's error leaves the batch's
// transaction unusable until the unit is rolled back to its savepoint.
Result<void> LedgerService::storeResponseWith(QSqlDatabase db,
                                              const std::optional<IdempotencyClaim> &claim,
                                              const PostResult &result)
{
    if (!claim || !claim->respond)
        return {};
    const StoredResponse response = claim->respond(result);
    if (auto r = IdempotencyRepository(db).storeResponse(claim->owner, claim->key, response.status,
                                                         response.body);
        !r)
        return r.error();
    claim->stored->store(true);
    return {};
}

// What a posting may lock, for the committer's lanes: its legs' accounts, its key's claim, and
// what its alongside writes name. Empty (exclusive) when those writes name nothing.
GroupCommitter::Keys LedgerService::lockKeys(const Posting &posting)
{
    if (posting.alongside && posting.alongsideLocks.isEmpty())
        return {};
    GroupCommitter::Keys keys = posting.alongsideLocks;
    for (const Leg &leg : posting.legs)
        keys.append(lockkeys::account(leg.accountId));
    for (const QString &person : posting.people)
        keys.append(lockkeys::chatHead(person));
    if (posting.idempotency)
        keys.append(lockkeys::idempotency(posting.idempotency->owner, posting.idempotency->key));
    if (keys.isEmpty()) // no legs, no key: it locks nothing anyone else would (its own new rows)
        keys.append(ids::make(u"unit"));
    return keys;
}

void LedgerService::postLater(const Posting &posting, PostCallback callback)
{
    if (auto r = checked(posting); !r || !m_committer) {
        callback(r ? post(posting) : Result<PostResult>(r.error()));
        return;
    }
    auto outcome = std::make_shared<std::optional<Result<PostResult>>>();
    auto written = std::make_shared<Written>();
    m_committer->submit(
        [this, posting, outcome, written](QSqlDatabase db) {
            auto done = postIn(db, posting, *written);
            if (done && *done) {
                PostResult result{**done, false};
                if (written->answerStored)
                    posting.idempotency->stored->store(true);
                else if (auto stored = storeResponseWith(db, posting.idempotency, result);
                         !stored) {
                    *outcome = Result<PostResult>(stored.error());
                    return false;
                }
                *outcome = std::move(result);
                return true;
            }
            // Refused, or the key was taken (perhaps by an earlier unit of this batch, which
            // this connection sees): this unit's writes go, its neighbours stay.
            *outcome = done ? replayOf(*posting.idempotency) : Result<PostResult>(done.error());
            return false;
        },
        [this, outcome, written, callback = std::move(callback)](bool committed) {
            if (!committed || !*outcome) {
                callback(databaseError(u"group commit"_s, u"the batch did not commit"_s));
                return;
            }
            if ((**outcome).ok() && !(**outcome)->replayed)
                publish(written->logged);
            callback(std::move(**outcome));
        },
        lockKeys(posting));
}

Result<PostResult> LedgerService::settle(const QString &txnId, const QString &status,
                                         const QList<Leg> &legs, const QString &failureReason,
                                         const SettlementGuard &guard)
{
    const auto settleIn = [&](QSqlDatabase db) {
        return settleInside(db, txnId, status, legs, failureReason, guard);
    };
    if (m_committer) {
        // Through the committer like every posting, so account rows are locked by one session.
        std::optional<Result<PostResult>> outcome;
        const bool kept = m_committer->runAndWait([&](QSqlDatabase db) {
            outcome = settleIn(db);
            return outcome->ok() && !(*outcome)->replayed; // a refusal or no-op keeps nothing
        });
        if (outcome && (!outcome->ok() || (*outcome)->replayed || kept))
            return *outcome;
        return databaseError(u"group commit"_s, u"the batch did not commit"_s);
    }
    auto db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(*db);
    auto done = settleIn(*db);
    if (!done || done->replayed)
        return done;
    if (auto r = tx.commit(); !r)
        return r.error();
    return done;
}

Result<PostResult> LedgerService::settleInside(QSqlDatabase db, const QString &txnId,
                                               const QString &status, const QList<Leg> &legs,
                                               const QString &failureReason,
                                               const SettlementGuard &guard)
{
    LedgerRepository repo(db);
    auto found = repo.findTxn(txnId, true);
    if (!found)
        return found.error();
    if (!*found)
        return Error::make(errc::kNotFound, u"No such transaction."_s);
    Txn txn = **found;
    if (guard) {
        auto proceed = guard(db, txn);
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
    if (auto r = apply(db, txn, legs, 0, true); !r)
        return r.error();
    if (legs.isEmpty() && !txn.initiatedBy.isEmpty())
        if (auto e = OutboxRepository(db).append(u"transaction.updated"_s, txn.initiatedBy,
                                                 {{"transaction"_L1, txnJson(txn)}});
            !e)
            return e.error();
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

void LedgerService::publish(const std::vector<chat::ChatEvent> &logged) const
{
    if (!m_logs)
        return;
    for (const chat::ChatEvent &event : logged)
        m_logs->publish(event);
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
