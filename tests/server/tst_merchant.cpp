// The merchant console's data through real HTTP: exact KPI figures on a known set of payments
// (two apps, two currencies, every status), test and live kept apart, tenant isolation, chart
// series with every bucket present and rows moved in time by SQL, recent activity in order, the
// CSV export (escaping, filters) and the refusals.
#include "csvreader.h"
#include "ledgeraudit.h"
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using paydesk::test::errorCode;
using paydesk::test::errorField;
using paydesk::test::HttpResult;
using paydesk::test::TestServer;

namespace {
const QString kPassword = u"correct horse battery"_s;

struct TestApp
{
    QString id;
    QString key;
};

QJsonObject volumeOf(const QJsonArray &volumes, const QString &currency)
{
    for (const QJsonValue &v : volumes)
        if (v.toObject().value("currency"_L1).toString() == currency)
            return v.toObject();
    return {};
}
} // namespace

class TstMerchant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void kpisCountEveryStatusAndVolumePerCurrency();
    void kpisOfOneApp();
    void kpisKeepTestAndLiveApart();
    void merchantsSeeOnlyTheirOwnApps();
    void successRateIsNullWhenNothingFinished();
    void seriesHasEveryBucketZeroFilled_data();
    void seriesHasEveryBucketZeroFilled();
    void seriesPutsPaymentsInTheirBuckets();
    void activityIsNewestFirst();
    void csvListsTheFilteredPayments();
    void refusals_data();
    void refusals();
    void modeMustMatchTheApp();
    void onlyMerchantsMayAsk();
    void paymentsSortOnTheServer_data();
    void paymentsSortOnTheServer();
    // Last: it completes a pending payment, which the figures above do not expect.
    void paymentsPageOpenAndCompleteAsTheMerchant();

private:
    TestApp makeApp(const QString &token, const QString &name, const QString &environment);
    QString pay(const TestApp &app, qint64 amount, const QString &currency, const QString &ref,
                const QString &finalStatus = {}, const QString &description = {});
    HttpResult get(const QString &token, const QString &path) const;
    bool sql(const QString &statement, const QVariantList &binds = {});

    std::unique_ptr<TestServer> m_server;
    QString m_shop;  // merchant A: the data set below
    QString m_rival; // merchant B
    QString m_empty; // merchant C: no payments
    QString m_person;
    TestApp m_inr;  // A's test app, INR: 5 SUCCESS, 1 FAILED, 2 PENDING, 1 EXPIRED
    TestApp m_usd;  // A's test app, USD: 2 SUCCESS, 1 FAILED, 1 PENDING
    TestApp m_live; // A's live app: 1 SUCCESS (set by SQL), 1 PENDING
    TestApp m_rivalApp;
    QStringList m_inrSuccess; // payment ids, in creation order
    QStringList m_usdSuccess;
    QString m_inrFailed;
};

void TstMerchant::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start({u"--auth-rate"_s, u"100000"_s, u"--account-rate"_s, u"100000"_s,
                              u"--argon2-memory-kib"_s, u"256"_s, u"--argon2-iterations"_s, u"1"_s,
                              u"--allow-loopback-webhooks"_s, u"1"_s}),
             qPrintable(m_server->log()));
    const auto business = [this](const QString &email) {
        const auto p = paydesk::test::signUp(*m_server, email, kPassword, {}, u"business"_s);
        return p ? p->token : QString();
    };
    m_shop = business(u"shop@example.com"_s);
    m_rival = business(u"rival@example.com"_s);
    m_empty = business(u"empty@example.com"_s);
    const auto person = paydesk::test::signUp(*m_server, u"person@example.com"_s, kPassword);
    QVERIFY(!m_shop.isEmpty() && !m_rival.isEmpty() && !m_empty.isEmpty() && person);
    m_person = person->token;

    m_inr = makeApp(m_shop, u"Coffee, Tea & Co"_s, u"test"_s);
    m_usd = makeApp(m_shop, u"=Export shop"_s, u"test"_s);
    m_live = makeApp(m_shop, u"Live shop"_s, u"live"_s);
    const TestApp old = makeApp(m_shop, u"Old shop"_s, u"test"_s);
    m_rivalApp = makeApp(m_rival, u"Rival"_s, u"test"_s);
    QCOMPARE(paydesk::test::sendJson(*m_server, "POST", u"/api/v1/apps/%1/deactivate"_s.arg(old.id),
                                     {}, m_shop)
                 .status,
             200);

    for (int i = 1; i <= 5; ++i)
        m_inrSuccess << pay(m_inr, i * 1000, u"INR"_s, u"inr-s%1"_s.arg(i), u"SUCCESS"_s);
    m_inrFailed = pay(m_inr, 600, u"INR"_s, u"inr-f1"_s, u"FAILED"_s);
    pay(m_inr, 700, u"INR"_s, u"inr-p1"_s, {}, u"He said \"hi\", twice"_s);
    pay(m_inr, 800, u"INR"_s, u"inr-p2"_s, {}, u"line one\nline two"_s);
    const QString expired = pay(m_inr, 900, u"INR"_s, u"inr-e1"_s, {}, u"=SUM(A1)"_s);
    for (const qint64 amount : {250, 750})
        m_usdSuccess << pay(m_usd, amount, u"USD"_s, u"usd-s%1"_s.arg(amount), u"SUCCESS"_s);
    pay(m_usd, 100, u"USD"_s, u"usd-f1"_s, u"FAILED"_s);
    pay(m_usd, 200, u"USD"_s, u"usd-p1"_s);
    const QString liveDone = pay(m_live, 9999, u"NGN"_s, u"live-s1"_s);
    pay(m_live, 5000, u"NGN"_s, u"live-p1"_s);
    pay(m_rivalApp, 777, u"INR"_s, u"rival-s1"_s, u"SUCCESS"_s);
    QVERIFY(!m_inrSuccess.contains(QString()) && !m_usdSuccess.contains(QString()));
    QVERIFY(!expired.isEmpty() && !liveDone.isEmpty());

    // What the API cannot do on purpose: expire now, and finish a live payment by hand.
    QVERIFY(sql(u"UPDATE payments SET status = 'EXPIRED', updated_at = now() WHERE id = ?"_s,
                {expired}));
    QVERIFY(
        sql(u"INSERT INTO payment_events (payment_id, status) VALUES (?, 'EXPIRED')"_s, {expired}));
    QVERIFY(sql(u"UPDATE payments SET status = 'SUCCESS', completed_at = now() WHERE id = ?"_s,
                {liveDone}));
}

void TstMerchant::cleanupTestCase()
{
    QCOMPARE(m_server->stop(), 0);
}

TestApp TstMerchant::makeApp(const QString &token, const QString &name, const QString &environment)
{
    const QJsonObject r =
        paydesk::test::sendJson(*m_server, "POST", u"/api/v1/apps"_s,
                                {{"name"_L1, name}, {"environment"_L1, environment}}, token)
            .json();
    return {r.value("app"_L1).toObject().value("id"_L1).toString(),
            r.value("api_key"_L1).toObject().value("secret"_L1).toString()};
}

QString TstMerchant::pay(const TestApp &app, qint64 amount, const QString &currency,
                         const QString &ref, const QString &finalStatus, const QString &description)
{
    const auto created = paydesk::test::sendJson(*m_server, "POST", u"/api/v1/payments"_s,
                                                 {{"amount"_L1, amount},
                                                  {"currency"_L1, currency},
                                                  {"reference_id"_L1, ref},
                                                  {"description"_L1, description}},
                                                 app.key);
    const QString id = created.json().value("payment_id"_L1).toString();
    if (created.status != 201 || finalStatus.isEmpty())
        return created.status == 201 ? id : QString();
    const auto done =
        paydesk::test::sendJson(*m_server, "POST", u"/api/v1/payments/%1/complete"_s.arg(id),
                                {{"status"_L1, finalStatus}}, app.key);
    return done.status == 200 ? id : QString();
}

HttpResult TstMerchant::get(const QString &token, const QString &path) const
{
    return paydesk::test::sendJson(*m_server, "GET", path, {}, token);
}

bool TstMerchant::sql(const QString &statement, const QVariantList &binds)
{
    bool ok = false;
    {
        QSqlDatabase db = paydesk::test::openServerDatabase(*m_server, u"merchant"_s);
        QSqlQuery q(db);
        q.prepare(statement);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        ok = q.exec();
        if (!ok)
            qWarning() << statement << q.lastError().text();
    }
    QSqlDatabase::removeDatabase(u"merchant"_s);
    return ok;
}

void TstMerchant::kpisCountEveryStatusAndVolumePerCurrency()
{
    const HttpResult r = get(m_shop, u"/api/v1/merchant/kpis?mode=test"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject k = r.json();
    QCOMPARE(k.value("mode"_L1).toString(), u"test"_s);
    QVERIFY(k.value("app_id"_L1).isNull());
    QCOMPARE(k.value("total_payments"_L1).toInteger(), 13);
    const QJsonObject by = k.value("by_status"_L1).toObject();
    QCOMPARE(by.value("SUCCESS"_L1).toInteger(), 7);
    QCOMPARE(by.value("FAILED"_L1).toInteger(), 2);
    QCOMPARE(by.value("PENDING"_L1).toInteger(), 3);
    QCOMPARE(by.value("EXPIRED"_L1).toInteger(), 1);
    QCOMPARE(k.value("finished_payments"_L1).toInteger(), 10);
    QCOMPARE(k.value("success_rate_bp"_L1).toInteger(), 7000); // 7 of 10 finished
    QCOMPARE(k.value("success_rate"_L1).toDouble(), 0.7);
    const QJsonArray volume = k.value("volume_24h"_L1).toArray();
    QCOMPARE(volume.size(), 2);
    QCOMPARE(volume.at(0).toObject().value("currency"_L1).toString(), u"INR"_s);
    QCOMPARE(volumeOf(volume, u"INR"_s).value("amount"_L1).toInteger(), 15000);
    QCOMPARE(volumeOf(volume, u"INR"_s).value("count"_L1).toInteger(), 5);
    QCOMPARE(volumeOf(volume, u"USD"_s).value("amount"_L1).toInteger(), 1000);
    QCOMPARE(volumeOf(volume, u"USD"_s).value("count"_L1).toInteger(), 2);
    QCOMPARE(k.value("success_count_24h"_L1).toInteger(), 7);
    QCOMPARE(k.value("created_count_24h"_L1).toInteger(), 13);
    QCOMPARE(k.value("active_apps"_L1).toInteger(), 2); // the deactivated one is not counted
    const QDateTime asOf = QDateTime::fromString(k.value("as_of"_L1).toString(), Qt::ISODateWithMs);
    const QDateTime since =
        QDateTime::fromString(k.value("since_24h"_L1).toString(), Qt::ISODateWithMs);
    QCOMPARE(since.secsTo(asOf), 24 * 3600);
}

void TstMerchant::kpisOfOneApp()
{
    const QJsonObject k = get(m_shop, u"/api/v1/merchant/kpis?app_id="_s + m_usd.id).json();
    QCOMPARE(k.value("mode"_L1).toString(), u"test"_s); // the app's environment
    QCOMPARE(k.value("app_id"_L1).toString(), m_usd.id);
    QCOMPARE(k.value("total_payments"_L1).toInteger(), 4);
    QCOMPARE(k.value("success_rate_bp"_L1).toInteger(), 6667); // 2 of 3, half up
    QCOMPARE(k.value("volume_24h"_L1).toArray().size(), 1);
    QCOMPARE(volumeOf(k.value("volume_24h"_L1).toArray(), u"USD"_s).value("amount"_L1).toInteger(),
             1000);
    QCOMPARE(k.value("active_apps"_L1).toInteger(), 1);
}

void TstMerchant::kpisKeepTestAndLiveApart()
{
    const QJsonObject live = get(m_shop, u"/api/v1/merchant/kpis?mode=live"_s).json();
    QCOMPARE(live.value("total_payments"_L1).toInteger(), 2);
    QCOMPARE(live.value("success_rate_bp"_L1).toInteger(), 10000);
    const QJsonArray volume = live.value("volume_24h"_L1).toArray();
    QCOMPARE(volume.size(), 1);
    QCOMPARE(volumeOf(volume, u"NGN"_s).value("amount"_L1).toInteger(), 9999);
    QCOMPARE(live.value("active_apps"_L1).toInteger(), 1);
    // Without a mode and an app, the console sees live data.
    QCOMPARE(get(m_shop, u"/api/v1/merchant/kpis"_s).json().value("total_payments"_L1).toInteger(),
             2);
}

void TstMerchant::merchantsSeeOnlyTheirOwnApps()
{
    const QJsonObject k = get(m_rival, u"/api/v1/merchant/kpis?mode=test"_s).json();
    QCOMPARE(k.value("total_payments"_L1).toInteger(), 1);
    QCOMPARE(volumeOf(k.value("volume_24h"_L1).toArray(), u"INR"_s).value("amount"_L1).toInteger(),
             777);
    for (const QString &route : {u"kpis"_s, u"series"_s, u"activity"_s, u"payments.csv"_s}) {
        const HttpResult r = get(m_rival, u"/api/v1/merchant/%1?app_id=%2"_s.arg(route, m_inr.id));
        QCOMPARE(r.status, 404);
        QCOMPARE(errorCode(r), u"not_found"_s);
    }
    const HttpResult csv = get(m_rival, u"/api/v1/merchant/payments.csv?mode=test"_s);
    QCOMPARE(csv.status, 200);
    QVERIFY(!csv.body.contains("inr-"));
    QCOMPARE(csv.body.count("\r\n"), 2); // the header and the rival's one payment
    const QJsonArray events =
        get(m_rival, u"/api/v1/merchant/activity?mode=test"_s).json().value("data"_L1).toArray();
    for (const QJsonValue &e : events)
        QCOMPARE(e.toObject().value("app_id"_L1).toString(), m_rivalApp.id);
}

void TstMerchant::successRateIsNullWhenNothingFinished()
{
    const QJsonObject k = get(m_empty, u"/api/v1/merchant/kpis?mode=test"_s).json();
    QCOMPARE(k.value("total_payments"_L1).toInteger(), 0);
    QVERIFY(k.value("success_rate_bp"_L1).isNull());
    QVERIFY(k.value("success_rate"_L1).isNull());
    QCOMPARE(k.value("volume_24h"_L1).toArray().size(), 0);
    QCOMPARE(k.value("active_apps"_L1).toInteger(), 0);
}

void TstMerchant::seriesHasEveryBucketZeroFilled_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<int>("buckets");
    QTest::addColumn<int>("stepSecs");
    QTest::newRow("24h") << u"24h"_s << 24 << 3600;
    QTest::newRow("7d") << u"7d"_s << 7 << 86400;
    QTest::newRow("30d") << u"30d"_s << 30 << 86400;
}

void TstMerchant::seriesHasEveryBucketZeroFilled()
{
    QFETCH(QString, range);
    QFETCH(int, buckets);
    QFETCH(int, stepSecs);
    const HttpResult r = get(m_shop, u"/api/v1/merchant/series?mode=test&range="_s + range);
    QCOMPARE(r.status, 200);
    const QJsonObject s = r.json();
    QCOMPARE(s.value("range"_L1).toString(), range);
    QCOMPARE(s.value("currencies"_L1).toArray(), (QJsonArray{u"INR"_s, u"USD"_s}));
    const QJsonArray list = s.value("buckets"_L1).toArray();
    QCOMPARE(list.size(), buckets);
    const QDateTime from = QDateTime::fromString(s.value("from"_L1).toString(), Qt::ISODateWithMs);
    QCOMPARE(from.toSecsSinceEpoch() % stepSecs, 0); // on a UTC hour or day
    qint64 total = 0, inr = 0, usd = 0;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject b = list.at(i).toObject();
        QCOMPARE(QDateTime::fromString(b.value("start"_L1).toString(), Qt::ISODateWithMs),
                 from.addSecs(qint64(i) * stepSecs));
        QCOMPARE(b.value("counts"_L1).toObject().size(), 4);
        QCOMPARE(b.value("volume"_L1).toObject().size(), 2); // zero-filled per currency
        total += b.value("total"_L1).toInteger();
        inr += b.value("volume"_L1).toObject().value("INR"_L1).toInteger();
        usd += b.value("volume"_L1).toObject().value("USD"_L1).toInteger();
    }
    QCOMPARE(total, 13);
    QCOMPARE(inr, 15000);
    QCOMPARE(usd, 1000);
    // Everything happened in the current bucket.
    QCOMPARE(list.last().toObject().value("total"_L1).toInteger(), 13);
}

void TstMerchant::seriesPutsPaymentsInTheirBuckets()
{
    // Move one INR success 5 hours back, one USD success 3 days back (completed 2 days back),
    // and a failure 40 days back, out of every range.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime fiveHours = now.addSecs(-5 * 3600), threeDays = now.addDays(-3),
                    twoDays = now.addDays(-2);
    QVERIFY(sql(u"UPDATE payments SET created_at = ?, completed_at = ? WHERE id = ?"_s,
                {fiveHours, fiveHours, m_inrSuccess.first()}));
    QVERIFY(sql(u"UPDATE payments SET created_at = ?, completed_at = ? WHERE id = ?"_s,
                {threeDays, twoDays, m_usdSuccess.first()}));
    QVERIFY(sql(u"UPDATE payments SET created_at = ?, completed_at = ? WHERE id = ?"_s,
                {now.addDays(-40), now.addDays(-40), m_inrFailed}));

    const auto series = [this](const QString &query) {
        return get(m_shop, u"/api/v1/merchant/series?mode=test&"_s + query).json();
    };
    const auto bucketOf = [](const QJsonObject &s, const QDateTime &t, int step) {
        const QDateTime from =
            QDateTime::fromString(s.value("from"_L1).toString(), Qt::ISODateWithMs);
        return s.value("buckets"_L1).toArray().at(int(from.secsTo(t) / step)).toObject();
    };
    const auto sum = [](const QJsonObject &s, const QString &field) {
        qint64 n = 0;
        for (const QJsonValue &b : s.value("buckets"_L1).toArray())
            n += field == "total"_L1
                     ? b.toObject().value("total"_L1).toInteger()
                     : b.toObject().value("volume"_L1).toObject().value(field).toInteger();
        return n;
    };
    const QJsonObject day = series(u"range=24h"_s);
    QCOMPARE(sum(day, u"total"_s), 11);
    QCOMPARE(sum(day, u"INR"_s), 15000);
    QCOMPARE(sum(day, u"USD"_s), 750);
    const QJsonObject hour = bucketOf(day, fiveHours, 3600);
    QCOMPARE(hour.value("total"_L1).toInteger(), 1);
    QCOMPARE(hour.value("counts"_L1).toObject().value("SUCCESS"_L1).toInteger(), 1);
    QCOMPARE(hour.value("volume"_L1).toObject().value("INR"_L1).toInteger(), 1000);

    const QJsonObject week = series(u"range=7d"_s);
    QCOMPARE(sum(week, u"total"_s), 12);
    QCOMPARE(sum(week, u"USD"_s), 1000);
    QCOMPARE(bucketOf(week, threeDays, 86400).value("total"_L1).toInteger(), 1);
    QCOMPARE(
        bucketOf(week, threeDays, 86400).value("volume"_L1).toObject().value("USD"_L1).toInteger(),
        0);
    QCOMPARE(
        bucketOf(week, twoDays, 86400).value("volume"_L1).toObject().value("USD"_L1).toInteger(),
        250);
    QCOMPARE(sum(series(u"range=30d"_s), u"total"_s), 12);

    const QJsonObject usd = series(u"range=7d&currency=usd"_s);
    QCOMPARE(usd.value("currencies"_L1).toArray(), QJsonArray{u"USD"_s});
    QCOMPARE(sum(usd, u"total"_s), 4);
    QCOMPARE(sum(usd, u"USD"_s), 1000);
    QCOMPARE(sum(series(u"range=30d&app_id="_s + m_inr.id), u"total"_s), 8);
}

void TstMerchant::activityIsNewestFirst()
{
    const QString first = pay(m_rivalApp, 300, u"INR"_s, u"rival-a1"_s);
    const QString second = pay(m_rivalApp, 400, u"INR"_s, u"rival-a2"_s);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    for (const auto &[id, status] : {std::pair{first, u"FAILED"_s}, {second, u"SUCCESS"_s}})
        QCOMPARE(paydesk::test::sendJson(*m_server, "POST",
                                         u"/api/v1/payments/%1/complete"_s.arg(id),
                                         {{"status"_L1, status}}, m_rivalApp.key)
                     .status,
                 200);
    const HttpResult r = get(m_rival, u"/api/v1/merchant/activity?mode=test&limit=5"_s);
    QCOMPARE(r.status, 200);
    const QJsonArray data = r.json().value("data"_L1).toArray();
    QCOMPARE(data.size(), 5);
    const auto at = [&data](int i) {
        return data.at(i).toObject();
    };
    const QList<std::pair<QString, QString>> expected = {{second, u"SUCCESS"_s},
                                                         {first, u"FAILED"_s},
                                                         {second, u"PENDING"_s},
                                                         {first, u"PENDING"_s}};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(at(i).value("payment_id"_L1).toString(), expected.at(i).first);
        QCOMPARE(at(i).value("status"_L1).toString(), expected.at(i).second);
    }
    QCOMPARE(at(0).value("app_name"_L1).toString(), u"Rival"_s);
    QCOMPARE(at(0).value("amount"_L1).toInteger(), 400);
    QCOMPARE(at(0).value("currency"_L1).toString(), u"INR"_s);
    QCOMPARE(at(0).value("reference_id"_L1).toString(), u"rival-a2"_s);
    QCOMPARE(at(4).value("reference_id"_L1).toString(), u"rival-s1"_s);
    for (int i = 1; i < data.size(); ++i)
        QVERIFY(at(i - 1).value("at"_L1).toString() >= at(i).value("at"_L1).toString());
    // The shop's live activity holds its live payments only (2 created; the SQL finish of one
    // wrote no event).
    const QJsonArray live =
        get(m_shop, u"/api/v1/merchant/activity?mode=live"_s).json().value("data"_L1).toArray();
    QCOMPARE(live.size(), 2);
    for (const QJsonValue &e : live)
        QCOMPARE(e.toObject().value("app_id"_L1).toString(), m_live.id);
    // The expiry written by SQL got its app from the database.
    const QJsonArray shop = get(m_shop, u"/api/v1/merchant/activity?mode=test&limit=100"_s)
                                .json()
                                .value("data"_L1)
                                .toArray();
    QCOMPARE(shop.size(), 13 + 7 + 2 + 1); // created, completed SUCCESS, FAILED, EXPIRED
    QCOMPARE(shop.first().toObject().value("status"_L1).toString(), u"EXPIRED"_s);
}

void TstMerchant::csvListsTheFilteredPayments()
{
    const HttpResult r = get(m_shop, u"/api/v1/merchant/payments.csv?mode=test"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
    QVERIFY(r.header("Content-Disposition")
                .startsWith("attachment; filename=\"paydesk-payments-test-"));
    QString error;
    const auto records = paydesk::test::parseCsv(r.body, &error);
    QVERIFY2(records, qPrintable(error));
    QCOMPARE(
        records->first(),
        (QStringList{u"id"_s, u"app_id"_s, u"app_name"_s, u"mode"_s, u"amount_minor"_s, u"amount"_s,
                     u"currency"_s, u"status"_s, u"reference_id"_s, u"description"_s,
                     u"created_at"_s, u"completed_at"_s, u"transaction_id"_s}));
    QCOMPARE(records->size(), 1 + 13);
    QHash<QString, QStringList> byRef;
    for (qsizetype i = 1; i < records->size(); ++i) {
        QCOMPARE(records->at(i).size(), 13);
        byRef.insert(records->at(i).at(8), records->at(i));
    }
    QCOMPARE(byRef[u"inr-s3"_s].mid(1, 8),
             (QStringList{m_inr.id, u"Coffee, Tea & Co"_s, u"test"_s, u"3000"_s, u"30.00"_s,
                          u"INR"_s, u"SUCCESS"_s, u"inr-s3"_s}));
    QVERIFY(!byRef[u"inr-s3"_s].at(11).isEmpty()); // completed_at
    QVERIFY(byRef[u"inr-p1"_s].at(11).isEmpty());
    QCOMPARE(byRef[u"usd-s250"_s].at(2), u"'=Export shop"_s); // defused for spreadsheets
    QCOMPARE(byRef[u"usd-s250"_s].at(5), u"2.50"_s);
    QCOMPARE(byRef[u"inr-p1"_s].at(9), u"He said \"hi\", twice"_s);
    QCOMPARE(byRef[u"inr-p2"_s].at(9), u"line one\nline two"_s);
    QCOMPARE(byRef[u"inr-e1"_s].at(9), u"'=SUM(A1)"_s);
    // Newest first, as the console's table.
    for (qsizetype i = 2; i < records->size(); ++i)
        QVERIFY(records->at(i - 1).at(10) >= records->at(i).at(10));

    const auto rows = [this](const QString &query) {
        const HttpResult f = get(m_shop, u"/api/v1/merchant/payments.csv?"_s + query);
        QString e;
        const auto parsed = paydesk::test::parseCsv(f.body, &e);
        return f.status == 200 && parsed ? int(parsed->size()) - 1 : -1;
    };
    QCOMPARE(rows(u"mode=test&status=success"_s), 7);
    QCOMPARE(rows(u"app_id="_s + m_usd.id), 4);
    QCOMPARE(rows(u"mode=test&search=INR-S"_s), 5);
    QCOMPARE(rows(u"mode=test&search="_s + m_usdSuccess.last()), 1);
    QCOMPARE(rows(u"mode=test&status=FAILED&app_id="_s + m_usd.id), 1);
    const QString since = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
    QCOMPARE(rows(u"mode=test&from="_s + since), 10); // three were moved back in time
    QCOMPARE(rows(u"mode=test&to="_s + since), 3);
    QCOMPARE(rows(u"mode=live"_s), 2);
}

void TstMerchant::refusals_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QString k = u"/api/v1/merchant/kpis?"_s, s = u"/api/v1/merchant/series?"_s,
                  a = u"/api/v1/merchant/activity?"_s, c = u"/api/v1/merchant/payments.csv?"_s;
    const QString v = u"validation_error"_s;
    QTest::newRow("mode") << k + u"mode=prod"_s << 400 << v << u"mode"_s;
    QTest::newRow("app_id shape") << k + u"app_id=nope"_s << 400 << v << u"app_id"_s;
    QTest::newRow("unknown param") << k + u"range=24h"_s << 400 << v << u"range"_s;
    QTest::newRow("twice") << k + u"mode=test&mode=live"_s << 400 << v << u"mode"_s;
    QTest::newRow("unknown app") << k + u"app_id=app_00000000000000000000"_s << 404
                                 << u"not_found"_s << u"app_id"_s;
    QTest::newRow("range") << s + u"range=1y"_s << 400 << v << u"range"_s;
    QTest::newRow("series mode") << s + u"range=7d&mode=x"_s << 400 << v << u"mode"_s;
    QTest::newRow("currency") << s + u"currency=XYZ"_s << 400 << u"unknown_currency"_s
                              << u"currency"_s;
    QTest::newRow("limit 0") << a + u"limit=0"_s << 400 << v << u"limit"_s;
    QTest::newRow("limit 101") << a + u"limit=101"_s << 400 << v << u"limit"_s;
    QTest::newRow("limit text") << a + u"limit=ten"_s << 400 << v << u"limit"_s;
    QTest::newRow("no cursor") << a + u"cursor=abc"_s << 400 << v << u"cursor"_s;
    QTest::newRow("csv status") << c + u"status=paid"_s << 400 << v << u"status"_s;
    QTest::newRow("csv from") << c + u"from=yesterday"_s << 400 << v << u"from"_s;
    QTest::newRow("csv from after to")
        << c + u"from=2024-02-01T00:00:00Z&to=2024-01-01T00:00:00Z"_s << 400 << v << u"to"_s;
    QTest::newRow("csv q") << c + u"q=x"_s << 400 << v << u"q"_s;
    const QString l = u"/api/v1/merchant/payments?mode=test&"_s;
    QTest::newRow("sort") << l + u"sort=fee"_s << 400 << v << u"sort"_s;
    QTest::newRow("sort case") << l + u"sort=Amount"_s << 400 << v << u"sort"_s;
    QTest::newRow("order") << l + u"sort=amount&order=up"_s << 400 << v << u"order"_s;
    QTest::newRow("csv sort") << c + u"sort=amount"_s << 400 << v << u"sort"_s;
}

void TstMerchant::refusals()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const HttpResult r = get(m_shop, path);
    QCOMPARE(r.status, status);
    QCOMPARE(errorCode(r), code);
    QCOMPARE(errorField(r), field);
}

void TstMerchant::modeMustMatchTheApp()
{
    // A test app asked about with mode=live is a mistake, not an empty answer.
    const HttpResult r = get(m_shop, u"/api/v1/merchant/kpis?mode=live&app_id="_s + m_inr.id);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), u"validation_error"_s);
    QCOMPARE(errorField(r), u"mode"_s);
}

void TstMerchant::onlyMerchantsMayAsk()
{
    for (const QString &route : {u"kpis"_s, u"series"_s, u"activity"_s, u"payments.csv"_s}) {
        const QString path = u"/api/v1/merchant/"_s + route;
        QCOMPARE(paydesk::test::sendJson(*m_server, "GET", path).status, 401);
        QCOMPARE(get(m_person, path).status, 403);
        QCOMPARE(get(m_inr.key, path).status, 401); // an API key is not a merchant's session
    }
}

void TstMerchant::paymentsSortOnTheServer_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QString>("order");
    for (const QString &sort :
         {u"created"_s, u"amount"_s, u"completed"_s, u"status"_s, u"reference"_s, u"app"_s})
        for (const QString &order : {u"asc"_s, u"desc"_s})
            QTest::addRow("%s %s", qPrintable(sort), qPrintable(order)) << sort << order;
}

// Pages of 3 through all 13 test payments in a column's order: each payment once, and the
// sequence equal to the whole set sorted here by the rule the API documents.
void TstMerchant::paymentsSortOnTheServer()
{
    QFETCH(QString, sort);
    QFETCH(QString, order);
    QList<QJsonObject> rows;
    QString cursor;
    for (int page = 0; page < 10; ++page) {
        const HttpResult r =
            get(m_shop,
                u"/api/v1/merchant/payments?mode=test&limit=3&sort=%1&order=%2"_s.arg(sort, order) +
                    (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json().value("data"_L1).toArray())
            rows << v.toObject();
        if (!r.json().value("has_more"_L1).toBool())
            break;
        cursor = r.json().value("next_cursor"_L1).toString();
    }
    QCOMPARE(rows.size(), 13);

    const bool up = order == "asc"_L1;
    const auto text = [](const QJsonObject &o, const char *field) {
        return o.value(QLatin1StringView(field)).toString();
    };
    // Times are ISO 8601 UTC of one width, amounts padded: each key compares as text.
    const auto key = [&](const QJsonObject &o) -> QStringList {
        const QString amount =
            QString::number(o.value("amount"_L1).toInteger()).rightJustified(15, u'0');
        if (sort == "amount"_L1)
            return {text(o, "currency"), amount};
        if (sort == "completed"_L1)
            return {o.value("completed_at"_L1).isNull() ? QString() : text(o, "completed_at")};
        if (sort == "status"_L1)
            return {text(o, "status"), text(o, "created_at")};
        if (sort == "reference"_L1)
            return {text(o, "reference_id")};
        return {text(o, "created_at")};
    };
    QList<QJsonObject> expected = rows;
    std::sort(expected.begin(), expected.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        if (sort == "app"_L1) { // by name in the direction asked, each app newest first
            const QString na = text(a, "app_name") + u'|' + text(a, "app_id"),
                          nb = text(b, "app_name") + u'|' + text(b, "app_id");
            if (na != nb)
                return up ? na < nb : nb < na;
            return std::pair(text(b, "created_at"), text(b, "payment_id")) <
                   std::pair(text(a, "created_at"), text(a, "payment_id"));
        }
        const auto ka = std::pair(key(a), text(a, "payment_id")),
                   kb = std::pair(key(b), text(b, "payment_id"));
        return up ? ka < kb : kb < ka;
    });
    QStringList got, want;
    for (const QJsonObject &o : rows)
        got << text(o, "payment_id");
    for (const QJsonObject &o : expected)
        want << text(o, "payment_id");
    QCOMPARE(got, want);
    QCOMPARE(QSet<QString>(got.begin(), got.end()).size(), 13);
}

void TstMerchant::paymentsPageOpenAndCompleteAsTheMerchant()
{
    // Every test payment of the merchant, 4 at a time, newest first, none twice.
    QStringList seen;
    QString cursor;
    for (int page = 0; page < 10; ++page) {
        const QJsonObject r =
            get(m_shop, u"/api/v1/merchant/payments?mode=test&limit=4"_s +
                            (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor))
                .json();
        for (const QJsonValue &v : r.value("data"_L1).toArray()) {
            QVERIFY(!v.toObject().value("app_name"_L1).toString().isEmpty());
            seen << v.toObject().value("payment_id"_L1).toString();
        }
        if (!r.value("has_more"_L1).toBool())
            break;
        cursor = r.value("next_cursor"_L1).toString();
    }
    QCOMPARE(seen.size(), 13);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 13);
    QVERIFY(seen.contains(m_inrFailed));

    const QJsonArray found =
        get(m_shop, u"/api/v1/merchant/payments?mode=test&search=%1"_s.arg(m_inrFailed))
            .json()
            .value("data"_L1)
            .toArray();
    QCOMPARE(found.size(), 1);
    const QJsonObject failed = get(m_shop, u"/api/v1/merchant/payments/"_s + m_inrFailed).json();
    QCOMPARE(failed.value("status"_L1).toString(), u"FAILED"_s);
    QCOMPARE(failed.value("app_name"_L1).toString(), u"Coffee, Tea & Co"_s);
    QVERIFY(failed.value("qr_code"_L1).toString().startsWith(u"data:image/png;base64,"_s));
    QCOMPARE(failed.value("timeline"_L1).toArray().size(), 2);
    QCOMPARE(errorCode(get(m_rival, u"/api/v1/merchant/payments/"_s + m_inrFailed)),
             u"not_found"_s);

    const QString pending = pay(m_inr, 4200, u"INR"_s, u"inr-p3"_s);
    const auto complete = [this](const QString &token, const QString &id) {
        return paydesk::test::sendJson(*m_server, "POST",
                                       u"/api/v1/merchant/payments/%1/complete"_s.arg(id),
                                       {{"status"_L1, u"SUCCESS"_s}}, token);
    };
    QCOMPARE(errorCode(complete(m_rival, pending)), u"not_found"_s);
    const HttpResult done = complete(m_shop, pending);
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json().value("status"_L1).toString(), u"SUCCESS"_s);
    QCOMPARE(errorCode(complete(m_shop, pending)), u"payment_final"_s);
    const QString live = pay(m_live, 100, u"NGN"_s, u"live-p9"_s);
    QCOMPARE(complete(m_shop, live).status, 403);
}

QTEST_GUILESS_MAIN(TstMerchant)
#include "tst_merchant.moc"
