// Adding money and withdrawing through the sandbox provider, through real HTTP against a real
// paydeskd: the hosted checkout, signed callbacks (deduplicated, checked in constant time), the
// payer's verify racing the callback, payouts that hold money and settle or release it exactly
// once, and every way a request can be refused without writing anything. The ledger audit runs
// after every test, with the sum of every account's balance per currency checked to be zero.
#include "ledgeraudit.h"
#include "testclient.h"
#include "testserver.h"

#include "crypto/hmac.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using paydesk::test::HttpResult;
using paydesk::test::TestServer;

namespace {
const QString kPassword = u"correct horse battery"_s;
const QString kPin = u"4826"_s;
const QByteArray kSecret = "funding-test-sandbox-secret";
const QString kSuccessCard = u"4111 1111 1111 1111"_s;
const QString kDeclinedCard = u"4000 0000 0000 0002"_s;

QString sign(const QString &orderId, const QString &paymentId)
{
    return QString::fromLatin1(
        paydesk::crypto::hmacSha256(kSecret, (orderId + u'|' + paymentId).toUtf8()).toHex());
}

QJsonObject txnOf(const HttpResult &r)
{
    return r.json().value("transaction"_L1).toObject();
}
} // namespace

using Person = paydesk::test::TestPerson;
using paydesk::test::errorCode;
using paydesk::test::errorField;

class TstFunding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void checkoutCreditsOnceWhateverArrives();
    void verifyFirstThenCallbacksChangeNothing();
    void declinedCardFailsAndCreditsNothing();
    void checkoutFormShowsCardErrors();
    void callbackSignatureIsChecked();
    void badCallbacksAreRefused_data();
    void badCallbacksAreRefused();
    void fundRefusals_data();
    void fundRefusals();
    void anotherUsersOrderIsNotFound();
    void fundHonoursIdempotencyKey();
    void disabledWalletCannotFundOrWithdraw();
    void banksAndAccountLookup();
    void withdrawalHoldsThenSettles();
    void failedPayoutReleasesTheHold();
    void directCallbackSettlesBeforeTheSandbox();
    void failedPayoutReleasesEvenToADisabledWallet();
    void withdrawRefusals_data();
    void withdrawRefusals();
    void withdrawHonoursIdempotencyKey();

private:
    Person person();
    HttpResult send(const QByteArray &method, const QString &path, const QJsonObject &body,
                    const QString &token = {}, const QByteArray &idempotencyKey = {});
    qint64 balance(const Person &p);
    QString sqlValue(const QString &sql, const QString &bind = {});
    QString txnStatus(const QString &txnId)
    {
        return sqlValue(u"SELECT status FROM ledger_transactions WHERE id = :v"_s, txnId);
    }
    int txnCount(const Person &p);
    HttpResult fund(const Person &p, qint64 amount);
    HttpResult callback(const QString &orderId, const QString &paymentId, const QString &status,
                        const QString &eventId, const QString &signature = {});
    HttpResult withdraw(const Person &p, qint64 amount, const QString &account,
                        const QByteArray &idempotencyKey = {});
    void fundVia(const Person &p, qint64 amount);

    std::unique_ptr<TestServer> m_server;
    Person m_ada;
    int m_people = 0;
};

void TstFunding::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start({u"--auth-rate"_s, u"100000"_s, u"--account-rate"_s, u"100000"_s,
                              u"--argon2-memory-kib"_s, u"1024"_s, u"--argon2-iterations"_s, u"1"_s,
                              u"--sandbox-secret"_s, QString::fromLatin1(kSecret),
                              u"--sandbox-payout-delay-ms"_s, u"1500"_s, u"--transfer-limit"_s,
                              u"1000000"_s, u"--min-topup"_s, u"1000"_s}),
             qPrintable(m_server->log()));
    m_ada = person();
    QVERIFY(!m_ada.token.isEmpty());
}

void TstFunding::cleanupTestCase()
{
    QCOMPARE(m_server->stop(), 0);
}

void TstFunding::cleanup()
{
    const auto audit = paydesk::test::auditLedger(*m_server);
    QVERIFY2(audit.clean(), qPrintable(audit.describe()));
    // Every account's balance, system accounts included, sums to zero per currency.
    QCOMPARE(sqlValue(u"SELECT count(*) FROM (SELECT currency FROM accounts GROUP BY currency "
                      "HAVING sum(balance) <> 0) c"_s),
             u"0"_s);
}

Person TstFunding::person()
{
    ++m_people;
    return paydesk::test::signUp(*m_server, u"person%1@example.com"_s.arg(m_people), kPassword,
                                 kPin)
        .value_or(Person{});
}

HttpResult TstFunding::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                            const QString &token, const QByteArray &idempotencyKey)
{
    return paydesk::test::sendJson(*m_server, method, path, body, token, idempotencyKey);
}

qint64 TstFunding::balance(const Person &p)
{
    return paydesk::test::walletBalance(*m_server, p);
}

QString TstFunding::sqlValue(const QString &sql, const QString &bind)
{
    QString value;
    {
        QSqlDatabase db = paydesk::test::openServerDatabase(*m_server, u"funding-test"_s);
        QSqlQuery q(db);
        q.prepare(sql);
        if (!bind.isEmpty())
            q.bindValue(u":v"_s, bind);
        if (q.exec() && q.next())
            value = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(u"funding-test"_s);
    return value;
}

int TstFunding::txnCount(const Person &p)
{
    return sqlValue(u"SELECT count(*) FROM ledger_transactions WHERE initiated_by = :v"_s, p.id)
        .toInt();
}

HttpResult TstFunding::fund(const Person &p, qint64 amount)
{
    return send("POST", u"/api/v1/wallet/fund"_s, {{"amount"_L1, amount}}, p.token);
}

HttpResult TstFunding::callback(const QString &orderId, const QString &paymentId,
                                const QString &status, const QString &eventId,
                                const QString &signature)
{
    return send("POST", u"/api/v1/providers/sandbox/callback"_s,
                {{"event_id"_L1, eventId},
                 {"order_id"_L1, orderId},
                 {"payment_id"_L1, paymentId},
                 {"status"_L1, status},
                 {"signature"_L1, signature.isNull() ? sign(orderId, paymentId) : signature}});
}

HttpResult TstFunding::withdraw(const Person &p, qint64 amount, const QString &account,
                                const QByteArray &idempotencyKey)
{
    return send("POST", u"/api/v1/wallet/withdraw"_s,
                {{"amount"_L1, amount},
                 {"bank_code"_L1, u"058"_s},
                 {"account_number"_L1, account},
                 {"pin"_L1, kPin}},
                p.token, idempotencyKey);
}

// Funds a wallet the way a client does when it confirms the payment itself.
void TstFunding::fundVia(const Person &p, qint64 amount)
{
    const auto started = fund(p, amount);
    QCOMPARE(started.status, 201);
    const QString order = started.json().value("order_id"_L1).toString();
    const QString payment = u"pay_sbx_seed%1"_s.arg(order);
    const auto verified = send("POST", u"/api/v1/wallet/fund/verify"_s,
                               {{"order_id"_L1, order},
                                {"payment_id"_L1, payment},
                                {"signature"_L1, sign(order, payment)}},
                               p.token);
    QCOMPARE(verified.status, 200);
}

void TstFunding::checkoutCreditsOnceWhateverArrives()
{
    const Person p = person();
    const auto started = fund(p, 5000);
    QCOMPARE(started.status, 201);
    const QJsonObject txn = txnOf(started);
    QCOMPARE(txn.value("type"_L1).toString(), u"funding"_s);
    QCOMPARE(txn.value("status"_L1).toString(), u"PENDING"_s);
    QCOMPARE(txn.value("amount"_L1).toInteger(), 5000);
    const QString order = started.json().value("order_id"_L1).toString();
    QVERIFY(order.startsWith("order_"_L1));
    const QUrl checkout(started.json().value("checkout_url"_L1).toString());
    QCOMPARE(checkout.path(), u"/sandbox/checkout/"_s + order);
    QCOMPARE(checkout.port(), int(m_server->port()));
    QCOMPARE(balance(p), 0);

    const auto page = m_server->get(checkout.path());
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("50.00"));
    QVERIFY(page.body.contains("name=\"card_number\""));

    const auto paid =
        send("POST", checkout.path(),
             {{"card_number"_L1, kSuccessCard}, {"expiry"_L1, u"12/40"_s}, {"cvc"_L1, u"123"_s}});
    QCOMPARE(paid.status, 200);
    const QString payment = paid.json().value("payment_id"_L1).toString();
    QVERIFY(payment.startsWith("pay_sbx_"_L1));
    QCOMPARE(paid.json().value("status"_L1).toString(), u"SUCCESS"_s);
    QCOMPARE(paid.json().value("signature"_L1).toString(), sign(order, payment));
    QCOMPARE(balance(p), 5000); // the sandbox delivered its callback in-process

    // The payer's verify, then the provider's callback twice and once more under another id.
    const auto verified = send("POST", u"/api/v1/wallet/fund/verify"_s,
                               {{"order_id"_L1, order},
                                {"payment_id"_L1, payment},
                                {"signature"_L1, sign(order, payment)}},
                               p.token);
    QCOMPARE(verified.status, 200);
    QCOMPARE(txnOf(verified).value("status"_L1).toString(), u"SUCCESS"_s);
    for (const QString &event : {u"evt_a"_s, u"evt_a"_s, u"evt_b"_s}) {
        const auto again = callback(order, payment, u"SUCCESS"_s, event);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value("duplicate"_L1).toBool(), true);
        QCOMPARE(txnOf(again).value("id"_L1), txn.value("id"_L1));
    }
    QCOMPARE(balance(p), 5000);
    QCOMPARE(sqlValue(u"SELECT count(*) FROM ledger_entries WHERE txn_id = :v"_s,
                      txn.value("id"_L1).toString()),
             u"2"_s);
    QVERIFY(m_server->get(checkout.path()).body.contains("This order is paid"));
    const auto payAgain =
        send("POST", checkout.path(),
             {{"card_number"_L1, kSuccessCard}, {"expiry"_L1, u"12/40"_s}, {"cvc"_L1, u"123"_s}});
    QCOMPARE(payAgain.status, 409);
    QCOMPARE(errorCode(payAgain), u"transaction_final"_s);
    QCOMPARE(balance(p), 5000);
}

void TstFunding::verifyFirstThenCallbacksChangeNothing()
{
    const Person p = person();
    const auto started = fund(p, 2000);
    const QString order = started.json().value("order_id"_L1).toString();
    const QString payment = u"pay_sbx_manual1"_s;
    const auto verified = send("POST", u"/api/v1/wallet/fund/verify"_s,
                               {{"order_id"_L1, order},
                                {"payment_id"_L1, payment},
                                {"signature"_L1, sign(order, payment)}},
                               p.token);
    QCOMPARE(verified.status, 200);
    QCOMPARE(txnOf(verified).value("status"_L1).toString(), u"SUCCESS"_s);
    QCOMPARE(balance(p), 2000);
    const auto late = callback(order, payment, u"SUCCESS"_s, u"evt_late"_s);
    QCOMPARE(late.status, 200);
    QCOMPARE(late.json().value("duplicate"_L1).toBool(), true);
    // A late failure report cannot undo a settled payment either.
    const auto failed = callback(order, payment, u"FAILED"_s, u"evt_late_failure"_s);
    QCOMPARE(txnOf(failed).value("status"_L1).toString(), u"SUCCESS"_s);
    QCOMPARE(balance(p), 2000);
}

void TstFunding::declinedCardFailsAndCreditsNothing()
{
    const Person p = person();
    const auto started = fund(p, 3000);
    const QString order = started.json().value("order_id"_L1).toString();
    const QString txnId = txnOf(started).value("id"_L1).toString();
    // The HTML form, as a browser posts it.
    const auto page = m_server->send("POST", u"/sandbox/checkout/"_s + order,
                                     "card_number=4000+0000+0000+0002&expiry=12%2F40&cvc=123",
                                     {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY2(page.body.contains("Payment declined"), page.body.constData());
    QCOMPARE(txnStatus(txnId), u"FAILED"_s);
    QCOMPARE(balance(p), 0);
    QCOMPARE(sqlValue(u"SELECT count(*) FROM ledger_entries WHERE txn_id = :v"_s, txnId), u"0"_s);
    // A success reported after the failure changes nothing.
    const auto late = callback(order, u"pay_sbx_late"_s, u"SUCCESS"_s, u"evt_after_failure"_s);
    QCOMPARE(late.status, 200);
    QCOMPARE(txnOf(late).value("status"_L1).toString(), u"FAILED"_s);
    QCOMPARE(balance(p), 0);
    QVERIFY(m_server->get(u"/sandbox/checkout/"_s + order).body.contains("This order has failed"));
}

void TstFunding::checkoutFormShowsCardErrors()
{
    const Person p = person();
    const QString order = fund(p, 1500).json().value("order_id"_L1).toString();
    const QString path = u"/sandbox/checkout/"_s + order;
    const QList<QPair<QByteArray, QByteArray>> form = {
        {"Content-Type", "application/x-www-form-urlencoded"}};
    const auto unknownCard = m_server->send(
        "POST", path, "card_number=5555+5555+5555+4444&expiry=12%2F40&cvc=123", form);
    QCOMPARE(unknownCard.status, 400);
    QVERIFY(unknownCard.body.contains("role=\"alert\""));
    QVERIFY(unknownCard.body.contains("Use a sandbox test card"));
    QVERIFY(unknownCard.body.contains("value=\"5555 5555 5555 4444\""));
    const auto pastExpiry =
        m_server->send("POST", path, "card_number=4111111111111111&expiry=01%2F20&cvc=123", form);
    QCOMPARE(pastExpiry.status, 400);
    QVERIFY(pastExpiry.body.contains("id=\"expiry-error\""));
    const auto script = m_server->send(
        "POST", path, "card_number=%3Cscript%3Ealert(1)%3C%2Fscript%3E&expiry=12%2F40&cvc=1", form);
    QCOMPARE(script.status, 400);
    QVERIFY(!script.body.contains("<script>"));
    const auto badCvc =
        send("POST", path,
             {{"card_number"_L1, kSuccessCard}, {"expiry"_L1, u"12/40"_s}, {"cvc"_L1, u"12"_s}});
    QCOMPARE(badCvc.status, 400);
    QCOMPARE(errorCode(badCvc), u"validation_error"_s);
    QCOMPARE(errorField(badCvc), u"cvc"_s);
    const auto extra = send("POST", path,
                            {{"card_number"_L1, kSuccessCard},
                             {"expiry"_L1, u"12/40"_s},
                             {"cvc"_L1, u"123"_s},
                             {"amount"_L1, 1}});
    QCOMPARE(errorField(extra), u"amount"_s);
    QCOMPARE(m_server->get(u"/sandbox/checkout/order_nope"_s).status, 404);
    // Nothing was paid: the form is still open and the wallet untouched.
    QVERIFY(m_server->get(path).body.contains("name=\"card_number\""));
    QCOMPARE(balance(p), 0);
}

void TstFunding::callbackSignatureIsChecked()
{
    const Person p = person();
    const auto started = fund(p, 4000);
    const QString order = started.json().value("order_id"_L1).toString();
    const QString txnId = txnOf(started).value("id"_L1).toString();
    const QString good = sign(order, u"pay_sbx_x"_s);
    QString tampered = good;
    tampered[0] = tampered[0] == u'0' ? u'1' : u'0';
    const QStringList forged = {tampered, good.toUpper(), u""_s, sign(order, u"pay_sbx_y"_s)};
    for (const QString &signature : forged) {
        const auto r = callback(order, u"pay_sbx_x"_s, u"SUCCESS"_s, u"evt_forged"_s, signature);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), u"invalid_signature"_s);
        QCOMPARE(txnStatus(txnId), u"PENDING"_s);
    }
    QCOMPARE(balance(p), 0);
    // The forged event id was not recorded: the genuine notification under it still settles.
    const auto genuine = callback(order, u"pay_sbx_x"_s, u"SUCCESS"_s, u"evt_forged"_s);
    QCOMPARE(genuine.status, 200);
    QCOMPARE(genuine.json().value("duplicate"_L1).toBool(), false);
    QCOMPARE(balance(p), 4000);
    // A signed callback for an order that does not exist.
    QCOMPARE(callback(u"order_missing"_s, u"pay_sbx_x"_s, u"SUCCESS"_s, u"evt_m"_s).status, 404);
}

void TstFunding::badCallbacksAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const QByteArray sig = sign(u"order_x"_s, u"pay_x"_s).toLatin1();
    QTest::newRow("malformed") << QByteArray("{\"event_id\":") << QString();
    QTest::newRow("missing event")
        << QByteArray(
               R"({"order_id":"order_x","payment_id":"pay_x","status":"SUCCESS","signature":")" +
               sig + "\"}")
        << u"event_id"_s;
    QTest::newRow("unknown field")
        << QByteArray(
               R"({"event_id":"e","order_id":"order_x","payment_id":"pay_x","status":"SUCCESS","signature":")" +
               sig + R"(","amount":1})")
        << u"amount"_s;
    QTest::newRow("bad status")
        << QByteArray(
               R"({"event_id":"e","order_id":"order_x","payment_id":"pay_x","status":"PAID","signature":")" +
               sig + "\"}")
        << u"status"_s;
    QTest::newRow("number id")
        << QByteArray(
               R"({"event_id":5,"order_id":"order_x","payment_id":"pay_x","status":"SUCCESS","signature":")" +
               sig + "\"}")
        << u"event_id"_s;
}

void TstFunding::badCallbacksAreRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const auto r = m_server->send("POST", u"/api/v1/providers/sandbox/callback"_s, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorField(r), field);
}

void TstFunding::fundRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, const QByteArray &body, int status, const char *code,
                        const char *field) {
        QTest::newRow(name) << body << status << QString::fromLatin1(code)
                            << QString::fromLatin1(field);
    };
    row("malformed", "{\"amount\": ", 400, "malformed_json", "");
    row("not an object", "[5000]", 400, "validation_error", "");
    row("missing amount", "{}", 400, "validation_error", "amount");
    row("zero", R"({"amount":0})", 400, "invalid_amount", "amount");
    row("negative", R"({"amount":-5000})", 400, "invalid_amount", "amount");
    row("fraction", R"({"amount":5000.5})", 400, "invalid_amount", "amount");
    row("string", R"({"amount":"5000"})", 400, "invalid_amount", "amount");
    row("over 2^53-1", R"({"amount":9007199254740993})", 400, "invalid_amount", "amount");
    row("below minimum", R"({"amount":999})", 422, "amount_below_minimum", "amount");
    row("over the limit", R"({"amount":1000001})", 422, "limit_exceeded", "amount");
    row("other currency", R"({"amount":5000,"currency":"USD"})", 400, "currency_mismatch",
        "currency");
    row("currency not a string", R"({"amount":5000,"currency":5})", 400, "validation_error",
        "currency");
    row("unknown field", R"({"amount":5000,"wallet_id":"wal_x"})", 400, "validation_error",
        "wallet_id");
}

void TstFunding::fundRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const int before = txnCount(m_ada);
    const auto r = m_server->send("POST", u"/api/v1/wallet/fund"_s, body,
                                  {{"Authorization", "Bearer " + m_ada.token.toLatin1()}});
    QCOMPARE(r.status, status);
    QCOMPARE(errorCode(r), code);
    QCOMPARE(errorField(r), field);
    QCOMPARE(txnCount(m_ada), before);
    QCOMPARE(sqlValue(u"SELECT count(*) FROM provider_orders o JOIN ledger_transactions t ON "
                      "t.id = o.txn_id WHERE t.initiated_by = :v"_s,
                      m_ada.id)
                 .toInt(),
             before);
}

void TstFunding::anotherUsersOrderIsNotFound()
{
    const Person owner = person();
    const Person other = person();
    const QString order = fund(owner, 2500).json().value("order_id"_L1).toString();
    const QJsonObject body{{"order_id"_L1, order},
                           {"payment_id"_L1, u"pay_sbx_z"_s},
                           {"signature"_L1, sign(order, u"pay_sbx_z"_s)}};
    const auto r = send("POST", u"/api/v1/wallet/fund/verify"_s, body, other.token);
    QCOMPARE(r.status, 404);
    QCOMPARE(errorCode(r), u"not_found"_s);
    QCOMPARE(send("POST", u"/api/v1/wallet/fund/verify"_s, body).status, 401);
    QCOMPARE(send("POST", u"/api/v1/wallet/fund"_s, {{"amount"_L1, 5000}}).status, 401);
    const QJsonObject badSig{{"order_id"_L1, order},
                             {"payment_id"_L1, u"pay_sbx_z"_s},
                             {"signature"_L1, sign(order, u"pay_sbx_other"_s)}};
    const auto forged = send("POST", u"/api/v1/wallet/fund/verify"_s, badSig, owner.token);
    QCOMPARE(forged.status, 400);
    QCOMPARE(errorCode(forged), u"invalid_signature"_s);
    QCOMPARE(balance(owner), 0);
    QCOMPARE(balance(other), 0);
}

void TstFunding::fundHonoursIdempotencyKey()
{
    const Person p = person();
    const auto first =
        send("POST", u"/api/v1/wallet/fund"_s, {{"amount"_L1, 7000}}, p.token, "fund-key-1");
    QCOMPARE(first.status, 201);
    const auto again =
        send("POST", u"/api/v1/wallet/fund"_s, {{"amount"_L1, 7000}}, p.token, "fund-key-1");
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(again.json().value("order_id"_L1), first.json().value("order_id"_L1));
    const auto other =
        send("POST", u"/api/v1/wallet/fund"_s, {{"amount"_L1, 8000}}, p.token, "fund-key-1");
    QCOMPARE(other.status, 409);
    QCOMPARE(errorCode(other), u"idempotency_key_reused"_s);
    QCOMPARE(txnCount(p), 1);
}

void TstFunding::disabledWalletCannotFundOrWithdraw()
{
    const Person p = person();
    fundVia(p, 5000);
    QCOMPARE(
        send("POST", u"/api/v1/wallet/toggle-activity"_s, {{"active"_L1, false}}, p.token).status,
        200);
    const int before = txnCount(p);
    const auto funding = fund(p, 5000);
    QCOMPARE(funding.status, 403);
    QCOMPARE(errorCode(funding), u"wallet_disabled"_s);
    const auto out = withdraw(p, 1000, u"0123456789"_s);
    QCOMPARE(out.status, 403);
    QCOMPARE(errorCode(out), u"wallet_disabled"_s);
    QCOMPARE(txnCount(p), before);
    QCOMPARE(
        send("POST", u"/api/v1/wallet/toggle-activity"_s, {{"active"_L1, true}}, p.token).status,
        200);
    QCOMPARE(balance(p), 5000);
}

void TstFunding::banksAndAccountLookup()
{
    const auto banks = send("GET", u"/api/v1/wallet/banks"_s, {}, m_ada.token);
    QCOMPARE(banks.status, 200);
    const QJsonArray list = banks.json().value("data"_L1).toArray();
    QVERIFY(list.size() >= 3);
    QVERIFY(!list.first().toObject().value("code"_L1).toString().isEmpty());
    QVERIFY(!list.first().toObject().value("name"_L1).toString().isEmpty());
    QCOMPARE(send("GET", u"/api/v1/wallet/banks"_s, {}).status, 401);

    const QString path = u"/api/v1/wallet/banks/verify-account?bank_code=%1&account_number=%2"_s;
    const auto a = send("GET", path.arg(u"058"_s, u"0123456789"_s), {}, m_ada.token);
    QCOMPARE(a.status, 200);
    const QJsonObject account = a.json().value("account"_L1).toObject();
    QCOMPARE(account.value("bank_code"_L1).toString(), u"058"_s);
    QCOMPARE(account.value("account_number"_L1).toString(), u"0123456789"_s);
    const QString name = account.value("account_name"_L1).toString();
    QVERIFY(name.contains(u' '));
    const auto again = send("GET", path.arg(u"058"_s, u"0123456789"_s), {}, m_ada.token);
    QCOMPARE(again.json().value("account"_L1).toObject().value("account_name"_L1).toString(), name);
    for (const auto &[bank, number, field] :
         {std::tuple{u"000"_s, u"0123456789"_s, u"bank_code"_s},
          std::tuple{u"058"_s, u"012345678"_s, u"account_number"_s},
          std::tuple{u"058"_s, u"01234567890"_s, u"account_number"_s},
          std::tuple{u"058"_s, u"01234abcde"_s, u"account_number"_s},
          std::tuple{u""_s, u"0123456789"_s, u"bank_code"_s}}) {
        const auto bad = send("GET", path.arg(bank, number), {}, m_ada.token);
        QCOMPARE(bad.status, 400);
        QCOMPARE(errorField(bad), field);
    }
}

void TstFunding::withdrawalHoldsThenSettles()
{
    const Person p = person();
    fundVia(p, 10000);
    const auto out = withdraw(p, 3000, u"0123456789"_s);
    QCOMPARE(out.status, 201);
    const QJsonObject txn = txnOf(out);
    const QString txnId = txn.value("id"_L1).toString();
    QCOMPARE(txn.value("type"_L1).toString(), u"withdrawal"_s);
    QCOMPARE(txn.value("status"_L1).toString(), u"PENDING"_s);
    QCOMPARE(txn.value("metadata"_L1).toObject().value("account_name"_L1).toString().isEmpty(),
             false);
    const QString order = out.json().value("order_id"_L1).toString();
    QVERIFY(order.startsWith("order_"_L1));
    QCOMPARE(balance(p), 7000); // held at once
    QCOMPARE(sqlValue(u"SELECT balance FROM accounts WHERE kind = 'withdrawal_holds' AND "
                      "currency = :v"_s,
                      u"NGN"_s),
             u"3000"_s);
    QTRY_COMPARE_WITH_TIMEOUT(txnStatus(txnId), u"SUCCESS"_s, 10000);
    QCOMPARE(balance(p), 7000);
    QCOMPARE(sqlValue(u"SELECT balance FROM accounts WHERE kind = 'withdrawal_holds' AND "
                      "currency = :v"_s,
                      u"NGN"_s),
             u"0"_s);
    QCOMPARE(sqlValue(u"SELECT count(*) FROM ledger_entries WHERE txn_id = :v"_s, txnId), u"4"_s);
    // The provider repeats itself, even with a contrary outcome: nothing moves.
    for (const QString &status : {u"SUCCESS"_s, u"FAILED"_s}) {
        const auto dup = callback(order, u"trf_sbx_dup"_s, status, u"evt_dup_"_s + status);
        QCOMPARE(dup.status, 200);
        QCOMPARE(dup.json().value("duplicate"_L1).toBool(), true);
        QCOMPARE(txnOf(dup).value("status"_L1).toString(), u"SUCCESS"_s);
    }
    QCOMPARE(balance(p), 7000);
}

void TstFunding::failedPayoutReleasesTheHold()
{
    const Person p = person();
    fundVia(p, 6000);
    const auto out = withdraw(p, 2500, u"1234560000"_s);
    QCOMPARE(out.status, 201);
    const QString txnId = txnOf(out).value("id"_L1).toString();
    const QString order = out.json().value("order_id"_L1).toString();
    QCOMPARE(balance(p), 3500);
    QTRY_COMPARE_WITH_TIMEOUT(txnStatus(txnId), u"FAILED"_s, 10000);
    QCOMPARE(balance(p), 6000);
    const auto late = callback(order, u"trf_sbx_late"_s, u"SUCCESS"_s, u"evt_late_success"_s);
    QCOMPARE(late.json().value("duplicate"_L1).toBool(), true);
    QCOMPARE(txnOf(late).value("status"_L1).toString(), u"FAILED"_s);
    QCOMPARE(balance(p), 6000);
}

void TstFunding::directCallbackSettlesBeforeTheSandbox()
{
    const Person p = person();
    fundVia(p, 9000);
    const auto out = withdraw(p, 4000, u"5550001111"_s); // the sandbox will report SUCCESS
    QCOMPARE(out.status, 201);
    const QString txnId = txnOf(out).value("id"_L1).toString();
    const QString order = out.json().value("order_id"_L1).toString();
    QCOMPARE(balance(p), 5000);
    // A signed failure arrives first (before the sandbox's own callback, 1.5 s later) ...
    const auto failed = callback(order, u"trf_sbx_direct"_s, u"FAILED"_s, u"evt_direct"_s);
    QCOMPARE(failed.status, 200);
    QCOMPARE(failed.json().value("duplicate"_L1).toBool(), false);
    QCOMPARE(txnOf(failed).value("status"_L1).toString(), u"FAILED"_s);
    QCOMPARE(balance(p), 9000);
    // ... and is delivered again; then the sandbox's success arrives: nothing moves.
    QCOMPARE(callback(order, u"trf_sbx_direct"_s, u"FAILED"_s, u"evt_direct"_s)
                 .json()
                 .value("duplicate"_L1)
                 .toBool(),
             true);
    QTest::qWait(2500);
    QCOMPARE(txnStatus(txnId), u"FAILED"_s);
    QCOMPARE(balance(p), 9000);
}

void TstFunding::failedPayoutReleasesEvenToADisabledWallet()
{
    // Settling completes what was accepted: a wallet switched off meanwhile gets its hold back
    // (and a paid top-up credited) instead of leaving the money stuck in a system account.
    const Person p = person();
    fundVia(p, 8000);
    const auto out = withdraw(p, 3000, u"5550001111"_s);
    QCOMPARE(out.status, 201);
    const QString txnId = txnOf(out).value("id"_L1).toString();
    const QString order = out.json().value("order_id"_L1).toString();
    QCOMPARE(
        send("POST", u"/api/v1/wallet/toggle-activity"_s, {{"active"_L1, false}}, p.token).status,
        200);
    const auto failed = callback(order, u"trf_sbx_off"_s, u"FAILED"_s, u"evt_off"_s);
    QCOMPARE(failed.status, 200);
    QCOMPARE(txnStatus(txnId), u"FAILED"_s);
    QCOMPARE(balance(p), 8000);
    QCOMPARE(
        send("POST", u"/api/v1/wallet/toggle-activity"_s, {{"active"_L1, true}}, p.token).status,
        200);
}

void TstFunding::withdrawRefusals_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QJsonObject good{{"amount"_L1, 1000},
                           {"bank_code"_L1, u"058"_s},
                           {"account_number"_L1, u"0123456789"_s},
                           {"pin"_L1, kPin}};
    const auto with = [&good](const char *key, const QJsonValue &value) {
        QJsonObject o = good;
        if (value.isUndefined())
            o.remove(QLatin1StringView(key));
        else
            o.insert(QLatin1StringView(key), value);
        return o;
    };
    const auto row = [](const char *name, const QJsonObject &body, int status, const char *code,
                        const char *field) {
        QTest::newRow(name) << body << status << QString::fromLatin1(code)
                            << QString::fromLatin1(field);
    };
    row("missing amount", with("amount", QJsonValue::Undefined), 400, "validation_error", "amount");
    row("zero", with("amount", 0), 400, "invalid_amount", "amount");
    row("negative", with("amount", -10), 400, "invalid_amount", "amount");
    row("fraction", with("amount", 10.5), 400, "invalid_amount", "amount");
    row("huge", with("amount", 9007199254740992.0), 400, "invalid_amount", "amount");
    row("over the limit", with("amount", 1000001), 422, "limit_exceeded", "amount");
    row("over the balance", with("amount", 999999), 402, "insufficient_funds", "amount");
    row("missing pin", with("pin", QJsonValue::Undefined), 400, "validation_error", "pin");
    row("wrong pin", with("pin", u"0000"_s), 403, "invalid_pin", "pin");
    row("unknown bank", with("bank_code", u"000"_s), 400, "validation_error", "bank_code");
    row("short account", with("account_number", u"12345"_s), 400, "validation_error",
        "account_number");
    row("account not a string", with("account_number", 123), 400, "validation_error",
        "account_number");
    row("unknown field", with("currency", u"NGN"_s), 400, "validation_error", "currency");
    row("long note", with("note", QString(281, u'x')), 400, "validation_error", "note");
}

void TstFunding::withdrawRefusals()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    static const Person p = [this] {
        Person fresh = person();
        fundVia(fresh, 5000);
        return fresh;
    }();
    const int before = txnCount(p);
    const auto r = send("POST", u"/api/v1/wallet/withdraw"_s, body, p.token);
    QCOMPARE(r.status, status);
    QCOMPARE(errorCode(r), code);
    QCOMPARE(errorField(r), field);
    QCOMPARE(txnCount(p), before);
    QCOMPARE(balance(p), 5000);
}

void TstFunding::withdrawHonoursIdempotencyKey()
{
    const Person p = person();
    fundVia(p, 8000);
    const auto first = withdraw(p, 3000, u"0123456789"_s, "withdraw-key-1");
    QCOMPARE(first.status, 201);
    const auto again = withdraw(p, 3000, u"0123456789"_s, "withdraw-key-1");
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(txnOf(again).value("id"_L1), txnOf(first).value("id"_L1));
    QCOMPARE(balance(p), 5000);
    const QString txnId = txnOf(first).value("id"_L1).toString();
    QTRY_COMPARE_WITH_TIMEOUT(txnStatus(txnId), u"SUCCESS"_s, 10000);
    QCOMPARE(balance(p), 5000);
    QCOMPARE(txnCount(p), 2); // the funding and one withdrawal
}

QTEST_GUILESS_MAIN(TstFunding)
#include "tst_funding.moc"
