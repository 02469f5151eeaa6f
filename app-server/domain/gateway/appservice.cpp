#include "appservice.h"

#include "crypto/hmac.h"
#include "ids.h"
#include "store/apprepository.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace paydesk::server::gateway {

namespace {
constexpr int kKeyBytes = 32;
constexpr int kSecretBytes = 32;
constexpr int kVisiblePrefix = 4; // characters after "sk_test_" shown in lists
constexpr int kMaxNameLength = 100;
constexpr int kMaxGraceHours = 24 * 30;

Error appNotFound()
{
    return Error::make(errc::kNotFound, u"No such app."_s);
}

QString newWebhookSecret()
{
    return u"whsec_"_s + QString::fromLatin1(crypto::randomBytes(kSecretBytes).toBase64());
}

Result<QString> checkName(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength)
        return Error::make(errc::kValidation,
                           u"The app name must be 1..%1 characters."_s.arg(kMaxNameLength),
                           u"name"_s);
    return trimmed;
}
} // namespace

AppService::AppService(const Database &database, AppSettings settings)
    : m_database(database)
    , m_settings(settings)
{}

Result<NewApiKey> AppService::issueKey(QSqlDatabase db, const App &app)
{
    NewApiKey out;
    out.secret =
        u"sk_"_s + app.environment + u'_' + crypto::base64Url(crypto::randomBytes(kKeyBytes));
    out.key.id = ids::make(u"key");
    out.key.appId = app.id;
    out.key.prefix = out.secret.left(4 + app.environment.size() + kVisiblePrefix);
    if (auto r = AppRepository(db).insertKey(out.key, crypto::sha256(out.secret.toLatin1())); !r)
        return r.error();
    return out;
}

Result<CreatedApp> AppService::create(const QString &ownerId, const QString &name,
                                      const QString &environment, const QString &webhookUrl)
{
    auto checked = checkName(name);
    if (!checked)
        return checked.error();
    if (environment != "test"_L1 && environment != "live"_L1)
        return Error::make(errc::kValidation, u"environment must be test or live."_s,
                           u"environment"_s);
    auto db = m_database.connection();
    if (!db)
        return db.error();
    CreatedApp created;
    created.app = App{ids::make(u"app"), ownerId, *checked, environment, webhookUrl, true, {}, {}};
    created.webhookSecret = newWebhookSecret();
    Transaction tx(*db);
    if (auto r = AppRepository(*db).insertApp(created.app, created.webhookSecret); !r)
        return r.error();
    auto key = issueKey(*db, created.app);
    if (!key)
        return key.error();
    created.key = *key;
    if (auto r = tx.commit(); !r)
        return r.error();
    return created;
}

Result<Page<App>> AppService::list(const QString &ownerId, const PageRequest &page)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return AppRepository(*db).listApps(ownerId, page);
}

Result<App> AppService::get(const QString &ownerId, const QString &appId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto app = AppRepository(*db).findApp(appId, ownerId);
    if (!app)
        return app.error();
    if (!*app)
        return appNotFound();
    return **app;
}

Result<App> AppService::update(const QString &ownerId, const QString &appId,
                               const AppChanges &changes)
{
    std::optional<QString> name;
    if (changes.name) {
        auto checked = checkName(*changes.name);
        if (!checked)
            return checked.error();
        name = *checked;
    }
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto app = AppRepository(*db).updateApp(appId, ownerId, name, changes.webhookUrl, std::nullopt);
    if (!app)
        return app.error();
    if (!*app)
        return appNotFound();
    return **app;
}

Result<App> AppService::deactivate(const QString &ownerId, const QString &appId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto app = AppRepository(*db).updateApp(appId, ownerId, std::nullopt, std::nullopt, false);
    if (!app)
        return app.error();
    if (!*app)
        return appNotFound();
    return **app;
}

Result<QList<ApiKey>> AppService::keys(const QString &ownerId, const QString &appId)
{
    if (auto app = get(ownerId, appId); !app)
        return app.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return AppRepository(*db).listKeys(appId);
}

Result<NewApiKey> AppService::createKey(const QString &ownerId, const QString &appId)
{
    auto app = get(ownerId, appId);
    if (!app)
        return app.error();
    if (!app->active)
        return Error::make(errc::kConflict, u"The app is deactivated."_s);
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return issueKey(*db, *app);
}

Result<NewApiKey> AppService::rotateKey(const QString &ownerId, const QString &appId,
                                        const QString &keyId, int graceHours)
{
    if (graceHours > kMaxGraceHours)
        return Error::make(errc::kValidation, u"grace_hours must be 0..%1."_s.arg(kMaxGraceHours),
                           u"grace_hours"_s);
    auto app = get(ownerId, appId);
    if (!app)
        return app.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    const int hours = graceHours < 0 ? m_settings.keyGraceHours : graceHours;
    Transaction tx(*db);
    auto expired = AppRepository(*db).expireKey(
        keyId, appId, QDateTime::currentDateTimeUtc().addSecs(qint64(hours) * 3600));
    if (!expired)
        return expired.error();
    if (!*expired)
        return Error::make(errc::kNotFound, u"No such key, or it was revoked."_s);
    auto key = issueKey(*db, *app);
    if (!key)
        return key.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return key;
}

Result<void> AppService::revokeKey(const QString &ownerId, const QString &appId,
                                   const QString &keyId)
{
    if (auto app = get(ownerId, appId); !app)
        return app.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto revoked = AppRepository(*db).revokeKey(keyId, appId);
    if (!revoked)
        return revoked.error();
    if (!*revoked)
        return Error::make(errc::kNotFound, u"No such key, or it was revoked already."_s);
    return {};
}

Result<WebhookSecret> AppService::webhookSecret(const QString &ownerId, const QString &appId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto secret = AppRepository(*db).webhookSecret(appId, ownerId);
    if (!secret)
        return secret.error();
    if (!*secret)
        return appNotFound();
    return **secret;
}

Result<WebhookSecret> AppService::rotateWebhookSecret(const QString &ownerId, const QString &appId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    const QDateTime until =
        QDateTime::currentDateTimeUtc().addSecs(qint64(m_settings.keyGraceHours) * 3600);
    auto rotated =
        AppRepository(*db).rotateWebhookSecret(appId, ownerId, newWebhookSecret(), until);
    if (!rotated)
        return rotated.error();
    if (!*rotated)
        return appNotFound();
    return webhookSecret(ownerId, appId);
}

Result<KeyOwner> AppService::authenticate(const QString &apiKey) const
{
    const Error invalid = Error::make(errc::kInvalidApiKey,
                                      u"The API key is not valid (unknown, revoked or expired)."_s);
    if (!apiKey.startsWith("sk_test_"_L1) && !apiKey.startsWith("sk_live_"_L1))
        return invalid;
    auto db = m_database.connection();
    if (!db)
        return db.error();
    AppRepository repo(*db);
    auto owner = repo.ownerOfKey(crypto::sha256(apiKey.toLatin1()));
    if (!owner)
        return owner.error();
    if (!*owner)
        return invalid;
    if (auto r = repo.touchKey((*owner)->keyId); !r)
        return r.error();
    return **owner;
}

} // namespace paydesk::server::gateway
