#include "ordersettlement.h"

#include "domain/ledger/ledgerservice.h"
#include "store/database.h"
#include "store/providerorderrepository.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSettlement, "paydesk.funding")

namespace paydesk::server::funding {

namespace {
Error noSuchOrder()
{
    return Error::make(errc::kNotFound, u"No such order."_s, u"order_id"_s);
}
} // namespace

OrderSettlement::OrderSettlement(const Database &database, ledger::LedgerService &ledger,
                                 providers::PaymentProvider &provider)
    : m_database(database)
    , m_ledger(ledger)
    , m_provider(provider)
{}

Result<std::optional<ProviderOrder>> OrderSettlement::find(const QString &orderId) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return ProviderOrderRepository(*db).find(orderId);
}

Result<std::optional<ProviderOrder>> OrderSettlement::findByTxn(const QString &txnId) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return ProviderOrderRepository(*db).findByTxn(txnId);
}

Result<QList<ProviderOrder>> OrderSettlement::openPayouts(int limit) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return ProviderOrderRepository(*db).openPayouts(m_provider.name(), limit);
}

Result<ledger::PostResult>
OrderSettlement::acceptCallback(const providers::ProviderCallback &callback)
{
    if (callback.provider != m_provider.name())
        return Error::make(errc::kNotFound, u"No such provider."_s);
    if (callback.status != QLatin1StringView(providers::paymentstatus::kSuccess) &&
        callback.status != QLatin1StringView(providers::paymentstatus::kFailed))
        return Error::make(errc::kValidation, u"status must be SUCCESS or FAILED."_s, u"status"_s);
    if (!m_provider.verifyCallbackSignature(callback.orderId, callback.paymentId,
                                            callback.signature))
        return Error::make(errc::kInvalidSignature, u"The callback signature does not match."_s,
                           u"signature"_s);
    auto order = find(callback.orderId);
    if (!order)
        return order.error();
    if (!*order || (*order)->provider != callback.provider)
        return noSuchOrder();
    return settle(**order, callback.status, callback.paymentId, callback.eventId);
}

Result<QList<ledger::Leg>> OrderSettlement::legsFor(const ProviderOrder &order, bool success)
{
    const bool funding = order.kind == QLatin1StringView(orderkind::kFunding);
    if (funding && !success)
        return QList<ledger::Leg>(); // nothing was held: the order simply failed
    auto clearing = m_ledger.systemAccount(QLatin1StringView(ledger::syskind::kProviderClearing),
                                           order.currency, order.provider);
    if (!clearing)
        return clearing.error();
    if (funding)
        return QList<ledger::Leg>{{*clearing, -order.amount}, {order.walletId, order.amount}};
    auto holds = m_ledger.systemAccount(QLatin1StringView(ledger::syskind::kWithdrawalHolds),
                                        order.currency);
    if (!holds)
        return holds.error();
    // The held money leaves for the bank, or goes back to the wallet it came from.
    return QList<ledger::Leg>{{*holds, -order.amount},
                              {success ? *clearing : order.walletId, order.amount}};
}

Result<ledger::PostResult> OrderSettlement::settle(const ProviderOrder &order,
                                                   const QString &status, const QString &paymentId,
                                                   const QString &eventId)
{
    const bool success = status == QLatin1StringView(providers::paymentstatus::kSuccess);
    auto legs = legsFor(order, success);
    if (!legs)
        return legs.error();
    const auto guard = [&](QSqlDatabase db, const ledger::Txn &) -> Result<bool> {
        ProviderOrderRepository repo(db);
        if (!eventId.isEmpty()) {
            auto fresh = repo.recordEvent(order.provider, eventId);
            if (!fresh || !*fresh)
                return fresh;
        }
        return repo.finish(order.id,
                           QLatin1StringView(success ? orderstatus::kPaid : orderstatus::kFailed),
                           paymentId);
    };
    const QString why = !success ? order.kind == QLatin1StringView(orderkind::kFunding)
                                       ? u"The payment was declined."_s
                                       : u"The bank transfer failed; the money was returned."_s
                                 : QString();
    auto done = m_ledger.settle(
        order.txnId,
        QLatin1StringView(success ? ledger::txstatus::kSuccess : ledger::txstatus::kFailed), *legs,
        why, guard);
    if (done && !done->replayed)
        qCInfo(lcSettlement) << order.kind << order.id << "settled" << status;
    return done;
}

} // namespace paydesk::server::funding
