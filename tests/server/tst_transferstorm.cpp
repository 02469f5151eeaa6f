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

private:
    std::unique_ptr<TestServer> m_server;
    QStringList m_tokens;
    QStringList m_emails;
    QStringList m_wallets;
};

void TstTransferStorm::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start({u"--auth-rate"_s, u"1000000"_s, u"--account-rate"_s, u"1000000"_s,
                              u"--argon2-memory-kib"_s, u"64"_s, u"--argon2-iterations"_s, u"1"_s,
                              u"--daily-limit"_s, u"9000000000000"_s}),
             qPrintable(m_server->log()));
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

void TstTransferStorm::stormKeepsTheLedgerExact()
{
    // The plan: random pairs and amounts up to 40% of a starting balance, so as money drifts
    // some transfers must fail for lack of funds.
    QRandomGenerator rng(20261125);
    QList<Op> queue;
    for (int i = 0; i < kTransfers; ++i) {
        Op op;
        op.from = int(rng.bounded(kPeople));
        op.to = (op.from + 1 + int(rng.bounded(kPeople - 1))) % kPeople;
        op.amount = 1 + rng.bounded(kSeed * 4 / 10);
        op.key = "storm-" + QByteArray::number(i);
        queue.append(op);
        if (i % kRetryEvery == 0)
            queue.append(op); // the retry, sent by another client, maybe at the same moment
    }

    QHash<QByteArray, QList<Outcome>> outcomes;
    QHash<QByteArray, Op> plan;
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
        plan.insert(op.key, op);
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
    QElapsedTimer timer;
    timer.start();
    for (int c = 0; c < kClients; ++c) {
        clients.push_back(std::make_unique<QNetworkAccessManager>());
        sendNext(clients.back().get());
    }
    QTimer::singleShot(600'000, &loop, &QEventLoop::quit); // bounded, whatever happens
    loop.exec();
    const qint64 ms = timer.elapsed();
    QCOMPARE(inFlight, 0);
    QCOMPARE(next, int(queue.size()));

    // Every key: at most one transaction, and every answer that moved money names it.
    QList<qint64> expected(kPeople, kSeed);
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
            const Op &op = plan[it.key()];
            expected[op.from] -= op.amount;
            expected[op.to] += op.amount;
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
    }
    QSqlDatabase::removeDatabase(u"storm"_s);
}

QTEST_GUILESS_MAIN(TstTransferStorm)
#include "tst_transferstorm.moc"
