// The API keys page's actions on one app (`appId`): its keys (prefixes, status, grace period),
// creating, rotating and revoking keys, the webhook URL, and the webhook signing secret
// (revealed on request, rotated with a grace period). A new key's secret exists only in the
// `revealed` property until the person dismisses it: it is never stored.
#pragma once

#include "consoleaction.h"

#include <QVariantList>
#include <QVariantMap>

class ApiKeysController : public ConsoleAction
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString appId READ appId WRITE setAppId NOTIFY appIdChanged)
    // [{keyId, prefix, status, created, expires, lastUsed, graceText}]
    Q_PROPERTY(QVariantList keys READ keys NOTIFY keysChanged)
    Q_PROPERTY(bool keysLoaded READ keysLoaded NOTIFY keysChanged)
    // {kind: "apiKey"|"webhookSecret", secret, title} while shown once; empty otherwise.
    Q_PROPERTY(QVariantMap revealed READ revealed NOTIFY revealedChanged)
    // The webhook secret after "Reveal": {current, previous, previousUntil}; empty until then.
    Q_PROPERTY(QVariantMap webhookSecret READ webhookSecret NOTIFY webhookSecretChanged)

public:
    using ConsoleAction::ConsoleAction;

    QString appId() const { return m_appId; }
    void setAppId(const QString &appId);
    QVariantList keys() const { return m_keys; }
    bool keysLoaded() const { return m_keysLoaded; }
    QVariantMap revealed() const { return m_revealed; }
    QVariantMap webhookSecret() const { return m_webhookSecret; }

    Q_INVOKABLE void createApp(const QString &name, const QString &environment,
                               const QString &webhookUrl);
    Q_INVOKABLE void updateWebhookUrl(const QString &url);
    Q_INVOKABLE void createKey();
    Q_INVOKABLE void rotateKey(const QString &keyId, int graceHours);
    Q_INVOKABLE void revokeKey(const QString &keyId);
    Q_INVOKABLE void revealWebhookSecret();
    Q_INVOKABLE void rotateWebhookSecret();
    Q_INVOKABLE void deactivateApp();
    // Forgets the shown-once secret (the dialog closed).
    Q_INVOKABLE void dismissRevealed();

Q_SIGNALS:
    void appIdChanged();
    void keysChanged();
    void revealedChanged();
    void webhookSecretChanged();
    // An app was created, renamed, changed or deactivated: lists of apps reload.
    void appsChanged(const QString &appId);

private:
    void loadKeys();
    void reveal(const QString &kind, const QString &secret, const QString &title);

    QString m_appId;
    QVariantList m_keys;
    bool m_keysLoaded = false;
    QVariantMap m_revealed;
    QVariantMap m_webhookSecret;
};
