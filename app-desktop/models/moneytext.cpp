#include "moneytext.h"

#include "currency.h"
#include "displayformat.h"
#include "money.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// The text as Money::parse reads it: no spaces, symbol or grouping; '.' as the decimal mark.
QString normalised(const QString &text, const paydesk::Currency &currency)
{
    const QLocale locale;
    QString t = text.trimmed();
    t.remove(currency.displayPrefix().toString());
    t.remove(currency.displaySuffix().trimmed().toString());
    t.remove(currency.code());
    static const QString spaces = u" \u00a0\u202f"_s;
    for (const QChar c : spaces)
        t.remove(c);
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    if (decimal != "."_L1) {
        // "1.250,50" (group '.') or "1 250,50": the locale's comma is the decimal mark.
        if (group == "."_L1)
            t.remove(u'.');
        t.replace(decimal, "."_L1);
    } else if (!group.trimmed().isEmpty()) {
        t.remove(group);
    }
    return t;
}

} // namespace

std::optional<qint64> MoneyText::parse(const QString &text, const QString &currency, QString *error)
{
    const auto setError = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto known = paydesk::Currency::fromCode(currency);
    if (!known)
        return setError(tr("This currency is not supported."));
    const QString t = normalised(text, *known);
    if (t.isEmpty())
        return setError(tr("Enter an amount."));
    if (t.startsWith(u'-'))
        return setError(tr("Enter an amount above zero."));
    const qsizetype dot = t.indexOf(u'.');
    if (dot >= 0 && t.size() - dot - 1 > known->exponent()) {
        return setError(known->exponent() == 0 ? tr("%1 amounts have no decimals.").arg(currency)
                                               : tr("%1 amounts have at most %n decimal(s).",
                                                    nullptr, known->exponent())
                                                     .arg(currency));
    }
    const auto money = paydesk::Money::parse(t, *known);
    if (!money)
        return setError(money.error().code == QLatin1StringView(paydesk::errc::kOverflow)
                            ? tr("This amount is too large.")
                            : tr("Enter an amount like %1.").arg(placeholder(currency)));
    if (!money->isPositive())
        return setError(tr("Enter an amount above zero."));
    return money->minor;
}

QVariantMap MoneyText::check(const QString &text, const QString &currency)
{
    QString error;
    const auto minor = parse(text, currency, &error);
    const bool empty = text.trimmed().isEmpty();
    return {{u"valid"_s, minor.has_value()},
            {u"empty"_s, empty},
            {u"minor"_s, minor ? QString::number(*minor) : QString()},
            {u"display"_s, minor ? paydesk::desktop::formatMoney(*minor, currency) : QString()},
            {u"error"_s, empty ? QString() : error}};
}

QString MoneyText::format(const QString &minor, const QString &currency)
{
    bool ok = false;
    const qint64 value = minor.toLongLong(&ok);
    return ok ? paydesk::desktop::formatMoney(value, currency) : QString();
}

QString MoneyText::symbol(const QString &currency)
{
    const auto known = paydesk::Currency::fromCode(currency);
    if (!known || known->displayPrefix().isEmpty())
        return currency;
    return known->displayPrefix().toString();
}

int MoneyText::decimals(const QString &currency)
{
    const auto known = paydesk::Currency::fromCode(currency);
    return known ? known->exponent() : 0;
}

QString MoneyText::placeholder(const QString &currency)
{
    const int n = decimals(currency);
    const QLocale locale;
    return n == 0 ? u"0"_s : u"0"_s + locale.decimalPoint() + QString(n, u'0');
}
