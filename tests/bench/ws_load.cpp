// ws_load: a load program for the realtime chat (not a test). Signs up --users people on a
// running paydeskd, opens --clients WebSocket connections spread over them, sends --rate chat
// messages per second for --seconds, and prints the send → message.new latency percentiles
// and, with --server-pid, the server's resident memory before and after the connections.
// The server needs a generous --auth-rate for the sign-ups, and both sides enough open files
// (ulimit -n) for the connections.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Person
{
    QString id;
    QString token;
};

struct Totals
{
    qint64 sent = 0;
    qint64 acked = 0;
    qint64 errors = 0;
    std::vector<double> latenciesMs; // one per delivery to a connection of the recipient
};

qint64 rssKiB(qint64 pid)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

std::optional<Person> signUp(QNetworkAccessManager &net, const QUrl &base, const QString &email)
{
    QNetworkRequest request(base.resolved(QUrl(u"/api/v1/auth/signup"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const QJsonObject body{{"email"_L1, email},
                           {"password"_L1, u"load test password 1"_s},
                           {"display_name"_L1, email.section(u'@', 0, 0)},
                           {"account_type"_L1, u"personal"_s}};
    std::unique_ptr<QNetworkReply> reply(
        net.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201) {
        std::fprintf(stderr, "sign-up of %s failed: %s\n", qPrintable(email),
                     QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
        return std::nullopt;
    }
    return Person{json.value("user"_L1).toObject().value("id"_L1).toString(),
                  json.value("access_token"_L1).toString()};
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto at = size_t(p / 100.0 * double(sorted.size() - 1) + 0.5);
    return sorted[std::min(at, sorted.size() - 1)];
}

// Opens one connection of `person`; counts acks and the latency of every message.new to it.
QWebSocket *openClient(const QUrl &base, const Person &person, const QElapsedTimer &clock,
                       Totals &totals, int &authenticated)
{
    auto *socket = new QWebSocket;
    QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                     [&, socket, id = person.id](const QString &text) {
                         const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
                         const QString type = frame.value("type"_L1).toString();
                         if (type == "authenticated"_L1) {
                             ++authenticated;
                         } else if (type == "message.ack"_L1) {
                             ++totals.acked;
                         } else if (type == "error"_L1) {
                             ++totals.errors;
                         } else if (type == "message.new"_L1) {
                             const QJsonObject m = frame.value("message"_L1).toObject();
                             if (m.value("to"_L1).toString() == id) {
                                 const qint64 sentNs =
                                     m.value("text"_L1).toString().section(u':', 1).toLongLong();
                                 totals.latenciesMs.push_back(
                                     double(clock.nsecsElapsed() - sentNs) / 1e6);
                             }
                         }
                         Q_UNUSED(socket);
                     });
    QUrl url = base;
    url.setScheme(base.scheme() == "https"_L1 ? u"wss"_s : u"ws"_s);
    url.setPath(u"/api/v1/ws"_s);
    url.setQuery(u"access_token=%1&after=0"_s.arg(person.token));
    socket->open(url);
    return socket;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Chat load: latency percentiles over N WebSocket clients."_s);
    parser.addHelpOption();
    parser.addOptions({{u"url"_s, u"paydeskd base URL."_s, u"url"_s, u"http://127.0.0.1:8080"_s},
                       {u"clients"_s, u"WebSocket connections."_s, u"n"_s, u"100"_s},
                       {u"users"_s, u"People the connections belong to."_s, u"n"_s, u"20"_s},
                       {u"rate"_s, u"Messages sent per second (all clients)."_s, u"n"_s, u"200"_s},
                       {u"seconds"_s, u"How long to send."_s, u"n"_s, u"10"_s},
                       {u"server-pid"_s, u"paydeskd's pid, to report its memory."_s, u"pid"_s}});
    parser.process(app);
    const QUrl base(parser.value(u"url"_s));
    const int clients = qMax(1, parser.value(u"clients"_s).toInt());
    const int users = qBound(2, parser.value(u"users"_s).toInt(), clients * 2);
    const int rate = qMax(1, parser.value(u"rate"_s).toInt());
    const int seconds = qMax(1, parser.value(u"seconds"_s).toInt());
    const qint64 pid = parser.value(u"server-pid"_s).toLongLong();

    QNetworkAccessManager net;
    std::vector<Person> people;
    const QString run = QString::number(QRandomGenerator::global()->generate(), 36);
    for (int i = 0; i < users; ++i) {
        auto p = signUp(net, base, u"load-%1-%2@example.com"_s.arg(run).arg(i));
        if (!p)
            return 1;
        people.push_back(*p);
    }
    const qint64 rssBefore = rssKiB(pid);
    QElapsedTimer clock;
    clock.start();
    Totals totals;
    int authenticated = 0;
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    for (int i = 0; i < clients; ++i)
        sockets.emplace_back(
            openClient(base, people[size_t(i % users)], clock, totals, authenticated));
    QElapsedTimer wait;
    wait.start();
    while (authenticated < clients && wait.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const qint64 rssConnected = rssKiB(pid);
    std::printf("connected %d of %d clients (%d people) in %lld ms\n", authenticated, clients,
                users, wait.elapsed());

    // Every 10 ms, send the messages due by now; client c writes to the next person.
    qint64 next = 0;
    const qint64 total = qint64(rate) * seconds;
    QElapsedTimer sending;
    sending.start();
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 due = std::min(total, sending.elapsed() * rate / 1000);
        for (; next < due; ++next) {
            const int c = int(next % clients);
            const QString to = people[size_t((c % users + 1) % users)].id;
            const QJsonObject frame{{"type"_L1, u"message.send"_s},
                                    {"to"_L1, to},
                                    {"text"_L1, u"t:%1"_s.arg(clock.nsecsElapsed())},
                                    {"client_id"_L1, u"%1-%2"_s.arg(run).arg(next)}};
            sockets[size_t(c)]->sendTextMessage(
                QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
            ++totals.sent;
        }
        if (next >= total)
            tick.stop();
    });
    tick.start(10);
    while (tick.isActive() ||
           (totals.acked < totals.sent && sending.elapsed() < seconds * 1000 + 10000))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QElapsedTimer drain;
    drain.start();
    while (drain.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    std::sort(totals.latenciesMs.begin(), totals.latenciesMs.end());
    std::printf("sent %lld, acked %lld, errors %lld, deliveries %zu in %lld ms\n", totals.sent,
                totals.acked, totals.errors, totals.latenciesMs.size(), sending.elapsed());
    std::printf("latency send -> message.new (ms): p50 %.2f  p95 %.2f  p99 %.2f  max %.2f\n",
                percentile(totals.latenciesMs, 50), percentile(totals.latenciesMs, 95),
                percentile(totals.latenciesMs, 99),
                totals.latenciesMs.empty() ? 0.0 : totals.latenciesMs.back());
    if (rssBefore > 0)
        std::printf("server RSS: %lld KiB before, %lld KiB with %d connections (%.1f KiB per "
                    "connection), %lld KiB at the end\n",
                    rssBefore, rssConnected, clients, double(rssConnected - rssBefore) / clients,
                    rssKiB(pid));
    return 0;
}
