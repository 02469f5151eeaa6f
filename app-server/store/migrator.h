// Brings the schema up to date at start-up: the numbered .sql files under store/migrations/
// (compiled in as resources) are applied in order, each in its own transaction, and recorded in
// schema_migrations. Several nodes starting at once serialise on an advisory lock. It refuses a
// database whose schema is newer than this binary knows, rather than run against it.
#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace paydesk::server {

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

struct SchemaState
{
    int current = 0; // highest applied version
    int known = 0;   // highest version this binary carries
    int appliedNow = 0;
};

class Migrator
{
public:
    // The migrations compiled into this binary, sorted by version.
    static QList<Migration> bundled();

    // Applies what is missing. Error "schema_too_new" when the database is ahead of us.
    static Result<SchemaState> migrate(QSqlDatabase db);

    // The applied version without changing anything (for /health/detailed).
    static Result<int> currentVersion(QSqlDatabase db);
};

} // namespace paydesk::server
