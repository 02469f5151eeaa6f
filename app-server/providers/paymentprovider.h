// The one interface every payment provider adapter implements (SPEC §4.2): hosted checkout orders
// for adding money, payouts to bank accounts for withdrawals, bank account look-ups, and the
// check of a callback's signature. Adapters speak their provider's wire format and never touch
// the ledger: what a callback means for money is decided in domain/funding/.
#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace paydesk::server::providers {

// Payment outcomes as callbacks report them.
namespace paymentstatus {
inline constexpr auto kSuccess = "SUCCESS";
inline constexpr auto kFailed = "FAILED";
} // namespace paymentstatus

struct Bank
{
    QString code;
    QString name;
};

struct BankAccount
{
    Bank bank;
    QString accountNumber;
    QString accountName;
};

// Where the person pays for an order the provider opened.
struct CheckoutOrder
{
    QString orderId;
    QString checkoutUrl;
};

// A payout the provider is asked to make; `orderId` is ours and doubles as its idempotency key.
struct Payout
{
    QString orderId;
    qint64 amount = 0;
    QString currency;
    BankAccount account;
};

// A provider's report that an order was paid or failed, as received (signature not yet checked).
struct ProviderCallback
{
    QString provider;
    QString eventId; // the provider's id of this notification: redeliveries repeat it
    QString orderId;
    QString paymentId;
    QString status; // paymentstatus::kSuccess or kFailed
    QString signature;
};

class PaymentProvider
{
public:
    virtual ~PaymentProvider() = default;

    virtual QString name() const = 0;
    // Opens a hosted checkout for `amount` minor units of `currency`.
    virtual Result<CheckoutOrder> createCheckoutOrder(qint64 amount, const QString &currency) = 0;
    // Asks for a payout; its outcome arrives later as a callback for payout.orderId.
    virtual Result<void> createPayout(const Payout &payout) = 0;
    // True when `signature` proves the provider vouches for this order and payment.
    virtual bool verifyCallbackSignature(const QString &orderId, const QString &paymentId,
                                         const QString &signature) const = 0;
    virtual QList<Bank> banks() const = 0;
    // The holder's name of a bank account; validation_error naming the field when invalid.
    virtual Result<BankAccount> resolveAccount(const QString &bankCode,
                                               const QString &accountNumber) const = 0;
};

} // namespace paydesk::server::providers
