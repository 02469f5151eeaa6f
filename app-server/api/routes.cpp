#include "apideps.h"

namespace paydesk::server {

void registerRoutes(Router &router, const ApiDeps &deps)
{
    registerHealthRoutes(router, deps);
    registerMetaRoutes(router, deps);
    registerAuthRoutes(router, deps);
    registerProfileRoutes(router, deps);
    registerAdminRoutes(router, deps);
    registerWalletRoutes(router, deps);
    registerReconciliationRoutes(router, deps);
    registerAppRoutes(router, deps);
    registerPaymentRoutes(router, deps);
    registerWalletPaymentRoutes(router, deps);
    registerMerchantRoutes(router, deps);
    registerMerchantPaymentRoutes(router, deps);
    registerPayPageRoutes(router, deps);
    registerWebhookRoutes(router, deps);
    registerHistoryRoutes(router, deps);
    registerFundingRoutes(router, deps);
    registerWithdrawalRoutes(router, deps);
    registerSandboxRoutes(router, deps);
    registerChatRoutes(router, deps);
}

} // namespace paydesk::server
