#include "scenarios.h"

#include "ledgeraudit.h"
#include "testclient.h"
#include "testserver.h"
#include "webhookreceiver.h"
#include "webhooksignature.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace paydesk::bench {

namespace {
const QString kPassword = u"bench horse battery"_s;
const QString kPin = u"2468"_s;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

bool seed(const test::TestServer &server, int users, int apps, qint64 funds, World &w)
{
    const auto merchant =
        test::signUp(server, u"bench-merchant@example.com"_s, kPassword, {}, u"business"_s);
    if (!merchant) {
        qCritical("could not sign the merchant up");
        return false;
    }
    w.merchantToken = merchant->token;
    for (int i = 0; i < apps; ++i) {
        const auto r =
            test::sendJson(server, "POST", u"/api/v1/apps"_s,
                           {{"name"_L1, u"Bench shop %1"_s.arg(i)}, {"environment"_L1, u"live"_s}},
                           w.merchantToken);
        const QString key = r.json().value("api_key"_L1).toObject().value("secret"_L1).toString();
        if (key.isEmpty()) {
            qCritical("could not create app %d: %d %s", i, r.status, r.body.constData());
            return false;
        }
        w.apiKeys.append(key);
    }
    for (int i = 0; i < users; ++i) {
        const auto person = test::signUp(server, u"bench-%1@example.com"_s.arg(i), kPassword, kPin);
        if (!person || !test::seedFunding(server, person->walletId, funds)) {
            qCritical("could not sign up or fund person %d", i);
            return false;
        }
        w.userTokens.append(person->token);
        w.userIds.append(person->id);
    }
    return true;
}

Scenarios::Scenarios(const test::TestServer &server, World &world, RunSettings settings)
    : m_server(server)
    , m_world(world)
    , m_settings(settings)
{}

QNetworkRequest Scenarios::request(const QString &path, const QString &bearer) const
{
    QNetworkRequest r(m_server.url(path));
    r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!bearer.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return r;
}

// The HTTP ceiling: the cheapest route there is.
Figures Scenarios::health()
{
    return run(u"http.health"_s, m_settings, [this](int, qint64) {
        return Call{"GET", request(u"/health"_s, {}), {}};
    });
}

// Payment requests with API keys (one app per client, round robin) and Idempotency-Keys.
Figures Scenarios::paymentsCreate()
{
    return run(
        u"payments.create"_s, m_settings,
        [this](int client, qint64 n) {
            const QString ref = u"bench-%1-%2"_s.arg(client).arg(n);
            QNetworkRequest r =
                request(u"/api/v1/payments"_s, m_world.apiKeys.at(client % m_world.apiKeys.size()));
            r.setRawHeader("Idempotency-Key",
                           ref.toLatin1() + "-" + QByteArray::number(++m_world.sequence));
            return Call{
                "POST", r,
                json({{"amount"_L1, 1500},
                      {"currency"_L1, u"NGN"_s},
                      {"reference_id"_L1, QString(ref + u'-' + QString::number(m_world.sequence))},
                      {"description"_L1, u"Bench order"_s},
                      {"expiry_minutes"_L1, 120}})};
        },
        [this](int status, const QByteArray &body) {
            if (status == 201)
                m_world.payable.append(
                    QJsonDocument::fromJson(body).object().value("payment_id"_L1).toString());
        });
}

// Transfers among the funded people, random pairs, with PIN and Idempotency-Key.
Figures Scenarios::walletTransfer()
{
    const int people = int(m_world.userTokens.size());
    return run(u"wallet.transfer"_s, m_settings, [this, people](int, qint64) {
        const int from = int(m_random() % quint64(people));
        const int to = (from + 1 + int(m_random() % quint64(people - 1))) % people;
        QNetworkRequest r = request(u"/api/v1/wallet/transfer"_s, m_world.userTokens.at(from));
        r.setRawHeader("Idempotency-Key",
                       "bench-transfer-" + QByteArray::number(++m_world.sequence));
        return Call{
            "POST", r,
            json({{"recipient"_L1, m_world.userIds.at(to)}, {"amount"_L1, 100}, {"pin"_L1, kPin}})};
    });
}

// People pay the requests payments.create made, each request once.
Figures Scenarios::paymentsPay()
{
    const int people = int(m_world.userTokens.size());
    Figures f = run(u"payments.pay"_s, m_settings, [this, people](int, qint64) {
        const QString id = m_world.payable.isEmpty() ? u"pay_none"_s : m_world.payable.takeLast();
        QNetworkRequest r = request(u"/api/v1/payments/%1/pay"_s.arg(id),
                                    m_world.userTokens.at(int(m_random() % quint64(people))));
        r.setRawHeader("Idempotency-Key", "bench-pay-" + QByteArray::number(++m_world.sequence));
        return Call{"POST", r, json({{"pin"_L1, kPin}})};
    });
    if (m_world.payable.isEmpty())
        f.note = u"ran out of payable requests: later calls were refused"_s;
    return f;
}

// The PIN check alone: the Argon2id cost every money request carries.
Figures Scenarios::pinVerify()
{
    return run(u"pin.verify"_s, m_settings, [this](int client, qint64) {
        return Call{"POST",
                    request(u"/api/v1/profile/verify-pin"_s,
                            m_world.userTokens.at(client % m_world.userTokens.size())),
                    json({{"pin"_L1, kPin}})};
    });
}

Figures Scenarios::webhooksDeliver(double failShare)
{
    test::WebhookReceiver receiver;
    if (!receiver.listen())
        return {u"webhooks.deliver"_s, 0, 0, 0, 0, 0, 0, 0, 0, {}, u"no receiver"_s};
    const int every = failShare > 0 ? qMax(1, int(1.0 / failShare)) : 0;
    receiver.failFirstAttemptOfEvery(every); // its retry (after 0 s) succeeds
    const auto created = test::sendJson(m_server, "POST", u"/api/v1/apps"_s,
                                        {{"name"_L1, u"Bench hooks"_s},
                                         {"environment"_L1, u"test"_s},
                                         {"webhook_url"_L1, receiver.url(u"/hooks"_s)}},
                                        m_world.merchantToken);
    const QString key = created.json().value("api_key"_L1).toObject().value("secret"_L1).toString();
    const QString secret = created.json().value("webhook_secret"_L1).toString();
    QElapsedTimer clock;
    clock.start();
    run(u"webhooks.deliver"_s, m_settings, [this, &key](int client, qint64 n) {
        QNetworkRequest r = request(u"/api/v1/payments"_s, key);
        return Call{"POST", r,
                    json({{"amount"_L1, 900},
                          {"currency"_L1, u"NGN"_s},
                          {"reference_id"_L1,
                           u"hook-%1-%2-%3"_s.arg(client).arg(n).arg(++m_world.sequence)}})};
    });
    // Every queued event delivered (bounded), then the figures from the delivery log.
    QSqlDatabase db = test::openServerDatabase(m_server, u"bench-hooks"_s);
    const auto scalar = [&db](const QString &sql) {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toDouble() : -1.0;
    };
    const QString mine = u"d.url = '%1'"_s.arg(receiver.url(u"/hooks"_s));
    const double total = scalar(u"SELECT count(*) FROM webhook_deliveries d WHERE "_s + mine);
    // Waited for in an event loop, checked every 100 ms: the receiver lives on this thread, and
    // QTest::qWaitFor's sleeps between checks would hold its answers back (and be the limit).
    const auto allIn = [&] {
        return scalar(
                   u"SELECT count(*) FROM webhook_deliveries d WHERE status = 'delivered' AND ("_s +
                   mine + u')') >= total;
    };
    bool allDelivered = allIn();
    if (!allDelivered) {
        QEventLoop loop;
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, &loop, [&] {
            if ((allDelivered = allIn()))
                loop.quit();
        });
        check.start(100);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const double seconds = double(clock.elapsed()) / 1000.0 - m_settings.warmupSeconds;
    Figures f;
    f.scenario = u"webhooks.deliver"_s;
    f.connections = m_settings.connections;
    f.requests = qint64(scalar(u"SELECT count(*) FROM webhook_deliveries d WHERE status = "
                               "'delivered' AND ("_s +
                               mine + u')'));
    f.seconds = seconds;
    f.perSecond = seconds > 0 ? double(f.requests) / (double(clock.elapsed()) / 1000.0) : 0;
    const auto pct = [&](double p) {
        return scalar(u"SELECT 1000 * percentile_cont(%1) WITHIN GROUP (ORDER BY extract(epoch "
                      "FROM delivered_at - created_at)) FROM webhook_deliveries d WHERE status = "
                      "'delivered' AND (%2)"_s.arg(p)
                          .arg(mine));
    };
    f.p50Ms = pct(0.5);
    f.p95Ms = pct(0.95);
    f.p99Ms = pct(0.99);
    f.maxMs = pct(1.0);
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
    f.note = allDelivered ? u"latency: event written to delivered; events/s over the whole run"_s
                          : u"not every event was delivered within 120 s"_s;
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"bench-hooks"_s);
    return f;
}

} // namespace paydesk::bench
