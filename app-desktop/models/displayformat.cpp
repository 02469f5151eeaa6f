#include "displayformat.h"

#include "currency.h"
#include "money.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace paydesk::desktop {

QString formatMoney(qint64 minor, const QString &currency)
{
    const auto known = Currency::fromCode(currency);
    if (!known)
        return u"%1 %2"_s.arg(minor).arg(currency);
    return Money::fromMinor(minor, *known).toDisplayString();
}

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return u"—"_s;
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    const bool thisYear = local.date().year() == QDate::currentDate().year();
    const QString date = locale.toString(local.date(), thisYear ? u"d MMM"_s : u"d MMM yyyy"_s);
    return date + u", "_s + locale.toString(local.time(), u"HH:mm"_s);
}

qint64 parseTime(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace paydesk::desktop
