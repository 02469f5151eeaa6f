// GET /api/v1/admin/reconciliation: runs the ledger proof now and shows what it found.
#include "apideps.h"

#include "domain/ledger/reconciliation.h"
#include "http/metrics.h"
#include "http/router.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace paydesk::server {

QJsonObject reconciliationJson(const ledger::ReconciliationReport &r)
{
    QJsonArray mismatches;
    for (const auto &m : r.mismatches)
        mismatches.append(QJsonObject{{"account_id"_L1, m.accountId},
                                      {"kind"_L1, m.kind},
                                      {"currency"_L1, m.currency},
                                      {"cached_balance"_L1, m.cachedBalance},
                                      {"entries_sum"_L1, m.entriesSum},
                                      {"difference"_L1, m.cachedBalance - m.entriesSum}});
    QJsonArray currencies;
    for (const auto &c : r.currencies)
        currencies.append(QJsonObject{{"currency"_L1, c.currency},
                                      {"entries_sum"_L1, c.entriesSum},
                                      {"wallet_total"_L1, c.walletTotal},
                                      {"balanced"_L1, c.entriesSum == 0}});
    return {{"run_id"_L1, r.runId},
            {"checked_at"_L1, r.checkedAt.toString(Qt::ISODateWithMs)},
            {"balanced"_L1, r.balanced()},
            {"accounts_checked"_L1, r.accountsChecked},
            {"mismatches"_L1, mismatches},
            {"currencies"_L1, currencies},
            {"unbalanced_transactions"_L1, QJsonArray::fromStringList(r.unbalancedTransactions)},
            {"duration_ms"_L1, r.durationMs}};
}

void registerReconciliationRoutes(Router &router, const ApiDeps &deps)
{
    router.add({QHttpServerRequest::Method::Get, u"/api/v1/admin/reconciliation"_s,
                u"Check the ledger now: balances against entries, zero sums per currency."_s,
                BodyPolicy::None,
                [&deps](RequestContext &ctx) {
                    auto report = ledger::Reconciler(deps.database).run();
                    if (!report)
                        return Reply::error(report.error(), ctx.requestId);
                    deps.metrics.recordReconciliation(report->problemCount(),
                                                      report->checkedAt.toSecsSinceEpoch());
                    return Reply::json(reconciliationJson(*report));
                },
                Access::Admin});
}

} // namespace paydesk::server
