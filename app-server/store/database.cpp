#include "database.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDb, "paydesk.db")

namespace paydesk::server {

namespace {

std::atomic<quint64> g_connectionSerial{0};

// Removes the thread's connection when the thread ends (thread_local destructors run there),
// after its prepared statements (store/sql.cpp), which must never outlive it. A backstop:
// threads release their connection themselves (Database::releaseThreadConnection).
struct ThreadConnection
{
    QString name;
    QHash<const char *, std::shared_ptr<void>> statements;
    ~ThreadConnection()
    {
        statements.clear();
        if (name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

thread_local ThreadConnection t_connection;

void applyParams(QSqlDatabase &db, const DatabaseParams &p, const QString &dbName)
{
    db.setHostName(p.host);
    db.setPort(p.port);
    db.setUserName(p.user);
    db.setPassword(p.password);
    db.setDatabaseName(dbName);
    // Server notices ("relation exists, skipping") would bypass our JSON log on stderr.
    db.setConnectOptions(u"connect_timeout=5;application_name=%1;"
                         "options=-cclient_min_messages=warning"_s.arg(p.applicationName));
}

} // namespace

Result<DatabaseParams> DatabaseParams::fromUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != "postgres"_L1 && u.scheme() != "postgresql"_L1))
        return Error::make(errc::kValidation,
                           u"database URL must look like postgres://user:pass@host:port/db"_s);
    DatabaseParams p;
    p.host = u.host(QUrl::FullyDecoded);
    const QUrlQuery query(u);
    if (query.hasQueryItem(u"host"_s))
        p.host = query.queryItemValue(u"host"_s, QUrl::FullyDecoded);
    if (p.host.isEmpty())
        p.host = u"localhost"_s;
    p.port = u.port(5432);
    p.user = u.userName(QUrl::FullyDecoded);
    p.password = u.password(QUrl::FullyDecoded);
    p.name = u.path().mid(1);
    if (p.name.isEmpty())
        return Error::make(errc::kValidation, u"database URL names no database"_s);
    return p;
}

QString DatabaseParams::describe() const
{
    return u"%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(name);
}

Database::Database(DatabaseParams params)
    : m_params(std::move(params))
{}

Result<QSqlDatabase> Database::connection() const
{
    if (!t_connection.name.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(t_connection.name, false);
        if (db.isOpen())
            return db;
        if (db.open())
            return db;
        return databaseError(u"reconnect"_s, db.lastError().text());
    }
    const QString name = u"paydesk-%1"_s.arg(g_connectionSerial.fetch_add(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    applyParams(db, m_params, m_params.name);
    t_connection.name = name;
    if (!db.open())
        return databaseError(u"connect to "_s + m_params.describe(), db.lastError().text());
    qCDebug(lcDb) << "opened" << name << "on thread" << QThread::currentThread();
    return db;
}

QHash<const char *, std::shared_ptr<void>> *Database::threadStatements(const QSqlDatabase &db)
{
    if (t_connection.name.isEmpty() || db.connectionName() != t_connection.name)
        return nullptr;
    return &t_connection.statements;
}

void Database::releaseThreadConnection()
{
    t_connection.statements.clear();
    if (t_connection.name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(t_connection.name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(t_connection.name);
    t_connection.name.clear();
}

void Database::closeThreadConnection()
{
    t_connection.statements.clear();
    if (t_connection.name.isEmpty())
        return;
    QSqlDatabase::database(t_connection.name, false).close();
}

Result<QSqlDatabase> Database::openSide(const QString &connectionName, const QString &dbName) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    applyParams(db, m_params, dbName);
    if (!db.open()) {
        const QString text = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return databaseError(u"connect to "_s + dbName, text);
    }
    return db;
}

Transaction::Transaction(QSqlDatabase db, Mode mode)
    : m_db(std::move(db))
{
    m_open = m_db.transaction();
    if (!m_open) {
        qCWarning(lcDb) << "could not begin a transaction:" << m_db.lastError().text();
        return;
    }
    if (mode == RepeatableReadOnly) {
        QSqlQuery q(m_db);
        if (!q.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"_s))
            qCWarning(lcDb) << "could not set the isolation level:" << q.lastError().text();
    } else if (mode == Redoable) {
        QSqlQuery q(m_db);
        if (!q.exec(u"SET LOCAL synchronous_commit = off"_s))
            qCWarning(lcDb) << "could not relax the commit:" << q.lastError().text();
    }
}

Transaction::~Transaction()
{
    rollback();
}

void Transaction::rollback()
{
    if (m_open && !m_db.rollback())
        qCWarning(lcDb) << "rollback failed:" << m_db.lastError().text();
    m_open = false;
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return databaseError(u"commit"_s, u"no open transaction"_s);
    m_open = false;
    if (!m_db.commit())
        return databaseError(u"commit"_s, m_db.lastError().text());
    return {};
}

Error databaseError(const QString &context, const QString &driverText)
{
    qCWarning(lcDb).noquote() << context << "failed:" << driverText;
    return Error::make(errc::kUnavailable, u"The database is not available; try again."_s);
}

} // namespace paydesk::server
