#include "httplistener.h"

#include "chunkedbodywriter.h"
#include "idempotency.h"

#include "../realtime/wssession.h"
#include "domain/gateway/appservice.h"
#include "domain/identity/tokenissuer.h"
#include "ids.h"
#include "jsonlog.h"
#include "metrics.h"
#include "router.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace paydesk::server {

PreflightTcpServer::PreflightTcpServer(SocketHook hook, QObject *parent)
    : QTcpServer(parent)
    , m_hook(std::move(hook))
{}

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

HttpListener::HttpListener(const ListenerDeps &deps, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_deps(deps)
    , m_router(deps.router)
    , m_metrics(deps.metrics)
    , m_limits(deps.limits)
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
    if (ChunkedBodyWriter::isStreaming(socket)) {
        // A pipelined request while a streamed body is still being sent: its answer would land
        // inside that body. Pipelining is not supported here; the connection is cut.
        socket->abort();
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    m_metrics.requestStarted();
    const QString requestId = ids::make(u"req");
    QString route;
    Reply reply = dispatch(request, requestId, &route);
    AccessRecord record{requestId,
                        Router::methodName(request.method()),
                        request.url().path(),
                        route,
                        request.body().size(),
                        request.remoteAddress().toString(),
                        timer};
    if (reply.deferred) {
        answerLater(std::make_shared<QHttpServerResponder>(makeResponder(request, socket)), socket,
                    std::move(reply.deferred), std::move(record));
        return true;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    finish(responder, socket, reply, record);
    return true;
}

void HttpListener::answerLater(std::shared_ptr<QHttpServerResponder> waiting,
                               QPointer<QTcpSocket> alive, Deferred start, AccessRecord record)
{
    // The responder waits here until the answer; the socket may be gone by then (the client
    // hung up), and so may this listener at the very end of a shutdown that timed out.
    QPointer<HttpListener> self(this);
    start([waiting, alive, self, record = std::move(record)](MakeReply make) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [waiting, alive, self, record, make = std::move(make)] {
                Reply reply = make();
                if (reply.deferred) // later still (its response being stored)
                    self->answerLater(waiting, alive, std::move(reply.deferred), record);
                else
                    self->finish(*waiting, alive.data(), reply, record);
            },
            Qt::QueuedConnection);
    });
}

void HttpListener::finish(QHttpServerResponder &responder, QTcpSocket *socket, const Reply &reply,
                          const AccessRecord &record)
{
    if (socket)
        writeReply(responder, socket, reply, record.requestId);
    const qint64 micros = record.timer.nsecsElapsed() / 1000;
    m_metrics.recordRequest(record.route, reply.status, micros);
    m_metrics.requestFinished();
    jsonlog::access({{"request_id"_L1, record.requestId},
                     {"method"_L1, record.method},
                     {"path"_L1, record.path},
                     {"route"_L1, record.route},
                     {"status"_L1, reply.status},
                     {"duration_us"_L1, micros},
                     {"bytes_in"_L1, record.bytesIn},
                     {"bytes_out"_L1, reply.body.size()},
                     {"remote"_L1, record.remote}});
}

void HttpListener::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Reached only for WebSocket upgrades on paths that have no WebSocket.
    const QString requestId = ids::make(u"req");
    writeReply(
        request, socket,
        Reply::error(Error::make(errc::kNotFound,
                                 u"No WebSocket endpoint at %1; use %2."_s.arg(
                                     request.url().path(), QLatin1StringView(WsSession::kPath))),
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
            return Reply::error(
                       Error::make(errc::kMethodNotAllowed,
                                   u"%1 is not allowed here; use %2."_s.arg(
                                       Router::methodName(request.method()), names.join(u", "_s))),
                       requestId)
                .withHeader("Allow", names.join(u", "_s).toLatin1());
        }
        *route = u"unmatched"_s;
        return Reply::error(Error::make(errc::kNotFound, u"No route matches %1 %2."_s.arg(
                                                             Router::methodName(request.method()),
                                                             request.url().path())),
                            requestId);
    }
    *route = Router::methodName(match.route->method) + u' ' + match.route->pattern;
    RequestContext ctx{request, requestId, match.params,
                       {},      {},        request.remoteAddress().toString()};
    if (auto error = admit(*match.route, ctx))
        return Reply::error(*error, requestId);
    if (auto error = Router::parseBody(*match.route, ctx))
        return Reply::error(*error, requestId);
    if (!match.route->idempotent || !m_deps.database)
        return match.route->handler(ctx);
    if (auto early = beginIdempotent(*m_deps.database, ctx))
        return *early;
    Reply reply = match.route->handler(ctx);
    if (!reply.deferred)
        return finishIdempotent(*m_deps.database, m_deps.committer, ctx.idempotency,
                                std::move(reply));
    // A later answer's response is stored as it is made (on this thread) before it is sent.
    reply.deferred = [inner = std::move(reply.deferred), claim = ctx.idempotency,
                      database = m_deps.database, committer = m_deps.committer](Answer answer) {
        inner([answer = std::move(answer), claim, database, committer](MakeReply make) {
            answer([make = std::move(make), claim, database, committer] {
                return finishIdempotent(*database, committer, claim, make());
            });
        });
    };
    return reply;
}

std::optional<Error> HttpListener::admit(const Route &route, RequestContext &ctx)
{
    if (!route.rateLimit.isEmpty() && m_deps.limiter) {
        const qint64 wait =
            m_deps.limiter->take(route.rateLimit + ":ip:"_L1 + ctx.remoteIp, m_deps.routePolicy);
        if (wait > 0) {
            Error e = Error::make(errc::kRateLimited,
                                  u"Too many requests; try again in %1 s."_s.arg(wait));
            e.retryAfterSeconds = wait;
            return e;
        }
    }
    if (route.access == Access::Anonymous)
        return std::nullopt;
    const QByteArray header = ctx.request.value("authorization");
    if (route.access == Access::ApiKey)
        return admitApiKey(header, ctx);
    if (!header.startsWith("Bearer ") || !m_deps.tokens)
        return Error::make(errc::kUnauthenticated,
                           u"Sign in first: send Authorization: Bearer <access token>."_s);
    auto principal = m_deps.tokens->verifyAccessToken(QString::fromLatin1(header.mid(7).trimmed()),
                                                      QDateTime::currentSecsSinceEpoch());
    if (!principal)
        return principal.error();
    const QString &role = principal->role;
    const bool allowed =
        route.access == Access::User ||
        (route.access == Access::Merchant && (role == "merchant"_L1 || role == "admin"_L1)) ||
        (route.access == Access::Admin && role == "admin"_L1);
    if (!allowed)
        return Error::make(errc::kForbidden, u"Your account may not do this."_s);
    ctx.principal = *principal;
    return std::nullopt;
}

std::optional<Error> HttpListener::admitApiKey(const QByteArray &header, RequestContext &ctx)
{
    if (!header.startsWith("Bearer ") || !m_deps.apps)
        return Error::make(errc::kUnauthenticated,
                           u"Send your app's secret key: Authorization: Bearer sk_..."_s);
    auto owner = m_deps.apps->authenticate(QString::fromLatin1(header.mid(7).trimmed()));
    if (!owner)
        return owner.error();
    ctx.principal.userId = owner->ownerId;
    ctx.principal.role = u"app"_s;
    ctx.principal.tokenId = owner->keyId;
    ctx.principal.appId = owner->appId;
    ctx.principal.mode = owner->environment;
    if (m_deps.limiter) {
        const qint64 wait = m_deps.limiter->take(u"key:"_s + owner->keyId, m_deps.apiKeyPolicy);
        if (wait > 0) {
            Error e =
                Error::make(errc::kRateLimited,
                            u"Too many requests with this key; try again in %1 s."_s.arg(wait));
            e.retryAfterSeconds = wait;
            return e;
        }
    }
    return std::nullopt;
}

void HttpListener::writeReply(const QHttpServerRequest &request, QTcpSocket *socket,
                              const Reply &reply, const QString &requestId)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    writeReply(responder, socket, reply, requestId);
}

void HttpListener::writeReply(QHttpServerResponder &responder, QTcpSocket *socket,
                              const Reply &reply, const QString &requestId)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    if (reply.stream)
        responder.writeHeader("Transfer-Encoding", "chunked");
    else
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("Request-Id", requestId.toLatin1());
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeBody(reply.body); // for a stream: an empty body that ends the headers
    if (reply.stream)
        ChunkedBodyWriter::start(socket, reply.stream, requestId);
}

} // namespace paydesk::server
