#include "serverapp.h"

#include "domain/ledger/reconciliation.h"

#include "ids.h"
#include "realtime/feeds.h"
#include "realtime/wssession.h"
#include "store/migrator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QUrl>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "paydesk.server")

namespace paydesk::server {

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &byte, 1);
}

constexpr int kHeartbeatMs = 10000;

// This node's database connections' application_name; chat log NOTIFYs carry it (0015).
QString databaseTag(const QString &nodeId)
{
    return u"paydeskd:"_s + nodeId;
}
} // namespace

ServerApp::ServerApp(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_metrics(m_config.workerThreads)
{
    m_node.nodeId = ids::make(u"node");
    m_node.version = QCoreApplication::applicationVersion();
    m_node.startedAt = QDateTime::currentDateTimeUtc();
    m_node.threads = m_config.workerThreads;
}

ServerApp::~ServerApp()
{
    if (m_pool)
        m_pool->stop();
}

Result<quint16> ServerApp::start()
{
    installSignalHandlers();
    if (auto r = openDatabase(); !r)
        return r.error();
    auto db = m_database->connection();
    if (!db)
        return db.error();
    auto schema = Migrator::migrate(*db);
    if (!schema)
        return schema.error();
    m_node.schemaKnown = schema->known;
    qCInfo(lcServer) << "schema at version" << schema->current << "applied now"
                     << schema->appliedNow;

    if (auto r = buildIdentity(); !r)
        return r.error();
    if (auto r = buildFunding(); !r)
        return r.error();
    const RatePolicy accountPolicy{m_config.accountRatePerMinute, m_config.accountRatePerMinute};
    m_deps = std::make_unique<ApiDeps>(ApiDeps{m_config, *m_database, m_metrics, m_node,
                                               *m_identity, *m_security, m_limiter, accountPolicy,
                                               *m_ledger, *m_wallets});
    m_deps->funding = m_fundingDeps.get();
    m_deps->apps = m_apps.get();
    m_deps->payments = m_payments.get();
    m_deps->webhooks = m_webhooks.get();
    m_deps->walletPayments = m_walletPayments.get();
    m_deps->merchantStats = m_merchantStats.get();
    m_presence = std::make_unique<chat::PresenceService>(*m_database, m_node.nodeId);
    m_chat =
        std::make_unique<chat::ChatService>(*m_database, m_hub, *m_presence, m_committer.get());
    m_deps->chat = m_chat.get();
    m_deps->committer = m_committer.get();
    m_paymentFeed = std::make_unique<gateway::PaymentFeed>(*m_database, *m_payments);
    registerRoutes(m_router, *m_deps);
    PreflightLimits limits;
    limits.maxBodyBytes = m_config.maxBodyBytes;
    const ListenerDeps listenerDeps{
        m_router,
        m_metrics,
        limits,
        m_tokens.get(),
        &m_limiter,
        RatePolicy{m_config.authRatePerMinute, m_config.authRatePerMinute},
        m_database.get(),
        m_committer.get(),
        m_apps.get(),
        RatePolicy{m_config.apiKeyRatePerMinute / 10 + 1, m_config.apiKeyRatePerMinute}};
    m_pool = std::make_unique<ListenerPool>(
        listenerDeps, [this](QObject *owner) -> HttpListener::WebSocketHandler {
            return [this, owner](std::unique_ptr<QWebSocket> socket) {
                WsLimits limits;
                limits.maxQueueBytes = m_config.wsMaxQueueBytes;
                WsSession::accept(std::move(socket), m_metrics, m_tokens.get(), limits,
                                  WsServices{&m_hub, m_chat.get(), m_paymentFeed.get()}, owner);
            };
        });
    // Registered before the first connection can arrive (presence rows name this node), and
    // again with the port the system chose.
    if (auto r = registerNode(m_config.port); !r)
        return r.error();
    auto port = m_pool->start(m_config.bindAddress, m_config.port, m_config.workerThreads);
    if (!port)
        return port.error();
    if (auto r = registerNode(*port); !r)
        return r.error();
    setCheckoutBaseUrl(*port);
    if (auto resumed = m_withdrawals->resumeOpenPayouts(); resumed && *resumed > 0)
        qCInfo(lcServer) << "asked the provider again about" << *resumed << "open payouts";
    connect(&m_heartbeat, &QTimer::timeout, this, &ServerApp::beatHeartbeat);
    m_heartbeat.start(kHeartbeatMs);
    scheduleReconciliation();
    schedulePaymentExpiry();
    m_dispatcher->start();
    // Every node hears every committed event: payment events go to the sessions following their
    // feeds; personal events reach people through their logs (each node's relay moves them
    // there), whose growth every node hears too and its connections of that person catch up.
    m_relay = std::make_unique<OutboxRelay>(
        *m_database,
        OutboxRelay::Sinks{
            [this](const RelayedEvent &event) {
                m_metrics.recordRelayed(event.sequence);
                if (const QStringList followed = feeds::of(event); !followed.isEmpty())
                    m_hub.publishToFeeds(followed, event.sequence,
                                         feeds::frame(event.sequence, event.eventId, event.topic,
                                                      event.at, event.payload));
            },
            [this](const QString &userId, qint64 seq, const QString &origin) {
                // This node's chat writes reached its sessions already (ChatService publishes
                // after commit); others' and the relays' are read from the log.
                if (origin != databaseTag(m_node.nodeId))
                    m_hub.deliverToUser(userId, seq, {});
            },
            [this](const QStringList &to, const QJsonObject &frame) {
                for (const QString &userId : to)
                    m_hub.sendToUser(userId, frame);
            }});
    m_relay->start();
    return *port;
}

Result<void> ServerApp::openDatabase()
{
    if (m_config.usesEmbeddedCluster()) {
        if (!QDir().mkpath(m_config.dataDir))
            return Error::make(errc::kUnavailable, u"cannot create "_s + m_config.dataDir);
        m_cluster = std::make_unique<EmbeddedCluster>(m_config.dataDir);
        auto params = m_cluster->start();
        if (!params)
            return params.error();
        params->applicationName = databaseTag(m_node.nodeId);
        m_database = std::make_unique<Database>(*params);
        return {};
    }
    auto params = DatabaseParams::fromUrl(m_config.databaseUrl);
    if (!params)
        return params.error();
    params->applicationName = databaseTag(m_node.nodeId);
    m_database = std::make_unique<Database>(*params);
    return {};
}

Result<void> ServerApp::buildIdentity()
{
    auto keys = identity::TokenIssuer::loadKeys(m_config.jwtKeys, m_config.dataDir);
    if (!keys)
        return keys.error();
    Argon2Params argon2;
    argon2.memoryKiB = quint32(m_config.argon2MemoryKiB);
    argon2.iterations = quint32(m_config.argon2Iterations);
    m_hasher = std::make_unique<PasswordHasher>(argon2);
    m_tokens = std::make_unique<identity::TokenIssuer>(*keys, m_config.accessTokenTtl);
    identity::IdentitySettings settings;
    settings.defaultCurrency = m_config.defaultCurrency;
    m_identity =
        std::make_unique<identity::IdentityService>(*m_database, *m_hasher, *m_tokens, settings);
    m_security = std::make_unique<identity::SecurityService>(*m_database, *m_hasher);
    if (m_config.groupCommitMax > 0)
        m_committer = std::make_unique<GroupCommitter>(
            *m_database,
            GroupCommitSettings{m_config.groupCommitMax,
                                std::chrono::microseconds(m_config.groupCommitWindowUs),
                                m_config.groupCommitLanes});
    m_ledger = std::make_unique<ledger::LedgerService>(*m_database, m_committer.get(), &m_hub);
    m_apps = std::make_unique<gateway::AppService>(*m_database, m_config.apps);
    m_payments = std::make_unique<gateway::PaymentService>(*m_database, gateway::PaymentSettings{},
                                                           m_committer.get());
    m_webhooks = std::make_unique<webhooks::WebhookService>(*m_database, m_config.webhooks);
    m_dispatcher = std::make_unique<WebhookDispatcher>(*m_webhooks, m_metrics);
    m_merchantStats = std::make_unique<gateway::MerchantStats>(*m_database);
    m_wallets = std::make_unique<wallet::WalletService>(*m_database, *m_ledger, *m_security,
                                                        m_config.wallet);
    m_walletPayments = std::make_unique<gateway::WalletPayments>(
        *m_database, *m_ledger, *m_security, *m_wallets, *m_payments,
        gateway::WalletPaymentSettings{m_config.gatewayFeeBps});
    if (!m_config.adminEmail.isEmpty()) {
        if (auto r = m_identity->ensureAdmin(m_config.adminEmail, m_config.adminPassword); !r)
            return Error::make(errc::kValidation,
                               u"cannot set up the admin account: "_s + r.error().message);
    }
    return {};
}

Result<void> ServerApp::buildFunding()
{
    auto secret = providers::SandboxProvider::loadSecret(m_config.sandboxSecret, m_config.dataDir);
    if (!secret)
        return secret.error();
    m_sandbox =
        std::make_unique<providers::SandboxProvider>(*secret, m_config.sandboxPayoutDelayMs);
    m_settlement = std::make_unique<funding::OrderSettlement>(*m_database, *m_ledger, *m_sandbox);
    m_funding = std::make_unique<funding::FundingService>(*m_ledger, *m_wallets, *m_settlement);
    m_withdrawals = std::make_unique<funding::WithdrawalService>(*m_ledger, *m_wallets, *m_security,
                                                                 *m_settlement);
    // The sandbox's callbacks take the same path as the HTTP callback endpoint's.
    m_sandbox->setCallbackSink([this](const providers::ProviderCallback &callback) {
        if (auto r = m_settlement->acceptCallback(callback); !r)
            qCWarning(lcServer) << "sandbox callback for" << callback.orderId
                                << "not settled:" << r.error().code << r.error().message;
    });
    m_fundingDeps = std::make_unique<FundingDeps>(
        FundingDeps{*m_funding, *m_withdrawals, *m_settlement, *m_sandbox});
    return {};
}

void ServerApp::setCheckoutBaseUrl(quint16 port)
{
    QString base = m_config.publicUrl;
    if (base.isEmpty()) {
        const QHostAddress &bind = m_config.bindAddress;
        const bool any = bind == QHostAddress::Any || bind == QHostAddress::AnyIPv4 ||
                         bind == QHostAddress::AnyIPv6;
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(any ? u"127.0.0.1"_s : bind.toString());
        url.setPort(port);
        base = url.toString();
    }
    while (base.endsWith(u'/'))
        base.chop(1);
    m_sandbox->setPublicUrl(base);
    m_payments->setPublicUrl(base);
}

Result<void> ServerApp::registerNode(quint16 port)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(u"INSERT INTO nodes (id, host_name, pid, listen, version) "
              "VALUES (:id, :host, :pid, :listen, :version) "
              "ON CONFLICT (id) DO UPDATE SET listen = EXCLUDED.listen"_s);
    q.bindValue(u":id"_s, m_node.nodeId);
    q.bindValue(u":host"_s, QHostInfo::localHostName());
    q.bindValue(u":pid"_s, int(QCoreApplication::applicationPid()));
    q.bindValue(u":listen"_s, u"%1:%2"_s.arg(m_config.bindAddress.toString()).arg(port));
    q.bindValue(u":version"_s, m_node.version);
    if (!q.exec())
        return databaseError(u"register node"_s, q.lastError().text());
    return {};
}

void ServerApp::beatHeartbeat()
{
    auto db = m_database->connection();
    if (!db)
        return;
    QSqlQuery q(*db);
    q.prepare(u"UPDATE nodes SET heartbeat_at = now() WHERE id = :id"_s);
    q.bindValue(u":id"_s, m_node.nodeId);
    if (!q.exec())
        Database::closeThreadConnection(); // reopened on the next beat
    // Nodes that stopped beating an hour ago are gone for good.
    q.exec(u"DELETE FROM nodes WHERE heartbeat_at < now() - interval '1 hour'"_s);
    if (m_presence)
        m_presence->sweepDeadNodes(); // their people are no longer online through them
}

void ServerApp::installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
        return;
    m_signalNotifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &byte, 1);
        qCInfo(lcServer) << "received signal" << int(byte) << "- draining";
        shutdown();
    });
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    ::signal(SIGPIPE, SIG_IGN);
}

void ServerApp::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_heartbeat.stop();
    if (m_pool)
        m_pool->stopAccepting();
    m_drainDeadline = QDateTime::currentMSecsSinceEpoch() + m_config.drainTimeoutMs;
    connect(&m_drainPoll, &QTimer::timeout, this, [this] {
        if (m_metrics.inFlight() > 0 && QDateTime::currentMSecsSinceEpoch() < m_drainDeadline)
            return;
        m_drainPoll.stop();
        finishShutdown();
    });
    m_drainPoll.start(20);
}

void ServerApp::scheduleReconciliation()
{
    if (m_config.reconcileIntervalSeconds <= 0)
        return;
    connect(&m_reconcileTimer, &QTimer::timeout, this, [this] {
        if (m_reconciling.exchange(true))
            return; // the previous run is still going
        QThreadPool::globalInstance()->start([this] {
            auto report = ledger::Reconciler(*m_database).run();
            if (!report) {
                qCWarning(lcServer) << "reconciliation failed:" << report.error().message;
            } else {
                m_metrics.recordReconciliation(report->problemCount(),
                                               report->checkedAt.toSecsSinceEpoch());
                if (report->balanced())
                    qCInfo(lcServer)
                        << "reconciliation: the ledger balances;" << report->accountsChecked
                        << "accounts in" << report->durationMs << "ms";
                else
                    qCCritical(lcServer) << "reconciliation found" << report->problemCount()
                                         << "problems; see GET /api/v1/admin/reconciliation";
            }
            Database::releaseThreadConnection(); // pool threads may end at exit
            m_reconciling = false;
        });
    });
    m_reconcileTimer.start(m_config.reconcileIntervalSeconds * 1000);
}

void ServerApp::schedulePaymentExpiry()
{
    // Every second, on a pool thread; FOR UPDATE SKIP LOCKED lets every node run it at once.
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        if (m_expiring.exchange(true))
            return;
        QThreadPool::globalInstance()->start([this] {
            auto expired = m_payments->expireDue();
            if (!expired)
                qCWarning(lcServer) << "payment expiry failed:" << expired.error().message;
            else if (*expired > 0)
                qCInfo(lcServer) << "expired" << *expired << "payment requests";
            // A pool thread may end at exit, after the SQL driver is gone: it keeps nothing.
            Database::releaseThreadConnection();
            m_expiring = false;
        });
    });
    m_expiryTimer.start(1000);
}

void ServerApp::finishShutdown()
{
    m_expiryTimer.stop();
    if (m_dispatcher)
        m_dispatcher->stop();
    if (m_relay)
        m_relay->stop();
    const qint64 left = m_metrics.inFlight();
    m_reconcileTimer.stop();
    QThreadPool::globalInstance()->waitForDone(); // a running reconciliation uses the database
    if (m_committer) // every queued unit done and its answer posted while the listeners live
        m_committer->runAndWait([](QSqlDatabase) { return true; });
    if (m_pool)
        m_pool->stop();
    m_committer.reset(); // runs what came after the barrier while the services still live
    if (m_database) {
        if (auto db = m_database->connection()) {
            {
                QSqlQuery q(*db);
                q.prepare(u"DELETE FROM nodes WHERE id = :id"_s);
                q.bindValue(u":id"_s, m_node.nodeId);
                q.exec();
            }
            Database::closeThreadConnection();
        }
    }
    if (m_cluster)
        m_cluster->stop();
    qCInfo(lcServer) << "stopped;" << left << "requests were still in flight";
    Q_EMIT done(0);
}

} // namespace paydesk::server
