// The merchant console's view of a merchant's own payments (SPEC §4.3, §4.7): KPIs, chart
// series, recent activity and the export's pages. Read-only. A merchant only ever sees the
// payments of apps he owns, of one mode at a time; another merchant's app is "not found".
// Figures never add amounts of different currencies: volumes are always per currency.
#pragma once

#include "merchantdata.h"

#include "domain/common/page.h"
#include "result.h"

namespace paydesk::server {
class Database;
}

namespace paydesk::server::gateway {

class MerchantStats
{
public:
    explicit MerchantStats(const Database &database);

    // The scope of a question from `ownerId`: `mode` is test, live or empty (then the app's
    // environment with an app, else live); `appId` empty or one of the owner's apps, whose
    // environment must then match an explicit mode.
    Result<MerchantScope> scope(const QString &ownerId, const QString &mode,
                                const QString &appId) const;

    // One consistent snapshot: counts by status, success rate, the last 24 h, active apps.
    Result<MerchantKpis> kpis(const MerchantScope &scope) const;
    // Every bucket of the range, zero-filled. `currency` empty or a known currency code.
    Result<MerchantSeries> series(const MerchantScope &scope, SeriesRange range,
                                  const QString &currency) const;
    // The newest `limit` status changes (1..100), newest first.
    Result<QList<PaymentActivity>> activity(const MerchantScope &scope, int limit) const;
    // Payments in `order` with the filters of GET /payments (status checked here).
    Result<Page<MerchantPayment>> payments(const MerchantScope &scope, const PaymentQuery &query,
                                           const PageRequest &page,
                                           const PaymentOrder &order = {}) const;
    // `sort`: created (default), amount, completed, status, reference, app; `order`: asc or
    // desc (default desc, except asc for status, reference and app).
    static Result<PaymentOrder> parseOrder(const QString &sort, const QString &order);

    static int successRateBp(const StatusCounts &counts);

private:
    const Database &m_database;
};

} // namespace paydesk::server::gateway
