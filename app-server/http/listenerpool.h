// Serves one port from several threads: each thread owns an HttpListener on its own listening
// socket, all bound to the same address with SO_REUSEPORT so the kernel spreads connections
// over them. Nothing is shared between the threads but the read-only router and the metrics.
#pragma once

#include "httplistener.h"
#include "result.h"

#include <QHostAddress>
#include <QList>
#include <QThread>

#include <memory>

namespace paydesk::server {

class ListenerPool
{
public:
    using WebSocketHandlerFactory = std::function<HttpListener::WebSocketHandler(QObject *owner)>;

    ListenerPool(ListenerDeps deps, WebSocketHandlerFactory webSockets);
    ~ListenerPool();

    // Binds `threads` sockets to address:port (port 0 picks one) and starts the threads.
    Result<quint16> start(const QHostAddress &address, quint16 port, int threads);
    // Stops accepting on every thread; already received requests are still answered.
    void stopAccepting();
    // Ends the threads (after stopAccepting and the drain).
    void stop();

private:
    ListenerDeps m_deps;
    WebSocketHandlerFactory m_webSockets;
    QList<QThread *> m_threads;
    QList<HttpListener *> m_listeners;
};

} // namespace paydesk::server
