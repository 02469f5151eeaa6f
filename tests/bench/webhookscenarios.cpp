// The webhook scenarios: deliveries while payments are being created (webhooks.deliver), and
// a backlog drained by the dispatcher alone (webhooks.backlog). Both to a receiver in this
// process that fails a share of first attempts, both checking every signature.
#include "scenarios.h"

#include "ledgeraudit.h"
#include "testclient.h"
#include "testserver.h"
#include "webhookreceiver.h"
#include "webhooksignature.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace paydesk::bench {

namespace {

constexpr int kWaitMs = 120'000; // for every delivery to land, after the load

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Runs this thread's event loop (the receiver answers from it) until `done`, checked every
// 100 ms (QTest::qWaitFor's sleeps between checks would hold the receiver's answers back), or
// for `timeoutMs` at most.
bool waitInLoop(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    bool ok = false;
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if ((ok = done()))
            loop.quit();
    });
    check.start(100);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return ok;
}

// How many requests the receiver answered 200: counted here, so the wait for the last
// deliveries asks the database (a count over the delivery table, ~10 ms at the end of a run)
// only once they have all arrived, instead of taking CPU from the dispatcher it measures.
double answered(const test::WebhookReceiver &receiver)
{
    double n = 0;
    for (const auto &r : receiver.received(u"/hooks"_s))
        n += r.answeredWith == 200 ? 1 : 0;
    return n;
}

double scalarOf(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toDouble() : -1.0;
}

// Waits (bounded) until the app's `count` deliveries reached the receiver and are recorded as
// delivered; the database is asked only once the receiver has them all.
bool allDelivered(const test::WebhookReceiver &receiver, QSqlDatabase db, const QString &appId,
                  double count, int timeoutMs)
{
    const QString sql =
        u"SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered' AND app_id = '%1'"_s
            .arg(appId);
    return waitInLoop([&] { return answered(receiver) >= count && scalarOf(db, sql) >= count; },
                      timeoutMs);
}

// Counts what the receiver got: answered 200 (once per webhook-id), failed on purpose, and any
// signature that does not verify with the app's secret.
void countReceived(const test::WebhookReceiver &receiver, const QString &secret, Figures &f)
{
    QSet<QByteArray> delivered;
    qint64 bad = 0;
    for (const auto &r : receiver.received(u"/hooks"_s)) {
        const auto verdict =
            paydesk::webhooks::verify(secret, QString::fromLatin1(r.header("webhook-id")),
                                      QString::fromLatin1(r.header("webhook-timestamp")),
                                      QString::fromLatin1(r.header("webhook-signature")), r.body,
                                      QDateTime::currentSecsSinceEpoch());
        bad += verdict != paydesk::webhooks::Verdict::Valid;
        if (r.answeredWith == 200)
            delivered.insert(r.header("webhook-id"));
        else
            ++f.outcomes[u"500 (failed on purpose, retried)"_s];
    }
    f.outcomes[u"delivered"_s] = delivered.size();
    if (bad > 0)
        f.outcomes[u"bad signature"_s] = bad;
}

} // namespace

Scenarios::HookApp Scenarios::hookApp(test::WebhookReceiver &receiver, double failShare)
{
    const int every = failShare > 0 ? qMax(1, int(1.0 / failShare)) : 0;
    receiver.failFirstAttemptOfEvery(every); // its retry (after 0 s) succeeds
    const auto created = test::sendJson(m_server, "POST", u"/api/v1/apps"_s,
                                        {{"name"_L1, u"Bench hooks %1"_s.arg(++m_world.sequence)},
                                         {"environment"_L1, u"test"_s},
                                         {"webhook_url"_L1, receiver.url(u"/hooks"_s)}},
                                        m_world.merchantToken);
    const QJsonObject body = created.json();
    return {body.value("app"_L1).toObject().value("id"_L1).toString(),
            body.value("api_key"_L1).toObject().value("secret"_L1).toString(),
            body.value("webhook_secret"_L1).toString()};
}

Figures Scenarios::webhooksDeliver(double failShare)
{
    test::WebhookReceiver receiver;
    if (!receiver.listen())
        return {u"webhooks.deliver"_s, 0, 0, 0, 0, 0, 0, 0, 0, {}, u"no receiver"_s};
    const HookApp app = hookApp(receiver, failShare);
    QElapsedTimer clock;
    clock.start();
    run(u"webhooks.deliver"_s, m_settings, [this, &app](int client, qint64 n) {
        QNetworkRequest r = request(u"/api/v1/payments"_s, app.apiKey);
        return Call{"POST", r,
                    json({{"amount"_L1, 900},
                          {"currency"_L1, u"NGN"_s},
                          {"reference_id"_L1,
                           u"hook-%1-%2-%3"_s.arg(client).arg(n).arg(++m_world.sequence)}})};
    });
    // Every queued event delivered (bounded), then the figures from the delivery log.
    QSqlDatabase db = test::openServerDatabase(m_server, u"bench-hooks"_s);
    const auto scalar = [&db](const QString &sql) {
        return scalarOf(db, sql);
    };
    const QString mine = u"d.app_id = '%1'"_s.arg(app.id);
    const double total = scalar(u"SELECT count(*) FROM webhook_deliveries d WHERE "_s + mine);
    const bool delivered = allDelivered(receiver, db, app.id, total, kWaitMs);
    Figures f;
    f.scenario = u"webhooks.deliver"_s;
    f.connections = m_settings.connections;
    f.requests = qint64(scalar(
        u"SELECT count(*) FROM webhook_deliveries d WHERE status = 'delivered' AND "_s + mine));
    f.seconds = double(clock.elapsed()) / 1000.0;
    f.perSecond = f.seconds > 0 ? double(f.requests) / f.seconds : 0;
    const auto pct = [&](double p) {
        return scalar(u"SELECT 1000 * percentile_cont(%1) WITHIN GROUP (ORDER BY extract(epoch "
                      "FROM delivered_at - created_at)) FROM webhook_deliveries d WHERE status = "
                      "'delivered' AND %2"_s.arg(p)
                          .arg(mine));
    };
    f.p50Ms = pct(0.5);
    f.p95Ms = pct(0.95);
    f.p99Ms = pct(0.99);
    f.maxMs = pct(1.0);
    countReceived(receiver, app.secret, f);
    f.note = delivered ? u"latency: event written to delivered; events/s over the whole run"_s
                       : u"not every event was delivered within 120 s"_s;
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"bench-hooks"_s);
    return f;
}

Figures Scenarios::webhooksBacklog(double failShare, int count)
{
    test::WebhookReceiver receiver;
    if (!receiver.listen())
        return {u"webhooks.backlog"_s, 0, 0, 0, 0, 0, 0, 0, 0, {}, u"no receiver"_s};
    const HookApp app = hookApp(receiver, failShare);
    QSqlDatabase db = test::openServerDatabase(m_server, u"bench-backlog"_s);
    const auto scalar = [&db](const QString &sql) {
        return scalarOf(db, sql);
    };
    // The backlog, written straight into the delivery table as the gateway would (one pending
    // delivery per event), all falling due at once in two seconds: by then every row is in.
    const QDateTime due = QDateTime::currentDateTimeUtc().addSecs(2);
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO webhook_deliveries (id, event_id, app_id, event_type, url, body, "
                   "status, next_attempt_at) SELECT 'whd_backlog_' || :app || '_' || n, "
                   "'evt_backlog_' || :app || '_' || n, :app, 'payment.success', :url, "
                   "json_build_object('type', 'payment.success', 'data', json_build_object("
                   "'object', 'payment', 'n', n))::text, 'pending', :due "
                   "FROM generate_series(1, :count) n"_s);
    insert.bindValue(u":app"_s, app.id);
    insert.bindValue(u":url"_s, receiver.url(u"/hooks"_s));
    insert.bindValue(u":due"_s, due);
    insert.bindValue(u":count"_s, count);
    Figures f;
    f.scenario = u"webhooks.backlog"_s;
    f.connections = m_settings.connections;
    if (!insert.exec()) {
        f.note = u"could not write the backlog: "_s + insert.lastError().text();
        return f;
    }
    const QString mine = u"d.app_id = '%1'"_s.arg(app.id);
    const bool delivered = allDelivered(receiver, db, app.id, count, kWaitMs + 2000);
    const QString since = u"extract(epoch FROM d.delivered_at - '%1'::timestamptz)"_s.arg(
        due.toString(Qt::ISODateWithMs));
    f.requests = qint64(scalar(
        u"SELECT count(*) FROM webhook_deliveries d WHERE status = 'delivered' AND "_s + mine));
    f.seconds = scalar(u"SELECT max(%1) FROM webhook_deliveries d WHERE status = 'delivered' "
                       "AND %2"_s.arg(since, mine));
    f.perSecond = f.seconds > 0 ? double(f.requests) / f.seconds : 0;
    const auto pct = [&](double p) {
        return scalar(u"SELECT 1000 * percentile_cont(%1) WITHIN GROUP (ORDER BY %2) FROM "
                      "webhook_deliveries d WHERE status = 'delivered' AND %3"_s.arg(p)
                          .arg(since, mine));
    };
    f.p50Ms = pct(0.5);
    f.p95Ms = pct(0.95);
    f.p99Ms = pct(0.99);
    f.maxMs = pct(1.0);
    countReceived(receiver, app.secret, f);
    f.note =
        delivered
            ? u"%1 due at once, drained by the dispatcher alone; latency: due to delivered"_s.arg(
                  count)
            : u"not every event was delivered within 120 s"_s;
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"bench-backlog"_s);
    return f;
}

} // namespace paydesk::bench
