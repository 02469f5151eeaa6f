// paydeskd's object graph, built once from the Config: the database (embedded cluster or
// PAYDESK_DATABASE_URL), migrations, this node's registration, the route table and the listener
// threads. It owns them all and tears them down in reverse order on SIGTERM/SIGINT, after the
// in-flight requests have drained.
#pragma once

#include "api/apideps.h"
#include "config/config.h"
#include "domain/chat/chatservice.h"
#include "domain/funding/fundingservice.h"
#include "domain/funding/ordersettlement.h"
#include "domain/funding/withdrawalservice.h"
#include "domain/gateway/appservice.h"
#include "domain/gateway/merchantstats.h"
#include "domain/gateway/paymentfeed.h"
#include "domain/gateway/paymentservice.h"
#include "domain/gateway/walletpayments.h"
#include "domain/identity/identityservice.h"
#include "domain/identity/passwordhasher.h"
#include "domain/identity/securityservice.h"
#include "domain/identity/tokenissuer.h"
#include "domain/ledger/ledgerservice.h"
#include "domain/wallet/walletservice.h"
#include "domain/webhooks/webhookservice.h"
#include "http/listenerpool.h"
#include "http/metrics.h"
#include "http/ratelimiter.h"
#include "http/router.h"
#include "outbound/webhookdispatcher.h"
#include "providers/sandboxprovider.h"
#include "realtime/hub.h"
#include "realtime/outboxrelay.h"
#include "result.h"
#include "store/database.h"
#include "store/embeddedcluster.h"
#include "store/groupcommit.h"

#include <QObject>
#include <QSocketNotifier>
#include <QTimer>

#include <atomic>
#include <memory>

namespace paydesk::server {

class ServerApp : public QObject
{
    Q_OBJECT
public:
    explicit ServerApp(Config config, QObject *parent = nullptr);
    ~ServerApp() override;

    // Brings everything up; returns the port served. Prints nothing: main.cpp does.
    Result<quint16> start();
    // Stops accepting, waits for in-flight requests (bounded), stops everything; then `done`.
    void shutdown();
    const Config &config() const { return m_config; }
    const DatabaseParams &databaseParams() const { return m_database->params(); }

Q_SIGNALS:
    void done(int exitCode);

private:
    Result<void> openDatabase();
    Result<void> buildIdentity();
    Result<void> buildFunding();
    void setCheckoutBaseUrl(quint16 port);
    Result<void> registerNode(quint16 port);
    void beatHeartbeat();
    void finishShutdown();
    void scheduleReconciliation();
    void schedulePaymentExpiry();
    void installSignalHandlers();

    Config m_config;
    NodeInfo m_node;
    std::unique_ptr<EmbeddedCluster> m_cluster;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<GroupCommitter> m_committer; // batches postings; null with --group-commit 0
    Metrics m_metrics;
    Router m_router;
    RateLimiter m_limiter;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<identity::TokenIssuer> m_tokens;
    std::unique_ptr<identity::IdentityService> m_identity;
    std::unique_ptr<identity::SecurityService> m_security;
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<gateway::AppService> m_apps;
    std::unique_ptr<gateway::PaymentService> m_payments;
    std::unique_ptr<webhooks::WebhookService> m_webhooks;
    std::unique_ptr<WebhookDispatcher> m_dispatcher; // sends what m_webhooks queues
    std::unique_ptr<OutboxRelay> m_relay;            // committed events to this node's clients
    std::unique_ptr<gateway::MerchantStats> m_merchantStats;
    std::unique_ptr<wallet::WalletService> m_wallets;
    std::unique_ptr<gateway::WalletPayments> m_walletPayments;
    std::unique_ptr<providers::SandboxProvider> m_sandbox;
    std::unique_ptr<funding::OrderSettlement> m_settlement;
    std::unique_ptr<funding::FundingService> m_funding;
    std::unique_ptr<funding::WithdrawalService> m_withdrawals;
    std::unique_ptr<FundingDeps> m_fundingDeps;
    Hub m_hub; // every authenticated WebSocket session of this node
    std::unique_ptr<chat::PresenceService> m_presence; // who is online, on every node
    std::unique_ptr<chat::ChatService> m_chat;
    std::unique_ptr<gateway::PaymentFeed> m_paymentFeed; // what consoles follow over WebSocket
    std::unique_ptr<ApiDeps> m_deps;
    std::unique_ptr<ListenerPool> m_pool;
    QTimer m_heartbeat;
    QTimer m_reconcileTimer;
    std::atomic<bool> m_reconciling{false};
    QTimer m_expiryTimer;
    std::atomic<bool> m_expiring{false};
    QTimer m_drainPoll;
    qint64 m_drainDeadline = 0;
    QSocketNotifier *m_signalNotifier = nullptr;
    bool m_shuttingDown = false;
};

} // namespace paydesk::server
