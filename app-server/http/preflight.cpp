#include "preflight.h"

#include "ids.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {
constexpr qint64 kMaxDiscardBytes = 64LL * 1024 * 1024; // then the connection is simply cut
constexpr int kLingerMs = 5000;

QByteArray headerValue(const QByteArray &head, const QByteArray &lowerName, int *count)
{
    QByteArray value;
    *count = 0;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        if (lines[i].first(colon).trimmed().toLower() == lowerName) {
            value = lines[i].sliced(colon + 1).trimmed();
            ++*count;
        }
    }
    return value;
}
} // namespace

RequestPreflight::RequestPreflight(QTcpSocket *socket, PreflightLimits limits,
                                   RejectCallback onReject)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_onReject(std::move(onReject))
{
    connect(socket, &QTcpSocket::readyRead, this, &RequestPreflight::inspect);
}

void RequestPreflight::inspect()
{
    if (m_refused) {
        discardAfterRefusal();
        return;
    }
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    qsizetype pos = 0;
    while (pos < fresh.size()) {
        if (m_bodyRemaining > 0) {
            const qint64 step = qMin<qint64>(m_bodyRemaining, fresh.size() - pos);
            m_bodyRemaining -= step;
            pos += step;
            continue;
        }
        const qsizetype before = m_head.size();
        m_head.append(fresh.constData() + pos, fresh.size() - pos);
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > m_limits.maxHeaderBytes)
                refuse(431, "headers_too_large", u"The request headers are too large."_s);
            return;
        }
        if (end > m_limits.maxHeaderBytes) {
            refuse(431, "headers_too_large", u"The request headers are too large."_s);
            return;
        }
        if (!checkHead(end))
            return;
        pos += end + 4 - before;
        m_head.clear();
    }
}

bool RequestPreflight::checkHead(qsizetype headEnd)
{
    const QByteArray head = m_head.first(headEnd);
    int count = 0;
    const QByteArray upgrade = headerValue(head, "upgrade", &count);
    if (upgrade.toLower() == "websocket") {
        // From here on the bytes are WebSocket frames: not ours to read.
        disconnect(m_socket, nullptr, this, nullptr);
        return false;
    }
    const QByteArray encoding = headerValue(head, "transfer-encoding", &count);
    if (count > 0 && !encoding.isEmpty()) {
        refuse(411, "length_required",
               u"Send the body with a Content-Length; chunked request bodies are not accepted."_s);
        return false;
    }
    const QByteArray length = headerValue(head, "content-length", &count);
    if (count > 1) {
        refuse(400, "validation_error", u"The request has more than one Content-Length."_s);
        return false;
    }
    if (count == 0) {
        m_bodyRemaining = 0;
        return true;
    }
    bool ok = false;
    const qint64 n = length.toLongLong(&ok);
    if (!ok || n < 0) {
        refuse(400, "validation_error", u"The Content-Length header is not a number."_s);
        return false;
    }
    if (n > m_limits.maxBodyBytes) {
        refuse(413, "body_too_large",
               u"The request body is larger than %1 bytes."_s.arg(m_limits.maxBodyBytes));
        return false;
    }
    m_bodyRemaining = n;
    return true;
}

void RequestPreflight::refuse(int status, const char *code, const QString &message)
{
    m_refused = true;
    const QString requestId = ids::make(u"req");
    const QByteArray body = QJsonDocument(QJsonObject{
        {"error"_L1, QJsonObject{{"code"_L1, QLatin1StringView(code)},
                                 {"message"_L1, message},
                                 {"request_id"_L1, requestId}}}})
                                .toJson(QJsonDocument::Compact);
    static const QHash<int, QByteArray> kReasons = {{400, "Bad Request"},
                                                    {411, "Length Required"},
                                                    {413, "Payload Too Large"},
                                                    {431, "Request Header Fields Too Large"}};
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + kReasons.value(status) +
                          "\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nRequest-Id: " +
                          requestId.toLatin1() + "\r\nConnection: close\r\n\r\n" + body;
    // Take every byte away from QtHttpServer, answer, and close our side for writing only: the
    // client may still be sending its body, and closing outright would reset the connection
    // before it reads the answer. What it still sends is read and dropped, within limits.
    m_socket->readAll();
    m_socket->write(response);
    m_socket->flush();
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    QTimer::singleShot(kLingerMs, m_socket, [s = m_socket] { s->abort(); });
    if (m_onReject)
        m_onReject(status, code);
}

void RequestPreflight::discardAfterRefusal()
{
    m_discarded += m_socket->readAll().size();
    if (m_discarded > kMaxDiscardBytes)
        m_socket->abort();
}

} // namespace paydesk::server
