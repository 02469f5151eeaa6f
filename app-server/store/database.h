// Where the database is and how each thread reaches it. A QSqlDatabase connection lives and dies
// on the thread that opened it, so every thread gets its own named connection, opened on first
// use and closed when the thread ends. Nothing here is shared between threads but the settings.
#pragma once

#include "result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace paydesk::server {

struct DatabaseParams
{
    QString host; // a directory (unix socket) or a host name
    int port = 5432;
    QString user;
    QString password;
    QString name;
    // Every connection's application_name: this node's tag, so a NOTIFY can say which node's
    // transaction sent it (migration 0015).
    QString applicationName = QStringLiteral("paydeskd");

    // postgres://user:password@host:port/dbname ; a host of the form %2Fpath or ?host=/path
    // names a unix socket directory, as libpq does.
    static Result<DatabaseParams> fromUrl(const QString &url);
    QString describe() const; // for logs: never prints the password
};

class Database
{
public:
    explicit Database(DatabaseParams params);

    // This thread's connection, opened on first use; an Error when PostgreSQL is unreachable.
    Result<QSqlDatabase> connection() const;
    const DatabaseParams &params() const { return m_params; }

    // The prepared statements kept for `db` when it is this thread's connection (store/sql.cpp
    // owns what they are); null for any other connection. They go before the connection does.
    static QHash<const char *, std::shared_ptr<void>> *threadStatements(const QSqlDatabase &db);
    // Drops this thread's statements and closes its connection (shutdown).
    static void closeThreadConnection();
    // Closes and forgets this thread's connection (its statements first). Every thread that
    // used the database calls it before it ends: left to the thread's exit, the close could
    // still be running while the process tears down the SQL driver.
    static void releaseThreadConnection();

    // Opens a one-off connection to another database of the same server (e.g. "postgres" to
    // create ours). The caller removes it with QSqlDatabase::removeDatabase(name).
    Result<QSqlDatabase> openSide(const QString &connectionName, const QString &dbName) const;

private:
    DatabaseParams m_params;
};

// One database transaction for one use case: commit() explicitly; the destructor rolls back
// whatever was not committed, so an early return can never leave a transaction open.
class Transaction
{
public:
    enum Mode {
        ReadWrite,          // READ COMMITTED, the default
        RepeatableReadOnly, // one snapshot for several reads (reports, reconciliation)
        // Commits without waiting for its WAL flush. Only for writes a crash may undo because
        // they are redone (a delivery receipt: the message is delivered again). Never money.
        Redoable,
    };
    explicit Transaction(QSqlDatabase db, Mode mode = ReadWrite);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    Result<void> commit();
    void rollback(); // ends it now, as the destructor would

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// The error for a failed query, logged in full but shown to clients without internals.
Error databaseError(const QString &context, const QString &driverText);

} // namespace paydesk::server
