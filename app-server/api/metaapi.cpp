// The API describing itself: /api/v1/openapi.json (kept true by tst_openapi), a browsable
// /api/v1/docs page, and /api/v1/ws answered with 426 when asked without an upgrade.
#include "apideps.h"

#include "../http/router.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {
QByteArray resource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

void registerMetaRoutes(Router &router, const ApiDeps &)
{
    router.add({QHttpServerRequest::Method::Get, u"/api/v1/openapi.json"_s,
                u"This API as an OpenAPI 3.0 document."_s, BodyPolicy::None,
                [document = resource(u":/api/openapi.json"_s)](RequestContext &) {
                    return Reply::raw(document, "application/json");
                }});
    router.add({QHttpServerRequest::Method::Get, u"/api/v1/docs"_s,
                u"A browsable page of the API reference."_s, BodyPolicy::None,
                [page = resource(u":/api/docs.html"_s)](RequestContext &) {
                    return Reply::raw(page, "text/html; charset=utf-8");
                }});
    router.add({QHttpServerRequest::Method::Get, u"/api/v1/ws"_s,
                u"The realtime WebSocket (upgrade required)."_s, BodyPolicy::None,
                [](RequestContext &ctx) {
                    return Reply::error(
                               Error{QString::fromLatin1(errc::kUpgradeRequired),
                                     u"This is the WebSocket endpoint; connect with a WebSocket "
                                     "client (Upgrade: websocket)."_s,
                                     {}},
                               ctx.requestId)
                        .withHeader("Upgrade", "websocket");
                }});
}

} // namespace paydesk::server
