// Payment requests through real HTTP with API keys: create (with a QR code and an expiry),
// refusals that write nothing, one reference per app, Idempotency-Key replay (also for
// simultaneous duplicates), tenant and mode isolation, filters and pages, completion in test
// mode only, the lifecycle's final states, the expiry worker, and the outbox events.
#include "ledgeraudit.h"
#include "testclient.h"
#include "testserver.h"

#include <QImage>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using paydesk::test::errorCode;
using paydesk::test::errorField;
using paydesk::test::HttpResult;
using paydesk::test::TestServer;

namespace {
const QString kPassword = u"correct horse battery"_s;
}

class TstPayments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createReturnsAPayableRequest();
    void createRefusals_data();
    void createRefusals();
    void referenceIsUniquePerApp();
    void idempotencyKeyReplays();
    void simultaneousDuplicatesCreateOne();
    void keysSeeOnlyTheirAppAndMode();
    void listFiltersAndPages();
    void completeInTestModeOnly();
    void expiryWorkerExpiresOnTime();
    void statusChangesAreOutboxEvents();
    void paymentUrlOpensTheHostedPage();

private:
    QString appKey(const QString &merchantToken, const QString &environment);
    HttpResult create(const QString &key, const QJsonObject &body, const QByteArray &idem = {});
    int count(const QString &sql);

    std::unique_ptr<TestServer> m_server;
    QString m_merchant;
    QString m_key;      // test app
    QString m_liveKey;  // the same merchant's live app
    QString m_otherKey; // another merchant's test app
};

void TstPayments::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start({u"--auth-rate"_s, u"100000"_s, u"--account-rate"_s, u"100000"_s,
                              u"--argon2-memory-kib"_s, u"256"_s, u"--argon2-iterations"_s, u"1"_s,
                              u"--allow-loopback-webhooks"_s, u"1"_s}),
             qPrintable(m_server->log()));
    const auto shop =
        paydesk::test::signUp(*m_server, u"shop@example.com"_s, kPassword, {}, u"business"_s);
    const auto rival =
        paydesk::test::signUp(*m_server, u"rival@example.com"_s, kPassword, {}, u"business"_s);
    QVERIFY(shop && rival);
    m_merchant = shop->token;
    m_key = appKey(shop->token, u"test"_s);
    m_liveKey = appKey(shop->token, u"live"_s);
    m_otherKey = appKey(rival->token, u"test"_s);
    QVERIFY(!m_key.isEmpty() && !m_liveKey.isEmpty() && !m_otherKey.isEmpty());
}

void TstPayments::cleanupTestCase()
{
    QCOMPARE(m_server->stop(), 0);
}

QString TstPayments::appKey(const QString &merchantToken, const QString &environment)
{
    return paydesk::test::sendJson(
               *m_server, "POST", u"/api/v1/apps"_s,
               {{"name"_L1, QString(u"Shop "_s + environment)}, {"environment"_L1, environment}},
               merchantToken)
        .json()
        .value("api_key"_L1)
        .toObject()
        .value("secret"_L1)
        .toString();
}

HttpResult TstPayments::create(const QString &key, const QJsonObject &body, const QByteArray &idem)
{
    return paydesk::test::sendJson(*m_server, "POST", u"/api/v1/payments"_s, body, key, idem);
}

int TstPayments::count(const QString &sql)
{
    int n = -1;
    {
        QSqlDatabase db = paydesk::test::openServerDatabase(*m_server, u"payments"_s);
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            n = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(u"payments"_s);
    return n;
}

void TstPayments::createReturnsAPayableRequest()
{
    const auto r = create(m_key, {{"amount"_L1, 50000},
                                  {"currency"_L1, u"INR"_s},
                                  {"reference_id"_L1, u"order-1001"_s},
                                  {"description"_L1, u"Two coffees"_s},
                                  {"metadata"_L1, QJsonObject{{"table"_L1, 4}}}});
    QCOMPARE(r.status, 201);
    const QJsonObject p = r.json();
    const QString id = p.value("payment_id"_L1).toString();
    QVERIFY(id.startsWith("pay_"_L1));
    QCOMPARE(p.value("status"_L1).toString(), u"PENDING"_s);
    QCOMPARE(p.value("amount"_L1).toInteger(), 50000);
    QCOMPARE(p.value("currency"_L1).toString(), u"INR"_s);
    QCOMPARE(p.value("mode"_L1).toString(), u"test"_s);
    QCOMPARE(p.value("metadata"_L1).toObject().value("table"_L1).toInt(), 4);
    QVERIFY(p.value("payment_url"_L1).toString().endsWith("/pay/"_L1 + id));
    QVERIFY(p.value("payment_url"_L1).toString().startsWith("http://127.0.0.1:"_L1));
    const QString qr = p.value("qr_code"_L1).toString();
    QVERIFY(qr.startsWith("data:image/png;base64,"_L1));
    QVERIFY(!QImage::fromData(QByteArray::fromBase64(qr.mid(22).toLatin1()), "PNG").isNull());
    const QDateTime created =
        QDateTime::fromString(p.value("created_at"_L1).toString(), Qt::ISODateWithMs);
    const QDateTime expires =
        QDateTime::fromString(p.value("expires_at"_L1).toString(), Qt::ISODateWithMs);
    QCOMPARE(created.secsTo(expires), 30 * 60);
    const auto got =
        paydesk::test::sendJson(*m_server, "GET", u"/api/v1/payments/"_s + id, {}, m_key);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json().value("timeline"_L1).toArray().size(), 1);
    QCOMPARE(got.json().value("reference_id"_L1).toString(), u"order-1001"_s);
}

void TstPayments::createRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QByteArray base = "\"currency\":\"INR\",\"reference_id\":\"bad-1\"";
    const auto row = [](const char *name, const QByteArray &body, const char *code,
                        const char *field) {
        QTest::newRow(name) << body << QString::fromLatin1(code) << QString::fromLatin1(field);
    };
    row("zero", "{\"amount\":0," + base + "}", "invalid_amount", "amount");
    row("negative", "{\"amount\":-5," + base + "}", "invalid_amount", "amount");
    row("fractional", "{\"amount\":10.5," + base + "}", "invalid_amount", "amount");
    row("huge", "{\"amount\":99999999999999999999," + base + "}", "invalid_amount", "amount");
    row("string", "{\"amount\":\"100\"," + base + "}", "invalid_amount", "amount");
    row("no amount", "{" + base + "}", "validation_error", "amount");
    row("unknown currency", "{\"amount\":100,\"currency\":\"XYZ\",\"reference_id\":\"b\"}",
        "unknown_currency", "currency");
    row("no reference", "{\"amount\":100,\"currency\":\"INR\"}", "validation_error",
        "reference_id");
    row("metadata not an object", "{\"amount\":100," + base + ",\"metadata\":[1]}",
        "validation_error", "metadata");
    row("metadata too large",
        "{\"amount\":100," + base + ",\"metadata\":{\"x\":\"" + QByteArray(5000, 'm') + "\"}}",
        "validation_error", "metadata");
    row("expiry zero", "{\"amount\":100," + base + ",\"expiry_minutes\":0}", "validation_error",
        "expiry_minutes");
    row("expiry too long", "{\"amount\":100," + base + ",\"expiry_minutes\":10081}",
        "validation_error", "expiry_minutes");
    row("expiry fractional", "{\"amount\":100," + base + ",\"expiry_minutes\":1.5}",
        "validation_error", "expiry_minutes");
    row("webhook to a private address",
        "{\"amount\":100," + base + ",\"webhook_url\":\"http://10.0.0.8/h\"}", "validation_error",
        "webhook_url");
    row("unknown field", "{\"amount\":100," + base + ",\"status\":\"SUCCESS\"}", "validation_error",
        "status");
}

void TstPayments::createRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const int before = count(u"SELECT count(*) FROM payments"_s);
    const auto r = m_server->send("POST", u"/api/v1/payments"_s, body,
                                  {{"Authorization", "Bearer " + m_key.toLatin1()}});
    QVERIFY2(r.status == 400, r.body.constData());
    QCOMPARE(errorCode(r), code);
    QCOMPARE(errorField(r), field);
    QCOMPARE(count(u"SELECT count(*) FROM payments"_s), before);
}

void TstPayments::referenceIsUniquePerApp()
{
    const QJsonObject body{
        {"amount"_L1, 700}, {"currency"_L1, u"INR"_s}, {"reference_id"_L1, u"ref-unique"_s}};
    QCOMPARE(create(m_key, body).status, 201);
    const auto again = create(m_key, body);
    QCOMPARE(again.status, 409);
    QCOMPARE(errorCode(again), u"duplicate_reference"_s);
    QCOMPARE(create(m_otherKey, body).status, 201); // another app may use it
}

void TstPayments::idempotencyKeyReplays()
{
    const QJsonObject body{
        {"amount"_L1, 1200}, {"currency"_L1, u"INR"_s}, {"reference_id"_L1, u"ref-idem"_s}};
    const auto unitsDone = [this] {
        const QByteArray metrics = m_server->get(u"/metrics"_s).body;
        const QByteArray name = "\npaydesk_group_commit_units_total ";
        const qsizetype at = metrics.indexOf(name);
        return at < 0 ? -1
                      : metrics.mid(at + name.size()).split('\n').value(0).trimmed().toLongLong();
    };
    const qint64 unitsBefore = unitsDone();
    const auto first = create(m_key, body, "idem-1");
    QCOMPARE(first.status, 201);
    // Its answer was stored in the creation's own commit (one unit of work, not a second one
    // after it), before it was sent.
    QVERIFY(unitsBefore >= 0);
    QCOMPARE(unitsDone() - unitsBefore, 1);
    QCOMPARE(
        count(u"SELECT response_status FROM idempotency_keys WHERE key = 'idem-1' AND "
              "convert_from(response_body, 'UTF8') = '%1'"_s.arg(QString::fromUtf8(first.body))),
        201);
    const auto second = create(m_key, body, "idem-1");
    QCOMPARE(second.status, 201);
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
    QJsonObject other = body;
    other.insert("amount"_L1, 1300);
    const auto conflict = create(m_key, other, "idem-1");
    QCOMPARE(conflict.status, 409);
    QCOMPARE(errorCode(conflict), u"idempotency_key_reused"_s);
    QCOMPARE(count(u"SELECT count(*) FROM payments WHERE reference_id = 'ref-idem'"_s), 1);
}

void TstPayments::simultaneousDuplicatesCreateOne()
{
    const QByteArray body = paydesk::test::compactJson(
        {{"amount"_L1, 999}, {"currency"_L1, u"INR"_s}, {"reference_id"_L1, u"ref-race"_s}});
    const QByteArray request = "POST /api/v1/payments HTTP/1.1\r\nHost: localhost\r\n"
                               "Authorization: Bearer " +
                               m_key.toLatin1() +
                               "\r\nIdempotency-Key: race-1\r\nContent-Type: application/json\r\n"
                               "Content-Length: " +
                               QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
                               body;
    QList<QByteArray> answers(8);
    QList<QThread *> threads;
    for (int i = 0; i < answers.size(); ++i) {
        threads.append(QThread::create([this, &answers, &request, i] {
            answers[i] = paydesk::test::rawExchange(m_server->port(), request, 15000);
        }));
        threads.last()->start();
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(20000));
        delete t;
    }
    QSet<QString> ids;
    for (const QByteArray &a : answers) {
        QVERIFY2(a.startsWith("HTTP/1.1 201"), a.left(300).constData());
        ids.insert(QJsonDocument::fromJson(a.mid(a.indexOf("\r\n\r\n") + 4))
                       .object()
                       .value("payment_id"_L1)
                       .toString());
    }
    QCOMPARE(ids.size(), 1);
    QCOMPARE(count(u"SELECT count(*) FROM payments WHERE reference_id = 'ref-race'"_s), 1);
}

void TstPayments::keysSeeOnlyTheirAppAndMode()
{
    const QString id = create(m_key, {{"amount"_L1, 100},
                                      {"currency"_L1, u"INR"_s},
                                      {"reference_id"_L1, u"ref-private"_s}})
                           .json()
                           .value("payment_id"_L1)
                           .toString();
    for (const QString &stranger : {m_otherKey, m_liveKey}) {
        const auto get =
            paydesk::test::sendJson(*m_server, "GET", u"/api/v1/payments/"_s + id, {}, stranger);
        QCOMPARE(get.status, 404);
        QCOMPARE(paydesk::test::sendJson(*m_server, "POST",
                                         u"/api/v1/payments/%1/complete"_s.arg(id),
                                         {{"status"_L1, u"SUCCESS"_s}}, stranger)
                     .status,
                 stranger == m_liveKey ? 403 : 404);
        const auto list = paydesk::test::sendJson(*m_server, "GET", u"/api/v1/payments?limit=100"_s,
                                                  {}, stranger);
        QVERIFY(!list.body.contains(id.toLatin1()));
    }
    // A person's token is not an API key.
    QCOMPARE(paydesk::test::sendJson(*m_server, "GET", u"/api/v1/payments/"_s + id, {}, m_merchant)
                 .status,
             401);
}

void TstPayments::listFiltersAndPages()
{
    const QString key = appKey(m_merchant, u"test"_s);
    QStringList made;
    for (int i = 0; i < 7; ++i)
        made.prepend(create(key, {{"amount"_L1, 100 + i},
                                  {"currency"_L1, u"INR"_s},
                                  {"reference_id"_L1, u"inv-%1"_s.arg(i)},
                                  {"description"_L1, i % 2 ? u"Blue mug"_s : u"Red cup"_s}})
                         .json()
                         .value("payment_id"_L1)
                         .toString());
    QStringList seen;
    QString cursor;
    do {
        const auto r = paydesk::test::sendJson(
            *m_server, "GET",
            u"/api/v1/payments?limit=3"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor),
            {}, key);
        QCOMPARE(r.status, 200);
        for (const QJsonValue v : r.json().value("data"_L1).toArray())
            seen.append(v.toObject().value("payment_id"_L1).toString());
        cursor = r.json().value("next_cursor"_L1).toString();
    } while (!cursor.isEmpty() && seen.size() < 20);
    QCOMPARE(seen, made);
    const auto ids = [this, &key](const QString &query) {
        QStringList out;
        const auto r =
            paydesk::test::sendJson(*m_server, "GET", u"/api/v1/payments?"_s + query, {}, key);
        for (const QJsonValue v : r.json().value("data"_L1).toArray())
            out.append(v.toObject().value("payment_id"_L1).toString());
        return out;
    };
    QCOMPARE(ids(u"reference_id=inv-3"_s), QStringList{made[3]});
    QCOMPARE(ids(u"q=blue"_s).size(), 3);
    QCOMPARE(ids(u"q="_s + made[0]), QStringList{made[0]});
    QCOMPARE(ids(u"status=PENDING"_s).size(), 7);
    QCOMPARE(ids(u"status=SUCCESS"_s).size(), 0);
    QCOMPARE(ids(u"to=2000-01-01T00:00:00Z"_s).size(), 0);
    QCOMPARE(paydesk::test::sendJson(*m_server, "GET", u"/api/v1/payments?status=DONE"_s, {}, key)
                 .status,
             400);
    QCOMPARE(
        paydesk::test::sendJson(*m_server, "GET", u"/api/v1/payments?from=yesterday"_s, {}, key)
            .status,
        400);
}

void TstPayments::completeInTestModeOnly()
{
    const QString id = create(m_key, {{"amount"_L1, 4200},
                                      {"currency"_L1, u"INR"_s},
                                      {"reference_id"_L1, u"ref-complete"_s}})
                           .json()
                           .value("payment_id"_L1)
                           .toString();
    const QString path = u"/api/v1/payments/%1/complete"_s.arg(id);
    QCOMPARE(errorCode(paydesk::test::sendJson(*m_server, "POST", path,
                                               {{"status"_L1, u"EXPIRED"_s}}, m_key)),
             u"validation_error"_s);
    const auto done = paydesk::test::sendJson(
        *m_server, "POST", path, {{"status"_L1, u"SUCCESS"_s}, {"notes"_L1, u"paid at the till"_s}},
        m_key);
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json().value("status"_L1).toString(), u"SUCCESS"_s);
    QCOMPARE(done.json().value("notes"_L1).toString(), u"paid at the till"_s);
    QVERIFY(!done.json().value("completed_at"_L1).isNull());
    QCOMPARE(done.json().value("timeline"_L1).toArray().size(), 2);
    for (const QString &status : {u"FAILED"_s, u"SUCCESS"_s}) {
        const auto again =
            paydesk::test::sendJson(*m_server, "POST", path, {{"status"_L1, status}}, m_key);
        QCOMPARE(again.status, 409);
        QCOMPARE(errorCode(again), u"payment_final"_s);
    }
    // Live keys never complete by hand.
    const QString live =
        create(m_liveKey,
               {{"amount"_L1, 4200}, {"currency"_L1, u"NGN"_s}, {"reference_id"_L1, u"ref-live"_s}})
            .json()
            .value("payment_id"_L1)
            .toString();
    const auto refused =
        paydesk::test::sendJson(*m_server, "POST", u"/api/v1/payments/%1/complete"_s.arg(live),
                                {{"status"_L1, u"SUCCESS"_s}}, m_liveKey);
    QCOMPARE(refused.status, 403);
    QCOMPARE(errorCode(refused), u"forbidden"_s);
    // A live request must be payable: the merchant has no INR wallet to receive it.
    const auto inr = create(
        m_liveKey,
        {{"amount"_L1, 4200}, {"currency"_L1, u"INR"_s}, {"reference_id"_L1, u"ref-live-inr"_s}});
    QCOMPARE(inr.status, 400);
    QCOMPARE(errorCode(inr), u"currency_mismatch"_s);
    QCOMPARE(errorField(inr), u"currency"_s);
}

void TstPayments::expiryWorkerExpiresOnTime()
{
    const QString id = create(m_key, {{"amount"_L1, 100},
                                      {"currency"_L1, u"INR"_s},
                                      {"reference_id"_L1, u"ref-expire"_s},
                                      {"expiry_minutes"_L1, 1}})
                           .json()
                           .value("payment_id"_L1)
                           .toString();
    // Move the deadline to now instead of waiting a minute.
    QCOMPARE(count(u"WITH u AS (UPDATE payments SET expires_at = now() WHERE id = '%1' "
                   "RETURNING 1) SELECT count(*) FROM u"_s.arg(id)),
             1);
    const auto status = [this, &id] {
        return paydesk::test::sendJson(*m_server, "GET", u"/api/v1/payments/"_s + id, {}, m_key)
            .json()
            .value("status"_L1)
            .toString();
    };
    const auto late =
        paydesk::test::sendJson(*m_server, "POST", u"/api/v1/payments/%1/complete"_s.arg(id),
                                {{"status"_L1, u"SUCCESS"_s}}, m_key);
    QCOMPARE(late.status, 409);
    QVERIFY(QStringList({u"payment_expired"_s, u"payment_final"_s}).contains(errorCode(late)));
    QTRY_COMPARE_WITH_TIMEOUT(status(), u"EXPIRED"_s, 4000); // the worker runs every second
}

void TstPayments::statusChangesAreOutboxEvents()
{
    const QString id = create(m_key, {{"amount"_L1, 100},
                                      {"currency"_L1, u"INR"_s},
                                      {"reference_id"_L1, u"ref-events"_s}})
                           .json()
                           .value("payment_id"_L1)
                           .toString();
    QCOMPARE(paydesk::test::sendJson(*m_server, "POST", u"/api/v1/payments/%1/complete"_s.arg(id),
                                     {{"status"_L1, u"FAILED"_s}}, m_key)
                 .status,
             200);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE payload->'data'->>'payment_id' = '%1' AND "
                   "topic IN ('payment.created', 'payment.failed')"_s.arg(id)),
             2);
    QCOMPARE(count(u"SELECT count(*) FROM payment_events WHERE payment_id = '%1'"_s.arg(id)), 2);
}

void TstPayments::paymentUrlOpensTheHostedPage()
{
    const QJsonObject p = create(m_key, {{"amount"_L1, 123456},
                                         {"currency"_L1, u"INR"_s},
                                         {"reference_id"_L1, u"<ref & co>"_s},
                                         {"description"_L1, u"<script>alert(1)</script>"_s}})
                              .json();
    const QUrl url(p.value("payment_url"_L1).toString());
    const auto page = m_server->get(url.path());
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("Shop test"));      // the app's name
    QVERIFY(page.body.contains("1,234.56"));       // the amount, formatted
    QVERIFY(page.body.contains("&lt;script&gt;")); // escaped, never run
    QVERIFY(!page.body.contains("<script>"));
    QVERIFY(page.body.contains("&lt;ref &amp; co&gt;"));
    const QByteArray deepLink = "paydesk://pay/" + p.value("payment_id"_L1).toString().toLatin1();
    QVERIFY(page.body.contains(deepLink));
    QVERIFY(page.body.contains("TEST MODE"));
    QCOMPARE(m_server->get(u"/pay/pay_doesnotexist"_s).status, 404);
}

QTEST_GUILESS_MAIN(TstPayments)
#include "tst_payments.moc"
