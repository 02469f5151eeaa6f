// Where webhooks may go: the URL rules with and without the development setting that lets apps
// reach this machine, and the addresses a resolved name must never have.
#include "outbound/webhookurl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::server::outbound::checkWebhookUrl;
using paydesk::server::outbound::isForbiddenWebhookAddress;

class TstWebhookUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void urls_data();
    void urls();
    void addresses_data();
    void addresses();
};

void TstWebhookUrl::urls_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowLoopback");
    QTest::addColumn<bool>("accepted");
    const auto row = [](const char *name, const char *env, const char *url, bool loopback,
                        bool accepted) {
        QTest::newRow(name) << QString::fromLatin1(env) << QString::fromLatin1(url) << loopback
                            << accepted;
    };
    row("live https", "live", "https://shop.example.com/h", false, true);
    row("live http", "live", "http://shop.example.com/h", false, false);
    row("live http even in development", "live", "http://shop.example.com/h", true, false);
    row("test http", "test", "http://shop.example.com/h", false, true);
    row("live loopback", "live", "https://127.0.0.1/h", false, false);
    row("test loopback", "test", "http://127.0.0.1/h", false, false);
    row("localhost", "test", "http://localhost:8000/h", false, false);
    row("sub.localhost", "live", "https://a.localhost/h", false, false);
    row("ipv6 loopback", "live", "https://[::1]/h", false, false);
    row("dev: test loopback", "test", "http://127.0.0.1:9/h", true, true);
    row("dev: live http loopback", "live", "http://127.0.0.1:9/h", true, true);
    row("dev: live localhost", "live", "http://localhost:9/h", true, true);
    row("dev: still no private", "live", "https://10.0.0.7/h", true, false);
    row("dev: still no metadata", "test", "http://169.254.169.254/h", true, false);
    row("empty means none", "live", "", false, true);
    row("no scheme", "test", "shop.example.com/h", false, false);
    row("credentials", "live", "https://u:p@shop.example.com/h", false, false);
}

void TstWebhookUrl::urls()
{
    QFETCH(QString, environment);
    QFETCH(QString, url);
    QFETCH(bool, allowLoopback);
    QFETCH(bool, accepted);
    const auto r = checkWebhookUrl(url, environment, allowLoopback);
    QVERIFY2(bool(r) == accepted, r ? "accepted" : qPrintable(r.error().message));
    if (!r)
        QCOMPARE(r.error().field, u"webhook_url"_s);
}

void TstWebhookUrl::addresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("allowLoopback");
    QTest::addColumn<bool>("forbidden");
    QTest::newRow("public v4") << u"93.184.216.34"_s << false << false;
    QTest::newRow("public v6") << u"2606:2800:220:1::1"_s << false << false;
    QTest::newRow("loopback") << u"127.0.0.1"_s << false << true;
    QTest::newRow("loopback allowed") << u"127.0.0.1"_s << true << false;
    QTest::newRow("v6 loopback allowed") << u"::1"_s << true << false;
    QTest::newRow("10/8") << u"10.200.1.1"_s << true << true;
    QTest::newRow("172.16/12") << u"172.31.255.1"_s << false << true;
    QTest::newRow("172.32 is public") << u"172.32.0.1"_s << false << false;
    QTest::newRow("192.168/16") << u"192.168.0.10"_s << false << true;
    QTest::newRow("CGNAT") << u"100.64.0.1"_s << false << true;
    QTest::newRow("link-local") << u"169.254.169.254"_s << true << true;
    QTest::newRow("multicast") << u"239.1.2.3"_s << false << true;
    QTest::newRow("unspecified") << u"0.0.0.0"_s << true << true;
    QTest::newRow("v6 unique local") << u"fd12::1"_s << false << true;
    QTest::newRow("v6 link-local") << u"fe80::1"_s << false << true;
}

void TstWebhookUrl::addresses()
{
    QFETCH(QString, address);
    QFETCH(bool, allowLoopback);
    QFETCH(bool, forbidden);
    QCOMPARE(isForbiddenWebhookAddress(QHostAddress(address), allowLoopback), forbidden);
}

QTEST_GUILESS_MAIN(TstWebhookUrl)
#include "tst_webhookurl.moc"
