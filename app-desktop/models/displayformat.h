// How the console writes money and times for people: amounts per their currency's exponent
// and symbol (through paydesk-core's Money, never a double), times in the viewer's local zone.
#pragma once

#include <QDateTime>
#include <QString>

namespace paydesk::desktop {

// "₦12,345.00"; the bare minor units with the code when the currency is unknown.
QString formatMoney(qint64 minor, const QString &currency);
// "25 Nov, 14:03" this year, "25 Nov 2025, 14:03" before; "—" for an invalid time.
QString formatTime(const QDateTime &time);
// Milliseconds since the epoch of an RFC 3339 text; 0 when empty or malformed.
qint64 parseTime(const QString &text);

} // namespace paydesk::desktop
