// Paying a merchant's payment request from a wallet, through real HTTP on a real paydeskd: the
// payer's wallet is debited and the merchant's credited in one ledger transaction together with
// the request's SUCCESS, its timeline entry and its payment.success event; every refusal
// (paid, failed, expired, test mode, own request, other currency, wrong PIN, no funds, bad
// input, no sign-in) writes nothing; an Idempotency-Key replays; 200 payers racing for one
// request make exactly one payment; and a gateway fee goes to the fees account.
#include "domain/gateway/walletpayments.h"
#include "ledgeraudit.h"
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <latch>
#include <limits>

using namespace Qt::StringLiterals;
using paydesk::test::errorCode;
using paydesk::test::HttpResult;
using paydesk::test::sendJson;
using paydesk::test::TestPerson;
using paydesk::test::TestServer;

namespace {
const QString kPassword = u"correct horse battery"_s;
const QString kPin = u"1234"_s;
constexpr int kRacers = 200;

QStringList serverArgs()
{
    return {u"--auth-rate"_s,         u"1000000"_s, u"--account-rate"_s,      u"1000000"_s,
            u"--argon2-memory-kib"_s, u"64"_s,      u"--argon2-iterations"_s, u"1"_s,
            u"--threads"_s,           u"8"_s};
}
} // namespace

class TstPayWallet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void payMovesMoneyAndFinishesTheRequest();
    void checkoutShowsTheRequestAndWhetherItIsPayable();
    void refusalsWriteNothing_data();
    void refusalsWriteNothing();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void signInIsRequired();
    void idempotencyKeyReplaysThePayment();
    void racingPayersPayOnce();
    void feeRounding_data();
    void feeRounding();
    void feeIsKeptFromTheMerchant();
    void hostedPageOffersSignInAndPin();

private:
    TestPerson payer(const QString &name, qint64 funds, const QString &currency = u"NGN"_s);
    QString createPayment(qint64 amount, const QString &currency = u"NGN"_s,
                          const QString &key = {});
    HttpResult pay(const QString &paymentId, const QString &token, const QString &pin = kPin,
                   const QByteArray &idem = {});
    qint64 scalar(const QString &sql);
    QString paymentStatus(const QString &paymentId);
    void verifyLedgerClean();

    std::unique_ptr<TestServer> m_server;
    TestPerson m_merchant;
    QString m_liveKey;
    QString m_testKey;
    int m_references = 0;
    int m_people = 0;
};

void TstPayWallet::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(serverArgs()), qPrintable(m_server->log()));
    auto shop =
        paydesk::test::signUp(*m_server, u"shop@example.com"_s, kPassword, kPin, u"business"_s);
    QVERIFY(shop);
    m_merchant = *shop;
    for (const QString &env : {u"live"_s, u"test"_s}) {
        const QString key =
            sendJson(*m_server, "POST", u"/api/v1/apps"_s,
                     {{"name"_L1, u"Corner Café"_s}, {"environment"_L1, env}}, m_merchant.token)
                .json()
                .value("api_key"_L1)
                .toObject()
                .value("secret"_L1)
                .toString();
        QVERIFY(!key.isEmpty());
        (env == "live"_L1 ? m_liveKey : m_testKey) = key;
    }
}

void TstPayWallet::cleanupTestCase()
{
    QCOMPARE(m_server->stop(), 0);
}

TestPerson TstPayWallet::payer(const QString &name, qint64 funds, const QString &currency)
{
    const QString email = u"%1.%2@example.com"_s.arg(name).arg(++m_people);
    auto p = paydesk::test::signUp(*m_server, email, kPassword, kPin);
    if (!p)
        return {};
    if (funds > 0 && !paydesk::test::seedFunding(*m_server, p->walletId, funds, currency))
        return {};
    return *p;
}

QString TstPayWallet::createPayment(qint64 amount, const QString &currency, const QString &key)
{
    const auto r = sendJson(*m_server, "POST", u"/api/v1/payments"_s,
                            {{"amount"_L1, amount},
                             {"currency"_L1, currency},
                             {"reference_id"_L1, u"order-%1"_s.arg(++m_references)},
                             {"description"_L1, u"Two flat whites"_s},
                             {"metadata"_L1, QJsonObject{{"table"_L1, 7}}}},
                            key.isEmpty() ? m_liveKey : key);
    if (r.status != 201)
        qWarning() << "creating a payment failed" << r.status << r.body;
    return r.json().value("payment_id"_L1).toString();
}

HttpResult TstPayWallet::pay(const QString &paymentId, const QString &token, const QString &pin,
                             const QByteArray &idem)
{
    return sendJson(*m_server, "POST", u"/api/v1/payments/%1/pay"_s.arg(paymentId),
                    {{"pin"_L1, pin}}, token, idem);
}

qint64 TstPayWallet::scalar(const QString &sql)
{
    qint64 n = -1;
    {
        QSqlDatabase db = paydesk::test::openServerDatabase(*m_server, u"paywallet"_s);
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            n = q.value(0).toLongLong();
        else
            qWarning() << "query failed:" << sql;
    }
    QSqlDatabase::removeDatabase(u"paywallet"_s);
    return n;
}

QString TstPayWallet::paymentStatus(const QString &paymentId)
{
    return sendJson(*m_server, "GET", u"/api/v1/payments/"_s + paymentId, {},
                    scalar(u"SELECT count(*) FROM payments WHERE id = '%1' AND mode = 'test'"_s.arg(
                        paymentId)) > 0
                        ? m_testKey
                        : m_liveKey)
        .json()
        .value("status"_L1)
        .toString();
}

void TstPayWallet::verifyLedgerClean()
{
    const auto audit = paydesk::test::auditLedger(*m_server);
    QVERIFY2(audit.clean(), qPrintable(audit.describe()));
}

void TstPayWallet::payMovesMoneyAndFinishesTheRequest()
{
    const TestPerson ada = payer(u"ada"_s, 100'000);
    QVERIFY(!ada.id.isEmpty());
    const qint64 merchantBefore = paydesk::test::walletBalance(*m_server, m_merchant);
    const QString id = createPayment(25'000);
    QVERIFY(!id.isEmpty());

    const auto r = pay(id, ada.token);
    QVERIFY2(r.status == 200, r.body.constData());
    const QJsonObject payment = r.json().value("payment"_L1).toObject();
    const QJsonObject txn = r.json().value("transaction"_L1).toObject();
    QCOMPARE(payment.value("status"_L1).toString(), u"SUCCESS"_s);
    QVERIFY(txn.value("id"_L1).toString().startsWith("txn_"_L1));
    QCOMPARE(payment.value("transaction_id"_L1).toString(), txn.value("id"_L1).toString());
    QVERIFY(!payment.contains("webhook_url"_L1) && !payment.contains("metadata"_L1));
    QCOMPARE(txn.value("type"_L1).toString(), u"payment"_s);
    QCOMPARE(txn.value("amount"_L1).toInteger(), 25'000);
    QCOMPARE(txn.value("fee"_L1).toInteger(), 0);
    QCOMPARE(txn.value("reference"_L1).toString(), id);
    QCOMPARE(txn.value("from_wallet"_L1).toString(), ada.walletId);
    QCOMPARE(txn.value("to_wallet"_L1).toString(), m_merchant.walletId);
    QCOMPARE(payment.value("timeline"_L1).toArray().last().toObject().value("status"_L1).toString(),
             u"SUCCESS"_s);

    QCOMPARE(paydesk::test::walletBalance(*m_server, ada), 75'000);
    QCOMPARE(paydesk::test::walletBalance(*m_server, m_merchant), merchantBefore + 25'000);
    // The merchant's app sees it paid, with the transaction and the timeline.
    const QJsonObject seen =
        sendJson(*m_server, "GET", u"/api/v1/payments/"_s + id, {}, m_liveKey).json();
    QCOMPARE(seen.value("status"_L1).toString(), u"SUCCESS"_s);
    QCOMPARE(seen.value("transaction_id"_L1).toString(), txn.value("id"_L1).toString());
    QVERIFY(!seen.value("completed_at"_L1).isNull());
    QCOMPARE(seen.value("timeline"_L1).toArray().size(), 2);
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE topic = 'payment.success' AND "
                    "payload->'data'->>'payment_id' = '%1' AND "
                    "payload->'data'->>'transaction_id' = '%2'"_s.arg(
                        id, txn.value("id"_L1).toString())),
             1);
    QCOMPARE(scalar(u"SELECT count(*) FROM ledger_transactions WHERE reference = '%1'"_s.arg(id)),
             1);

    // Paying again is refused and moves nothing.
    const auto again = pay(id, ada.token);
    QCOMPARE(again.status, 409);
    QCOMPARE(errorCode(again), u"payment_final"_s);
    QCOMPARE(paydesk::test::walletBalance(*m_server, ada), 75'000);
    verifyLedgerClean();
}

void TstPayWallet::checkoutShowsTheRequestAndWhetherItIsPayable()
{
    const TestPerson bo = payer(u"bo"_s, 1'000);
    const auto view = [this, &bo](const QString &id) {
        return sendJson(*m_server, "GET", u"/api/v1/payments/%1/checkout"_s.arg(id), {}, bo.token);
    };
    const QString small = createPayment(900);
    auto r = view(small);
    QCOMPARE(r.status, 200);
    QJsonObject o = r.json();
    QCOMPARE(o.value("merchant_name"_L1).toString(), u"Corner Café"_s);
    QCOMPARE(o.value("amount"_L1).toInteger(), 900);
    QCOMPARE(o.value("currency"_L1).toString(), u"NGN"_s);
    QCOMPARE(o.value("description"_L1).toString(), u"Two flat whites"_s);
    QCOMPARE(o.value("status"_L1).toString(), u"PENDING"_s);
    QVERIFY(QDateTime::fromString(o.value("expires_at"_L1).toString(), Qt::ISODateWithMs) >
            QDateTime::currentDateTimeUtc());
    QCOMPARE(o.value("payable"_L1).toBool(), true);
    QVERIFY(o.value("refusal"_L1).isNull());
    QVERIFY(!o.contains("metadata"_L1) && !o.contains("webhook_url"_L1));

    const auto refusal = [&view](const QString &id) {
        return view(id).json().value("refusal"_L1).toObject().value("code"_L1).toString();
    };
    QCOMPARE(refusal(createPayment(5'000)), u"insufficient_funds"_s);
    QCOMPARE(refusal(createPayment(100, u"NGN"_s, m_testKey)), u"test_mode_payment"_s);
    const QString inr = createPayment(100);
    QCOMPARE(scalar(u"WITH u AS (UPDATE payments SET currency = 'INR' WHERE id = '%1' RETURNING "
                    "1) SELECT count(*) FROM u"_s.arg(inr)),
             1);
    QCOMPARE(refusal(inr), u"currency_mismatch"_s);
    QCOMPARE(view(u"pay_nosuchrequest"_s).status, 404);
    QCOMPARE(sendJson(*m_server, "GET", u"/api/v1/payments/%1/checkout"_s.arg(small)).status, 401);
}

void TstPayWallet::refusalsWriteNothing_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("already paid") << u"paid"_s << 409 << u"payment_final"_s;
    QTest::newRow("failed") << u"failed"_s << 409 << u"payment_final"_s;
    QTest::newRow("expired") << u"expired"_s << 409 << u"payment_expired"_s;
    QTest::newRow("overdue, not yet expired by the worker")
        << u"overdue"_s << 409 << u"payment_expired"_s;
    QTest::newRow("test mode") << u"test"_s << 422 << u"test_mode_payment"_s;
    QTest::newRow("own request") << u"own"_s << 422 << u"self_payment"_s;
    QTest::newRow("other currency") << u"currency"_s << 400 << u"currency_mismatch"_s;
    QTest::newRow("wrong PIN") << u"pin"_s << 403 << u"invalid_pin"_s;
    QTest::newRow("insufficient funds") << u"poor"_s << 402 << u"insufficient_funds"_s;
    QTest::newRow("disabled wallet") << u"disabled"_s << 403 << u"wallet_disabled"_s;
    QTest::newRow("no such request") << u"missing"_s << 404 << u"not_found"_s;
}

void TstPayWallet::refusalsWriteNothing()
{
    QFETCH(QString, situation);
    QFETCH(int, status);
    QFETCH(QString, code);
    TestPerson who = payer(u"refused"_s, situation == "poor"_L1 ? 999 : 50'000);
    QVERIFY(!who.id.isEmpty());
    QString id = createPayment(situation == "poor"_L1 ? 1'000 : 2'000, u"NGN"_s,
                               situation == "test"_L1 ? m_testKey : QString());
    QVERIFY(!id.isEmpty());
    const auto sqlDone = [this](const QString &sql) {
        QCOMPARE(scalar(sql), 1);
    };
    if (situation == "paid"_L1) {
        const TestPerson first = payer(u"first"_s, 50'000);
        QCOMPARE(pay(id, first.token).status, 200);
    } else if (situation == "failed"_L1) { // live requests fail only through a provider
        sqlDone(u"WITH u AS (UPDATE payments SET status = 'FAILED', completed_at = now() WHERE "
                "id = '%1' RETURNING 1) SELECT count(*) FROM u"_s.arg(id));
    } else if (situation == "expired"_L1 || situation == "overdue"_L1) {
        sqlDone(u"WITH u AS (UPDATE payments SET expires_at = now() - interval '1 second'%2 "
                "WHERE id = '%1' RETURNING 1) SELECT count(*) FROM u"_s.arg(
                    id, situation == "expired"_L1 ? u", status = 'EXPIRED'"_s : QString()));
    } else if (situation == "currency"_L1) { // live requests are created in a held currency
        sqlDone(u"WITH u AS (UPDATE payments SET currency = 'INR' WHERE id = '%1' RETURNING 1) "
                "SELECT count(*) FROM u"_s.arg(id));
    } else if (situation == "own"_L1) {
        QVERIFY(paydesk::test::seedFunding(*m_server, m_merchant.walletId, 10'000));
        who = m_merchant;
    } else if (situation == "disabled"_L1) {
        QCOMPARE(sendJson(*m_server, "POST", u"/api/v1/wallet/toggle-activity"_s,
                          {{"active"_L1, false}}, who.token)
                     .status,
                 200);
    } else if (situation == "missing"_L1) {
        id = u"pay_nosuchrequest"_s;
    }
    const QString before = paymentStatus(id);
    const qint64 balance = paydesk::test::walletBalance(*m_server, who);
    const QString counts =
        u"SELECT (SELECT count(*) FROM ledger_transactions) * 1000000 + "
        "(SELECT count(*) FROM payment_events WHERE status <> 'EXPIRED') * 1000 + "
        "(SELECT count(*) FROM outbox WHERE topic LIKE 'payment.%' AND "
        "topic <> 'payment.expired')"_s; // the expiry worker may run meanwhile
    const qint64 written = scalar(counts);

    const auto r = pay(id, who.token, situation == "pin"_L1 ? u"9999"_s : kPin);
    QVERIFY2(r.status == status, r.body.constData());
    QCOMPARE(errorCode(r), code);
    QCOMPARE(scalar(counts), written);
    QCOMPARE(paydesk::test::walletBalance(*m_server, who), balance);
    if (situation != "overdue"_L1) // the expiry worker may turn it EXPIRED meanwhile
        QCOMPARE(paymentStatus(id), before);
    verifyLedgerClean();
}

void TstPayWallet::badInputWritesNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("no PIN") << QByteArray("{}") << u"validation_error"_s;
    QTest::newRow("PIN as a number") << QByteArray("{\"pin\":1234}") << u"validation_error"_s;
    QTest::newRow("PIN too long") << QByteArray("{\"pin\":\"12345678\"}") << u"validation_error"_s;
    QTest::newRow("unknown field")
        << QByteArray("{\"pin\":\"1234\",\"amount\":1}") << u"validation_error"_s;
    QTest::newRow("malformed JSON") << QByteArray("{\"pin\":") << u"malformed_json"_s;
    QTest::newRow("not an object") << QByteArray("[\"1234\"]") << u"validation_error"_s;
}

void TstPayWallet::badInputWritesNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const TestPerson who = payer(u"typo"_s, 50'000);
    const QString id = createPayment(1'000);
    const auto r = m_server->send("POST", u"/api/v1/payments/%1/pay"_s.arg(id), body,
                                  {{"Authorization", "Bearer " + who.token.toLatin1()}});
    QVERIFY2(r.status == 400, r.body.constData());
    QCOMPARE(errorCode(r), code);
    QCOMPARE(paymentStatus(id), u"PENDING"_s);
    QCOMPARE(paydesk::test::walletBalance(*m_server, who), 50'000);
}

void TstPayWallet::signInIsRequired()
{
    const QString id = createPayment(1'000);
    const auto anonymous = pay(id, {});
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(errorCode(anonymous), u"unauthenticated"_s);
    QCOMPARE(pay(id, u"not-a-token"_s).status, 401);
    QCOMPARE(pay(id, m_liveKey).status, 401); // an app's key is not a person
    QCOMPARE(paymentStatus(id), u"PENDING"_s);
}

void TstPayWallet::idempotencyKeyReplaysThePayment()
{
    const TestPerson cy = payer(u"cy"_s, 10'000);
    const QString id = createPayment(4'000);
    const auto first = pay(id, cy.token, kPin, "pay-once-1");
    QVERIFY2(first.status == 200, first.body.constData());
    const auto second = pay(id, cy.token, kPin, "pay-once-1");
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(paydesk::test::walletBalance(*m_server, cy), 6'000);
    QCOMPARE(scalar(u"SELECT count(*) FROM ledger_transactions WHERE reference = '%1'"_s.arg(id)),
             1);
    // The same key with another body is a conflict, not a second payment.
    const auto other = pay(id, cy.token, u"9999"_s, "pay-once-1");
    QCOMPARE(other.status, 409);
    QCOMPARE(errorCode(other), u"idempotency_key_reused"_s);
    // A retry whose response was never stored (a crash after commit) finds the transaction.
    QCOMPARE(scalar(u"WITH u AS (UPDATE idempotency_keys SET response_status = NULL, "
                    "response_body = NULL WHERE key = 'pay-once-1' RETURNING 1) "
                    "SELECT count(*) FROM u"_s),
             1);
    const auto recovered = pay(id, cy.token, kPin, "pay-once-1");
    QCOMPARE(recovered.status, 200);
    QCOMPARE(recovered.json().value("transaction"_L1).toObject().value("id"_L1),
             first.json().value("transaction"_L1).toObject().value("id"_L1));
    QCOMPARE(paydesk::test::walletBalance(*m_server, cy), 6'000);
    verifyLedgerClean();
}

void TstPayWallet::racingPayersPayOnce()
{
    QList<TestPerson> racers;
    for (int i = 0; i < kRacers; ++i) {
        racers.append(payer(u"racer"_s, 20'000));
        QVERIFY(!racers.last().id.isEmpty());
    }
    const qint64 merchantBefore = paydesk::test::walletBalance(*m_server, m_merchant);
    const QString id = createPayment(15'000);
    const QByteArray body = "{\"pin\":\"" + kPin.toLatin1() + "\"}";
    QList<QByteArray> answers(kRacers);
    std::latch ready(kRacers);
    QList<QThread *> threads;
    for (int i = 0; i < kRacers; ++i) {
        const QByteArray request =
            "POST /api/v1/payments/" + id.toLatin1() +
            "/pay HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
            racers[i].token.toLatin1() + "\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        threads.append(QThread::create([this, &answers, &ready, request, i] {
            ready.arrive_and_wait(); // all at once
            answers[i] = paydesk::test::rawExchange(m_server->port(), request, 60000);
        }));
        threads.last()->start();
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(90000));
        delete t;
    }
    int won = 0;
    int final = 0;
    QList<QByteArray> other;
    for (const QByteArray &a : answers) {
        if (a.startsWith("HTTP/1.1 200"))
            ++won;
        else if (a.startsWith("HTTP/1.1 409") && a.contains("\"payment_final\""))
            ++final;
        else
            other.append(a.left(200));
    }
    QVERIFY2(other.isEmpty(), other.value(0).constData());
    QCOMPARE(won, 1);
    QCOMPARE(final, kRacers - 1);
    QCOMPARE(paydesk::test::walletBalance(*m_server, m_merchant), merchantBefore + 15'000);
    QCOMPARE(scalar(u"SELECT count(*) FROM ledger_transactions WHERE reference = '%1'"_s.arg(id)),
             1);
    QCOMPARE(scalar(u"SELECT count(*) FROM payment_events WHERE payment_id = '%1' AND status = "
                    "'SUCCESS'"_s.arg(id)),
             1);
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE topic = 'payment.success' AND "
                    "payload->'data'->>'payment_id' = '%1'"_s.arg(id)),
             1);
    qint64 paidOut = 0;
    for (const TestPerson &r : racers)
        paidOut += 20'000 - paydesk::test::walletBalance(*m_server, r);
    QCOMPARE(paidOut, 15'000);
    verifyLedgerClean();
}

void TstPayWallet::feeRounding_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("bps");
    QTest::addColumn<qint64>("fee");
    QTest::newRow("no fee") << qint64(10'000) << 0 << qint64(0);
    QTest::newRow("1.5 % of 100.00") << qint64(10'000) << 150 << qint64(150);
    QTest::newRow("rounds down") << qint64(99) << 150 << qint64(1);    // 1.485
    QTest::newRow("below one unit") << qint64(66) << 150 << qint64(0); // 0.99
    QTest::newRow("one unit") << qint64(1) << 1000 << qint64(0);
    QTest::newRow("10 % exact") << qint64(12'345) << 1000 << qint64(1'234);
    QTest::newRow("largest amount, no overflow")
        << std::numeric_limits<qint64>::max() << 1000 << qint64(922'337'203'685'477'580);
}

void TstPayWallet::feeRounding()
{
    QFETCH(qint64, amount);
    QFETCH(int, bps);
    QFETCH(qint64, fee);
    QCOMPARE(paydesk::server::gateway::WalletPayments::feeFor(amount, bps), fee);
}

void TstPayWallet::feeIsKeptFromTheMerchant()
{
    TestServer server;
    QVERIFY2(server.start(serverArgs() << u"--gateway-fee-bps"_s << u"150"_s),
             qPrintable(server.log()));
    const auto shop =
        paydesk::test::signUp(server, u"feeshop@example.com"_s, kPassword, {}, u"business"_s);
    const auto dee = paydesk::test::signUp(server, u"dee@example.com"_s, kPassword, kPin);
    QVERIFY(shop && dee);
    QVERIFY(paydesk::test::seedFunding(server, dee->walletId, 50'000));
    const QString key =
        sendJson(server, "POST", u"/api/v1/apps"_s,
                 {{"name"_L1, u"Fee shop"_s}, {"environment"_L1, u"live"_s}}, shop->token)
            .json()
            .value("api_key"_L1)
            .toObject()
            .value("secret"_L1)
            .toString();
    const QString id =
        sendJson(
            server, "POST", u"/api/v1/payments"_s,
            {{"amount"_L1, 10'099}, {"currency"_L1, u"NGN"_s}, {"reference_id"_L1, u"fee-1"_s}},
            key)
            .json()
            .value("payment_id"_L1)
            .toString();
    const auto r = sendJson(server, "POST", u"/api/v1/payments/%1/pay"_s.arg(id),
                            {{"pin"_L1, kPin}}, dee->token);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value("transaction"_L1).toObject().value("fee"_L1).toInteger(), 151);
    QCOMPARE(paydesk::test::walletBalance(server, *dee), 50'000 - 10'099);
    QCOMPARE(paydesk::test::walletBalance(server, *shop), 10'099 - 151);
    qint64 fees = -1;
    {
        QSqlDatabase db = paydesk::test::openServerDatabase(server, u"fees"_s);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT balance FROM accounts WHERE kind = 'fees' AND currency = 'NGN'"_s));
        QVERIFY(q.next());
        fees = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(u"fees"_s);
    QCOMPARE(fees, 151);
    const auto audit = paydesk::test::auditLedger(server);
    QVERIFY2(audit.clean(), qPrintable(audit.describe()));
    QCOMPARE(server.stop(), 0);
}

void TstPayWallet::hostedPageOffersSignInAndPin()
{
    const QString id = createPayment(1'000);
    const auto page = m_server->get(u"/pay/"_s + id);
    QCOMPARE(page.status, 200);
    for (const QByteArray &part :
         {QByteArray("id=\"pay-form\""), QByteArray("type=\"email\""),
          QByteArray("type=\"password\""), QByteArray("autocomplete=\"one-time-code\""),
          QByteArray("id=\"pin\""), QByteArray("/api/v1/auth/login")})
        QVERIFY2(page.body.contains(part), part.constData());
    const QByteArray csp = page.header("Content-Security-Policy");
    QVERIFY2(csp.contains("script-src 'sha256-"), csp.constData());
    QVERIFY(csp.contains("connect-src 'self'"));
    const QByteArray scripts = csp.mid(csp.indexOf("script-src")).split(';').value(0);
    QVERIFY2(!scripts.contains("unsafe-inline"), scripts.constData());
    // A request that cannot be paid here shows no form.
    const auto test = m_server->get(u"/pay/"_s + createPayment(1'000, u"NGN"_s, m_testKey));
    QVERIFY(!test.body.contains("id=\"pay-form\""));
    const TestPerson eve = payer(u"eve"_s, 5'000);
    QCOMPARE(pay(id, eve.token).status, 200);
    const auto paid = m_server->get(u"/pay/"_s + id);
    QVERIFY(paid.body.contains("Paid"));
    QVERIFY(!paid.body.contains("id=\"pay-form\""));
}

QTEST_GUILESS_MAIN(TstPayWallet)
#include "tst_paywallet.moc"
