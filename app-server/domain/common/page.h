// One page of a keyset-paginated list, as services take it: how many rows, and the id of the
// last row the client already has (empty for the first page).
#pragma once

#include <QList>
#include <QString>

namespace paydesk::server {

struct PageRequest
{
    int limit = 20;
    QString afterId;
};

template <typename T> struct Page
{
    QList<T> items;
    bool hasMore = false;
};

} // namespace paydesk::server
