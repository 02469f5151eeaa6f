// The ledger's vocabulary: accounts, postings (a balanced set of legs) and the ledger
// transactions people see in their history. Amounts are signed minor units (qint64).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "result.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace paydesk::server::ledger {

// Transaction types and statuses as stored and as the API shows them.
namespace txtype {
inline constexpr auto kFunding = "funding";
inline constexpr auto kWithdrawal = "withdrawal";
inline constexpr auto kTransfer = "transfer";
inline constexpr auto kPayment = "payment";
inline constexpr auto kRefund = "refund";
inline constexpr auto kAdjustment = "adjustment";
} // namespace txtype

namespace txstatus {
inline constexpr auto kPending = "PENDING";
inline constexpr auto kSuccess = "SUCCESS";
inline constexpr auto kFailed = "FAILED";
} // namespace txstatus

// System accounts: where outside money enters and leaves. One per kind, currency and name.
namespace syskind {
inline constexpr auto kProviderClearing = "provider_clearing"; // name = provider
inline constexpr auto kWithdrawalHolds = "withdrawal_holds";
inline constexpr auto kFees = "fees";
inline constexpr auto kCashbackExpense = "cashback_expense";
inline constexpr auto kBillerPayable = "biller_payable";
inline constexpr auto kGatewayClearing = "gateway_clearing";
} // namespace syskind

// One side of a posting: `amount` > 0 credits the account, < 0 debits it.
struct Leg
{
    QString accountId;
    qint64 amount = 0;
};

// An Idempotency-Key claimed by the posting's own database transaction (SPEC §1.3).
struct PostResult;

// The answer an idempotent request stores for its retries.
struct StoredResponse
{
    int status = 0;
    QByteArray body;
};

struct IdempotencyClaim
{
    QString owner; // user id (or app id for API keys)
    QString key;
    QByteArray requestHash;
    // Set by a route that can render its answer from the posting alone: the posting's own unit
    // of work then stores that answer (same commit, one round trip) instead of a second batch
    // after it, and `stored`, shared by every copy of this claim, says so to the HTTP layer.
    std::function<StoredResponse(const PostResult &)> respond;
    std::shared_ptr<std::atomic_bool> stored = std::make_shared<std::atomic_bool>(false);
    // Set by the middleware when the key was already recorded (its request committed but its
    // response was not stored yet: a crash or a concurrent duplicate). Only then can an earlier
    // transaction exist, so only then do services look for one before doing the work.
    bool seenBefore = false;
};

// A ledger transaction as stored and shown.
struct Txn
{
    QString id;
    QString type;
    QString status;
    QString currency;
    qint64 amount = 0;
    qint64 fee = 0;
    QString fromAccount; // the wallet money leaves; empty when it comes from outside
    QString toAccount;   // the wallet money reaches; empty when it goes outside
    QString reference;
    QString note;
    QJsonObject metadata;
    QString initiatedBy;
    QString failureReason;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Txn;

// Writes of the caller's use case that must commit or roll back with the ledger's own (a provider
// order beside its pending transaction). Runs inside the ledger's database transaction.
using AlongsideWrites = std::function<Result<void>(QSqlDatabase db, const Txn &txn)>;
// Runs in a settlement's database transaction once the transaction row is locked (deduplicating
// a provider event, finishing its order). false: already handled — settle nothing, roll back.
using SettlementGuard = std::function<Result<bool>(QSqlDatabase db, const Txn &txn)>;

struct Posting
{
    Txn txn;         // id, timestamps and failureReason are filled in by the ledger
    QList<Leg> legs; // may be empty (a PENDING order that holds nothing yet)
    std::optional<IdempotencyClaim> idempotency;
    // When set, the debits of this wallet today plus this posting's debit may not exceed it.
    qint64 dailyDebitLimit = 0;
    AlongsideWrites alongside; // optional; runs only when the posting is applied (not replayed)
    // Rows the alongside writes lock, as store/lockkeys.h names them (a payment). A posting with
    // alongside writes and no names here is committed alone (GroupCommitter: exclusive).
    QStringList alongsideLocks;
    // The people whose wallets the legs touch, and the initiator, when the caller knows them:
    // the posting then writes their events (wallet.updated, transaction.updated) straight into
    // their logs, naming their log heads as its lane keys. A posting that leaves someone out
    // (or this empty) sends its events through the outbox, and the relay logs them a moment
    // later.
    QStringList people;
};

// What a posting or settlement did.
struct PostResult
{
    Txn txn;
    bool replayed = false; // the idempotency key had already moved this money
};

} // namespace paydesk::server::ledger
