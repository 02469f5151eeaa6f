// The small cryptographic primitives both programs use, on OpenSSL's libcrypto: SHA-256,
// HMAC-SHA256, a CSPRNG, constant-time comparison and unpadded base64url (RFC 4648 §5).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace paydesk::crypto {

QByteArray sha256(QByteArrayView data);
QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);

// `count` bytes from OpenSSL's CSPRNG; aborts the program if the generator fails, because no
// caller could continue safely without randomness.
QByteArray randomBytes(qsizetype count);

// Compares in time that depends only on the lengths, not on where the inputs differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

// base64url without padding, as JWTs use it.
QString base64Url(QByteArrayView data);
// Strict: rejects characters outside the base64url alphabet and padding; nullopt when invalid.
std::optional<QByteArray> fromBase64Url(QStringView text);

} // namespace paydesk::crypto
