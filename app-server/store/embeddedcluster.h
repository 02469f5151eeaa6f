// The private PostgreSQL cluster Paydesk owns when no PAYDESK_DATABASE_URL is given: created
// with initdb on first start under <data-dir>/postgres, reachable only through a unix socket in
// a folder only its owner can enter (no TCP at all). Run as root, the cluster belongs to the
// unprivileged `postgres` system user, because PostgreSQL refuses to run as root.
// It must never touch a cluster it did not create, and a crash of paydeskd must never leave
// something that blocks the next start: a running cluster is adopted, a stale pid file cleared.
#pragma once

#include "database.h"
#include "result.h"

#include <QString>
#include <QStringList>

namespace paydesk::server {

class EmbeddedCluster
{
public:
    explicit EmbeddedCluster(QString dataDir);
    ~EmbeddedCluster();
    EmbeddedCluster(const EmbeddedCluster &) = delete;
    EmbeddedCluster &operator=(const EmbeddedCluster &) = delete;

    // Creates the cluster if needed, starts it (or adopts a running one) and makes sure the
    // `paydesk` database exists. Returns the parameters to connect with.
    Result<DatabaseParams> start();
    // Stops the cluster this process started or adopted (a fast shutdown: sessions end).
    void stop();

    QString pgDataDir() const;
    QString socketDir() const;

private:
    Result<void> prepareFolders();
    Result<void> initialise();
    Result<void> launch();
    Result<void> ensureDatabase(const DatabaseParams &params);
    bool isRunning() const;
    // Runs a PostgreSQL tool, as the postgres user when we are root; returns its output.
    Result<QString> runTool(const QString &tool, const QStringList &args, int timeoutMs) const;

    QString m_dataDir;
    QString m_binDir;
    bool m_owned = false;
    bool m_asRoot = false;
};

} // namespace paydesk::server
