#include "userrepository.h"

#include "sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {

#define USER_COLUMNS                                                                               \
    "u.id, u.email, u.display_name, u.role, coalesce(u.phone, ''), u.avatar_color, u.language, "   \
    "u.notify_email, u.notify_push, u.pin_hash IS NOT NULL, u.totp_enabled, "                      \
    "coalesce(w.id, ''), u.created_at "
#define USER_FROM "FROM users u LEFT JOIN accounts w ON w.user_id = u.id AND w.kind = 'wallet' "

identity::User readUser(const QSqlQuery &q)
{
    identity::User u;
    u.id = q.value(0).toString();
    u.email = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = q.value(3).toString();
    u.phone = q.value(4).toString();
    u.avatarColor = q.value(5).toString();
    u.language = q.value(6).toString();
    u.notifyEmail = q.value(7).toBool();
    u.notifyPush = q.value(8).toBool();
    u.pinSet = q.value(9).toBool();
    u.totpEnabled = q.value(10).toBool();
    u.walletId = q.value(11).toString();
    u.createdAt = q.value(12).toDateTime().toUTC();
    return u;
}

Result<std::optional<identity::UserSecrets>> readSecrets(QSqlDatabase db, const char *statement,
                                                         const QString &id)
{
    auto row = sql::one(db, statement, {{"id", id}});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<identity::UserSecrets>();
    const QSqlQuery &q = **row;
    identity::UserSecrets s;
    s.passwordHash = q.value(0).toString();
    s.pinHash = q.value(1).toString();
    s.pinFailedAttempts = q.value(2).toInt();
    s.pinLockedUntil = q.value(3).isNull() ? QDateTime() : q.value(3).toDateTime().toUTC();
    s.totpSecret = q.value(4).toByteArray();
    s.totpEnabled = q.value(5).toBool();
    return std::optional<identity::UserSecrets>(s);
}

Result<void> done(const Result<sql::Outcome> &r)
{
    if (!r)
        return r.error();
    return {};
}

} // namespace

Result<bool> UserRepository::insert(const NewUser &u)
{
    auto r = sql::exec(m_db,
                       "INSERT INTO users (id, email, email_normalized, display_name, role, "
                       "password_hash, avatar_color, referral_code, referred_by) VALUES (:id, "
                       ":email, :norm, :name, :role, :hash, :color, :code, :ref)",
                       {{"id", u.id},
                        {"email", u.email},
                        {"norm", u.emailNormalized},
                        {"name", u.displayName},
                        {"role", u.role},
                        {"hash", u.passwordHash},
                        {"color", u.avatarColor},
                        {"code", u.referralCode},
                        {"ref", u.referredBy.isEmpty() ? QVariant() : QVariant(u.referredBy)}});
    if (!r)
        return r.error();
    if (r->uniqueViolation)
        return false;
    auto w = sql::exec(m_db,
                       "INSERT INTO accounts (id, kind, user_id, currency, min_balance) "
                       "VALUES (:id, 'wallet', :user, :currency, 0)",
                       {{"id", u.walletId}, {"user", u.id}, {"currency", u.currency}});
    if (!w)
        return w.error();
    return true;
}

Result<std::optional<identity::User>> UserRepository::findWhere(const char *statement,
                                                                const QString &key)
{
    auto row = sql::one(m_db, statement, {{"key", key}});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<identity::User>();
    return std::optional<identity::User>(readUser(**row));
}

Result<std::optional<identity::User>> UserRepository::findById(const QString &id)
{
    return findWhere("SELECT " USER_COLUMNS USER_FROM "WHERE u.id = :key", id);
}

Result<std::optional<identity::User>> UserRepository::findByEmail(const QString &emailNormalized)
{
    return findWhere("SELECT " USER_COLUMNS USER_FROM "WHERE u.email_normalized = :key",
                     emailNormalized);
}

Result<std::optional<identity::UserSecrets>> UserRepository::lockSecrets(const QString &id)
{
    return readSecrets(m_db,
                       "SELECT password_hash, coalesce(pin_hash, ''), pin_failed_attempts, "
                       "pin_locked_until, totp_secret, totp_enabled FROM users WHERE id = :id "
                       "FOR UPDATE",
                       id);
}

Result<std::optional<identity::UserSecrets>> UserRepository::secrets(const QString &id)
{
    return readSecrets(m_db,
                       "SELECT password_hash, coalesce(pin_hash, ''), pin_failed_attempts, "
                       "pin_locked_until, totp_secret, totp_enabled FROM users WHERE id = :id",
                       id);
}

Result<QString> UserRepository::idForReferralCode(const QString &code)
{
    auto row = sql::one(m_db, "SELECT id FROM users WHERE referral_code = :code", {{"code", code}});
    if (!row)
        return row.error();
    return *row ? (*row)->value(0).toString() : QString();
}

Result<Page<identity::User>> UserRepository::list(const identity::UserQuery &query,
                                                  const PageRequest &page)
{
    // Text binds are never NULL here: a null QString would bind as SQL NULL and match nothing.
    auto r =
        sql::exec(m_db,
                  "SELECT " USER_COLUMNS USER_FROM "WHERE (:after = '' OR (u.created_at, u.id) < "
                  "(SELECT created_at, id FROM users WHERE id = :after)) "
                  "AND (:role = '' OR u.role = :role) AND "
                  "(:search = '' OR u.email_normalized LIKE '%' || :search || '%' OR "
                  "lower(u.display_name) LIKE '%' || :search || '%') "
                  "ORDER BY u.created_at DESC, u.id DESC LIMIT :limit",
                  {{"after", sql::text(page.afterId)},
                   {"role", sql::text(query.role)},
                   {"search", sql::text(sql::likeEscaped(query.search.toLower()))},
                   {"limit", page.limit + 1}});
    if (!r)
        return r.error();
    Page<identity::User> out;
    while (r->query().next())
        out.items.append(readUser(r->query()));
    out.hasMore = out.items.size() > page.limit;
    if (out.hasMore)
        out.items.removeLast();
    return out;
}

Result<void> UserRepository::updateProfile(const QString &id, const ProfileChanges &c)
{
    // Absent fields keep their value: coalesce with NULL binds.
    auto opt = [](const auto &o) {
        return o ? QVariant(*o) : QVariant();
    };
    return done(sql::exec(
        m_db,
        "UPDATE users SET display_name = coalesce(:name, display_name), "
        "phone = CASE WHEN :phone_set THEN nullif(:phone, '') ELSE phone END, "
        "avatar_color = coalesce(:color, avatar_color), language = coalesce(:lang, language), "
        "notify_email = coalesce(:ne, notify_email), notify_push = coalesce(:np, notify_push), "
        "updated_at = now() WHERE id = :id",
        {{"name", opt(c.displayName)},
         {"phone_set", c.phone.has_value()},
         {"phone", c.phone.value_or(QString())},
         {"color", opt(c.avatarColor)},
         {"lang", opt(c.language)},
         {"ne", opt(c.notifyEmail)},
         {"np", opt(c.notifyPush)},
         {"id", id}}));
}

Result<void> UserRepository::setPasswordHash(const QString &id, const QString &hash)
{
    return done(
        sql::exec(m_db, "UPDATE users SET password_hash = :hash, updated_at = now() WHERE id = :id",
                  {{"hash", hash}, {"id", id}}));
}

Result<void> UserRepository::setRole(const QString &id, const QString &role)
{
    return done(sql::exec(m_db, "UPDATE users SET role = :role, updated_at = now() WHERE id = :id",
                          {{"role", role}, {"id", id}}));
}

Result<void> UserRepository::setPinHash(const QString &id, const QString &hash)
{
    return done(sql::exec(m_db,
                          "UPDATE users SET pin_hash = :hash, pin_failed_attempts = 0, "
                          "pin_locked_until = NULL, updated_at = now() WHERE id = :id",
                          {{"hash", hash}, {"id", id}}));
}

Result<void> UserRepository::recordPinAttempts(const QString &id, int failed,
                                               const QDateTime &lockedUntil)
{
    return done(sql::exec(m_db,
                          "UPDATE users SET pin_failed_attempts = :failed, "
                          "pin_locked_until = :until WHERE id = :id",
                          {{"failed", failed},
                           {"until", lockedUntil.isValid() ? QVariant(lockedUntil) : QVariant()},
                           {"id", id}}));
}

Result<void> UserRepository::setTotp(const QString &id, const QByteArray &secret, bool enabled)
{
    return done(sql::exec(m_db,
                          "UPDATE users SET totp_secret = :secret, totp_enabled = :enabled, "
                          "totp_last_step = NULL, updated_at = now() WHERE id = :id",
                          {{"secret", secret.isEmpty() ? QVariant() : QVariant(secret)},
                           {"enabled", enabled},
                           {"id", id}}));
}

Result<void> UserRepository::enableTotp(const QString &id)
{
    return done(sql::exec(m_db,
                          "UPDATE users SET totp_enabled = true, updated_at = now() WHERE id = :id "
                          "AND totp_secret IS NOT NULL",
                          {{"id", id}}));
}

Result<bool> UserRepository::claimTotpStep(const QString &id, qint64 step)
{
    auto r = sql::exec(m_db,
                       "UPDATE users SET totp_last_step = :step WHERE id = :id AND "
                       "(totp_last_step IS NULL OR totp_last_step < :step)",
                       {{"step", step}, {"id", id}});
    if (!r)
        return r.error();
    return r->query().numRowsAffected() == 1;
}

Result<void> UserRepository::replaceRecoveryCodes(const QString &id,
                                                  const QList<QByteArray> &hashes)
{
    if (auto r = sql::exec(m_db, "DELETE FROM recovery_codes WHERE user_id = :id", {{"id", id}});
        !r)
        return r.error();
    for (const QByteArray &hash : hashes) {
        auto r =
            sql::exec(m_db, "INSERT INTO recovery_codes (user_id, code_hash) VALUES (:id, :hash)",
                      {{"id", id}, {"hash", hash}});
        if (!r)
            return r.error();
    }
    return {};
}

Result<bool> UserRepository::useRecoveryCode(const QString &id, const QByteArray &hash)
{
    auto r = sql::exec(m_db,
                       "UPDATE recovery_codes SET used_at = now() WHERE user_id = :id AND "
                       "code_hash = :hash AND used_at IS NULL",
                       {{"id", id}, {"hash", hash}});
    if (!r)
        return r.error();
    return r->query().numRowsAffected() == 1;
}

} // namespace paydesk::server
