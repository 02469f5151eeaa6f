// HTTP behaviour of a real paydeskd on its own throwaway PostgreSQL: health, metrics, the
// OpenAPI document, and the SPEC §3 error bodies for requests that go wrong.
#include "testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::test::TestServer;

class TstHttp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void healthAnswersOk();
    void detailedHealthReportsDatabaseAndSchema();
    void everyResponseCarriesARequestId();
    void metricsCountRequestsByRouteAndStatus();
    void openApiDocumentIsServedAndValid();
    void docsPageIsHtml();
    void errorBodies_data();
    void errorBodies();
    void oversizedBodyIsRefusedBeforeItIsRead();
    void oversizedBodyWithExpectContinueIsRefusedAtOnce();
    void chunkedBodyIsRefusedWithLengthRequired();
    void hugeHeadersAreRefused();
    void keepAliveServesManyRequestsOnOneConnection();
    void requestAfterABodyOnOneConnectionIsParsedOnItsOwn();

private:
    std::unique_ptr<TestServer> m_server;
};

void TstHttp::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start({u"--max-body"_s, u"65536"_s}), qPrintable(m_server->log()));
}

void TstHttp::cleanupTestCase()
{
    QCOMPARE(m_server->stop(), 0);
}

void TstHttp::healthAnswersOk()
{
    const auto r = m_server->get(u"/health"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("status"_L1).toString(), u"ok"_s);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
}

void TstHttp::detailedHealthReportsDatabaseAndSchema()
{
    const auto r = m_server->get(u"/health/detailed"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.json();
    QCOMPARE(body.value("status"_L1).toString(), u"ok"_s);
    QCOMPARE(body.value("database"_L1).toObject().value("status"_L1).toString(), u"up"_s);
    const QJsonObject schema = body.value("schema"_L1).toObject();
    QVERIFY(schema.value("version"_L1).toInt() >= 1);
    QCOMPARE(schema.value("version"_L1).toInt(), schema.value("expected"_L1).toInt());
    QVERIFY(body.value("uptime_seconds"_L1).isDouble());
    QVERIFY(body.value("node"_L1).toObject().value("id"_L1).toString().startsWith("node_"_L1));
}

void TstHttp::everyResponseCarriesARequestId()
{
    static const QRegularExpression kId(u"^req_[0-9A-Za-z]{20}$"_s);
    const auto ok = m_server->get(u"/health"_s);
    const auto missing = m_server->get(u"/nowhere"_s);
    QVERIFY(kId.match(QString::fromLatin1(ok.header("Request-Id"))).hasMatch());
    const QString id = QString::fromLatin1(missing.header("Request-Id"));
    QVERIFY(kId.match(id).hasMatch());
    QCOMPARE(missing.json().value("error"_L1).toObject().value("request_id"_L1).toString(), id);
    QVERIFY(ok.header("Request-Id") != missing.header("Request-Id"));
}

void TstHttp::metricsCountRequestsByRouteAndStatus()
{
    m_server->get(u"/health"_s);
    m_server->get(u"/definitely/not/here"_s);
    const auto r = m_server->get(u"/metrics"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/plain"));
    const QString text = QString::fromUtf8(r.body);
    static const QRegularExpression kHealth(
        u"paydesk_http_requests_total\\{route=\"GET /health\",status=\"200\"\\} (\\d+)"_s);
    const auto m = kHealth.match(text);
    QVERIFY2(m.hasMatch(), qPrintable(text.left(2000)));
    QVERIFY(m.captured(1).toInt() >= 1);
    QVERIFY(text.contains(u"paydesk_http_requests_total{route=\"unmatched\",status=\"404\"}"_s));
    QVERIFY(text.contains(
        u"paydesk_http_request_duration_seconds_bucket{route=\"GET /health\",le=\"+Inf\"}"_s));
    QVERIFY(text.contains(u"# TYPE paydesk_http_request_duration_seconds histogram"_s));
    QVERIFY(text.contains(u"paydesk_uptime_seconds "_s));
}

void TstHttp::openApiDocumentIsServedAndValid()
{
    const auto r = m_server->get(u"/api/v1/openapi.json"_s);
    QCOMPARE(r.status, 200);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QVERIFY(root.value("openapi"_L1).toString().startsWith("3."_L1));
    QVERIFY(!root.value("info"_L1).toObject().value("title"_L1).toString().isEmpty());
    QVERIFY(root.value("paths"_L1).toObject().contains("/health/detailed"_L1));
    // Every operation documents at least one response.
    const QJsonObject paths = root.value("paths"_L1).toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p)
        for (const QJsonValue op : p.value().toObject())
            QVERIFY2(!op.toObject().value("responses"_L1).toObject().isEmpty(), qPrintable(p.key()));
}

void TstHttp::docsPageIsHtml()
{
    const auto r = m_server->get(u"/api/v1/docs"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QVERIFY(r.body.contains("/api/v1/openapi.json"));
}

void TstHttp::errorBodies_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("unknown route") << QByteArray("GET") << u"/api/v1/nothing"_s << QByteArray()
                                   << 404 << u"not_found"_s;
    QTest::newRow("unknown nested route")
        << QByteArray("GET") << u"/health/detailed/more"_s << QByteArray() << 404
        << u"not_found"_s;
    QTest::newRow("wrong method") << QByteArray("DELETE") << u"/health"_s << QByteArray() << 405
                                  << u"method_not_allowed"_s;
    QTest::newRow("body where none is taken")
        << QByteArray("GET") << u"/health"_s << QByteArray("{\"a\":1}") << 400
        << u"validation_error"_s;
    QTest::newRow("websocket endpoint without upgrade")
        << QByteArray("GET") << u"/api/v1/ws"_s << QByteArray() << 426 << u"upgrade_required"_s;
}

void TstHttp::errorBodies()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto r = m_server->send(method, path, body);
    QCOMPARE(r.status, status);
    const QJsonObject error = r.json().value("error"_L1).toObject();
    QCOMPARE(error.value("code"_L1).toString(), code);
    QVERIFY(!error.value("message"_L1).toString().isEmpty());
    QVERIFY(error.value("request_id"_L1).toString().startsWith("req_"_L1));
}

void TstHttp::oversizedBodyIsRefusedBeforeItIsRead()
{
    // 20 MB against a 64 KiB limit: the answer must come without the server buffering it.
    const QByteArray body(20 * 1024 * 1024, 'x');
    const auto r = m_server->send("POST", u"/health"_s, body);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json().value("error"_L1).toObject().value("code"_L1).toString(),
             u"body_too_large"_s);
    // The server is still fine afterwards.
    QCOMPARE(m_server->get(u"/health"_s).status, 200);
}

void TstHttp::oversizedBodyWithExpectContinueIsRefusedAtOnce()
{
    const QByteArray head = "POST /health HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            "Content-Length: 999999999\r\nExpect: 100-continue\r\n\r\n";
    const QByteArray answer = paydesk::test::rawExchange(m_server->port(), head);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("\"code\":\"body_too_large\""));
}

void TstHttp::chunkedBodyIsRefusedWithLengthRequired()
{
    const QByteArray request = "POST /health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                               "\r\n5\r\nhello\r\n0\r\n\r\n";
    const QByteArray answer = paydesk::test::rawExchange(m_server->port(), request);
    QVERIFY2(answer.startsWith("HTTP/1.1 411"), answer.constData());
    QVERIFY(answer.contains("\"code\":\"length_required\""));
}

void TstHttp::hugeHeadersAreRefused()
{
    const QByteArray request = "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " +
                               QByteArray(64 * 1024, 'a') + "\r\n\r\n";
    const QByteArray answer = paydesk::test::rawExchange(m_server->port(), request);
    QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(200).constData());
    QVERIFY(answer.contains("\"code\":\"headers_too_large\""));
}

void TstHttp::keepAliveServesManyRequestsOnOneConnection()
{
    QByteArray requests;
    for (int i = 0; i < 5; ++i)
        requests += "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";
    requests += "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    const QByteArray answer = paydesk::test::rawExchange(m_server->port(), requests);
    QCOMPARE(answer.count("HTTP/1.1 200"), 6);
    QCOMPARE(answer.count("HTTP/1.1 "), 6);
}

void TstHttp::requestAfterABodyOnOneConnectionIsParsedOnItsOwn()
{
    // The preflight must skip exactly the body and see the next request's head.
    // (An empty JSON object would count as no body: an empty array is a body.)
    const QByteArray requests = "GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n[]"
                                "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    const QByteArray answer = paydesk::test::rawExchange(m_server->port(), requests);
    QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData()); // GET /health takes no body
    QCOMPARE(answer.count("HTTP/1.1 200"), 1);
}

QTEST_GUILESS_MAIN(TstHttp)
#include "tst_http.moc"
