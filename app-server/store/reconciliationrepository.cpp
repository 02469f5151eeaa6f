#include "reconciliationrepository.h"

#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paydesk::server {

Result<int> ReconciliationRepository::accountCount()
{
    auto row = sql::one(m_db, "SELECT count(*) FROM accounts");
    if (!row)
        return row.error();
    return *row ? (*row)->value(0).toInt() : 0;
}

Result<QList<ledger::AccountMismatch>> ReconciliationRepository::balanceMismatches()
{
    // ledger_entries_account_idx (account_id, created_at) serves the per-account sums.
    auto r = sql::exec(m_db, "SELECT a.id, a.kind, a.currency, a.balance, coalesce(e.total, 0) "
                             "FROM accounts a LEFT JOIN (SELECT account_id, sum(amount) AS total "
                             "FROM ledger_entries GROUP BY account_id) e ON e.account_id = a.id "
                             "WHERE a.balance <> coalesce(e.total, 0) ORDER BY a.id");
    if (!r)
        return r.error();
    QList<ledger::AccountMismatch> out;
    while (r->query().next())
        out.append({r->query().value(0).toString(), r->query().value(1).toString(),
                    r->query().value(2).toString(), r->query().value(3).toLongLong(),
                    r->query().value(4).toLongLong()});
    return out;
}

Result<QList<ledger::CurrencyTotal>> ReconciliationRepository::currencyTotals()
{
    auto r =
        sql::exec(m_db, "SELECT c.currency, coalesce(e.total, 0), coalesce(w.total, 0) FROM "
                        "(SELECT DISTINCT currency FROM accounts) c "
                        "LEFT JOIN (SELECT currency, sum(amount) AS total FROM ledger_entries "
                        "GROUP BY currency) e ON e.currency = c.currency "
                        "LEFT JOIN (SELECT currency, sum(balance) AS total FROM accounts WHERE "
                        "kind = 'wallet' GROUP BY currency) w ON w.currency = c.currency "
                        "ORDER BY c.currency");
    if (!r)
        return r.error();
    QList<ledger::CurrencyTotal> out;
    while (r->query().next())
        out.append({r->query().value(0).toString(), r->query().value(1).toLongLong(),
                    r->query().value(2).toLongLong()});
    return out;
}

Result<QStringList> ReconciliationRepository::unbalancedTransactions(int limit)
{
    auto r = sql::exec(m_db,
                       "SELECT txn_id FROM ledger_entries GROUP BY txn_id HAVING sum(amount) <> 0 "
                       "ORDER BY txn_id LIMIT :limit",
                       {{"limit", limit}});
    if (!r)
        return r.error();
    QStringList out;
    while (r->query().next())
        out.append(r->query().value(0).toString());
    return out;
}

Result<qint64> ReconciliationRepository::record(const ledger::ReconciliationReport &report)
{
    QJsonArray mismatches;
    for (const auto &m : report.mismatches)
        mismatches.append(QJsonObject{{"account_id"_L1, m.accountId},
                                      {"cached_balance"_L1, m.cachedBalance},
                                      {"entries_sum"_L1, m.entriesSum}});
    const QJsonObject detail{
        {"mismatches"_L1, mismatches},
        {"unbalanced_transactions"_L1, QJsonArray::fromStringList(report.unbalancedTransactions)},
        {"duration_ms"_L1, report.durationMs}};
    auto row = sql::one(
        m_db,
        "INSERT INTO reconciliation_runs (accounts, mismatches, report) "
        "VALUES (:accounts, :mismatches, :report::jsonb) RETURNING id",
        {{"accounts", report.accountsChecked},
         {"mismatches", report.problemCount()},
         {"report", QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))}});
    if (!row)
        return row.error();
    return *row ? (*row)->value(0).toLongLong() : 0;
}

} // namespace paydesk::server
