// paydeskd's life on its embedded PostgreSQL: first start creates the cluster, kill -9 leaves
// nothing that blocks the next start, SIGTERM drains and exits 0, two servers with their own
// data folders run side by side, and a database newer than the binary is refused.
#include "testserver.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::test::TestServer;

class TstLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstStartCreatesClusterAndSchema();
    void restartsAfterKill9OnTheSameData();
    void restartsAfterServerAndDatabaseWereKilled();
    void sigtermDrainsAndExitsZero();
    void twoServersRunSideBySide();
    void refusesASchemaNewerThanItKnows();
    void rejectsBadConfiguration_data();
    void rejectsBadConfiguration();

private:
    QTemporaryDir m_root{u"/tmp/paydesk-lifecycle-XXXXXX"_s};
    // Run as root, the cluster belongs to the postgres user, who must be able to enter here.
    bool m_rootTraversable = QFile::setPermissions(
        m_root.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup |
                           QFile::ExeOther);
};

void TstLifecycle::firstStartCreatesClusterAndSchema()
{
    TestServer server(m_root.filePath(u"first"_s));
    QVERIFY2(server.start(), qPrintable(server.log()));
    QVERIFY(QFile::exists(server.dataDir() + "/postgres/data/PG_VERSION"_L1));
    QCOMPARE(server.get(u"/health/detailed"_s).json().value("status"_L1).toString(), u"ok"_s);
    QCOMPARE(server.stop(), 0);
}

void TstLifecycle::restartsAfterKill9OnTheSameData()
{
    TestServer server(m_root.filePath(u"kill9"_s));
    QVERIFY2(server.start(), qPrintable(server.log()));
    server.kill9();
    QVERIFY2(server.start(), qPrintable(server.log()));
    QCOMPARE(server.get(u"/health/detailed"_s).status, 200);
    QCOMPARE(server.stop(), 0);
}

void TstLifecycle::restartsAfterServerAndDatabaseWereKilled()
{
    TestServer server(m_root.filePath(u"killall"_s));
    QVERIFY2(server.start(), qPrintable(server.log()));
    server.kill9();
    // Kill the cluster too, as a power cut would: postmaster.pid and the socket lock stay behind.
    QFile pidFile(server.dataDir() + "/postgres/data/postmaster.pid"_L1);
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const qint64 pid = pidFile.readLine().trimmed().toLongLong();
    pidFile.close();
    QVERIFY(pid > 0);
    QProcess::execute(u"kill"_s, {u"-9"_s, QString::number(pid)});
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(u"/proc/%1"_s.arg(pid)).exists(), 10000);
    QVERIFY(QFile::exists(pidFile.fileName()));
    QVERIFY2(server.start(), qPrintable(server.log()));
    QCOMPARE(server.get(u"/health/detailed"_s).status, 200);
    QCOMPARE(server.stop(), 0);
}

void TstLifecycle::sigtermDrainsAndExitsZero()
{
    TestServer server(m_root.filePath(u"sigterm"_s));
    QVERIFY2(server.start(), qPrintable(server.log()));
    QCOMPARE(server.get(u"/health"_s).status, 200);
    QCOMPARE(server.stop(), 0);
    QVERIFY(server.log().contains(u"stopped"_s));
    // The cluster was stopped with it: no postmaster.pid left.
    QVERIFY(!QFile::exists(server.dataDir() + "/postgres/data/postmaster.pid"_L1));
}

void TstLifecycle::twoServersRunSideBySide()
{
    TestServer a(m_root.filePath(u"side-a"_s));
    TestServer b(m_root.filePath(u"side-b"_s));
    QVERIFY2(a.start(), qPrintable(a.log()));
    QVERIFY2(b.start(), qPrintable(b.log()));
    QVERIFY(a.port() != b.port());
    const auto ha = a.get(u"/health/detailed"_s).json();
    const auto hb = b.get(u"/health/detailed"_s).json();
    QCOMPARE(ha.value("database"_L1).toObject().value("status"_L1).toString(), u"up"_s);
    QCOMPARE(hb.value("database"_L1).toObject().value("status"_L1).toString(), u"up"_s);
    QVERIFY(ha.value("node"_L1).toObject().value("id"_L1) !=
            hb.value("node"_L1).toObject().value("id"_L1));
    QCOMPARE(a.stop(), 0);
    QCOMPARE(b.stop(), 0);
}

void TstLifecycle::refusesASchemaNewerThanItKnows()
{
    TestServer server(m_root.filePath(u"newer"_s));
    QVERIFY2(server.start(), qPrintable(server.log()));
    {
        // Pretend a newer paydeskd migrated this database.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"newer"_s);
        db.setHostName(server.dataDir() + "/postgres/run"_L1);
        db.setUserName(u"paydesk"_s);
        db.setDatabaseName(u"paydesk"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO schema_migrations (version, name) VALUES (9999, 'future')"_s));
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    server.kill9(); // the cluster keeps running and is adopted by the next start
    QVERIFY(!server.start({}, 30000));
    QVERIFY(server.process().state() == QProcess::NotRunning ||
            server.process().waitForFinished(10000));
    QVERIFY(server.process().exitCode() != 0);
    QVERIFY2(server.log().contains(u"9999"_s), qPrintable(server.log()));
    // Leave no cluster running behind us.
    QProcess::execute(u"/bin/sh"_s,
                      {u"-c"_s, u"pkill -f 'postgres -D %1' || true"_s.arg(server.dataDir())});
}

void TstLifecycle::rejectsBadConfiguration_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("port out of range") << QStringList{u"--port"_s, u"70000"_s};
    QTest::newRow("bind not an address") << QStringList{u"--bind"_s, u"over-there"_s};
    QTest::newRow("threads not a number") << QStringList{u"--threads"_s, u"many"_s};
    QTest::newRow("log level unknown") << QStringList{u"--log-level"_s, u"loud"_s};
    QTest::newRow("unknown flag") << QStringList{u"--frobnicate"_s};
}

void TstLifecycle::rejectsBadConfiguration()
{
    QFETCH(QStringList, args);
    QProcess p;
    p.start(TestServer::binary(), args);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(!p.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TstLifecycle)
#include "tst_lifecycle.moc"
