// SQL for users, their wallets' ids and their 2FA recovery codes. Every statement is prepared
// with bound values; callers own the transaction (store/database.h Transaction).
#pragma once

#include "domain/common/page.h"
#include "domain/identity/user.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace paydesk::server {

struct NewUser
{
    QString id;
    QString email;
    QString emailNormalized;
    QString displayName;
    QString role;
    QString passwordHash;
    QString avatarColor;
    QString referralCode;
    QString referredBy; // empty when none
    QString walletId;
    QString currency;
};

struct ProfileChanges
{
    std::optional<QString> displayName;
    std::optional<QString> phone; // empty string clears
    std::optional<QString> avatarColor;
    std::optional<QString> language;
    std::optional<bool> notifyEmail;
    std::optional<bool> notifyPush;
};

class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Inserts the user and their wallet; returns false (no error) when the email is taken.
    Result<bool> insert(const NewUser &user);
    Result<std::optional<identity::User>> findById(const QString &id);
    Result<std::optional<identity::User>> findByEmail(const QString &emailNormalized);
    // The secrets, row-locked until the transaction ends (PIN attempts count exactly).
    Result<std::optional<identity::UserSecrets>> lockSecrets(const QString &id);
    Result<std::optional<identity::UserSecrets>> secrets(const QString &id);
    Result<QString> idForReferralCode(const QString &code);

    Result<void> updateProfile(const QString &id, const ProfileChanges &changes);
    Result<void> setPasswordHash(const QString &id, const QString &hash);
    Result<void> setRole(const QString &id, const QString &role);
    Result<void> setPinHash(const QString &id, const QString &hash);
    Result<void> recordPinAttempts(const QString &id, int failed, const QDateTime &lockedUntil);
    Result<void> setTotp(const QString &id, const QByteArray &secret, bool enabled);
    Result<void> enableTotp(const QString &id);
    // Accepts each TOTP step once: false when this step (or a later one) was used already.
    Result<bool> claimTotpStep(const QString &id, qint64 step);
    Result<void> replaceRecoveryCodes(const QString &id, const QList<QByteArray> &hashes);
    // Marks an unused code used; false when there is no such unused code.
    Result<bool> useRecoveryCode(const QString &id, const QByteArray &hash);

    // Newest first, after the (created_at, id) position `after` (invalid: from the start);
    // `role` empty for all roles, `search` matched against email and name.
    // Newest first; seeks past the row `page.afterId` by (created_at, id).
    Result<Page<identity::User>> list(const identity::UserQuery &query, const PageRequest &page);

private:
    Result<std::optional<identity::User>> findWhere(const char *statement, const QString &key);
    QSqlDatabase m_db;
};

} // namespace paydesk::server
