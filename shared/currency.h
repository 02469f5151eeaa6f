// The currencies Paydesk moves money in: an ISO-4217-like code and its exponent (the number of
// minor-unit digits: INR 2 means 1 rupee = 100 paise). The set is closed and fixed at build time;
// a Currency can only be obtained from that set, so holding one means the code is known.
// It must never carry an exchange rate or convert: money of two currencies never mixes.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace paydesk {

namespace detail {
struct CurrencyInfo;
} // namespace detail

class Currency
{
public:
    // Case-sensitive: "INR" is known, "inr" and " INR" are not (nullopt).
    static std::optional<Currency> fromCode(QStringView code);
    static QList<Currency> all();

    static Currency inr();
    static Currency ngn();
    static Currency usd();
    static Currency eur();
    static Currency coins();

    QString code() const;
    // Digits after the decimal point: 2 for INR/NGN/USD/EUR, 0 for COINS.
    int exponent() const;
    // For display only: "₹" before the amount, or " COINS" after it. One of them is empty.
    QStringView displayPrefix() const;
    QStringView displaySuffix() const;

    // Each known currency has exactly one table entry, so identity is equality.
    friend bool operator==(Currency, Currency) = default;

private:
    explicit Currency(const detail::CurrencyInfo *info)
        : m_info(info)
    {}

    const detail::CurrencyInfo *m_info;
};

} // namespace paydesk
