#include "sessionrepository.h"

#include "sql.h"

#include <QSqlQuery>

namespace paydesk::server {

Result<void> SessionRepository::insert(const QByteArray &hash, const QString &familyId,
                                       const QString &userId, const QDateTime &expiresAt)
{
    auto r =
        sql::exec(m_db,
                  "INSERT INTO refresh_tokens (token_hash, family_id, user_id, expires_at) "
                  "VALUES (:hash, :family, :user, :expires)",
                  {{"hash", hash}, {"family", familyId}, {"user", userId}, {"expires", expiresAt}});
    if (!r)
        return r.error();
    return {};
}

Result<SpentToken> SessionRepository::spend(const QByteArray &hash)
{
    auto spent = sql::one(m_db,
                          "UPDATE refresh_tokens SET spent_at = now() WHERE token_hash = :hash "
                          "AND spent_at IS NULL AND revoked_at IS NULL AND expires_at > now() "
                          "RETURNING family_id, user_id",
                          {{"hash", hash}});
    if (!spent)
        return spent.error();
    if (*spent)
        return SpentToken{SpendOutcome::Spent, (*spent)->value(0).toString(),
                          (*spent)->value(1).toString()};
    auto known = sql::one(m_db,
                          "SELECT family_id, user_id, spent_at IS NOT NULL FROM refresh_tokens "
                          "WHERE token_hash = :hash",
                          {{"hash", hash}});
    if (!known)
        return known.error();
    if (*known && (*known)->value(2).toBool())
        return SpentToken{SpendOutcome::Reused, (*known)->value(0).toString(),
                          (*known)->value(1).toString()};
    return SpentToken{};
}

Result<void> SessionRepository::revokeFamily(const QString &familyId)
{
    auto r = sql::exec(m_db,
                       "UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = :family "
                       "AND revoked_at IS NULL",
                       {{"family", familyId}});
    if (!r)
        return r.error();
    return {};
}

Result<void> SessionRepository::revokeUser(const QString &userId, const QString &keepFamily)
{
    auto r = sql::exec(m_db,
                       "UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = :user AND "
                       "revoked_at IS NULL AND family_id IS DISTINCT FROM :keep",
                       {{"user", userId}, {"keep", keepFamily}});
    if (!r)
        return r.error();
    return {};
}

Result<QString> SessionRepository::familyOf(const QByteArray &hash)
{
    auto row = sql::one(m_db, "SELECT family_id FROM refresh_tokens WHERE token_hash = :hash",
                        {{"hash", hash}});
    if (!row)
        return row.error();
    return *row ? (*row)->value(0).toString() : QString();
}

} // namespace paydesk::server
