// The sandbox provider's hosted checkout page as HTML: one small self-contained document (inline
// CSS, no scripts, nothing loaded from elsewhere) in its states — the card form (with a field's
// error), the payment's result, an order already settled, and a page that cannot be shown.
// Presentation only: every value shown is escaped here.
#pragma once

#include "domain/funding/providerorder.h"
#include "providers/paymentprovider.h"

#include <QByteArray>
#include <QString>

namespace paydesk::server::checkoutpage {

struct FormInput
{
    QString cardNumber;
    QString expiry;
    QString error;      // empty: no problem to show
    QString errorField; // card_number, expiry or cvc
};

QByteArray form(const funding::ProviderOrder &order, const FormInput &input = {});
QByteArray result(const funding::ProviderOrder &order, const providers::ProviderCallback &payment);
QByteArray settled(const funding::ProviderOrder &order);
QByteArray problem(const QString &title, const QString &message);

// The pages' stylesheet, shared with the other hosted pages (the payment page).
QLatin1StringView style();

} // namespace paydesk::server::checkoutpage
