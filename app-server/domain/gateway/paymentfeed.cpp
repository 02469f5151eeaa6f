#include "paymentfeed.h"

#include "store/apprepository.h"
#include "store/database.h"
#include "store/paymentrepository.h"

using namespace Qt::StringLiterals;

namespace paydesk::server::gateway {

PaymentFeed::PaymentFeed(const Database &database, const PaymentService &payments)
    : m_database(database)
    , m_payments(payments)
{}

QString PaymentFeed::paymentUrl(const QString &paymentId) const
{
    return m_payments.paymentUrl(paymentId);
}

Result<void> PaymentFeed::authorizeApp(const QString &userId, const QString &appId) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto app = AppRepository(*db).findApp(appId, userId);
    if (!app)
        return app.error();
    if (!app->has_value())
        return Error::make(errc::kNotFound, u"No app of yours has this id."_s, u"app_id"_s);
    return {};
}

Result<QList<StoredEvent>> PaymentFeed::appEventsAfter(const QString &appId, qint64 after) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return OutboxRepository(*db).paymentEventsAfter(appId, after, kMaxReplay);
}

Result<QList<Payment>> PaymentFeed::paymentsByRef(const QString &userId, const QString &txRef) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto found = PaymentRepository(*db).findByRefForOwner(txRef, userId, kMaxMatches);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(errc::kNotFound, u"No payment of yours has this id or reference."_s,
                           u"tx_ref"_s);
    return found;
}

} // namespace paydesk::server::gateway
