#include "currency.h"

#include <array>

namespace paydesk {

namespace detail {
struct CurrencyInfo
{
    QStringView code;
    int exponent;
    QStringView displayPrefix;
    QStringView displaySuffix;
};
} // namespace detail

namespace {

// Symbols are written as escapes so the source stays ASCII.
constexpr std::array<detail::CurrencyInfo, 5> kCurrencies{{
    {u"INR", 2, u"\u20B9", u""},
    {u"NGN", 2, u"\u20A6", u""},
    {u"USD", 2, u"$", u""},
    {u"EUR", 2, u"\u20AC", u""},
    {u"COINS", 0, u"", u" COINS"},
}};

} // namespace

std::optional<Currency> Currency::fromCode(QStringView code)
{
    for (const detail::CurrencyInfo &info : kCurrencies) {
        if (info.code == code)
            return Currency(&info);
    }
    return std::nullopt;
}

QList<Currency> Currency::all()
{
    QList<Currency> currencies;
    currencies.reserve(qsizetype(kCurrencies.size()));
    for (const detail::CurrencyInfo &info : kCurrencies)
        currencies.append(Currency(&info));
    return currencies;
}

Currency Currency::inr()
{
    return Currency(&kCurrencies[0]);
}

Currency Currency::ngn()
{
    return Currency(&kCurrencies[1]);
}

Currency Currency::usd()
{
    return Currency(&kCurrencies[2]);
}

Currency Currency::eur()
{
    return Currency(&kCurrencies[3]);
}

Currency Currency::coins()
{
    return Currency(&kCurrencies[4]);
}

QString Currency::code() const
{
    return m_info->code.toString();
}

int Currency::exponent() const
{
    return m_info->exponent;
}

QStringView Currency::displayPrefix() const
{
    return m_info->displayPrefix;
}

QStringView Currency::displaySuffix() const
{
    return m_info->displaySuffix;
}

} // namespace paydesk
