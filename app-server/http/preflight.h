// Looks at each request's head before QtHttpServer reads it, so an oversized or unbounded body
// is refused before a byte of it is buffered: QtHttpServer 6.4 would hold a whole 1 GB body in
// memory before any handler could say 413. It only peeks at the socket and keeps a copy of at
// most one header block; after a WebSocket upgrade it steps aside.
#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>

class QTcpSocket;

namespace paydesk::server {

struct PreflightLimits
{
    qint64 maxBodyBytes = 1024 * 1024;
    qint64 maxHeaderBytes = 32 * 1024;
};

class RequestPreflight : public QObject
{
    Q_OBJECT
public:
    // Called with (status, error code) each time a request is refused here.
    using RejectCallback = std::function<void(int status, const char *code)>;

    // Must be attached before QtHttpServer connects to the socket, so its readyRead runs first.
    RequestPreflight(QTcpSocket *socket, PreflightLimits limits, RejectCallback onReject);

private:
    void inspect();
    // Scans the kept header block; returns false when the request was refused.
    bool checkHead(qsizetype headEnd);
    void refuse(int status, const char *code, const QString &message);
    void discardAfterRefusal();

    QTcpSocket *m_socket;
    PreflightLimits m_limits;
    RejectCallback m_onReject;
    QByteArray m_head;          // the current request's header block, while incomplete
    qint64 m_bodyRemaining = 0; // body bytes of the current request still to pass through
    qint64 m_discarded = 0;
    bool m_refused = false;
};

} // namespace paydesk::server
