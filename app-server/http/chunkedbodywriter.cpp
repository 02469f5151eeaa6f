#include "chunkedbodywriter.h"

#include "jsonlog.h"

#include <QLoggingCategory>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {
Q_LOGGING_CATEGORY(lcStream, "paydesk.http.stream")
} // namespace

void ChunkedBodyWriter::start(QTcpSocket *socket, BodyProducer producer, QString requestId)
{
    auto *writer = new ChunkedBodyWriter(socket, std::move(producer), std::move(requestId));
    writer->pump();
}

bool ChunkedBodyWriter::isStreaming(const QTcpSocket *socket)
{
    const auto *writer =
        socket->findChild<ChunkedBodyWriter *>(QString(), Qt::FindDirectChildrenOnly);
    return writer && !writer->m_done;
}

ChunkedBodyWriter::ChunkedBodyWriter(QTcpSocket *socket, BodyProducer producer, QString requestId)
    : QObject(socket)
    , m_socket(socket)
    , m_producer(std::move(producer))
    , m_requestId(std::move(requestId))
{
    m_timer.start();
    connect(socket, &QTcpSocket::bytesWritten, this, &ChunkedBodyWriter::pump);
    connect(socket, &QTcpSocket::disconnected, this,
            [this] { finish(false, u"the client went away"_s); });
}

void ChunkedBodyWriter::pump()
{
    // Produce while the socket has little left to send; bytesWritten calls back for more.
    while (!m_done && m_socket->bytesToWrite() < kLowWatermark) {
        Result<QByteArray> piece = m_producer();
        if (!piece) {
            // Headers are gone already: cutting the connection without the last chunk is the
            // only way left to tell the client the body is incomplete.
            finish(false, piece.error().message);
            m_socket->abort();
            return;
        }
        if (piece->isEmpty()) {
            m_socket->write("0\r\n\r\n");
            finish(true);
            return;
        }
        m_socket->write(QByteArray::number(piece->size(), 16) + "\r\n");
        m_socket->write(*piece);
        m_socket->write("\r\n");
        m_bytes += piece->size();
        ++m_pieces;
    }
}

void ChunkedBodyWriter::finish(bool complete, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    disconnect(m_socket, nullptr, this, nullptr);
    if (!complete)
        qCWarning(lcStream) << "streamed body of" << m_requestId << "cut:" << error;
    jsonlog::access({{"request_id"_L1, m_requestId},
                     {"stream"_L1, complete ? u"complete"_s : u"cut"_s},
                     {"stream_bytes"_L1, m_bytes},
                     {"stream_pieces"_L1, m_pieces},
                     {"duration_us"_L1, m_timer.nsecsElapsed() / 1000}});
    // Release the producer (and the pages it holds) now; the socket may live on (keep-alive).
    m_producer = nullptr;
    deleteLater();
}

} // namespace paydesk::server
