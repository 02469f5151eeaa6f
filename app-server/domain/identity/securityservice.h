// The account's guards: the transaction PIN (Argon2id-hashed, 5 wrong tries lock PIN actions
// for 15 minutes, stored in the database so a restart does not reset it), password checks, and
// TOTP two-factor enrolment with one-time recovery codes. Also the editable profile.
#pragma once

#include "result.h"
#include "user.h"

#include <QStringList>

namespace paydesk::server {
class Database;
class PasswordHasher;
struct ProfileChanges;
} // namespace paydesk::server

namespace paydesk::server::identity {

inline constexpr int kPinMaxAttempts = 5;
inline constexpr int kPinLockSeconds = 15 * 60;
inline constexpr int kRecoveryCodeCount = 10;

struct TotpEnrollment
{
    QString secretBase32;
    QString otpauthUri;
    QString qrCodeDataUrl;
};

class SecurityService
{
public:
    SecurityService(const Database &database, const PasswordHasher &hasher);

    Result<User> updateProfile(const QString &userId, const ProfileChanges &changes);
    Result<void> setPin(const QString &userId, const QString &password, const QString &pin);
    // Counts failures; the 5th locks PIN actions (error pin_locked with retryAfterSeconds).
    Result<void> verifyPin(const QString &userId, const QString &pin);
    Result<void> verifyPassword(const QString &userId, const QString &password);

    Result<TotpEnrollment> enrollTotp(const QString &userId, const QString &accountName);
    // Turns 2FA on and returns the recovery codes, shown once.
    Result<QStringList> confirmTotp(const QString &userId, const QString &code);
    Result<void> disableTotp(const QString &userId, const QString &password, const QString &code);

private:
    Result<UserSecrets> secretsOf(const QString &userId);

    const Database &m_database;
    const PasswordHasher &m_hasher;
};

} // namespace paydesk::server::identity
