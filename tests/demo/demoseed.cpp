#include "demoseed.h"

#include "chatseed.h"
#include "ledgeraudit.h"
#include "testclient.h"
#include "testserver.h"
#include "walletseed.h"
#include "webhookreceiver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using paydesk::test::sendJson;
using paydesk::test::TestServer;

Q_LOGGING_CATEGORY(lcDemo, "paydesk.demo")

namespace paydesk::demo {

namespace {

constexpr auto kPin = "2580";

const QStringList kPeople{u"Chidi Nwosu"_s,   u"Amaka Eze"_s,    u"Tunde Bakare"_s,
                          u"Ngozi Adeyemi"_s, u"Kwame Mensah"_s, u"Fatima Bello"_s,
                          u"Emeka Obi"_s,     u"Zainab Lawal"_s};
const QStringList kItems{u"Flat white × 2"_s,
                         u"Ethiopian Yirgacheffe 250 g"_s,
                         u"Espresso machine descaler"_s,
                         u"Cold brew subscription"_s,
                         u"Barista course, May"_s,
                         u"House blend 1 kg"_s,
                         u"Gift card"_s,
                         u"Ceramic pour-over set"_s};

struct Sql
{
    explicit Sql(const TestServer &server)
        : db(test::openServerDatabase(server, u"demo"_s))
    {}
    ~Sql()
    {
        db = {};
        QSqlDatabase::removeDatabase(u"demo"_s);
    }
    bool run(const QString &statement, const QVariantList &binds = {})
    {
        QSqlQuery q(db);
        q.prepare(statement);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (q.exec())
            return true;
        qCWarning(lcDemo) << statement << q.lastError().text();
        return false;
    }
    QSqlDatabase db;
};

struct App
{
    QString id;
    QString key;
};

App createApp(const TestServer &server, const QString &token, const QString &name,
              const QString &environment, const QString &webhookUrl)
{
    QJsonObject body{{"name"_L1, name}, {"environment"_L1, environment}};
    if (!webhookUrl.isEmpty())
        body.insert("webhook_url"_L1, webhookUrl);
    const QJsonObject r = sendJson(server, "POST", u"/api/v1/apps"_s, body, token).json();
    return {r.value("app"_L1).toObject().value("id"_L1).toString(),
            r.value("api_key"_L1).toObject().value("secret"_L1).toString()};
}

QString createPayment(const TestServer &server, const QString &key, qint64 amount,
                      const QString &currency, const QString &reference, int n, int expiryMinutes)
{
    const QJsonObject body{
        {"amount"_L1, amount},
        {"currency"_L1, currency},
        {"reference_id"_L1, reference},
        {"description"_L1, kItems.at(n % kItems.size())},
        {"expiry_minutes"_L1, expiryMinutes},
        {"metadata"_L1, QJsonObject{{"customer"_L1, kPeople.at((n * 5) % kPeople.size())},
                                    {"channel"_L1, n % 3 == 0 ? u"pos"_s : u"web"_s},
                                    {"order_items"_L1, 1 + n % 4}}}};
    const auto r = sendJson(server, "POST", u"/api/v1/payments"_s, body, key,
                            QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    return r.status == 201 ? r.json().value("payment_id"_L1).toString() : QString();
}

bool complete(const TestServer &server, const QString &key, const QString &id,
              const QString &status)
{
    return sendJson(server, "POST", u"/api/v1/payments/%1/complete"_s.arg(id),
                    {{"status"_L1, status}}, key)
               .status == 200;
}

// One month of a shop's payments: created through the API, finished as a shop's would be,
// then moved back in time so the charts have a history. Recent days are busier.
bool seedPayments(const TestServer &server, const App &app, const QString &currency, int count,
                  qint64 typicalAmount, const QString &prefix, std::mt19937 &random)
{
    Sql sql(server);
    std::uniform_real_distribution<double> unit(0, 1);
    // Status and age first, then created oldest first, so ids and event order follow time.
    QList<std::pair<double, QString>> plan;
    for (int n = 0; n < count; ++n) {
        const double roll = unit(random);
        const QString status = roll < 0.72   ? u"SUCCESS"_s
                               : roll < 0.82 ? u"FAILED"_s
                               : roll < 0.90 ? u"EXPIRED"_s
                                             : u"PENDING"_s;
        // Hours ago: pending ones are recent; the rest spread over 30 days, denser lately.
        plan.append({status == "PENDING"_L1 ? 0.2 + unit(random) * 20
                                            : std::pow(unit(random), 1.6) * 30 * 24,
                     status});
    }
    std::sort(plan.begin(), plan.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int n = 0; n < count; ++n) {
        const auto &[hoursAgo, status] = plan.at(n);
        const qint64 amount =
            std::max<qint64>(100, qint64(typicalAmount * (0.3 + 2.2 * unit(random))) / 50 * 50);
        const QString id = createPayment(server, app.key, amount, currency,
                                         u"%1-%2"_s.arg(prefix).arg(10240 + n), n, 7 * 24 * 60);
        if (id.isEmpty())
            return false;
        if ((status == "SUCCESS"_L1 || status == "FAILED"_L1) &&
            !complete(server, app.key, id, status))
            return false;
        const int secondsAgo = int(hoursAgo * 3600);
        const int settleSeconds = 20 + int(unit(random) * 400);
        bool ok = sql.run(u"UPDATE payments SET created_at = now() - make_interval(secs => ?), "
                          "updated_at = now() - make_interval(secs => ?) WHERE id = ?"_s,
                          {secondsAgo, secondsAgo - settleSeconds, id});
        if (status == "EXPIRED"_L1) {
            ok = ok && sql.run(u"UPDATE payments SET status = 'EXPIRED' WHERE id = ?"_s, {id}) &&
                 sql.run(u"INSERT INTO payment_events (payment_id, status, notes) VALUES "
                         "(?, 'EXPIRED', 'Not paid in time')"_s,
                         {id});
        }
        if (status == "SUCCESS"_L1 || status == "FAILED"_L1)
            ok = ok && sql.run(u"UPDATE payments SET completed_at = now() - make_interval(secs => "
                               "?) WHERE id = ?"_s,
                               {secondsAgo - settleSeconds, id});
        // The timeline follows: created at creation, the final state when it settled.
        ok = ok &&
             sql.run(u"UPDATE payment_events SET created_at = now() - make_interval(secs => ?) "
                     "WHERE payment_id = ? AND status = 'PENDING'"_s,
                     {secondsAgo, id}) &&
             sql.run(u"UPDATE payment_events SET created_at = now() - make_interval(secs => ?) "
                     "WHERE payment_id = ? AND status <> 'PENDING'"_s,
                     {secondsAgo - settleSeconds, id});
        if (!ok)
            return false;
    }
    return true;
}

bool seedPeople(const TestServer &server, std::mt19937 &random)
{
    QList<test::TestPerson> people;
    for (const QString &name : kPeople) {
        const QString email = name.section(u' ', 0, 0).toLower() + u"@example.ng"_s;
        auto person =
            test::signUp(server, email, QString::fromLatin1(kPassword), QString::fromLatin1(kPin));
        if (!person ||
            !test::seedFunding(server, person->walletId, 25'000'000 + 100'000 * people.size()))
            return false;
        sendJson(server, "PUT", u"/api/v1/profile"_s, {{"display_name"_L1, name}}, person->token);
        people << *person;
    }
    std::uniform_int_distribution<int> pick(0, int(people.size()) - 1);
    const QStringList notes{u"Lunch"_s, u"Rent share"_s, u"Thanks!"_s, u"Fuel"_s,
                            u"Birthday gift"_s};
    for (int i = 0; i < 24; ++i) {
        const int from = pick(random);
        const int to = (from + 1 + pick(random) % (people.size() - 1)) % people.size();
        sendJson(server, "POST", u"/api/v1/wallet/transfer"_s,
                 {{"recipient"_L1, people.at(to).email},
                  {"amount"_L1, 50'000 + 25'000 * (i % 9)},
                  {"note"_L1, notes.at(i % notes.size())},
                  {"pin"_L1, QString::fromLatin1(kPin)}},
                 people.at(from).token, QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    }
    return true;
}

} // namespace

QStringList serverArguments()
{
    return {u"--admin-email"_s,
            QString::fromLatin1(kAdminEmail),
            u"--admin-password"_s,
            QString::fromLatin1(kPassword),
            u"--allow-loopback-webhooks"_s,
            u"1"_s,
            u"--auth-rate"_s,
            u"100000"_s,
            u"--account-rate"_s,
            u"100000"_s,
            u"--argon2-memory-kib"_s,
            u"1024"_s,
            u"--argon2-iterations"_s,
            u"1"_s};
}

bool seedDemo(const TestServer &server, test::WebhookReceiver &receiver, DemoWorld &world)
{
    std::mt19937 random(20261125);
    const auto merchant = test::signUp(server, QString::fromLatin1(kMerchantEmail),
                                       QString::fromLatin1(kPassword), {}, u"business"_s);
    if (!merchant) {
        qCCritical(lcDemo) << "cannot sign the demo merchant up";
        return false;
    }
    world.merchantToken = merchant->token;
    sendJson(server, "PUT", u"/api/v1/profile"_s, {{"display_name"_L1, u"Adaeze Okafor"_s}},
             merchant->token);
    // The coffee shop's endpoint mostly answers; the market's has been down for a while.
    receiver.setBehaviour([](const QString &path, int) { return path == "/kora"_L1 ? 503 : 200; });
    receiver.failFirstAttemptOfEvery(9);
    const App coffee = createApp(server, merchant->token, u"Lagos Coffee Roasters"_s, u"test"_s,
                                 receiver.url(u"/coffee"_s));
    const App market =
        createApp(server, merchant->token, u"Kora Market"_s, u"test"_s, receiver.url(u"/kora"_s));
    const App live = createApp(server, merchant->token, u"Lagos Coffee Roasters"_s, u"live"_s, {});
    const App legacy = createApp(server, merchant->token, u"Legacy checkout"_s, u"test"_s, {});
    if (coffee.key.isEmpty() || market.key.isEmpty() || live.key.isEmpty() || legacy.id.isEmpty())
        return false;
    world.testKeys = {coffee.key, market.key};
    world.testAppIds = {coffee.id, market.id};
    world.liveKey = live.key;
    sendJson(server, "POST", u"/api/v1/apps/%1/deactivate"_s.arg(legacy.id), {}, merchant->token);
    // A rotation in its grace period, as a merchant mid-deployment would have.
    const QJsonObject keys =
        sendJson(server, "GET", u"/api/v1/apps/%1/keys"_s.arg(coffee.id), {}, merchant->token)
            .json();
    const QString firstKey =
        keys.value("data"_L1).toArray().first().toObject().value("id"_L1).toString();
    const QJsonObject rotated =
        sendJson(server, "POST", u"/api/v1/apps/%1/keys/%2/rotate"_s.arg(coffee.id, firstKey),
                 {{"grace_hours"_L1, 24}}, merchant->token)
            .json();
    world.testKeys[0] = rotated.value("api_key"_L1).toObject().value("secret"_L1).toString();
    App coffeeNow{coffee.id, world.testKeys[0]};

    if (!seedPayments(server, coffeeNow, u"NGN"_s, 170, 450'000, u"LCR"_s, random) ||
        !seedPayments(server, market, u"NGN"_s, 60, 1'200'000, u"KORA"_s, random) ||
        !seedPeople(server, random))
        return false;
    // Live payments are paid from wallets; their history is written as settled.
    Sql sql(server);
    for (int n = 0; n < 24; ++n) {
        const QString id = createPayment(server, live.key, 350'000 + 12'500 * n, u"NGN"_s,
                                         u"LIVE-%1"_s.arg(5000 + n), n, 60);
        if (id.isEmpty() ||
            !sql.run(u"UPDATE payments SET status = 'SUCCESS', created_at = now() - "
                     "make_interval(hours => ?), completed_at = now() - make_interval(hours => ?) "
                     "+ interval '3 minutes' WHERE id = ?"_s,
                     {n * 13, n * 13, id}))
            return false;
    }
    // The demo person's wallet, paying the live shop (walletseed.cpp), then the same person's
    // conversations (chatseed.cpp): one person with both a wallet and chats.
    return seedWallet(server, live.key) && seedChats(server);
}

bool addBulkPayments(const TestServer &server, const DemoWorld &world, int count)
{
    Sql sql(server);
    // Ids keep the pay_ + 20 characters shape; references are unique per app.
    return sql.run(
        u"INSERT INTO payments (id, app_id, mode, amount, currency, reference_id, description, "
        "status, expires_at, completed_at, created_at, updated_at) "
        "SELECT 'pay_bulk' || lpad(g::text, 16, '0'), ?, 'test', 500 + (g * 7919) % 2000000, "
        "'NGN', 'BULK-' || g, 'Bulk order ' || g, "
        "CASE WHEN g % 10 < 7 THEN 'SUCCESS' WHEN g % 10 < 8 THEN 'FAILED' ELSE 'EXPIRED' END, "
        "now() - make_interval(secs => g * 77) + interval '30 minutes', "
        "CASE WHEN g % 10 < 8 THEN now() - make_interval(secs => g * 77) + interval '2 minutes' "
        "END, now() - make_interval(secs => g * 77), now() - make_interval(secs => g * 77) "
        "FROM generate_series(1, ?) AS g"_s,
        {world.testAppIds.value(0), count});
}

QString createLivePayment(const TestServer &server, const DemoWorld &world, int n)
{
    const QString key = world.testKeys.value(n % 2);
    const QString id =
        createPayment(server, key, 150'000 + 25'000 * (n % 17), u"NGN"_s,
                      u"LIVE-DEMO-%1-%2"_s.arg(QDateTime::currentSecsSinceEpoch()).arg(n), n, 30);
    if (!id.isEmpty() && n % 4 != 3)
        complete(server, key, id, n % 5 == 4 ? u"FAILED"_s : u"SUCCESS"_s);
    return id;
}

} // namespace paydesk::demo
