// The demo's world, written into a running paydeskd through its public API (and, for what the
// API cannot do on purpose — dates in the past, expired payments, funded wallets — straight
// into its database, as the integration tests do): a merchant with test and live apps, a month
// of realistic payments, webhook deliveries that succeed, fail and wait for a retry, people
// who send each other money, and an administrator. Used by paydesk-demo and tst_console.
#pragma once

#include <QString>
#include <QStringList>

namespace paydesk::test {
class TestServer;
class WebhookReceiver;
} // namespace paydesk::test

namespace paydesk::demo {

inline constexpr auto kMerchantEmail = "demo@paydesk.test";
inline constexpr auto kAdminEmail = "admin@paydesk.test";
inline constexpr auto kPassword = "paydesk-demo-2026";

// The paydeskd flags the demo needs: its administrator, loopback webhooks for the receiver.
QStringList serverArguments();

struct DemoWorld
{
    QString merchantToken;
    QStringList testKeys; // API keys of the test apps, first = the main shop
    QString liveKey;
    QStringList testAppIds;
};

// Seeds everything; `receiver` answers the apps' webhooks (must be listening). False (with
// the reason logged) on any failure.
bool seedDemo(const test::TestServer &server, test::WebhookReceiver &receiver, DemoWorld &world);

// Adds `count` test payments of the main shop straight into the database (fast: one
// statement), spread over the last 90 days, for the 100 000-row scrolling check.
bool addBulkPayments(const test::TestServer &server, const DemoWorld &world, int count);

// Creates one test payment now through the API (the live monitor's demo traffic) and, for
// most of them, completes it a moment later. Returns its id or an empty string.
QString createLivePayment(const test::TestServer &server, const DemoWorld &world, int n);

} // namespace paydesk::demo
