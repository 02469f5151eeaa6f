// Money under concurrency: 32 clients send 5 000 random transfers among 20 people at once,
// including transfers that must fail for lack of funds and retries that reuse an
// Idempotency-Key (some while the first attempt is still in flight). Afterwards the ledger must
// balance to the unit, no wallet may be negative, every wallet must hold exactly what the
// accepted transfers say, and every key must have moved money at most once.
#include "ledgeraudit.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using paydesk::test::TestServer;

namespace {
constexpr int kPeople = 20;
constexpr int kClients = 32;
constexpr int kTransfers = 5000;
constexpr int kRetryEvery = 10; // every 10th transfer is sent twice with the same key
constexpr qint64 kSeed = 100'000;
const QString kPassword = u"correct horse battery"_s;
const QString kPin = u"1357"_s;

struct Op
{
    int from = 0;
    int to = 0;
    qint64 amount = 0;
    QByteArray key;
};

struct Outcome
{
    int status = 0;
    QString txnId;
    QString code;
};
} // namespace

class TstTransferStorm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void stormKeepsTheLedgerExact();
    void killedMidStormLosesNothing();

private:
    QList<Op> plan(const QString &prefix, int count, quint32 seed) const;
    QHash<QByteArray, QList<Outcome>> fire(const QList<Op> &queue, int clientCount, int killAfterMs,
                                           int *sent);
    QStringList m_startArgs;
    std::unique_ptr<TestServer> m_server;
    QStringList m_tokens;
    QStringList m_emails;
    QStringList m_wallets;
};

void TstTransferStorm::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    m_startArgs = QStringList{
        u"--auth-rate"_s,         u"1000000"_s,      u"--account-rate"_s,      u"1000000"_s,
        u"--argon2-memory-kib"_s, u"64"_s,           u"--argon2-iterations"_s, u"1"_s,
        u"--daily-limit"_s,       u"9000000000000"_s};
    QVERIFY2(m_server->start(m_startArgs), qPrintable(m_server->log()));
    for (int i = 0; i < kPeople; ++i) {
        const QString email = u"storm%1@example.com"_s.arg(i);
        const auto r =
            m_server->send("POST", u"/api/v1/auth/signup"_s,
                           QJsonDocument(QJsonObject{{"email"_L1, email},
                                                     {"password"_L1, kPassword},
                                                     {"display_name"_L1, u"Storm %1"_s.arg(i)}})
                               .toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, 201);
        const QString token = r.json().value("access_token"_L1).toString();
        const auto pin =
            m_server->send("POST", u"/api/v1/profile/pin"_s,
                           QJsonDocument(QJsonObject{{"password"_L1, kPassword}, {"pin"_L1, kPin}})
                               .toJson(QJsonDocument::Compact),
                           {{"Authorization", "Bearer " + token.toLatin1()}});
        QCOMPARE(pin.status, 204);
        const QString wallet =
            r.json().value("user"_L1).toObject().value("wallet_id"_L1).toString();
        QVERIFY(paydesk::test::seedFunding(*m_server, wallet, kSeed));
        m_tokens.append(token);
        m_emails.append(email);
        m_wallets.append(wallet);
    }
}

void TstTransferStorm::cleanupTestCase()
{
    QCOMPARE(m_server->stop(), 0);
}

QList<Op> TstTransferStorm::plan(const QString &prefix, int count, quint32 seed) const
{
    // Random pairs and amounts up to 40% of a starting balance, so as money drifts some
    // transfers must fail for lack of funds; every tenth is sent twice with the same key (the
    // retry, by another client, maybe at the same moment).
    QRandomGenerator rng(seed);
    QList<Op> queue;
    for (int i = 0; i < count; ++i) {
        Op op;
        op.from = int(rng.bounded(kPeople));
        op.to = (op.from + 1 + int(rng.bounded(kPeople - 1))) % kPeople;
        op.amount = 1 + rng.bounded(kSeed * 4 / 10);
        op.key = prefix.toLatin1() + QByteArray::number(i);
        queue.append(op);
        if (i % kRetryEvery == 0)
            queue.append(op);
    }
    return queue;
}

// Sends `queue` from `clientCount` clients at once (each one request in flight) and collects
// every answer per key. `killAfterMs` >= 0 kills paydeskd with SIGKILL that long after the
// start; later requests then fail at the network level (status 0).
QHash<QByteArray, QList<Outcome>> TstTransferStorm::fire(const QList<Op> &queue, int clientCount,
                                                         int killAfterMs, int *sent)
{
    QHash<QByteArray, QList<Outcome>> outcomes;
    int next = 0;
    int inFlight = 0;
    QEventLoop loop;
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    std::function<void(QNetworkAccessManager *)> sendNext = [&](QNetworkAccessManager *nam) {
        if (next >= queue.size()) {
            if (inFlight == 0)
                loop.quit();
            return;
        }
        const Op op = queue[next++];
        QNetworkRequest request(m_server->url(u"/api/v1/wallet/transfer"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setRawHeader("Authorization", "Bearer " + m_tokens[op.from].toLatin1());
        request.setRawHeader("Idempotency-Key", op.key);
        const QByteArray body = QJsonDocument(QJsonObject{{"recipient"_L1, m_emails[op.to]},
                                                          {"amount"_L1, op.amount},
                                                          {"pin"_L1, kPin}})
                                    .toJson(QJsonDocument::Compact);
        ++inFlight;
        QNetworkReply *reply = nam->post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, nam, key = op.key] {
            --inFlight;
            const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
            outcomes[key].append(
                {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 o.value("transaction"_L1).toObject().value("id"_L1).toString(),
                 o.value("error"_L1).toObject().value("code"_L1).toString()});
            reply->deleteLater();
            sendNext(nam);
        });
    };
    for (int c = 0; c < clientCount; ++c) {
        clients.push_back(std::make_unique<QNetworkAccessManager>());
        sendNext(clients.back().get());
    }
    if (killAfterMs >= 0)
        QTimer::singleShot(killAfterMs, &loop, [this] { m_server->kill9(); });
    QTimer::singleShot(600'000, &loop, &QEventLoop::quit); // bounded, whatever happens
    loop.exec();
    *sent = next;
    return outcomes;
}

void TstTransferStorm::stormKeepsTheLedgerExact()
{
    const QList<Op> queue = plan(u"storm-"_s, kTransfers, 20261125);
    QHash<QByteArray, Op> byKey;
    for (const Op &op : queue)
        byKey.insert(op.key, op);
    QElapsedTimer timer;
    timer.start();
    int sent = 0;
    const auto outcomes = fire(queue, kClients, -1, &sent);
    const qint64 ms = timer.elapsed();
    QCOMPARE(sent, int(queue.size()));

    // Every key: at most one transaction, and every answer that moved money names it.
    QList<qint64> expected(kPeople, kSeed);
    QList<int> touched(kPeople, 0); // transfers that moved money to or from each person
    int moved = 0;
    int refusedForFunds = 0;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        QSet<QString> ids;
        for (const Outcome &o : it.value()) {
            QVERIFY2(
                o.status == 201 || (o.status == 402 && o.code == "insufficient_funds"_L1) ||
                    (o.status == 409 && o.code == "conflict"_L1),
                qPrintable(
                    u"%1: %2 %3"_s.arg(QString::fromLatin1(it.key())).arg(o.status).arg(o.code)));
            if (o.status == 201)
                ids.insert(o.txnId);
            refusedForFunds += o.status == 402;
        }
        QVERIFY2(ids.size() <= 1, it.key().constData());
        if (ids.size() == 1) {
            const Op &op = byKey[it.key()];
            expected[op.from] -= op.amount;
            expected[op.to] += op.amount;
            ++touched[op.from];
            ++touched[op.to];
            ++moved;
        }
    }
    qInfo("%d requests (%d keys) in %lld ms: %d transfers moved money, %d refused for funds, "
          "%.0f requests/s",
          int(queue.size()), int(outcomes.size()), ms, moved, refusedForFunds,
          queue.size() * 1000.0 / qMax<qint64>(1, ms));
    QVERIFY(refusedForFunds > 0); // the plan is meant to exercise the floor
    QVERIFY(moved > kTransfers / 4);

    const auto audit = paydesk::test::auditLedger(*m_server);
    QVERIFY2(audit.clean(), qPrintable(audit.describe()));
    QCOMPARE(audit.walletTotal, kSeed * kPeople); // only transfers ran: nothing entered or left
    for (int i = 0; i < kPeople; ++i) {
        const auto me = m_server->send("GET", u"/api/v1/wallet/me"_s, {},
                                       {{"Authorization", "Bearer " + m_tokens[i].toLatin1()}});
        QCOMPARE(me.json().value("wallet"_L1).toObject().value("balance"_L1).toInteger(),
                 expected[i]);
    }
    {
        QSqlDatabase db = paydesk::test::openServerDatabase(*m_server, u"storm"_s);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT count(*), count(DISTINCT txn_id) FROM idempotency_keys WHERE "
                       "key LIKE 'storm-%'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), moved);
        QCOMPARE(q.value(1).toInt(), moved);
        QVERIFY(q.exec(u"SELECT count(*) FROM ledger_transactions WHERE type = 'transfer'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), moved);
        // Each transfer wrote its events into both people's logs in its own commit: every
        // log is one gap-free sequence up to its head, with one wallet.updated and one
        // transaction.updated per transfer of that person, and the last wallet.updated (the
        // highest seq) shows the wallet's final balance: the logs' order is the commits'.
        for (int i = 0; i < kPeople; ++i) {
            QVERIFY(q.exec(
                u"SELECT count(*), min(e.seq), max(e.seq), max(h.last_seq), "
                "count(*) FILTER (WHERE e.frame LIKE '%\"topic\":\"wallet.updated\"%'), "
                "count(*) FILTER (WHERE e.frame LIKE "
                "'%\"topic\":\"transaction.updated\"%') "
                "FROM chat_events e JOIN chat_event_heads h USING (user_id) "
                "JOIN accounts a ON a.user_id = e.user_id WHERE a.id = '%1'"_s.arg(m_wallets[i])));
            QVERIFY(q.next());
            const qint64 count = q.value(0).toLongLong();
            QCOMPARE(q.value(1).toLongLong(), 1);
            QCOMPARE(q.value(2).toLongLong(), count);
            QCOMPARE(q.value(3).toLongLong(), count);
            QCOMPARE(q.value(4).toInt(), touched[i]);
            QCOMPARE(q.value(5).toInt(), touched[i]);
            QVERIFY(q.exec(u"SELECT e.frame FROM chat_events e JOIN accounts a ON a.user_id = "
                           "e.user_id WHERE a.id = '%1' AND e.frame LIKE '%wallet.updated%' "
                           "ORDER BY e.seq DESC LIMIT 1"_s.arg(m_wallets[i])));
            QVERIFY(q.next());
            const QJsonObject last = QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                                         .object()
                                         .value("data"_L1)
                                         .toObject();
            QCOMPARE(last.value("wallet_id"_L1).toString(), m_wallets[i]);
            QCOMPARE(last.value("balance"_L1).toInteger(), expected[i]);
        }
    }
    QSqlDatabase::removeDatabase(u"storm"_s);
}

void TstTransferStorm::killedMidStormLosesNothing()
{
    // SIGKILL while transfers are in flight, restart on the same data, then every key is sent
    // again: keys that committed before the kill replay their transaction, the others run now,
    // and nothing is lost, doubled or half-done.
    const QList<Op> queue = plan(u"crash-"_s, 1500, 4242);
    int sent = 0;
    const auto before = fire(queue, 16, 1500, &sent);
    QVERIFY2(m_server->start(m_startArgs), qPrintable(m_server->log()));
    const auto after = fire(queue, 16, -1, &sent);

    QSqlDatabase db = paydesk::test::openServerDatabase(*m_server, u"crash"_s);
    QHash<QByteArray, QString> committed; // key -> its transaction, as the database says
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT key, txn_id FROM idempotency_keys WHERE key LIKE 'crash-%'"_s));
        while (q.next())
            committed.insert(q.value(0).toByteArray(), q.value(1).toString());
    }
    int answeredBeforeKill = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        for (const Outcome &o : it.value())
            if (o.status == 201) {
                ++answeredBeforeKill;
                QCOMPARE(committed.value(it.key()), o.txnId); // an answer means it committed
            }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        // A refusal (402) moved nothing and left the key free, so a later send of the same key
        // may still succeed; but every success names the one transaction the key committed.
        int successes = 0;
        for (const Outcome &o : it.value()) {
            QVERIFY2(o.status == 201 || o.status == 402,
                     qPrintable(u"%1 %2"_s.arg(o.status).arg(o.code)));
            if (o.status == 201) {
                ++successes;
                QCOMPARE(o.txnId, committed.value(it.key())); // replayed or run once
            }
        }
        QCOMPARE(successes > 0, committed.contains(it.key()));
    }
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT count(*) FROM ledger_transactions t JOIN idempotency_keys k ON "
                       "k.txn_id = t.id WHERE k.key LIKE 'crash-%'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(committed.size()));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"crash"_s);
    qInfo("killed after %d answered transfers; %d keys committed in all", answeredBeforeKill,
          int(committed.size()));
    QVERIFY(answeredBeforeKill > 0);
    const auto audit = paydesk::test::auditLedger(*m_server);
    QVERIFY2(audit.clean(), qPrintable(audit.describe()));
    QCOMPARE(audit.walletTotal, kSeed * kPeople);
}

QTEST_GUILESS_MAIN(TstTransferStorm)
#include "tst_transferstorm.moc"
