// Money rules as tables: exact parsing per exponent, formatting up to the qint64 edges, checked
// arithmetic, JSON amounts, and a source scan proving money never touches floating point.
#include "currency.h"
#include "jsonamount.h"
#include "money.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using paydesk::Currency;
using paydesk::Money;
using paydesk::Rounding;

Q_DECLARE_METATYPE(paydesk::Rounding)

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

Currency currencyFor(const QString &code)
{
    return Currency::fromCode(code).value();
}

// Source text with comments, string literals and character literals blanked out, so only code
// tokens remain. (Raw string literals are not used in the scanned files.)
QString codeOnly(const QString &source)
{
    static const QRegularExpression kNonCode(
        QString::fromLatin1(
            "//[^\\n]*|/\\*.*?\\*/|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'"),
        QRegularExpression::DotMatchesEverythingOption);
    QString code = source;
    return code.replace(kNonCode, u" "_s);
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currencyFromCode_data();
    void currencyFromCode();
    void currencyAllListsEveryKnownCode();

    void parseAcceptsExactDecimals_data();
    void parseAcceptsExactDecimals();
    void parseRejectsMalformedText_data();
    void parseRejectsMalformedText();
    void parseSignedReadsNegatives_data();
    void parseSignedReadsNegatives();

    void toStringIsPlainDecimal_data();
    void toStringIsPlainDecimal();
    void toDisplayStringGroupsWithSymbol_data();
    void toDisplayStringGroupsWithSymbol();
    void toStringRoundTripsThroughParseSigned_data();
    void toStringRoundTripsThroughParseSigned();

    void addChecksOverflowAtEdges_data();
    void addChecksOverflowAtEdges();
    void subtractChecksOverflowAtEdges_data();
    void subtractChecksOverflowAtEdges();
    void negateRefusesInt64Min_data();
    void negateRefusesInt64Min();
    void arithmeticRefusesCurrencyMismatch();

    void comparisonOrdersWithinCurrency();
    void comparisonAcrossCurrenciesIsUnordered();

    void applyBasisPointsRoundsOnce_data();
    void applyBasisPointsRoundsOnce();
    void applyBasisPointsRefusesOverflow();

    void amountFromJsonAcceptsPositiveIntegers_data();
    void amountFromJsonAcceptsPositiveIntegers();
    void amountFromJsonRejects_data();
    void amountFromJsonRejects();
    void amountFromJsonRejectsUnsafeIntegersInJsonText_data();
    void amountFromJsonRejectsUnsafeIntegersInJsonText();

    void noFloatingPointInMoney_data();
    void noFloatingPointInMoney();
};

void TestMoney::currencyFromCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("exponent");

    QTest::newRow("INR") << u"INR"_s << true << 2;
    QTest::newRow("NGN") << u"NGN"_s << true << 2;
    QTest::newRow("USD") << u"USD"_s << true << 2;
    QTest::newRow("EUR") << u"EUR"_s << true << 2;
    QTest::newRow("COINS") << u"COINS"_s << true << 0;
    QTest::newRow("lowercase") << u"inr"_s << false << 0;
    QTest::newRow("padded") << u" INR"_s << false << 0;
    QTest::newRow("empty") << QString() << false << 0;
    QTest::newRow("unknown") << u"GBP"_s << false << 0;
}

void TestMoney::currencyFromCode()
{
    QFETCH(QString, code);
    QFETCH(bool, known);
    QFETCH(int, exponent);

    const std::optional<Currency> currency = Currency::fromCode(code);
    QCOMPARE(currency.has_value(), known);
    if (known) {
        QCOMPARE(currency->code(), code);
        QCOMPARE(currency->exponent(), exponent);
    }
}

void TestMoney::currencyAllListsEveryKnownCode()
{
    const QList<Currency> all = Currency::all();
    QCOMPARE(all.size(), 5);
    for (const Currency &currency : all)
        QCOMPARE(Currency::fromCode(currency.code()), currency);
    QCOMPARE(Currency::inr().code(), u"INR"_s);
    QCOMPARE(Currency::coins().exponent(), 0);
    QVERIFY(Currency::usd() != Currency::eur());
}

void TestMoney::parseAcceptsExactDecimals_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");

    QTest::newRow("two decimals") << u"INR"_s << u"12.34"_s << qint64(1234);
    QTest::newRow("no decimals") << u"INR"_s << u"12"_s << qint64(1200);
    QTest::newRow("one decimal") << u"USD"_s << u"12.3"_s << qint64(1230);
    QTest::newRow("one minor unit") << u"NGN"_s << u"0.01"_s << qint64(1);
    QTest::newRow("zero") << u"EUR"_s << u"0"_s << qint64(0);
    QTest::newRow("leading zeros") << u"INR"_s << u"007.50"_s << qint64(750);
    QTest::newRow("many leading zeros")
        << u"INR"_s << u"0000000000000000000000001"_s << qint64(100);
    QTest::newRow("coins") << u"COINS"_s << u"1234"_s << qint64(1234);
    QTest::newRow("int64 max, exponent 2") << u"INR"_s << u"92233720368547758.07"_s << kMax;
    QTest::newRow("int64 max, exponent 0") << u"COINS"_s << u"9223372036854775807"_s << kMax;
}

void TestMoney::parseAcceptsExactDecimals()
{
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QFETCH(qint64, minor);

    const paydesk::Result<Money> parsed = Money::parse(text, currencyFor(currency));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->minor, minor);
    QCOMPARE(parsed->currency, currencyFor(currency));
}

void TestMoney::parseRejectsMalformedText_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    const QString invalid = QString::fromLatin1(paydesk::errc::kInvalidAmount);
    const QString overflow = QString::fromLatin1(paydesk::errc::kOverflow);
    QTest::newRow("empty") << u"INR"_s << QString() << invalid;
    QTest::newRow("space") << u"INR"_s << u" "_s << invalid;
    QTest::newRow("leading space") << u"INR"_s << u" 12"_s << invalid;
    QTest::newRow("trailing space") << u"INR"_s << u"12 "_s << invalid;
    QTest::newRow("plus") << u"INR"_s << u"+12"_s << invalid;
    QTest::newRow("minus") << u"INR"_s << u"-12"_s << invalid;
    QTest::newRow("three decimals") << u"INR"_s << u"1.234"_s << invalid;
    QTest::newRow("coins fraction") << u"COINS"_s << u"1.5"_s << invalid;
    QTest::newRow("coins zero fraction") << u"COINS"_s << u"1.0"_s << invalid;
    QTest::newRow("trailing dot") << u"INR"_s << u"1."_s << invalid;
    QTest::newRow("leading dot") << u"INR"_s << u".5"_s << invalid;
    QTest::newRow("lone dot") << u"INR"_s << u"."_s << invalid;
    QTest::newRow("two dots") << u"INR"_s << u"1.2.3"_s << invalid;
    QTest::newRow("exponent") << u"INR"_s << u"1e3"_s << invalid;
    QTest::newRow("grouping") << u"INR"_s << u"1,000"_s << invalid;
    QTest::newRow("comma decimal") << u"EUR"_s << u"1,50"_s << invalid;
    QTest::newRow("arabic-indic digits") << u"INR"_s << u"\u0661\u0662"_s << invalid;
    QTest::newRow("devanagari digit") << u"INR"_s << u"1\u0966"_s << invalid;
    QTest::newRow("fullwidth digit") << u"INR"_s << u"\uFF11"_s << invalid;
    QTest::newRow("hex") << u"INR"_s << u"0x10"_s << invalid;
    QTest::newRow("nan") << u"INR"_s << u"nan"_s << invalid;
    QTest::newRow("just above int64 max") << u"INR"_s << u"92233720368547758.08"_s << overflow;
    QTest::newRow("coins above int64 max") << u"COINS"_s << u"9223372036854775808"_s << overflow;
    QTest::newRow("huge") << u"USD"_s << u"99999999999999999999999999"_s << overflow;
    QTest::newRow("huge and malformed") << u"USD"_s << u"99999999999999999999999x"_s << invalid;
}

void TestMoney::parseRejectsMalformedText()
{
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QFETCH(QString, code);

    const paydesk::Result<Money> parsed = Money::parse(text, currencyFor(currency));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
    QCOMPARE(parsed.error().field, u"amount"_s);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestMoney::parseSignedReadsNegatives_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("minor");

    QTest::newRow("positive") << u"INR"_s << u"12.34"_s << true << qint64(1234);
    QTest::newRow("negative") << u"INR"_s << u"-12.34"_s << true << qint64(-1234);
    QTest::newRow("negative minor unit") << u"USD"_s << u"-0.05"_s << true << qint64(-5);
    QTest::newRow("negative zero") << u"USD"_s << u"-0"_s << true << qint64(0);
    QTest::newRow("int64 min") << u"INR"_s << u"-92233720368547758.08"_s << true << kMin;
    QTest::newRow("coins int64 min") << u"COINS"_s << u"-9223372036854775808"_s << true << kMin;
    QTest::newRow("below int64 min")
        << u"INR"_s << u"-92233720368547758.09"_s << false << qint64(0);
    QTest::newRow("positive int64 min magnitude")
        << u"INR"_s << u"92233720368547758.08"_s << false << qint64(0);
    QTest::newRow("bare minus") << u"INR"_s << u"-"_s << false << qint64(0);
    QTest::newRow("double minus") << u"INR"_s << u"--1"_s << false << qint64(0);
    QTest::newRow("plus") << u"INR"_s << u"+1"_s << false << qint64(0);
    QTest::newRow("space after minus") << u"INR"_s << u"- 1"_s << false << qint64(0);
    QTest::newRow("negative, three decimals") << u"INR"_s << u"-1.234"_s << false << qint64(0);
}

void TestMoney::parseSignedReadsNegatives()
{
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, minor);

    const paydesk::Result<Money> parsed = Money::parseSigned(text, currencyFor(currency));
    QCOMPARE(parsed.ok(), ok);
    if (ok)
        QCOMPARE(parsed->minor, minor);
}

void TestMoney::toStringIsPlainDecimal_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("text");

    QTest::newRow("inr") << u"INR"_s << qint64(123456) << u"1234.56"_s;
    QTest::newRow("zero") << u"INR"_s << qint64(0) << u"0.00"_s;
    QTest::newRow("one minor unit") << u"USD"_s << qint64(1) << u"0.01"_s;
    QTest::newRow("ten minor units") << u"USD"_s << qint64(10) << u"0.10"_s;
    QTest::newRow("negative minor unit") << u"USD"_s << qint64(-5) << u"-0.05"_s;
    QTest::newRow("negative") << u"EUR"_s << qint64(-123456) << u"-1234.56"_s;
    QTest::newRow("coins") << u"COINS"_s << qint64(1234) << u"1234"_s;
    QTest::newRow("coins negative") << u"COINS"_s << qint64(-7) << u"-7"_s;
    QTest::newRow("int64 max") << u"INR"_s << kMax << u"92233720368547758.07"_s;
    QTest::newRow("int64 min") << u"INR"_s << kMin << u"-92233720368547758.08"_s;
    QTest::newRow("coins int64 min") << u"COINS"_s << kMin << u"-9223372036854775808"_s;
}

void TestMoney::toStringIsPlainDecimal()
{
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(QString, text);

    QCOMPARE(Money::fromMinor(minor, currencyFor(currency)).toString(), text);
}

void TestMoney::toDisplayStringGroupsWithSymbol_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("text");

    QTest::newRow("inr") << u"INR"_s << qint64(123456) << u"\u20B91,234.56"_s;
    QTest::newRow("usd") << u"USD"_s << qint64(123456) << u"$1,234.56"_s;
    QTest::newRow("ngn") << u"NGN"_s << qint64(123456) << u"\u20A61,234.56"_s;
    QTest::newRow("eur") << u"EUR"_s << qint64(123456) << u"\u20AC1,234.56"_s;
    QTest::newRow("coins") << u"COINS"_s << qint64(1234) << u"1,234 COINS"_s;
    QTest::newRow("three digits") << u"USD"_s << qint64(99999) << u"$999.99"_s;
    QTest::newRow("exactly a thousand") << u"COINS"_s << qint64(1000) << u"1,000 COINS"_s;
    QTest::newRow("million") << u"USD"_s << qint64(123456789) << u"$1,234,567.89"_s;
    QTest::newRow("small") << u"USD"_s << qint64(5) << u"$0.05"_s;
    QTest::newRow("zero coins") << u"COINS"_s << qint64(0) << u"0 COINS"_s;
    QTest::newRow("negative") << u"INR"_s << qint64(-123456) << u"-\u20B91,234.56"_s;
    QTest::newRow("negative coins") << u"COINS"_s << qint64(-1234) << u"-1,234 COINS"_s;
    QTest::newRow("int64 max") << u"USD"_s << kMax << u"$92,233,720,368,547,758.07"_s;
    QTest::newRow("int64 min") << u"USD"_s << kMin << u"-$92,233,720,368,547,758.08"_s;
    QTest::newRow("coins int64 max") << u"COINS"_s << kMax << u"9,223,372,036,854,775,807 COINS"_s;
    QTest::newRow("coins int64 min") << u"COINS"_s << kMin << u"-9,223,372,036,854,775,808 COINS"_s;
}

void TestMoney::toDisplayStringGroupsWithSymbol()
{
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(QString, text);

    QCOMPARE(Money::fromMinor(minor, currencyFor(currency)).toDisplayString(), text);
}

void TestMoney::toStringRoundTripsThroughParseSigned_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");

    for (const Currency &currency : Currency::all()) {
        for (qint64 minor : {kMin, kMin + 1, qint64(-100), qint64(-1), qint64(0), qint64(1),
                             qint64(99), qint64(100), kMax - 1, kMax}) {
            QTest::addRow("%s %lld", qPrintable(currency.code()), static_cast<long long>(minor))
                << currency.code() << minor;
        }
    }
}

void TestMoney::toStringRoundTripsThroughParseSigned()
{
    QFETCH(QString, currency);
    QFETCH(qint64, minor);

    const Money money = Money::fromMinor(minor, currencyFor(currency));
    const paydesk::Result<Money> parsed = Money::parseSigned(money.toString(), money.currency);
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed, money);
}

void TestMoney::addChecksOverflowAtEdges_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("sum");

    QTest::newRow("ordinary") << qint64(1234) << qint64(66) << true << qint64(1300);
    QTest::newRow("to int64 max") << kMax - 1 << qint64(1) << true << kMax;
    QTest::newRow("past int64 max") << kMax << qint64(1) << false << qint64(0);
    QTest::newRow("max plus max") << kMax << kMax << false << qint64(0);
    QTest::newRow("to int64 min") << kMin + 1 << qint64(-1) << true << kMin;
    QTest::newRow("past int64 min") << kMin << qint64(-1) << false << qint64(0);
    QTest::newRow("min plus min") << kMin << kMin << false << qint64(0);
    QTest::newRow("min plus max") << kMin << kMax << true << qint64(-1);
}

void TestMoney::addChecksOverflowAtEdges()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, ok);
    QFETCH(qint64, sum);

    const paydesk::Result<Money> result =
        Money::fromMinor(a, Currency::inr()).add(Money::fromMinor(b, Currency::inr()));
    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(*result, Money::fromMinor(sum, Currency::inr()));
    else
        QCOMPARE(result.error().code, QString::fromLatin1(paydesk::errc::kOverflow));
}

void TestMoney::subtractChecksOverflowAtEdges_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("difference");

    QTest::newRow("ordinary") << qint64(1300) << qint64(66) << true << qint64(1234);
    QTest::newRow("below zero") << qint64(5) << qint64(10) << true << qint64(-5);
    QTest::newRow("to int64 min") << kMin + 1 << qint64(1) << true << kMin;
    QTest::newRow("past int64 min") << kMin << qint64(1) << false << qint64(0);
    QTest::newRow("zero minus int64 min") << qint64(0) << kMin << false << qint64(0);
    QTest::newRow("minus one minus int64 min") << qint64(-1) << kMin << true << kMax;
    QTest::newRow("past int64 max") << kMax << qint64(-1) << false << qint64(0);
    QTest::newRow("max minus min") << kMax << kMin << false << qint64(0);
}

void TestMoney::subtractChecksOverflowAtEdges()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, ok);
    QFETCH(qint64, difference);

    const paydesk::Result<Money> result =
        Money::fromMinor(a, Currency::usd()).subtract(Money::fromMinor(b, Currency::usd()));
    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(*result, Money::fromMinor(difference, Currency::usd()));
    else
        QCOMPARE(result.error().code, QString::fromLatin1(paydesk::errc::kOverflow));
}

void TestMoney::negateRefusesInt64Min_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("negated");

    QTest::newRow("positive") << qint64(5) << true << qint64(-5);
    QTest::newRow("zero") << qint64(0) << true << qint64(0);
    QTest::newRow("int64 max") << kMax << true << kMin + 1;
    QTest::newRow("int64 min + 1") << kMin + 1 << true << kMax;
    QTest::newRow("int64 min") << kMin << false << qint64(0);
}

void TestMoney::negateRefusesInt64Min()
{
    QFETCH(qint64, minor);
    QFETCH(bool, ok);
    QFETCH(qint64, negated);

    const paydesk::Result<Money> result = Money::fromMinor(minor, Currency::ngn()).negate();
    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(result->minor, negated);
    else
        QCOMPARE(result.error().code, QString::fromLatin1(paydesk::errc::kOverflow));
}

void TestMoney::arithmeticRefusesCurrencyMismatch()
{
    const Money rupees = Money::fromMinor(100, Currency::inr());
    const Money dollars = Money::fromMinor(100, Currency::usd());
    const QString mismatch = QString::fromLatin1(paydesk::errc::kCurrencyMismatch);

    const paydesk::Result<Money> sum = rupees.add(dollars);
    QVERIFY(!sum.ok());
    QCOMPARE(sum.error().code, mismatch);
    QVERIFY(sum.error().message.contains(u"INR"_s));
    QVERIFY(sum.error().message.contains(u"USD"_s));

    const paydesk::Result<Money> difference = rupees.subtract(dollars);
    QVERIFY(!difference.ok());
    QCOMPARE(difference.error().code, mismatch);

    // Mismatch is reported before overflow: the currencies are the first thing wrong.
    const paydesk::Result<Money> both =
        Money::fromMinor(kMax, Currency::coins()).add(Money::fromMinor(kMax, Currency::eur()));
    QCOMPARE(both.error().code, mismatch);
}

void TestMoney::comparisonOrdersWithinCurrency()
{
    const Money small = Money::fromMinor(100, Currency::inr());
    const Money large = Money::fromMinor(kMax, Currency::inr());
    QVERIFY(small < large);
    QVERIFY(large > small);
    QVERIFY(small <= small);
    QVERIFY(small == Money::fromMinor(100, Currency::inr()));
    QVERIFY(small != large);
    QVERIFY(Money::fromMinor(kMin, Currency::inr()) < Money::fromMinor(-1, Currency::inr()));
    QCOMPARE(*small.compare(large), std::strong_ordering::less);
    QCOMPARE(*large.compare(small), std::strong_ordering::greater);
    QCOMPARE(*small.compare(small), std::strong_ordering::equal);
}

void TestMoney::comparisonAcrossCurrenciesIsUnordered()
{
    const Money rupees = Money::fromMinor(100, Currency::inr());
    const Money dollars = Money::fromMinor(100, Currency::usd());
    QVERIFY(!(rupees == dollars));
    QVERIFY(rupees != dollars);
    QVERIFY(!(rupees < dollars));
    QVERIFY(!(rupees > dollars));
    QVERIFY(!(rupees <= dollars));
    QVERIFY(!(rupees >= dollars));
    QVERIFY(std::is_neq(rupees <=> dollars));
    QCOMPARE(rupees <=> dollars, std::partial_ordering::unordered);

    const paydesk::Result<std::strong_ordering> order = rupees.compare(dollars);
    QVERIFY(!order.ok());
    QCOMPARE(order.error().code, QString::fromLatin1(paydesk::errc::kCurrencyMismatch));
}

void TestMoney::applyBasisPointsRoundsOnce_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("bps");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<qint64>("result");

    // 1.5 % of 1000.00 is exactly 15.00.
    QTest::newRow("exact") << qint64(100000) << qint64(150) << Rounding::TowardZero << qint64(1500);
    QTest::newRow("zero bps") << qint64(12345) << qint64(0) << Rounding::AwayFromZero << qint64(0);
    QTest::newRow("whole") << qint64(12345) << qint64(10000) << Rounding::TowardZero
                           << qint64(12345);
    // 2.5 % of 0.99 is 0.02475.
    QTest::newRow("fraction toward zero")
        << qint64(99) << qint64(250) << Rounding::TowardZero << qint64(2);
    QTest::newRow("fraction away from zero")
        << qint64(99) << qint64(250) << Rounding::AwayFromZero << qint64(3);
    QTest::newRow("fraction half away")
        << qint64(99) << qint64(250) << Rounding::HalfAwayFromZero << qint64(2);
    QTest::newRow("half away from zero")
        << qint64(1) << qint64(5000) << Rounding::HalfAwayFromZero << qint64(1);
    QTest::newRow("half even, down to 0")
        << qint64(1) << qint64(5000) << Rounding::HalfEven << qint64(0);
    QTest::newRow("half even, up to 2")
        << qint64(3) << qint64(5000) << Rounding::HalfEven << qint64(2);
    QTest::newRow("half even, above half")
        << qint64(1) << qint64(5001) << Rounding::HalfEven << qint64(1);
    QTest::newRow("negative half away")
        << qint64(-1) << qint64(5000) << Rounding::HalfAwayFromZero << qint64(-1);
    QTest::newRow("negative away")
        << qint64(-99) << qint64(250) << Rounding::AwayFromZero << qint64(-3);
    QTest::newRow("negative toward zero")
        << qint64(-99) << qint64(250) << Rounding::TowardZero << qint64(-2);
    QTest::newRow("negative half even")
        << qint64(-3) << qint64(5000) << Rounding::HalfEven << qint64(-2);
    QTest::newRow("int64 max whole") << kMax << qint64(10000) << Rounding::TowardZero << kMax;
    QTest::newRow("int64 min whole") << kMin << qint64(10000) << Rounding::TowardZero << kMin;
    QTest::newRow("int64 max half")
        << kMax << qint64(5000) << Rounding::HalfEven << qint64(4611686018427387904);
}

void TestMoney::applyBasisPointsRoundsOnce()
{
    QFETCH(qint64, minor);
    QFETCH(qint64, bps);
    QFETCH(Rounding, rounding);
    QFETCH(qint64, result);

    const paydesk::Result<Money> applied =
        Money::fromMinor(minor, Currency::inr()).applyBasisPoints(bps, rounding);
    QVERIFY(applied.ok());
    QCOMPARE(*applied, Money::fromMinor(result, Currency::inr()));
}

void TestMoney::applyBasisPointsRefusesOverflow()
{
    const QString overflow = QString::fromLatin1(paydesk::errc::kOverflow);
    const Money max = Money::fromMinor(kMax, Currency::usd());
    QCOMPARE(max.applyBasisPoints(10001, Rounding::TowardZero).error().code, overflow);
    QCOMPARE(max.applyBasisPoints(kMax, Rounding::TowardZero).error().code, overflow);
    QCOMPARE(Money::fromMinor(kMin, Currency::usd())
                 .applyBasisPoints(-10000, Rounding::TowardZero)
                 .error()
                 .code,
             overflow);
}

void TestMoney::amountFromJsonAcceptsPositiveIntegers_data()
{
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<qint64>("amount");

    QTest::newRow("one") << QJsonValue(1) << qint64(1);
    QTest::newRow("50000") << QJsonValue(50000) << qint64(50000);
    QTest::newRow("qint64 value") << QJsonValue(qint64(123456789012)) << qint64(123456789012);
    QTest::newRow("integral double") << QJsonValue(2.0) << qint64(2);
    QTest::newRow("2^53 - 1") << QJsonValue(paydesk::kMaxJsonAmount) << paydesk::kMaxJsonAmount;
}

void TestMoney::amountFromJsonAcceptsPositiveIntegers()
{
    QFETCH(QJsonValue, json);
    QFETCH(qint64, amount);

    const paydesk::Result<qint64> parsed = paydesk::amountFromJson(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(*parsed, amount);
}

void TestMoney::amountFromJsonRejects_data()
{
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("message");

    const double infinity = std::numeric_limits<double>::infinity();
    QTest::newRow("zero") << QJsonValue(0) << u"amount must be positive"_s;
    QTest::newRow("negative zero") << QJsonValue(-0.0) << u"amount must be positive"_s;
    QTest::newRow("negative") << QJsonValue(-5) << u"amount must be positive"_s;
    QTest::newRow("int64 min") << QJsonValue(kMin) << u"amount must be positive"_s;
    QTest::newRow("fraction") << QJsonValue(1.5) << u"whole number"_s;
    QTest::newRow("tiny fraction") << QJsonValue(0.01) << u"whole number"_s;
    QTest::newRow("negative fraction") << QJsonValue(-1.5) << u"whole number"_s;
    QTest::newRow("2^53") << QJsonValue(9007199254740992.0) << u"2^53 - 1"_s;
    // 2^53 + 1 has no double of its own: it becomes 2^53 on the way in and must not pass.
    QTest::newRow("2^53 + 1 via double") << QJsonValue(double(9007199254740993LL)) << u"2^53 - 1"_s;
    QTest::newRow("2^53 + 1 as qint64") << QJsonValue(qint64(9007199254740993LL)) << u"2^53 - 1"_s;
    QTest::newRow("int64 max") << QJsonValue(kMax) << u"2^53 - 1"_s;
    QTest::newRow("1e300") << QJsonValue(1e300) << u"2^53 - 1"_s;
    QTest::newRow("nan") << QJsonValue(std::numeric_limits<double>::quiet_NaN()) << u"finite"_s;
    QTest::newRow("infinity") << QJsonValue(infinity) << u"finite"_s;
    QTest::newRow("minus infinity") << QJsonValue(-infinity) << u"finite"_s;
    QTest::newRow("string") << QJsonValue(u"100"_s) << u"not a string"_s;
    QTest::newRow("true") << QJsonValue(true) << u"not a boolean"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"not null"_s;
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << u"not missing"_s;
    QTest::newRow("array") << QJsonValue(QJsonArray{1}) << u"not an array"_s;
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"value"_s, 1}}) << u"not an object"_s;
}

void TestMoney::amountFromJsonRejects()
{
    QFETCH(QJsonValue, json);
    QFETCH(QString, message);

    const paydesk::Result<qint64> parsed = paydesk::amountFromJson(json);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QString::fromLatin1(paydesk::errc::kInvalidAmount));
    QCOMPARE(parsed.error().field, u"amount"_s);
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void TestMoney::amountFromJsonRejectsUnsafeIntegersInJsonText_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("amount");

    QTest::newRow("50000") << QByteArray("{\"amount\": 50000}") << true << qint64(50000);
    QTest::newRow("2^53 - 1") << QByteArray("{\"amount\": 9007199254740991}") << true
                              << paydesk::kMaxJsonAmount;
    QTest::newRow("2^53") << QByteArray("{\"amount\": 9007199254740992}") << false << qint64(0);
    QTest::newRow("2^53 + 1") << QByteArray("{\"amount\": 9007199254740993}") << false << qint64(0);
    QTest::newRow("beyond qint64")
        << QByteArray("{\"amount\": 99999999999999999999}") << false << qint64(0);
    QTest::newRow("fraction") << QByteArray("{\"amount\": 500.5}") << false << qint64(0);
    QTest::newRow("string") << QByteArray("{\"amount\": \"500\"}") << false << qint64(0);
    QTest::newRow("absent") << QByteArray("{\"amonut\": 500}") << false << qint64(0);
}

void TestMoney::amountFromJsonRejectsUnsafeIntegersInJsonText()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(qint64, amount);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const paydesk::Result<qint64> parsed =
        paydesk::amountFromJson(document.object().value(u"amount"_s));
    QCOMPARE(parsed.ok(), ok);
    if (ok)
        QCOMPARE(*parsed, amount);
}

void TestMoney::noFloatingPointInMoney_data()
{
    QTest::addColumn<QString>("file");

    // jsonamount.cpp is left out on purpose: it must read QJsonValue::toDouble (see its header).
    for (const char *file :
         {"money.h", "money.cpp", "currency.h", "currency.cpp", "jsonamount.h"}) {
        QTest::newRow(file) << QString::fromLatin1(file);
    }
}

void TestMoney::noFloatingPointInMoney()
{
    QFETCH(QString, file);

    QFile source(QString::fromUtf8(PAYDESK_SOURCE_DIR) + u"/shared/"_s + file);
    QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.fileName()));
    const QString code = codeOnly(QString::fromUtf8(source.readAll()));
    QVERIFY(!code.trimmed().isEmpty());

    static const QRegularExpression kForbidden(QString::fromLatin1(
        "\\b(double|float|qreal|qfloat16|toDouble|toFloat|stod|stof|stold|strtod|strtof|atof)\\b"));
    const QRegularExpressionMatch match = kForbidden.match(code);
    QVERIFY2(!match.hasMatch(),
             qPrintable(u"%1 uses floating point: %2"_s.arg(file, match.captured(1))));
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
