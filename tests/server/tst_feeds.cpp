// Payment feeds over the WebSocket (PROTOCOL.md, "Subscriptions"), with real QWebSocket clients
// against a real paydeskd: a merchant follows one of their apps or one payment by its id or
// reference; nobody follows another merchant's; an app's events replay after a sequence the
// console already has, each once; bad subscribe frames get a validation error.
#include "testclient.h"
#include "testserver.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QWebSocket>

#include <functional>

using namespace Qt::StringLiterals;
using paydesk::test::sendJson;
using paydesk::test::TestPerson;
using paydesk::test::TestServer;

namespace {

const QString kPassword = u"correct horse battery staple"_s;

struct Merchant
{
    TestPerson person;
    QString appId;
    QString key;
};

// A connected console that keeps every frame it receives.
class Console
{
public:
    Console(const TestServer &server, const QString &token)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) {
                             frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        socket.open(
            QUrl(u"ws://127.0.0.1:%1/api/v1/ws?access_token=%2"_s.arg(server.port()).arg(token)));
    }
    QList<QJsonObject> ofType(const QString &type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &f : frames)
            if (f.value("type"_L1).toString() == type)
                out.append(f);
        return out;
    }
    bool waitForType(const QString &type, int count = 1)
    {
        QDeadlineTimer deadline(10000);
        while (ofType(type).size() < count && !deadline.hasExpired())
            QTest::qWait(5);
        return ofType(type).size() >= count;
    }
    void send(const QJsonObject &frame)
    {
        socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }
    // The answer to the frame with this id: subscribed, unsubscribed or error.
    QJsonObject answer(const QString &id)
    {
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            for (const QJsonObject &f : std::as_const(frames))
                if (f.value("id"_L1).toString() == id)
                    return f;
            QTest::qWait(5);
        }
        return {};
    }
    QStringList paymentIdsOfEvents() const
    {
        QStringList ids;
        for (const QJsonObject &f : ofType(u"event"_s))
            ids.append(f.value("data"_L1)
                           .toObject()
                           .value("data"_L1)
                           .toObject()
                           .value("payment_id"_L1)
                           .toString());
        return ids;
    }

    QWebSocket socket;
    QList<QJsonObject> frames;
};

} // namespace

class TstFeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void appSubscriptionFollowsItsPayments();
    void unsubscribeStops();
    void replayAfterASequenceSendsEachEventOnce();
    void paymentFollowedByReferenceOrId();
    void anotherMerchantsAppAndPaymentsAreNotFound();
    void badSubscribeFrames_data();
    void badSubscribeFrames();
    void subscribingNeedsAuthentication();

private:
    Merchant merchant(const QString &email);
    QString createPayment(const Merchant &m, const QString &reference);

    std::unique_ptr<TestServer> m_server;
    Merchant m_shop;
    Merchant m_rival;
};

void TstFeeds::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start({u"--auth-rate"_s, u"100000"_s}), qPrintable(m_server->log()));
    m_shop = merchant(u"shop@example.com"_s);
    m_rival = merchant(u"rival@example.com"_s);
    QVERIFY(!m_shop.key.isEmpty() && !m_rival.key.isEmpty());
}

void TstFeeds::cleanupTestCase()
{
    QCOMPARE(m_server->stop(), 0);
}

Merchant TstFeeds::merchant(const QString &email)
{
    Merchant m;
    m.person = paydesk::test::signUp(*m_server, email, kPassword, {}, u"business"_s)
                   .value_or(TestPerson{});
    const auto created =
        sendJson(*m_server, "POST", u"/api/v1/apps"_s,
                 {{"name"_L1, u"Shop"_s}, {"environment"_L1, u"test"_s}}, m.person.token);
    m.appId = created.json().value("app"_L1).toObject().value("id"_L1).toString();
    m.key = created.json().value("api_key"_L1).toObject().value("secret"_L1).toString();
    return m;
}

QString TstFeeds::createPayment(const Merchant &m, const QString &reference)
{
    return sendJson(
               *m_server, "POST", u"/api/v1/payments"_s,
               {{"amount"_L1, 1500}, {"currency"_L1, u"NGN"_s}, {"reference_id"_L1, reference}},
               m.key)
        .json()
        .value("payment_id"_L1)
        .toString();
}

void TstFeeds::appSubscriptionFollowsItsPayments()
{
    Console console(*m_server, m_shop.person.token);
    QVERIFY(console.waitForType(u"authenticated"_s));
    createPayment(m_shop, u"before-subscribing"_s); // relayed before anyone follows: not sent
    QTest::qWait(300);
    console.send({{"type"_L1, u"subscribe"_s}, {"id"_L1, u"s1"_s}, {"app_id"_L1, m_shop.appId}});
    const QJsonObject answer = console.answer(u"s1"_s);
    QCOMPARE(answer.value("type"_L1).toString(), u"subscribed"_s);
    QCOMPARE(answer.value("app_id"_L1).toString(), m_shop.appId);

    const QString id = createPayment(m_shop, u"followed"_s);
    createPayment(m_rival, u"someone-else"_s); // another merchant's: never sent here
    QVERIFY(console.waitForType(u"event"_s));
    QTest::qWait(300);
    QCOMPARE(console.paymentIdsOfEvents(), QStringList{id});
    const QJsonObject e = console.ofType(u"event"_s).first();
    QCOMPARE(e.value("topic"_L1).toString(), u"payment.created"_s);
    QCOMPARE(e.value("data"_L1).toObject().value("app_id"_L1).toString(), m_shop.appId);

    QCOMPARE(sendJson(*m_server, "POST", u"/api/v1/payments/"_s + id + u"/complete"_s,
                      {{"status"_L1, u"FAILED"_s}}, m_shop.key)
                 .status,
             200);
    QVERIFY(console.waitForType(u"event"_s, 2));
    QCOMPARE(console.ofType(u"event"_s).at(1).value("topic"_L1).toString(), u"payment.failed"_s);
}

void TstFeeds::unsubscribeStops()
{
    Console console(*m_server, m_shop.person.token);
    QVERIFY(console.waitForType(u"authenticated"_s));
    console.send({{"type"_L1, u"subscribe"_s}, {"id"_L1, u"s"_s}, {"app_id"_L1, m_shop.appId}});
    QCOMPARE(console.answer(u"s"_s).value("type"_L1).toString(), u"subscribed"_s);
    console.send({{"type"_L1, u"unsubscribe"_s}, {"id"_L1, u"u"_s}, {"app_id"_L1, m_shop.appId}});
    QCOMPARE(console.answer(u"u"_s).value("type"_L1).toString(), u"unsubscribed"_s);
    createPayment(m_shop, u"after-unsubscribing"_s);
    QTest::qWait(500);
    QCOMPARE(console.ofType(u"event"_s).size(), 0);
}

void TstFeeds::replayAfterASequenceSendsEachEventOnce()
{
    const Merchant m = merchant(u"replay@example.com"_s);
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids.append(createPayment(m, u"replay-%1"_s.arg(i)));
    // A console that saw nothing of this app replays all three, then follows live.
    Console console(*m_server, m.person.token);
    QVERIFY(console.waitForType(u"authenticated"_s));
    console.send(
        {{"type"_L1, u"subscribe"_s}, {"id"_L1, u"s"_s}, {"app_id"_L1, m.appId}, {"after"_L1, 0}});
    QCOMPARE(console.answer(u"s"_s).value("type"_L1).toString(), u"subscribed"_s);
    QCOMPARE(console.paymentIdsOfEvents(), ids); // sent before `subscribed`, in order
    const qint64 second = console.ofType(u"event"_s).at(1).value("sequence"_L1).toInteger();
    ids.append(createPayment(m, u"replay-live"_s));
    QVERIFY(console.waitForType(u"event"_s, 4));
    QTest::qWait(300);
    QCOMPARE(console.paymentIdsOfEvents(), ids);

    // Reconnecting after the second event: the third and the live one, each once.
    Console again(*m_server, m.person.token);
    QVERIFY(again.waitForType(u"authenticated"_s));
    again.send({{"type"_L1, u"subscribe"_s},
                {"id"_L1, u"s"_s},
                {"app_id"_L1, m.appId},
                {"after"_L1, second}});
    QCOMPARE(again.answer(u"s"_s).value("type"_L1).toString(), u"subscribed"_s);
    QCOMPARE(again.paymentIdsOfEvents(), ids.mid(2));
}

void TstFeeds::paymentFollowedByReferenceOrId()
{
    const QString id = createPayment(m_shop, u"order-77"_s);
    Console byRef(*m_server, m_shop.person.token);
    Console byId(*m_server, m_shop.person.token);
    QVERIFY(byRef.waitForType(u"authenticated"_s) && byId.waitForType(u"authenticated"_s));
    byRef.send({{"type"_L1, u"subscribe"_s}, {"id"_L1, u"r"_s}, {"tx_ref"_L1, u"order-77"_s}});
    byId.send({{"type"_L1, u"subscribe"_s}, {"id"_L1, u"i"_s}, {"tx_ref"_L1, id}});
    for (auto [console, tag] : {std::pair{&byRef, u"r"_s}, std::pair{&byId, u"i"_s}}) {
        const QJsonObject answer = console->answer(tag);
        QCOMPARE(answer.value("type"_L1).toString(), u"subscribed"_s);
        const QJsonArray now = answer.value("payments"_L1).toArray();
        QCOMPARE(now.size(), 1); // the state now, to start from
        QCOMPARE(now.first().toObject().value("payment_id"_L1).toString(), id);
        QCOMPARE(now.first().toObject().value("status"_L1).toString(), u"PENDING"_s);
    }
    createPayment(m_shop, u"order-78"_s); // another payment of the same app: not followed
    QCOMPARE(sendJson(*m_server, "POST", u"/api/v1/payments/"_s + id + u"/complete"_s,
                      {{"status"_L1, u"SUCCESS"_s}}, m_shop.key)
                 .status,
             200);
    QVERIFY(byRef.waitForType(u"event"_s) && byId.waitForType(u"event"_s));
    QTest::qWait(300);
    for (Console *c : {&byRef, &byId}) {
        QCOMPARE(c->paymentIdsOfEvents(), QStringList{id});
        QCOMPARE(c->ofType(u"event"_s).first().value("topic"_L1).toString(), u"payment.success"_s);
    }
}

void TstFeeds::anotherMerchantsAppAndPaymentsAreNotFound()
{
    const QString theirs = createPayment(m_rival, u"rival-order"_s);
    Console console(*m_server, m_shop.person.token);
    QVERIFY(console.waitForType(u"authenticated"_s));
    console.send({{"type"_L1, u"subscribe"_s}, {"id"_L1, u"a"_s}, {"app_id"_L1, m_rival.appId}});
    console.send({{"type"_L1, u"subscribe"_s}, {"id"_L1, u"p"_s}, {"tx_ref"_L1, theirs}});
    console.send({{"type"_L1, u"subscribe"_s}, {"id"_L1, u"r"_s}, {"tx_ref"_L1, u"rival-order"_s}});
    for (const QString &id : {u"a"_s, u"p"_s, u"r"_s}) {
        const QJsonObject answer = console.answer(id);
        QCOMPARE(answer.value("type"_L1).toString(), u"error"_s);
        QCOMPARE(answer.value("error"_L1).toObject().value("code"_L1).toString(), u"not_found"_s);
    }
    QCOMPARE(sendJson(*m_server, "POST", u"/api/v1/payments/"_s + theirs + u"/complete"_s,
                      {{"status"_L1, u"SUCCESS"_s}}, m_rival.key)
                 .status,
             200);
    QTest::qWait(500);
    QCOMPARE(console.ofType(u"event"_s).size(), 0);
}

void TstFeeds::badSubscribeFrames_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("field");
    QTest::newRow("neither") << QByteArray(R"({"type":"subscribe","id":"x"})") << u"app_id"_s;
    QTest::newRow("both") << QByteArray(
                                 R"({"type":"subscribe","id":"x","app_id":"a","tx_ref":"r"})")
                          << u"tx_ref"_s;
    QTest::newRow("app not a string")
        << QByteArray(R"({"type":"subscribe","id":"x","app_id":7})") << u"app_id"_s;
    QTest::newRow("empty tx_ref") << QByteArray(R"({"type":"subscribe","id":"x","tx_ref":""})")
                                  << u"tx_ref"_s;
    QTest::newRow("negative after")
        << QByteArray(R"({"type":"subscribe","id":"x","app_id":"a","after":-1})") << u"after"_s;
    QTest::newRow("fractional after")
        << QByteArray(R"({"type":"subscribe","id":"x","app_id":"a","after":1.5})") << u"after"_s;
    QTest::newRow("after with tx_ref")
        << QByteArray(R"({"type":"subscribe","id":"x","tx_ref":"r","after":1})") << u"after"_s;
    QTest::newRow("unsubscribe without target")
        << QByteArray(R"({"type":"unsubscribe","id":"x"})") << u"app_id"_s;
}

void TstFeeds::badSubscribeFrames()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, field);
    Console console(*m_server, m_shop.person.token);
    QVERIFY(console.waitForType(u"authenticated"_s));
    console.socket.sendTextMessage(QString::fromUtf8(frame));
    const QJsonObject answer = console.answer(u"x"_s);
    QCOMPARE(answer.value("type"_L1).toString(), u"error"_s);
    const QJsonObject error = answer.value("error"_L1).toObject();
    QCOMPARE(error.value("code"_L1).toString(), u"validation_error"_s);
    QCOMPARE(error.value("field"_L1).toString(), field);
}

void TstFeeds::subscribingNeedsAuthentication()
{
    Console console(*m_server, QString());
    QVERIFY(console.waitForType(u"hello"_s));
    console.send({{"type"_L1, u"subscribe"_s}, {"id"_L1, u"x"_s}, {"app_id"_L1, m_shop.appId}});
    const QJsonObject error = console.answer(u"x"_s).value("error"_L1).toObject();
    QCOMPARE(error.value("code"_L1).toString(), u"unauthenticated"_s);
}

QTEST_GUILESS_MAIN(TstFeeds)
#include "tst_feeds.moc"
