// Accounts and sessions: signup (with a wallet, in one transaction), login (with the second
// factor when enabled), refresh-token rotation with theft detection, logout, password change,
// and the start-up bootstrap of the first admin. Never returns or logs a secret it stores.
#pragma once

#include "domain/common/page.h"
#include "result.h"
#include "tokenissuer.h"
#include "user.h"

#include <QSqlDatabase>

namespace paydesk::server {
class Database;
class PasswordHasher;
} // namespace paydesk::server

namespace paydesk::server::identity {

struct IdentitySettings
{
    QString defaultCurrency = QStringLiteral("NGN");
    qint64 refreshTtlSeconds = 30LL * 24 * 3600;
};

struct SignupInput
{
    QString email;
    QString password;
    QString displayName;
    QString accountType; // "personal" (role user) or "business" (role merchant)
    QString referralCode;
};

struct LoginInput
{
    QString email;
    QString password;
    QString totpCode; // a 6-digit code or a recovery code; empty when not given
};

class IdentityService
{
public:
    IdentityService(const Database &database, const PasswordHasher &hasher,
                    const TokenIssuer &tokens, IdentitySettings settings);

    Result<Session> signup(const SignupInput &input);
    Result<Session> login(const LoginInput &input);
    Result<Session> refresh(const QString &refreshToken);
    Result<void> logout(const QString &refreshToken);
    Result<User> user(const QString &userId);
    // Checks the current password, stores the new one, ends every other session and opens a
    // fresh one for the caller.
    Result<Session> changePassword(const QString &userId, const QString &current,
                                   const QString &next);
    // Every account, newest first (admin views).
    Result<Page<User>> listUsers(const UserQuery &query, const PageRequest &page);
    // Creates the admin, or promotes an existing account and resets its password.
    Result<void> ensureAdmin(const QString &email, const QString &password);

    // Checks a second-factor code (TOTP, each step once, or an unused recovery code).
    static Result<void> checkSecondFactor(QSqlDatabase db, const QString &userId,
                                          const QByteArray &secret, const QString &code);

private:
    Result<Session> openSession(QSqlDatabase db, const User &user, const QString &familyId);

    const Database &m_database;
    const PasswordHasher &m_hasher;
    const TokenIssuer &m_tokens;
    IdentitySettings m_settings;
};

} // namespace paydesk::server::identity
