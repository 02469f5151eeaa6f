#include "jwt.h"

#include "hmac.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace paydesk::crypto {

namespace {
Error invalid(const QString &why)
{
    return Error::make(errc::kInvalidToken, u"The access token is not valid: "_s + why);
}

std::optional<QJsonObject> decodeObject(QStringView part)
{
    const auto bytes = fromBase64Url(part);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

const JwtKey *findKey(const QList<JwtKey> &keys, const QString &id)
{
    for (const JwtKey &key : keys)
        if (key.id == id)
            return &key;
    return nullptr;
}

// Integral NumericDate claims only; a JSON double with a fraction or a string is refused.
std::optional<qint64> numericDate(const QJsonObject &payload, QLatin1StringView name)
{
    const QJsonValue v = payload.value(name);
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != static_cast<double>(static_cast<qint64>(d)))
        return std::nullopt;
    return static_cast<qint64>(d);
}
} // namespace

QString signJwt(const JwtClaims &claims, const JwtKey &key)
{
    const QJsonObject header{{"alg"_L1, u"HS256"_s}, {"typ"_L1, u"JWT"_s}, {"kid"_L1, key.id}};
    QJsonObject payload = claims.extra;
    payload.insert("sub"_L1, claims.subject);
    payload.insert("role"_L1, claims.role);
    payload.insert("iat"_L1, claims.issuedAt);
    payload.insert("exp"_L1, claims.expiresAt);
    payload.insert("jti"_L1, claims.tokenId);
    const QString signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
                                 u'.' +
                                 base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return signingInput + u'.' + base64Url(hmacSha256(key.secret, signingInput.toLatin1()));
}

Result<JwtClaims> verifyJwt(QStringView token, const QList<JwtKey> &keys, qint64 nowSeconds)
{
    const qsizetype first = token.indexOf(u'.');
    const qsizetype last = token.lastIndexOf(u'.');
    if (first <= 0 || last == first || token.indexOf(u'.', first + 1) != last)
        return invalid(u"it is not three dot-separated parts"_s);
    const auto header = decodeObject(token.first(first));
    if (!header)
        return invalid(u"the header is not base64url JSON"_s);
    if (header->value("alg"_L1).toString() != "HS256"_L1)
        return invalid(u"only HS256 is accepted"_s);
    if (header->contains("crit"_L1))
        return invalid(u"critical header extensions are not supported"_s);
    const JwtKey *key = findKey(keys, header->value("kid"_L1).toString());
    if (!key)
        return invalid(u"it was signed with an unknown key"_s);
    const auto signature = fromBase64Url(token.sliced(last + 1));
    const QByteArray expected = hmacSha256(key->secret, token.first(last).toLatin1());
    if (!signature || !constantTimeEquals(*signature, expected))
        return invalid(u"the signature does not match"_s);

    const auto payload = decodeObject(token.sliced(first + 1, last - first - 1));
    if (!payload)
        return invalid(u"the payload is not base64url JSON"_s);
    const auto iat = numericDate(*payload, "iat"_L1);
    const auto exp = numericDate(*payload, "exp"_L1);
    if (!iat || !exp)
        return invalid(u"iat and exp must be whole seconds"_s);
    JwtClaims claims;
    claims.subject = payload->value("sub"_L1).toString();
    claims.role = payload->value("role"_L1).toString();
    claims.tokenId = payload->value("jti"_L1).toString();
    claims.issuedAt = *iat;
    claims.expiresAt = *exp;
    if (claims.subject.isEmpty())
        return invalid(u"it names no subject"_s);
    if (nowSeconds >= claims.expiresAt)
        return Error::make(errc::kTokenExpired, u"The access token has expired."_s);
    claims.extra = *payload;
    for (const auto name : {"sub"_L1, "role"_L1, "iat"_L1, "exp"_L1, "jti"_L1})
        claims.extra.remove(name);
    return claims;
}

} // namespace paydesk::crypto
