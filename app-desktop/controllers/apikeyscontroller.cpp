#include "apikeyscontroller.h"

#include "apiclient.h"
#include "displayformat.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;
using paydesk::desktop::formatTime;

namespace {

QDateTime timeOf(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

void ApiKeysController::setAppId(const QString &appId)
{
    if (appId == m_appId)
        return;
    m_appId = appId;
    Q_EMIT appIdChanged();
    m_webhookSecret.clear();
    Q_EMIT webhookSecretChanged();
    clearOutcome();
    loadKeys();
}

void ApiKeysController::loadKeys()
{
    m_keys.clear();
    m_keysLoaded = false;
    Q_EMIT keysChanged();
    if (m_appId.isEmpty())
        return;
    const QString appId = m_appId;
    call("GET", u"/api/v1/apps/%1/keys"_s.arg(appId), {}, [this, appId](const ApiResponse &r) {
        if (appId != m_appId)
            return;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QJsonValue &v : r.body.value("data"_L1).toArray()) {
            const QJsonObject k = v.toObject();
            const QDateTime expires = timeOf(k.value("expires_at"_L1));
            const QString status = k.value("status"_L1).toString();
            QString grace;
            if (status == "expiring"_L1 && expires.isValid()) {
                const qint64 hours = std::max<qint64>(1, (now.secsTo(expires) + 3599) / 3600);
                grace = tr("Works for %n more hour(s), until %1", nullptr, int(hours))
                            .arg(formatTime(expires));
            }
            const QDateTime lastUsed = timeOf(k.value("last_used_at"_L1));
            m_keys.append(QVariantMap{
                {u"keyId"_s, k.value("id"_L1).toString()},
                {u"prefix"_s, k.value("prefix"_L1).toString()},
                {u"status"_s, status},
                {u"created"_s, formatTime(timeOf(k.value("created_at"_L1)))},
                {u"lastUsed"_s, lastUsed.isValid() ? tr("Last used %1").arg(formatTime(lastUsed))
                                                   : tr("Never used")},
                {u"graceText"_s, grace}});
        }
        m_keysLoaded = true;
        Q_EMIT keysChanged();
    });
}

void ApiKeysController::reveal(const QString &kind, const QString &secret, const QString &title)
{
    m_revealed = {{u"kind"_s, kind}, {u"secret"_s, secret}, {u"title"_s, title}};
    Q_EMIT revealedChanged();
}

void ApiKeysController::dismissRevealed()
{
    m_revealed.clear();
    Q_EMIT revealedChanged();
}

void ApiKeysController::createApp(const QString &name, const QString &environment,
                                  const QString &webhookUrl)
{
    QJsonObject body{{"name"_L1, name.trimmed()}, {"environment"_L1, environment}};
    if (!webhookUrl.trimmed().isEmpty())
        body.insert("webhook_url"_L1, webhookUrl.trimmed());
    call("POST", u"/api/v1/apps"_s, body, [this](const ApiResponse &r) {
        const QString appId = r.body.value("app"_L1).toObject().value("id"_L1).toString();
        setNotice(tr("App created."));
        Q_EMIT appsChanged(appId);
        setAppId(appId);
        reveal(u"apiKey"_s, r.body.value("api_key"_L1).toObject().value("secret"_L1).toString(),
               tr("Your new app's API key"));
    });
}

void ApiKeysController::updateWebhookUrl(const QString &url)
{
    call("PATCH", u"/api/v1/apps/"_s + m_appId, {{"webhook_url"_L1, url.trimmed()}},
         [this](const ApiResponse &) {
             setNotice(tr("Webhook URL saved."));
             Q_EMIT appsChanged(m_appId);
         });
}

void ApiKeysController::createKey()
{
    call("POST", u"/api/v1/apps/%1/keys"_s.arg(m_appId), {}, [this](const ApiResponse &r) {
        reveal(u"apiKey"_s, r.body.value("api_key"_L1).toObject().value("secret"_L1).toString(),
               tr("Your new API key"));
        loadKeys();
    });
}

void ApiKeysController::rotateKey(const QString &keyId, int graceHours)
{
    call("POST", u"/api/v1/apps/%1/keys/%2/rotate"_s.arg(m_appId, keyId),
         {{"grace_hours"_L1, graceHours}}, [this](const ApiResponse &r) {
             reveal(u"apiKey"_s,
                    r.body.value("api_key"_L1).toObject().value("secret"_L1).toString(),
                    tr("The replacement API key"));
             loadKeys();
         });
}

void ApiKeysController::revokeKey(const QString &keyId)
{
    call("POST", u"/api/v1/apps/%1/keys/%2/revoke"_s.arg(m_appId, keyId), {},
         [this](const ApiResponse &) {
             setNotice(tr("Key revoked. Requests with it are refused from now on."));
             loadKeys();
         });
}

void ApiKeysController::revealWebhookSecret()
{
    call("GET", u"/api/v1/apps/%1/webhook-secret"_s.arg(m_appId), {}, [this](const ApiResponse &r) {
        m_webhookSecret = {
            {u"current"_s, r.body.value("webhook_secret"_L1).toString()},
            {u"previous"_s, r.body.value("previous_webhook_secret"_L1).toString()},
            {u"previousUntil"_s, formatTime(timeOf(r.body.value("previous_valid_until"_L1)))}};
        Q_EMIT webhookSecretChanged();
    });
}

void ApiKeysController::rotateWebhookSecret()
{
    call("POST", u"/api/v1/apps/%1/webhook-secret/rotate"_s.arg(m_appId), {},
         [this](const ApiResponse &) {
             setNotice(tr("Signing secret rotated. The previous one keeps signing during the "
                          "grace period."));
             revealWebhookSecret();
         });
}

void ApiKeysController::deactivateApp()
{
    call("POST", u"/api/v1/apps/%1/deactivate"_s.arg(m_appId), {}, [this](const ApiResponse &) {
        setNotice(tr("App deactivated. Its keys no longer work."));
        Q_EMIT appsChanged(m_appId);
        loadKeys();
    });
}
