#include "listenerpool.h"

#include "metrics.h"

#include "store/database.h"

#include <QLoggingCategory>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcListen, "paydesk.http")

namespace paydesk::server {

namespace {

// A listening socket with SO_REUSEPORT; returns the descriptor or -errno.
int openReusePortSocket(const QHostAddress &address, quint16 port, quint16 *boundPort)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return -errno;
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (v6) {
        auto *sa = reinterpret_cast<sockaddr_in6 *>(&storage);
        sa->sin6_family = AF_INET6;
        sa->sin6_port = htons(port);
        const Q_IPV6ADDR raw = address.toIPv6Address();
        std::memcpy(&sa->sin6_addr, &raw, sizeof raw);
        length = sizeof(sockaddr_in6);
    } else {
        auto *sa = reinterpret_cast<sockaddr_in *>(&storage);
        sa->sin_family = AF_INET;
        sa->sin_port = htons(port);
        sa->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 ||
        ::listen(fd, 1024) != 0) {
        const int error = errno;
        ::close(fd);
        return -error;
    }
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length) == 0)
        *boundPort = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port
                              : reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
    return fd;
}

} // namespace

ListenerPool::ListenerPool(ListenerDeps deps, WebSocketHandlerFactory webSockets)
    : m_deps(std::move(deps))
    , m_webSockets(std::move(webSockets))
{}

ListenerPool::~ListenerPool()
{
    stop();
}

Result<quint16> ListenerPool::start(const QHostAddress &address, quint16 port, int threads)
{
    quint16 boundPort = port;
    for (int i = 0; i < threads; ++i) {
        const int fd = openReusePortSocket(address, boundPort, &boundPort);
        if (fd < 0)
            return Error::make(errc::kUnavailable,
                               u"cannot listen on %1:%2: %3"_s.arg(address.toString())
                                   .arg(boundPort)
                                   .arg(QString::fromLocal8Bit(std::strerror(-fd))));
        auto *thread = new QThread;
        thread->setObjectName(u"http-%1"_s.arg(i));
        // QAbstractHttpServer keeps a QWebSocketServer that is not its QObject child, so
        // moveToThread would leave it behind: the listener must be built on its own thread.
        auto *anchor = new QObject;
        anchor->moveToThread(thread);
        QObject::connect(thread, &QThread::finished, anchor, &QObject::deleteLater);
        thread->start();
        HttpListener *listener = nullptr;
        bool served = false;
        QMetaObject::invokeMethod(
            anchor,
            [&, anchor, fd, i] {
                m_deps.metrics.bindShard(i);
                listener = new HttpListener(m_deps, anchor);
                served = listener->serveDescriptor(fd);
            },
            Qt::BlockingQueuedConnection);
        m_threads.append(thread);
        m_listeners.append(listener);
        if (!served)
            return Error::make(errc::kUnavailable, u"cannot serve the listening socket"_s);
    }
    // The WebSocket handlers are made on their threads, owned by their listeners.
    for (HttpListener *listener : std::as_const(m_listeners))
        QMetaObject::invokeMethod(
            listener, [this, listener] { listener->setWebSocketHandler(m_webSockets(listener)); },
            Qt::BlockingQueuedConnection);
    qCInfo(lcListen) << "listening on" << address.toString() << boundPort << "with" << threads
                     << "threads";
    return boundPort;
}

void ListenerPool::stopAccepting()
{
    for (HttpListener *listener : std::as_const(m_listeners))
        QMetaObject::invokeMethod(listener, &HttpListener::stopAccepting,
                                  Qt::BlockingQueuedConnection);
}

void ListenerPool::stop()
{
    // Each listener goes on its own thread, with its WebSocket sessions (which record their
    // people's absence), then that thread's database connection, before the thread ends.
    for (qsizetype i = 0; i < m_listeners.size(); ++i)
        if (HttpListener *listener = m_listeners.at(i))
            QMetaObject::invokeMethod(
                listener,
                [listener] {
                    delete listener;
                    Database::releaseThreadConnection();
                },
                Qt::BlockingQueuedConnection);
    m_listeners.clear();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->quit();
        thread->wait();
        delete thread;
    }
    m_threads.clear();
}

} // namespace paydesk::server
