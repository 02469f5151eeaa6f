#include "embeddedcluster.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCluster, "paydesk.cluster")

namespace paydesk::server {

namespace {

constexpr auto kSuperUser = "paydesk";
constexpr auto kDatabaseName = "paydesk";
constexpr int kSocketPort = 5432;   // only names the socket file: no TCP listener exists
constexpr int kMaxSocketPath = 100; // sun_path is 108 bytes, less ".s.PGSQL.5432"
constexpr auto kServiceUser = "postgres";

// The newest PostgreSQL server installed from Debian's packages.
QString findBinDir()
{
    QDir root(u"/usr/lib/postgresql"_s);
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(),
              [&](const QString &a, const QString &b) { return numeric.compare(a, b) > 0; });
    for (const QString &v : versions) {
        const QString bin = root.filePath(v + "/bin"_L1);
        if (QFileInfo(bin + "/initdb"_L1).isExecutable())
            return bin;
    }
    return {};
}

Error clusterError(const QString &message)
{
    qCCritical(lcCluster).noquote() << message;
    return Error::make(errc::kUnavailable, message);
}

} // namespace

EmbeddedCluster::EmbeddedCluster(QString dataDir)
    : m_dataDir(std::move(dataDir))
    , m_binDir(findBinDir())
    , m_asRoot(::geteuid() == 0)
{}

EmbeddedCluster::~EmbeddedCluster()
{
    stop();
}

QString EmbeddedCluster::pgDataDir() const
{
    return m_dataDir + "/postgres/data"_L1;
}

QString EmbeddedCluster::socketDir() const
{
    return m_dataDir + "/postgres/run"_L1;
}

Result<DatabaseParams> EmbeddedCluster::start()
{
    if (m_binDir.isEmpty())
        return clusterError(u"PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); "
                            "install the postgresql package or set PAYDESK_DATABASE_URL"_s);
    if (auto r = prepareFolders(); !r)
        return r.error();
    if (!QFileInfo::exists(pgDataDir() + "/PG_VERSION"_L1)) {
        if (auto r = initialise(); !r)
            return r.error();
    }
    if (isRunning()) {
        // Left running by a paydeskd that was killed: ours to use, and to stop at exit.
        qCInfo(lcCluster) << "adopting the running cluster in" << pgDataDir();
        m_owned = true;
    } else if (auto r = launch(); !r) {
        return r.error();
    }
    DatabaseParams params;
    params.host = socketDir();
    params.port = kSocketPort;
    params.user = QString::fromLatin1(kSuperUser);
    params.name = QString::fromLatin1(kDatabaseName);
    if (auto r = ensureDatabase(params); !r)
        return r.error();
    return params;
}

void EmbeddedCluster::stop()
{
    if (!m_owned)
        return;
    m_owned = false;
    auto r =
        runTool(u"pg_ctl"_s, {u"-D"_s, pgDataDir(), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s}, 60000);
    if (r)
        qCInfo(lcCluster) << "stopped the cluster in" << pgDataDir();
}

Result<void> EmbeddedCluster::prepareFolders()
{
    const QString root = m_dataDir + "/postgres"_L1;
    if (!QDir().mkpath(root) || !QDir().mkpath(socketDir()))
        return clusterError(u"cannot create "_s + root);
    if ((socketDir() + "/.s.PGSQL.5432"_L1).toLocal8Bit().size() > kMaxSocketPath)
        return clusterError(u"the data folder path is too long for a unix socket: "_s + m_dataDir);
    // Only traversal for others: the postgres user must reach its folder inside ours.
    QFile::setPermissions(m_dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                         QFile::ExeGroup | QFile::ExeOther);
    if (!m_asRoot) {
        QFile::setPermissions(socketDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return {};
    }
    QProcess chown;
    chown.start(u"chown"_s,
                {u"-R"_s,
                 QString::fromLatin1(kServiceUser) + ':'_L1 + QString::fromLatin1(kServiceUser),
                 root});
    if (!chown.waitForFinished(30000) || chown.exitCode() != 0)
        return clusterError(u"cannot give "_s + root + u" to the postgres user"_s);
    if (auto r = runTool(u"/usr/bin/test"_s, {u"-w"_s, root}, 5000); !r)
        return clusterError(u"the postgres user cannot reach "_s + root +
                            u": choose a data folder whose parent folders others may enter "
                            "(for example under /var/lib or /tmp)"_s);
    return {};
}

Result<void> EmbeddedCluster::initialise()
{
    qCInfo(lcCluster) << "creating a new PostgreSQL cluster in" << pgDataDir();
    auto r = runTool(u"initdb"_s,
                     {u"-D"_s, pgDataDir(), u"-U"_s, QString::fromLatin1(kSuperUser),
                      u"--auth=trust"_s, u"--encoding=UTF8"_s, u"--locale=C.UTF-8"_s},
                     120000);
    if (!r)
        return r.error();
    // No TCP; the socket lives in a folder only the cluster's owner can enter.
    QFile conf(pgDataDir() + "/postgresql.conf"_L1);
    if (!conf.open(QIODevice::Append | QIODevice::Text))
        return clusterError(u"cannot write "_s + conf.fileName());
    conf.write("\n# Written by paydeskd: a private cluster reachable only on its socket.\n");
    conf.write("listen_addresses = ''\n");
    conf.write("unix_socket_directories = '" + socketDir().toUtf8() + "'\n");
    conf.write("unix_socket_permissions = 0700\n");
    conf.write("max_connections = 200\n");
    conf.write("log_min_messages = warning\n");
    // For profiling (docs/PERFORMANCE.md): e.g. "shared_preload_libraries = 'pg_stat_statements'".
    if (const QByteArray extra = qgetenv("PAYDESK_EMBEDDED_PG_CONF"); !extra.isEmpty())
        conf.write("# From PAYDESK_EMBEDDED_PG_CONF:\n" + extra + "\n");
    return {};
}

Result<void> EmbeddedCluster::launch()
{
    // A paydeskd or postgres killed with SIGKILL leaves postmaster.pid behind; PostgreSQL itself
    // ignores a pid file whose process is gone, and we clear one pg_ctl reports as not running.
    const QString pidFile = pgDataDir() + "/postmaster.pid"_L1;
    const QStringList args = {u"-D"_s, pgDataDir(), u"-l"_s, m_dataDir + "/postgres/server.log"_L1,
                              u"-w"_s, u"-t"_s,     u"60"_s, u"start"_s};
    auto r = runTool(u"pg_ctl"_s, args, 90000);
    if (!r && QFile::exists(pidFile) && !isRunning()) {
        qCWarning(lcCluster) << "removing a stale" << pidFile << "and trying again";
        QFile::remove(pidFile);
        r = runTool(u"pg_ctl"_s, args, 90000);
    }
    if (!r)
        return r.error();
    m_owned = true;
    qCInfo(lcCluster) << "started PostgreSQL on socket" << socketDir();
    return {};
}

bool EmbeddedCluster::isRunning() const
{
    return bool(runTool(u"pg_ctl"_s, {u"-D"_s, pgDataDir(), u"status"_s}, 10000));
}

Result<void> EmbeddedCluster::ensureDatabase(const DatabaseParams &params)
{
    const QString name = u"paydesk-bootstrap"_s;
    Database server(params);
    {
        auto db = server.openSide(name, u"postgres"_s);
        if (!db)
            return db.error();
        {
            QSqlQuery q(*db);
            q.prepare(u"SELECT 1 FROM pg_database WHERE datname = :name"_s);
            q.bindValue(u":name"_s, params.name);
            // CREATE DATABASE cannot take a bound name; ours is a fixed identifier.
            if (q.exec() && !q.next() && !q.exec(u"CREATE DATABASE "_s + params.name))
                return clusterError(u"cannot create the database: "_s + q.lastError().text());
        }
        db->close();
    }
    QSqlDatabase::removeDatabase(name);
    return {};
}

Result<QString> EmbeddedCluster::runTool(const QString &tool, const QStringList &args,
                                         int timeoutMs) const
{
    const QString path = tool.startsWith(u'/') ? tool : m_binDir + '/'_L1 + tool;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dataDir + "/postgres"_L1);
    if (m_asRoot)
        p.start(u"runuser"_s,
                QStringList{u"-u"_s, QString::fromLatin1(kServiceUser), u"--"_s, path} + args);
    else
        p.start(path, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        return clusterError(tool + u" did not finish in time"_s);
    }
    const QString output = QString::fromLocal8Bit(p.readAll());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (tool == "pg_ctl"_L1 && args.constLast() == "status"_L1)
            return Error::make(errc::kUnavailable, output);
        return clusterError(tool + u" failed: "_s + output.trimmed());
    }
    return output;
}

} // namespace paydesk::server
