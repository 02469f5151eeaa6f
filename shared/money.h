// An amount of money: an exact integer count of minor units (paise, kobo, cents, coins) in one
// currency. Everything that holds, parses, formats or sums money in Paydesk goes through this.
// It must never use floating point, never wrap on overflow (every operation that can overflow
// returns a Result), and never mix currencies.
#pragma once

#include "currency.h"
#include "result.h"

#include <QString>
#include <QStringView>

#include <compare>

namespace paydesk {

// How applyBasisPoints settles a fraction of a minor unit. Named by direction, not by sign, so
// the same mode treats a refund (negative) like the charge it mirrors.
enum class Rounding { TowardZero, AwayFromZero, HalfAwayFromZero, HalfEven };

struct Money
{
    qint64 minor;
    Currency currency;

    static Money fromMinor(qint64 minor, Currency currency) { return Money{minor, currency}; }

    // Exact decimal text in major units, as a person types it: "12.34" in INR is 1234 paise,
    // "12" is 1200, "12.3" is 1230, "007.50" is 750. Only ASCII digits and at most one '.' with
    // digits on both sides; at most currency.exponent() fraction digits (so none for COINS).
    // No sign, spaces, grouping or exponent. Zero parses; positivity is the caller's rule.
    // Errors: errc::kInvalidAmount for bad text, errc::kOverflow beyond qint64; field "amount".
    static Result<Money> parse(QStringView text, const Currency &currency);
    // As parse, plus an optional leading '-' (never '+'). Reaches down to INT64_MIN, so every
    // toString() output parses back to the same Money.
    static Result<Money> parseSigned(QStringView text, const Currency &currency);

    // "1234.56", "-0.05", "1234" (COINS): no symbol, no grouping; what parseSigned reads back.
    QString toString() const;
    // "₹1,234.56", "-$0.05", "1,234 COINS": symbol and groups of three digits, for people.
    QString toDisplayString() const;

    bool isZero() const { return minor == 0; }
    bool isPositive() const { return minor > 0; }
    bool isNegative() const { return minor < 0; }

    // Overflow → errc::kOverflow; different currencies → errc::kCurrencyMismatch.
    Result<Money> add(const Money &other) const;
    Result<Money> subtract(const Money &other) const;
    // Fails only for INT64_MIN, whose negation does not fit.
    Result<Money> negate() const;

    // This amount × bps / 10000 (150 bps = 1.5 %), exact, then rounded once with `rounding`.
    // Overflow of the result (or of bps × 9999 for absurd bps) → errc::kOverflow.
    Result<Money> applyBasisPoints(qint64 bps, Rounding rounding) const;

    // Ordering only means something within one currency. Across currencies every relational
    // operator is false (the ordering is unordered) and == is false, so `if (balance < amount)`
    // silently passes on a mismatch: check currencies first, or use compare(), which refuses.
    friend bool operator==(const Money &, const Money &) = default;
    friend std::partial_ordering operator<=>(const Money &a, const Money &b)
    {
        if (a.currency != b.currency)
            return std::partial_ordering::unordered;
        return a.minor <=> b.minor;
    }
    // errc::kCurrencyMismatch across currencies, otherwise the order of the two amounts.
    Result<std::strong_ordering> compare(const Money &other) const;
};

} // namespace paydesk
