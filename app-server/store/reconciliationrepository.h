// SQL of the ledger proof: sums of entries per account, per currency and per transaction, and
// the record of each run.
#pragma once

#include "domain/ledger/reconciliation.h"
#include "result.h"

#include <QSqlDatabase>

namespace paydesk::server {

class ReconciliationRepository
{
public:
    explicit ReconciliationRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<int> accountCount();
    Result<QList<ledger::AccountMismatch>> balanceMismatches();
    Result<QList<ledger::CurrencyTotal>> currencyTotals();
    Result<QStringList> unbalancedTransactions(int limit);
    Result<qint64> record(const ledger::ReconciliationReport &report);

private:
    QSqlDatabase m_db;
};

} // namespace paydesk::server
