#include "migrator.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMigrations, "paydesk.migrations")

namespace paydesk::server {

namespace {

constexpr qint64 kMigrationLockKey = 0x70617964; // "payd": one lock id for every node

constexpr auto kCreateTable = R"(
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
))";

Error queryError(const QString &what, const QSqlQuery &q)
{
    return databaseError(what, q.lastError().text());
}

Result<void> applyOne(QSqlDatabase db, const Migration &m)
{
    Transaction tx(db);
    if (!tx.isOpen())
        return databaseError(u"begin migration"_s, db.lastError().text());
    QSqlQuery q(db);
    // The script runs as one simple-protocol query, so it may hold several statements.
    if (!q.exec(m.sql))
        return queryError(u"migration %1_%2"_s.arg(m.version).arg(m.name), q);
    q.prepare(u"INSERT INTO schema_migrations (version, name) VALUES (:version, :name)"_s);
    q.bindValue(u":version"_s, m.version);
    q.bindValue(u":name"_s, m.name);
    if (!q.exec())
        return queryError(u"record migration"_s, q);
    return tx.commit();
}

} // namespace

QList<Migration> Migrator::bundled()
{
    static const QRegularExpression kFileName(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    QList<Migration> result;
    const QDir dir(u":/migrations"_s);
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = kFileName.match(file);
        if (!match.hasMatch()) {
            qCWarning(lcMigrations) << "ignoring a misnamed migration" << file;
            continue;
        }
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        result.append(
            {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(result.begin(), result.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

Result<int> Migrator::currentVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT coalesce(max(version), 0) FROM schema_migrations"_s) || !q.next())
        return queryError(u"read schema version"_s, q);
    return q.value(0).toInt();
}

Result<SchemaState> Migrator::migrate(QSqlDatabase db)
{
    const QList<Migration> migrations = bundled();
    SchemaState state;
    state.known = migrations.isEmpty() ? 0 : migrations.constLast().version;

    QSqlQuery lock(db);
    lock.prepare(u"SELECT pg_advisory_lock(:key)"_s);
    lock.bindValue(u":key"_s, kMigrationLockKey);
    if (!lock.exec())
        return queryError(u"take the migration lock"_s, lock);
    auto unlock = qScopeGuard([&] {
        QSqlQuery q(db);
        q.prepare(u"SELECT pg_advisory_unlock(:key)"_s);
        q.bindValue(u":key"_s, kMigrationLockKey);
        q.exec();
    });

    QSqlQuery create(db);
    if (!create.exec(QString::fromLatin1(kCreateTable)))
        return queryError(u"create schema_migrations"_s, create);
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    state.current = *current;
    if (state.current > state.known)
        return Error{u"schema_too_new"_s,
                     u"the database schema is at version %1 but this paydeskd knows only up to %2; "
                     "run a newer paydeskd"_s.arg(state.current)
                         .arg(state.known),
                     {}};
    for (const Migration &m : migrations) {
        if (m.version <= state.current)
            continue;
        qCInfo(lcMigrations).noquote()
            << u"applying %1_%2"_s.arg(m.version, 4, 10, '0'_L1).arg(m.name);
        if (auto r = applyOne(db, m); !r)
            return r.error();
        state.current = m.version;
        ++state.appliedNow;
    }
    return state;
}

} // namespace paydesk::server
