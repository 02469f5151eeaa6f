// paydeskd's configuration: flags over environment over defaults, and clear refusals.
#include "config/config.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::server;

class TstConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void flagsWinOverEnvironment();
    void environmentIsRead();
    void refusals_data();
    void refusals();
};

void TstConfig::defaults()
{
    qunsetenv("PAYDESK_PORT");
    qunsetenv("PAYDESK_DATABASE_URL");
    auto c = loadConfig({u"paydeskd"_s});
    QVERIFY(c.ok());
    QCOMPARE(c->port, quint16(8080));
    QCOMPARE(c->bindAddress, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(c->workerThreads >= 1);
    QVERIFY(c->usesEmbeddedCluster());
    QCOMPARE(c->dataDir, defaultDataDir());
    QCOMPARE(c->maxBodyBytes, qint64(1024 * 1024));
}

void TstConfig::flagsWinOverEnvironment()
{
    qputenv("PAYDESK_PORT", "9000");
    auto c = loadConfig({u"paydeskd"_s, u"--port"_s, u"9100"_s});
    qunsetenv("PAYDESK_PORT");
    QVERIFY(c.ok());
    QCOMPARE(c->port, quint16(9100));
}

void TstConfig::environmentIsRead()
{
    qputenv("PAYDESK_DATABASE_URL", "postgres://u:p@db.example:6543/pd");
    qputenv("PAYDESK_THREADS", "3");
    qputenv("PAYDESK_BIND", "::1");
    auto c = loadConfig({u"paydeskd"_s});
    qunsetenv("PAYDESK_DATABASE_URL");
    qunsetenv("PAYDESK_THREADS");
    qunsetenv("PAYDESK_BIND");
    QVERIFY(c.ok());
    QVERIFY(!c->usesEmbeddedCluster());
    QCOMPARE(c->workerThreads, 3);
    QCOMPARE(c->bindAddress, QHostAddress(u"::1"_s));
}

void TstConfig::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("negative port") << QStringList{u"--port"_s, u"-1"_s};
    QTest::newRow("port too big") << QStringList{u"--port"_s, u"65536"_s};
    QTest::newRow("bad bind") << QStringList{u"--bind"_s, u"localhost:80"_s};
    QTest::newRow("threads too many") << QStringList{u"--threads"_s, u"100000"_s};
    QTest::newRow("body limit tiny") << QStringList{u"--max-body"_s, u"10"_s};
    QTest::newRow("bad level") << QStringList{u"--log-level"_s, u"chatty"_s};
    QTest::newRow("no lanes") << QStringList{u"--group-commit-lanes"_s, u"0"_s};
    QTest::newRow("too many lanes") << QStringList{u"--group-commit-lanes"_s, u"17"_s};
    QTest::newRow("lanes not a number") << QStringList{u"--group-commit-lanes"_s, u"two"_s};
    QTest::newRow("stray argument") << QStringList{u"serve"_s};
}

void TstConfig::refusals()
{
    QFETCH(QStringList, args);
    auto c = loadConfig(QStringList{u"paydeskd"_s} + args);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, u"usage"_s);
    QVERIFY(!c.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TstConfig)
#include "tst_config.moc"
