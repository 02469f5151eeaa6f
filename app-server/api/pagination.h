// Cursor pagination as every list endpoint does it: `?limit=` (1..max, a default) and
// `?cursor=` (opaque to clients: base64url of the last row's id; the repository seeks past that
// row by its sort key, so pages never skip or repeat rows however many share a timestamp).
// Responses carry {"data": [...], "has_more": bool, "next_cursor": string|null}.
#pragma once

#include "domain/common/page.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace paydesk::server {

Result<PageRequest> parsePageRequest(const QUrlQuery &query, int defaultLimit = 20,
                                     int maxLimit = 100);

QJsonObject pageJson(const QJsonArray &data, bool hasMore, const QString &lastId);

} // namespace paydesk::server
