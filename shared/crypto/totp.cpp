#include "totp.h"

#include "hmac.h"

#include <QUrl>

#include <openssl/evp.h>
#include <openssl/hmac.h>

using namespace Qt::StringLiterals;

namespace paydesk::crypto {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int base32Value(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a';
    if (c >= u'2' && c <= u'7')
        return c - u'2' + 26;
    return -1;
}

QByteArray hmacSha1(QByteArrayView key, QByteArrayView message)
{
    QByteArray out(20, Qt::Uninitialized);
    unsigned int length = 0;
    HMAC(EVP_sha1(), key.data(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(message.data()),
         static_cast<size_t>(message.size()), reinterpret_cast<unsigned char *>(out.data()),
         &length);
    return out;
}
} // namespace

QString base32Encode(QByteArrayView data)
{
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1f]));
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]));
    return out;
}

std::optional<QByteArray> base32Decode(QStringView text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    bool padding = false;
    for (const QChar c : text) {
        if (c == u' ')
            continue;
        if (c == u'=') {
            padding = true;
            continue;
        }
        const int value = base32Value(c.unicode());
        if (value < 0 || padding)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

QString hotp(QByteArrayView secret, quint64 counter, int digits)
{
    char message[8];
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<char>(counter & 0xff);
        counter >>= 8;
    }
    const QByteArray mac = hmacSha1(secret, QByteArrayView(message, 8));
    const int offset = mac.at(19) & 0x0f;
    const quint32 binary =
        (static_cast<quint32>(static_cast<quint8>(mac.at(offset)) & 0x7f) << 24) |
        (static_cast<quint32>(static_cast<quint8>(mac.at(offset + 1))) << 16) |
        (static_cast<quint32>(static_cast<quint8>(mac.at(offset + 2))) << 8) |
        static_cast<quint32>(static_cast<quint8>(mac.at(offset + 3)));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QString::number(binary % modulus).rightJustified(digits, u'0');
}

QString totp(QByteArrayView secret, qint64 nowSeconds, int digits)
{
    return hotp(secret, static_cast<quint64>(nowSeconds / kTotpStepSeconds), digits);
}

bool verifyTotp(QByteArrayView secret, const QString &code, qint64 nowSeconds, qint64 *matchedStep)
{
    if (code.size() != kTotpDigits)
        return false;
    for (const QChar c : code)
        if (!c.isDigit())
            return false;
    const qint64 current = nowSeconds / kTotpStepSeconds;
    bool matched = false;
    for (qint64 step = current - 1; step <= current + 1; ++step) {
        // Every candidate is computed and compared, so timing does not tell which step matched.
        const QString candidate = hotp(secret, static_cast<quint64>(step));
        if (constantTimeEquals(candidate.toLatin1(), code.toLatin1()) && !matched) {
            matched = true;
            if (matchedStep)
                *matchedStep = step;
        }
    }
    return matched;
}

QString otpauthUri(const QString &issuer, const QString &accountName, QByteArrayView secret)
{
    const QString label = QString::fromLatin1(QUrl::toPercentEncoding(issuer)) + u':' +
                          QString::fromLatin1(QUrl::toPercentEncoding(accountName));
    return u"otpauth://totp/"_s + label + u"?secret="_s + base32Encode(secret) + u"&issuer="_s +
           QString::fromLatin1(QUrl::toPercentEncoding(issuer)) +
           u"&algorithm=SHA1&digits=6&period=30"_s;
}

} // namespace paydesk::crypto
