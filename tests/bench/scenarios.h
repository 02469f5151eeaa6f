// The benchmark's world and its scenarios: a merchant with live apps and API keys, funded
// people with PINs, and the calls each scenario makes against them.
#pragma once

#include "loadrunner.h"

#include <QStringList>

#include <random>

namespace paydesk::test {
class TestServer;
class WebhookReceiver;
} // namespace paydesk::test

namespace paydesk::bench {

struct World
{
    QString merchantToken;
    QStringList apiKeys; // live apps' keys
    QStringList userTokens;
    QStringList userIds;
    QStringList payable; // pay_ ids created by payments.create, consumed by payments.pay
    qint64 sequence = 0; // makes Idempotency-Keys and references unique across every run
};

// Signs people and the merchant up through the API and funds the people straight in the
// database; false (with the reason printed) on any failure.
bool seed(const test::TestServer &server, int users, int apps, qint64 funds, World &world);

class Scenarios
{
public:
    Scenarios(const test::TestServer &server, World &world, RunSettings settings);

    Figures health();
    Figures paymentsCreate();
    Figures walletTransfer();
    Figures paymentsPay();
    Figures pinVerify();
    // Payments created for `duration` on a test app whose endpoint (in this process) fails
    // `failShare` of first attempts; waits until every event is delivered, checks signatures.
    Figures webhooksDeliver(double failShare);
    // `count` deliveries written straight to the database, due at once, drained by the
    // dispatcher with nothing else running: its own rate, with the same failing share.
    Figures webhooksBacklog(double failShare, int count);

private:
    struct HookApp
    {
        QString id;
        QString apiKey;
        QString secret;
    };
    // A fresh test app whose webhook endpoint is `receiver`, failing `failShare` of first tries.
    HookApp hookApp(test::WebhookReceiver &receiver, double failShare);
    QNetworkRequest request(const QString &path, const QString &bearer) const;

    const test::TestServer &m_server;
    World &m_world;
    RunSettings m_settings;
    std::mt19937_64 m_random{20261125};
};

} // namespace paydesk::bench
