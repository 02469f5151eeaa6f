#include "chatload.h"

#include "loadrunner.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace paydesk::bench {

double ChatLoadFigures::kibPerConnection() const
{
    if (rssBeforeKiB < 0 || rssConnectedKiB < 0 || connected == 0)
        return 0;
    return double(rssConnectedKiB - rssBeforeKiB) / connected;
}

qint64 residentKiB(qint64 pid)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

QList<ChatPerson> signUpPeople(const QUrl &base, int count, const QString &run)
{
    // A few sign-ups in flight at once: the server hashes each password.
    QNetworkAccessManager net;
    QList<ChatPerson> people(count);
    int next = 0;
    int done = 0;
    bool failed = false;
    QEventLoop loop;
    std::function<void()> fire = [&] {
        if (next >= count || failed)
            return;
        const int i = next++;
        QNetworkRequest request(base.resolved(QUrl(u"/api/v1/auth/signup"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const QJsonObject body{{"email"_L1, u"chat-%1-%2@example.com"_s.arg(run).arg(i)},
                               {"password"_L1, u"chat load password %1"_s.arg(i)},
                               {"display_name"_L1, u"Chat %1"_s.arg(i)},
                               {"account_type"_L1, u"personal"_s}};
        QNetworkReply *reply =
            net.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, i] {
            reply->deleteLater();
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201) {
                std::fprintf(stderr, "chat sign-up %d failed: %s\n", i,
                             QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
                failed = true;
            }
            people[i] = {json.value("user"_L1).toObject().value("id"_L1).toString(),
                         json.value("access_token"_L1).toString()};
            if (++done == count || (failed && done == next))
                loop.quit();
            fire();
        });
    };
    for (int k = 0; k < 8; ++k)
        fire();
    if (count > 0)
        loop.exec();
    return failed ? QList<ChatPerson>{} : people;
}

namespace {

// Runs the event loop until `done` (checked every 5 ms, after `tick`) or `timeoutMs`.
void runUntil(const std::function<bool()> &done, qint64 timeoutMs,
              const std::function<void()> &tick = {})
{
    QEventLoop loop;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    QElapsedTimer wait;
    wait.start();
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        if (tick)
            tick();
        if (done() || wait.elapsed() >= timeoutMs)
            loop.quit();
    });
    if (tick)
        tick();
    if (done())
        return;
    timer.start(5);
    loop.exec();
}

class ChatLoad
{
public:
    ChatLoad(const QUrl &base, const QList<ChatPerson> &people, const ChatLoadSettings &s)
        : m_base(base)
        , m_people(people)
        , m_settings(s)
    {
        m_figures.clients = s.clients;
        m_run = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    }

    ChatLoadFigures run()
    {
        m_clock.start();
        m_figures.rssBeforeKiB = residentKiB(m_settings.serverPid);
        connectAll();
        m_figures.rssConnectedKiB = residentKiB(m_settings.serverPid);
        sendAll();
        drain();
        m_figures.rssEndKiB = residentKiB(m_settings.serverPid);
        std::sort(m_latencies.begin(), m_latencies.end());
        m_figures.received = qsizetype(m_latencies.size());
        m_figures.p50Ms = percentile(m_latencies, 50);
        m_figures.p95Ms = percentile(m_latencies, 95);
        m_figures.p99Ms = percentile(m_latencies, 99);
        m_figures.maxMs = m_latencies.isEmpty() ? 0 : m_latencies.last();
        for (auto &c : m_connections)
            c->socket.abort();
        return m_figures;
    }

private:
    struct Connection
    {
        QWebSocket socket;
        int person = 0;
        bool authenticated = false;
    };

    // Connections open with at most 128 handshakes in flight, so a listen backlog never drops
    // a SYN (which would cost a second-long TCP retry and look like server latency).
    void connectAll()
    {
        QElapsedTimer wait;
        wait.start();
        const int clients = m_settings.clients;
        m_perPerson.assign(size_t(m_people.size()), 0);
        int opened = 0;
        runUntil([&] { return m_figures.connected >= clients; }, 120000,
                 [&] {
                     while (opened < clients && opened - m_figures.connected < 128)
                         open(opened++);
                 });
        m_figures.connectMs = wait.elapsed();
        std::fprintf(stderr, "ws.chat: %d of %d connections authenticated in %lld ms\n",
                     m_figures.connected, clients, m_figures.connectMs);
    }

    void open(int index)
    {
        auto c = std::make_unique<Connection>();
        c->person = index % int(m_people.size());
        ++m_perPerson[size_t(c->person)];
        Connection *raw = c.get();
        QObject::connect(&raw->socket, &QWebSocket::textMessageReceived, &raw->socket,
                         [this, raw](const QString &text) { onFrame(*raw, text); });
        QUrl url = m_base;
        url.setScheme(m_base.scheme() == "https"_L1 ? u"wss"_s : u"ws"_s);
        url.setPath(u"/api/v1/ws"_s);
        url.setQuery(u"access_token=%1&after=0"_s.arg(m_people.at(c->person).token));
        raw->socket.open(url);
        m_connections.push_back(std::move(c));
    }

    void onFrame(Connection &c, const QString &text)
    {
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = frame.value("type"_L1).toString();
        if (type == "message.new"_L1) {
            const QJsonObject m = frame.value("message"_L1).toObject();
            if (m.value("to"_L1).toString() != m_people.at(c.person).id)
                return; // the sender's own other devices
            const qint64 sentNs = m.value("text"_L1).toString().section(u':', 1, 1).toLongLong();
            if (sentNs >= m_measureFromNs && sentNs < m_measureToNs)
                m_latencies.append(double(m_clock.nsecsElapsed() - sentNs) / 1e6);
        } else if (type == "message.ack"_L1) {
            const qint64 sentNs = frame.value("message"_L1)
                                      .toObject()
                                      .value("text"_L1)
                                      .toString()
                                      .section(u':', 1, 1)
                                      .toLongLong();
            if (sentNs >= m_measureFromNs && sentNs < m_measureToNs)
                ++m_figures.acked;
        } else if (type == "authenticated"_L1 && !c.authenticated) {
            c.authenticated = true;
            ++m_figures.connected;
        } else if (type == "error"_L1) {
            ++m_figures.errors;
        }
    }

    // Every 5 ms, the messages due by now; message n goes from connection n to the next
    // person after that connection's.
    void sendAll()
    {
        const qint64 start = m_clock.nsecsElapsed();
        m_measureFromNs = start + qint64(m_settings.warmupSeconds * 1e9);
        m_measureToNs = m_measureFromNs + qint64(m_settings.durationSeconds * 1e9);
        const qint64 total =
            qint64(m_settings.rate * (m_settings.warmupSeconds + m_settings.durationSeconds));
        qint64 next = 0;
        const qint64 limitMs =
            qint64((m_settings.warmupSeconds + m_settings.durationSeconds) * 1000) + 1000;
        runUntil([&] { return next >= total; }, limitMs,
                 [&] {
                     const qint64 due = std::min(total, (m_clock.nsecsElapsed() - start) *
                                                            m_settings.rate / 1'000'000'000);
                     for (; next < due; ++next)
                         send(next);
                 });
        m_figures.seconds =
            double(std::min(m_clock.nsecsElapsed(), m_measureToNs) - m_measureFromNs) / 1e9;
        m_figures.sentPerSecond =
            m_figures.seconds > 0 ? double(m_figures.sent) / m_figures.seconds : 0;
    }

    void send(qint64 n)
    {
        Connection &from = *m_connections[size_t(n % qint64(m_connections.size()))];
        if (!from.authenticated)
            return;
        const int to = (from.person + 1) % int(m_people.size());
        const qint64 now = m_clock.nsecsElapsed();
        const QJsonObject frame{{"type"_L1, u"message.send"_s},
                                {"to"_L1, m_people.at(to).id},
                                {"text"_L1, u"t:%1"_s.arg(now)},
                                {"client_id"_L1, u"%1-%2"_s.arg(m_run).arg(n)}};
        from.socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
        if (now >= m_measureFromNs && now < m_measureToNs) {
            ++m_figures.sent;
            m_figures.expected += m_perPerson[size_t(to)];
        }
    }

    // Waits until every expected delivery arrived, at most 10 s.
    void drain()
    {
        runUntil([&] { return qint64(m_latencies.size()) >= m_figures.expected; }, 10000);
    }

    QUrl m_base;
    QList<ChatPerson> m_people;
    ChatLoadSettings m_settings;
    ChatLoadFigures m_figures;
    QString m_run;
    QElapsedTimer m_clock;
    std::vector<std::unique_ptr<Connection>> m_connections;
    std::vector<int> m_perPerson; // connections of each person
    QList<double> m_latencies;
    qint64 m_measureFromNs = 0;
    qint64 m_measureToNs = 0;
};

} // namespace

ChatLoadFigures runChatLoad(const QUrl &base, const QList<ChatPerson> &people,
                            const ChatLoadSettings &settings)
{
    if (people.size() < 2 || settings.clients < 1)
        return {};
    return ChatLoad(base, people, settings).run();
}

} // namespace paydesk::bench
