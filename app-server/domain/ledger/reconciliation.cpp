#include "reconciliation.h"

#include "store/database.h"
#include "store/reconciliationrepository.h"

#include <QElapsedTimer>

namespace paydesk::server::ledger {

bool ReconciliationReport::balanced() const
{
    return problemCount() == 0;
}

int ReconciliationReport::problemCount() const
{
    int problems = int(mismatches.size() + unbalancedTransactions.size());
    for (const CurrencyTotal &c : currencies)
        problems += c.entriesSum != 0;
    return problems;
}

Reconciler::Reconciler(const Database &database)
    : m_database(database)
{}

Result<ReconciliationReport> Reconciler::run()
{
    QElapsedTimer timer;
    timer.start();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    ReconciliationRepository repo(*db);
    // One snapshot for all three checks, so postings committing meanwhile cannot show up
    // half-counted as a false mismatch.
    Transaction tx(*db, Transaction::RepeatableReadOnly);
    ReconciliationReport report;
    report.checkedAt = QDateTime::currentDateTimeUtc();
    auto count = repo.accountCount();
    auto mismatches = repo.balanceMismatches();
    auto currencies = repo.currencyTotals();
    auto unbalanced = repo.unbalancedTransactions(100);
    if (!count || !mismatches || !currencies || !unbalanced)
        return !count        ? count.error()
               : !mismatches ? mismatches.error()
               : !currencies ? currencies.error()
                             : unbalanced.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    report.accountsChecked = *count;
    report.mismatches = *mismatches;
    report.currencies = *currencies;
    report.unbalancedTransactions = *unbalanced;
    report.durationMs = timer.elapsed();
    auto id = repo.record(report);
    if (!id)
        return id.error();
    report.runId = *id;
    return report;
}

} // namespace paydesk::server::ledger
