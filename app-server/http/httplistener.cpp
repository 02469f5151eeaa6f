#include "httplistener.h"

#include "ids.h"
#include "jsonlog.h"
#include "metrics.h"
#include "router.h"
#include "../realtime/wssession.h"

#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QThread>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace paydesk::server {

PreflightTcpServer::PreflightTcpServer(SocketHook hook, QObject *parent)
    : QTcpServer(parent)
    , m_hook(std::move(hook))
{
}

void PreflightTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_hook(socket);
    addPendingConnection(socket);
}

HttpListener::HttpListener(const Router &router, Metrics &metrics, PreflightLimits limits,
                           WebSocketHandler onWebSocket, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_metrics(metrics)
    , m_limits(limits)
    , m_onWebSocket(std::move(onWebSocket))
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections()) {
            auto socket = nextPendingWebSocketConnection();
            if (m_onWebSocket)
                m_onWebSocket(std::move(socket));
        }
    });
}

bool HttpListener::serveDescriptor(qintptr listeningDescriptor)
{
    m_tcp = new PreflightTcpServer(
        [this](QTcpSocket *socket) {
            new RequestPreflight(socket, m_limits, [this, socket](int status, const char *code) {
                m_metrics.recordRequest(u"preflight"_s, status, 0);
                jsonlog::access({{"status"_L1, status},
                                 {"error"_L1, QLatin1StringView(code)},
                                 {"remote"_L1, socket->peerAddress().toString()}});
            });
        },
        this);
    if (!m_tcp->setSocketDescriptor(listeningDescriptor))
        return false;
    bind(m_tcp);
    return true;
}

void HttpListener::stopAccepting()
{
    if (m_tcp)
        m_tcp->close();
}

bool HttpListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // QtHttpServer 6.4 hands a WebSocket request to its QWebSocketServer only when this returns
    // true having written nothing. On other paths the upgrade is declined with a 404 from
    // missingHandler, and the connection closed.
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return request.url().path() == QLatin1StringView(WsSession::kPath);
    QElapsedTimer timer;
    timer.start();
    m_metrics.requestStarted();
    const QString requestId = ids::make(u"req");
    QString route;
    const Reply reply = dispatch(request, requestId, &route);
    writeReply(request, socket, reply, requestId);
    const qint64 micros = timer.nsecsElapsed() / 1000;
    m_metrics.recordRequest(route, reply.status, micros);
    m_metrics.requestFinished();
    jsonlog::access({{"request_id"_L1, requestId},
                     {"method"_L1, Router::methodName(request.method())},
                     {"path"_L1, request.url().path()},
                     {"route"_L1, route},
                     {"status"_L1, reply.status},
                     {"duration_us"_L1, micros},
                     {"bytes_in"_L1, request.body().size()},
                     {"bytes_out"_L1, reply.body.size()},
                     {"remote"_L1, request.remoteAddress().toString()}});
    return true;
}

void HttpListener::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Reached only for WebSocket upgrades on paths that have no WebSocket.
    const QString requestId = ids::make(u"req");
    writeReply(request, socket,
               Reply::error(Error::make(errc::kNotFound,
                                        u"No WebSocket endpoint at %1; use %2."_s.arg(
                                            request.url().path(),
                                            QLatin1StringView(WsSession::kPath))),
                            requestId),
               requestId);
    socket->flush();
}

Reply HttpListener::dispatch(const QHttpServerRequest &request, const QString &requestId,
                             QString *route)
{
    const RouteMatch match = m_router.match(request.method(), request.url().path());
    if (!match.route) {
        if (!match.allowed.isEmpty()) {
            *route = u"method_not_allowed"_s;
            QStringList names;
            for (auto m : match.allowed)
                names.append(Router::methodName(m));
            return Reply::error(Error::make(errc::kMethodNotAllowed,
                                            u"%1 is not allowed here; use %2."_s.arg(
                                                Router::methodName(request.method()),
                                                names.join(u", "_s))),
                                requestId)
                .withHeader("Allow", names.join(u", "_s).toLatin1());
        }
        *route = u"unmatched"_s;
        return Reply::error(Error::make(errc::kNotFound,
                                        u"No route matches %1 %2."_s.arg(
                                            Router::methodName(request.method()),
                                            request.url().path())),
                            requestId);
    }
    *route = Router::methodName(match.route->method) + u' ' + match.route->pattern;
    RequestContext ctx{request, requestId, match.params, {}};
    if (auto error = Router::parseBody(*match.route, ctx))
        return Reply::error(*error, requestId);
    return match.route->handler(ctx);
}

void HttpListener::writeReply(const QHttpServerRequest &request, QTcpSocket *socket,
                              const Reply &reply, const QString &requestId)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("Request-Id", requestId.toLatin1());
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeBody(reply.body);
}

} // namespace paydesk::server
