// A prepared statement with named placeholders, bound and executed in one call. Values are
// always bound, never spliced into SQL. A failure is logged in full and returned as the
// service-unavailable Error that clients see; unique violations are reported apart so callers
// can turn them into their own conflict.
//
// Statements are prepared once per thread connection and reused (PostgreSQL parses and plans
// them once; each call is one round trip instead of prepare, execute and deallocate). A cached
// statement is leased to whoever holds its Outcome or Row; while a lease is held, the same
// statement run again gets a fresh query of its own, so two readers never share rows.
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>

namespace paydesk::server::sql {

using Binds = std::initializer_list<std::pair<const char *, QVariant>>;

// The executed statement. Holding it (or a Row made from it) holds the statement's lease.
struct Outcome
{
    std::shared_ptr<QSqlQuery> handle;
    bool uniqueViolation = false;

    QSqlQuery &query() const { return *handle; }
};

// The current row of a query, with the statement's lease: read it like a QSqlQuery.
struct Row
{
    std::shared_ptr<QSqlQuery> handle;

    QVariant value(int index) const { return handle->value(index); }
    operator const QSqlQuery &() const { return *handle; }
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
Result<std::optional<Row>> one(QSqlDatabase db, const char *statement, Binds binds = {});

// The SQLSTATE of the last statement exec() saw fail on this thread since the last call (and
// clears it): how the group committer learns that a unit failed waiting for a lock.
QString takeLastFailedState();
// The state says the statement gave up waiting for a lock (lock_timeout, or picked by the
// deadlock check): running it again later may well succeed.
bool waitedForALock(const QString &state);

} // namespace paydesk::server::sql
