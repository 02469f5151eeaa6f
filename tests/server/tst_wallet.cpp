// The wallet API through real HTTP against a real paydeskd: the wallet's state and limits,
// switching it off and on, transfers with every way they can be refused (nothing written), and
// Idempotency-Key replay. The ledger audit runs after every test.
#include "ledgeraudit.h"
#include "testclient.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using paydesk::test::HttpResult;
using paydesk::test::TestServer;

namespace {
const QString kPassword = u"correct horse battery"_s;
const QString kPin = u"4826"_s;

} // namespace

using Person = paydesk::test::TestPerson;
using paydesk::test::compactJson;
using paydesk::test::errorCode;

class TstWallet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void walletShowsBalanceStatusAndLimits();
    void transferMovesMoneyBothWays();
    void transferRefusals_data();
    void transferRefusals();
    void disabledWalletsNeitherSendNorReceive();
    void idempotencyKeyReplaysTheFirstResponse();
    void concurrentDuplicatesMoveMoneyOnce();
    void wrongPinCountsTowardsTheLockout();
    void dailyLimitCountsEverythingSentToday();
    void reconciliationFindsACorruptedBalance();
    void personalEventsAreMovedThroughIndexes();
    void personalEventsGiveWayToALockedLogHead();

private:
    Person person(const QString &email, qint64 funds = 0);
    HttpResult send(const QByteArray &method, const QString &path, const QJsonObject &body,
                    const QString &token, const QByteArray &idempotencyKey = {});
    HttpResult transfer(const Person &from, const QJsonObject &body,
                        const QByteArray &idempotencyKey = {});
    qint64 balance(const Person &p);

    std::unique_ptr<TestServer> m_server;
    Person m_alice;
    Person m_bob;
};

void TstWallet::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start({u"--auth-rate"_s, u"100000"_s, u"--account-rate"_s, u"100000"_s,
                              u"--argon2-memory-kib"_s, u"256"_s, u"--argon2-iterations"_s, u"1"_s,
                              u"--transfer-limit"_s, u"500000"_s, u"--daily-limit"_s, u"800000"_s,
                              u"--admin-email"_s, u"root@paydesk.test"_s, u"--admin-password"_s,
                              u"admin password 1"_s}),
             qPrintable(m_server->log()));
    m_alice = person(u"alice@example.com"_s, 1'000'000);
    m_bob = person(u"bob@example.com"_s, 10'000);
    QVERIFY(!m_alice.token.isEmpty() && !m_bob.token.isEmpty());
}

void TstWallet::cleanupTestCase()
{
    QCOMPARE(m_server->stop(), 0);
}

void TstWallet::cleanup()
{
    const auto audit = paydesk::test::auditLedger(*m_server);
    QVERIFY2(audit.clean(), qPrintable(audit.describe()));
}

Person TstWallet::person(const QString &email, qint64 funds)
{
    const Person p = paydesk::test::signUp(*m_server, email, kPassword, kPin).value_or(Person{});
    if (funds > 0 && !paydesk::test::seedFunding(*m_server, p.walletId, funds))
        qWarning() << "seeding failed";
    return p;
}

HttpResult TstWallet::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                           const QString &token, const QByteArray &idempotencyKey)
{
    return paydesk::test::sendJson(*m_server, method, path, body, token, idempotencyKey);
}

HttpResult TstWallet::transfer(const Person &from, const QJsonObject &body,
                               const QByteArray &idempotencyKey)
{
    return send("POST", u"/api/v1/wallet/transfer"_s, body, from.token, idempotencyKey);
}

qint64 TstWallet::balance(const Person &p)
{
    return paydesk::test::walletBalance(*m_server, p);
}

void TstWallet::walletShowsBalanceStatusAndLimits()
{
    const Person carol = person(u"carol@example.com"_s, 12'345);
    const auto r = send("GET", u"/api/v1/wallet/me"_s, {}, carol.token);
    QCOMPARE(r.status, 200);
    const QJsonObject w = r.json().value("wallet"_L1).toObject();
    QCOMPARE(w.value("id"_L1).toString(), carol.walletId);
    QCOMPARE(w.value("balance"_L1).toInteger(), 12'345);
    QCOMPARE(w.value("currency"_L1).toString(), u"NGN"_s);
    QCOMPARE(w.value("status"_L1).toString(), u"active"_s);
    const QJsonObject limits = w.value("limits"_L1).toObject();
    QCOMPARE(limits.value("per_transaction"_L1).toInteger(), 500'000);
    QCOMPARE(limits.value("daily"_L1).toInteger(), 800'000);
    QCOMPARE(limits.value("spent_today"_L1).toInteger(), 0);
    QCOMPARE(send("GET", u"/api/v1/wallet/me"_s, {}, {}).status, 401);
}

void TstWallet::transferMovesMoneyBothWays()
{
    const qint64 aliceBefore = balance(m_alice);
    const qint64 bobBefore = balance(m_bob);
    const auto r = transfer(m_alice, {{"recipient"_L1, u"BOB@example.com"_s},
                                      {"amount"_L1, 2'550},
                                      {"note"_L1, u"lunch, with \"quotes\""_s},
                                      {"pin"_L1, kPin}});
    QCOMPARE(r.status, 201);
    const QJsonObject txn = r.json().value("transaction"_L1).toObject();
    QVERIFY(txn.value("id"_L1).toString().startsWith("txn_"_L1));
    QCOMPARE(txn.value("type"_L1).toString(), u"transfer"_s);
    QCOMPARE(txn.value("status"_L1).toString(), u"SUCCESS"_s);
    QCOMPARE(txn.value("amount"_L1).toInteger(), 2'550);
    QCOMPARE(txn.value("from_wallet"_L1).toString(), m_alice.walletId);
    QCOMPARE(txn.value("to_wallet"_L1).toString(), m_bob.walletId);
    // The people, for the chat thread between them.
    const QJsonObject metadata = txn.value("metadata"_L1).toObject();
    QCOMPARE(metadata.value("sender_id"_L1).toString(), m_alice.id);
    QCOMPARE(metadata.value("recipient_id"_L1).toString(), m_bob.id);
    QCOMPARE(balance(m_alice), aliceBefore - 2'550);
    QCOMPARE(balance(m_bob), bobBefore + 2'550);
    // By user id too.
    QCOMPARE(
        transfer(m_bob, {{"recipient"_L1, m_alice.id}, {"amount"_L1, 50}, {"pin"_L1, kPin}}).status,
        201);
    QCOMPARE(balance(m_bob), bobBefore + 2'500);
}

void TstWallet::transferRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const auto row = [](const char *name, const QByteArray &body, int status, const char *code) {
        QTest::newRow(name) << body << status << QString::fromLatin1(code);
    };
    const QByteArray pin = "\"pin\":\"4826\"";
    const QByteArray bob = "\"recipient\":\"bob@example.com\"";
    row("malformed json", "{\"amount\":", 400, "malformed_json");
    row("not an object", "[1,2]", 400, "validation_error");
    row("no amount", "{" + bob + "," + pin + "}", 400, "validation_error");
    row("zero", "{" + bob + ",\"amount\":0," + pin + "}", 400, "invalid_amount");
    row("negative", "{" + bob + ",\"amount\":-100," + pin + "}", 400, "invalid_amount");
    row("fractional", "{" + bob + ",\"amount\":10.5," + pin + "}", 400, "invalid_amount");
    row("string amount", "{" + bob + ",\"amount\":\"100\"," + pin + "}", 400, "invalid_amount");
    row("over 2^63", "{" + bob + ",\"amount\":99999999999999999999," + pin + "}", 400,
        "invalid_amount");
    row("over 2^53", "{" + bob + ",\"amount\":9007199254740993," + pin + "}", 400,
        "invalid_amount");
    row("unknown field", "{" + bob + ",\"amount\":100,\"fee\":0," + pin + "}", 400,
        "validation_error");
    row("no pin", "{" + bob + ",\"amount\":100}", 400, "validation_error");
    row("wrong currency", "{" + bob + ",\"amount\":100,\"currency\":\"USD\"," + pin + "}", 400,
        "currency_mismatch");
    row("unknown recipient", "{\"recipient\":\"nobody@example.com\",\"amount\":100," + pin + "}",
        404, "recipient_not_found");
    row("self", "{\"recipient\":\"alice@example.com\",\"amount\":100," + pin + "}", 422,
        "self_transfer");
    row("over the per-transaction limit", "{" + bob + ",\"amount\":500001," + pin + "}", 422,
        "limit_exceeded");
    row("note too long",
        "{" + bob + ",\"amount\":100,\"note\":\"" + QByteArray(281, 'n') + "\"," + pin + "}", 400,
        "validation_error");
}

void TstWallet::transferRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const qint64 before = balance(m_alice);
    const auto r = m_server->send("POST", u"/api/v1/wallet/transfer"_s, body,
                                  {{"Authorization", "Bearer " + m_alice.token.toLatin1()}});
    QCOMPARE(r.status, status);
    QCOMPARE(errorCode(r), code);
    QCOMPARE(balance(m_alice), before);
}

void TstWallet::disabledWalletsNeitherSendNorReceive()
{
    const Person dave = person(u"dave@example.com"_s, 5'000);
    auto off =
        send("POST", u"/api/v1/wallet/toggle-activity"_s, {{"active"_L1, false}}, dave.token);
    QCOMPARE(off.status, 200);
    QCOMPARE(off.json().value("wallet"_L1).toObject().value("status"_L1).toString(), u"disabled"_s);
    auto in =
        transfer(m_alice, {{"recipient"_L1, dave.email}, {"amount"_L1, 100}, {"pin"_L1, kPin}});
    QCOMPARE(in.status, 403);
    QCOMPARE(errorCode(in), u"wallet_disabled"_s);
    auto out =
        transfer(dave, {{"recipient"_L1, m_bob.email}, {"amount"_L1, 100}, {"pin"_L1, kPin}});
    QCOMPARE(out.status, 403);
    QCOMPARE(errorCode(out), u"wallet_disabled"_s);
    QCOMPARE(balance(dave), 5'000);
    // Without a body field the toggle flips.
    auto on = send("POST", u"/api/v1/wallet/toggle-activity"_s, {}, dave.token);
    QCOMPARE(on.json().value("wallet"_L1).toObject().value("status"_L1).toString(), u"active"_s);
    QCOMPARE(transfer(dave, {{"recipient"_L1, m_bob.email}, {"amount"_L1, 100}, {"pin"_L1, kPin}})
                 .status,
             201);
    QCOMPARE(send("POST", u"/api/v1/wallet/toggle-activity"_s, {{"active"_L1, u"no"_s}}, dave.token)
                 .status,
             400);
}

void TstWallet::idempotencyKeyReplaysTheFirstResponse()
{
    const qint64 before = balance(m_alice);
    const QJsonObject body{{"recipient"_L1, m_bob.email}, {"amount"_L1, 700}, {"pin"_L1, kPin}};
    const auto first = transfer(m_alice, body, "key-replay-1");
    QCOMPARE(first.status, 201);
    // The answer was stored in the posting's own commit, before it was sent.
    QCOMPARE(
        paydesk::test::queryScalar(*m_server, u"SELECT response_status FROM idempotency_keys WHERE "
                                              "owner = '%1' AND key = 'key-replay-1' AND "
                                              "convert_from(response_body, 'UTF8') = '%2'"_s.arg(
                                                  m_alice.id, QString::fromUtf8(first.body))),
        201);
    const auto second = transfer(m_alice, body, "key-replay-1");
    QCOMPARE(second.status, 201);
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(balance(m_alice), before - 700);
    // Same key, different request.
    QJsonObject other = body;
    other.insert("amount"_L1, 701);
    const auto conflict = transfer(m_alice, other, "key-replay-1");
    QCOMPARE(conflict.status, 409);
    QCOMPARE(errorCode(conflict), u"idempotency_key_reused"_s);
    // Keys are per person: Bob's use of the same key is his own request.
    QCOMPARE(transfer(m_bob, {{"recipient"_L1, m_alice.email}, {"amount"_L1, 1}, {"pin"_L1, kPin}},
                      "key-replay-1")
                 .status,
             201);
    // A refused request leaves the key unused, so a corrected retry runs.
    const auto broke =
        transfer(m_bob, {{"recipient"_L1, m_alice.email}, {"amount"_L1, 400'000}, {"pin"_L1, kPin}},
                 "key-broke");
    QCOMPARE(broke.status, 402);
    QCOMPARE(errorCode(broke), u"insufficient_funds"_s);
    QCOMPARE(transfer(m_bob,
                      {{"recipient"_L1, m_alice.email}, {"amount"_L1, 400'000}, {"pin"_L1, kPin}},
                      "key-broke")
                 .status,
             402);
    const auto badKey = transfer(m_alice, body, QByteArray(256, 'k'));
    QCOMPARE(badKey.status, 400);
    QCOMPARE(errorCode(badKey), u"invalid_idempotency_key"_s);
    QCOMPARE(balance(m_alice), before - 700 + 1);
}

void TstWallet::concurrentDuplicatesMoveMoneyOnce()
{
    const qint64 before = balance(m_bob);
    const QByteArray body =
        compactJson({{"recipient"_L1, m_bob.email}, {"amount"_L1, 333}, {"pin"_L1, kPin}});
    QList<QByteArray> raw;
    for (int i = 0; i < 8; ++i) {
        const QByteArray request = "POST /api/v1/wallet/transfer HTTP/1.1\r\nHost: localhost\r\n"
                                   "Authorization: Bearer " +
                                   m_alice.token.toLatin1() +
                                   "\r\nIdempotency-Key: same-moment\r\nContent-Type: "
                                   "application/json\r\nContent-Length: " +
                                   QByteArray::number(body.size()) +
                                   "\r\nConnection: close\r\n\r\n" + body;
        raw.append(request);
    }
    // Eight connections at once, each on its own thread's event loop through rawExchange.
    QList<QByteArray> answers(raw.size());
    QList<QThread *> threads;
    for (int i = 0; i < raw.size(); ++i) {
        threads.append(QThread::create([this, &raw, &answers, i] {
            answers[i] = paydesk::test::rawExchange(m_server->port(), raw[i], 15000);
        }));
        threads.last()->start();
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(20000));
        delete t;
    }
    QSet<QString> ids;
    for (const QByteArray &a : answers) {
        QVERIFY2(a.startsWith("HTTP/1.1 201"), a.left(200).constData());
        const QJsonObject o = QJsonDocument::fromJson(a.mid(a.indexOf("\r\n\r\n") + 4)).object();
        ids.insert(o.value("transaction"_L1).toObject().value("id"_L1).toString());
    }
    QCOMPARE(ids.size(), 1);
    QCOMPARE(balance(m_bob), before + 333);
}

void TstWallet::wrongPinCountsTowardsTheLockout()
{
    const Person erin = person(u"erin@example.com"_s, 5'000);
    const QJsonObject wrong{
        {"recipient"_L1, m_bob.email}, {"amount"_L1, 10}, {"pin"_L1, u"0000"_s}};
    for (int i = 0; i < 4; ++i) {
        const auto r = transfer(erin, wrong);
        QCOMPARE(r.status, 403);
        QCOMPARE(errorCode(r), u"invalid_pin"_s);
    }
    QCOMPARE(errorCode(transfer(erin, wrong)), u"pin_locked"_s);
    const auto locked =
        transfer(erin, {{"recipient"_L1, m_bob.email}, {"amount"_L1, 10}, {"pin"_L1, kPin}});
    QCOMPARE(locked.status, 403);
    QCOMPARE(errorCode(locked), u"pin_locked"_s);
    QCOMPARE(balance(erin), 5'000);
}

void TstWallet::dailyLimitCountsEverythingSentToday()
{
    const Person frank = person(u"frank@example.com"_s, 2'000'000);
    const QJsonObject big{{"recipient"_L1, m_bob.email}, {"amount"_L1, 450'000}, {"pin"_L1, kPin}};
    QCOMPARE(transfer(frank, big).status, 201);
    const auto over = transfer(frank, big, "key-over-limit"); // 900 000 > 800 000 today
    QCOMPARE(over.status, 422);
    QCOMPARE(errorCode(over), u"limit_exceeded"_s);
    // Refused after its entries (and its key's answer) were written: none of it stays.
    QCOMPARE(paydesk::test::queryScalar(*m_server, u"SELECT count(*) FROM idempotency_keys "
                                                   "WHERE key = 'key-over-limit'"_s),
             0);
    QJsonObject rest = big;
    rest.insert("amount"_L1, 350'000);
    QCOMPARE(transfer(frank, rest).status, 201);
    const auto me = send("GET", u"/api/v1/wallet/me"_s, {}, frank.token).json();
    const QJsonObject limits = me.value("wallet"_L1).toObject().value("limits"_L1).toObject();
    QCOMPARE(limits.value("spent_today"_L1).toInteger(), 800'000);
    QCOMPARE(limits.value("remaining_today"_L1).toInteger(), 0);
}

void TstWallet::reconciliationFindsACorruptedBalance()
{
    const QString admin =
        send("POST", u"/api/v1/auth/login"_s,
             {{"email"_L1, u"root@paydesk.test"_s}, {"password"_L1, u"admin password 1"_s}}, {})
            .json()
            .value("access_token"_L1)
            .toString();
    QCOMPARE(send("GET", u"/api/v1/admin/reconciliation"_s, {}, m_alice.token).status, 403);
    auto clean = send("GET", u"/api/v1/admin/reconciliation"_s, {}, admin);
    QCOMPARE(clean.status, 200);
    QVERIFY2(clean.json().value("balanced"_L1).toBool(), clean.body.constData());
    QVERIFY(clean.json().value("accounts_checked"_L1).toInt() > 2);
    QVERIFY(m_server->get(u"/metrics"_s).body.contains("paydesk_ledger_reconciliation_problems 0"));

    // Someone edits a balance behind the ledger's back: the proof must say so, to the unit.
    const auto tamper = [this](int delta) {
        QSqlDatabase db = paydesk::test::openServerDatabase(*m_server, u"tamper"_s);
        QSqlQuery q(db);
        q.prepare(u"UPDATE accounts SET balance = balance + :d WHERE id = :id"_s);
        q.bindValue(u":d"_s, delta);
        q.bindValue(u":id"_s, m_bob.walletId);
        const bool ok = q.exec();
        db.close();
        return ok;
    };
    QVERIFY(tamper(1));
    QSqlDatabase::removeDatabase(u"tamper"_s);
    auto broken = send("GET", u"/api/v1/admin/reconciliation"_s, {}, admin).json();
    QVERIFY(!broken.value("balanced"_L1).toBool());
    const QJsonArray mismatches = broken.value("mismatches"_L1).toArray();
    QCOMPARE(mismatches.size(), 1);
    QCOMPARE(mismatches[0].toObject().value("account_id"_L1).toString(), m_bob.walletId);
    QCOMPARE(mismatches[0].toObject().value("difference"_L1).toInteger(), 1);
    QVERIFY(m_server->get(u"/metrics"_s).body.contains("paydesk_ledger_reconciliation_problems 1"));
    QVERIFY(tamper(-1));
    QSqlDatabase::removeDatabase(u"tamper"_s);
    QVERIFY(send("GET", u"/api/v1/admin/reconciliation"_s, {}, admin)
                .json()
                .value("balanced"_L1)
                .toBool());
}

void TstWallet::personalEventsAreMovedThroughIndexes()
{
    // The relay moves a person's events into their log (log_person_events, 0014/0017). It once
    // hashed the whole outbox on every call with work, and then kept a plan made while the
    // outbox was small: either way a sequential scan over every event ever written, most of a
    // core under steady transfers. It must reach the rows through their keys however the
    // outbox grew since its plans were made. Everything here is rolled back.
    QSqlDatabase db = paydesk::test::openServerDatabase(*m_server, u"relayplan"_s);
    const auto scalar = [&db](const QString &sql) {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    const auto exec = [&db](const QString &sql) {
        QSqlQuery q(db);
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << sql << q.lastError().text();
        return ok;
    };
    const auto queueProbe = [&](const QString &name) {
        return exec(u"INSERT INTO outbox (event_id, topic, user_id, payload) VALUES ('%1', "
                    "'wallet.updated', '%2', '{}')"_s.arg(name, m_alice.id));
    };
    QVERIFY(db.transaction());
    // Calls while the outbox is small: PL/pgSQL keeps a generic plan after five.
    for (int i = 0; i < 7; ++i) {
        QVERIFY(queueProbe(u"evt_warm_%1"_s.arg(i)));
        QCOMPARE(scalar(u"SELECT log_person_events(500)"_s), 1);
    }
    // The outbox grows; the queue looks as it does under load (statistics taken while it was
    // long, rows since gone and not vacuumed yet).
    QVERIFY(exec(u"INSERT INTO outbox (event_id, topic, payload) SELECT 'evt_fill_' || n, "
                 "'payment.filler', '{}' FROM generate_series(1, 30000) n"_s));
    QVERIFY(exec(u"INSERT INTO person_event_queue (outbox_id) SELECT id FROM outbox "
                 "WHERE event_id LIKE 'evt_fill_%' LIMIT 20000"_s));
    QVERIFY(exec(u"ANALYZE person_event_queue"_s));
    QVERIFY(exec(u"DELETE FROM person_event_queue q USING outbox o WHERE o.id = q.outbox_id "
                 "AND o.event_id LIKE 'evt_fill_%'"_s));
    for (int i = 1; i <= 3; ++i)
        QVERIFY(queueProbe(u"evt_probe_%1"_s.arg(i)));
    const qint64 scansBefore = scalar(u"SELECT seq_scan FROM pg_stat_xact_user_tables "
                                      "WHERE relname = 'outbox'"_s);
    QCOMPARE(scalar(u"SELECT log_person_events(500)"_s), 3);
    QCOMPARE(scalar(u"SELECT seq_scan FROM pg_stat_xact_user_tables WHERE relname = 'outbox'"_s),
             scansBefore);
    // One person's events take consecutive seqs after their head, in outbox order.
    QCOMPARE(scalar(u"SELECT max(seq) - min(seq) FROM chat_events WHERE user_id = '%1' "
                    "AND frame LIKE '%evt_probe_%'"_s.arg(m_alice.id)),
             2);
    QCOMPARE(scalar(u"SELECT count(*) FROM chat_events WHERE user_id = '%1' AND frame LIKE "
                    "'%evt_probe_3%' AND seq = (SELECT max(seq) FROM chat_events WHERE user_id "
                    "= '%1')"_s.arg(m_alice.id)),
             1);
    QCOMPARE(scalar(u"SELECT count(*) FROM person_event_queue q JOIN outbox o "
                    "ON o.id = q.outbox_id WHERE o.event_id LIKE 'evt_probe_%'"_s),
             0);
    QVERIFY(db.rollback());
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"relayplan"_s);
}

void TstWallet::personalEventsGiveWayToALockedLogHead()
{
    // Chat batches take log heads in unit order, outside the relay's user-id order; the relay's
    // mover must not wait for them in a circle (0018). Held head: it gives way in about 100 ms,
    // leaves its events queued and moves them once the head is free. Everything is rolled back.
    QSqlDatabase holder = paydesk::test::openServerDatabase(*m_server, u"headholder"_s);
    QSqlDatabase mover = paydesk::test::openServerDatabase(*m_server, u"headmover"_s);
    const auto scalar = [](QSqlDatabase &db, const QString &sql) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        return q.isActive() && q.next() ? q.value(0).toLongLong() : -100;
    };
    QVERIFY(holder.transaction());
    QCOMPARE(scalar(holder, u"INSERT INTO chat_event_heads AS h (user_id, last_seq) VALUES "
                            "('%1', 1) ON CONFLICT (user_id) DO UPDATE SET last_seq = "
                            "h.last_seq RETURNING 1"_s.arg(m_bob.id)),
             1);
    QVERIFY(mover.transaction());
    // The old mover would wait for the holder for ever: bounded here so it fails, not hangs.
    QCOMPARE(scalar(mover, u"SELECT 1 FROM set_config('statement_timeout', '5s', true)"_s), 1);
    QCOMPARE(scalar(mover, u"WITH o AS (INSERT INTO outbox (event_id, topic, user_id, payload) "
                           "VALUES ('evt_give_way', 'wallet.updated', '%1', '{}') RETURNING 1) "
                           "SELECT count(*) FROM o"_s.arg(m_bob.id)),
             1);
    QElapsedTimer waited;
    waited.start();
    QCOMPARE(scalar(mover, u"SELECT log_person_events(500)"_s), -1);
    QCOMPARE_LT(waited.elapsed(), 1000); // well before PostgreSQL's deadlock detector (1 s)
    QCOMPARE(scalar(mover, u"SELECT count(*) FROM person_event_queue q JOIN outbox o "
                           "ON o.id = q.outbox_id WHERE o.event_id = 'evt_give_way'"_s),
             1);
    QVERIFY(holder.rollback());
    QCOMPARE(scalar(mover, u"SELECT log_person_events(500)"_s), 1);
    QCOMPARE(scalar(mover, u"SELECT count(*) FROM chat_events WHERE user_id = '%1' AND frame "
                           "LIKE '%evt_give_way%'"_s.arg(m_bob.id)),
             1);
    QVERIFY(mover.rollback());
    holder.close();
    mover.close();
    holder = {};
    mover = {};
    QSqlDatabase::removeDatabase(u"headholder"_s);
    QSqlDatabase::removeDatabase(u"headmover"_s);
}

QTEST_GUILESS_MAIN(TstWallet)
#include "tst_wallet.moc"
