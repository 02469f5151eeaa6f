// SQL of the merchant console's figures: counts, sums and pages over one merchant's payments of
// one mode. Read-only. Every statement starts from the owner's apps (apps_owner_idx) and reaches
// payments and their events through per-app indexes (migrations 0008 and 0011), so its cost
// follows the merchant's own data, never the whole table.
#pragma once

#include "domain/common/page.h"
#include "domain/gateway/merchantdata.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace paydesk::server {

class MerchantStatsRepository
{
public:
    explicit MerchantStatsRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The database's clock: the same one that stamped the payments.
    Result<QDateTime> now();
    // The environment of the owner's app; empty when the owner has no such app.
    Result<std::optional<QString>> appEnvironment(const QString &ownerId, const QString &appId);

    Result<gateway::StatusCounts> statusCounts(const gateway::MerchantScope &scope);
    // SUCCESS payments completed in [from, to), summed per currency (ordered by code).
    Result<QList<gateway::CurrencyVolume>>
    successVolume(const gateway::MerchantScope &scope, const QDateTime &from, const QDateTime &to);
    Result<qint64> createdCount(const gateway::MerchantScope &scope, const QDateTime &from,
                                const QDateTime &to);
    Result<qint64> activeApps(const gateway::MerchantScope &scope);

    struct BucketCount
    {
        QDateTime bucket;
        QString status;
        qint64 count = 0;
    };
    struct BucketVolume
    {
        QDateTime bucket;
        gateway::CurrencyVolume volume;
    };
    // `unit` is "hour" or "day"; buckets are UTC. `currency` empty: every currency.
    Result<QList<BucketCount>> createdByBucket(const gateway::MerchantScope &scope,
                                               const QString &unit, const QDateTime &from,
                                               const QDateTime &to, const QString &currency);
    Result<QList<BucketVolume>> volumeByBucket(const gateway::MerchantScope &scope,
                                               const QString &unit, const QDateTime &from,
                                               const QDateTime &to, const QString &currency);

    // The newest status changes, newest first.
    Result<QList<gateway::PaymentActivity>> activity(const gateway::MerchantScope &scope,
                                                     int limit);
    // Payments in `order` (default newest first), seeking past page.afterId.
    Result<Page<gateway::MerchantPayment>> payments(const gateway::MerchantScope &scope,
                                                    const gateway::PaymentQuery &query,
                                                    const PageRequest &page,
                                                    const gateway::PaymentOrder &order = {});

private:
    QSqlDatabase m_db;
};

} // namespace paydesk::server
