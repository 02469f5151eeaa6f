// Shared by the history routes (historyapi.cpp) and their CSV export (historycsv.cpp): reading
// the filters from a query string, and the streamed CSV body of a filtered history.
#pragma once

#include "domain/history/historyservice.h"
#include "http/reply.h"
#include "result.h"

#include <QStringList>
#include <QUrlQuery>

#include <memory>

namespace paydesk::server {

// The filters of a history query string. Unknown or repeated parameters are refused (a typo in a
// filter name must not silently widen an export); `allowed` lists the route's parameters.
Result<history::HistoryQueryText> historyQueryText(const QUrlQuery &query,
                                                   const QStringList &allowed);

// 200 text/csv; charset=utf-8, attachment, streamed in keyset pages of 1 000 rows. The first page
// is read before answering, so a database failure is still a clean 503 and not a cut download.
Reply historyCsv(std::shared_ptr<history::HistoryService> service,
                 const history::HistoryFilter &filter, const QString &requestId);

} // namespace paydesk::server
