// Chat over the WebSocket and its HTTP side, with real QWebSocket clients against a real
// paydeskd: ordering, acks and dedupe, receipts, offline delivery, resume without gaps or
// duplicates, presence over two devices, authorisation, slow consumers and bad frames.
#include "ledgeraudit.h"
#include "testclient.h"
#include "testserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <functional>

using namespace Qt::StringLiterals;
using paydesk::test::HttpResult;
using paydesk::test::sendJson;
using paydesk::test::TestPerson;
using paydesk::test::TestServer;

namespace {

const QString kPassword = u"correct horse battery staple"_s;
constexpr qint64 kMaxQueue = 65536;

// A connected client of one person that collects every frame it receives.
class Client
{
public:
    Client(const TestServer &server, const TestPerson &person, const QString &extraQuery = {})
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) {
                             frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        socket.open(QUrl(u"ws://127.0.0.1:%1/api/v1/ws?access_token=%2%3"_s.arg(server.port())
                             .arg(person.token, extraQuery)));
    }
    bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!done() && !deadline.hasExpired())
            QTest::qWait(5);
        return done();
    }
    QList<QJsonObject> ofType(const QString &type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &f : frames)
            if (f.value("type"_L1).toString() == type)
                out.append(f);
        return out;
    }
    bool waitForType(const QString &type, int count = 1, int timeoutMs = 10000)
    {
        return waitFor([&] { return ofType(type).size() >= count; }, timeoutMs);
    }
    bool authenticated() { return waitForType(u"authenticated"_s); }
    void send(const QJsonObject &frame)
    {
        socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }
    void sendMessage(const QString &to, const QString &text, const QString &clientId)
    {
        send({{"type"_L1, u"message.send"_s},
              {"to"_L1, to},
              {"text"_L1, text},
              {"client_id"_L1, clientId}});
    }
    // The seq of every logged event received (message.new, message.delivered, message.read).
    QList<qint64> seqs() const
    {
        QList<qint64> out;
        for (const QJsonObject &f : frames) {
            const QString t = f.value("type"_L1).toString();
            if (t == "message.new"_L1 || t == "message.delivered"_L1 || t == "message.read"_L1)
                out.append(f.value("seq"_L1).toInteger());
        }
        return out;
    }
    // The id of the stored message the n-th ack (0-based) stands for.
    QString ackedId(int n = 0) const
    {
        return ofType(u"message.ack"_s)
            .value(n)
            .value("message"_L1)
            .toObject()
            .value("id"_L1)
            .toString();
    }
    QWebSocket socket;
    QList<QJsonObject> frames;
};

QString errorCodeOf(const QJsonObject &frame)
{
    return frame.value("error"_L1).toObject().value("code"_L1).toString();
}

// PUT .../read takes no body (sendJson would send "{}").
HttpResult markRead(const TestServer &server, const QString &messageId, const QString &token)
{
    return server.send("PUT", u"/api/v1/chat/messages/%1/read"_s.arg(messageId), {},
                       {{"Authorization", "Bearer " + token.toLatin1()}});
}

bool contiguous(const QList<qint64> &seqs, qint64 first)
{
    for (int i = 0; i < seqs.size(); ++i)
        if (seqs[i] != first + i)
            return false;
    return true;
}

qint64 rssKiB(qint64 pid)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

class TstChat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hundredMessagesArriveInOrderWithAcks();
    void resendWithSameClientIdStoresOnce();
    void concurrentResendsFromTwoDevicesStoreOnce();
    void sendersOtherDevicesGetTheMessage();
    void deliveredAndReadReceiptsByFrame();
    void readReceiptsOverHttp();
    void offlineMessagesArriveInOrderOnConnect();
    void resumeAfterReconnectHasNoGapsOrDuplicates();
    void receiptsAreResumedForTheSender();
    void presenceCountsDevicesAsOne();
    void typingIsRelayedToThePeer();
    void typingAfterASendComesAfterItsMessage();
    void strangersCannotReadOrMarkAnotherPairsMessages();
    void httpListsConversationsHistoryAndUsers();
    void badChatFrames_data();
    void badChatFrames();
    void chatFramesNeedAuthentication();
    void slowConsumerIsCutOffAndMemoryStaysBounded();
    void stormOfSendsReceiptsAndTransfersKeepsLogsGapFree();
    void aTransferIsInBothLogsWhenItIsAnswered();
    void eventsQueuedForTheRelayGoBeforeATransfersOwn();
    void rewindWhileAReusedClientIdIsAnsweredLosesNothing();

private:
    TestPerson person();
    std::unique_ptr<TestServer> m_server;
    int m_people = 0;
};

void TstChat::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    // Many people sign up here; the per-IP sign-up limit is tested in tst_authlimits.
    QVERIFY2(m_server->start({u"--ws-max-queue-bytes"_s, QString::number(kMaxQueue),
                              u"--auth-rate"_s, u"100000"_s}),
             qPrintable(m_server->log()));
}

void TstChat::cleanupTestCase()
{
    const int code = m_server->stop();
    if (qEnvironmentVariableIsSet("TST_CHAT_LOG"))
        qInfo().noquote() << m_server->log().right(20000);
    QCOMPARE(code, 0);
}

TestPerson TstChat::person()
{
    ++m_people;
    auto p = paydesk::test::signUp(*m_server, u"chatter%1@example.com"_s.arg(m_people), kPassword);
    if (!p)
        qFatal("sign-up failed");
    return *p;
}

void TstChat::hundredMessagesArriveInOrderWithAcks()
{
    const TestPerson a = person(), b = person();
    Client ca(*m_server, a, u"&after=0"_s), cb(*m_server, b, u"&after=0"_s);
    QVERIFY(ca.authenticated() && cb.authenticated());
    for (int i = 0; i < 100; ++i)
        ca.sendMessage(b.id, u"m%1"_s.arg(i), u"c%1"_s.arg(i));
    QVERIFY(ca.waitForType(u"message.ack"_s, 100));
    QVERIFY(cb.waitForType(u"message.new"_s, 100));
    const auto received = cb.ofType(u"message.new"_s);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(received[i].value("message"_L1).toObject().value("text"_L1).toString(),
                 u"m%1"_s.arg(i));
    QVERIFY(contiguous(cb.seqs(), 1));
    const auto acks = ca.ofType(u"message.ack"_s);
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(acks[i].value("client_id"_L1).toString(), u"c%1"_s.arg(i));
        QVERIFY(
            acks[i].value("message"_L1).toObject().value("id"_L1).toString().startsWith(u"msg_"_s));
        QVERIFY(
            !acks[i].value("message"_L1).toObject().value("created_at"_L1).toString().isEmpty());
    }
    // The sender's own connection got acks, not copies of its messages.
    QVERIFY(ca.waitForType(u"message.delivered"_s, 100));
    QCOMPARE(ca.ofType(u"message.new"_s).size(), 0);
}

void TstChat::resendWithSameClientIdStoresOnce()
{
    const TestPerson a = person(), b = person();
    Client ca(*m_server, a, u"&after=0"_s);
    QVERIFY(ca.authenticated());
    ca.sendMessage(b.id, u"hello"_s, u"same-id"_s);
    QVERIFY(ca.waitForType(u"message.ack"_s, 1));
    ca.sendMessage(b.id, u"hello"_s, u"same-id"_s);
    QVERIFY(ca.waitForType(u"message.ack"_s, 2));
    const auto acks = ca.ofType(u"message.ack"_s);
    QCOMPARE(acks[1].value("message"_L1).toObject().value("id"_L1),
             acks[0].value("message"_L1).toObject().value("id"_L1));
    QCOMPARE(acks[1].value("seq"_L1), acks[0].value("seq"_L1));
    QCOMPARE(acks[0].value("duplicate"_L1).toBool(), false);
    QCOMPARE(acks[1].value("duplicate"_L1).toBool(), true);
    ca.send({{"type"_L1, u"message.send"_s},
             {"to"_L1, b.id},
             {"text"_L1, u"other"_s},
             {"client_id"_L1, u"same-id"_s},
             {"id"_L1, 9}});
    QVERIFY(ca.waitForType(u"error"_s));
    QCOMPARE(errorCodeOf(ca.ofType(u"error"_s).first()), u"client_id_reused"_s);
    QCOMPARE(ca.ofType(u"error"_s).first().value("id"_L1).toInt(), 9);
    const HttpResult history =
        sendJson(*m_server, "GET", u"/api/v1/chat/history/"_s + b.id, {}, a.token);
    QCOMPARE(history.status, 200);
    QCOMPARE(history.json().value("data"_L1).toArray().size(), 1);
}

void TstChat::concurrentResendsFromTwoDevicesStoreOnce()
{
    const TestPerson a = person(), b = person();
    Client a1(*m_server, a, u"&after=0"_s), a2(*m_server, a, u"&after=0"_s);
    QVERIFY(a1.authenticated() && a2.authenticated());
    for (int i = 0; i < 20; ++i) {
        a1.sendMessage(b.id, u"twice %1"_s.arg(i), u"dup%1"_s.arg(i));
        a2.sendMessage(b.id, u"twice %1"_s.arg(i), u"dup%1"_s.arg(i));
    }
    QVERIFY(a1.waitForType(u"message.ack"_s, 20) && a2.waitForType(u"message.ack"_s, 20));
    for (int i = 0; i < 20; ++i) {
        const QJsonObject x = a1.ofType(u"message.ack"_s)[i], y = a2.ofType(u"message.ack"_s)[i];
        QCOMPARE(x.value("message"_L1).toObject().value("id"_L1),
                 y.value("message"_L1).toObject().value("id"_L1));
        QVERIFY(x.value("duplicate"_L1).toBool() != y.value("duplicate"_L1).toBool());
    }
    const HttpResult all =
        sendJson(*m_server, "GET", u"/api/v1/chat/all-messages?limit=100"_s, {}, a.token);
    QCOMPARE(all.json().value("data"_L1).toArray().size(), 20);
}

void TstChat::sendersOtherDevicesGetTheMessage()
{
    const TestPerson a = person(), b = person();
    Client a1(*m_server, a, u"&after=0"_s), a2(*m_server, a, u"&after=0"_s);
    QVERIFY(a1.authenticated() && a2.authenticated());
    for (int i = 0; i < 5; ++i)
        a1.sendMessage(b.id, u"mine %1"_s.arg(i), u"mine%1"_s.arg(i));
    QVERIFY(a1.waitForType(u"message.ack"_s, 5));
    QVERIFY(a2.waitForType(u"message.new"_s, 5));
    const auto copies = a2.ofType(u"message.new"_s);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(copies[i].value("message"_L1).toObject().value("from"_L1).toString(), a.id);
        QCOMPARE(copies[i].value("message"_L1).toObject().value("text"_L1).toString(),
                 u"mine %1"_s.arg(i));
    }
    QVERIFY(contiguous(a2.seqs(), 1));
    QTest::qWait(200);
    QCOMPARE(a1.ofType(u"message.new"_s).size(), 0); // the sending device has acks instead
}

void TstChat::deliveredAndReadReceiptsByFrame()
{
    const TestPerson a = person(), b = person();
    Client ca(*m_server, a, u"&after=0"_s), cb(*m_server, b, u"&after=0"_s);
    QVERIFY(ca.authenticated() && cb.authenticated());
    ca.sendMessage(b.id, u"are you there?"_s, u"r1"_s);
    QVERIFY(cb.waitForType(u"message.new"_s));
    const QString id = cb.ofType(u"message.new"_s)
                           .first()
                           .value("message"_L1)
                           .toObject()
                           .value("id"_L1)
                           .toString();
    QVERIFY(ca.waitForType(u"message.delivered"_s));
    QCOMPARE(ca.ofType(u"message.delivered"_s).first().value("message_id"_L1).toString(), id);
    QCOMPARE(ca.ofType(u"message.delivered"_s).first().value("client_id"_L1).toString(), u"r1"_s);
    cb.send({{"type"_L1, u"message.read"_s}, {"up_to"_L1, id}, {"id"_L1, u"rd"_s}});
    QVERIFY(cb.waitForType(u"message.read.ack"_s));
    QCOMPARE(cb.ofType(u"message.read.ack"_s).first().value("id"_L1).toString(), u"rd"_s);
    QVERIFY(ca.waitForType(u"message.read"_s));
    const QJsonObject read = ca.ofType(u"message.read"_s).first();
    QCOMPARE(read.value("up_to"_L1).toString(), id);
    QCOMPARE(read.value("reader_id"_L1).toString(), b.id);
    QCOMPARE(read.value("message_ids"_L1).toArray().size(), 1);
    QVERIFY(contiguous(ca.seqs(), 2)); // seq 1 was the ack of the sent message
}

void TstChat::readReceiptsOverHttp()
{
    const TestPerson a = person(), b = person();
    Client ca(*m_server, a, u"&after=0"_s);
    QVERIFY(ca.authenticated());
    for (int i = 0; i < 3; ++i)
        ca.sendMessage(b.id, u"n%1"_s.arg(i), u"h%1"_s.arg(i));
    QVERIFY(ca.waitForType(u"message.ack"_s, 3));
    const QString second = ca.ackedId(1);
    const QString third = ca.ackedId(2);
    HttpResult conv = sendJson(*m_server, "GET", u"/api/v1/chat/conversations"_s, {}, b.token);
    QCOMPARE(conv.status, 200);
    QCOMPARE(conv.json().value("data"_L1).toArray().first().toObject().value("unread_count"_L1), 3);
    HttpResult r = markRead(*m_server, second, b.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("message_ids"_L1).toArray().size(), 2); // read up to the second
    QVERIFY(ca.waitForType(u"message.read"_s));
    r = markRead(*m_server, third, b.token);
    QCOMPARE(r.json().value("message_ids"_L1).toArray().size(), 1);
    r = markRead(*m_server, third, b.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("message_ids"_L1).toArray().size(), 0); // read already: no receipt
    QVERIFY(ca.waitForType(u"message.read"_s, 2));
    QTest::qWait(200);
    QCOMPARE(ca.ofType(u"message.read"_s).size(), 2);
    conv = sendJson(*m_server, "GET", u"/api/v1/chat/conversations"_s, {}, b.token);
    QCOMPARE(conv.json().value("data"_L1).toArray().first().toObject().value("unread_count"_L1), 0);
    // A client that always sends a JSON body (the desktop's) may send an empty object; anything
    // in it is still refused.
    const QList<QPair<QByteArray, QByteArray>> headers{
        {"Authorization", "Bearer " + b.token.toLatin1()}, {"Content-Type", "application/json"}};
    const QString path = u"/api/v1/chat/messages/%1/read"_s.arg(third);
    QCOMPARE(m_server->send("PUT", path, " { } ", headers).status, 200);
    QCOMPARE(m_server->send("PUT", path, R"({"up_to":"x"})", headers).status, 400);
}

void TstChat::offlineMessagesArriveInOrderOnConnect()
{
    const TestPerson a = person(), b = person();
    {
        Client ca(*m_server, a, u"&after=0"_s);
        QVERIFY(ca.authenticated());
        for (int i = 0; i < 20; ++i)
            ca.sendMessage(b.id, u"offline %1"_s.arg(i), u"o%1"_s.arg(i));
        QVERIFY(ca.waitForType(u"message.ack"_s, 20));
    }
    // No position given: the server starts before the first undelivered message.
    Client cb(*m_server, b);
    QVERIFY(cb.waitForType(u"message.new"_s, 20));
    QVERIFY(cb.waitForType(u"resumed"_s));
    const auto received = cb.ofType(u"message.new"_s);
    QCOMPARE(received.size(), 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(received[i].value("message"_L1).toObject().value("text"_L1).toString(),
                 u"offline %1"_s.arg(i));
    // Delivered now: a second device connecting without a position gets nothing again.
    QTest::qWait(300);
    Client cb2(*m_server, b);
    QVERIFY(cb2.waitForType(u"resumed"_s));
    QCOMPARE(cb2.ofType(u"message.new"_s).size(), 0);
}

void TstChat::resumeAfterReconnectHasNoGapsOrDuplicates()
{
    const TestPerson a = person(), b = person();
    Client ca(*m_server, a, u"&after=0"_s);
    QVERIFY(ca.authenticated());
    qint64 last = 0;
    {
        Client cb(*m_server, b, u"&after=0"_s);
        QVERIFY(cb.authenticated());
        for (int i = 0; i < 10; ++i)
            ca.sendMessage(b.id, u"first %1"_s.arg(i), u"f%1"_s.arg(i));
        QVERIFY(cb.waitForType(u"message.new"_s, 10));
        last = cb.seqs().constLast();
        QCOMPARE(last, 10);
        cb.socket.close();
        QVERIFY(cb.waitFor([&] { return cb.socket.state() == QAbstractSocket::UnconnectedState; }));
    }
    for (int i = 0; i < 15; ++i)
        ca.sendMessage(b.id, u"missed %1"_s.arg(i), u"x%1"_s.arg(i));
    QVERIFY(ca.waitForType(u"message.ack"_s, 25));
    // Reconnect with the auth frame and a resume frame, as a client library would.
    Client cb(*m_server, TestPerson{b.id, b.email, {}, {}, {}});
    QVERIFY(cb.waitForType(u"hello"_s));
    cb.send({{"type"_L1, u"auth"_s}, {"token"_L1, b.token}});
    cb.send({{"type"_L1, u"resume"_s}, {"after"_L1, last}, {"id"_L1, u"res"_s}});
    QVERIFY(cb.waitForType(u"resumed"_s));
    QCOMPARE(cb.ofType(u"resumed"_s).first().value("id"_L1).toString(), u"res"_s);
    QCOMPARE(cb.ofType(u"resumed"_s).first().value("seq"_L1).toInteger(), 25);
    const auto received = cb.ofType(u"message.new"_s);
    QCOMPARE(received.size(), 15);
    for (int i = 0; i < 15; ++i)
        QCOMPARE(received[i].value("message"_L1).toObject().value("text"_L1).toString(),
                 u"missed %1"_s.arg(i));
    QVERIFY(contiguous(cb.seqs(), 11));
    // Live again: the next message follows without a gap.
    ca.sendMessage(b.id, u"live"_s, u"live"_s);
    QVERIFY(cb.waitForType(u"message.new"_s, 16));
    QVERIFY(contiguous(cb.seqs(), 11));
}

void TstChat::receiptsAreResumedForTheSender()
{
    const TestPerson a = person(), b = person();
    qint64 last = 0;
    QString id;
    {
        Client ca(*m_server, a, u"&after=0"_s);
        QVERIFY(ca.authenticated());
        ca.sendMessage(b.id, u"read me later"_s, u"rl"_s);
        QVERIFY(ca.waitForType(u"message.ack"_s));
        last = ca.ofType(u"message.ack"_s).first().value("seq"_L1).toInteger();
        id = ca.ackedId();
    }
    QTest::qWait(100);
    Client cb(*m_server, b);
    QVERIFY(cb.waitForType(u"message.new"_s));
    QCOMPARE(markRead(*m_server, id, b.token).status, 200);
    Client ca(*m_server, a, u"&after=%1"_s.arg(last));
    QVERIFY(ca.waitForType(u"resumed"_s));
    QCOMPARE(ca.ofType(u"message.delivered"_s).size(), 1);
    QCOMPARE(ca.ofType(u"message.read"_s).size(), 1);
    QVERIFY(contiguous(ca.seqs(), last + 1));
}

void TstChat::presenceCountsDevicesAsOne()
{
    const TestPerson a = person(), b = person();
    Client ca(*m_server, a, u"&after=0"_s);
    QVERIFY(ca.authenticated());
    ca.sendMessage(b.id, u"hi"_s, u"p1"_s); // now contacts
    QVERIFY(ca.waitForType(u"message.ack"_s));
    auto presence = [&] {
        return ca.ofType(u"presence"_s);
    };
    auto b1 = std::make_unique<Client>(*m_server, b, u"&after=0"_s);
    QVERIFY(ca.waitForType(u"presence"_s, 1));
    QCOMPARE(presence().constLast().value("user_id"_L1).toString(), b.id);
    QCOMPARE(presence().constLast().value("online"_L1).toBool(), true);
    auto b2 = std::make_unique<Client>(*m_server, b, u"&after=0"_s);
    QVERIFY(b2->authenticated());
    b1.reset();
    QTest::qWait(500);
    QCOMPARE(presence().size(), 1); // the second device kept b online
    HttpResult users =
        sendJson(*m_server, "GET", u"/api/v1/chat/users?q="_s + b.email, {}, a.token);
    QCOMPARE(users.status, 200);
    QCOMPARE(users.json().value("data"_L1).toArray().first().toObject().value("online"_L1), true);
    b2.reset();
    QVERIFY(ca.waitForType(u"presence"_s, 2));
    QCOMPARE(presence().constLast().value("online"_L1).toBool(), false);
    QVERIFY(!presence().constLast().value("last_seen"_L1).toString().isEmpty());
    users = sendJson(*m_server, "GET", u"/api/v1/chat/users?q="_s + b.email, {}, a.token);
    const QJsonObject u = users.json().value("data"_L1).toArray().first().toObject();
    QCOMPARE(u.value("online"_L1), false);
    QVERIFY(u.value("last_seen"_L1).isString());
}

void TstChat::typingIsRelayedToThePeer()
{
    const TestPerson a = person(), b = person();
    Client ca(*m_server, a, u"&after=0"_s), cb(*m_server, b, u"&after=0"_s);
    QVERIFY(ca.authenticated() && cb.authenticated());
    ca.send({{"type"_L1, u"typing"_s}, {"to"_L1, b.id}});
    QVERIFY(cb.waitForType(u"typing"_s));
    QCOMPARE(cb.ofType(u"typing"_s).first().value("from"_L1).toString(), a.id);
    QCOMPARE(cb.ofType(u"typing"_s).first().value("typing"_L1).toBool(), true);
    QVERIFY(cb.seqs().isEmpty()); // not logged
}

// A message ends its sender's "typing" on the peer's screen, so a "typing" sent after it must
// not overtake it: the send commits in a batch while a typing frame is relayed at once.
void TstChat::typingAfterASendComesAfterItsMessage()
{
    const TestPerson a = person(), b = person();
    Client ca(*m_server, a, u"&after=0"_s), cb(*m_server, b, u"&after=0"_s);
    QVERIFY(ca.authenticated() && cb.authenticated());
    for (int round = 0; round < 5; ++round) {
        const int before = cb.frames.size();
        ca.sendMessage(b.id, u"hey"_s, u"t"_s + QString::number(round));
        ca.send({{"type"_L1, u"typing"_s}, {"to"_L1, b.id}, {"typing"_L1, true}});
        QVERIFY(cb.waitForType(u"typing"_s, round + 1));
        QStringList order;
        for (qsizetype i = before; i < cb.frames.size(); ++i)
            order << cb.frames.at(i).value("type"_L1).toString();
        QCOMPARE(order, (QStringList{u"message.new"_s, u"typing"_s}));
    }
}

void TstChat::strangersCannotReadOrMarkAnotherPairsMessages()
{
    const TestPerson a = person(), b = person(), c = person();
    Client ca(*m_server, a, u"&after=0"_s);
    QVERIFY(ca.authenticated());
    ca.sendMessage(b.id, u"private"_s, u"s1"_s);
    QVERIFY(ca.waitForType(u"message.ack"_s));
    const QString id = ca.ackedId();
    // c's own conversation with a is empty; a and b's messages appear nowhere for c.
    HttpResult r = sendJson(*m_server, "GET", u"/api/v1/chat/history/"_s + a.id, {}, c.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("data"_L1).toArray().size(), 0);
    r = sendJson(*m_server, "GET", u"/api/v1/chat/all-messages"_s, {}, c.token);
    QCOMPARE(r.json().value("data"_L1).toArray().size(), 0);
    r = sendJson(*m_server, "GET", u"/api/v1/chat/conversations"_s, {}, c.token);
    QCOMPARE(r.json().value("data"_L1).toArray().size(), 0);
    // Marking another pair's message read: as good as absent. The sender cannot either.
    r = markRead(*m_server, id, c.token);
    QCOMPARE(r.status, 404);
    r = markRead(*m_server, id, a.token);
    QCOMPARE(r.status, 403);
    Client cc(*m_server, c, u"&after=0"_s);
    QVERIFY(cc.authenticated());
    cc.send({{"type"_L1, u"message.read"_s}, {"up_to"_L1, id}});
    QVERIFY(cc.waitForType(u"error"_s));
    QCOMPARE(errorCodeOf(cc.ofType(u"error"_s).first()), u"not_found"_s);
    r = sendJson(*m_server, "GET", u"/api/v1/chat/history/usr_nobody"_s, {}, c.token);
    QCOMPARE(r.status, 404);
    r = sendJson(*m_server, "GET", u"/api/v1/chat/history/"_s + c.id, {}, c.token);
    QCOMPARE(r.status, 422);
    QCOMPARE(paydesk::test::errorCode(r), u"self_chat"_s);
    r = sendJson(*m_server, "GET", u"/api/v1/chat/history/"_s + a.id);
    QCOMPARE(r.status, 401);
    // b, the recipient, sees it.
    r = sendJson(*m_server, "GET", u"/api/v1/chat/history/"_s + a.id, {}, b.token);
    QCOMPARE(r.json().value("data"_L1).toArray().first().toObject().value("id"_L1).toString(), id);
}

void TstChat::httpListsConversationsHistoryAndUsers()
{
    const TestPerson a = person(), b = person(), c = person();
    Client ca(*m_server, a, u"&after=0"_s);
    QVERIFY(ca.authenticated());
    for (int i = 0; i < 25; ++i)
        ca.sendMessage(b.id, u"page %1"_s.arg(i), u"pg%1"_s.arg(i));
    ca.sendMessage(c.id, u"to c"_s, u"toc"_s);
    QVERIFY(ca.waitForType(u"message.ack"_s, 26));
    // History newest first, keyset pages with no repeats and no gaps.
    QStringList texts;
    QString cursor;
    for (int page = 0; page < 10; ++page) {
        QString path = u"/api/v1/chat/history/%1?limit=10"_s.arg(b.id);
        if (!cursor.isEmpty())
            path += u"&cursor="_s + cursor;
        const HttpResult r = sendJson(*m_server, "GET", path, {}, a.token);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &m : r.json().value("data"_L1).toArray())
            texts.append(m.toObject().value("text"_L1).toString());
        if (!r.json().value("has_more"_L1).toBool())
            break;
        cursor = r.json().value("next_cursor"_L1).toString();
    }
    QCOMPARE(texts.size(), 25);
    for (int i = 0; i < 25; ++i)
        QCOMPARE(texts[i], u"page %1"_s.arg(24 - i));
    HttpResult r = sendJson(*m_server, "GET", u"/api/v1/chat/all-messages?limit=5"_s, {}, a.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("data"_L1).toArray().first().toObject().value("text"_L1).toString(),
             u"to c"_s);
    QCOMPARE(r.json().value("has_more"_L1).toBool(), true);
    r = sendJson(*m_server, "GET", u"/api/v1/chat/conversations"_s, {}, a.token);
    const QJsonArray convs = r.json().value("data"_L1).toArray();
    QCOMPARE(convs.size(), 2);
    QCOMPARE(convs[0].toObject().value("peer"_L1).toObject().value("id"_L1).toString(), c.id);
    QCOMPARE(convs[1].toObject().value("last_message"_L1).toObject().value("text"_L1).toString(),
             u"page 24"_s);
    r = sendJson(*m_server, "GET", u"/api/v1/chat/users?q=CHATTER"_s, {}, a.token);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value("data"_L1).toArray().size() >= 2);
    r = sendJson(*m_server, "GET", u"/api/v1/chat/users?nope=1"_s, {}, a.token);
    QCOMPARE(r.status, 400);
    r = sendJson(*m_server, "GET", u"/api/v1/chat/all-messages?limit=0"_s, {}, a.token);
    QCOMPARE(r.status, 400);
}

void TstChat::badChatFrames_data()
{
    QTest::addColumn<QJsonObject>("frame");
    QTest::addColumn<QString>("code");
    const QString self = u"SELF"_s, peer = u"PEER"_s;
    QTest::newRow("send without to") << QJsonObject{{"type"_L1, u"message.send"_s},
                                                    {"text"_L1, u"x"_s},
                                                    {"client_id"_L1, u"a"_s}}
                                     << u"validation_error"_s;
    QTest::newRow("text not a string") << QJsonObject{{"type"_L1, u"message.send"_s},
                                                      {"to"_L1, peer},
                                                      {"text"_L1, 5},
                                                      {"client_id"_L1, u"a"_s}}
                                       << u"validation_error"_s;
    QTest::newRow("empty text") << QJsonObject{{"type"_L1, u"message.send"_s},
                                               {"to"_L1, peer},
                                               {"text"_L1, u"  "_s},
                                               {"client_id"_L1, u"a"_s}}
                                << u"validation_error"_s;
    QTest::newRow("text too long") << QJsonObject{{"type"_L1, u"message.send"_s},
                                                  {"to"_L1, peer},
                                                  {"text"_L1, QString(4001, u'x')},
                                                  {"client_id"_L1, u"a"_s}}
                                   << u"message_too_long"_s;
    QTest::newRow("no client id") << QJsonObject{{"type"_L1, u"message.send"_s},
                                                 {"to"_L1, peer},
                                                 {"text"_L1, u"x"_s}}
                                  << u"validation_error"_s;
    QTest::newRow("to oneself") << QJsonObject{{"type"_L1, u"message.send"_s},
                                               {"to"_L1, self},
                                               {"text"_L1, u"x"_s},
                                               {"client_id"_L1, u"a"_s}}
                                << u"self_chat"_s;
    QTest::newRow("to nobody") << QJsonObject{{"type"_L1, u"message.send"_s},
                                              {"to"_L1, u"usr_nobody"_s},
                                              {"text"_L1, u"x"_s},
                                              {"client_id"_L1, u"a"_s}}
                               << u"recipient_not_found"_s;
    QTest::newRow("read unknown message")
        << QJsonObject{{"type"_L1, u"message.read"_s}, {"up_to"_L1, u"msg_nothing"_s}}
        << u"not_found"_s;
    QTest::newRow("read without up_to")
        << QJsonObject{{"type"_L1, u"message.read"_s}} << u"validation_error"_s;
    QTest::newRow("resume negative")
        << QJsonObject{{"type"_L1, u"resume"_s}, {"after"_L1, -1}} << u"validation_error"_s;
    QTest::newRow("resume text") << QJsonObject{{"type"_L1, u"resume"_s}, {"after"_L1, u"5"_s}}
                                 << u"validation_error"_s;
    QTest::newRow("typing to oneself")
        << QJsonObject{{"type"_L1, u"typing"_s}, {"to"_L1, self}} << u"self_chat"_s;
    QTest::newRow("typing not a bool")
        << QJsonObject{{"type"_L1, u"typing"_s}, {"to"_L1, peer}, {"typing"_L1, u"yes"_s}}
        << u"validation_error"_s;
}

void TstChat::badChatFrames()
{
    QFETCH(QJsonObject, frame);
    QFETCH(QString, code);
    static const TestPerson a = person(), b = person();
    for (const char *key : {"to", "up_to"}) {
        if (frame.value(QLatin1StringView(key)) == u"SELF"_s)
            frame.insert(QLatin1StringView(key), a.id);
        if (frame.value(QLatin1StringView(key)) == u"PEER"_s)
            frame.insert(QLatin1StringView(key), b.id);
    }
    frame.insert("id"_L1, u"bad-1"_s);
    Client ca(*m_server, a, u"&after=0"_s);
    QVERIFY(ca.authenticated());
    ca.send(frame);
    QVERIFY(ca.waitForType(u"error"_s));
    const QJsonObject error = ca.ofType(u"error"_s).first();
    QCOMPARE(errorCodeOf(error), code);
    QCOMPARE(error.value("id"_L1).toString(), u"bad-1"_s);
    QCOMPARE(ca.socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(sendJson(*m_server, "GET", u"/api/v1/chat/all-messages"_s, {}, a.token)
                 .json()
                 .value("data"_L1)
                 .toArray()
                 .size(),
             0); // nothing stored
}

void TstChat::chatFramesNeedAuthentication()
{
    const TestPerson b = person();
    Client anon(*m_server, TestPerson{});
    QVERIFY(anon.waitForType(u"hello"_s));
    anon.sendMessage(b.id, u"x"_s, u"x"_s);
    QVERIFY(anon.waitForType(u"error"_s));
    QCOMPARE(errorCodeOf(anon.ofType(u"error"_s).first()), u"unauthenticated"_s);
}

void TstChat::slowConsumerIsCutOffAndMemoryStaysBounded()
{
    const TestPerson a = person(), slow = person(), other = person();
    const qint64 pid = m_server->process().processId();
    // A client that completes the handshake and then never reads: Qt stops taking bytes from
    // the kernel once its one-byte read buffer is full.
    QTcpSocket raw;
    raw.setReadBufferSize(1);
    raw.connectToHost(u"127.0.0.1"_s, m_server->port());
    QVERIFY(raw.waitForConnected(5000));
    raw.write(u"GET /api/v1/ws?access_token=%1&after=0 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              "Upgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"_s
                  .arg(slow.token)
                  .toLatin1());
    QVERIFY(raw.waitForBytesWritten(5000));
    Client ca(*m_server, a, u"&after=0"_s), co(*m_server, other, u"&after=0"_s);
    QVERIFY(ca.authenticated() && co.authenticated());
    const qint64 rssBefore = rssKiB(pid);
    const QString big(4000, u'z');
    bool disconnected = false;
    QObject::connect(&raw, &QTcpSocket::disconnected, &raw, [&] { disconnected = true; });
    int sent = 0;
    auto openSockets = [&] {
        const HttpResult m = m_server->get(u"/metrics"_s);
        for (const QByteArray &line : m.body.split('\n'))
            if (line.startsWith("paydesk_websocket_connections "))
                return line.mid(30).toInt();
        return -1;
    };
    QVERIFY(openSockets() >= 3);
    // Up to 24 MB for it; the server must give up on it long before that.
    const int openBefore = openSockets();
    for (int batch = 0; batch < 60 && openSockets() == openBefore; ++batch) {
        for (int i = 0; i < 100; ++i, ++sent)
            ca.sendMessage(slow.id, big, u"big%1"_s.arg(sent));
        QVERIFY(ca.waitForType(u"message.ack"_s, sent, 60000));
    }
    QVERIFY2(ca.waitFor([&] { return openSockets() == openBefore - 1; }, 10000),
             qPrintable(u"still open after %1 messages"_s.arg(sent)));
    const qint64 rssAfter = rssKiB(pid);
    qInfo() << "cut off after" << sent << "messages of 4000 chars; server RSS" << rssBefore << "->"
            << rssAfter << "KiB";
    QVERIFY2(rssAfter - rssBefore < 64 * 1024, "the server's memory grew without bound");
    // The others are still served.
    ca.sendMessage(other.id, u"still here"_s, u"still"_s);
    QVERIFY(co.waitForType(u"message.new"_s));
    // Nothing was lost for the slow one: it resumes from the log.
    Client again(*m_server, slow, u"&after=0"_s);
    QVERIFY(again.waitForType(u"resumed"_s, 1, 60000));
    QCOMPARE(again.ofType(u"message.new"_s).size(), sent);
    Q_UNUSED(disconnected);
}

void TstChat::stormOfSendsReceiptsAndTransfersKeepsLogsGapFree()
{
    // Sends and receipts commit in the group committer's batches, side by side on its lanes,
    // and transfers between the same people write their wallet events into the same logs in
    // their own units (naming the two log heads as lane keys). All at once: every send is
    // answered, nothing waits in a circle, and every person's log stays one gap-free sequence
    // ending at its head.
    constexpr int kPeople = 8;
    constexpr int kRounds = 25;
    const QString pin = u"4826"_s;
    QList<TestPerson> people;
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < kPeople; ++i) {
        ++m_people;
        auto p = paydesk::test::signUp(*m_server, u"storm%1@example.com"_s.arg(m_people), kPassword,
                                       pin);
        QVERIFY(p);
        QVERIFY(paydesk::test::seedFunding(*m_server, p->walletId, 1'000'000));
        people.append(*p);
        clients.push_back(std::make_unique<Client>(*m_server, *p, u"&after=0"_s));
    }
    for (auto &c : clients)
        QVERIFY(c->authenticated());
    int transfersOk = 0;
    for (int round = 0; round < kRounds; ++round) {
        for (int i = 0; i < kPeople; ++i) {
            const int to = (i + 1 + round % (kPeople - 1)) % kPeople;
            clients[i]->sendMessage(people[to].id, u"r%1 from %2"_s.arg(round).arg(i),
                                    u"storm-%1-%2"_s.arg(round).arg(i));
        }
        // While those commit: a transfer (wallet events for two logs) and read receipts.
        const int from = round % kPeople;
        const auto t = sendJson(*m_server, "POST", u"/api/v1/wallet/transfer"_s,
                                {{"recipient"_L1, people[(from + 3) % kPeople].email},
                                 {"amount"_L1, 100 + round},
                                 {"pin"_L1, pin}},
                                people[from].token);
        transfersOk += t.status == 201 ? 1 : 0;
        for (auto &c : clients) {
            const auto received = c->ofType(u"message.new"_s);
            if (received.isEmpty())
                continue;
            const QJsonObject last = received.last().value("message"_L1).toObject();
            c->send({{"type"_L1, u"message.read"_s}, {"up_to"_L1, last.value("id"_L1)}});
        }
    }
    QCOMPARE(transfersOk, kRounds);
    for (auto &c : clients) {
        QVERIFY(c->waitForType(u"message.ack"_s, kRounds, 30000));
        const auto errors = c->ofType(u"error"_s);
        if (!errors.isEmpty()) // what this connection saw, in order, to tell why
            for (const QJsonObject &f : c->frames)
                qInfo().noquote() << f.value("type"_L1).toString() << f.value("seq"_L1).toInteger()
                                  << f.value("message"_L1).toObject().value("from"_L1).toString()
                                  << f.value("message"_L1).toObject().value("id"_L1).toString()
                                  << f.value("up_to"_L1).toString();
        QVERIFY2(errors.isEmpty(),
                 errors.isEmpty() ? "" : QJsonDocument(errors.first()).toJson().constData());
    }
    QStringList quoted;
    for (const TestPerson &p : std::as_const(people))
        quoted.append(u"'%1'"_s.arg(p.id));
    const QString among = quoted.join(u',');
    const auto scalar = [this](const QString &sql) {
        return paydesk::test::queryScalar(*m_server, sql);
    };
    // Everything sent was stored once and delivered; the relay moved every wallet event.
    QCOMPARE(scalar(u"SELECT count(*) FROM chat_messages WHERE sender_id IN (%1)"_s.arg(among)),
             kPeople * kRounds);
    QVERIFY(clients.front()->waitFor(
        [&] {
            return scalar(u"SELECT count(*) FROM chat_messages WHERE sender_id IN (%1) "
                          "AND delivered_at IS NULL"_s.arg(among)) == 0 &&
                   scalar(u"SELECT count(*) FROM person_event_queue"_s) == 0;
        },
        30000));
    for (const TestPerson &p : std::as_const(people)) {
        const qint64 logged =
            scalar(u"SELECT count(*) FROM chat_events e JOIN chat_event_heads h USING (user_id) "
                   "WHERE user_id = '%1' HAVING count(*) = max(h.last_seq) AND min(e.seq) = 1 "
                   "AND max(e.seq) = max(h.last_seq)"_s.arg(p.id));
        QVERIFY2(logged > kRounds, qPrintable(u"%1: %2"_s.arg(p.id).arg(logged)));
        QVERIFY(scalar(u"SELECT count(*) FROM chat_events WHERE user_id = '%1' AND "
                       "frame LIKE '%transaction.updated%'"_s.arg(p.id)) > 0);
    }
    const auto audit = paydesk::test::auditLedger(*m_server);
    QVERIFY2(audit.clean(), qPrintable(audit.describe()));
}

void TstChat::aTransferIsInBothLogsWhenItIsAnswered()
{
    // A transfer writes its personal events straight into both people's logs in its own
    // commit: when the answer comes they are there, after the chat events before them, with
    // no outbox row or queue entry to move, and both people's connections on this node get
    // them as the log has them. The two became contacts.
    const QString pin = u"2468"_s;
    ++m_people;
    auto a =
        paydesk::test::signUp(*m_server, u"payer%1@example.com"_s.arg(m_people), kPassword, pin);
    ++m_people;
    auto b =
        paydesk::test::signUp(*m_server, u"payee%1@example.com"_s.arg(m_people), kPassword, pin);
    QVERIFY(a && b);
    QVERIFY(paydesk::test::seedFunding(*m_server, a->walletId, 50'000));
    Client ca(*m_server, *a, u"&after=0"_s), cb(*m_server, *b, u"&after=0"_s);
    QVERIFY(ca.authenticated() && cb.authenticated());
    ca.sendMessage(b->id, u"sending you 120"_s, u"before-transfer"_s);
    QVERIFY(ca.waitForType(u"message.ack"_s) && cb.waitForType(u"message.new"_s));
    const auto scalar = [this](const QString &sql) {
        return paydesk::test::queryScalar(*m_server, sql);
    };
    const qint64 outboxBefore = scalar(u"SELECT count(*) FROM outbox"_s);
    const auto t =
        sendJson(*m_server, "POST", u"/api/v1/wallet/transfer"_s,
                 {{"recipient"_L1, b->email}, {"amount"_L1, 120}, {"pin"_L1, pin}}, a->token);
    QCOMPARE(t.status, 201);
    const QString txnId = t.json().value("transaction"_L1).toObject().value("id"_L1).toString();
    // At the answer, with nothing else running: in both logs, each gap-free to its head.
    for (const TestPerson &p : {*a, *b}) {
        QCOMPARE(scalar(u"SELECT count(*) FROM chat_events WHERE user_id = '%1' AND frame LIKE "
                        "'%%\"transaction_id\":\"%2\"%%'"_s.arg(p.id, txnId)),
                 1); // wallet.updated
        QCOMPARE(scalar(u"SELECT count(*) FROM chat_events WHERE user_id = '%1' AND frame LIKE "
                        "'%%\"topic\":\"transaction.updated\"%%' AND frame LIKE '%%%2%%'"_s.arg(
                            p.id, txnId)),
                 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM chat_events e JOIN chat_event_heads h USING "
                        "(user_id) WHERE user_id = '%1' HAVING count(*) = max(h.last_seq) AND "
                        "min(e.seq) = 1"_s.arg(p.id)),
                 scalar(u"SELECT last_seq FROM chat_event_heads WHERE user_id = '%1'"_s.arg(p.id)));
    }
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox"_s), outboxBefore);
    QCOMPARE(scalar(u"SELECT count(*) FROM person_event_queue"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM chat_contacts WHERE (user_id, peer_id) IN (('%1', "
                    "'%2'), ('%2', '%1'))"_s.arg(a->id, b->id)),
             2);
    // Each connection: its two events, right after what it had, as logged (no outbox sequence).
    for (Client *c : {&ca, &cb}) {
        QVERIFY(c->waitForType(u"event"_s, 2));
        const QString who = c == &ca ? a->id : b->id;
        const QList<QJsonObject> events = c->ofType(u"event"_s);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).value("topic"_L1).toString(), u"wallet.updated"_s);
        QCOMPARE(events.at(1).value("topic"_L1).toString(), u"transaction.updated"_s);
        QCOMPARE(events.at(1)
                     .value("data"_L1)
                     .toObject()
                     .value("transaction"_L1)
                     .toObject()
                     .value("id"_L1)
                     .toString(),
                 txnId);
        const qint64 first = events.at(0).value("seq"_L1).toInteger();
        QVERIFY(first > 1); // after the message, in the same log
        QCOMPARE(scalar(u"SELECT seq FROM chat_events WHERE user_id = '%1' AND frame LIKE "
                        "'%%wallet.updated%%' AND frame LIKE '%%%2%%'"_s.arg(who, txnId)),
                 first);
        QCOMPARE(events.at(1).value("seq"_L1).toInteger(), first + 1);
        for (const QJsonObject &e : events) {
            QVERIFY(!e.contains("sequence"_L1));
            QVERIFY(e.value("event_id"_L1).toString().startsWith("evt_"_L1));
            QVERIFY(!e.value("at"_L1).toString().isEmpty());
        }
    }
    QCOMPARE(
        ca.ofType(u"event"_s).at(0).value("data"_L1).toObject().value("balance"_L1).toInteger(),
        50'000 - 120);
    QCOMPARE(
        cb.ofType(u"event"_s).at(0).value("data"_L1).toObject().value("balance"_L1).toInteger(),
        120);
}

void TstChat::eventsQueuedForTheRelayGoBeforeATransfersOwn()
{
    // An event committed through the outbox (a settlement, say) waits in the queue until the
    // relay moves it into the log. A transfer to the same person committing meanwhile must not
    // log its events ahead of it: its statement takes the person's queued events first.
    const QString pin = u"1470"_s;
    ++m_people;
    auto a =
        paydesk::test::signUp(*m_server, u"early%1@example.com"_s.arg(m_people), kPassword, pin);
    ++m_people;
    auto b =
        paydesk::test::signUp(*m_server, u"queued%1@example.com"_s.arg(m_people), kPassword, pin);
    QVERIFY(a && b);
    QVERIFY(paydesk::test::seedFunding(*m_server, a->walletId, 10'000));
    const auto scalar = [this](const QString &sql) {
        return paydesk::test::queryScalar(*m_server, sql);
    };
    {
        // Queued without the outbox's NOTIFY (triggers off for this transaction), so the relay
        // only finds it on its next poll, up to a second later: the transfer comes first.
        QSqlDatabase db = paydesk::test::openServerDatabase(*m_server, u"queued"_s);
        QSqlQuery q(db);
        QVERIFY(db.transaction());
        QVERIFY2(q.exec(u"SET LOCAL session_replication_role = replica"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY2(
            q.exec(
                u"WITH o AS (INSERT INTO outbox (event_id, topic, user_id, payload) VALUES "
                "('evt_queued_first', 'wallet.updated', '%1', '{\"balance\": 1}') "
                "RETURNING id) INSERT INTO person_event_queue (outbox_id) SELECT id FROM o"_s.arg(
                    b->id)),
            qPrintable(q.lastError().text()));
        QVERIFY(db.commit());
    }
    QSqlDatabase::removeDatabase(u"queued"_s);
    const auto t =
        sendJson(*m_server, "POST", u"/api/v1/wallet/transfer"_s,
                 {{"recipient"_L1, b->email}, {"amount"_L1, 30}, {"pin"_L1, pin}}, a->token);
    QCOMPARE(t.status, 201);
    const QString txnId = t.json().value("transaction"_L1).toObject().value("id"_L1).toString();
    const qint64 queued = scalar(u"SELECT seq FROM chat_events WHERE user_id = '%1' AND frame "
                                 "LIKE '%%evt_queued_first%%'"_s.arg(b->id));
    const qint64 own = scalar(u"SELECT seq FROM chat_events WHERE user_id = '%1' AND frame LIKE "
                              "'%%wallet.updated%%' AND frame LIKE '%%%2%%'"_s.arg(b->id, txnId));
    QVERIFY(queued > 0);
    QVERIFY2(queued < own,
             qPrintable(u"queued at %1, the transfer's at %2"_s.arg(queued).arg(own)));
    QCOMPARE(scalar(u"SELECT count(*) FROM person_event_queue"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM chat_events e JOIN chat_event_heads h USING "
                    "(user_id) WHERE user_id = '%1' HAVING count(*) = max(h.last_seq) AND "
                    "min(e.seq) = 1"_s.arg(b->id)),
             scalar(u"SELECT last_seq FROM chat_event_heads WHERE user_id = '%1'"_s.arg(b->id)));
    // A connection resuming from the start sees it first too, in the frame the relay would give.
    Client cb(*m_server, *b, u"&after=0"_s);
    QVERIFY(cb.waitForType(u"event"_s, 3));
    const QJsonObject first = cb.ofType(u"event"_s).first();
    QCOMPARE(first.value("event_id"_L1).toString(), u"evt_queued_first"_s);
    QCOMPARE(first.value("seq"_L1).toInteger(), queued);
    QCOMPARE(first.value("data"_L1).toObject().value("balance"_L1).toInteger(), 1);
    QVERIFY(!first.value("at"_L1).toString().isEmpty());
}

void TstChat::rewindWhileAReusedClientIdIsAnsweredLosesNothing()
{
    // A connection holds back its own logged message of a client id it is sending with (the
    // ack will stand for it). When the answer does not stand for it — here the client id was
    // reused for another text — the held-back message must still go out.
    const TestPerson a = person(), b = person();
    Client ca(*m_server, a, u"&after=0"_s);
    QVERIFY(ca.authenticated());
    ca.sendMessage(b.id, u"first"_s, u"reused"_s);
    QVERIFY(ca.waitForType(u"message.ack"_s));
    const QString first = ca.ackedId();
    ca.frames.clear();
    // The send is still being committed while the rewind reads the log.
    ca.sendMessage(b.id, u"another text"_s, u"reused"_s);
    ca.send({{"type"_L1, u"resume"_s}, {"after"_L1, 0}});
    QVERIFY(ca.waitForType(u"error"_s));
    QCOMPARE(errorCodeOf(ca.ofType(u"error"_s).first()), u"client_id_reused"_s);
    QVERIFY(ca.waitFor([&] {
        for (const QJsonObject &f : ca.ofType(u"message.new"_s))
            if (f.value("message"_L1).toObject().value("id"_L1).toString() == first)
                return true;
        return false;
    }));
}

QTEST_GUILESS_MAIN(TstChat)
#include "tst_chat.moc"
