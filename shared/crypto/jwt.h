// JSON Web Tokens (RFC 7519) signed with HS256 only. Verification accepts nothing else: a
// header naming another algorithm (including "none") is refused before any key is touched.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace paydesk::crypto {

struct JwtKey
{
    QString id;        // "kid" in the header, so keys can rotate
    QByteArray secret; // at least 32 bytes
};

struct JwtClaims
{
    QString subject;      // sub
    QString role;         // role
    qint64 issuedAt = 0;  // iat, seconds since the epoch
    qint64 expiresAt = 0; // exp
    QString tokenId;      // jti
    QJsonObject extra;    // any further claims, carried as they are
};

QString signJwt(const JwtClaims &claims, const JwtKey &key);

// Checks structure, algorithm, key id, signature (constant time) and expiry at `nowSeconds`.
// Errors: invalid_token (anything malformed, forged or signed by an unknown key) and
// token_expired (a good signature whose exp has passed).
Result<JwtClaims> verifyJwt(QStringView token, const QList<JwtKey> &keys, qint64 nowSeconds);

} // namespace paydesk::crypto
