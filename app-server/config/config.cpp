#include "config.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {

struct Option
{
    QString flag;
    const char *env;
    QString description;
    QString valueName;
};

const QList<Option> &options()
{
    static const QList<Option> kOptions = {
        {u"port"_s, "PAYDESK_PORT", u"TCP port to listen on (0 = any free port)."_s, u"port"_s},
        {u"bind"_s, "PAYDESK_BIND", u"Address to bind (default 127.0.0.1)."_s, u"address"_s},
        {u"threads"_s, "PAYDESK_THREADS",
         u"Listener threads, each with its own database connection (default: four per core)."_s,
         u"n"_s},
        {u"data-dir"_s, "PAYDESK_DATA_DIR", u"Data folder for the embedded database."_s, u"path"_s},
        {u"database-url"_s, "PAYDESK_DATABASE_URL",
         u"Use this PostgreSQL (postgres://user:pass@host:port/db) instead of the embedded one."_s,
         u"url"_s},
        {u"log-level"_s, "PAYDESK_LOG_LEVEL", u"debug, info, warning or error."_s, u"level"_s},
        {u"max-body"_s, "PAYDESK_MAX_BODY_BYTES", u"Largest accepted request body in bytes."_s,
         u"bytes"_s},
        {u"ws-max-queue-bytes"_s, "PAYDESK_WS_MAX_QUEUE_BYTES",
         u"Unsent bytes a WebSocket client may leave queued before it is cut off (4008)."_s,
         u"bytes"_s},
        {u"drain-timeout-ms"_s, "PAYDESK_DRAIN_TIMEOUT_MS",
         u"How long SIGTERM waits for in-flight requests."_s, u"ms"_s},
        {u"public-url"_s, "PAYDESK_PUBLIC_URL", u"Base URL used in links handed to clients."_s,
         u"url"_s},
        {u"jwt-keys"_s, "PAYDESK_JWT_KEYS",
         u"Access-token signing keys kid:base64url,... (first signs; default: generated)."_s,
         u"keys"_s},
        {u"access-token-ttl"_s, "PAYDESK_ACCESS_TOKEN_TTL", u"Access token lifetime in seconds."_s,
         u"seconds"_s},
        {u"auth-rate"_s, "PAYDESK_AUTH_RATE_PER_MINUTE",
         u"Sign-in/PIN/password attempts per minute per IP address."_s, u"n"_s},
        {u"account-rate"_s, "PAYDESK_ACCOUNT_RATE_PER_MINUTE",
         u"Sign-in/PIN/password attempts per minute per account."_s, u"n"_s},
        {u"admin-email"_s, "PAYDESK_ADMIN_EMAIL",
         u"Create (or promote) this account as admin at start-up."_s, u"email"_s},
        {u"admin-password"_s, "PAYDESK_ADMIN_PASSWORD",
         u"Password for --admin-email (prefer the environment variable)."_s, u"password"_s},
        {u"currency"_s, "PAYDESK_DEFAULT_CURRENCY", u"Currency of new wallets (default NGN)."_s,
         u"code"_s},
        {u"argon2-memory-kib"_s, "PAYDESK_ARGON2_MEMORY_KIB",
         u"Argon2id memory cost for passwords and PINs (default 19456)."_s, u"KiB"_s},
        {u"argon2-iterations"_s, "PAYDESK_ARGON2_ITERATIONS",
         u"Argon2id passes for passwords and PINs (default 2)."_s, u"n"_s},
        {u"transfer-limit"_s, "PAYDESK_TRANSFER_LIMIT",
         u"Largest single payment from a wallet, minor units (default 100000000)."_s, u"minor"_s},
        {u"daily-limit"_s, "PAYDESK_DAILY_LIMIT",
         u"Most a wallet can pay out per UTC day, minor units (default 500000000)."_s, u"minor"_s},
        {u"key-grace-hours"_s, "PAYDESK_KEY_GRACE_HOURS",
         u"Hours a rotated API key (or webhook secret) keeps working (default 24)."_s, u"hours"_s},
        {u"allow-loopback-webhooks"_s, "PAYDESK_ALLOW_LOOPBACK_WEBHOOKS",
         u"Let test-mode apps send webhooks to this machine (development, tests): 1 or 0."_s,
         u"0|1"_s},
        {u"api-key-rate"_s, "PAYDESK_API_KEY_RATE_PER_MINUTE",
         u"Requests per minute per API key (default 6000)."_s, u"n"_s},
        {u"gateway-fee-bps"_s, "PAYDESK_GATEWAY_FEE_BPS",
         u"Fee kept from the merchant on payments from wallets, basis points (default 0)."_s,
         u"bps"_s},
        {u"reconcile-interval"_s, "PAYDESK_RECONCILE_INTERVAL",
         u"Seconds between scheduled ledger reconciliations (default 3600; 0: off)."_s,
         u"seconds"_s},
        {u"group-commit"_s, "PAYDESK_GROUP_COMMIT",
         u"Most postings committed together in one database transaction (default 64; 0: each "
         "posting commits alone)."_s,
         u"n"_s},
        {u"group-commit-window-us"_s, "PAYDESK_GROUP_COMMIT_WINDOW_US",
         u"Longest a batch waits for more postings under load (default 1000)."_s, u"us"_s},
        {u"group-commit-lanes"_s, "PAYDESK_GROUP_COMMIT_LANES",
         u"Committers running batches side by side, each on its own connection; batches that "
         "would lock the same rows never run at once (default 2)."_s,
         u"n"_s},
        {u"min-topup"_s, "PAYDESK_MIN_TOPUP",
         u"Smallest amount a wallet can be funded with, minor units (default 1000)."_s, u"minor"_s},
        {u"sandbox-secret"_s, "PAYDESK_SANDBOX_SECRET",
         u"Secret (16+ characters) signing the sandbox provider's callbacks (default: generated)."_s,
         u"secret"_s},
        {u"webhook-retry-schedule"_s, "PAYDESK_WEBHOOK_RETRY_SCHEDULE",
         u"Seconds before each webhook retry, comma separated (default "
         "0,5,30,300,1800,7200,18000,36000,36000)."_s,
         u"s,s,..."_s},
        {u"webhook-timeout-ms"_s, "PAYDESK_WEBHOOK_TIMEOUT_MS",
         u"Longest a webhook attempt may take (default 10000)."_s, u"ms"_s},
        {u"webhook-concurrency"_s, "PAYDESK_WEBHOOK_CONCURRENCY",
         u"Webhook attempts in flight per node (default 16)."_s, u"n"_s},
        {u"webhook-disable-after"_s, "PAYDESK_WEBHOOK_DISABLE_AFTER",
         u"Seconds of failures after which an endpoint is disabled (default 259200)."_s,
         u"seconds"_s},
        {u"webhook-poll-ms"_s, "PAYDESK_WEBHOOK_POLL_MS",
         u"How often due webhooks are looked for (default 250)."_s, u"ms"_s},
        {u"sandbox-payout-delay-ms"_s, "PAYDESK_SANDBOX_PAYOUT_DELAY_MS",
         u"How long the sandbox takes to report a payout's outcome (default 1000)."_s, u"ms"_s},
    };
    return kOptions;
}

Error usage(const QString &text)
{
    return Error{u"usage"_s, text, {}};
}

std::optional<qint64> parseInteger(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

// The identity options; returns an error text for bad values.
QString applyIdentity(Config &config, const QString &flag, const QString &value)
{
    if (flag == "jwt-keys"_L1) {
        config.jwtKeys = value;
    } else if (flag == "access-token-ttl"_L1) {
        const auto v = parseInteger(value, 5, 86400);
        if (!v)
            return u"--access-token-ttl must be 5..86400 seconds"_s;
        config.accessTokenTtl = int(*v);
    } else if (flag == "auth-rate"_L1 || flag == "account-rate"_L1) {
        const auto v = parseInteger(value, 1, 1000000);
        if (!v)
            return u"--%1 must be 1..1000000"_s.arg(flag);
        (flag == "auth-rate"_L1 ? config.authRatePerMinute : config.accountRatePerMinute) = int(*v);
    } else if (flag == "admin-email"_L1) {
        config.adminEmail = value;
    } else if (flag == "admin-password"_L1) {
        config.adminPassword = value;
    } else if (flag == "currency"_L1) {
        static const QStringList kCurrencies = {u"NGN"_s, u"INR"_s, u"USD"_s, u"EUR"_s};
        if (!kCurrencies.contains(value))
            return u"--currency must be one of NGN, INR, USD, EUR"_s;
        config.defaultCurrency = value;
    } else if (flag == "key-grace-hours"_L1) {
        const auto v = parseInteger(value, 0, 24 * 30);
        if (!v)
            return u"--key-grace-hours must be 0..720"_s;
        config.apps.keyGraceHours = int(*v);
    } else if (flag == "allow-loopback-webhooks"_L1) {
        if (value != "0"_L1 && value != "1"_L1)
            return u"--allow-loopback-webhooks must be 0 or 1"_s;
        config.apps.allowLoopbackWebhooks = value == "1"_L1;
    } else if (flag == "api-key-rate"_L1) {
        const auto v = parseInteger(value, 1, 10000000);
        if (!v)
            return u"--api-key-rate must be 1..10000000"_s;
        config.apiKeyRatePerMinute = int(*v);
    } else if (flag == "gateway-fee-bps"_L1) {
        const auto v = parseInteger(value, 0, 1000);
        if (!v)
            return u"--gateway-fee-bps must be 0..1000"_s;
        config.gatewayFeeBps = int(*v);
    } else if (flag == "group-commit"_L1) {
        const auto v = parseInteger(value, 0, 1024);
        if (!v)
            return u"--group-commit must be 0..1024"_s;
        config.groupCommitMax = int(*v);
    } else if (flag == "group-commit-window-us"_L1) {
        const auto v = parseInteger(value, 0, 100000);
        if (!v)
            return u"--group-commit-window-us must be 0..100000"_s;
        config.groupCommitWindowUs = int(*v);
    } else if (flag == "group-commit-lanes"_L1) {
        const auto v = parseInteger(value, 1, 16);
        if (!v)
            return u"--group-commit-lanes must be 1..16"_s;
        config.groupCommitLanes = int(*v);
    } else if (flag == "reconcile-interval"_L1) {
        const auto v = parseInteger(value, 0, 7 * 24 * 3600);
        if (!v)
            return u"--reconcile-interval must be 0..604800 seconds"_s;
        config.reconcileIntervalSeconds = int(*v);
    } else if (flag == "transfer-limit"_L1 || flag == "daily-limit"_L1 || flag == "min-topup"_L1) {
        const auto v = parseInteger(value, 1, (qint64(1) << 53) - 1);
        if (!v)
            return u"--%1 must be 1..9007199254740991 minor units"_s.arg(flag);
        (flag == "transfer-limit"_L1 ? config.wallet.perTransactionLimit
         : flag == "daily-limit"_L1  ? config.wallet.dailyLimit
                                     : config.wallet.minTopUp) = *v;
    } else if (flag == "argon2-memory-kib"_L1) {
        const auto v = parseInteger(value, 8, 4 * 1024 * 1024);
        if (!v)
            return u"--argon2-memory-kib must be 8..4194304"_s;
        config.argon2MemoryKiB = int(*v);
    } else if (flag == "argon2-iterations"_L1) {
        const auto v = parseInteger(value, 1, 100);
        if (!v)
            return u"--argon2-iterations must be 1..100"_s;
        config.argon2Iterations = int(*v);
    }
    return {};
}

// The payment provider options; returns an error text for bad values.
QString applyProviders(Config &config, const QString &flag, const QString &value)
{
    if (flag == "sandbox-secret"_L1) {
        if (value.size() < 16)
            return u"--sandbox-secret must be at least 16 characters"_s;
        config.sandboxSecret = value;
    } else if (flag == "sandbox-payout-delay-ms"_L1) {
        const auto v = parseInteger(value, 0, 600000);
        if (!v)
            return u"--sandbox-payout-delay-ms must be 0..600000"_s;
        config.sandboxPayoutDelayMs = int(*v);
    }
    return {};
}

// The webhook options; returns an error text for bad values.
QString applyWebhooks(Config &config, const QString &flag, const QString &value)
{
    webhooks::WebhookSettings &w = config.webhooks;
    if (flag == "webhook-retry-schedule"_L1) {
        QList<int> schedule;
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const auto v = parseInteger(part.trimmed(), 0, 7 * 24 * 3600);
            if (!v)
                return u"--webhook-retry-schedule must list seconds 0..604800, e.g. 0,5,30,300"_s;
            schedule.append(int(*v));
        }
        if (schedule.size() > 50)
            return u"--webhook-retry-schedule allows at most 50 retries"_s;
        w.retrySchedule = schedule;
        return {};
    }
    const auto v = parseInteger(value, 1, 10000000);
    if (flag == "webhook-timeout-ms"_L1 && v && *v >= 100 && *v <= 60000)
        w.timeoutMs = int(*v);
    else if (flag == "webhook-concurrency"_L1 && v && *v <= 1000)
        w.concurrency = int(*v);
    else if (flag == "webhook-disable-after"_L1 && v)
        w.disableAfterSeconds = int(*v);
    else if (flag == "webhook-poll-ms"_L1 && v && *v >= 10 && *v <= 60000)
        w.pollMs = int(*v);
    else
        return u"--%1: out of range (see --help)"_s.arg(flag);
    return {};
}

// Applies one option's textual value to the config; returns an error text for bad values.
QString apply(Config &config, const QString &flag, const QString &value)
{
    if (flag == "port"_L1) {
        const auto v = parseInteger(value, 0, 65535);
        if (!v)
            return u"--port must be 0..65535"_s;
        config.port = quint16(*v);
    } else if (flag == "bind"_L1) {
        if (!config.bindAddress.setAddress(value))
            return u"--bind must be an IP address"_s;
    } else if (flag == "threads"_L1) {
        const auto v = parseInteger(value, 0, 256);
        if (!v)
            return u"--threads must be 0..256"_s;
        config.workerThreads = int(*v);
    } else if (flag == "data-dir"_L1) {
        config.dataDir = QDir(value).absolutePath();
    } else if (flag == "database-url"_L1) {
        config.databaseUrl = value;
    } else if (flag == "log-level"_L1) {
        static const QStringList kLevels = {u"debug"_s, u"info"_s, u"warning"_s, u"error"_s};
        if (!kLevels.contains(value))
            return u"--log-level must be one of debug, info, warning, error"_s;
        config.logLevel = value;
    } else if (flag == "max-body"_L1) {
        const auto v = parseInteger(value, 1024, qint64(1) << 30);
        if (!v)
            return u"--max-body must be 1024..1073741824"_s;
        config.maxBodyBytes = *v;
    } else if (flag == "ws-max-queue-bytes"_L1) {
        const auto v = parseInteger(value, 65536, qint64(1) << 30);
        if (!v)
            return u"--ws-max-queue-bytes must be 65536..1073741824"_s;
        config.wsMaxQueueBytes = *v;
    } else if (flag == "drain-timeout-ms"_L1) {
        const auto v = parseInteger(value, 0, 600000);
        if (!v)
            return u"--drain-timeout-ms must be 0..600000"_s;
        config.drainTimeoutMs = int(*v);
    } else if (flag == "public-url"_L1) {
        config.publicUrl = value;
    } else if (flag.startsWith("webhook-"_L1)) {
        return applyWebhooks(config, flag, value);
    } else if (flag.startsWith("sandbox-"_L1)) {
        return applyProviders(config, flag, value);
    } else {
        return applyIdentity(config, flag, value);
    }
    return {};
}

} // namespace

QString defaultDataDir()
{
    if (::geteuid() == 0)
        return u"/var/lib/paydesk"_s;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + "/paydesk"_L1;
}

Result<Config> loadConfig(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"paydeskd: the Paydesk server (REST + WebSocket on one port, PostgreSQL ledger)."_s);
    parser.addHelpOption();
    for (const Option &o : options())
        parser.addOption(QCommandLineOption(
            o.flag, o.description + " [env "_L1 + QLatin1StringView(o.env) + ']'_L1, o.valueName));
    if (!parser.parse(arguments))
        return usage(parser.errorText() + "\n\n"_L1 + parser.helpText());
    if (parser.isSet(u"help"_s))
        return usage(parser.helpText());
    if (!parser.positionalArguments().isEmpty())
        return usage(u"unexpected argument: "_s + parser.positionalArguments().constFirst());

    Config config;
    for (const Option &o : options()) {
        QString value;
        if (parser.isSet(o.flag))
            value = parser.value(o.flag);
        else if (qEnvironmentVariableIsSet(o.env))
            value = qEnvironmentVariable(o.env);
        else
            continue;
        if (const QString problem = apply(config, o.flag, value); !problem.isEmpty())
            return usage(problem);
    }
    if (config.dataDir.isEmpty())
        config.dataDir = defaultDataDir();
    if (config.adminEmail.isEmpty() != config.adminPassword.isEmpty())
        return usage(u"--admin-email and --admin-password go together"_s);
    config.webhooks.allowLoopback = config.apps.allowLoopbackWebhooks;
    // Handlers wait on PostgreSQL (a commit is an fsync), so a few threads per core let commits
    // overlap and share fsyncs: measured 2.5x the transfers/s of one thread per core, and
    // 2 000 chat connections at 200 messages/s kept up only with more threads (PERFORMANCE.md).
    if (config.workerThreads == 0)
        config.workerThreads = qMax(4, 4 * QThread::idealThreadCount());
    return config;
}

} // namespace paydesk::server
