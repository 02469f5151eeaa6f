// Brute force is stopped and tokens really expire: a paydeskd with tight limits and a 5 s
// access-token lifetime. Separate from tst_identity, whose server has limits out of the way.
#include "testserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using paydesk::test::HttpResult;
using paydesk::test::TestServer;

namespace {
QString errorCode(const HttpResult &r)
{
    return r.json().value("error"_L1).toObject().value("code"_L1).toString();
}
} // namespace

class TstAuthLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void perAccountLimitAnswers429();
    void perAddressLimitAnswers429();
    void expiredTokensAreRefusedEverywhere();

private:
    HttpResult login(const QString &email);
    std::unique_ptr<TestServer> m_server;
};

void TstAuthLimits::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start({u"--auth-rate"_s, u"5"_s, u"--account-rate"_s, u"2"_s,
                              u"--access-token-ttl"_s, u"5"_s}),
             qPrintable(m_server->log()));
}

void TstAuthLimits::cleanupTestCase()
{
    QCOMPARE(m_server->stop(), 0);
}

HttpResult TstAuthLimits::login(const QString &email)
{
    return m_server->send(
        "POST", u"/api/v1/auth/login"_s,
        QJsonDocument(QJsonObject{{"email"_L1, email}, {"password"_L1, u"wrong password"_s}})
            .toJson());
}

void TstAuthLimits::perAccountLimitAnswers429()
{
    QCOMPARE(login(u"a@example.com"_s).status, 401);
    QCOMPARE(login(u"A@example.com"_s).status, 401); // the same account, however it is typed
    const auto limited = login(u"a@example.com"_s);
    QCOMPARE(limited.status, 429);
    QCOMPARE(errorCode(limited), u"rate_limited"_s);
    QVERIFY(limited.header("Retry-After").toInt() > 0);
}

void TstAuthLimits::perAddressLimitAnswers429()
{
    // Three of this address's five tokens went above; two more accounts, then refused.
    QCOMPARE(login(u"b@example.com"_s).status, 401);
    QCOMPARE(login(u"c@example.com"_s).status, 401);
    const auto limited = login(u"d@example.com"_s);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("Retry-After").toInt() > 0);
}

void TstAuthLimits::expiredTokensAreRefusedEverywhere()
{
    const auto signup = m_server->send(
        "POST", u"/api/v1/auth/signup"_s,
        R"({"email":"short@example.com","password":"correct horse battery","display_name":"S"})");
    QCOMPARE(signup.status, 201);
    const QString token = signup.json().value("access_token"_L1).toString();
    QWebSocket socket;
    socket.open(
        QUrl(u"ws://127.0.0.1:%1/api/v1/ws?access_token=%2"_s.arg(m_server->port()).arg(token)));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
    const QList<QPair<QByteArray, QByteArray>> auth = {
        {"Authorization", "Bearer " + token.toLatin1()}};
    QCOMPARE(m_server->send("GET", u"/api/v1/auth/me"_s, {}, auth).status, 200);
    // The token lives 5 s: the socket is closed with 4001 and REST answers token_expired.
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
    QCOMPARE(int(socket.closeCode()), 4001);
    const auto me = m_server->send("GET", u"/api/v1/auth/me"_s, {}, auth);
    QCOMPARE(me.status, 401);
    QCOMPARE(errorCode(me), u"token_expired"_s);
}

QTEST_GUILESS_MAIN(TstAuthLimits)
#include "tst_authlimits.moc"
