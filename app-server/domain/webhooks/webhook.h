// Webhook deliveries as the gateway, its API and the dispatcher see them (SPEC §4.3).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk::server::webhooks {

// pending: waiting for its next attempt; delivered: a 2xx came back; failed: the retry schedule
// ran out; paused: its endpoint is disabled (resumed when the owner re-enables it).
namespace status {
inline constexpr auto kPending = "pending";
inline constexpr auto kDelivered = "delivered";
inline constexpr auto kFailed = "failed";
inline constexpr auto kPaused = "paused";
} // namespace status

struct Attempt
{
    int number = 0; // 1 for the first try
    QString url;
    QJsonObject requestHeaders;
    int responseStatus = 0; // 0: no HTTP answer (timeout, refused, blocked address)
    QJsonObject responseHeaders;
    QString responseBody; // an excerpt
    int latencyMs = 0;
    QString error;
    bool manual = false;
    QDateTime at;
    bool retryable = true; // false: the policy refused it (a forbidden address): give up now

    bool succeeded() const { return responseStatus >= 200 && responseStatus < 300; }
};

struct Delivery
{
    QString id;
    QString eventId; // the webhook-id header: the same on every retry
    QString appId;
    QString eventType;
    QString paymentId;
    QString url;
    QByteArray body;
    QString status;
    int attempts = 0;
    QDateTime nextAttemptAt;
    int lastStatus = 0;
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deliveredAt;
    QList<Attempt> log; // filled when one delivery is read
};

// What the dispatcher needs to send one delivery.
struct DueDelivery
{
    QString id;
    QString eventId;
    QString appId;
    QString ownerId;     // told when the endpoint gets disabled
    QString environment; // test or live: live addresses are checked when they resolve
    QString url;
    QByteArray body;
    int attempts = 0; // before this one
    bool manual = false;
    QStringList secrets; // the current signing secret, then the previous one during a rotation
};

struct Endpoint
{
    QString appId;
    QString url;
    QDateTime failingSince;
    QDateTime lastSuccessAt;
    QDateTime lastFailureAt;
    QDateTime disabledAt;
    int waiting = 0; // pending or paused deliveries
};

// Filters of the delivery log; empty fields do not filter.
struct DeliveryQuery
{
    QString appId;
    QString status;
    QString eventType;
    QString paymentId;
};

struct WebhookSettings
{
    // Seconds to wait after the n-th failed attempt before the next one; when it runs out the
    // delivery has failed. Default: immediately, 5 s, 30 s, 5 min, then 30 min, 2 h, 5 h, 10 h,
    // 10 h — about 28 hours in all.
    QList<int> retrySchedule = {0, 5, 30, 300, 1800, 7200, 18000, 36000, 36000};
    int timeoutMs = 10000;                   // one attempt, connection to last byte
    int concurrency = 16;                    // attempts in flight per node
    int disableAfterSeconds = 3 * 24 * 3600; // an endpoint failing this long is disabled
    int pollMs = 250;                        // how often the dispatcher looks for due deliveries
    bool allowLoopback = false;              // test-mode endpoints on this machine (development)
};

// When to try again after `attemptsMade` attempts have failed; nullopt: give up.
inline std::optional<int> retryDelaySeconds(int attemptsMade, const QList<int> &schedule)
{
    if (attemptsMade < 1 || attemptsMade > schedule.size())
        return std::nullopt;
    return schedule.at(attemptsMade - 1);
}

} // namespace paydesk::server::webhooks
