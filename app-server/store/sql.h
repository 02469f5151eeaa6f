// A prepared statement with named placeholders, bound and executed in one call. Values are
// always bound, never spliced into SQL. A failure is logged in full and returned as the
// service-unavailable Error that clients see; unique violations are reported apart so callers
// can turn them into their own conflict.
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace paydesk::server::sql {

using Binds = std::initializer_list<std::pair<const char *, QVariant>>;

struct Outcome
{
    QSqlQuery query;
    bool uniqueViolation = false;
};

// A text bind that is never SQL NULL (a null QString binds as NULL, and `:x = ''` is then NULL).
inline QVariant text(const QString &value)
{
    return QVariant(value.isNull() ? QString(QLatin1StringView("")) : value);
}
// `value` with LIKE's wildcards (% and _) and its escape character (\) escaped.
QString likeEscaped(const QString &value);

// Runs `statement`; on a unique violation returns ok with uniqueViolation set.
Result<Outcome> exec(QSqlDatabase db, const char *statement, Binds binds = {});
// Runs it and steps to the first row; an empty optional when there is none.
Result<std::optional<QSqlQuery>> one(QSqlDatabase db, const char *statement, Binds binds = {});

} // namespace paydesk::server::sql
