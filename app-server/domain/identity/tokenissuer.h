// Issues and checks the credentials people carry: short-lived HS256 access tokens (JWT, with a
// key id so keys can rotate) and opaque refresh tokens, which are only ever stored as hashes.
// Holds the signing keys; never logs a token or a key.
#pragma once

#include "crypto/jwt.h"
#include "result.h"

#include <QList>
#include <QString>

namespace paydesk::server::identity {

// Who is calling, as an access token says.
struct Principal
{
    QString userId; // for an API key: the app's owner
    QString role;   // user, merchant, admin; "app" for an API key
    QString tokenId;
    qint64 expiresAt = 0;
    QString appId; // set when an API key authenticated the call
    QString mode;  // test or live, with appId
};

class TokenIssuer
{
public:
    // The first key signs; all keys verify (the older ones during a rotation).
    TokenIssuer(QList<crypto::JwtKey> keys, int accessTtlSeconds);

    QString issueAccessToken(const QString &userId, const QString &role, qint64 nowSeconds) const;
    Result<Principal> verifyAccessToken(QStringView token, qint64 nowSeconds) const;
    int accessTtlSeconds() const { return m_accessTtl; }

    static QString newRefreshToken();                         // 32 random bytes, base64url
    static QByteArray hashRefreshToken(const QString &token); // SHA-256

    // Keys from configuration ("kid:base64url-secret,kid2:..." first signs), or else from
    // <dataDir>/secrets/jwt-keys.json, created with a fresh random key (mode 0600) on first use.
    static Result<QList<crypto::JwtKey>> loadKeys(const QString &configured,
                                                  const QString &dataDir);

private:
    QList<crypto::JwtKey> m_keys;
    int m_accessTtl;
};

} // namespace paydesk::server::identity
