// Sends a streamed Reply body (reply.h BodyProducer) on one connection with HTTP/1.1 chunked
// transfer coding, asking the producer for the next piece only when the socket's write buffer
// has drained below a low watermark. A client that reads slowly therefore holds back production
// instead of growing paydeskd's memory. Lives as a child of the socket: a dropped connection ends
// the stream. Never blocks the thread's event loop: it runs from the socket's bytesWritten.
#pragma once

#include "reply.h"

#include <QElapsedTimer>
#include <QObject>

class QTcpSocket;

namespace paydesk::server {

class ChunkedBodyWriter : public QObject
{
    Q_OBJECT
public:
    // Production resumes when fewer than this many bytes wait in the socket's buffer.
    static constexpr qint64 kLowWatermark = 64 * 1024;

    // Call after the headers (with "Transfer-Encoding: chunked") went out; starts sending.
    static void start(QTcpSocket *socket, BodyProducer producer, QString requestId);
    // True while a body is being streamed on `socket` (nothing else may be written to it).
    static bool isStreaming(const QTcpSocket *socket);

private:
    ChunkedBodyWriter(QTcpSocket *socket, BodyProducer producer, QString requestId);
    void pump();
    void finish(bool complete, const QString &error = {});

    QTcpSocket *m_socket;
    BodyProducer m_producer;
    QString m_requestId;
    QElapsedTimer m_timer;
    qint64 m_bytes = 0;
    int m_pieces = 0;
    bool m_done = false;
};

} // namespace paydesk::server
