#include "identityservice.h"

#include "crypto/hmac.h"
#include "crypto/totp.h"
#include "identityrules.h"
#include "passwordhasher.h"
#include "store/database.h"
#include "store/sessionrepository.h"
#include "store/userrepository.h"

#include "ids.h"

#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIdentity, "paydesk.identity")

namespace paydesk::server::identity {

namespace {

Error badCredentials()
{
    return Error::make(errc::kInvalidCredentials, u"The email or password is not right."_s);
}

QString newReferralCode()
{
    return crypto::base32Encode(crypto::randomBytes(5)); // 8 characters
}

QByteArray recoveryHash(const QString &code)
{
    return crypto::sha256(code.trimmed().toLower().remove(u'-').toUtf8());
}

bool looksLikeRecoveryCode(const QString &code)
{
    return code.contains(u'-');
}

} // namespace

IdentityService::IdentityService(const Database &database, const PasswordHasher &hasher,
                                 const TokenIssuer &tokens, IdentitySettings settings)
    : m_database(database)
    , m_hasher(hasher)
    , m_tokens(tokens)
    , m_settings(std::move(settings))
{}

Result<Session> IdentityService::signup(const SignupInput &in)
{
    auto email = normalizeEmail(in.email);
    if (!email)
        return email.error();
    auto name = checkDisplayName(in.displayName);
    if (!name)
        return name.error();
    if (auto r = checkPassword(in.password, in.email); !r)
        return r.error();
    QString role = u"user"_s;
    if (in.accountType == "business"_L1)
        role = u"merchant"_s;
    else if (!in.accountType.isEmpty() && in.accountType != "personal"_L1)
        return Error::make(errc::kValidation, u"Choose personal or business."_s, u"account_type"_s);

    auto db = m_database.connection();
    if (!db)
        return db.error();
    const QString hash = m_hasher.hash(in.password); // before the transaction: it takes ~50 ms
    Transaction tx(*db);
    UserRepository users(*db);
    QString referredBy;
    if (!in.referralCode.trimmed().isEmpty()) {
        auto referrer = users.idForReferralCode(in.referralCode.trimmed().toUpper());
        if (!referrer)
            return referrer.error();
        if (referrer->isEmpty())
            return Error::make(errc::kValidation, u"This referral code does not exist."_s,
                               u"referral_code"_s);
        referredBy = *referrer;
    }
    const QString id = ids::make(u"usr");
    NewUser row{id,
                in.email.trimmed(),
                *email,
                *name,
                role,
                hash,
                avatarColorFor(id),
                newReferralCode(),
                referredBy,
                ids::make(u"wal"),
                m_settings.defaultCurrency};
    auto inserted = users.insert(row);
    if (!inserted)
        return inserted.error();
    if (!*inserted)
        return Error::make(errc::kEmailTaken, u"An account with this email exists already."_s,
                           u"email"_s);
    auto user = users.findById(id);
    if (!user)
        return user.error();
    auto session = openSession(*db, **user, ids::make(u"fam"));
    if (!session)
        return session.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    qCInfo(lcIdentity) << "signed up" << id << "as" << role;
    return session;
}

Result<Session> IdentityService::login(const LoginInput &in)
{
    auto email = normalizeEmail(in.email);
    if (!email)
        return badCredentials();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    UserRepository users(*db);
    auto user = users.findByEmail(*email);
    if (!user)
        return user.error();
    if (!*user) {
        // The same work as for a real account, so timing does not tell who has one.
        m_hasher.verify(in.password, m_hasher.hash(u"not-a-real-password"_s));
        return badCredentials();
    }
    auto secrets = users.secrets((*user)->id);
    if (!secrets)
        return secrets.error();
    if (!*secrets || !m_hasher.verify(in.password, (*secrets)->passwordHash))
        return badCredentials();
    if ((*secrets)->totpEnabled) {
        if (in.totpCode.trimmed().isEmpty())
            return Error::make(errc::kTotpRequired,
                               u"Enter the code from your authenticator app."_s, u"totp_code"_s);
        if (auto r = checkSecondFactor(*db, (*user)->id, (*secrets)->totpSecret, in.totpCode); !r)
            return r.error();
    }
    return openSession(*db, **user, ids::make(u"fam"));
}

Result<void> IdentityService::checkSecondFactor(QSqlDatabase db, const QString &userId,
                                                const QByteArray &secret, const QString &code)
{
    UserRepository users(db);
    const Error wrong =
        Error::make(errc::kInvalidTotp, u"This code is not right."_s, u"totp_code"_s);
    if (looksLikeRecoveryCode(code)) {
        auto used = users.useRecoveryCode(userId, recoveryHash(code));
        if (!used)
            return used.error();
        return *used ? Result<void>() : Result<void>(wrong);
    }
    qint64 step = 0;
    if (!crypto::verifyTotp(secret, code.trimmed(), QDateTime::currentSecsSinceEpoch(), &step))
        return wrong;
    auto claimed = users.claimTotpStep(userId, step);
    if (!claimed)
        return claimed.error();
    if (!*claimed)
        return Error::make(errc::kInvalidTotp, u"This code was used already; wait for the next."_s,
                           u"totp_code"_s);
    return {};
}

Result<Session> IdentityService::refresh(const QString &refreshToken)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(*db);
    SessionRepository sessions(*db);
    auto spent = sessions.spend(TokenIssuer::hashRefreshToken(refreshToken));
    if (!spent)
        return spent.error();
    if (spent->outcome == SpendOutcome::Reused) {
        // Somebody presented a token that was already exchanged: one of the two is a thief.
        if (auto r = sessions.revokeFamily(spent->familyId); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        qCWarning(lcIdentity) << "refresh token reused; revoked family" << spent->familyId;
        return Error::make(errc::kRefreshTokenReused,
                           u"This session was ended because its refresh token was used twice; "
                           "sign in again."_s);
    }
    if (spent->outcome == SpendOutcome::Invalid)
        return Error::make(errc::kInvalidRefreshToken, u"The session has ended; sign in again."_s);
    auto user = UserRepository(*db).findById(spent->userId);
    if (!user)
        return user.error();
    if (!*user)
        return Error::make(errc::kInvalidRefreshToken, u"The session has ended."_s);
    auto session = openSession(*db, **user, spent->familyId);
    if (!session)
        return session.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return session;
}

Result<void> IdentityService::logout(const QString &refreshToken)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    SessionRepository sessions(*db);
    auto family = sessions.familyOf(TokenIssuer::hashRefreshToken(refreshToken));
    if (!family)
        return family.error();
    if (family->isEmpty())
        return {}; // logging out twice is not an error
    return sessions.revokeFamily(*family);
}

Result<User> IdentityService::user(const QString &userId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto user = UserRepository(*db).findById(userId);
    if (!user)
        return user.error();
    if (!*user)
        return Error::make(errc::kUnauthenticated, u"This account no longer exists."_s);
    return **user;
}

Result<Session> IdentityService::openSession(QSqlDatabase db, const User &user,
                                             const QString &familyId)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Session session;
    session.user = user;
    session.accessToken = m_tokens.issueAccessToken(user.id, user.role, now);
    session.expiresIn = m_tokens.accessTtlSeconds();
    session.refreshToken = TokenIssuer::newRefreshToken();
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(m_settings.refreshTtlSeconds);
    if (auto r = SessionRepository(db).insert(TokenIssuer::hashRefreshToken(session.refreshToken),
                                              familyId, user.id, expires);
        !r)
        return r.error();
    return session;
}

Result<Session> IdentityService::changePassword(const QString &userId, const QString &current,
                                                const QString &next)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    UserRepository users(*db);
    auto user = users.findById(userId);
    auto secrets = users.secrets(userId);
    if (!user || !secrets)
        return !user ? user.error() : secrets.error();
    if (!*user || !*secrets)
        return Error::make(errc::kUnauthenticated, u"This account no longer exists."_s);
    if (!m_hasher.verify(current, (*secrets)->passwordHash))
        return Error::make(errc::kInvalidPassword, u"The current password is not right."_s,
                           u"current_password"_s);
    if (auto r = checkPassword(next, (*user)->email, u"new_password"_s); !r)
        return r.error();
    const QString hash = m_hasher.hash(next);
    Transaction tx(*db);
    if (auto r = users.setPasswordHash(userId, hash); !r)
        return r.error();
    if (auto r = SessionRepository(*db).revokeUser(userId); !r)
        return r.error();
    auto session = openSession(*db, **user, ids::make(u"fam"));
    if (!session)
        return session.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return session;
}

Result<Page<User>> IdentityService::listUsers(const UserQuery &query, const PageRequest &page)
{
    static const QStringList kRoles = {u"user"_s, u"merchant"_s, u"admin"_s};
    if (!query.role.isEmpty() && !kRoles.contains(query.role))
        return Error::make(errc::kValidation, u"role must be user, merchant or admin."_s,
                           u"role"_s);
    if (query.search.size() > 100)
        return Error::make(errc::kValidation, u"The search text is longer than 100 characters."_s,
                           u"q"_s);
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return UserRepository(*db).list(query, page);
}

Result<void> IdentityService::ensureAdmin(const QString &email, const QString &password)
{
    if (auto r = checkPassword(password, email); !r)
        return r.error();
    auto existing = [&]() -> Result<std::optional<User>> {
        auto db = m_database.connection();
        if (!db)
            return db.error();
        auto norm = normalizeEmail(email);
        if (!norm)
            return norm.error();
        return UserRepository(*db).findByEmail(*norm);
    }();
    if (!existing)
        return existing.error();
    if (!*existing) {
        auto created = signup({email, password, u"Administrator"_s, u"personal"_s, {}});
        if (!created)
            return created.error();
        existing = std::optional<User>(created->user);
    }
    auto db = m_database.connection();
    if (!db)
        return db.error();
    UserRepository users(*db);
    if (auto r = users.setRole((*existing)->id, u"admin"_s); !r)
        return r.error();
    qCInfo(lcIdentity) << "admin account ready:" << (*existing)->id;
    return users.setPasswordHash((*existing)->id, m_hasher.hash(password));
}

} // namespace paydesk::server::identity
