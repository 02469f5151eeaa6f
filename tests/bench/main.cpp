// paydesk-bench: starts a fresh paydeskd on a fresh throwaway PostgreSQL, seeds it, runs the
// scenarios one after another with the given concurrency, warm-up and duration, checks after
// the money scenarios that the ledger balances to the unit, and prints one table (and a JSON
// file). Not a test: figures depend on the machine; see docs/PERFORMANCE.md.
#include "chatload.h"
#include "pgbaseline.h"
#include "scenarios.h"

#include "ledgeraudit.h"
#include "testserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <optional>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace paydesk::bench;
using paydesk::test::PgBaseline;
using paydesk::test::PgbenchFigures;

namespace {

QString outcomesText(const Figures &f)
{
    QStringList parts;
    for (auto it = f.outcomes.cbegin(); it != f.outcomes.cend(); ++it)
        parts.append(u"%1×%2"_s.arg(it.key()).arg(it.value()));
    parts.sort();
    return parts.join(u", "_s);
}

void printTable(const QList<Figures> &all)
{
    QTextStream out(stdout);
    out << u"\n%1 %2 %3 %4 %5 %6 %7 %8  %9\n"_s.arg(u"scenario"_s, -16)
               .arg(u"conns"_s, 5)
               .arg(u"requests"_s, 9)
               .arg(u"req/s"_s, 9)
               .arg(u"p50 ms"_s, 8)
               .arg(u"p95 ms"_s, 8)
               .arg(u"p99 ms"_s, 8)
               .arg(u"max ms"_s, 8)
               .arg(u"answers"_s);
    for (const Figures &f : all)
        out << u"%1 %2 %3 %4 %5 %6 %7 %8  %9%10\n"_s.arg(f.scenario, -16)
                   .arg(f.connections, 5)
                   .arg(f.requests, 9)
                   .arg(f.perSecond, 9, 'f', 0)
                   .arg(f.p50Ms, 8, 'f', 2)
                   .arg(f.p95Ms, 8, 'f', 2)
                   .arg(f.p99Ms, 8, 'f', 2)
                   .arg(f.maxMs, 8, 'f', 1)
                   .arg(outcomesText(f), f.note.isEmpty() ? QString() : u" ("_s + f.note + u')');
    out.flush();
}

QJsonObject toJson(const Figures &f)
{
    QJsonObject outcomes;
    for (auto it = f.outcomes.cbegin(); it != f.outcomes.cend(); ++it)
        outcomes.insert(it.key(), it.value());
    return {{"scenario"_L1, f.scenario},
            {"connections"_L1, f.connections},
            {"requests"_L1, f.requests},
            {"seconds"_L1, f.seconds},
            {"per_second"_L1, f.perSecond},
            {"p50_ms"_L1, f.p50Ms},
            {"p95_ms"_L1, f.p95Ms},
            {"p99_ms"_L1, f.p99Ms},
            {"max_ms"_L1, f.maxMs},
            {"outcomes"_L1, outcomes},
            {"note"_L1, f.note}};
}

// The group committer's counters from paydeskd's /metrics (all zero without group commit).
struct CommitterSample
{
    double batches = 0, units = 0, busySeconds = 0;
    qint64 atMs = 0;
};

CommitterSample sampleCommitter(const paydesk::test::TestServer &server)
{
    CommitterSample s;
    s.atMs = QDateTime::currentMSecsSinceEpoch();
    const QByteArray text = server.get(u"/metrics"_s).body;
    for (const QByteArray &line : text.split('\n')) {
        const auto value = [&line](const char *name) {
            const qsizetype n = qsizetype(qstrlen(name));
            return line.startsWith(name) && line.size() > n && line.at(n) == ' '
                       ? line.mid(n + 1).toDouble()
                       : -1.0;
        };
        if (const double v = value("paydesk_group_commit_batches_total"); v >= 0)
            s.batches = v;
        else if (const double v = value("paydesk_group_commit_units_total"); v >= 0)
            s.units = v;
        else if (const double v = value("paydesk_group_commit_busy_seconds_total"); v >= 0)
            s.busySeconds = v;
    }
    return s;
}

// "group commit: 11.2 units per batch, committer busy 93 %" over a scenario (warm-up included).
QString committerNote(const CommitterSample &before, const CommitterSample &after)
{
    const double batches = after.batches - before.batches;
    const double wallSeconds = double(after.atMs - before.atMs) / 1000.0;
    if (batches <= 0 || wallSeconds <= 0)
        return {};
    return u"group commit: %1 units per batch, committer busy %2 %"_s
        .arg((after.units - before.units) / batches, 0, 'f', 1)
        .arg(100.0 * (after.busySeconds - before.busySeconds) / wallSeconds, 0, 'f', 0);
}

std::optional<Figures> runScenario(Scenarios &run, const QString &name,
                                   const QCommandLineParser &parser)
{
    if (name == "http.health"_L1)
        return run.health();
    if (name == "payments.create"_L1)
        return run.paymentsCreate();
    if (name == "wallet.transfer"_L1)
        return run.walletTransfer();
    if (name == "payments.pay"_L1)
        return run.paymentsPay();
    if (name == "webhooks.deliver"_L1)
        return run.webhooksDeliver(parser.value(u"webhook-fail-share"_s).toDouble());
    if (name == "webhooks.backlog"_L1)
        return run.webhooksBacklog(parser.value(u"webhook-fail-share"_s).toDouble(),
                                   qMax(1, parser.value(u"webhook-backlog"_s).toInt()));
    if (name == "pin.verify"_L1)
        return run.pinVerify();
    std::fprintf(stderr, "unknown scenario %s (skipped)\n", qPrintable(name));
    return std::nullopt;
}

// paydeskd's scenario against pgbench running the same SQL at the same concurrency (capped
// below the embedded cluster's max_connections of 100, which paydeskd never comes near).
struct Comparison
{
    Figures paydesk;
    PgbenchFigures pgbench;
};

QList<Comparison> compare(PgBaseline &pg, const QHash<QString, Figures> &mine,
                          const QString &scenario, const RunSettings &settings)
{
    if (!mine.contains(scenario))
        return {};
    const int clients = qMin(settings.connections, 90);
    std::fprintf(stderr, "running pgbench %s at %d clients...\n", qPrintable(scenario), clients);
    const double seconds = settings.durationSeconds;
    return {Comparison{mine.value(scenario), scenario == "wallet.transfer"_L1
                                                 ? pg.transfer(clients, seconds)
                                                 : pg.paymentCreate(clients, seconds)}};
}

void printComparisons(const QList<Comparison> &all)
{
    if (all.isEmpty())
        return;
    QTextStream out(stdout);
    out << u"\nthe limit: pgbench, same SQL, one transaction per request, same PostgreSQL\n"_s;
    out << u"%1 %2 %3 %4 %5 %6  %7\n"_s.arg(u"scenario"_s, -16)
               .arg(u"conns"_s, 5)
               .arg(u"paydesk/s"_s, 10)
               .arg(u"pgbench/s"_s, 10)
               .arg(u"pgb conns"_s, 9)
               .arg(u"pgb avg ms"_s, 10)
               .arg(u"paydesk ÷ pgbench"_s);
    for (const Comparison &c : all) {
        const bool ran = c.pgbench.error.isEmpty() && c.pgbench.perSecond > 0;
        out << u"%1 %2 %3 %4 %5 %6  %7\n"_s.arg(c.paydesk.scenario, -16)
                   .arg(c.paydesk.connections, 5)
                   .arg(c.paydesk.successes() / qMax(0.001, c.paydesk.seconds), 10, 'f', 0)
                   .arg(c.pgbench.perSecond, 10, 'f', 0)
                   .arg(c.pgbench.clients, 9)
                   .arg(c.pgbench.latencyAverageMs, 10, 'f', 2)
                   .arg(ran ? QString::number(c.paydesk.successes() /
                                                  qMax(0.001, c.paydesk.seconds) /
                                                  c.pgbench.perSecond,
                                              'f', 2)
                            : u"pgbench failed: "_s + c.pgbench.error);
    }
    out.flush();
}

// ws.chat: its own people (fresh logs, no money history), `--ws-clients` connections, a fixed
// send rate; latency from send to the recipient's message.new, paydeskd's memory per connection.
Figures wsChat(paydesk::test::TestServer &server, const QCommandLineParser &parser,
               const RunSettings &settings)
{
    const int people = qMax(2, parser.value(u"ws-people"_s).toInt());
    std::fprintf(stderr, "ws.chat: signing up %d people...\n", people);
    const QList<ChatPerson> persons = signUpPeople(server.url(u"/"_s), people, u"bench"_s);
    Figures f;
    f.scenario = u"ws.chat"_s;
    if (persons.isEmpty()) {
        f.note = u"sign-up failed"_s;
        return f;
    }
    ChatLoadSettings s;
    s.clients = qMax(1, parser.value(u"ws-clients"_s).toInt());
    s.rate = qMax(1, parser.value(u"ws-rate"_s).toInt());
    s.warmupSeconds = settings.warmupSeconds;
    s.durationSeconds = settings.durationSeconds;
    s.serverPid = server.process().processId();
    std::fprintf(stderr, "running ws.chat: %d connections, %d messages/s...\n", s.clients, s.rate);
    const ChatLoadFigures c = runChatLoad(server.url(u"/"_s), persons, s);
    f.connections = c.connected;
    f.requests = c.received;
    f.seconds = c.seconds;
    f.perSecond = c.sentPerSecond;
    f.p50Ms = c.p50Ms;
    f.p95Ms = c.p95Ms;
    f.p99Ms = c.p99Ms;
    f.maxMs = c.maxMs;
    f.outcomes.insert(u"sent"_s, c.sent);
    f.outcomes.insert(u"acked"_s, c.acked);
    f.outcomes.insert(u"delivered"_s, c.received);
    if (c.expected > c.received)
        f.outcomes.insert(u"not delivered in 10 s"_s, c.expected - c.received);
    if (c.errors > 0)
        f.outcomes.insert(u"error frames"_s, c.errors);
    f.note = u"asked %1 messages/s to %2 people; server RSS %3 KiB/connection"_s.arg(s.rate)
                 .arg(people)
                 .arg(c.kibPerConnection(), 0, 'f', 1);
    return f;
}

// Every connection is a file on both sides: take the hard limit (paydeskd inherits it).
void raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

// The HTTP ceiling without the benchmark's own Qt clients in the way: wrk (C, epoll) on /health
// at the same concurrency, when it is installed.
Figures wrkHealth(const paydesk::test::TestServer &server, const RunSettings &settings)
{
    Figures f;
    f.scenario = u"http.health wrk"_s;
    f.connections = settings.connections;
    const QString wrk = QStandardPaths::findExecutable(u"wrk"_s);
    if (wrk.isEmpty()) {
        f.note = u"wrk is not installed"_s;
        return f;
    }
    std::fprintf(stderr, "running wrk on /health at %d connections...\n", settings.connections);
    QProcess p;
    p.start(wrk, {u"-t2"_s, u"-c%1"_s.arg(settings.connections),
                  u"-d%1s"_s.arg(qMax(1, int(settings.durationSeconds))),
                  server.url(u"/health"_s).toString()});
    p.waitForFinished(int(settings.durationSeconds * 1000) + 30000);
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    const auto m = QRegularExpression(u"Requests/sec:\\s+([0-9.]+)"_s).match(out);
    f.perSecond = m.hasMatch() ? m.captured(1).toDouble() : 0;
    f.note = m.hasMatch() ? QString() : u"wrk failed"_s;
    return f;
}

void printCeilings(const QList<Figures> &all)
{
    if (all.isEmpty())
        return;
    QTextStream out(stdout);
    out << u"\nthe HTTP ceiling: wrk -t2 on /health (shares the cores like everything else)\n"_s;
    for (const Figures &f : all)
        out << u"%1 %2 %3 req/s %4\n"_s.arg(f.scenario, -16)
                   .arg(f.connections, 5)
                   .arg(f.perSecond, 10, 'f', 0)
                   .arg(f.note);
    out.flush();
}

QJsonArray comparisonsJson(const QList<Comparison> &all)
{
    QJsonArray out;
    for (const Comparison &c : all)
        out.append(QJsonObject{{"scenario"_L1, c.paydesk.scenario},
                               {"connections"_L1, c.paydesk.connections},
                               {"pgbench_clients"_L1, c.pgbench.clients},
                               {"pgbench_per_second"_L1, c.pgbench.perSecond},
                               {"pgbench_latency_avg_ms"_L1, c.pgbench.latencyAverageMs},
                               {"pgbench_failed"_L1, c.pgbench.failed},
                               {"pgbench_error"_L1, c.pgbench.error}});
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Paydesk benchmark: a fresh paydeskd, seeded, under load."_s);
    parser.addHelpOption();
    const QList<QCommandLineOption> options = {
        {u"scenarios"_s,
         u"Comma-separated: http.health, payments.create, wallet.transfer, "
         "payments.pay, pin.verify, webhooks.deliver, webhooks.backlog, ws.chat (default: "
         "all)."_s,
         u"list"_s},
        {u"connections"_s,
         u"Concurrent clients; a comma-separated list runs every scenario at each (default 16)."_s,
         u"n[,n...]"_s, u"16"_s},
        {u"group-commit-lanes"_s,
         u"paydeskd's --group-commit-lanes: committers side by side (default: paydeskd's own)."_s,
         u"n"_s},
        {u"group-commit"_s,
         u"paydeskd's --group-commit: postings per batch, 0 for one transaction each "
         "(default: paydeskd's own)."_s,
         u"n"_s},
        {u"no-baseline"_s, u"Skip the pgbench baseline of transfers and payment creation."_s},
        {u"duration"_s, u"Measured seconds per scenario (default 10)."_s, u"s"_s, u"10"_s},
        {u"warmup"_s, u"Warm-up seconds per scenario (default 2)."_s, u"s"_s, u"2"_s},
        {u"users"_s, u"Funded people (default 2000)."_s, u"n"_s, u"2000"_s},
        {u"apps"_s, u"Live apps with API keys (default 8)."_s, u"n"_s, u"8"_s},
        {u"threads"_s, u"paydeskd listener threads (default: its own default)."_s, u"n"_s},
        {u"argon2-memory-kib"_s,
         u"PIN/password cost on the server (default 64: cheap, so "
         "the money paths are measured; pin.verify shows the cost)."_s,
         u"KiB"_s, u"64"_s},
        {u"argon2-iterations"_s, u"Argon2id passes (default 1)."_s, u"n"_s, u"1"_s},
        {u"webhook-fail-share"_s, u"Share of first webhook attempts the receiver fails (0.1)."_s,
         u"0..1"_s, u"0.1"_s},
        {u"webhook-backlog"_s,
         u"webhooks.backlog: deliveries written at once for the dispatcher to drain (10000)."_s,
         u"n"_s, u"10000"_s},
        {u"ws-clients"_s, u"ws.chat: WebSocket connections (default 2000)."_s, u"n"_s, u"2000"_s},
        {u"ws-people"_s, u"ws.chat: people they belong to (default 1000)."_s, u"n"_s, u"1000"_s},
        {u"ws-rate"_s, u"ws.chat: messages per second, all together (default 200)."_s, u"n"_s,
         u"200"_s},
        {u"json"_s, u"Also write the figures here (default bench-results.json)."_s, u"path"_s,
         u"bench-results.json"_s},
    };
    parser.addOptions(options);
    parser.process(app);
    RunSettings settings;
    QList<int> levels;
    for (const QString &n : parser.value(u"connections"_s).split(u',', Qt::SkipEmptyParts))
        levels.append(qMax(1, n.toInt()));
    if (levels.isEmpty())
        levels = {16};
    settings.durationSeconds = qMax(1.0, parser.value(u"duration"_s).toDouble());
    settings.warmupSeconds = qMax(0.0, parser.value(u"warmup"_s).toDouble());
    QStringList scenarios = parser.value(u"scenarios"_s).split(u',', Qt::SkipEmptyParts);
    if (scenarios.isEmpty())
        scenarios = {u"http.health"_s,      u"payments.create"_s, u"wallet.transfer"_s,
                     u"payments.pay"_s,     u"pin.verify"_s,      u"webhooks.deliver"_s,
                     u"webhooks.backlog"_s, u"ws.chat"_s};
    // ws.chat runs once, with its own connection count, after the HTTP scenarios.
    const bool chat = scenarios.removeAll(u"ws.chat"_s) > 0;
    raiseOpenFileLimit();

    paydesk::test::TestServer server;
    QStringList args = {u"--log-level"_s,
                        u"warning"_s,
                        u"--auth-rate"_s,
                        u"1000000"_s,
                        u"--account-rate"_s,
                        u"1000000"_s,
                        u"--api-key-rate"_s,
                        u"10000000"_s,
                        u"--argon2-memory-kib"_s,
                        parser.value(u"argon2-memory-kib"_s),
                        u"--argon2-iterations"_s,
                        parser.value(u"argon2-iterations"_s),
                        u"--reconcile-interval"_s,
                        u"0"_s,
                        u"--allow-loopback-webhooks"_s,
                        u"1"_s};
    if (parser.isSet(u"threads"_s))
        args << u"--threads"_s << parser.value(u"threads"_s);
    if (parser.isSet(u"group-commit"_s))
        args << u"--group-commit"_s << parser.value(u"group-commit"_s);
    if (parser.isSet(u"group-commit-lanes"_s))
        args << u"--group-commit-lanes"_s << parser.value(u"group-commit-lanes"_s);
    std::fprintf(stderr, "starting paydeskd on a fresh PostgreSQL...\n");
    if (!server.start(args)) {
        std::fprintf(stderr, "paydeskd did not start:\n%s\n", qPrintable(server.log()));
        return 2;
    }
    World world;
    std::fprintf(stderr, "seeding %d people and %d apps...\n", parser.value(u"users"_s).toInt(),
                 parser.value(u"apps"_s).toInt());
    if (!seed(server, qMax(2, parser.value(u"users"_s).toInt()),
              qMax(1, parser.value(u"apps"_s).toInt()), 100'000'000, world))
        return 2;

    const bool baseline = !parser.isSet(u"no-baseline"_s);
    PgBaseline pg(server);
    if (baseline && !pg.prepare(qMax(2, parser.value(u"users"_s).toInt()), 100'000'000))
        return 2;
    QList<Figures> all;
    QList<Comparison> comparisons;
    QList<Figures> ceilings;
    for (const int connections : levels) {
        settings.connections = connections;
        Scenarios run(server, world, settings);
        QHash<QString, Figures> mine;
        for (const QString &name : scenarios) {
            std::fprintf(stderr, "running %s at %d connections...\n", qPrintable(name),
                         connections);
            const CommitterSample before = sampleCommitter(server);
            std::optional<Figures> f = runScenario(run, name, parser);
            if (!f)
                continue;
            if (const QString note = committerNote(before, sampleCommitter(server));
                !note.isEmpty() && name != "http.health"_L1 && name != "pin.verify"_L1)
                f->note = f->note.isEmpty() ? note : f->note + u"; "_s + note;
            all.append(*f);
            mine.insert(name, *f);
        }
        if (baseline)
            comparisons << compare(pg, mine, u"wallet.transfer"_s, settings)
                        << compare(pg, mine, u"payments.create"_s, settings);
        if (baseline && mine.contains(u"http.health"_s))
            ceilings.append(wrkHealth(server, settings));
    }
    if (chat)
        all.append(wsChat(server, parser, settings));
    printTable(all);
    printComparisons(comparisons);
    printCeilings(ceilings);

    // The money scenarios must leave the ledger exact, or the figures mean nothing.
    const auto audit = paydesk::test::auditLedger(server);
    std::printf("\nledger after the run: %s (%d accounts)\n",
                audit.clean() ? "balances to the unit" : qPrintable(audit.describe()),
                audit.accounts);
    QJsonArray results;
    for (const Figures &f : all)
        results.append(toJson(f));
    QJsonArray httpCeiling;
    for (const Figures &f : ceilings)
        httpCeiling.append(toJson(f));
    QFile file(parser.value(u"json"_s));
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(QJsonObject{{"results"_L1, results},
                                             {"ledger_clean"_L1, audit.clean()},
                                             {"baseline"_L1, comparisonsJson(comparisons)},
                                             {"http_ceiling_wrk"_L1, httpCeiling},
                                             {"connections"_L1, parser.value(u"connections"_s)},
                                             {"duration_s"_L1, settings.durationSeconds}})
                       .toJson());
    server.stop();
    return audit.clean() ? 0 : 1;
}
