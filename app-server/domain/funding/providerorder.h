// An order with a payment provider as paydeskd records it: a funding checkout or a withdrawal
// payout, tied one-to-one to the PENDING ledger transaction it will settle.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace paydesk::server::funding {

namespace orderkind {
inline constexpr auto kFunding = "funding";
inline constexpr auto kWithdrawal = "withdrawal";
} // namespace orderkind

namespace orderstatus {
inline constexpr auto kCreated = "created";
inline constexpr auto kPaid = "paid";
inline constexpr auto kFailed = "failed";
} // namespace orderstatus

struct ProviderOrder
{
    QString id; // order_...
    QString provider;
    QString kind;
    QString txnId;
    qint64 amount = 0;
    QString currency;
    QString status = QString::fromLatin1(orderstatus::kCreated);
    QString paymentId;   // the provider's payment or transfer id, once known
    QJsonObject details; // checkout_url for funding; the bank account for payouts
    QString userId;      // who initiated the transaction (read through it)
    QString walletId;    // the wallet the money reaches (funding) or leaves (withdrawal)
    QDateTime createdAt;
};

} // namespace paydesk::server::funding
