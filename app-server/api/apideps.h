// What the resource handlers are built from. Handlers capture these by reference at start-up;
// every member is either read-only after start-up or safe to use from any listener thread.
#pragma once

#include "http/ratelimiter.h"

#include <QDateTime>
#include <QString>

namespace paydesk::server {

class Database;
class GroupCommitter;
class Metrics;
class Router;
class RateLimiter;
struct Config;
namespace identity {
class IdentityService;
class SecurityService;
} // namespace identity
namespace ledger {
class LedgerService;
}
namespace wallet {
class WalletService;
}
namespace gateway {
class AppService;
class PaymentService;
class WalletPayments;
class MerchantStats;
} // namespace gateway
namespace webhooks {
class WebhookService;
}
namespace funding {
class FundingService;
class WithdrawalService;
class OrderSettlement;
} // namespace funding
namespace providers {
class SandboxProvider;
}
namespace chat {
class ChatService;
}

// Adding money and withdrawing through payment providers (domain/funding/, providers/).
struct FundingDeps
{
    funding::FundingService &funding;
    funding::WithdrawalService &withdrawals;
    funding::OrderSettlement &settlement;
    providers::SandboxProvider &sandbox;
};

struct NodeInfo
{
    QString nodeId;
    QString version;
    QDateTime startedAt;
    int threads = 1;
    int schemaKnown = 0;
};

struct ApiDeps
{
    const Config &config;
    const Database &database;
    Metrics &metrics;
    const NodeInfo &node;
    identity::IdentityService &identity;
    identity::SecurityService &security;
    RateLimiter &limiter;
    RatePolicy accountPolicy; // per account/user buckets for sign-in, PIN and password checks
    ledger::LedgerService &ledger;
    wallet::WalletService &wallets;
    gateway::AppService *apps = nullptr;                   // merchants' apps and keys
    gateway::PaymentService *payments = nullptr;           // payment requests
    webhooks::WebhookService *webhooks = nullptr;          // delivery logs, retries, endpoints
    gateway::WalletPayments *walletPayments = nullptr;     // paying requests from wallets
    const gateway::MerchantStats *merchantStats = nullptr; // the merchant console's figures
    // Set by ServerApp before the routes are registered; handlers read it when called, so a
    // table built only to be inspected (the OpenAPI test) may leave it null.
    const FundingDeps *funding = nullptr;
    chat::ChatService *chat = nullptr; // messages, conversations, receipts
    const GroupCommitter *committer = nullptr; // none with --group-commit 0
};

// Registers every route of the API. The OpenAPI test builds the table through this too.
void registerRoutes(Router &router, const ApiDeps &deps);

void registerHealthRoutes(Router &router, const ApiDeps &deps);
void registerMetaRoutes(Router &router, const ApiDeps &deps);
void registerAuthRoutes(Router &router, const ApiDeps &deps);
void registerProfileRoutes(Router &router, const ApiDeps &deps);
void registerTwoFactorRoutes(Router &router, const ApiDeps &deps);
void registerAdminRoutes(Router &router, const ApiDeps &deps);
void registerWalletRoutes(Router &router, const ApiDeps &deps);
void registerReconciliationRoutes(Router &router, const ApiDeps &deps);
void registerAppRoutes(Router &router, const ApiDeps &deps);
void registerPaymentRoutes(Router &router, const ApiDeps &deps);
void registerMerchantRoutes(Router &router, const ApiDeps &deps);
void registerMerchantPaymentRoutes(Router &router, const ApiDeps &deps);
void registerPayPageRoutes(Router &router, const ApiDeps &deps);
void registerWebhookRoutes(Router &router, const ApiDeps &deps);
void registerWalletPaymentRoutes(Router &router, const ApiDeps &deps);
void registerHistoryRoutes(Router &router, const ApiDeps &deps);
void registerFundingRoutes(Router &router, const ApiDeps &deps);
void registerWithdrawalRoutes(Router &router, const ApiDeps &deps);
void registerSandboxRoutes(Router &router, const ApiDeps &deps);
void registerChatRoutes(Router &router, const ApiDeps &deps);

} // namespace paydesk::server
