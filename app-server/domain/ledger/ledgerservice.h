// The only code that writes balances (SPEC §1.2–1.3). A posting is one database transaction:
// the ledger transaction row, its Idempotency-Key claim, the balance updates (guarded statements,
// taken in account-id order so concurrent postings cannot deadlock), the immutable entries and
// the events (wallet.updated, transaction.updated) for everyone it touched: straight into their
// logs when the posting names its people (Posting::people), else through the outbox.
// With a GroupCommitter, postings and settlements run as units of its batches (one commit for
// many, each posting still all or nothing under its own savepoint) and are answered only once
// their batch committed.
#pragma once

#include "ledgertypes.h"
#include "result.h"

#include "domain/chat/chattypes.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>

#include <functional>
#include <vector>

namespace paydesk::server {
class Database;
class GroupCommitter;
} // namespace paydesk::server

namespace paydesk::server::ledger {

class LedgerService
{
public:
    // `committer` null: each posting is its own database transaction on the caller's thread.
    // `logs`: where the personal events a posting wrote straight into its people's logs
    // (Posting::people) are published once committed (the realtime hub); none: nowhere on this
    // node (its connections still catch up from the logs when told by NOTIFY from elsewhere).
    explicit LedgerService(const Database &database, GroupCommitter *committer = nullptr,
                           chat::ChatEventSink *logs = nullptr);

    // Records the transaction and applies its legs atomically. Errors: insufficient_funds
    // (a wallet would go below its floor), wallet_disabled, currency_mismatch, limit_exceeded,
    // idempotency_key_reused (same key, other request). A key already used for the same request
    // returns the first transaction with `replayed` set and moves nothing.
    // Waits for the answer.
    Result<PostResult> post(const Posting &posting);
    // The same without waiting: `callback` gets the answer once the posting's batch ended, on
    // the committer's thread (at once on this thread when there is no committer).
    using PostCallback = std::function<void(Result<PostResult>)>;
    void postLater(const Posting &posting, PostCallback callback);

    // Moves a PENDING transaction to SUCCESS or FAILED exactly once, applying `legs` with it.
    // A transaction already final is returned unchanged with `replayed` set.
    // `guard`, when given, runs first inside the settlement's database transaction.
    Result<PostResult> settle(const QString &txnId, const QString &status, const QList<Leg> &legs,
                              const QString &failureReason = {}, const SettlementGuard &guard = {});

    Result<std::optional<Txn>> find(const QString &txnId) const;
    // The transaction an Idempotency-Key already moved, if any; idempotency_key_reused when the
    // key was used for a different request.
    Result<std::optional<Txn>> findByIdempotency(const IdempotencyClaim &claim) const;
    // What a retried request already did: the earlier transaction (replayed) when the key was
    // seen before, else nothing — without a query in the common case of a fresh key.
    Result<std::optional<PostResult>>
    earlierResult(const std::optional<IdempotencyClaim> &claim) const;

    // The id of a system account, created on first use (and cached).
    Result<QString> systemAccount(const QString &kind, const QString &currency,
                                  const QString &name = {});

private:
    // What a posting wrote besides its rows: the events it wrote straight into its people's
    // logs (published after commit), and whether it stored its key's answer itself.
    struct Written
    {
        std::vector<chat::ChatEvent> logged;
        bool answerStored = false;
    };
    // The posting inside an open transaction; an empty optional when its key was taken.
    Result<std::optional<Txn>> postIn(QSqlDatabase db, const Posting &posting, Written &written);
    void publish(const std::vector<chat::ChatEvent> &logged) const;
    Result<PostResult> settleInside(QSqlDatabase db, const QString &txnId, const QString &status,
                                    const QList<Leg> &legs, const QString &failureReason,
                                    const SettlementGuard &guard);
    Result<PostResult> replayOf(const IdempotencyClaim &claim) const;
    static QStringList lockKeys(const Posting &posting);
    static Result<void> storeResponseWith(QSqlDatabase db,
                                          const std::optional<IdempotencyClaim> &claim,
                                          const PostResult &result);

    const Database &m_database;
    GroupCommitter *m_committer = nullptr;
    chat::ChatEventSink *m_logs = nullptr;
    QMutex m_cacheMutex;
    QHash<QString, QString> m_systemAccounts;
};

} // namespace paydesk::server::ledger
