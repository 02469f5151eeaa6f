#include "sql.h"

#include "database.h"

#include <QHash>
#include <QSqlError>

namespace paydesk::server::sql {

namespace {

constexpr auto kUniqueViolation = "23505";

struct Cached
{
    QSqlQuery query;
    bool leased = false;
};

// This thread's prepared statements, by connection and statement text (statements are string
// literals, so their address names them). Destroyed with the thread, before its connection.
struct StatementCache
{
    QHash<QString, QHash<const char *, std::shared_ptr<Cached>>> byConnection;
};
thread_local StatementCache t_statements;

// The statement prepared for `db`: the cached one when it is free, else a fresh one. The
// handle of a cached one is an alias whose last owner gives the lease back.
Result<std::shared_ptr<QSqlQuery>> checkOut(QSqlDatabase db, const char *statement)
{
    const auto prepareFailed = [statement](const QSqlQuery &q) {
        return databaseError(QString::fromUtf8(statement).simplified().left(80),
                             q.lastError().text());
    };
    auto &cache = t_statements.byConnection[db.connectionName()];
    std::shared_ptr<Cached> &slot = cache[statement];
    if (slot && slot->leased) { // in use by a caller still reading its rows
        auto fresh = std::make_shared<QSqlQuery>(db);
        if (!fresh->prepare(QString::fromUtf8(statement)))
            return prepareFailed(*fresh);
        return fresh;
    }
    if (!slot) {
        auto made = std::make_shared<Cached>(Cached{QSqlQuery(db), false});
        if (!made->query.prepare(QString::fromUtf8(statement))) {
            const Error e = prepareFailed(made->query);
            cache.remove(statement);
            return e;
        }
        slot = made;
    }
    slot->leased = true;
    std::shared_ptr<Cached> held = slot;
    std::shared_ptr<void> lease(nullptr, [held](void *) { held->leased = false; });
    return std::shared_ptr<QSqlQuery>(lease, &held->query);
}

void forget(QSqlDatabase db, const char *statement)
{
    auto it = t_statements.byConnection.find(db.connectionName());
    if (it != t_statements.byConnection.end())
        it->remove(statement);
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
    // The connection may have dropped (its statements are gone with it): prepare anew next time.
    forget(db, statement);
    return databaseError(QString::fromUtf8(statement).simplified().left(80), q.lastError().text());
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
