// Merchants' apps, their API keys and webhook signing secrets (SPEC §4.3). Every call names the
// owner: an app that belongs to someone else is "not found", never "forbidden", so ids leak
// nothing. Keys are shown once, stored as hashes, rotated with a grace period and revoked.
#pragma once

#include "app.h"

#include "domain/common/page.h"
#include "result.h"

#include <QSqlDatabase>

namespace paydesk::server {
class Database;
}

namespace paydesk::server::gateway {

struct CreatedApp
{
    App app;
    NewApiKey key;
    QString webhookSecret;
};

struct AppChanges
{
    std::optional<QString> name;
    std::optional<QString> webhookUrl;
};

class AppService
{
public:
    AppService(const Database &database, AppSettings settings);

    Result<CreatedApp> create(const QString &ownerId, const QString &name,
                              const QString &environment, const QString &webhookUrl);
    Result<Page<App>> list(const QString &ownerId, const PageRequest &page);
    Result<App> get(const QString &ownerId, const QString &appId);
    Result<App> update(const QString &ownerId, const QString &appId, const AppChanges &changes);
    Result<App> deactivate(const QString &ownerId, const QString &appId);

    Result<QList<ApiKey>> keys(const QString &ownerId, const QString &appId);
    Result<NewApiKey> createKey(const QString &ownerId, const QString &appId);
    // A new key; the old one keeps working for `graceHours` (the configured default when < 0).
    Result<NewApiKey> rotateKey(const QString &ownerId, const QString &appId, const QString &keyId,
                                int graceHours = -1);
    Result<void> revokeKey(const QString &ownerId, const QString &appId, const QString &keyId);

    Result<WebhookSecret> webhookSecret(const QString &ownerId, const QString &appId);
    // The previous secret stays valid (signatures carry both) for the key grace period.
    Result<WebhookSecret> rotateWebhookSecret(const QString &ownerId, const QString &appId);

    // The app an API key speaks for; invalid_api_key for unknown, revoked or expired keys and
    // for keys of deactivated apps.
    Result<KeyOwner> authenticate(const QString &apiKey) const;

    const AppSettings &settings() const { return m_settings; }

private:
    Result<NewApiKey> issueKey(QSqlDatabase db, const App &app);

    const Database &m_database;
    AppSettings m_settings;
};

} // namespace paydesk::server::gateway
