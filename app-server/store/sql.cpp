#include "sql.h"

#include "database.h"

#include <QHash>
#include <QSqlError>

namespace paydesk::server::sql {

namespace {

constexpr auto kUniqueViolation = "23505";

thread_local QString t_lastFailedState;

struct Cached
{
    QSqlQuery query;
    bool leased = false;
};

Error prepareFailed(const char *statement, const QSqlQuery &q)
{
    t_lastFailedState = q.lastError().nativeErrorCode();
    return databaseError(QString::fromUtf8(statement).simplified().left(80), q.lastError().text());
}

Result<std::shared_ptr<QSqlQuery>> freshQuery(QSqlDatabase db, const char *statement)
{
    auto fresh = std::make_shared<QSqlQuery>(db);
    if (!fresh->prepare(QString::fromUtf8(statement)))
        return prepareFailed(statement, *fresh);
    return fresh;
}

// The statement prepared for `db`: the thread connection's cached one when it is free, else a
// fresh one. The handle of a cached one is an alias whose last owner gives the lease back. The
// cache lives with the thread's connection (store/database.cpp), which drops it before closing.
Result<std::shared_ptr<QSqlQuery>> checkOut(QSqlDatabase db, const char *statement)
{
    auto *cache = Database::threadStatements(db);
    if (!cache)
        return freshQuery(db, statement);
    auto slot = std::static_pointer_cast<Cached>(cache->value(statement));
    if (slot && slot->leased) // in use by a caller still reading its rows
        return freshQuery(db, statement);
    if (!slot) {
        slot = std::make_shared<Cached>(Cached{QSqlQuery(db), false});
        if (!slot->query.prepare(QString::fromUtf8(statement)))
            return prepareFailed(statement, slot->query);
        cache->insert(statement, slot);
    }
    slot->leased = true;
    std::shared_ptr<void> lease(nullptr, [slot](void *) { slot->leased = false; });
    return std::shared_ptr<QSqlQuery>(lease, &slot->query);
}

void forget(QSqlDatabase db, const char *statement)
{
    if (auto *cache = Database::threadStatements(db))
        cache->remove(statement);
}

} // namespace

QString likeEscaped(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

Result<Outcome> exec(QSqlDatabase db, const char *statement, Binds binds)
{
    auto handle = checkOut(db, statement);
    if (!handle)
        return handle.error();
    Outcome out{*handle, false};
    QSqlQuery &q = out.query();
    for (const auto &[name, value] : binds)
        q.bindValue(QLatin1Char(':') + QLatin1StringView(name), value);
    if (q.exec())
        return out;
    if (q.lastError().nativeErrorCode() == QLatin1StringView(kUniqueViolation)) {
        out.uniqueViolation = true;
        return out;
    }
    t_lastFailedState = q.lastError().nativeErrorCode();
    // The connection may have dropped (its statements are gone with it): prepare anew next time.
    // Not after a lock wait that gave up: the connection is fine, and freeing the statement
    // inside the aborted transaction would fail and leave it prepared on the server.
    if (!waitedForALock(t_lastFailedState))
        forget(db, statement);
    return databaseError(QString::fromUtf8(statement).simplified().left(80), q.lastError().text());
}

QString takeLastFailedState()
{
    return std::exchange(t_lastFailedState, {});
}

bool waitedForALock(const QString &state)
{
    return state == QLatin1StringView("55P03") /* lock_not_available */ ||
           state == QLatin1StringView("40P01") /* deadlock_detected */;
}

Result<std::optional<Row>> one(QSqlDatabase db, const char *statement, Binds binds)
{
    auto r = exec(db, statement, binds);
    if (!r)
        return r.error();
    if (!r->query().next())
        return std::optional<Row>();
    return std::optional<Row>(Row{std::move(r->handle)});
}

} // namespace paydesk::server::sql
