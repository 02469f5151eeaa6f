// One listener thread's HTTP server: routes each request through the shared Router, writes the
// Reply with its request id, and records the access log and metrics for it. WebSocket upgrades
// on the same port are handed to the realtime side. Lives entirely on its own thread.
#pragma once

#include "error.h"
#include "preflight.h"
#include "ratelimiter.h"
#include "reply.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>

#include <functional>
#include <memory>
#include <optional>

class QWebSocket;

namespace paydesk::server {

class Router;
class Metrics;
class Database;
class GroupCommitter;
namespace gateway {
class AppService;
}
struct Route;
struct RequestContext;
namespace identity {
class TokenIssuer;
}

// What every listener thread shares; all of it is read-only or thread-safe.
struct ListenerDeps
{
    const Router &router;
    Metrics &metrics;
    PreflightLimits limits;
    const identity::TokenIssuer *tokens =
        nullptr; // verifies access tokens for non-anonymous routes
    RateLimiter *limiter = nullptr;
    RatePolicy routePolicy;                    // for routes that name a rate limit
    const Database *database = nullptr;        // Idempotency-Key records of money-moving routes
    GroupCommitter *committer = nullptr;       // when set, stored responses join its batches
    const gateway::AppService *apps = nullptr; // checks API keys of Access::ApiKey routes
    RatePolicy apiKeyPolicy{600, 6000};        // per API key: burst, then per minute
};

// A QTcpServer that attaches a RequestPreflight to each socket before QtHttpServer sees it.
class PreflightTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    using SocketHook = std::function<void(QTcpSocket *)>;
    PreflightTcpServer(SocketHook hook, QObject *parent);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    SocketHook m_hook;
};

class HttpListener : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using WebSocketHandler = std::function<void(std::unique_ptr<QWebSocket>)>;

    HttpListener(const ListenerDeps &deps, QObject *parent = nullptr);

    // Serves an already listening socket (SO_REUSEPORT, shared with the other threads).
    bool serveDescriptor(qintptr listeningDescriptor);
    // Stops accepting new connections; requests already read are still answered.
    void stopAccepting();
    void setWebSocketHandler(WebSocketHandler handler) { m_onWebSocket = std::move(handler); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // What the access log says of a request, kept while its answer is awaited.
    struct AccessRecord
    {
        QString requestId;
        QString method;
        QString path;
        QString route;
        qsizetype bytesIn = 0;
        QString remote;
        QElapsedTimer timer;
    };

    Reply dispatch(const QHttpServerRequest &request, const QString &requestId, QString *route);
    // Access and rate limit of the route; an Error when the call may not proceed.
    std::optional<Error> admit(const Route &route, RequestContext &ctx);
    std::optional<Error> admitApiKey(const QByteArray &header, RequestContext &ctx);
    void writeReply(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply,
                    const QString &requestId);
    void writeReply(QHttpServerResponder &responder, QTcpSocket *socket, const Reply &reply,
                    const QString &requestId);
    void answerLater(std::shared_ptr<QHttpServerResponder> responder, QPointer<QTcpSocket> socket,
                     Deferred start, AccessRecord record);
    // Writes the reply (unless the socket is gone) and records it in metrics and the access log.
    void finish(QHttpServerResponder &responder, QTcpSocket *socket, const Reply &reply,
                const AccessRecord &record);

    const ListenerDeps &m_deps;
    const Router &m_router;
    Metrics &m_metrics;
    PreflightLimits m_limits;
    WebSocketHandler m_onWebSocket;
    PreflightTcpServer *m_tcp = nullptr;
};

} // namespace paydesk::server
