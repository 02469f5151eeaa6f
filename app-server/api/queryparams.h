// Query strings read strictly: a parameter a route does not take, or one given twice, is a 400
// naming it, so a typo in a filter name can never silently widen a list or an export.
#pragma once

#include "result.h"

#include <QStringList>
#include <QUrlQuery>

namespace paydesk::server {

Result<void> onlyKnownParams(const QUrlQuery &query, const QStringList &allowed);

} // namespace paydesk::server
