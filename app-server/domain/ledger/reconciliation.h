// Proves the ledger (SPEC §1.2): every account's cached balance equals the sum of its entries,
// all entries sum to zero per currency, and every ledger transaction's entries sum to zero. Runs
// on demand (GET /admin/reconciliation) and on a schedule; each run is recorded.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace paydesk::server {
class Database;
}

namespace paydesk::server::ledger {

struct AccountMismatch
{
    QString accountId;
    QString kind;
    QString currency;
    qint64 cachedBalance = 0;
    qint64 entriesSum = 0;
};

struct CurrencyTotal
{
    QString currency;
    qint64 entriesSum = 0; // must be 0
    qint64 walletTotal = 0;
};

struct ReconciliationReport
{
    qint64 runId = 0;
    QDateTime checkedAt;
    int accountsChecked = 0;
    QList<AccountMismatch> mismatches;
    QList<CurrencyTotal> currencies;
    QStringList unbalancedTransactions; // ids, at most 100
    qint64 durationMs = 0;

    bool balanced() const;
    int problemCount() const;
};

class Reconciler
{
public:
    explicit Reconciler(const Database &database);

    // Checks everything and records the run in reconciliation_runs.
    Result<ReconciliationReport> run();

private:
    const Database &m_database;
};

} // namespace paydesk::server::ledger
