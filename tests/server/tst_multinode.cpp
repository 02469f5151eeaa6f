// Two paydeskd nodes on one PostgreSQL, as behind a load balancer: a token from one works on
// the other (shared --jwt-keys), every committed outbox event reaches both nodes' relays
// (LISTEN/NOTIFY) once each, webhook deliveries are shared between the nodes' dispatchers and
// sent once each, and the expiry worker of both nodes expires each payment once.
#include "ledgeraudit.h"
#include "testclient.h"
#include "testserver.h"
#include "webhookreceiver.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using paydesk::test::TestServer;
using paydesk::test::WebhookReceiver;

namespace {
const QString kPassword = u"correct horse battery"_s;
const QString kPin = u"4826"_s;
// One signing key for both nodes (43 base64url characters: 32 bytes).
const QString kJwtKeys = u"shared:c2hhcmVkLWtleS1mb3ItdHdvLW5vZGVzLW9mLXBheWRlc2s"_s;

QStringList common()
{
    return {u"--auth-rate"_s,
            u"100000"_s,
            u"--account-rate"_s,
            u"100000"_s,
            u"--argon2-memory-kib"_s,
            u"256"_s,
            u"--argon2-iterations"_s,
            u"1"_s,
            u"--allow-loopback-webhooks"_s,
            u"1"_s,
            u"--webhook-poll-ms"_s,
            u"50"_s,
            u"--jwt-keys"_s,
            kJwtKeys};
}
} // namespace

class TstMultiNode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tokensWorkOnBothNodes();
    void everyEventReachesBothRelays();
    void webhooksAreSentOnceByTwoDispatchers();
    void expiryRunsOnceAcrossNodes();
    void eventsReachClientsOnTheOtherNode();
    void chatAcrossNodes();
    void personalEventsResumeAcrossNodes();
    void presenceAndTypingAcrossNodes();
    void crossingTransfersOnTwoNodesAllGoThrough();

private:
    qint64 metric(const TestServer &node, const QString &name);
    qint64 scalar(const QString &sql);
    QString createPayment(const QString &key, const QString &reference, int expiryMinutes = 30);

    std::unique_ptr<TestServer> m_a;
    std::unique_ptr<TestServer> m_b;
    WebhookReceiver m_receiver;
    QString m_token;
    QString m_key;
    QString m_appId;
};

void TstMultiNode::initTestCase()
{
    QVERIFY(m_receiver.listen());
    m_a = std::make_unique<TestServer>();
    QVERIFY2(m_a->start(common()), qPrintable(m_a->log()));
    // Node B uses node A's PostgreSQL (its unix socket) instead of a cluster of its own.
    m_b = std::make_unique<TestServer>();
    const QString url =
        u"postgres://paydesk@/paydesk?host="_s +
        QString::fromLatin1(QUrl::toPercentEncoding(m_a->dataDir() + u"/postgres/run"_s));
    QVERIFY2(m_b->start(common() << u"--database-url"_s << url), qPrintable(m_b->log()));
    const auto shop =
        paydesk::test::signUp(*m_a, u"nodes@example.com"_s, kPassword, {}, u"business"_s);
    QVERIFY(shop);
    m_token = shop->token;
}

void TstMultiNode::cleanupTestCase()
{
    const int bStopped = m_b->stop();
    if (bStopped != 0)
        qWarning().noquote() << m_b->log().right(3000);
    QCOMPARE(bStopped, 0);
    QCOMPARE(m_a->stop(), 0);
}

qint64 TstMultiNode::metric(const TestServer &node, const QString &name)
{
    const QString text = QString::fromUtf8(node.get(u"/metrics"_s).body);
    const auto match =
        QRegularExpression(u"^"_s + name + u" (\\d+)$"_s, QRegularExpression::MultilineOption)
            .match(text);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

qint64 TstMultiNode::scalar(const QString &sql)
{
    return paydesk::test::queryScalar(*m_a, sql);
}

QString TstMultiNode::createPayment(const QString &key, const QString &reference, int expiryMinutes)
{
    // Alternate nodes, as a load balancer would.
    const TestServer &node = reference.endsWith(u'1') ? *m_b : *m_a;
    return paydesk::test::sendJson(node, "POST", u"/api/v1/payments"_s,
                                   {{"amount"_L1, 700},
                                    {"currency"_L1, u"NGN"_s},
                                    {"reference_id"_L1, reference},
                                    {"expiry_minutes"_L1, expiryMinutes}},
                                   key)
        .json()
        .value("payment_id"_L1)
        .toString();
}

void TstMultiNode::tokensWorkOnBothNodes()
{
    const auto created = paydesk::test::sendJson(*m_b, "POST", u"/api/v1/apps"_s,
                                                 {{"name"_L1, u"Two nodes"_s},
                                                  {"environment"_L1, u"test"_s},
                                                  {"webhook_url"_L1, m_receiver.url(u"/n"_s)}},
                                                 m_token);
    QCOMPARE(created.status, 201);
    m_key = created.json().value("api_key"_L1).toObject().value("secret"_L1).toString();
    m_appId = created.json().value("app"_L1).toObject().value("id"_L1).toString();
    QVERIFY(m_appId.startsWith("app_"_L1));
    QCOMPARE(paydesk::test::sendJson(*m_a, "GET", u"/api/v1/app"_s, {}, m_key).status, 200);
}

void TstMultiNode::everyEventReachesBothRelays()
{
    // Both relays are done with what happened so far (sign-up, the app) before counting.
    const qint64 settled = scalar(u"SELECT coalesce(max(id), 0) FROM outbox"_s);
    for (const TestServer *node : {m_a.get(), m_b.get()})
        QTRY_VERIFY_WITH_TIMEOUT(
            metric(*node, u"paydesk_outbox_relayed_sequence"_s) >= settled || settled == 0, 10000);
    const qint64 beforeA = metric(*m_a, u"paydesk_outbox_relayed_total"_s);
    const qint64 beforeB = metric(*m_b, u"paydesk_outbox_relayed_total"_s);
    const qint64 firstNew = scalar(u"SELECT coalesce(max(id), 0) FROM outbox"_s);
    for (int i = 0; i < 20; ++i)
        QVERIFY(!createPayment(m_key, u"relay-%1"_s.arg(i)).isEmpty());
    const qint64 written = scalar(u"SELECT count(*) FROM outbox WHERE id > %1"_s.arg(firstNew));
    QVERIFY(written >= 20);
    const qint64 last = scalar(u"SELECT max(id) FROM outbox"_s);
    for (const TestServer *node : {m_a.get(), m_b.get()})
        QTRY_COMPARE_WITH_TIMEOUT(metric(*node, u"paydesk_outbox_relayed_sequence"_s), last, 5000);
    // Once each on each node: nothing skipped, nothing twice.
    QCOMPARE(metric(*m_a, u"paydesk_outbox_relayed_total"_s) - beforeA, written);
    QCOMPARE(metric(*m_b, u"paydesk_outbox_relayed_total"_s) - beforeB, written);
}

void TstMultiNode::webhooksAreSentOnceByTwoDispatchers()
{
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered'"_s),
        scalar(u"SELECT count(*) FROM webhook_deliveries"_s), 10000);
    const auto got = m_receiver.received(u"/n"_s);
    QSet<QByteArray> ids;
    for (const auto &r : got)
        ids.insert(r.header("webhook-id"));
    QCOMPARE(qint64(ids.size()), scalar(u"SELECT count(*) FROM webhook_deliveries"_s));
    QCOMPARE(got.size(), ids.size()); // a healthy endpoint gets each event exactly once
}

void TstMultiNode::expiryRunsOnceAcrossNodes()
{
    QStringList ids;
    for (int i = 0; i < 10; ++i)
        ids.append(createPayment(m_key, u"expire-%1"_s.arg(i), 1));
    // Due now: both nodes' expiry workers race for them.
    QCOMPARE(scalar(u"WITH u AS (UPDATE payments SET expires_at = now() WHERE reference_id LIKE "
                    "'expire-%' RETURNING 1) SELECT count(*) FROM u"_s),
             10);
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT count(*) FROM payments WHERE reference_id LIKE 'expire-%' AND status = "
               "'EXPIRED'"_s),
        10, 10000);
    QCOMPARE(scalar(u"SELECT count(*) FROM payment_events e JOIN payments p ON p.id = "
                    "e.payment_id WHERE p.reference_id LIKE 'expire-%' AND e.status = "
                    "'EXPIRED'"_s),
             10);
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE topic = 'payment.expired'"_s), 10);
}

// A WebSocket client that keeps every frame it receives.
struct Client
{
    QWebSocket socket;
    QList<QJsonObject> frames;

    void open(const TestServer &node, const QString &token)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) {
                             frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        QUrl url = node.url(u"/api/v1/ws"_s);
        url.setScheme(u"ws"_s);
        url.setQuery(u"access_token="_s + token);
        socket.open(url);
    }
    QList<QJsonObject> of(const QString &type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &f : frames)
            if (f.value("type"_L1).toString() == type)
                out.append(f);
        return out;
    }
    void send(const QJsonObject &frame)
    {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson()));
    }
};

void TstMultiNode::eventsReachClientsOnTheOtherNode()
{
    // The merchant's console is connected to node B and follows the app; the payment is made
    // through node A.
    Client console;
    console.open(*m_b, m_token);
    QTRY_VERIFY_WITH_TIMEOUT(!console.of(u"authenticated"_s).isEmpty(), 5000);
    console.send({{"type"_L1, u"subscribe"_s}, {"id"_L1, 1}, {"app_id"_L1, m_appId}});
    QTRY_COMPARE_WITH_TIMEOUT(console.of(u"subscribed"_s).size(), 1, 5000);
    const QString id = paydesk::test::sendJson(*m_a, "POST", u"/api/v1/payments"_s,
                                               {{"amount"_L1, 4321},
                                                {"currency"_L1, u"NGN"_s},
                                                {"reference_id"_L1, u"live-monitor"_s}},
                                               m_key)
                           .json()
                           .value("payment_id"_L1)
                           .toString();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(console.of(u"event"_s).size(), 1, 5000);
    const QJsonObject event = console.of(u"event"_s).first();
    QCOMPARE(event.value("topic"_L1).toString(), u"payment.created"_s);
    QCOMPARE(event.value("data"_L1)
                 .toObject()
                 .value("data"_L1)
                 .toObject()
                 .value("payment_id"_L1)
                 .toString(),
             id);
    QVERIFY(event.value("sequence"_L1).toInteger() > 0);
    QVERIFY(event.value("event_id"_L1).toString().startsWith("evt_"_L1));

    // A second console on node A follows that payment by its reference, and sees it complete.
    Client shop;
    shop.open(*m_a, m_token);
    QTRY_VERIFY_WITH_TIMEOUT(!shop.of(u"authenticated"_s).isEmpty(), 5000);
    shop.send({{"type"_L1, u"subscribe"_s}, {"id"_L1, 2}, {"tx_ref"_L1, u"live-monitor"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(shop.of(u"subscribed"_s).size(), 1, 5000);
    const QJsonArray now = shop.of(u"subscribed"_s).first().value("payments"_L1).toArray();
    QCOMPARE(now.size(), 1);
    QCOMPARE(now.first().toObject().value("status"_L1).toString(), u"PENDING"_s);
    QCOMPARE(paydesk::test::sendJson(*m_b, "POST", u"/api/v1/payments/"_s + id + u"/complete"_s,
                                     {{"status"_L1, u"SUCCESS"_s}}, m_key)
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(shop.of(u"event"_s).size(), 1, 5000);
    QCOMPARE(shop.of(u"event"_s).first().value("topic"_L1).toString(), u"payment.success"_s);
    QTRY_COMPARE_WITH_TIMEOUT(console.of(u"event"_s).size(), 2, 5000);
}

void TstMultiNode::chatAcrossNodes()
{
    const auto alice = paydesk::test::signUp(*m_a, u"alice@example.com"_s, kPassword);
    const auto bob = paydesk::test::signUp(*m_b, u"bob@example.com"_s, kPassword);
    QVERIFY(alice && bob);
    Client onA;
    Client onB;
    onA.open(*m_a, alice->token);
    onB.open(*m_b, bob->token);
    QTRY_VERIFY_WITH_TIMEOUT(
        !onA.of(u"authenticated"_s).isEmpty() && !onB.of(u"authenticated"_s).isEmpty(), 5000);
    for (int i = 0; i < 10; ++i)
        onA.send({{"type"_L1, u"message.send"_s},
                  {"id"_L1, i},
                  {"to"_L1, bob->id},
                  {"text"_L1, u"across %1"_s.arg(i)},
                  {"client_id"_L1, u"a-%1"_s.arg(i)}});
    QTRY_COMPARE_WITH_TIMEOUT(onB.of(u"message.new"_s).size(), 10, 10000);
    for (int i = 0; i < 10; ++i) // in order, each once
        QCOMPARE(onB.of(u"message.new"_s)
                     .at(i)
                     .value("message"_L1)
                     .toObject()
                     .value("text"_L1)
                     .toString(),
                 u"across %1"_s.arg(i));
    // The answer goes the other way.
    onB.send({{"type"_L1, u"message.send"_s},
              {"to"_L1, alice->id},
              {"text"_L1, u"got them"_s},
              {"client_id"_L1, u"b-1"_s}});
    QTRY_VERIFY_WITH_TIMEOUT(
        [&onA] {
            for (const QJsonObject &f : onA.of(u"message.new"_s))
                if (f.value("message"_L1).toObject().value("text"_L1).toString() == "got them"_L1)
                    return true;
            return false;
        }(),
        10000);
}

void TstMultiNode::personalEventsResumeAcrossNodes()
{
    // Carol pays Dave through node A; Dave's app is connected to node B.
    const auto carol = paydesk::test::signUp(*m_a, u"carol@example.com"_s, kPassword, kPin);
    const auto dave = paydesk::test::signUp(*m_b, u"dave@example.com"_s, kPassword, kPin);
    QVERIFY(carol && dave);
    QVERIFY(paydesk::test::seedFunding(*m_a, carol->walletId, 10'000));
    const auto pay = [&](qint64 amount) {
        return paydesk::test::sendJson(
                   *m_a, "POST", u"/api/v1/wallet/transfer"_s,
                   {{"recipient"_L1, dave->id}, {"amount"_L1, amount}, {"pin"_L1, kPin}},
                   carol->token)
            .status;
    };
    const auto walletEvents = [](const Client &c) {
        QList<QJsonObject> out;
        for (const QJsonObject &f : c.of(u"event"_s))
            if (f.value("topic"_L1).toString() == "wallet.updated"_L1)
                out.append(f);
        return out;
    };
    qint64 lastSeq = 0;
    {
        Client phone;
        phone.open(*m_b, dave->token);
        QTRY_VERIFY_WITH_TIMEOUT(!phone.of(u"authenticated"_s).isEmpty(), 5000);
        phone.send({{"type"_L1, u"resume"_s}, {"id"_L1, u"r1"_s}, {"after"_L1, 0}});
        QTRY_COMPARE_WITH_TIMEOUT(phone.of(u"resumed"_s).size(), 1, 5000);
        QCOMPARE(pay(100), 201);
        QTRY_COMPARE_WITH_TIMEOUT(walletEvents(phone).size(), 1, 5000);
        const QJsonObject e = walletEvents(phone).first();
        QCOMPARE(e.value("data"_L1).toObject().value("balance"_L1).toInteger(), 100);
        QVERIFY(e.value("seq"_L1).toInteger() > 0);
        QVERIFY(!e.value("event_id"_L1).toString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(phone.of(u"event"_s).size() >= 2, 5000); // and the transaction
        lastSeq = phone.frames.last().value("seq"_L1).toInteger();
        QVERIFY(lastSeq > 0);
    }
    // Offline, Dave is paid twice; back on node A he resumes after what he had.
    QCOMPARE(pay(200), 201);
    QCOMPARE(pay(300), 201);
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT count(*) FROM chat_events WHERE user_id = '%1' AND frame LIKE "
               "'%%wallet.updated%%'"_s.arg(dave->id)),
        3, 5000);
    Client laptop;
    laptop.open(*m_a, dave->token);
    QTRY_VERIFY_WITH_TIMEOUT(!laptop.of(u"authenticated"_s).isEmpty(), 5000);
    laptop.send({{"type"_L1, u"resume"_s}, {"id"_L1, u"r2"_s}, {"after"_L1, lastSeq}});
    QTRY_VERIFY_WITH_TIMEOUT(!laptop.of(u"resumed"_s).isEmpty() &&
                                 laptop.of(u"resumed"_s).last().value("id"_L1) == u"r2"_s,
                             5000);
    const QList<QJsonObject> missed = walletEvents(laptop);
    QCOMPARE(missed.size(), 2);
    QCOMPARE(missed.at(0).value("data"_L1).toObject().value("balance"_L1).toInteger(), 300);
    QCOMPARE(missed.at(1).value("data"_L1).toObject().value("balance"_L1).toInteger(), 600);
    qint64 previous = lastSeq;
    for (const QJsonObject &f : laptop.frames) // gap-free, in order, after the position given
        if (f.contains("seq"_L1) && f.value("type"_L1).toString() == "event"_L1) {
            QCOMPARE(f.value("seq"_L1).toInteger(), previous + 1);
            previous = f.value("seq"_L1).toInteger();
        }
    QCOMPARE(laptop.of(u"resumed"_s).last().value("seq"_L1).toInteger(), previous);

    // Having paid each other, they are contacts: Dave sees Carol come online.
    Client carolsPhone;
    carolsPhone.open(*m_b, carol->token);
    const auto sawCarolOnline = [&laptop, id = carol->id] {
        for (const QJsonObject &f : laptop.of(u"presence"_s))
            if (f.value("user_id"_L1).toString() == id && f.value("online"_L1).toBool())
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sawCarolOnline(), 5000);
}

void TstMultiNode::presenceAndTypingAcrossNodes()
{
    // Erin (node A) and Frank have chatted, so each sees the other's presence.
    const auto erin = paydesk::test::signUp(*m_a, u"erin@example.com"_s, kPassword);
    const auto frank = paydesk::test::signUp(*m_b, u"frank@example.com"_s, kPassword);
    QVERIFY(erin && frank);
    Client watcher;
    watcher.open(*m_a, erin->token);
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.of(u"authenticated"_s).isEmpty(), 5000);
    watcher.send({{"type"_L1, u"message.send"_s},
                  {"to"_L1, frank->id},
                  {"text"_L1, u"are you there?"_s},
                  {"client_id"_L1, u"e-1"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(watcher.of(u"message.ack"_s).size(), 1, 5000);
    const auto presence = [&watcher] {
        QList<bool> seen;
        for (const QJsonObject &f : watcher.of(u"presence"_s))
            seen.append(f.value("online"_L1).toBool());
        return seen;
    };

    auto onB = std::make_unique<Client>();
    onB->open(*m_b, frank->token);
    QTRY_COMPARE_WITH_TIMEOUT(presence(), QList<bool>{true}, 5000);
    // A second device on the other node is the same presence: nothing new.
    auto onA = std::make_unique<Client>();
    onA->open(*m_a, frank->token);
    QTRY_VERIFY_WITH_TIMEOUT(!onA->of(u"authenticated"_s).isEmpty(), 5000);
    const auto users =
        paydesk::test::sendJson(*m_a, "GET", u"/api/v1/chat/conversations"_s, {}, erin->token);
    QCOMPARE(users.status, 200);
    const QJsonObject peer =
        users.json().value("data"_L1).toArray().first().toObject().value("peer"_L1).toObject();
    QCOMPARE(peer.value("online"_L1).toBool(), true); // known on node A through node B's row

    // Typing on node B reaches Erin on node A.
    onB->send({{"type"_L1, u"typing"_s}, {"to"_L1, erin->id}, {"typing"_L1, true}});
    QTRY_COMPARE_WITH_TIMEOUT(watcher.of(u"typing"_s).size(), 1, 5000);
    QCOMPARE(watcher.of(u"typing"_s).first().value("from"_L1).toString(), frank->id);

    onB.reset(); // still online through node A
    QTest::qWait(500);
    QCOMPARE(presence(), QList<bool>{true});
    onA.reset(); // gone everywhere
    QTRY_COMPARE_WITH_TIMEOUT(presence(), (QList<bool>{true, false}), 5000);
    QVERIFY(!watcher.of(u"presence"_s).last().value("last_seen"_L1).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TstMultiNode)
// Each node's committer batches transfers, and a batch locks its units' wallets in unit order.
// Two nodes' batches that take the same wallets in opposite orders wait on each other; no lane
// key stops that across nodes. Whoever waits gives way (a lock timeout), and its units run again
// in a later batch: every transfer goes through, none fails for the database's deadlock.
void TstMultiNode::crossingTransfersOnTwoNodesAllGoThrough()
{
    constexpr int kRing = 4;
    constexpr int kRounds = 60;
    constexpr qint64 kSeed = 1'000'000;
    QList<paydesk::test::TestPerson> people;
    for (int i = 0; i < kRing; ++i) {
        auto p = paydesk::test::signUp(*m_a, u"ring%1@example.com"_s.arg(i), kPassword, kPin);
        QVERIFY(p);
        QVERIFY(paydesk::test::seedFunding(*m_a, p->walletId, kSeed));
        people.append(*p);
    }
    // Node A sends every transfer one way round the ring, node B the other, 8 at a time each.
    QHash<int, int> statuses;
    QStringList failures;
    int inFlight = 0;
    int sent = 0;
    QEventLoop loop;
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    std::function<void(QNetworkAccessManager *, const TestServer *, int)> next =
        [&](QNetworkAccessManager *nam, const TestServer *node, int direction) {
            if (sent >= 2 * kRounds * kRing) {
                if (inFlight == 0)
                    loop.quit();
                return;
            }
            const int n = sent++;
            const int from = n % kRing;
            const int to = (from + direction + kRing) % kRing;
            QNetworkRequest request(node->url(u"/api/v1/wallet/transfer"_s));
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
            request.setRawHeader("Authorization", "Bearer " + people[from].token.toLatin1());
            request.setRawHeader("Idempotency-Key", "ring-" + QByteArray::number(n));
            ++inFlight;
            QNetworkReply *reply =
                nam->post(request, QJsonDocument(QJsonObject{{"recipient"_L1, people[to].id},
                                                             {"amount"_L1, 100},
                                                             {"pin"_L1, kPin}})
                                       .toJson(QJsonDocument::Compact));
            QObject::connect(
                reply, &QNetworkReply::finished, reply, [&, reply, nam, node, direction] {
                    --inFlight;
                    const int status =
                        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    ++statuses[status];
                    if (status != 201)
                        failures.append(QString::number(status) + u' ' +
                                        QString::fromUtf8(reply->readAll().left(200)));
                    reply->deleteLater();
                    next(nam, node, direction);
                });
        };
    for (int c = 0; c < 16; ++c) {
        clients.push_back(std::make_unique<QNetworkAccessManager>());
        next(clients.back().get(), c % 2 ? m_b.get() : m_a.get(), c % 2 ? -1 : 1);
    }
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit); // bounded, whatever happens
    loop.exec();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(u'\n')));
    QCOMPARE(statuses.value(201), 2 * kRounds * kRing);
    const qint64 gaveWayA = metric(*m_a, u"paydesk_group_commit_gave_way_total"_s);
    const qint64 gaveWayB = metric(*m_b, u"paydesk_group_commit_gave_way_total"_s);
    qInfo("units that gave way: %lld on node A, %lld on node B", gaveWayA, gaveWayB);
    QVERIFY(gaveWayA + gaveWayB > 0); // the batches did cross (100 or so in a run here)
    const auto audit = paydesk::test::auditLedger(*m_a);
    QVERIFY2(audit.clean(), qPrintable(audit.describe()));
}

#include "tst_multinode.moc"
