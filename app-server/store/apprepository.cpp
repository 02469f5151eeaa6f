#include "apprepository.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {

#define APP_COLUMNS "id, owner_id, name, environment, webhook_url, active, created_at, updated_at "
#define KEY_COLUMNS                                                                                \
    "id, app_id, prefix, created_at, expires_at, revoked_at, last_used_at, CASE "                  \
    "WHEN revoked_at IS NOT NULL THEN 'revoked' WHEN expires_at IS NULL THEN 'active' "            \
    "WHEN expires_at > now() THEN 'expiring' ELSE 'expired' END "

gateway::App readApp(const QSqlQuery &q)
{
    gateway::App a;
    a.id = q.value(0).toString();
    a.ownerId = q.value(1).toString();
    a.name = q.value(2).toString();
    a.environment = q.value(3).toString();
    a.webhookUrl = q.value(4).toString();
    a.active = q.value(5).toBool();
    a.createdAt = q.value(6).toDateTime().toUTC();
    a.updatedAt = q.value(7).toDateTime().toUTC();
    return a;
}

gateway::ApiKey readKey(const QSqlQuery &q)
{
    const auto time = [&q](int i) {
        return q.value(i).isNull() ? QDateTime() : q.value(i).toDateTime().toUTC();
    };
    gateway::ApiKey k;
    k.id = q.value(0).toString();
    k.appId = q.value(1).toString();
    k.prefix = q.value(2).toString();
    k.createdAt = time(3);
    k.expiresAt = time(4);
    k.revokedAt = time(5);
    k.lastUsedAt = time(6);
    k.status = q.value(7).toString();
    return k;
}

Result<std::optional<gateway::App>> oneApp(Result<std::optional<sql::Row>> row)
{
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<gateway::App>();
    return std::optional<gateway::App>(readApp(**row));
}

Result<bool> changedOne(Result<sql::Outcome> r)
{
    if (!r)
        return r.error();
    return r->query().numRowsAffected() > 0;
}

} // namespace

Result<void> AppRepository::insertApp(gateway::App &app, const QString &webhookSecret)
{
    auto row = sql::one(m_db,
                        "INSERT INTO apps (id, owner_id, name, environment, webhook_url, "
                        "webhook_secret) VALUES (:id, :owner, :name, :env, :url, :secret) "
                        "RETURNING created_at, updated_at",
                        {{"id", app.id},
                         {"owner", app.ownerId},
                         {"name", app.name},
                         {"env", app.environment},
                         {"url", sql::text(app.webhookUrl)},
                         {"secret", webhookSecret}});
    if (!row)
        return row.error();
    if (*row) {
        app.createdAt = (*row)->value(0).toDateTime().toUTC();
        app.updatedAt = (*row)->value(1).toDateTime().toUTC();
    }
    return {};
}

Result<std::optional<gateway::App>> AppRepository::findApp(const QString &appId,
                                                           const QString &ownerId)
{
    return oneApp(sql::one(m_db,
                           "SELECT " APP_COLUMNS "FROM apps WHERE id = :id AND owner_id = :owner",
                           {{"id", appId}, {"owner", ownerId}}));
}

Result<Page<gateway::App>> AppRepository::listApps(const QString &ownerId, const PageRequest &page)
{
    auto r = sql::exec(
        m_db,
        "SELECT " APP_COLUMNS "FROM apps WHERE owner_id = :owner AND "
        "(:after = '' OR (created_at, id) < (SELECT created_at, id FROM apps "
        "WHERE id = :after)) ORDER BY created_at DESC, id DESC LIMIT :limit",
        {{"owner", ownerId}, {"after", sql::text(page.afterId)}, {"limit", page.limit + 1}});
    if (!r)
        return r.error();
    Page<gateway::App> out;
    while (r->query().next())
        out.items.append(readApp(r->query()));
    out.hasMore = out.items.size() > page.limit;
    if (out.hasMore)
        out.items.removeLast();
    return out;
}

Result<std::optional<gateway::App>> AppRepository::updateApp(const QString &appId,
                                                             const QString &ownerId,
                                                             const std::optional<QString> &name,
                                                             const std::optional<QString> &url,
                                                             const std::optional<bool> &active)
{
    return oneApp(sql::one(
        m_db,
        "UPDATE apps SET name = coalesce(:name, name), webhook_url = coalesce(:url, webhook_url), "
        "active = coalesce(:active, active), updated_at = now() WHERE id = :id AND owner_id = "
        ":owner RETURNING " APP_COLUMNS,
        {{"name", name ? QVariant(*name) : QVariant()},
         {"url", url ? QVariant(sql::text(*url)) : QVariant()},
         {"active", active ? QVariant(*active) : QVariant()},
         {"id", appId},
         {"owner", ownerId}}));
}

Result<void> AppRepository::insertKey(gateway::ApiKey &key, const QByteArray &hash)
{
    auto row =
        sql::one(m_db,
                 "INSERT INTO api_keys (id, app_id, key_hash, prefix) VALUES (:id, :app, "
                 ":hash, :prefix) RETURNING " KEY_COLUMNS,
                 {{"id", key.id}, {"app", key.appId}, {"hash", hash}, {"prefix", key.prefix}});
    if (!row)
        return row.error();
    if (*row)
        key = readKey(**row);
    return {};
}

Result<QList<gateway::ApiKey>> AppRepository::listKeys(const QString &appId)
{
    auto r = sql::exec(m_db,
                       "SELECT " KEY_COLUMNS "FROM api_keys WHERE app_id = :app "
                       "ORDER BY created_at DESC",
                       {{"app", appId}});
    if (!r)
        return r.error();
    QList<gateway::ApiKey> out;
    while (r->query().next())
        out.append(readKey(r->query()));
    return out;
}

Result<std::optional<gateway::ApiKey>> AppRepository::findKey(const QString &keyId,
                                                              const QString &appId)
{
    auto row =
        sql::one(m_db, "SELECT " KEY_COLUMNS "FROM api_keys WHERE id = :id AND app_id = :app",
                 {{"id", keyId}, {"app", appId}});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<gateway::ApiKey>();
    return std::optional<gateway::ApiKey>(readKey(**row));
}

Result<bool> AppRepository::expireKey(const QString &keyId, const QString &appId,
                                      const QDateTime &at)
{
    return changedOne(sql::exec(m_db,
                                "UPDATE api_keys SET expires_at = LEAST(coalesce(expires_at, :at), "
                                ":at) WHERE id = :id AND app_id = :app AND revoked_at IS NULL",
                                {{"at", at}, {"id", keyId}, {"app", appId}}));
}

Result<bool> AppRepository::revokeKey(const QString &keyId, const QString &appId)
{
    return changedOne(sql::exec(m_db,
                                "UPDATE api_keys SET revoked_at = now() WHERE id = :id AND "
                                "app_id = :app AND revoked_at IS NULL",
                                {{"id", keyId}, {"app", appId}}));
}

Result<std::optional<gateway::KeyOwner>> AppRepository::ownerOfKey(const QByteArray &hash)
{
    auto row = sql::one(m_db,
                        "SELECT k.id, a.id, a.owner_id, a.environment FROM api_keys k "
                        "JOIN apps a ON a.id = k.app_id WHERE k.key_hash = :hash AND "
                        "k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now()) "
                        "AND a.active",
                        {{"hash", hash}});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<gateway::KeyOwner>();
    return std::optional<gateway::KeyOwner>(
        gateway::KeyOwner{(*row)->value(0).toString(), (*row)->value(1).toString(),
                          (*row)->value(2).toString(), (*row)->value(3).toString()});
}

Result<void> AppRepository::touchKey(const QString &keyId)
{
    // At most one write a minute per key, however busy it is.
    auto r = sql::exec(m_db,
                       "UPDATE api_keys SET last_used_at = now() WHERE id = :id AND "
                       "(last_used_at IS NULL OR last_used_at < now() - interval '1 minute')",
                       {{"id", keyId}});
    if (!r)
        return r.error();
    return {};
}

Result<std::optional<gateway::WebhookSecret>> AppRepository::webhookSecret(const QString &appId,
                                                                           const QString &ownerId)
{
    auto row = sql::one(m_db,
                        "SELECT webhook_secret, CASE WHEN previous_secret_until > now() THEN "
                        "previous_webhook_secret ELSE '' END, previous_secret_until FROM apps "
                        "WHERE id = :id AND owner_id = :owner",
                        {{"id", appId}, {"owner", ownerId}});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<gateway::WebhookSecret>();
    gateway::WebhookSecret s{(*row)->value(0).toString(), (*row)->value(1).toString(), {}};
    if (!s.previous.isEmpty())
        s.previousUntil = (*row)->value(2).toDateTime().toUTC();
    return std::optional<gateway::WebhookSecret>(s);
}

Result<bool> AppRepository::rotateWebhookSecret(const QString &appId, const QString &ownerId,
                                                const QString &next, const QDateTime &until)
{
    return changedOne(
        sql::exec(m_db,
                  "UPDATE apps SET previous_webhook_secret = webhook_secret, "
                  "previous_secret_until = :until, webhook_secret = :next, "
                  "updated_at = now() WHERE id = :id AND owner_id = :owner",
                  {{"until", until}, {"next", next}, {"id", appId}, {"owner", ownerId}}));
}

} // namespace paydesk::server
