#include "securityservice.h"

#include "crypto/hmac.h"
#include "crypto/totp.h"
#include "domain/common/qrcode.h"
#include "identityrules.h"
#include "identityservice.h"
#include "passwordhasher.h"
#include "store/database.h"
#include "store/userrepository.h"

#include <QDateTime>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace paydesk::server::identity {

namespace {
constexpr auto kIssuer = "Paydesk";
constexpr int kTotpSecretBytes = 20;

QString newRecoveryCode()
{
    const QString raw = crypto::base32Encode(crypto::randomBytes(5)).toLower(); // 8 chars
    return raw.left(4) + u'-' + raw.mid(4, 4);
}

Error wrongPassword()
{
    return Error::make(errc::kInvalidPassword, u"The password is not right."_s, u"password"_s);
}
} // namespace

SecurityService::SecurityService(const Database &database, const PasswordHasher &hasher)
    : m_database(database)
    , m_hasher(hasher)
{}

Result<UserSecrets> SecurityService::secretsOf(const QString &userId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto secrets = UserRepository(*db).secrets(userId);
    if (!secrets)
        return secrets.error();
    if (!*secrets)
        return Error::make(errc::kUnauthenticated, u"This account no longer exists."_s);
    return **secrets;
}

Result<User> SecurityService::updateProfile(const QString &userId, const ProfileChanges &changes)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    UserRepository users(*db);
    if (auto r = users.updateProfile(userId, changes); !r)
        return r.error();
    auto user = users.findById(userId);
    if (!user)
        return user.error();
    if (!*user)
        return Error::make(errc::kUnauthenticated, u"This account no longer exists."_s);
    return **user;
}

Result<void> SecurityService::verifyPassword(const QString &userId, const QString &password)
{
    auto secrets = secretsOf(userId);
    if (!secrets)
        return secrets.error();
    if (!m_hasher.verify(password, secrets->passwordHash))
        return wrongPassword();
    return {};
}

Result<void> SecurityService::setPin(const QString &userId, const QString &password,
                                     const QString &pin)
{
    if (auto r = checkPin(pin); !r)
        return r.error();
    if (auto r = verifyPassword(userId, password); !r)
        return r.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return UserRepository(*db).setPinHash(userId, m_hasher.hash(pin));
}

Result<void> SecurityService::verifyPin(const QString &userId, const QString &pin)
{
    // The common case, a right PIN with no failures on record, changes nothing: one read, no
    // transaction. Anything else (a wrong PIN, a count to reset, a lock) is decided again under
    // the row lock below, so the attempt count stays exact under concurrency.
    auto seen = secretsOf(userId);
    if (!seen)
        return seen.error();
    // The hash checked and its verdict, so a wrong PIN is hashed once, not again under the lock.
    std::optional<std::pair<QString, bool>> checked;
    if (!seen->pinHash.isEmpty() && (!seen->pinLockedUntil.isValid() ||
                                     seen->pinLockedUntil <= QDateTime::currentDateTimeUtc())) {
        checked = std::pair(seen->pinHash, m_hasher.verify(pin, seen->pinHash));
        if (checked->second && seen->pinFailedAttempts == 0 && !seen->pinLockedUntil.isValid())
            return {};
    }
    auto db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(*db); // the row lock makes the attempt count exact under concurrency
    UserRepository users(*db);
    auto secrets = users.lockSecrets(userId);
    if (!secrets)
        return secrets.error();
    if (!*secrets)
        return Error::make(errc::kUnauthenticated, u"This account no longer exists."_s);
    const UserSecrets &s = **secrets;
    if (s.pinHash.isEmpty())
        return Error::make(errc::kPinNotSet, u"Set a transaction PIN first."_s, u"pin"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (s.pinLockedUntil.isValid() && s.pinLockedUntil > now) {
        Error locked = Error::make(
            errc::kPinLocked, u"Too many wrong PINs; PIN actions are locked for now."_s, u"pin"_s);
        locked.retryAfterSeconds = qMax<qint64>(1, now.secsTo(s.pinLockedUntil));
        return locked;
    }
    const bool right =
        checked && checked->first == s.pinHash ? checked->second : m_hasher.verify(pin, s.pinHash);
    if (right) {
        if (s.pinFailedAttempts > 0 || s.pinLockedUntil.isValid()) {
            if (auto r = users.recordPinAttempts(userId, 0, {}); !r)
                return r.error();
        }
        return tx.commit();
    }
    const int failed = (s.pinLockedUntil.isValid() ? 0 : s.pinFailedAttempts) + 1;
    const bool lock = failed >= kPinMaxAttempts;
    const QDateTime until = lock ? now.addSecs(kPinLockSeconds) : QDateTime();
    if (auto r = users.recordPinAttempts(userId, lock ? 0 : failed, until); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    if (lock) {
        Error locked =
            Error::make(errc::kPinLocked,
                        u"Too many wrong PINs; PIN actions are locked for 15 minutes."_s, u"pin"_s);
        locked.retryAfterSeconds = kPinLockSeconds;
        return locked;
    }
    return Error::make(errc::kInvalidPin,
                       u"The PIN is not right; %1 tries left."_s.arg(kPinMaxAttempts - failed),
                       u"pin"_s);
}

Result<TotpEnrollment> SecurityService::enrollTotp(const QString &userId,
                                                   const QString &accountName)
{
    auto secrets = secretsOf(userId);
    if (!secrets)
        return secrets.error();
    if (secrets->totpEnabled)
        return Error::make(errc::kTotpAlreadyEnabled,
                           u"Two-factor sign-in is on already; turn it off to enrol again."_s);
    const QByteArray secret = crypto::randomBytes(kTotpSecretBytes);
    auto db = m_database.connection();
    if (!db)
        return db.error();
    if (auto r = UserRepository(*db).setTotp(userId, secret, false); !r)
        return r.error();
    TotpEnrollment e;
    e.secretBase32 = crypto::base32Encode(secret);
    e.otpauthUri = crypto::otpauthUri(QString::fromLatin1(kIssuer), accountName, secret);
    e.qrCodeDataUrl = qrPngDataUrl(e.otpauthUri.toUtf8());
    return e;
}

Result<QStringList> SecurityService::confirmTotp(const QString &userId, const QString &code)
{
    auto secrets = secretsOf(userId);
    if (!secrets)
        return secrets.error();
    if (secrets->totpSecret.isEmpty())
        return Error::make(errc::kTotpNotEnrolled, u"Start two-factor enrolment first."_s);
    if (secrets->totpEnabled)
        return Error::make(errc::kTotpAlreadyEnabled, u"Two-factor sign-in is on already."_s);
    auto db = m_database.connection();
    if (!db)
        return db.error();
    if (auto r = IdentityService::checkSecondFactor(*db, userId, secrets->totpSecret, code); !r)
        return Error::make(errc::kInvalidTotp, r.error().message, u"code"_s);
    QStringList codes;
    QList<QByteArray> hashes;
    for (int i = 0; i < kRecoveryCodeCount; ++i) {
        codes.append(newRecoveryCode());
        hashes.append(crypto::sha256(QString(codes.constLast()).remove(u'-').toUtf8()));
    }
    Transaction tx(*db);
    UserRepository users(*db);
    if (auto r = users.replaceRecoveryCodes(userId, hashes); !r)
        return r.error();
    if (auto r = users.enableTotp(userId); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return codes;
}

Result<void> SecurityService::disableTotp(const QString &userId, const QString &password,
                                          const QString &code)
{
    auto secrets = secretsOf(userId);
    if (!secrets)
        return secrets.error();
    if (!secrets->totpEnabled)
        return Error::make(errc::kTotpNotEnrolled, u"Two-factor sign-in is not on."_s);
    if (!m_hasher.verify(password, secrets->passwordHash))
        return wrongPassword();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    if (auto r = IdentityService::checkSecondFactor(*db, userId, secrets->totpSecret, code); !r)
        return Error::make(errc::kInvalidTotp, r.error().message, u"code"_s);
    Transaction tx(*db);
    UserRepository users(*db);
    if (auto r = users.setTotp(userId, {}, false); !r)
        return r.error();
    if (auto r = users.replaceRecoveryCodes(userId, {}); !r)
        return r.error();
    return tx.commit();
}

} // namespace paydesk::server::identity
