#include "walletseed.h"

#include "demoseed.h"
#include "ledgeraudit.h"
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;
using paydesk::test::sendJson;
using paydesk::test::TestServer;

Q_LOGGING_CATEGORY(lcWalletSeed, "paydesk.demo.wallet")

namespace paydesk::demo {

namespace {

QByteArray key()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QString pin()
{
    return QString::fromLatin1(kPersonalPin);
}

QString login(const TestServer &server, const QString &email)
{
    return sendJson(server, "POST", u"/api/v1/auth/login"_s,
                    {{"email"_L1, email}, {"password"_L1, QString::fromLatin1(kPassword)}})
        .json()
        .value("access_token"_L1)
        .toString();
}

// A top-up through the sandbox's hosted checkout, paid with `card` as a browser would; an
// empty card leaves it unpaid (pending). Returns the funding transaction's id.
QString topUp(const TestServer &server, const QString &token, qint64 amount, const QString &card)
{
    const QJsonObject started =
        sendJson(server, "POST", u"/api/v1/wallet/fund"_s, {{"amount"_L1, amount}}, token, key())
            .json();
    const QString order = started.value("order_id"_L1).toString();
    const QString id = started.value("transaction"_L1).toObject().value("id"_L1).toString();
    if (order.isEmpty() || card.isEmpty())
        return id;
    const QByteArray form =
        "card_number=" + QUrl::toPercentEncoding(card) + "&expiry=12%2F40&cvc=123";
    const auto page = server.send("POST", u"/sandbox/checkout/"_s + order, form,
                                  {{"Content-Type", "application/x-www-form-urlencoded"}});
    return page.status == 200 ? id : QString();
}

bool transfer(const TestServer &server, const QString &token, const QString &to, qint64 amount,
              const QString &note)
{
    return sendJson(
               server, "POST", u"/api/v1/wallet/transfer"_s,
               {{"recipient"_L1, to}, {"amount"_L1, amount}, {"note"_L1, note}, {"pin"_L1, pin()}},
               token, key())
               .status == 201;
}

bool payRequest(const TestServer &server, const QString &token, const QString &liveKey,
                qint64 amount, const QString &description, int n)
{
    const QJsonObject created = sendJson(server, "POST", u"/api/v1/payments"_s,
                                         {{"amount"_L1, amount},
                                          {"currency"_L1, u"NGN"_s},
                                          {"reference_id"_L1, u"WALLET-DEMO-%1"_s.arg(n)},
                                          {"description"_L1, description}},
                                         liveKey, key())
                                    .json();
    const QString id = created.value("payment_id"_L1).toString();
    return !id.isEmpty() && sendJson(server, "POST", u"/api/v1/payments/%1/pay"_s.arg(id),
                                     {{"pin"_L1, pin()}}, token, key())
                                    .status == 200;
}

bool withdraw(const TestServer &server, const QString &token, qint64 amount)
{
    const QJsonArray banks = sendJson(server, "GET", u"/api/v1/wallet/banks"_s, {}, token)
                                 .json()
                                 .value("data"_L1)
                                 .toArray();
    const QString bank = banks.first().toObject().value("code"_L1).toString();
    return sendJson(server, "POST", u"/api/v1/wallet/withdraw"_s,
                    {{"amount"_L1, amount},
                     {"bank_code"_L1, bank},
                     {"account_number"_L1, u"0123456789"_s},
                     {"pin"_L1, pin()},
                     {"note"_L1, u"Savings"_s}},
                    token, key())
               .status == 201;
}

// Spreads the person's transactions back over the last weeks, oldest made first, keeping the
// order they were made in; the newest stay recent.
bool backdate(const TestServer &server, const QString &walletId)
{
    QSqlDatabase db = test::openServerDatabase(server, u"wallet-seed"_s);
    bool ok = false;
    {
        QSqlQuery q(db);
        q.prepare(u"WITH mine AS (SELECT id, row_number() OVER (ORDER BY created_at DESC, id DESC) "
                  "AS n FROM ledger_transactions WHERE from_account = ? OR to_account = ?) "
                  "UPDATE ledger_transactions t SET created_at = now() - make_interval(mins => "
                  "CAST(mine.n * mine.n * 97 + mine.n * 211 AS int)), updated_at = now() - "
                  "make_interval(mins => CAST(mine.n * mine.n * 97 + mine.n * 211 - 3 AS int)) "
                  "FROM mine WHERE t.id = mine.id AND mine.n > 2"_s);
        q.addBindValue(walletId);
        q.addBindValue(walletId);
        ok = q.exec();
        if (!ok)
            qCWarning(lcWalletSeed) << q.lastError().text();
    }
    db = {};
    QSqlDatabase::removeDatabase(u"wallet-seed"_s);
    return ok;
}

} // namespace

bool seedWallet(const TestServer &server, const QString &liveKey)
{
    const auto me = test::signUp(server, QString::fromLatin1(kPersonalEmail),
                                 QString::fromLatin1(kPassword), pin());
    if (!me) {
        qCCritical(lcWalletSeed) << "cannot sign the demo person up";
        return false;
    }
    sendJson(server, "PUT", u"/api/v1/profile"_s, {{"display_name"_L1, u"Ifeoma Chukwu"_s}},
             me->token);
    const QString good = u"4111 1111 1111 1111"_s;
    const QString amaka = login(server, u"amaka@example.ng"_s);
    const QString tunde = login(server, u"tunde@example.ng"_s);
    const QString kwame = login(server, u"kwame@example.ng"_s);
    // Oldest first: the order the money moved in.
    bool ok = !topUp(server, me->token, 15'000'000, good).isEmpty() &&
              transfer(server, me->token, u"chidi@example.ng"_s, 4'500'000, u"Rent share"_s) &&
              transfer(server, amaka, me->email, 1'250'000, u"Dinner last Friday"_s) &&
              payRequest(server, me->token, liveKey, 865'000, u"House blend 1 kg"_s, 1) &&
              transfer(server, me->token, u"fatima@example.ng"_s, 320'000, u"Fuel"_s) &&
              !topUp(server, me->token, 5'000'000, u"4000 0000 0000 0002"_s).isEmpty() &&
              transfer(server, tunde, me->email, 2'000'000, u"Thanks for the laptop"_s) &&
              !topUp(server, me->token, 8'000'000, good).isEmpty() &&
              transfer(server, me->token, u"emeka@example.ng"_s, 1'575'000, u"Birthday gift"_s) &&
              withdraw(server, me->token, 3'000'000) &&
              transfer(server, kwame, me->email, 780'000, u"Lunch"_s) &&
              payRequest(server, me->token, liveKey, 412'500, u"Flat white × 2"_s, 2) &&
              transfer(server, me->token, u"zainab@example.ng"_s, 950'000, u"Concert tickets"_s) &&
              transfer(server, me->token, u"amaka@example.ng"_s, 600'000, u"Lunch"_s);
    if (!ok) {
        qCCritical(lcWalletSeed) << "a wallet movement of the demo person failed";
        return false;
    }
    QThread::msleep(1500); // the sandbox reports the payout after a second
    ok = backdate(server, me->walletId) &&
         !topUp(server, me->token, 2'500'000, {}).isEmpty(); // an unpaid top-up, pending now
    return ok;
}

} // namespace paydesk::demo
