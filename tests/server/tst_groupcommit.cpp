// Group commit (store/groupcommit.h): many postings in one database transaction, each under its
// own savepoint. A unit that fails — an SQL error, a refusal, insufficient funds — is rolled back
// alone and never fails its neighbours; nobody is answered before the batch committed; the
// ledger balances to the unit. First the committer on its own against a real PostgreSQL, then
// transfers through a real paydeskd with a wide batching window, poor senders among rich ones.
#include "ledgeraudit.h"
#include "testclient.h"
#include "testserver.h"

#include "store/database.h"
#include "store/groupcommit.h"
#include "store/sql.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <future>
#include <mutex>

using namespace Qt::StringLiterals;
using namespace paydesk::server;
using namespace paydesk::test;

namespace {

const QString kPassword = u"correct horse battery"_s;
const QString kPin = u"2580"_s;

DatabaseParams paramsOf(const TestServer &server)
{
    DatabaseParams p;
    p.host = server.dataDir() + u"/postgres/run"_s;
    p.user = u"paydesk"_s;
    p.name = u"paydesk"_s;
    return p;
}

bool insertRow(QSqlDatabase db, int id)
{
    // Not prepared: a prepared query freed inside an aborted transaction only warns.
    return QSqlQuery(db).exec(u"INSERT INTO gc_probe (id) VALUES (%1)"_s.arg(id));
}

} // namespace

class tst_GroupCommit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void failingUnitsAreRolledBackAloneInOneBatch();
    void insufficientFundsNeverFailNeighbours();
    void aClientThatHangsUpBeforeItsAnswerHurtsNothing();
    void lanesRunBatchesOfOtherRowsSideBySide();
    void anExclusiveUnitWaitsForEveryLane();
    void aUnitWaitsBehindAnEarlierOneSharingAName();
    void aUnitWaitingOnALockHeldElsewhereGivesWayInOrder();

private:
    TestServer m_server;
};

void tst_GroupCommit::initTestCase()
{
    // A wide window so that concurrent requests surely share batches.
    QVERIFY2(
        m_server.start({u"--group-commit"_s, u"64"_s, u"--group-commit-window-us"_s, u"20000"_s,
                        u"--argon2-memory-kib"_s, u"64"_s, u"--argon2-iterations"_s, u"1"_s,
                        u"--auth-rate"_s, u"100000"_s, u"--account-rate"_s, u"100000"_s}),
        qPrintable(m_server.log()));
    QCOMPARE(queryScalar(m_server, u"SELECT count(*) FROM (SELECT 1) x"_s), 1);
}

void tst_GroupCommit::cleanupTestCase()
{
    m_server.stop();
}

void tst_GroupCommit::failingUnitsAreRolledBackAloneInOneBatch()
{
    {
        QSqlDatabase db = openServerDatabase(m_server, u"gc-setup"_s);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE IF NOT EXISTS gc_probe (id int PRIMARY KEY)"_s));
    }
    QSqlDatabase::removeDatabase(u"gc-setup"_s);
    Database database(paramsOf(m_server));
    std::atomic<int> committedUnits{0};
    {
        GroupCommitter committer(database, GroupCommitSettings{64, std::chrono::microseconds(0)});
        // Hold the committer in a batch of its own while six units queue up behind it.
        std::promise<void> holding;
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        committer.submit([released, &holding](QSqlDatabase) {
            holding.set_value();
            released.wait();
            return true;
        });
        holding.get_future().wait();
        std::promise<void> last;
        for (int i = 1; i <= 6; ++i) {
            committer.submit(
                [i](QSqlDatabase db) {
                    if (i == 2) // an SQL error (unit 1's key) aborts the transaction
                        return insertRow(db, 1) && false;
                    if (i == 4) // a refusal after a write of its own
                        return insertRow(db, 4) && false;
                    return insertRow(db, i);
                },
                [i, &committedUnits, &last](bool committed) {
                    committedUnits += committed ? 1 : 0;
                    if (i == 6)
                        last.set_value();
                });
        }
        release.set_value();
        last.get_future().wait();
        QCOMPARE(committer.batches(), quint64(2)); // the holder, then all six together
        QCOMPARE(committer.units(), quint64(7));
    }
    QCOMPARE(committedUnits.load(), 6); // the batch committed as a whole, failures undone
    QCOMPARE(queryScalar(m_server, u"SELECT count(*) FROM gc_probe"_s), 4);
    QCOMPARE(queryScalar(m_server, u"SELECT count(*) FROM gc_probe WHERE id IN (1, 3, 5, 6)"_s), 4);
}

void tst_GroupCommit::insufficientFundsNeverFailNeighbours()
{
    constexpr int kRich = 8;
    constexpr int kPoor = 4;
    constexpr qint64 kSeed = 50'000;
    QList<TestPerson> people;
    for (int i = 0; i < kRich + kPoor; ++i) {
        auto p = signUp(m_server, u"gc%1@example.com"_s.arg(i), kPassword, kPin);
        QVERIFY(p);
        if (i < kRich)
            QVERIFY(seedFunding(m_server, p->walletId, kSeed));
        people.append(*p);
    }
    // Every rich person sends 100 to the next; every poor one tries to send 100 and cannot.
    QNetworkAccessManager net;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < kRich + kPoor; ++i) {
        QNetworkRequest r(m_server.url(u"/api/v1/wallet/transfer"_s));
        r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        r.setRawHeader("Authorization", "Bearer " + people.at(i).token.toLatin1());
        r.setRawHeader("Idempotency-Key", "gc-" + QByteArray::number(i));
        const QString to = people.at((i + 1) % kRich).id;
        replies.append(
            net.post(r, compactJson({{"recipient"_L1, to}, {"amount"_L1, 100}, {"pin"_L1, kPin}})));
    }
    for (QNetworkReply *reply : replies)
        if (!reply->isFinished())
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
    for (int i = 0; i < replies.size(); ++i) {
        const int status =
            replies.at(i)->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(replies.at(i)->readAll()).object();
        if (i < kRich)
            QCOMPARE(status, 201);
        else
            QCOMPARE(body.value("error"_L1).toObject().value("code"_L1).toString(),
                     u"insufficient_funds"_s);
    }
    qDeleteAll(replies);
    // Transfers of one batch share their transaction's start time: fewer times than transfers.
    const qint64 times = queryScalar(
        m_server, u"SELECT count(DISTINCT created_at) FROM ledger_transactions WHERE type = "
                  "'transfer'"_s);
    QVERIFY2(times < kRich, qPrintable(u"%1 batches for %2 transfers"_s.arg(times).arg(kRich)));
    for (int i = 0; i < kRich + kPoor; ++i)
        QCOMPARE(walletBalance(m_server, people.at(i)), i < kRich ? kSeed : 0);
    const LedgerAudit audit = auditLedger(m_server);
    QVERIFY2(audit.clean(), qPrintable(audit.describe()));
}

void tst_GroupCommit::aClientThatHangsUpBeforeItsAnswerHurtsNothing()
{
    auto sender = signUp(m_server, u"gc-hangup@example.com"_s, kPassword, kPin);
    auto receiver = signUp(m_server, u"gc-hangup-to@example.com"_s, kPassword, kPin);
    QVERIFY(sender && receiver);
    QVERIFY(seedFunding(m_server, sender->walletId, 1'000));
    // The request is sent whole and the connection cut at once: the posting still commits, and
    // its later reply finds the socket gone and is dropped.
    const QByteArray body =
        compactJson({{"recipient"_L1, receiver->id}, {"amount"_L1, 250}, {"pin"_L1, kPin}});
    rawExchange(m_server.port(),
                "POST /api/v1/wallet/transfer HTTP/1.1\r\nHost: x\r\nContent-Type: "
                "application/json\r\nAuthorization: Bearer " +
                    sender->token.toLatin1() +
                    "\r\nIdempotency-Key: gc-hangup\r\n"
                    "Content-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body,
                1);
    QTRY_COMPARE_WITH_TIMEOUT(walletBalance(m_server, *receiver), 250, 10000);
    QCOMPARE(walletBalance(m_server, *sender), 750);
    QCOMPARE(m_server.get(u"/health"_s).status, 200);
    const LedgerAudit audit = auditLedger(m_server);
    QVERIFY2(audit.clean(), qPrintable(audit.describe()));
}

namespace {

// A unit that tells when it started and then holds its batch open until released.
struct Holder
{
    std::promise<void> started;
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::once_flag once;

    void let()
    {
        std::call_once(once, [this] { release.set_value(); });
    }
    GroupCommitter::Run run(int id)
    {
        return [this, id](QSqlDatabase db) {
            const bool ok = insertRow(db, id);
            started.set_value();
            released.wait();
            return ok;
        };
    }
    bool waitStarted()
    {
        return started.get_future().wait_for(std::chrono::seconds(10)) == std::future_status::ready;
    }
};

// Lets the holder go when a test's scope ends, before the committer declared ahead of it
// drains (a failed check returns early).
struct LetGo
{
    Holder &holder;
    ~LetGo() { holder.let(); }
};

// What the units of a test saw, shared with them (they may outlive a failed test's scope until
// the committer has drained).
struct Journal
{
    std::mutex mutex;
    QStringList ran;  // in the order the units ran
    QStringList done; // in the order they were answered
    std::condition_variable changed;

    void add(QStringList &list, const QString &name)
    {
        {
            std::lock_guard lock(mutex);
            list.append(name);
        }
        changed.notify_all();
    }
    bool waitDone(const QString &name, int ms)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, std::chrono::milliseconds(ms),
                                [&] { return done.contains(name); });
    }
    QStringList ranSoFar()
    {
        std::lock_guard lock(mutex);
        return ran;
    }
};

void submitProbe(GroupCommitter &committer, const std::shared_ptr<Journal> &journal,
                 const QString &name, int id, const GroupCommitter::Keys &keys)
{
    committer.submit(
        [journal, name, id](QSqlDatabase db) {
            journal->add(journal->ran, name);
            return insertRow(db, id);
        },
        [journal, name](bool) { journal->add(journal->done, name); }, keys);
}

bool createProbeTable(const TestServer &server)
{
    bool ok = false;
    {
        QSqlDatabase db = openServerDatabase(server, u"gc-probe"_s);
        ok = QSqlQuery(db).exec(u"CREATE TABLE IF NOT EXISTS gc_probe (id int PRIMARY KEY)"_s);
    }
    QSqlDatabase::removeDatabase(u"gc-probe"_s);
    return ok;
}

} // namespace

void tst_GroupCommit::lanesRunBatchesOfOtherRowsSideBySide()
{
    QVERIFY(createProbeTable(m_server));
    Database database(paramsOf(m_server));
    auto journal = std::make_shared<Journal>();
    Holder a;
    GroupCommitter committer(database, GroupCommitSettings{64, std::chrono::microseconds(0), 2});
    const LetGo letGo{a}; // on any early return too, before the committer drains
    // A holds row "a" in an open batch on one lane.
    committer.submit(a.run(101), {}, {u"a"_s});
    QVERIFY(a.waitStarted());
    // B names other rows: the second lane runs it while A's batch is still open.
    submitProbe(committer, journal, u"B"_s, 102, {u"b"_s});
    QVERIFY2(journal->waitDone(u"B"_s, 10000),
             "a unit of other rows waited for another lane's batch");
    // C names A's row: it waits for A's commit, and then sees A's write.
    auto seenByC = std::make_shared<std::atomic<qint64>>(-1);
    committer.submit(
        [seenByC](QSqlDatabase db) {
            QSqlQuery q(db);
            *seenByC = q.exec(u"SELECT count(*) FROM gc_probe WHERE id = 101"_s) && q.next()
                           ? q.value(0).toLongLong()
                           : -2;
            return insertRow(db, 103);
        },
        [journal](bool) { journal->add(journal->done, u"C"_s); }, {u"c"_s, u"a"_s});
    QVERIFY2(!journal->waitDone(u"C"_s, 300), "a unit ran while another lane's batch held its row");
    QCOMPARE(seenByC->load(), -1);
    a.let();
    QVERIFY(journal->waitDone(u"C"_s, 10000));
    QCOMPARE(seenByC->load(), 1);
    QCOMPARE(queryScalar(m_server, u"SELECT count(*) FROM gc_probe WHERE id IN (101, 102, 103)"_s),
             3);
}

void tst_GroupCommit::anExclusiveUnitWaitsForEveryLane()
{
    QVERIFY(createProbeTable(m_server));
    Database database(paramsOf(m_server));
    auto journal = std::make_shared<Journal>();
    Holder a;
    GroupCommitter committer(database, GroupCommitSettings{64, std::chrono::microseconds(0), 2});
    const LetGo letGo{a};
    committer.submit(a.run(201), {}, {u"a"_s});
    QVERIFY(a.waitStarted());
    // X names nothing (it could lock anything): it waits until no lane runs, and B, queued
    // after it, waits behind it although its row is free.
    submitProbe(committer, journal, u"X"_s, 202, {});
    submitProbe(committer, journal, u"B"_s, 203, {u"b"_s});
    QVERIFY2(!journal->waitDone(u"B"_s, 300), "a unit overtook an exclusive one queued before it");
    QVERIFY2(journal->ranSoFar().isEmpty(), "an exclusive unit ran beside another lane's batch");
    a.let();
    QVERIFY(journal->waitDone(u"X"_s, 10000));
    QVERIFY(journal->waitDone(u"B"_s, 10000));
    QCOMPARE(journal->ranSoFar(), (QStringList{u"X"_s, u"B"_s}));
    QCOMPARE(queryScalar(m_server, u"SELECT count(*) FROM gc_probe WHERE id IN (201, 202, 203)"_s),
             3);
}

void tst_GroupCommit::aUnitWaitsBehindAnEarlierOneSharingAName()
{
    // U1 names "a" (held by another lane) and "b"; U2 names only "b", which nobody holds. U2
    // must still wait for U1: units of one name keep their order.
    QVERIFY(createProbeTable(m_server));
    Database database(paramsOf(m_server));
    auto journal = std::make_shared<Journal>();
    Holder a;
    GroupCommitter committer(database, GroupCommitSettings{64, std::chrono::microseconds(0), 2});
    const LetGo letGo{a};
    committer.submit(a.run(301), {}, {u"a"_s});
    QVERIFY(a.waitStarted());
    submitProbe(committer, journal, u"U1"_s, 302, {u"a"_s, u"b"_s});
    submitProbe(committer, journal, u"U2"_s, 303, {u"b"_s});
    submitProbe(committer, journal, u"V"_s, 304, {u"v"_s}); // free: runs meanwhile
    QVERIFY(journal->waitDone(u"V"_s, 10000));
    QVERIFY2(!journal->waitDone(u"U2"_s, 300), "a unit overtook an earlier one of its name");
    a.let();
    QVERIFY(journal->waitDone(u"U2"_s, 10000));
    const QStringList ran = journal->ranSoFar();
    QVERIFY2(ran.indexOf(u"U1"_s) >= 0 && ran.indexOf(u"U1"_s) < ran.indexOf(u"U2"_s),
             qPrintable(ran.join(u' ')));
}

void tst_GroupCommit::aUnitWaitingOnALockHeldElsewhereGivesWayInOrder()
{
    // Another node (here: a connection of the test) holds row 401. U1 needs it; U2 shares U1's
    // name; V does not; E names nothing (exclusive). U1 gives way after `lockWait` instead of
    // holding its batch (and V) up until PostgreSQL's deadlock detector or the holder ends: V
    // commits, U1, E and U2 run again later in their order, once the row is free.
    QVERIFY(createProbeTable(m_server));
    QCOMPARE(queryScalar(m_server, u"INSERT INTO gc_probe (id) VALUES (401) RETURNING id"_s), 401);
    QSqlDatabase outside = openServerDatabase(m_server, u"gc-outside"_s);
    QVERIFY(outside.transaction());
    QVERIFY(QSqlQuery(outside).exec(u"SELECT id FROM gc_probe WHERE id = 401 FOR UPDATE"_s));
    Database database(paramsOf(m_server));
    auto journal = std::make_shared<Journal>();
    Holder h;
    GroupCommitSettings settings{64, std::chrono::microseconds(0), 1};
    settings.lockWait = std::chrono::milliseconds(100);
    {
        GroupCommitter committer(database, settings);
        const LetGo letGo{h};
        const auto freeRow = qScopeGuard([&] { outside.commit(); }); // before the drain
        committer.submit(h.run(400), {}, {u"h"_s}); // so that the three share the next batch
        QVERIFY(h.waitStarted());
        committer.submit(
            [journal](QSqlDatabase db) {
                journal->add(journal->ran, u"U1"_s);
                return sql::exec(db, "UPDATE gc_probe SET id = 411 WHERE id = 401").ok();
            },
            [journal](bool) { journal->add(journal->done, u"U1"_s); }, {u"a"_s});
        submitProbe(committer, journal, u"V"_s, 403, {u"v"_s});
        submitProbe(committer, journal, u"E"_s, 404, {}); // exclusive: after all before it
        submitProbe(committer, journal, u"U2"_s, 402, {u"a"_s});
        h.let();
        QVERIFY2(journal->waitDone(u"V"_s, 10000), "a unit waited behind another's lock wait");
        QVERIFY(!journal->waitDone(u"U1"_s, 300));
        QVERIFY2(!journal->waitDone(u"E"_s, 0), "an exclusive unit overtook one put back");
        QVERIFY(committer.stats().gaveWay >= 1);
        QVERIFY(outside.commit());
        QVERIFY(journal->waitDone(u"U2"_s, 10000));
        const QStringList ran = journal->ranSoFar();
        QVERIFY2(ran.count(u"U1"_s) >= 2 && ran.lastIndexOf(u"U1"_s) < ran.indexOf(u"E"_s) &&
                     ran.indexOf(u"E"_s) < ran.indexOf(u"U2"_s),
                 qPrintable(ran.join(u' ')));
    }
    outside = {};
    QSqlDatabase::removeDatabase(u"gc-outside"_s);
    QCOMPARE(
        queryScalar(m_server, u"SELECT count(*) FROM gc_probe WHERE id IN (411, 402, 403, 404)"_s),
        4);
}

QTEST_GUILESS_MAIN(tst_GroupCommit)
#include "tst_groupcommit.moc"
