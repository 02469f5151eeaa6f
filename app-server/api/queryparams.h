// Query strings read strictly: a parameter a route does not take, or one given twice, is a 400
// naming it, so a typo in a filter name can never silently widen a list or an export.
#pragma once

#include "domain/gateway/payment.h"
#include "result.h"

#include <QStringList>
#include <QUrlQuery>

namespace paydesk::server {

Result<void> onlyKnownParams(const QUrlQuery &query, const QStringList &allowed);
// A parameter's value, percent-decoded; empty when absent.
QString paramValue(const QUrlQuery &query, const QString &name);
// The payment filters a merchant's list and export share: status, search, from, to (ISO 8601).
Result<gateway::PaymentQuery> paymentFilters(const QUrlQuery &query);

} // namespace paydesk::server
