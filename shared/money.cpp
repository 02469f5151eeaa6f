#include "money.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

constexpr qint64 kBasisPointsPerWhole = 10000;
// The magnitude of INT64_MIN, which only a negative amount may reach.
constexpr quint64 kMaxNegativeMagnitude = quint64(std::numeric_limits<qint64>::max()) + 1;

Error invalidAmount(const QString &message)
{
    return Error::make(errc::kInvalidAmount, message, u"amount"_s);
}

Error overflow()
{
    return Error::make(errc::kOverflow, u"amount is too large"_s, u"amount"_s);
}

Error currencyMismatch(const Currency &a, const Currency &b)
{
    return Error::make(errc::kCurrencyMismatch,
                       u"cannot combine %1 with %2"_s.arg(a.code(), b.code()));
}

bool isAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        // QChar::isDigit would accept Arabic-Indic and other digits; amounts are ASCII only.
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

// Appends one decimal digit, refusing to pass `limit` (checked, never wrapping).
bool appendDigit(quint64 &value, char16_t digit, quint64 limit)
{
    return !__builtin_mul_overflow(value, 10u, &value) &&
           !__builtin_add_overflow(value, quint64(digit - u'0'), &value) && value <= limit;
}

// Unsigned decimal text → minor units, at most `limit`. Syntax is checked before any arithmetic
// so malformed text always reports kInvalidAmount, even when it is also very long.
Result<quint64> parseMagnitude(QStringView text, const Currency &currency, quint64 limit)
{
    if (text.isEmpty())
        return invalidAmount(u"amount is empty"_s);
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.first(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.sliced(dot + 1);
    if (whole.isEmpty() || (dot >= 0 && fraction.isEmpty()) || !isAsciiDigits(whole) ||
        !isAsciiDigits(fraction)) {
        return invalidAmount(u"amount must be digits with an optional decimal point, like 12.34"_s);
    }
    const int exponent = currency.exponent();
    if (fraction.size() > exponent) {
        return invalidAmount(exponent == 0 ? u"%1 amounts are whole numbers"_s.arg(currency.code())
                                           : u"%1 amounts have at most %2 decimal places"_s.arg(
                                                 currency.code(), QString::number(exponent)));
    }
    quint64 value = 0;
    for (QChar c : whole) {
        if (!appendDigit(value, c.unicode(), limit))
            return overflow();
    }
    // Pad the fraction with zeros up to the exponent: "12.3" in INR is 1230.
    for (qsizetype i = 0; i < exponent; ++i) {
        const char16_t digit = i < fraction.size() ? fraction[i].unicode() : u'0';
        if (!appendDigit(value, digit, limit))
            return overflow();
    }
    return value;
}

// |minor| without overflow: unsigned negation is defined for INT64_MIN too.
quint64 magnitudeOf(qint64 minor)
{
    return minor < 0 ? 0 - quint64(minor) : quint64(minor);
}

enum class Grouping { None, Thousands };

QString groupedByThousands(const QString &digits)
{
    QString grouped;
    grouped.reserve(digits.size() + digits.size() / 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped.append(u',');
        grouped.append(digits[i]);
    }
    return grouped;
}

QString formatMagnitude(quint64 magnitude, int exponent, Grouping grouping)
{
    QString digits = QString::number(magnitude);
    if (digits.size() <= exponent) // 5 paise → "005" → "0.05"
        digits.prepend(QString(exponent + 1 - digits.size(), u'0'));
    const QString whole = digits.first(digits.size() - exponent);
    QString text = grouping == Grouping::Thousands ? groupedByThousands(whole) : whole;
    if (exponent > 0)
        text += u'.' + digits.last(exponent);
    return text;
}

// Whether a result truncated toward zero moves one unit away from zero, given the dropped
// fraction `rest` / kBasisPointsPerWhole (same sign as the exact result, never zero here).
bool roundsAwayFromZero(Rounding rounding, qint64 rest, qint64 truncated)
{
    const qint64 twiceRest = 2 * (rest < 0 ? -rest : rest);
    switch (rounding) {
    case Rounding::TowardZero:
        return false;
    case Rounding::AwayFromZero:
        return true;
    case Rounding::HalfAwayFromZero:
        return twiceRest >= kBasisPointsPerWhole;
    case Rounding::HalfEven:
        return twiceRest > kBasisPointsPerWhole ||
               (twiceRest == kBasisPointsPerWhole && truncated % 2 != 0);
    }
    return false;
}

} // namespace

Result<Money> Money::parse(QStringView text, const Currency &currency)
{
    const Result<quint64> magnitude =
        parseMagnitude(text, currency, quint64(std::numeric_limits<qint64>::max()));
    if (!magnitude)
        return magnitude.error();
    return Money{qint64(*magnitude), currency};
}

Result<Money> Money::parseSigned(QStringView text, const Currency &currency)
{
    if (!text.startsWith(u'-'))
        return parse(text, currency);
    const Result<quint64> magnitude =
        parseMagnitude(text.sliced(1), currency, kMaxNegativeMagnitude);
    if (!magnitude)
        return magnitude.error();
    // Modular conversion (defined since C++20) maps 2^63 to INT64_MIN.
    return Money{qint64(0 - *magnitude), currency};
}

QString Money::toString() const
{
    const QString number = formatMagnitude(magnitudeOf(minor), currency.exponent(), Grouping::None);
    return minor < 0 ? u'-' + number : number;
}

QString Money::toDisplayString() const
{
    const QString number =
        formatMagnitude(magnitudeOf(minor), currency.exponent(), Grouping::Thousands);
    const QString text = currency.displayPrefix() + number + currency.displaySuffix();
    return minor < 0 ? u'-' + text : text;
}

Result<Money> Money::add(const Money &other) const
{
    if (currency != other.currency)
        return currencyMismatch(currency, other.currency);
    qint64 sum = 0;
    if (__builtin_add_overflow(minor, other.minor, &sum))
        return overflow();
    return Money{sum, currency};
}

Result<Money> Money::subtract(const Money &other) const
{
    if (currency != other.currency)
        return currencyMismatch(currency, other.currency);
    qint64 difference = 0;
    if (__builtin_sub_overflow(minor, other.minor, &difference))
        return overflow();
    return Money{difference, currency};
}

Result<Money> Money::negate() const
{
    qint64 negated = 0;
    if (__builtin_sub_overflow(qint64(0), minor, &negated))
        return overflow();
    return Money{negated, currency};
}

Result<Money> Money::applyBasisPoints(qint64 bps, Rounding rounding) const
{
    // minor = quotient × 10000 + remainder, both with the sign of minor, so the two partial
    // products share a sign and truncated + rest / 10000 is the exact result.
    const qint64 quotient = minor / kBasisPointsPerWhole;
    const qint64 remainder = minor % kBasisPointsPerWhole;
    qint64 whole = 0;
    qint64 partial = 0;
    qint64 truncated = 0;
    if (__builtin_mul_overflow(quotient, bps, &whole) ||
        __builtin_mul_overflow(remainder, bps, &partial) ||
        __builtin_add_overflow(whole, partial / kBasisPointsPerWhole, &truncated)) {
        return overflow();
    }
    const qint64 rest = partial % kBasisPointsPerWhole;
    if (rest == 0 || !roundsAwayFromZero(rounding, rest, truncated))
        return Money{truncated, currency};
    qint64 rounded = 0;
    if (__builtin_add_overflow(truncated, qint64(rest < 0 ? -1 : 1), &rounded))
        return overflow();
    return Money{rounded, currency};
}

Result<std::strong_ordering> Money::compare(const Money &other) const
{
    if (currency != other.currency)
        return currencyMismatch(currency, other.currency);
    return minor <=> other.minor;
}

} // namespace paydesk
