// How the wire protocol writes optional values: times as ISO 8601 UTC with milliseconds, and
// absent times or empty texts as JSON null (never "" or an invalid date).
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace paydesk::json {

inline QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

inline QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace paydesk::json
