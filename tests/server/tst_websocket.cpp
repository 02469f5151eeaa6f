// The WebSocket on the HTTP port: hello, ping/pong, error frames for bad input, wrong paths.
#include "testserver.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using paydesk::test::TestServer;

namespace {
// A connected client that collects the frames it receives.
class Client
{
public:
    explicit Client(const QUrl &url)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) {
                             frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        socket.open(url);
    }
    bool waitForFrames(int count, int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (frames.size() < count && !deadline.hasExpired())
            QTest::qWait(10);
        return frames.size() >= count;
    }
    QWebSocket socket;
    QList<QJsonObject> frames;
};

QUrl wsUrl(const TestServer &server, const QString &path)
{
    return QUrl(u"ws://127.0.0.1:%1%2"_s.arg(server.port()).arg(path));
}
} // namespace

class TstWebSocket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void helloAnnouncesProtocolVersion();
    void pingIsAnsweredWithPongEchoingId();
    void badFrames_data();
    void badFrames();
    void connectionSurvivesBadFrames();
    void otherPathsAreRefused();
    void manyClientsAtOnce();

private:
    std::unique_ptr<TestServer> m_server;
};

void TstWebSocket::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
}

void TstWebSocket::cleanupTestCase()
{
    QCOMPARE(m_server->stop(), 0);
}

void TstWebSocket::helloAnnouncesProtocolVersion()
{
    Client c(wsUrl(*m_server, u"/api/v1/ws"_s));
    QVERIFY(c.waitForFrames(1));
    const QJsonObject hello = c.frames.first();
    QCOMPARE(hello.value("type"_L1).toString(), u"hello"_s);
    QCOMPARE(hello.value("protocol"_L1).toInt(), 3);
    QVERIFY(hello.value("heartbeat_ms"_L1).toInt() > 0);
}

void TstWebSocket::pingIsAnsweredWithPongEchoingId()
{
    Client c(wsUrl(*m_server, u"/api/v1/ws"_s));
    QVERIFY(c.waitForFrames(1));
    c.socket.sendTextMessage(u"{\"type\":\"ping\",\"id\":\"abc-1\"}"_s);
    QVERIFY(c.waitForFrames(2));
    QCOMPARE(c.frames[1].value("type"_L1).toString(), u"pong"_s);
    QCOMPARE(c.frames[1].value("id"_L1).toString(), u"abc-1"_s);
}

void TstWebSocket::badFrames_data()
{
    QTest::addColumn<QString>("frame");
    QTest::addColumn<QString>("code");
    QTest::newRow("not json") << u"{nope"_s << u"malformed_frame"_s;
    QTest::newRow("json array") << u"[1,2]"_s << u"malformed_frame"_s;
    QTest::newRow("no type") << u"{\"id\":1}"_s << u"malformed_frame"_s;
    QTest::newRow("type not a string") << u"{\"type\":5}"_s << u"malformed_frame"_s;
    QTest::newRow("unknown type") << u"{\"type\":\"teleport\",\"id\":7}"_s << u"unknown_type"_s;
}

void TstWebSocket::badFrames()
{
    QFETCH(QString, frame);
    QFETCH(QString, code);
    Client c(wsUrl(*m_server, u"/api/v1/ws"_s));
    QVERIFY(c.waitForFrames(1));
    c.socket.sendTextMessage(frame);
    QVERIFY(c.waitForFrames(2));
    QCOMPARE(c.frames[1].value("type"_L1).toString(), u"error"_s);
    QCOMPARE(c.frames[1].value("error"_L1).toObject().value("code"_L1).toString(), code);
}

void TstWebSocket::connectionSurvivesBadFrames()
{
    Client c(wsUrl(*m_server, u"/api/v1/ws"_s));
    QVERIFY(c.waitForFrames(1));
    c.socket.sendTextMessage(u"garbage"_s);
    c.socket.sendBinaryMessage(QByteArray("\x00\x01", 2));
    c.socket.sendTextMessage(u"{\"type\":\"ping\",\"id\":2}"_s);
    QVERIFY(c.waitForFrames(4));
    QCOMPARE(c.frames[3].value("type"_L1).toString(), u"pong"_s);
    QCOMPARE(c.socket.state(), QAbstractSocket::ConnectedState);
}

void TstWebSocket::otherPathsAreRefused()
{
    // The handshake is answered like any HTTP request to an unknown route: 404, no upgrade.
    QWebSocket socket;
    QSignalSpy errors(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(wsUrl(*m_server, u"/somewhere/else"_s));
    QTRY_VERIFY_WITH_TIMEOUT(errors.count() > 0, 5000);
    QCOMPARE(connected.count(), 0);
}

void TstWebSocket::manyClientsAtOnce()
{
    constexpr int kClients = 100;
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < kClients; ++i)
        clients.push_back(std::make_unique<Client>(wsUrl(*m_server, u"/api/v1/ws"_s)));
    for (auto &c : clients)
        QVERIFY(c->waitForFrames(1));
    for (int i = 0; i < kClients; ++i)
        clients[i]->socket.sendTextMessage(u"{\"type\":\"ping\",\"id\":%1}"_s.arg(i));
    for (int i = 0; i < kClients; ++i) {
        QVERIFY(clients[i]->waitForFrames(2));
        QCOMPARE(clients[i]->frames[1].value("id"_L1).toInt(), i);
    }
    const auto health = m_server->get(u"/health/detailed"_s);
    QCOMPARE(health.json().value("http"_L1).toObject().value("websocket_connections"_L1).toInt(),
             kClients);
}

QTEST_GUILESS_MAIN(TstWebSocket)
#include "tst_websocket.moc"
