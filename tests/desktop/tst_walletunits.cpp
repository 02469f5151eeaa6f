// The wallet's rules that need no server: typed amounts become exact minor units (or a
// sentence), and IdempotentCall's pauses grow, are bounded, honour Retry-After, and only
// answers that leave the outcome open are repeated.
#include "apiclient.h"
#include "idempotentcall.h"
#include "moneytext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_WalletUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moneyTextReadsAmountsExactly_data();
    void moneyTextReadsAmountsExactly();
    void retryPauseGrowsAndIsBounded();
};

void tst_WalletUnits::moneyTextReadsAmountsExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("whole") << u"1250"_s << u"NGN"_s << true << qint64(125000);
    QTest::newRow("decimals") << u"12.34"_s << u"NGN"_s << true << qint64(1234);
    QTest::newRow("grouped") << u"1,250.50"_s << u"NGN"_s << true << qint64(125050);
    QTest::newRow("symbol") << u"₦ 99.9"_s << u"NGN"_s << true << qint64(9990);
    QTest::newRow("no float drift") << u"0.29"_s << u"USD"_s << true << qint64(29);
    QTest::newRow("large exact") << u"90071992547409.93"_s << u"NGN"_s << true
                                 << qint64(9007199254740993);
    QTest::newRow("three decimals") << u"1.234"_s << u"NGN"_s << false << qint64(0);
    QTest::newRow("coins decimals") << u"1.5"_s << u"COINS"_s << false << qint64(0);
    QTest::newRow("zero") << u"0.00"_s << u"NGN"_s << false << qint64(0);
    QTest::newRow("negative") << u"-5"_s << u"NGN"_s << false << qint64(0);
    QTest::newRow("letters") << u"12a"_s << u"NGN"_s << false << qint64(0);
    QTest::newRow("empty") << u""_s << u"NGN"_s << false << qint64(0);
    QTest::newRow("overflow") << u"999999999999999999999"_s << u"NGN"_s << false << qint64(0);
}

void tst_WalletUnits::moneyTextReadsAmountsExactly()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, valid);
    QFETCH(qint64, minor);
    QString error;
    const auto parsed = MoneyText::parse(text, currency, &error);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(*parsed, minor);
        QCOMPARE(MoneyText::check(text, currency).value(u"minor"_s).toString(),
                 QString::number(minor));
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void tst_WalletUnits::retryPauseGrowsAndIsBounded()
{
    IdempotentCall call(nullptr, {}, {}, "k");
    QCOMPARE(call.pauseBefore(2, 0).count(), 500);
    QCOMPARE(call.pauseBefore(3, 0).count(), 1000);
    QCOMPARE(call.pauseBefore(5, 0).count(), 4000);
    QCOMPARE(call.pauseBefore(9, 0).count(), 8000);
    QCOMPARE(call.pauseBefore(2, 3).count(), 3000); // Retry-After wins when longer
    ApiResponse lost;
    QVERIFY(IdempotentCall::inconclusive(lost));
    lost.reached = true;
    lost.status = 503;
    QVERIFY(IdempotentCall::inconclusive(lost));
    lost.status = 402;
    QVERIFY(!IdempotentCall::inconclusive(lost));
    lost.status = 201;
    QVERIFY(!IdempotentCall::inconclusive(lost));
}

QTEST_GUILESS_MAIN(tst_WalletUnits)
#include "tst_walletunits.moc"
