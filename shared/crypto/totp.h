// One-time passwords: HOTP (RFC 4226) and TOTP (RFC 6238) with HMAC-SHA1, 30-second steps and
// 6 digits, which is what every authenticator app implements; base32 (RFC 4648 §6) for secrets
// and the otpauth:// URI that authenticator apps scan.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace paydesk::crypto {

inline constexpr int kTotpStepSeconds = 30;
inline constexpr int kTotpDigits = 6;

QString base32Encode(QByteArrayView data); // upper case, no padding
// Accepts upper or lower case, ignores spaces and trailing '='; nullopt on any other character.
std::optional<QByteArray> base32Decode(QStringView text);

QString hotp(QByteArrayView secret, quint64 counter, int digits = kTotpDigits);
QString totp(QByteArrayView secret, qint64 nowSeconds, int digits = kTotpDigits);

// True when `code` matches the step at `nowSeconds` or one step either side; `matchedStep`
// receives the step that matched so the caller can refuse a code used twice.
bool verifyTotp(QByteArrayView secret, const QString &code, qint64 nowSeconds,
                qint64 *matchedStep = nullptr);

// otpauth://totp/Issuer:account?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30
QString otpauthUri(const QString &issuer, const QString &accountName, QByteArrayView secret);

} // namespace paydesk::crypto
