// Transaction history through real HTTP against a real paydeskd on its own PostgreSQL: every
// filter as a table row (and every bad value as a 400 naming its field), keyset pages that never
// skip or repeat rows sharing one timestamp, people never seeing other pairs' transactions,
// summaries and chart series against the transfers made, the admin view, and the CSV export
// parsed back — including 100 000 rows streamed while paydeskd's memory stays flat.
#include "historytestdata.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace paydesk::test;

class TstHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void filters_data();
    void filters();
    void badFiltersAreRefusedByName_data();
    void badFiltersAreRefusedByName();
    void itemsCarryDirectionAndCounterparty();
    void peopleNeverSeeOtherPairs();
    void pagesNeverSkipOrRepeatRowsSharingATimestamp();
    void summaryMatchesTransfers();
    void analyticsMatchesTransfers();
    void analyticsRangeIsBounded();
    void adminSeesEveryoneWithFilters();
    void adminRoutesNeedAdmin();
    void csvParsesBackToTheHistory();
    void csvOf100000RowsStreamsInFlatMemory();

private:
    HistoryWorld m_w;
};

void TstHistory::initTestCase()
{
    QVERIFY2(m_w.build(), qPrintable(m_w.problem));
}

void TstHistory::cleanupTestCase()
{
    QCOMPARE(m_w.server->stop(), 0);
}

void TstHistory::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // labels of Ada's transactions, any order
    const QString bob = m_w.people[u"bob"_s].email;
    const QString t3 = QString::fromLatin1(
        QUrl::toPercentEncoding(m_w.txns[u"t3"_s].value("created_at"_L1).toString()));
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const QString tomorrow =
        QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate);
    const QString yesterday =
        QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate);
    const QStringList all = {u"seed"_s, u"t1"_s, u"t2"_s, u"t3"_s, u"t4"_s, u"t6"_s, u"p1"_s};
    QTest::newRow("no filter") << QString() << all;
    QTest::newRow("type transfer")
        << u"type=transfer"_s << QStringList{u"t1"_s, u"t2"_s, u"t3"_s, u"t4"_s, u"t6"_s};
    QTest::newRow("type funding") << u"type=funding"_s << QStringList{u"seed"_s};
    QTest::newRow("type with none") << u"type=refund"_s << QStringList{};
    QTest::newRow("status PENDING") << u"status=PENDING"_s << QStringList{u"p1"_s};
    QTest::newRow("status lower-case") << u"status=pending"_s << QStringList{u"p1"_s};
    QTest::newRow("direction in") << u"direction=in"_s << QStringList{u"seed"_s, u"t3"_s, u"t6"_s};
    QTest::newRow("direction out")
        << u"direction=out"_s << QStringList{u"t1"_s, u"t2"_s, u"t4"_s, u"p1"_s};
    QTest::newRow("counterparty by email")
        << u"counterparty="_s + bob << QStringList{u"t1"_s, u"t2"_s, u"t3"_s};
    QTest::newRow("counterparty by upper-case email")
        << u"counterparty="_s + bob.toUpper() << QStringList{u"t1"_s, u"t2"_s, u"t3"_s};
    QTest::newRow("counterparty by id")
        << u"counterparty="_s + m_w.people[u"bob"_s].id << QStringList{u"t1"_s, u"t2"_s, u"t3"_s};
    QTest::newRow("counterparty never met")
        << u"counterparty="_s + m_w.people[u"dee"_s].email << QStringList{};
    QTest::newRow("counterparty unknown") << u"counterparty=nobody@example.com"_s << QStringList{};
    QTest::newRow("min_amount") << u"min_amount=1000"_s
                                << QStringList{u"seed"_s, u"t1"_s, u"t2"_s, u"t6"_s, u"p1"_s};
    QTest::newRow("max_amount") << u"max_amount=999"_s << QStringList{u"t3"_s, u"t4"_s};
    QTest::newRow("amount range") << u"min_amount=700&max_amount=1234"_s
                                  << QStringList{u"t1"_s, u"t3"_s, u"t6"_s};
    QTest::newRow("q in note, any case") << u"q=RENT"_s << QStringList{u"t1"_s};
    QTest::newRow("q in reference") << u"q=wd-ref"_s << QStringList{u"p1"_s};
    QTest::newRow("q percent is literal") << u"q=%25"_s << QStringList{u"t6"_s};
    QTest::newRow("q underscore is literal") << u"q=_"_s << QStringList{u"t6"_s};
    QTest::newRow("q with quotes") << u"q=said%20%22hi"_s << QStringList{u"t3"_s};
    QTest::newRow("from today") << u"from="_s + today << all;
    QTest::newRow("from tomorrow") << u"from="_s + tomorrow << QStringList{};
    QTest::newRow("to today includes today") << u"to="_s + today << all;
    QTest::newRow("to yesterday") << u"to="_s + yesterday << QStringList{};
    QTest::newRow("from t3 is inclusive")
        << u"type=transfer&from="_s + t3 << QStringList{u"t3"_s, u"t4"_s, u"t6"_s};
    QTest::newRow("to t3 is exclusive")
        << u"type=transfer&to="_s + t3 << QStringList{u"t1"_s, u"t2"_s};
    QTest::newRow("out to bob") << u"direction=out&counterparty="_s + bob
                                << QStringList{u"t1"_s, u"t2"_s};
    QTest::newRow("in, 1000 or more")
        << u"direction=in&min_amount=1000"_s << QStringList{u"seed"_s, u"t6"_s};
    QTest::newRow("bob, q comma") << u"counterparty="_s + bob + u"&q=,"_s << QStringList{u"t1"_s};
    QTest::newRow("everything at once")
        << u"type=transfer&status=SUCCESS&direction=out&from="_s + today + u"&to="_s + today +
               u"&counterparty="_s + bob + u"&min_amount=1&max_amount=2500&q=sum"_s
        << QStringList{u"t2"_s};
}

void TstHistory::filters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const auto ids = m_w.historyIds(u"ada"_s, query);
    QVERIFY2(ids, qPrintable(m_w.problem));
    QStringList want;
    for (const QString &label : expected)
        want.append(m_w.txns[label].value("id"_L1).toString());
    QStringList got = *ids;
    got.sort();
    want.sort();
    QCOMPARE(got, want);
}

void TstHistory::badFiltersAreRefusedByName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field");
    const QString h = u"/api/v1/wallet/history?"_s;
    const QString s = u"/api/v1/wallet/summary?"_s;
    const QString a = u"/api/v1/wallet/analytics?"_s;
    const QString c = u"/api/v1/wallet/history.csv?"_s;
    QTest::newRow("unknown type") << h + u"type=gift"_s << u"type"_s;
    QTest::newRow("unknown status") << h + u"status=DONE"_s << u"status"_s;
    QTest::newRow("bad direction") << h + u"direction=sideways"_s << u"direction"_s;
    QTest::newRow("month 13") << h + u"from=2024-13-01"_s << u"from"_s;
    QTest::newRow("30 February") << h + u"to=2024-02-30"_s << u"to"_s;
    QTest::newRow("words for a date") << h + u"from=yesterday"_s << u"from"_s;
    QTest::newRow("to before from") << h + u"from=2025-02-01&to=2025-01-01"_s << u"to"_s;
    QTest::newRow("negative amount") << h + u"min_amount=-5"_s << u"min_amount"_s;
    QTest::newRow("decimal amount") << h + u"min_amount=1.5"_s << u"min_amount"_s;
    QTest::newRow("huge amount") << h + u"max_amount=99999999999999999999"_s << u"max_amount"_s;
    QTest::newRow("max below min") << h + u"min_amount=10&max_amount=5"_s << u"max_amount"_s;
    QTest::newRow("long q") << h + u"q="_s + QString(101, u'x') << u"q"_s;
    QTest::newRow("limit 0") << h + u"limit=0"_s << u"limit"_s;
    QTest::newRow("limit 101") << h + u"limit=101"_s << u"limit"_s;
    QTest::newRow("bad cursor") << h + u"cursor=!!"_s << u"cursor"_s;
    QTest::newRow("unknown parameter") << h + u"ammount=5"_s << u"ammount"_s;
    QTest::newRow("repeated parameter") << h + u"type=fee&type=bill"_s << u"type"_s;
    QTest::newRow("csv bad status") << c + u"status=nope"_s << u"status"_s;
    QTest::newRow("csv takes no limit") << c + u"limit=5"_s << u"limit"_s;
    QTest::newRow("summary bad from") << s + u"from=2024-1-1"_s << u"from"_s;
    QTest::newRow("summary unknown parameter") << s + u"type=fee"_s << u"type"_s;
    QTest::newRow("analytics bad period") << a + u"period=year"_s << u"period"_s;
    QTest::newRow("analytics bad to") << a + u"to=soon"_s << u"to"_s;
}

void TstHistory::badFiltersAreRefusedByName()
{
    QFETCH(QString, path);
    QFETCH(QString, field);
    const qint64 before = m_w.scalar(u"SELECT count(*) FROM ledger_transactions"_s);
    const HttpResult r = m_w.get(u"ada"_s, path);
    QCOMPARE(r.status, 400);
    const QJsonObject error = r.json().value("error"_L1).toObject();
    QCOMPARE(error.value("code"_L1).toString(), u"validation_error"_s);
    QCOMPARE(error.value("field"_L1).toString(), field);
    QCOMPARE(m_w.scalar(u"SELECT count(*) FROM ledger_transactions"_s), before);
}

void TstHistory::itemsCarryDirectionAndCounterparty()
{
    const HttpResult r = m_w.get(u"ada"_s, u"/api/v1/wallet/history?limit=100"_s);
    QCOMPARE(r.status, 200);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue v : r.json().value("data"_L1).toArray())
        byId.insert(v.toObject().value("id"_L1).toString(), v.toObject());
    const QJsonObject t1 = byId.value(m_w.txns[u"t1"_s].value("id"_L1).toString());
    QCOMPARE(t1.value("direction"_L1).toString(), u"out"_s);
    QCOMPARE(t1.value("counterparty_name"_L1).toString(), u"Bob Builder"_s);
    QCOMPARE(t1.value("amount"_L1).toInteger(), 1000);
    QCOMPARE(t1.value("note"_L1).toString(), u"Rent, June"_s);
    QCOMPARE(t1.value("from_wallet"_L1).toString(), m_w.people[u"ada"_s].wallet);
    const QJsonObject t3 = byId.value(m_w.txns[u"t3"_s].value("id"_L1).toString());
    QCOMPARE(t3.value("direction"_L1).toString(), u"in"_s);
    QCOMPARE(t3.value("counterparty_name"_L1).toString(), u"Bob Builder"_s);
    const QJsonObject seed = byId.value(m_w.txns[u"seed"_s].value("id"_L1).toString());
    QCOMPARE(seed.value("direction"_L1).toString(), u"in"_s);
    QVERIFY(seed.value("counterparty_name"_L1).isNull()); // money from outside has no person
    QVERIFY(!t1.contains("from_name"_L1));                // admin-only fields
}

void TstHistory::peopleNeverSeeOtherPairs()
{
    const QString t5 = m_w.txns[u"t5"_s].value("id"_L1).toString();
    for (const QString &who : {u"ada"_s, u"bob"_s}) {
        const auto ids = m_w.historyIds(who, {});
        QVERIFY(ids);
        QVERIFY2(!ids->contains(t5), qPrintable(who));
    }
    const auto bobs = m_w.historyIds(u"bob"_s, {});
    QVERIFY(bobs);
    QStringList want{m_w.txns[u"seed_bob"_s].value("id"_L1).toString()};
    for (const QString &l : {u"t1"_s, u"t2"_s, u"t3"_s})
        want.append(m_w.txns[l].value("id"_L1).toString());
    QStringList got = *bobs;
    got.sort();
    want.sort();
    QCOMPARE(got, want);
    const auto dees = m_w.historyIds(u"dee"_s, u"counterparty="_s + m_w.people[u"cy"_s].email);
    QVERIFY(dees);
    QCOMPARE(*dees, QStringList{t5});
    // Ada naming Cy sees only her own dealings with Cy, not Cy's with Dee.
    const auto adaCy = m_w.historyIds(u"ada"_s, u"counterparty="_s + m_w.people[u"cy"_s].id);
    QVERIFY(adaCy);
    QCOMPARE(adaCy->size(), 2);
    QVERIFY(!adaCy->contains(t5));
}

void TstHistory::pagesNeverSkipOrRepeatRowsSharingATimestamp()
{
    // Eve has 250 transactions inserted in one statement: all share one created_at.
    for (const int limit : {1, 7, 100}) {
        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            QString path = u"/api/v1/wallet/history?limit=%1"_s.arg(limit);
            if (!cursor.isEmpty())
                path += u"&cursor="_s + cursor;
            const HttpResult r = m_w.get(u"eve"_s, path);
            QCOMPARE(r.status, 200);
            const QJsonArray data = r.json().value("data"_L1).toArray();
            QVERIFY(data.size() <= limit);
            for (const QJsonValue v : data)
                seen.append(v.toObject().value("id"_L1).toString());
            cursor = r.json().value("next_cursor"_L1).toString();
            QCOMPARE(r.json().value("has_more"_L1).toBool(), !cursor.isEmpty());
            ++pages;
        } while (!cursor.isEmpty() && pages < 400);
        QCOMPARE(seen.size(), HistoryWorld::kSameTimestampRows);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
        QStringList sorted = seen; // equal timestamps: newest first means id descending
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(seen, sorted);
    }
}

void TstHistory::summaryMatchesTransfers()
{
    const HttpResult r = m_w.get(u"ada"_s, u"/api/v1/wallet/summary"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject s = r.json().value("summary"_L1).toObject();
    QCOMPARE(s.value("currency"_L1).toString(), u"NGN"_s);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QCOMPARE(s.value("from"_L1).toString(),
             QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC)
                 .toString(Qt::ISODateWithMs));
    const auto flow = [&s](const char *path) {
        QJsonObject o = s;
        for (const QByteArray &key : QByteArray(path).split('.'))
            o = o.value(QLatin1StringView(key)).toObject();
        return std::pair{o.value("total"_L1).toInteger(), o.value("count"_L1).toInteger()};
    };
    QCOMPARE(flow("credits"), (std::pair<qint64, qint64>{1'000'000 + 700 + 1234, 3}));
    QCOMPARE(flow("debits"), (std::pair<qint64, qint64>{1000 + 2500 + 300, 3}));
    QCOMPARE(flow("pending.debits"), (std::pair<qint64, qint64>{5000, 1}));
    QCOMPARE(flow("pending.credits"), (std::pair<qint64, qint64>{0, 0}));
    QCOMPARE(s.value("fees"_L1).toInteger(), 0);

    const HttpResult bob = m_w.get(u"bob"_s, u"/api/v1/wallet/summary"_s);
    const QJsonObject b = bob.json().value("summary"_L1).toObject();
    QCOMPARE(b.value("credits"_L1).toObject().value("total"_L1).toInteger(), 1'003'500);
    QCOMPARE(b.value("debits"_L1).toObject().value("total"_L1).toInteger(), 700);

    const QString tomorrow = today.addDays(1).toString(Qt::ISODate);
    const HttpResult empty =
        m_w.get(u"ada"_s, u"/api/v1/wallet/summary?from=%1&to=%1"_s.arg(tomorrow)); // to: whole day
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.json()
                 .value("summary"_L1)
                 .toObject()
                 .value("credits"_L1)
                 .toObject()
                 .value("count"_L1)
                 .toInteger(),
             0);
}

void TstHistory::analyticsMatchesTransfers()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const struct
    {
        QString period;
        int buckets;
        QDate last;
    } cases[] = {{u"day"_s, 30, today},
                 {u"week"_s, 12, today.addDays(1 - today.dayOfWeek())},
                 {u"month"_s, 12, QDate(today.year(), today.month(), 1)}};
    for (const auto &c : cases) {
        const HttpResult r = m_w.get(u"ada"_s, u"/api/v1/wallet/analytics?period="_s + c.period);
        QCOMPARE(r.status, 200);
        const QJsonObject a = r.json().value("analytics"_L1).toObject();
        const QJsonArray series = a.value("series"_L1).toArray();
        QCOMPARE(series.size(), c.buckets);
        qint64 credits = 0;
        for (const QJsonValue v : series)
            credits += v.toObject().value("credits"_L1).toInteger();
        const QJsonObject last = series.last().toObject();
        QCOMPARE(last.value("bucket_start"_L1).toString(),
                 QDateTime(c.last, QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs));
        QCOMPARE(last.value("credits"_L1).toInteger(), 1'001'934);
        QCOMPARE(credits, 1'001'934); // every other bucket is empty
        QCOMPARE(last.value("debits"_L1).toInteger(), 3800);
        QCOMPARE(last.value("count"_L1).toInteger(), 6);
    }
    const HttpResult r = m_w.get(u"ada"_s, u"/api/v1/wallet/analytics"_s);
    const QJsonObject a = r.json().value("analytics"_L1).toObject();
    QCOMPARE(a.value("period"_L1).toString(), u"day"_s);
    QCOMPARE(QJsonDocument(a.value("by_type"_L1).toArray()).toJson(QJsonDocument::Compact),
             QByteArray(R"([{"count":1,"credits":1000000,"debits":0,"type":"funding"},)"
                        R"({"count":5,"credits":1934,"debits":3800,"type":"transfer"}])"));
    QCOMPARE(QJsonDocument(a.value("by_status"_L1).toArray()).toJson(QJsonDocument::Compact),
             QByteArray(R"([{"amount":5000,"count":1,"status":"PENDING"},)"
                        R"({"amount":1005734,"count":6,"status":"SUCCESS"}])"));
}

void TstHistory::analyticsRangeIsBounded()
{
    const struct
    {
        const char *query;
        int status;
        int buckets;
    } cases[] = {{"period=day&from=2024-01-01&to=2024-12-31", 200, 366},
                 {"period=day&from=2023-01-01&to=2024-01-01", 200, 366},
                 {"period=day&from=2023-01-01&to=2024-01-02", 400, 0},
                 {"period=day&from=2020-01-01&to=2021-12-31", 400, 0},
                 {"period=month&from=2020-01-01&to=2021-12-31", 200, 24},
                 {"period=week&from=2024-01-01T00:00:00Z&to=2024-01-08T00:00:00Z", 200, 1}};
    for (const auto &c : cases) {
        const HttpResult r =
            m_w.get(u"ada"_s, u"/api/v1/wallet/analytics?"_s + QLatin1StringView(c.query));
        QVERIFY2(r.status == c.status, c.query);
        if (c.status == 200)
            QCOMPARE(r.json().value("analytics"_L1).toObject().value("series"_L1).toArray().size(),
                     c.buckets);
        else
            QCOMPARE(r.json().value("error"_L1).toObject().value("field"_L1).toString(), u"from"_s);
    }
}

void TstHistory::adminSeesEveryoneWithFilters()
{
    const QString base = u"/api/v1/admin/transactions?"_s;
    const HttpResult first = m_w.get(u"root"_s, base + u"limit=5"_s);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value("data"_L1).toArray().size(), 5);
    QVERIFY(first.json().value("has_more"_L1).toBool());

    const HttpResult pending = m_w.get(u"root"_s, base + u"status=PENDING"_s);
    const QJsonArray p = pending.json().value("data"_L1).toArray();
    QCOMPARE(p.size(), 1);
    QCOMPARE(p.first().toObject().value("id"_L1).toString(), u"txn_p1_pending"_s);
    QCOMPARE(p.first().toObject().value("from_name"_L1).toString(), u"Ada Lovelace"_s);
    QVERIFY(p.first().toObject().value("to_name"_L1).isNull());

    const auto adaOwn = m_w.historyIds(u"ada"_s, {});
    QVERIFY(adaOwn);
    const HttpResult ada =
        m_w.get(u"root"_s, base + u"limit=100&user="_s + m_w.people[u"ada"_s].id);
    QStringList ids;
    for (const QJsonValue v : ada.json().value("data"_L1).toArray())
        ids.append(v.toObject().value("id"_L1).toString());
    QCOMPARE(ids, *adaOwn);

    const HttpResult pair =
        m_w.get(u"root"_s, base + u"user="_s + m_w.people[u"ada"_s].email +
                               u"&direction=out&counterparty="_s + m_w.people[u"bob"_s].email);
    QCOMPARE(pair.json().value("data"_L1).toArray().size(), 2);

    for (const auto &[query, field] : {std::pair{u"direction=in"_s, u"direction"_s},
                                       std::pair{u"counterparty=x@y.z"_s, u"counterparty"_s},
                                       std::pair{u"type=nope"_s, u"type"_s}}) {
        const HttpResult bad = m_w.get(u"root"_s, base + query);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value("error"_L1).toObject().value("field"_L1).toString(), field);
    }
}

void TstHistory::adminRoutesNeedAdmin()
{
    QCOMPARE(m_w.get(u"ada"_s, u"/api/v1/admin/transactions"_s).status, 403);
    QCOMPARE(m_w.get(u"nobody"_s, u"/api/v1/admin/transactions"_s).status, 401);
    QCOMPARE(m_w.get(u"nobody"_s, u"/api/v1/wallet/history"_s).status, 401);
    QCOMPARE(m_w.get(u"nobody"_s, u"/api/v1/wallet/history.csv"_s).status, 401);
}

void TstHistory::csvParsesBackToTheHistory()
{
    const HttpResult r = m_w.get(u"ada"_s, u"/api/v1/wallet/history.csv"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
    QVERIFY(r.header("Content-Disposition").startsWith("attachment; filename=\"paydesk-"));
    QVERIFY(r.body.endsWith("\r\n"));
    QString error;
    const auto records = parseCsv(r.body, &error);
    QVERIFY2(records, qPrintable(error));
    QCOMPARE(records->first(),
             (QStringList{u"id"_s, u"created_at"_s, u"type"_s, u"status"_s, u"direction"_s,
                          u"counterparty"_s, u"from_wallet"_s, u"to_wallet"_s, u"amount_minor"_s,
                          u"amount"_s, u"fee_minor"_s, u"fee"_s, u"currency"_s, u"reference"_s,
                          u"note"_s}));
    const auto ids = m_w.historyIds(u"ada"_s, {});
    QVERIFY(ids);
    QCOMPARE(records->size(), ids->size() + 1);
    QHash<QString, QStringList> byId;
    for (qsizetype i = 1; i < records->size(); ++i) {
        QCOMPARE(records->at(i).size(), 15);
        QCOMPARE(records->at(i).first(), ids->at(i - 1)); // same order as the JSON list
        byId.insert(records->at(i).first(), records->at(i));
    }
    const auto row = [&](const char *label) {
        return byId.value(m_w.txns[QLatin1StringView(label)].value("id"_L1).toString());
    };
    QCOMPARE(row("t1").mid(2, 4),
             (QStringList{u"transfer"_s, u"SUCCESS"_s, u"out"_s, u"Bob Builder"_s}));
    QCOMPARE(row("t1").mid(8, 5),
             (QStringList{u"1000"_s, u"10.00"_s, u"0"_s, u"0.00"_s, u"NGN"_s}));
    QCOMPARE(row("t1").at(14), u"Rent, June"_s);
    QCOMPARE(row("t2").at(14), u"'=SUM(A1)"_s); // defused for spreadsheets
    QCOMPARE(row("t3").at(14), u"He said \"hi\""_s);
    QCOMPARE(row("t4").at(14), u"line one\nline two"_s);
    QCOMPARE(row("t6").at(9), u"12.34"_s);
    QCOMPARE(row("seed").at(4), u"in"_s);
    QCOMPARE(row("p1").at(13), u"WD-REF-1"_s);
    // Filters apply to the export too.
    const HttpResult filtered = m_w.get(u"ada"_s, u"/api/v1/wallet/history.csv?direction=in"_s);
    const auto in = parseCsv(filtered.body, &error);
    QVERIFY2(in, qPrintable(error));
    QCOMPARE(in->size(), 1 + 3);
}

void TstHistory::csvOf100000RowsStreamsInFlatMemory()
{
    const qint64 pid = m_w.server->process().processId();
    const QString token = m_w.people[u"gus"_s].token;
    const QString path = u"/api/v1/wallet/history.csv"_s;
    QVERIFY(m_w.get(u"gus"_s, u"/api/v1/wallet/history.csv?q=bulk%20row%201,"_s).status == 200);
    const ProcessMemory before = processMemory(pid);
    QElapsedTimer timer;
    timer.start();
    const CsvDownload fast = downloadCsv(*m_w.server, path, token, 0);
    const qint64 fastMs = timer.elapsed();
    const ProcessMemory afterFast = processMemory(pid);
    const CsvDownload slow = downloadCsv(*m_w.server, path, token, 2000);
    const ProcessMemory afterSlow = processMemory(pid);
    qInfo("CSV of %d rows: %lld bytes in %lld ms", HistoryWorld::kBulkRows, fast.bodyBytes, fastMs);
    qInfo("paydeskd VmRSS/VmHWM KiB: before %lld/%lld, after a fast reader %lld/%lld, "
          "during a 2 s stalled reader %lld/%lld, after it %lld/%lld",
          before.rssKiB, before.hwmKiB, afterFast.rssKiB, afterFast.hwmKiB, slow.duringStall.rssKiB,
          slow.duringStall.hwmKiB, afterSlow.rssKiB, afterSlow.hwmKiB);
    for (const CsvDownload *d : {&fast, &slow}) {
        QVERIFY2(d->error.isEmpty(), qPrintable(d->error));
        QVERIFY(d->head.startsWith("HTTP/1.1 200"));
        QVERIFY(d->head.contains("Transfer-Encoding: chunked"));
        QVERIFY(!d->head.contains("Content-Length"));
        QCOMPARE(d->records, HistoryWorld::kBulkRows + 1);
        QCOMPARE(d->uniqueIds, HistoryWorld::kBulkRows);
    }
    constexpr qint64 kFlatKiB = 30 * 1024;
    QVERIFY(afterFast.hwmKiB - before.hwmKiB < kFlatKiB);
    QVERIFY(slow.duringStall.rssKiB - before.rssKiB < kFlatKiB);
    QVERIFY(afterSlow.hwmKiB - before.hwmKiB < kFlatKiB);
}

QTEST_GUILESS_MAIN(TstHistory)
#include "tst_history.moc"
