// A person with an account, as services and the API see them (no secrets), and the secrets
// kept beside them, which never leave the identity services.
#pragma once

#include <QDateTime>
#include <QString>

namespace paydesk::server::identity {

struct User
{
    QString id;
    QString email;
    QString displayName;
    QString role; // user, merchant, admin
    QString phone;
    QString avatarColor;
    QString language;
    bool notifyEmail = true;
    bool notifyPush = true;
    bool pinSet = false;
    bool totpEnabled = false;
    QString walletId;
    QDateTime createdAt;
};

struct UserSecrets
{
    QString passwordHash;
    QString pinHash;
    int pinFailedAttempts = 0;
    QDateTime pinLockedUntil; // invalid when not locked
    QByteArray totpSecret;
    bool totpEnabled = false;
};

// Filters of the admin's account list; empty fields do not filter.
struct UserQuery
{
    QString role;
    QString search; // part of the email or display name, case-insensitive
};

// What signing in or refreshing hands back.
struct Session
{
    QString accessToken;
    int expiresIn = 0;
    QString refreshToken;
    User user;
};

} // namespace paydesk::server::identity
