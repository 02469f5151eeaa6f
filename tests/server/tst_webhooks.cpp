// Webhooks through real HTTP against a real paydeskd and a receiver on loopback: signatures a
// receiver can verify (also across a secret rotation), the retry schedule with the same
// webhook-id, timeouts, the attempt log, retry by hand, test-send, disabling a failing endpoint
// with a notice and resuming it, tenant isolation, refusals, and delivery after a SIGKILL.
#include "ledgeraudit.h"
#include "testclient.h"
#include "testserver.h"
#include "webhookreceiver.h"
#include "webhooksignature.h"

#include "store/webhookrepository.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::test::errorCode;
using paydesk::test::errorField;
using paydesk::test::HttpResult;
using paydesk::test::ReceivedWebhook;
using paydesk::test::TestServer;
using paydesk::test::WebhookReceiver;
namespace wh = paydesk::webhooks;

namespace {
const QString kPassword = u"correct horse battery"_s;
// Fast enough to watch: retries after 0, 1, 2, then every 3 s; 1 s timeout; an endpoint that
// fails for 6 s is disabled.
const QStringList kServerArgs = {u"--auth-rate"_s,
                                 u"100000"_s,
                                 u"--account-rate"_s,
                                 u"100000"_s,
                                 u"--argon2-memory-kib"_s,
                                 u"256"_s,
                                 u"--argon2-iterations"_s,
                                 u"1"_s,
                                 u"--allow-loopback-webhooks"_s,
                                 u"1"_s,
                                 u"--webhook-retry-schedule"_s,
                                 u"0,1,2,3,3,3,3,3,3,3,3,3"_s,
                                 u"--webhook-timeout-ms"_s,
                                 u"1000"_s,
                                 u"--webhook-disable-after"_s,
                                 u"6"_s,
                                 u"--webhook-poll-ms"_s,
                                 u"50"_s};

struct App
{
    QString id;
    QString key;
    QString secret;
};
} // namespace

class TstWebhooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void deliveredSignedAndLogged();
    void retriesOnTheScheduleWithOneWebhookId();
    void timeoutIsAFailedAttempt();
    void paymentUrlOverridesTheAppUrl();
    void rotationSignsWithBothSecrets();
    void manualRetryAndTestSend();
    void failingEndpointIsDisabledAndResumes();
    void merchantsSeeOnlyTheirDeliveries();
    void refusals_data();
    void refusals();
    void deliveredAfterSigkill();
    void answerWithANulByteIsRecorded();
    void attemptsAreRecordedThroughThePrimaryKey();

private:
    App makeApp(const QString &token, const QString &path);
    QString createPayment(const App &app, const QString &reference, const QString &url = {});
    HttpResult merchant(const QByteArray &method, const QString &path,
                        const QJsonObject &body = {});
    QJsonObject deliveryFor(const QString &paymentId, const QString &eventType);
    int count(const QString &sql);

    std::unique_ptr<TestServer> m_server;
    WebhookReceiver m_receiver;
    QString m_token;
    QString m_rivalToken;
};

void TstWebhooks::initTestCase()
{
    QVERIFY(m_receiver.listen());
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(kServerArgs), qPrintable(m_server->log()));
    const auto shop =
        paydesk::test::signUp(*m_server, u"hooks@example.com"_s, kPassword, {}, u"business"_s);
    const auto rival =
        paydesk::test::signUp(*m_server, u"rival@example.com"_s, kPassword, {}, u"business"_s);
    QVERIFY(shop && rival);
    m_token = shop->token;
    m_rivalToken = rival->token;
}

void TstWebhooks::cleanupTestCase()
{
    QCOMPARE(m_server->stop(), 0);
}

App TstWebhooks::makeApp(const QString &token, const QString &path)
{
    const QJsonObject created = paydesk::test::sendJson(*m_server, "POST", u"/api/v1/apps"_s,
                                                        {{"name"_L1, QString(u"Hooks "_s + path)},
                                                         {"environment"_L1, u"test"_s},
                                                         {"webhook_url"_L1, m_receiver.url(path)}},
                                                        token)
                                    .json();
    return {created.value("app"_L1).toObject().value("id"_L1).toString(),
            created.value("api_key"_L1).toObject().value("secret"_L1).toString(),
            created.value("webhook_secret"_L1).toString()};
}

QString TstWebhooks::createPayment(const App &app, const QString &reference, const QString &url)
{
    QJsonObject body{{"amount"_L1, 2500},
                     {"currency"_L1, u"INR"_s},
                     {"reference_id"_L1, reference},
                     {"metadata"_L1, QJsonObject{{"order_id"_L1, reference}}}};
    if (!url.isEmpty())
        body.insert("webhook_url"_L1, url);
    return paydesk::test::sendJson(*m_server, "POST", u"/api/v1/payments"_s, body, app.key)
        .json()
        .value("payment_id"_L1)
        .toString();
}

HttpResult TstWebhooks::merchant(const QByteArray &method, const QString &path,
                                 const QJsonObject &body)
{
    return paydesk::test::sendJson(*m_server, method, path, body, m_token);
}

// The delivery of one event of a payment, read in full (body and attempt log).
QJsonObject TstWebhooks::deliveryFor(const QString &paymentId, const QString &eventType)
{
    const QJsonArray list =
        merchant("GET", u"/api/v1/webhooks/deliveries?payment_id=%1&event_type=%2"_s.arg(paymentId,
                                                                                         eventType))
            .json()
            .value("data"_L1)
            .toArray();
    if (list.size() != 1)
        return {};
    const QString id = list.first().toObject().value("id"_L1).toString();
    return merchant("GET", u"/api/v1/webhooks/deliveries/"_s + id)
        .json()
        .value("delivery"_L1)
        .toObject();
}

int TstWebhooks::count(const QString &sql)
{
    return int(paydesk::test::queryScalar(*m_server, sql));
}

void TstWebhooks::deliveredSignedAndLogged()
{
    const App app = makeApp(m_token, u"/ok"_s);
    const QString id = createPayment(app, u"order-ok"_s);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver.count(u"/ok"_s), 1, 5000);
    const ReceivedWebhook got = m_receiver.received(u"/ok"_s).first();

    // What a receiver checks: fresh timestamp, a v1 signature with the app's secret.
    QVERIFY(got.header("webhook-id").startsWith("evt_"));
    QCOMPARE(got.header("content-type"), "application/json");
    QCOMPARE(wh::verify(app.secret, QString::fromLatin1(got.header("webhook-id")),
                        QString::fromLatin1(got.header("webhook-timestamp")),
                        QString::fromLatin1(got.header("webhook-signature")), got.body,
                        QDateTime::currentSecsSinceEpoch()),
             wh::Verdict::Valid);
    // Tampering with the body or the timestamp breaks it.
    QByteArray tampered = got.body;
    tampered.replace("2500", "2501");
    QCOMPARE(wh::verify(app.secret, QString::fromLatin1(got.header("webhook-id")),
                        QString::fromLatin1(got.header("webhook-timestamp")),
                        QString::fromLatin1(got.header("webhook-signature")), tampered,
                        QDateTime::currentSecsSinceEpoch()),
             wh::Verdict::BadSignature);

    // The gateway document's payload.
    const QJsonObject body = QJsonDocument::fromJson(got.body).object();
    QCOMPARE(body.value("type"_L1).toString(), u"payment.created"_s);
    QCOMPARE(body.value("event"_L1).toString(), u"payment.created"_s);
    QCOMPARE(body.value("payment_id"_L1).toString(), id);
    QCOMPARE(body.value("status"_L1).toString(), u"PENDING"_s);
    QCOMPARE(body.value("amount"_L1).toInteger(), 2500);
    QCOMPARE(body.value("reference_id"_L1).toString(), u"order-ok"_s);
    QCOMPARE(body.value("metadata"_L1).toObject().value("order_id"_L1).toString(), u"order-ok"_s);
    QCOMPARE(body.value("event_id"_L1).toString(), QString::fromLatin1(got.header("webhook-id")));

    // The log: delivered on the first attempt, with what was sent and what came back.
    QTRY_COMPARE_WITH_TIMEOUT(deliveryFor(id, u"payment.created"_s).value("status"_L1).toString(),
                              u"delivered"_s, 5000);
    const QJsonObject d = deliveryFor(id, u"payment.created"_s);
    QCOMPARE(d.value("webhook_id"_L1).toString(), QString::fromLatin1(got.header("webhook-id")));
    QCOMPARE(d.value("attempts"_L1).toInt(), 1);
    const QJsonObject attempt = d.value("attempt_log"_L1).toArray().first().toObject();
    QCOMPARE(attempt.value("response_status"_L1).toInt(), 200);
    QCOMPARE(attempt.value("response_body"_L1).toString(), u"{\"received\":true}"_s);
    QCOMPARE(
        attempt.value("request_headers"_L1).toObject().value("webhook-signature"_L1).toString(),
        QString::fromLatin1(got.header("webhook-signature")));
    QVERIFY(attempt.value("latency_ms"_L1).toInt() >= 0);
    QCOMPARE(d.value("body"_L1).toObject(), body);

    // Completing it sends payment.success with the final fields.
    QCOMPARE(paydesk::test::sendJson(*m_server, "POST", u"/api/v1/payments/%1/complete"_s.arg(id),
                                     {{"status"_L1, u"SUCCESS"_s}}, app.key)
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver.count(u"/ok"_s), 2, 5000);
    const QJsonObject success =
        QJsonDocument::fromJson(m_receiver.received(u"/ok"_s).last().body).object();
    QCOMPARE(success.value("event"_L1).toString(), u"payment.success"_s);
    QCOMPARE(success.value("status"_L1).toString(), u"SUCCESS"_s);
    QVERIFY(!success.value("completed_at"_L1).toString().isEmpty());
}

void TstWebhooks::retriesOnTheScheduleWithOneWebhookId()
{
    // Down for three attempts, then up.
    m_receiver.setBehaviour(
        [](const QString &path, int nth) { return path == "/flaky"_L1 && nth <= 3 ? 500 : 200; });
    const App app = makeApp(m_token, u"/flaky"_s);
    const QString id = createPayment(app, u"order-flaky"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver.count(u"/flaky"_s), 4, 15000);
    const auto got = m_receiver.received(u"/flaky"_s);
    for (const ReceivedWebhook &r : got)
        QCOMPARE(r.header("webhook-id"), got.first().header("webhook-id"));
    // After 0 s, 1 s, 2 s (the dispatcher looks every 50 ms; allow for a loaded machine).
    const qint64 gap1 = got[1].atMs - got[0].atMs;
    const qint64 gap2 = got[2].atMs - got[1].atMs;
    const qint64 gap3 = got[3].atMs - got[2].atMs;
    QVERIFY2(gap1 < 900, qPrintable(QString::number(gap1)));
    QVERIFY2(gap2 >= 950 && gap2 < 2500, qPrintable(QString::number(gap2)));
    QVERIFY2(gap3 >= 1950 && gap3 < 3500, qPrintable(QString::number(gap3)));

    QTRY_COMPARE_WITH_TIMEOUT(deliveryFor(id, u"payment.created"_s).value("status"_L1).toString(),
                              u"delivered"_s, 5000);
    const QJsonArray log = deliveryFor(id, u"payment.created"_s).value("attempt_log"_L1).toArray();
    QCOMPARE(log.size(), 4);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(log[i].toObject().value("response_status"_L1).toInt(), 500);
        QCOMPARE(log[i].toObject().value("error"_L1).toString(), u"HTTP 500"_s);
        QCOMPARE(log[i].toObject().value("attempt"_L1).toInt(), i + 1);
    }
    QCOMPARE(log[3].toObject().value("response_status"_L1).toInt(), 200);
    m_receiver.setBehaviour([](const QString &, int) { return 200; });
}

void TstWebhooks::timeoutIsAFailedAttempt()
{
    m_receiver.setBehaviour([](const QString &path, int nth) {
        return path == "/slow"_L1 && nth == 1 ? WebhookReceiver::kSilence : 200;
    });
    const App app = makeApp(m_token, u"/slow"_s);
    const QString id = createPayment(app, u"order-slow"_s);
    QTRY_COMPARE_WITH_TIMEOUT(deliveryFor(id, u"payment.created"_s).value("status"_L1).toString(),
                              u"delivered"_s, 10000);
    const QJsonArray log = deliveryFor(id, u"payment.created"_s).value("attempt_log"_L1).toArray();
    QCOMPARE(log.size(), 2);
    const QJsonObject first = log[0].toObject();
    QVERIFY(first.value("response_status"_L1).isNull());
    QCOMPARE(first.value("error"_L1).toString(), u"No answer within 1000 ms."_s);
    QVERIFY(first.value("latency_ms"_L1).toInt() >= 950);
    m_receiver.setBehaviour([](const QString &, int) { return 200; });
}

void TstWebhooks::paymentUrlOverridesTheAppUrl()
{
    const App app = makeApp(m_token, u"/app-default"_s);
    const QString id = createPayment(app, u"order-own-url"_s, m_receiver.url(u"/per-payment"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver.count(u"/per-payment"_s), 1, 5000);
    QCOMPARE(m_receiver.count(u"/app-default"_s), 0);
    QCOMPARE(QJsonDocument::fromJson(m_receiver.received(u"/per-payment"_s).first().body)
                 .object()
                 .value("payment_id"_L1)
                 .toString(),
             id);
}

void TstWebhooks::rotationSignsWithBothSecrets()
{
    const App app = makeApp(m_token, u"/rotating"_s);
    const auto rotated =
        merchant("POST", u"/api/v1/apps/%1/webhook-secret/rotate"_s.arg(app.id)).json();
    const QString fresh = rotated.value("webhook_secret"_L1).toString();
    QCOMPARE(rotated.value("previous_webhook_secret"_L1).toString(), app.secret);
    createPayment(app, u"order-rotating"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver.count(u"/rotating"_s), 1, 5000);
    const ReceivedWebhook got = m_receiver.received(u"/rotating"_s).first();
    const QString header = QString::fromLatin1(got.header("webhook-signature"));
    QCOMPARE(header.split(u' ').size(), 2);
    for (const QString &secret : {fresh, app.secret})
        QCOMPARE(wh::verify(secret, QString::fromLatin1(got.header("webhook-id")),
                            QString::fromLatin1(got.header("webhook-timestamp")), header, got.body,
                            QDateTime::currentSecsSinceEpoch()),
                 wh::Verdict::Valid);
}

void TstWebhooks::manualRetryAndTestSend()
{
    const App app = makeApp(m_token, u"/manual"_s);
    const auto sent = merchant("POST", u"/api/v1/apps/%1/webhooks/test"_s.arg(app.id));
    QCOMPARE(sent.status, 202);
    const QJsonObject delivery = sent.json().value("delivery"_L1).toObject();
    QCOMPARE(delivery.value("event_type"_L1).toString(), u"webhook.test"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver.count(u"/manual"_s), 1, 5000);
    const QJsonObject test =
        QJsonDocument::fromJson(m_receiver.received(u"/manual"_s).first().body).object();
    QCOMPARE(test.value("type"_L1).toString(), u"webhook.test"_s);

    // Sent again by hand: the same webhook-id, logged as manual.
    const QString deliveryId = delivery.value("id"_L1).toString();
    QTRY_COMPARE_WITH_TIMEOUT(merchant("GET", u"/api/v1/webhooks/deliveries/"_s + deliveryId)
                                  .json()
                                  .value("delivery"_L1)
                                  .toObject()
                                  .value("status"_L1)
                                  .toString(),
                              u"delivered"_s, 5000);
    QCOMPARE(merchant("POST", u"/api/v1/webhooks/deliveries/%1/retry"_s.arg(deliveryId)).status,
             202);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver.count(u"/manual"_s), 2, 5000);
    const auto got = m_receiver.received(u"/manual"_s);
    QCOMPARE(got[1].header("webhook-id"), got[0].header("webhook-id"));
    QTRY_COMPARE_WITH_TIMEOUT(merchant("GET", u"/api/v1/webhooks/deliveries/"_s + deliveryId)
                                  .json()
                                  .value("delivery"_L1)
                                  .toObject()
                                  .value("attempt_log"_L1)
                                  .toArray()
                                  .size(),
                              2, 5000);
    const QJsonArray log = merchant("GET", u"/api/v1/webhooks/deliveries/"_s + deliveryId)
                               .json()
                               .value("delivery"_L1)
                               .toObject()
                               .value("attempt_log"_L1)
                               .toArray();
    QCOMPARE(log[0].toObject().value("manual"_L1).toBool(), false);
    QCOMPARE(log[1].toObject().value("manual"_L1).toBool(), true);
}

void TstWebhooks::failingEndpointIsDisabledAndResumes()
{
    bool down = true;
    m_receiver.setBehaviour(
        [&down](const QString &path, int) { return path == "/down"_L1 && down ? 503 : 200; });
    const App app = makeApp(m_token, u"/down"_s);
    const QString id = createPayment(app, u"order-down"_s);
    // Failing for longer than 6 s: disabled, the delivery paused, the merchant told.
    QTRY_COMPARE_WITH_TIMEOUT(deliveryFor(id, u"payment.created"_s).value("status"_L1).toString(),
                              u"paused"_s, 20000);
    const QJsonArray endpoints = merchant("GET", u"/api/v1/webhooks/endpoints?app_id="_s + app.id)
                                     .json()
                                     .value("data"_L1)
                                     .toArray();
    QCOMPARE(endpoints.size(), 1);
    QCOMPARE(endpoints[0].toObject().value("state"_L1).toString(), u"disabled"_s);
    QCOMPARE(endpoints[0].toObject().value("waiting"_L1).toInt(), 1);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE topic = 'webhook.endpoint_disabled' AND "
                   "payload->>'app_id' = '%1'"_s.arg(app.id)),
             1);
    // While disabled, new events wait too, and nothing is sent.
    const QString later = createPayment(app, u"order-down-2"_s);
    QCOMPARE(deliveryFor(later, u"payment.created"_s).value("status"_L1).toString(), u"paused"_s);
    const QJsonArray queue = merchant("GET", u"/api/v1/webhooks/queue?app_id="_s + app.id)
                                 .json()
                                 .value("data"_L1)
                                 .toArray();
    QCOMPARE(queue.size(), 2);
    const int triedBefore = m_receiver.count(u"/down"_s);
    QTest::qWait(1500);
    QCOMPARE(m_receiver.count(u"/down"_s), triedBefore);

    // The endpoint is fixed and re-enabled: both are delivered.
    down = false;
    QCOMPARE(merchant("POST", u"/api/v1/webhooks/endpoints/enable"_s,
                      {{"app_id"_L1, app.id}, {"url"_L1, m_receiver.url(u"/down"_s)}})
                 .status,
             204);
    QTRY_COMPARE_WITH_TIMEOUT(
        deliveryFor(later, u"payment.created"_s).value("status"_L1).toString(), u"delivered"_s,
        5000);
    QTRY_COMPARE_WITH_TIMEOUT(deliveryFor(id, u"payment.created"_s).value("status"_L1).toString(),
                              u"delivered"_s, 5000);
    m_receiver.setBehaviour([](const QString &, int) { return 200; });
}

void TstWebhooks::merchantsSeeOnlyTheirDeliveries()
{
    const App app = makeApp(m_token, u"/mine"_s);
    const QString id = createPayment(app, u"order-mine"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver.count(u"/mine"_s), 1, 5000);
    const QString deliveryId = deliveryFor(id, u"payment.created"_s).value("id"_L1).toString();
    QVERIFY(!deliveryId.isEmpty());
    const auto rival = [this](const QByteArray &method, const QString &path,
                              const QJsonObject &body = {}) {
        return paydesk::test::sendJson(*m_server, method, path, body, m_rivalToken);
    };
    QCOMPARE(rival("GET", u"/api/v1/webhooks/deliveries/"_s + deliveryId).status, 404);
    QCOMPARE(rival("POST", u"/api/v1/webhooks/deliveries/%1/retry"_s.arg(deliveryId)).status, 404);
    QCOMPARE(rival("GET", u"/api/v1/webhooks/deliveries?app_id="_s + app.id)
                 .json()
                 .value("data"_L1)
                 .toArray()
                 .size(),
             0);
    QCOMPARE(rival("POST", u"/api/v1/apps/%1/webhooks/test"_s.arg(app.id)).status, 404);
    QCOMPARE(rival("POST", u"/api/v1/webhooks/endpoints/enable"_s,
                   {{"app_id"_L1, app.id}, {"url"_L1, m_receiver.url(u"/mine"_s)}})
                 .status,
             404);
    // A personal account is no merchant.
    const auto person = paydesk::test::signUp(*m_server, u"person@example.com"_s, kPassword);
    QVERIFY(person);
    QCOMPARE(paydesk::test::sendJson(*m_server, "GET", u"/api/v1/webhooks/deliveries"_s, {},
                                     person->token)
                 .status,
             403);
    QCOMPARE(m_server->get(u"/api/v1/webhooks/deliveries"_s).status, 401);
}

void TstWebhooks::refusals_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("status filter")
        << QByteArray("GET") << u"/api/v1/webhooks/deliveries?status=lost"_s << QJsonObject() << 400
        << u"validation_error"_s << u"status"_s;
    QTest::newRow("event filter") << QByteArray("GET")
                                  << u"/api/v1/webhooks/deliveries?event_type=payment.paid"_s
                                  << QJsonObject() << 400 << u"validation_error"_s
                                  << u"event_type"_s;
    QTest::newRow("limit") << QByteArray("GET") << u"/api/v1/webhooks/deliveries?limit=0"_s
                           << QJsonObject() << 400 << u"validation_error"_s << u"limit"_s;
    QTest::newRow("cursor") << QByteArray("GET") << u"/api/v1/webhooks/deliveries?cursor=%%%"_s
                            << QJsonObject() << 400 << u"validation_error"_s << u"cursor"_s;
    QTest::newRow("unknown delivery")
        << QByteArray("GET") << u"/api/v1/webhooks/deliveries/whd_nope"_s << QJsonObject() << 404
        << u"not_found"_s << QString();
    QTest::newRow("retry body") << QByteArray("POST")
                                << u"/api/v1/webhooks/deliveries/whd_nope/retry"_s
                                << QJsonObject{{"now"_L1, true}} << 400 << u"validation_error"_s
                                << u"now"_s;
    QTest::newRow("enable without url")
        << QByteArray("POST") << u"/api/v1/webhooks/endpoints/enable"_s
        << QJsonObject{{"app_id"_L1, u"app_x"_s}} << 400 << u"validation_error"_s << u"url"_s;
    QTest::newRow("enable unknown endpoint")
        << QByteArray("POST") << u"/api/v1/webhooks/endpoints/enable"_s
        << QJsonObject{{"app_id"_L1, u"app_x"_s}, {"url"_L1, u"https://example.com/"_s}} << 404
        << u"not_found"_s << u"url"_s;
    QTest::newRow("test-send to a private address")
        << QByteArray("POST") << u"/api/v1/apps/{app}/webhooks/test"_s
        << QJsonObject{{"url"_L1, u"http://10.1.2.3/hook"_s}} << 400 << u"validation_error"_s
        << u"url"_s;
    QTest::newRow("test-send to a bad url")
        << QByteArray("POST") << u"/api/v1/apps/{app}/webhooks/test"_s
        << QJsonObject{{"url"_L1, u"ftp://example.com/"_s}} << 400 << u"validation_error"_s
        << u"url"_s;
}

void TstWebhooks::refusals()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    static const App app = makeApp(m_token, u"/refusals"_s);
    const int before = count(u"SELECT count(*) FROM webhook_deliveries"_s);
    const auto r = merchant(method, QString(path).replace(u"{app}"_s, app.id), body);
    QCOMPARE(r.status, status);
    QCOMPARE(errorCode(r), code);
    QCOMPARE(errorField(r), field);
    QCOMPARE(count(u"SELECT count(*) FROM webhook_deliveries"_s), before); // nothing written
}

void TstWebhooks::deliveredAfterSigkill()
{
    bool down = true;
    m_receiver.setBehaviour(
        [&down](const QString &path, int) { return path == "/restart"_L1 && down ? 500 : 200; });
    const App app = makeApp(m_token, u"/restart"_s);
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(createPayment(app, u"order-restart-%1"_s.arg(i)));
    QTRY_VERIFY_WITH_TIMEOUT(m_receiver.count(u"/restart"_s) >= 5, 5000);
    m_server->kill9();
    down = false;
    QVERIFY2(m_server->start(kServerArgs), qPrintable(m_server->log()));
    for (const QString &id : ids)
        QTRY_COMPARE_WITH_TIMEOUT(
            deliveryFor(id, u"payment.created"_s).value("status"_L1).toString(), u"delivered"_s,
            30000);
    // Every event arrived at least once, each always under its own webhook-id.
    QSet<QByteArray> delivered;
    for (const ReceivedWebhook &r : m_receiver.received(u"/restart"_s))
        if (r.answeredWith == 200)
            delivered.insert(r.header("webhook-id"));
    QCOMPARE(delivered.size(), 5);
    m_receiver.setBehaviour([](const QString &, int) { return 200; });
}

void TstWebhooks::answerWithANulByteIsRecorded()
{
    // PostgreSQL text cannot hold U+0000; an endpoint that answers with one must not make the
    // record of its attempt (and of every attempt recorded with it) fail, or the delivery
    // stays leased and is sent again and again.
    QTcpServer raw;
    QVERIFY(raw.listen(QHostAddress::LocalHost));
    QObject::connect(&raw, &QTcpServer::newConnection, &raw, [&raw] {
        while (QTcpSocket *socket = raw.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return; // the test's bodies are small: headers and body come together
                static const char answer[] = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                                             "Content-Length: 5\r\nConnection: close\r\n\r\n"
                                             "ok\0ok";
                socket->write(answer, sizeof(answer) - 1);
                socket->disconnectFromHost();
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    const App app = makeApp(m_token, u"/unused"_s);
    const QString id =
        createPayment(app, u"order-nul"_s, u"http://127.0.0.1:%1/nul"_s.arg(raw.serverPort()));
    QTRY_COMPARE_WITH_TIMEOUT(deliveryFor(id, u"payment.created"_s).value("status"_L1).toString(),
                              u"delivered"_s, 10000);
    const QJsonArray log = deliveryFor(id, u"payment.created"_s).value("attempt_log"_L1).toArray();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log[0].toObject().value("response_body"_L1).toString(), u"okok"_s);
}

void TstWebhooks::attemptsAreRecordedThroughThePrimaryKey()
{
    // Attempts that finish together are recorded in one statement over a JSON record set. The
    // planner guesses 100 rows for it and joined it to the whole delivery table: a sequential
    // scan of every delivery ever made, per batch (a drain ran at 4-8 ms a batch). The
    // deliveries must be reached by key however many there are. The warm-up follows the
    // bench, where a generic plan cached while the table was small did the same; PostgreSQL
    // keeps custom plans in this sequence, so that second case was found and checked with
    // auto_explain, not here (the record now forces custom plans). All rolled back.
    QSqlDatabase db = paydesk::test::openServerDatabase(*m_server, u"recordplan"_s);
    const auto scalar = [&db](const QString &sql) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        return q.isActive() && q.next() ? q.value(0).toLongLong() : -1;
    };
    const App app = makeApp(m_token, u"/plan"_s);
    const auto deliveries = [&](int from, int to) {
        return scalar(
            u"WITH d AS (INSERT INTO webhook_deliveries (id, event_id, app_id, "
            "event_type, url, body, status, next_attempt_at) SELECT 'whd_plan_' || n, "
            "'evt_plan_' || n, '%3', "
            "'payment.created', 'http://127.0.0.1:9/plan', '{}', 'pending', now() "
            "FROM generate_series(%1, %2) n RETURNING 1) SELECT count(*) FROM d"_s.arg(from)
                .arg(to)
                .arg(app.id));
    };
    const auto outcomes = [](int from, int to) {
        QList<std::pair<QString, paydesk::server::AttemptOutcome>> list;
        for (int n = from; n <= to; ++n) {
            paydesk::server::webhooks::Attempt a{1, u"http://127.0.0.1:9/plan"_s};
            a.responseStatus = n % 3 == 0 ? 500 : 200;
            list.append(
                {u"whd_plan_%1"_s.arg(n), {a, n % 3 == 0 ? std::optional<int>(30) : std::nullopt}});
        }
        return list;
    };
    QVERIFY(db.transaction());
    // Batches recorded while the table is small: PostgreSQL keeps a generic plan after five.
    QCOMPARE(deliveries(1, 7), 7);
    for (int n = 1; n <= 7; ++n)
        QVERIFY(paydesk::server::WebhookRepository(db).recordAttempts(outcomes(n, n)).ok());
    // The table grows (no ANALYZE since: a backlog written at once).
    QCOMPARE(deliveries(8, 6007), 6000);
    const qint64 scansBefore = scalar(u"SELECT seq_scan FROM pg_stat_xact_user_tables WHERE "
                                      "relname = 'webhook_deliveries'"_s);
    QVERIFY(paydesk::server::WebhookRepository(db).recordAttempts(outcomes(8, 10)).ok());
    QCOMPARE(scalar(u"SELECT seq_scan FROM pg_stat_xact_user_tables WHERE relname = "
                    "'webhook_deliveries'"_s),
             scansBefore);
    QCOMPARE(scalar(u"SELECT count(*) FROM webhook_deliveries WHERE id IN ('whd_plan_8', "
                    "'whd_plan_10') AND status = 'delivered' AND attempts = 1"_s),
             2);
    QCOMPARE(scalar(u"SELECT count(*) FROM webhook_deliveries WHERE id = 'whd_plan_9' AND "
                    "status = 'pending' AND next_attempt_at > now() + interval '29 s'"_s),
             1);
    QCOMPARE(scalar(u"SELECT count(*) FROM webhook_attempts WHERE delivery_id LIKE "
                    "'whd_plan_%'"_s),
             10);
    QVERIFY(db.rollback());
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"recordplan"_s);
}

QTEST_GUILESS_MAIN(TstWebhooks)
#include "tst_webhooks.moc"
