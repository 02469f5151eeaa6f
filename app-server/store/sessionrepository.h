// SQL for refresh tokens (stored only as hashes), grouped in families that start at sign-in.
// Spending a token is one guarded UPDATE, so two concurrent refreshes with the same token can
// never both succeed.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace paydesk::server {

enum class SpendOutcome {
    Spent,   // the token was live and is now spent
    Reused,  // the token was spent before: theft; the caller revokes the family
    Invalid, // unknown, expired or revoked
};

struct SpentToken
{
    SpendOutcome outcome = SpendOutcome::Invalid;
    QString familyId;
    QString userId;
};

class SessionRepository
{
public:
    explicit SessionRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<void> insert(const QByteArray &hash, const QString &familyId, const QString &userId,
                        const QDateTime &expiresAt);
    Result<SpentToken> spend(const QByteArray &hash);
    Result<void> revokeFamily(const QString &familyId);
    // Ends every session of the user but `keepFamily` (empty: all of them).
    Result<void> revokeUser(const QString &userId, const QString &keepFamily = {});
    // The family a live (or spent) token belongs to; empty when unknown.
    Result<QString> familyOf(const QByteArray &hash);

private:
    QSqlDatabase m_db;
};

} // namespace paydesk::server
