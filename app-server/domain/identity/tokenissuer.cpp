#include "tokenissuer.h"

#include "crypto/hmac.h"
#include "ids.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace paydesk::server::identity {

namespace {
constexpr int kKeyBytes = 32;

Result<QList<crypto::JwtKey>> parseConfigured(const QString &configured)
{
    QList<crypto::JwtKey> keys;
    for (const QString &part : configured.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(u':');
        const auto secret =
            colon > 0 ? crypto::fromBase64Url(QStringView(part).sliced(colon + 1).trimmed())
                      : std::nullopt;
        if (!secret || secret->size() < kKeyBytes)
            return Error::make(
                errc::kValidation,
                u"PAYDESK_JWT_KEYS must be kid:base64url-secret pairs of at least 32 "
                "bytes, separated by commas"_s);
        keys.append({part.left(colon).trimmed(), *secret});
    }
    return keys;
}

Result<QList<crypto::JwtKey>> readKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(errc::kUnavailable, u"cannot read "_s + path);
    QList<crypto::JwtKey> keys;
    for (const QJsonValue v : QJsonDocument::fromJson(file.readAll()).array()) {
        const auto secret = crypto::fromBase64Url(v.toObject().value("secret"_L1).toString());
        if (!secret || secret->size() < kKeyBytes)
            return Error::make(errc::kUnavailable, u"malformed key in "_s + path);
        keys.append({v.toObject().value("kid"_L1).toString(), *secret});
    }
    if (keys.isEmpty())
        return Error::make(errc::kUnavailable, u"no keys in "_s + path);
    return keys;
}

Result<QList<crypto::JwtKey>> createKeyFile(const QString &path)
{
    const crypto::JwtKey key{ids::make(u"key"), crypto::randomBytes(kKeyBytes)};
    const QJsonArray array{
        QJsonObject{{"kid"_L1, key.id}, {"secret"_L1, crypto::base64Url(key.secret)}}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(errc::kUnavailable, u"cannot write "_s + path);
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(array).toJson());
    if (!file.commit())
        return Error::make(errc::kUnavailable, u"cannot write "_s + path);
    return QList<crypto::JwtKey>{key};
}
} // namespace

TokenIssuer::TokenIssuer(QList<crypto::JwtKey> keys, int accessTtlSeconds)
    : m_keys(std::move(keys))
    , m_accessTtl(accessTtlSeconds)
{}

QString TokenIssuer::issueAccessToken(const QString &userId, const QString &role,
                                      qint64 nowSeconds) const
{
    crypto::JwtClaims claims;
    claims.subject = userId;
    claims.role = role;
    claims.issuedAt = nowSeconds;
    claims.expiresAt = nowSeconds + m_accessTtl;
    claims.tokenId = ids::make(u"jti");
    return crypto::signJwt(claims, m_keys.constFirst());
}

Result<Principal> TokenIssuer::verifyAccessToken(QStringView token, qint64 nowSeconds) const
{
    auto claims = crypto::verifyJwt(token, m_keys, nowSeconds);
    if (!claims)
        return claims.error();
    return Principal{claims->subject, claims->role, claims->tokenId, claims->expiresAt};
}

QString TokenIssuer::newRefreshToken()
{
    return crypto::base64Url(crypto::randomBytes(32));
}

QByteArray TokenIssuer::hashRefreshToken(const QString &token)
{
    return crypto::sha256(token.toUtf8());
}

Result<QList<crypto::JwtKey>> TokenIssuer::loadKeys(const QString &configured,
                                                    const QString &dataDir)
{
    if (!configured.isEmpty())
        return parseConfigured(configured);
    const QString dir = dataDir + "/secrets"_L1;
    if (!QDir().mkpath(dir))
        return Error::make(errc::kUnavailable, u"cannot create "_s + dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = dir + "/jwt-keys.json"_L1;
    return QFile::exists(path) ? readKeyFile(path) : createKeyFile(path);
}

} // namespace paydesk::server::identity
