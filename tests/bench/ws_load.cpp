// ws_load: chat load against a paydeskd that is already running (not a test). Signs up --users
// people, opens --clients WebSocket connections spread over them, sends --rate messages per
// second for --seconds after --warmup, and prints the send → message.new latency percentiles
// and, with --server-pid, the server's resident memory per connection. paydesk-bench's
// `ws.chat` scenario runs the same load against a fresh server of its own.
// The server needs a generous --auth-rate for the sign-ups, and both sides enough open files
// (ulimit -n) for the connections.
#include "chatload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace paydesk::bench;

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
                       {u"seconds"_s, u"Measured seconds of sending."_s, u"n"_s, u"10"_s},
                       {u"warmup"_s, u"Seconds of sending not measured."_s, u"n"_s, u"1"_s},
                       {u"server-pid"_s, u"paydeskd's pid, to report its memory."_s, u"pid"_s}});
    parser.process(app);
    ChatLoadSettings settings;
    settings.clients = qMax(1, parser.value(u"clients"_s).toInt());
    settings.rate = qMax(1, parser.value(u"rate"_s).toInt());
    settings.durationSeconds = qMax(1.0, parser.value(u"seconds"_s).toDouble());
    settings.warmupSeconds = qMax(0.0, parser.value(u"warmup"_s).toDouble());
    settings.serverPid = parser.value(u"server-pid"_s).toLongLong();
    const int users = qBound(2, parser.value(u"users"_s).toInt(), settings.clients * 2);

    const QString run = QString::number(QRandomGenerator::global()->generate(), 36);
    const QList<ChatPerson> people = signUpPeople(QUrl(parser.value(u"url"_s)), users, run);
    if (people.isEmpty())
        return 1;
    const ChatLoadFigures f = runChatLoad(QUrl(parser.value(u"url"_s)), people, settings);
    std::printf("connected %d of %d clients (%d people) in %lld ms\n", f.connected, f.clients,
                users, f.connectMs);
    std::printf("sent %lld (%.0f/s), acked %lld, deliveries %lld of %lld, error frames %lld\n",
                f.sent, f.sentPerSecond, f.acked, f.received, f.expected, f.errors);
    std::printf("latency send -> message.new (ms): p50 %.2f  p95 %.2f  p99 %.2f  max %.2f\n",
                f.p50Ms, f.p95Ms, f.p99Ms, f.maxMs);
    if (f.rssBeforeKiB > 0)
        std::printf("server RSS: %lld KiB before, %lld KiB with %d connections (%.1f KiB per "
                    "connection), %lld KiB at the end\n",
                    f.rssBeforeKiB, f.rssConnectedKiB, f.connected, f.kibPerConnection(),
                    f.rssEndKiB);
    return f.received == f.expected && f.connected == f.clients ? 0 : 1;
}
