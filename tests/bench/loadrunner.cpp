#include "loadrunner.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace paydesk::bench {

qint64 Figures::successes() const
{
    qint64 n = 0;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        if (it.key().startsWith(u'2'))
            n += it.value();
    return n;
}

double percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

namespace {

QString outcomeOf(const QString &networkError, int status, const QByteArray &body)
{
    if (status == 0)
        return u"network: "_qs + networkError;
    if (status < 400)
        return QString::number(status);
    const QString code = QJsonDocument::fromJson(body)
                             .object()
                             .value(QLatin1StringView("error"))
                             .toObject()
                             .value(QLatin1StringView("code"))
                             .toString();
    return QString::number(status) + u' ' + code;
}

QByteArray serialize(const Call &call)
{
    const QUrl url = call.request.url();
    QByteArray out = call.method + ' ' + url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        out += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    out += " HTTP/1.1\r\nHost: " + url.host().toLatin1() + ':' + QByteArray::number(url.port());
    const QByteArray type = call.request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (!type.isEmpty())
        out += "\r\nContent-Type: " + type;
    for (const QByteArray &name : call.request.rawHeaderList())
        out += "\r\n" + name + ": " + call.request.rawHeader(name);
    if (!call.body.isEmpty() || call.method != "GET")
        out += "\r\nContent-Length: " + QByteArray::number(call.body.size());
    return out + "\r\n\r\n" + call.body;
}

// One keep-alive HTTP/1.1 connection with one request in flight: a few hundred lines of
// QNetworkAccessManager machinery per request would otherwise cost more CPU than the server's
// work on the 2 cores everything shares (pgbench's libpq client is as lean).
class HttpConnection
{
public:
    using Done = std::function<void(int status, const QByteArray &body, const QString &error)>;

    explicit HttpConnection(Done done)
        : m_done(std::move(done))
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { onReadable(); });
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket, [this] {
            m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_socket.write(m_pending);
        });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &m_socket,
                         [this](QAbstractSocket::SocketError) { fail(m_socket.errorString()); });
    }

    void send(const QUrl &url, const QByteArray &request)
    {
        m_buffer.clear();
        m_waiting = true;
        if (m_socket.state() == QAbstractSocket::ConnectedState) {
            m_socket.write(request);
            return;
        }
        m_pending = request;
        m_socket.abort();
        m_socket.connectToHost(url.host(), quint16(url.port()));
    }

private:
    void fail(const QString &error)
    {
        if (!m_waiting)
            return;
        m_waiting = false;
        m_socket.abort();
        m_done(0, {}, error);
    }

    void onReadable()
    {
        m_buffer += m_socket.readAll();
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (!m_waiting || headEnd < 0)
            return;
        const QByteArray head = m_buffer.left(headEnd).toLower();
        const int status = m_buffer.mid(9, 3).toInt();
        const qsizetype at = head.indexOf("\r\ncontent-length:");
        if (at < 0 && status != 204 && status != 304) {
            fail(u"answer without Content-Length"_qs);
            return;
        }
        const qsizetype valueAt = at + 17;
        const qint64 length =
            at < 0
                ? 0
                : head.mid(valueAt, head.indexOf('\r', valueAt) - valueAt).trimmed().toLongLong();
        if (m_buffer.size() < headEnd + 4 + length)
            return;
        const QByteArray body = m_buffer.mid(headEnd + 4, length);
        const bool close = head.contains("\r\nconnection: close");
        m_buffer.clear();
        m_waiting = false;
        if (close)
            m_socket.abort();
        m_done(status, body, {});
    }

    Done m_done;
    QTcpSocket m_socket;
    QByteArray m_pending;
    QByteArray m_buffer;
    bool m_waiting = false;
};

} // namespace

Figures run(const QString &scenario, const RunSettings &s,
            const std::function<Call(int client, qint64 n)> &next, const Answered &answered)
{
    Figures f;
    f.scenario = scenario;
    f.connections = s.connections;
    QList<double> latencies;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    const qint64 measureFrom = qint64(s.warmupSeconds * 1000);
    const qint64 stopAt = measureFrom + qint64(s.durationSeconds * 1000);
    qint64 firstMeasured = -1;
    qint64 lastMeasured = -1;
    int running = s.connections;
    std::vector<std::unique_ptr<HttpConnection>> clients;
    std::vector<qint64> counters(size_t(s.connections), 0);
    std::vector<qint64> sentAt(size_t(s.connections), 0);
    std::function<void(int)> fire = [&](int c) {
        if (clock.elapsed() >= stopAt) {
            if (--running == 0)
                loop.quit();
            return;
        }
        const Call call = next(c, counters[size_t(c)]++);
        sentAt[size_t(c)] = clock.nsecsElapsed();
        clients[size_t(c)]->send(call.request.url(), serialize(call));
    };
    auto finished = [&](int c, int status, const QByteArray &body, const QString &error) {
        const qint64 doneAt = clock.nsecsElapsed();
        const qint64 started = sentAt[size_t(c)];
        if (answered)
            answered(status, body);
        if (started / 1000000 >= measureFrom && doneAt / 1000000 <= stopAt) {
            if (firstMeasured < 0)
                firstMeasured = started;
            lastMeasured = doneAt;
            latencies.append(double(doneAt - started) / 1e6);
            ++f.outcomes[outcomeOf(error, status, body)];
        }
        // The next request from the event loop, not from inside this socket's signal.
        QTimer::singleShot(0, &loop, [&fire, c] { fire(c); });
    };
    for (int c = 0; c < s.connections; ++c)
        clients.push_back(std::make_unique<HttpConnection>(
            [&finished, c](int status, const QByteArray &body, const QString &error) {
                finished(c, status, body, error);
            }));
    for (int c = 0; c < s.connections; ++c)
        fire(c);
    QTimer::singleShot(stopAt + 60000, &loop, &QEventLoop::quit); // bounded, whatever happens
    loop.exec();
    std::sort(latencies.begin(), latencies.end());
    f.requests = latencies.size();
    f.seconds = firstMeasured < 0 ? 0 : double(lastMeasured - firstMeasured) / 1e9;
    f.perSecond = f.seconds > 0 ? double(f.requests) / f.seconds : 0;
    f.p50Ms = percentile(latencies, 50);
    f.p95Ms = percentile(latencies, 95);
    f.p99Ms = percentile(latencies, 99);
    f.maxMs = latencies.isEmpty() ? 0 : latencies.last();
    return f;
}

} // namespace paydesk::bench
