// The one JSON shape of a payment request, in API responses and in the payment.* events.
#pragma once

#include "payment.h"

#include <QJsonObject>

namespace paydesk::server::gateway {

QJsonObject paymentJson(const Payment &payment, const QString &paymentUrl);

} // namespace paydesk::server::gateway
