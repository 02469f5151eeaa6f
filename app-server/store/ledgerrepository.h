// SQL of the ledger: transactions, entries, guarded balance updates, Idempotency-Key claims and
// system accounts. Only the ledger service uses it, inside the transaction it opened.
#pragma once

#include "outboxrepository.h"

#include "domain/ledger/ledgertypes.h"
#include "result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace paydesk::server {

// An account after a leg was applied to it.
struct AppliedLeg
{
    QString accountId;
    QString userId; // empty for system accounts
    qint64 balance = 0;
};

// Why a guarded update matched nothing.
struct AccountState
{
    bool exists = false;
    QString status;
    QString currency;
    qint64 balance = 0;
    std::optional<qint64> minBalance;
};

// Reads a ledger transaction from columns 0..14 of `q`, in the order of ledgerrepository.cpp's
// TXN_COLUMNS (id, type, status, currency, amount, fee, from, to, reference, note, metadata,
// initiated_by, failure_reason, created_at, updated_at). Other repositories select the same.
ledger::Txn readTxnRow(const QSqlQuery &q);

class LedgerRepository
{
public:
    explicit LedgerRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Fills createdAt/updatedAt. With `claim`, claims its Idempotency-Key in the same round trip
    // and returns false when the key is taken (by a committed transaction; a concurrent one is
    // waited for): the caller rolls back.
    Result<bool> insertTxn(ledger::Txn &txn, const ledger::IdempotencyClaim *claim = nullptr);
    Result<std::optional<ledger::Txn>> findTxn(const QString &id, bool forUpdate = false);
    // PENDING → status; false when the transaction was not PENDING any more.
    Result<bool> finish(ledger::Txn &txn, const QString &status, const QString &failureReason);

    // Adds `amount` when the account is active, in `currency`, and stays at or above its floor.
    // An empty optional when any of those fails (see state()).
    // `requireActive` false: also on a disabled wallet (settling what was accepted earlier).
    Result<std::optional<AppliedLeg>> applyLeg(const QString &accountId, qint64 amount,
                                               const QString &currency, bool requireActive = true);
    Result<AccountState> state(const QString &accountId);
    // The entries of one transaction, (account, amount) in order, up to four per round trip.
    Result<void> insertEntries(const QString &txnId, const QList<std::pair<QString, qint64>> &legs,
                               const QString &currency);
    // What left the wallet since midnight UTC (sum of its debits, as a positive number).
    Result<qint64> debitsToday(const QString &accountId);

    // insertTxn and applyLegs in one round trip (ledgersql::kInsertTxnApplyingLegs): the legs
    // are applied only when the claim (if any) was won. At most ledgersql::kLegSlots legs.
    struct TxnAndLegs
    {
        bool claimed = false;
        QList<std::optional<AppliedLeg>> legs; // by position; empty where refused or not claimed
    };
    Result<TxnAndLegs> insertTxnApplyingLegs(ledger::Txn &txn,
                                             const ledger::IdempotencyClaim *claim,
                                             const QList<std::pair<QString, qint64>> &legs,
                                             bool requireActive);

    // At most ledgersql::kLegSlots legs in one round trip (rows locked in id order): what each
    // leg did, by position; an empty optional where its guard refused it.
    Result<QList<std::optional<AppliedLeg>>>
    applyLegs(const QList<std::pair<QString, qint64>> &legs, const QString &currency,
              bool requireActive);
    // A posting's entries (at most four) and events (at most four) in one round trip; returns
    // what left `debitsOf` today before them (0 when `debitsOf` is empty).
    Result<qint64> insertEntriesAndEvents(const QString &txnId,
                                          const QList<std::pair<QString, qint64>> &legs,
                                          const QString &currency, const QList<OutboxEvent> &events,
                                          const QString &debitsOf);

    // The same for a posting whose events all go straight into their people's logs (see
    // ledgersql::kEntriesLogsDebits; the caller holds those people's log heads as lane keys):
    // `events` are (person, frame after its seq), at most four; `payer` and `payee` (either may
    // be empty) become contacts.
    struct LoggedEvent
    {
        QString userId;
        QString frameTail; // the frame's JSON after its seq: ",\"at\":...}"
    };
    // The answer of the posting's Idempotency-Key, stored with its entries.
    struct StoredAnswer
    {
        QString owner;
        QString key;
        int status = 0;
        QByteArray body;
    };
    struct EntriesAndLogs
    {
        qint64 debitsToday = 0;
        QHash<QString, qint64> heads; // each person's log head after these events
    };
    Result<EntriesAndLogs>
    insertEntriesAndLogs(const QString &txnId, const QList<std::pair<QString, qint64>> &legs,
                         const QString &currency, const QList<LoggedEvent> &events,
                         const QString &payer, const QString &payee, const QString &debitsOf,
                         const StoredAnswer *answer = nullptr);

    Result<QString> systemAccount(const QString &kind, const QString &currency,
                                  const QString &name);

private:
    QSqlDatabase m_db;
};

} // namespace paydesk::server
