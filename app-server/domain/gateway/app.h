// A merchant's client app and its API keys, as the gateway and its API see them.
#pragma once

#include <QDateTime>
#include <QString>

namespace paydesk::server::gateway {

struct App
{
    QString id;
    QString ownerId;
    QString name;
    QString environment; // test or live
    QString webhookUrl;
    bool active = true;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct ApiKey
{
    QString id;
    QString appId;
    QString prefix; // sk_test_AbCd — enough to tell keys apart, never enough to use one
    QDateTime createdAt;
    QDateTime expiresAt; // invalid: no end; set when the key was rotated
    QDateTime revokedAt;
    QDateTime lastUsedAt;
    QString status; // active, expiring (rotated, in its grace period), expired, revoked
};

// A key as it is handed out: the only time its full text exists outside the caller.
struct NewApiKey
{
    ApiKey key;
    QString secret;
};

// Who an API key speaks for.
struct KeyOwner
{
    QString keyId;
    QString appId;
    QString ownerId;
    QString environment;
};

struct WebhookSecret
{
    QString current;
    QString previous; // empty when none is still valid
    QDateTime previousUntil;
};

struct AppSettings
{
    int keyGraceHours = 24;             // how long a rotated key keeps working
    bool allowLoopbackWebhooks = false; // development and tests only
};

} // namespace paydesk::server::gateway
