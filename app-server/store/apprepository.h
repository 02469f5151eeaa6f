// SQL of apps and API keys. Keys are looked up by the SHA-256 of their full text only.
#pragma once

#include "domain/common/page.h"
#include "domain/gateway/app.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace paydesk::server {

class AppRepository
{
public:
    explicit AppRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<void> insertApp(gateway::App &app, const QString &webhookSecret);
    Result<std::optional<gateway::App>> findApp(const QString &appId, const QString &ownerId);
    Result<Page<gateway::App>> listApps(const QString &ownerId, const PageRequest &page);
    Result<std::optional<gateway::App>> updateApp(const QString &appId, const QString &ownerId,
                                                  const std::optional<QString> &name,
                                                  const std::optional<QString> &webhookUrl,
                                                  const std::optional<bool> &active);

    Result<void> insertKey(gateway::ApiKey &key, const QByteArray &hash);
    Result<QList<gateway::ApiKey>> listKeys(const QString &appId);
    Result<std::optional<gateway::ApiKey>> findKey(const QString &keyId, const QString &appId);
    // Ends a key's life at `at` (rotation grace) unless it already ends sooner; false if gone.
    Result<bool> expireKey(const QString &keyId, const QString &appId, const QDateTime &at);
    Result<bool> revokeKey(const QString &keyId, const QString &appId);
    Result<std::optional<gateway::KeyOwner>> ownerOfKey(const QByteArray &hash);
    Result<void> touchKey(const QString &keyId);

    Result<std::optional<gateway::WebhookSecret>> webhookSecret(const QString &appId,
                                                                const QString &ownerId);
    Result<bool> rotateWebhookSecret(const QString &appId, const QString &ownerId,
                                     const QString &next, const QDateTime &previousUntil);

private:
    QSqlDatabase m_db;
};

} // namespace paydesk::server
