// /api/v1/admin: views for administrators. Every route here is Access::Admin.
#include "apideps.h"
#include "identityjson.h"

#include "pagination.h"

#include "domain/identity/identityservice.h"
#include "http/router.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {

Reply listUsers(const ApiDeps &deps, RequestContext &ctx)
{
    const QUrlQuery query(ctx.request.url());
    auto page = parsePageRequest(query);
    if (!page)
        return Reply::error(page.error(), ctx.requestId);
    identity::UserQuery filter;
    filter.role = query.queryItemValue(u"role"_s);
    filter.search = query.queryItemValue(u"q"_s, QUrl::FullyDecoded);
    auto users = deps.identity.listUsers(filter, *page);
    if (!users)
        return Reply::error(users.error(), ctx.requestId);
    QJsonArray data;
    for (const identity::User &u : users->items)
        data.append(userJson(u));
    return Reply::json(pageJson(data, users->hasMore,
                                users->items.isEmpty() ? QString() : users->items.constLast().id));
}

} // namespace

void registerAdminRoutes(Router &router, const ApiDeps &deps)
{
    router.add({QHttpServerRequest::Method::Get, u"/api/v1/admin/users"_s,
                u"Every account, newest first, with role and search filters."_s, BodyPolicy::None,
                [&deps](RequestContext &ctx) { return listUsers(deps, ctx); }, Access::Admin});
}

} // namespace paydesk::server
