// Everything paydeskd can be told at start-up, from flags and PAYDESK_* environment variables
// (flags win). Loaded once in main.cpp and passed down by const reference; never a global.
#pragma once

#include "domain/gateway/app.h"
#include "domain/wallet/wallet.h"
#include "domain/webhooks/webhook.h"
#include "result.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace paydesk::server {

struct Config
{
    QHostAddress bindAddress = QHostAddress::LocalHost;
    quint16 port = 8080;   // 0 picks a free port; the chosen one is printed at start-up
    int workerThreads = 0; // HTTP/WebSocket listener threads; 0 means one per core
    QString dataDir;       // holds the embedded PostgreSQL cluster and generated secrets
    QString databaseUrl;   // postgres://... ; when set no cluster is managed
    QString logLevel = QStringLiteral("info"); // debug, info, warning, error
    qint64 maxBodyBytes = 1024 * 1024;         // larger request bodies get 413
    int drainTimeoutMs = 10000;                // SIGTERM waits this long for in-flight requests
    QString publicUrl;                         // base URL for links; defaults to the listen address
    QString jwtKeys;               // "kid:base64url,..." (first signs); empty: generated in dataDir
    int accessTokenTtl = 900;      // seconds an access token lives
    int authRatePerMinute = 30;    // per IP on sign-up, login, refresh, PIN and password checks
    int accountRatePerMinute = 10; // per account on login, PIN and password checks
    QString adminEmail;            // the first admin, created or promoted at start-up
    QString adminPassword;
    QString defaultCurrency = QStringLiteral("NGN"); // for new wallets
    int argon2MemoryKiB = 19 * 1024;                 // Argon2id cost for passwords and PINs
    int argon2Iterations = 2;
    wallet::WalletSettings wallet;       // limits and minimum top-up, in minor units
    int reconcileIntervalSeconds = 3600; // the scheduled ledger proof; 0 turns it off
    int groupCommitMax = 64;             // postings per group commit; 0: one transaction each
    int groupCommitWindowUs = 1000;      // how long a batch may wait for more under load
    int groupCommitLanes = 2;            // committers running batches side by side
    gateway::AppSettings apps;           // API key grace period, loopback webhooks
    int apiKeyRatePerMinute = 6000;      // requests per API key
    webhooks::WebhookSettings webhooks;  // retry schedule, timeout, concurrency, disabling
    int gatewayFeeBps = 0; // kept from merchants on wallet payments, basis points (0..1000)
    QString sandboxSecret; // signs sandbox provider callbacks; empty: generated in dataDir
    int sandboxPayoutDelayMs = 1000;      // the sandbox reports a payout's outcome after this long
    qint64 wsMaxQueueBytes = 1024 * 1024; // a WebSocket client leaving more unread is cut off

    bool usesEmbeddedCluster() const { return databaseUrl.isEmpty(); }
};

// Parses `arguments` (argv, program name first) over the environment. Returns the usage text
// as the error message for --help and for bad values, with code "usage".
Result<Config> loadConfig(const QStringList &arguments);

// The folder used when neither --data-dir nor PAYDESK_DATA_DIR is given: /var/lib/paydesk for
// root (the unprivileged postgres user must be able to reach it), the user's data folder else.
QString defaultDataDir();

} // namespace paydesk::server
