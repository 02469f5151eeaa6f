// Route matching and body policies, as tables.
#include "http/router.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::server;
using Method = QHttpServerRequest::Method;

Q_DECLARE_METATYPE(QHttpServerRequest::Method)

class TstRouter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void match_data();
    void match();

private:
    Router m_router;
};

void TstRouter::initTestCase()
{
    auto route = [](Method m, const QString &pattern) {
        return Route{m, pattern, pattern, BodyPolicy::None, [](RequestContext &) { return Reply{}; }};
    };
    m_router.add(route(Method::Get, u"/health"_s));
    m_router.add(route(Method::Get, u"/api/v1/payments"_s));
    m_router.add(route(Method::Post, u"/api/v1/payments"_s));
    m_router.add(route(Method::Get, u"/api/v1/payments/{id}"_s));
    m_router.add(route(Method::Post, u"/api/v1/payments/{id}/complete"_s));
    m_router.add(route(Method::Get, u"/api/v1/chat/history/{user}"_s));
}

void TstRouter::match_data()
{
    QTest::addColumn<Method>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pattern"); // empty: no match
    QTest::addColumn<QString>("param");   // the {id}/{user} value, if any
    QTest::addColumn<int>("allowed");     // methods offered when only the method missed

    QTest::newRow("literal") << Method::Get << u"/health"_s << u"/health"_s << QString() << 0;
    QTest::newRow("trailing slash") << Method::Get << u"/health/"_s << u"/health"_s << QString()
                                    << 0;
    QTest::newRow("same path other method")
        << Method::Post << u"/api/v1/payments"_s << u"/api/v1/payments"_s << QString() << 0;
    QTest::newRow("param") << Method::Get << u"/api/v1/payments/pay_123"_s
                           << u"/api/v1/payments/{id}"_s << u"pay_123"_s << 0;
    QTest::newRow("param then literal")
        << Method::Post << u"/api/v1/payments/pay_9/complete"_s
        << u"/api/v1/payments/{id}/complete"_s << u"pay_9"_s << 0;
    QTest::newRow("empty param") << Method::Get << u"/api/v1/payments//complete"_s << QString()
                                 << QString() << 0;
    QTest::newRow("too long") << Method::Get << u"/api/v1/payments/a/b/c"_s << QString()
                              << QString() << 0;
    QTest::newRow("prefix only") << Method::Get << u"/api/v1"_s << QString() << QString() << 0;
    QTest::newRow("case matters") << Method::Get << u"/HEALTH"_s << QString() << QString() << 0;
    QTest::newRow("wrong method") << Method::Delete << u"/api/v1/payments"_s << QString()
                                  << QString() << 2;
    QTest::newRow("wrong method on param route")
        << Method::Put << u"/api/v1/payments/pay_1"_s << QString() << QString() << 1;
    QTest::newRow("percent stays literal")
        << Method::Get << u"/api/v1/chat/history/usr_%2F"_s << u"/api/v1/chat/history/{user}"_s
        << u"usr_%2F"_s << 0;
}

void TstRouter::match()
{
    QFETCH(Method, method);
    QFETCH(QString, path);
    QFETCH(QString, pattern);
    QFETCH(QString, param);
    QFETCH(int, allowed);
    const RouteMatch m = m_router.match(method, path);
    if (pattern.isEmpty()) {
        QVERIFY(!m.route);
        QCOMPARE(m.allowed.size(), allowed);
        return;
    }
    QVERIFY(m.route);
    QCOMPARE(m.route->pattern, pattern);
    if (!param.isEmpty())
        QCOMPARE(m.params.cbegin().value(), param);
}

QTEST_GUILESS_MAIN(TstRouter)
#include "tst_router.moc"
