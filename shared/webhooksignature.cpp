#include "webhooksignature.h"

#include "crypto/hmac.h"

using namespace Qt::StringLiterals;

namespace paydesk::webhooks {

std::optional<QByteArray> secretKey(const QString &secret)
{
    QStringView text(secret);
    if (text.startsWith(u"whsec_"))
        text = text.mid(6);
    if (text.isEmpty())
        return std::nullopt;
    auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

QString signature(const QString &secret, const QString &webhookId, qint64 timestamp,
                  const QByteArray &body)
{
    const auto key = secretKey(secret);
    if (!key)
        return {};
    const QByteArray content =
        webhookId.toUtf8() + '.' + QByteArray::number(timestamp) + '.' + body;
    return u"v1,"_s + QString::fromLatin1(crypto::hmacSha256(*key, content).toBase64());
}

QString signatureHeader(const QStringList &secrets, const QString &webhookId, qint64 timestamp,
                        const QByteArray &body)
{
    QStringList parts;
    for (const QString &secret : secrets) {
        const QString one = signature(secret, webhookId, timestamp, body);
        if (!one.isEmpty())
            parts.append(one);
    }
    return parts.join(u' ');
}

Verdict verify(const QString &secret, const QString &webhookId, const QString &timestamp,
               const QString &header, const QByteArray &body, qint64 now, qint64 tolerance)
{
    if (webhookId.isEmpty() || timestamp.isEmpty() || header.isEmpty())
        return Verdict::MissingHeaders;
    bool ok = false;
    const qint64 sent = timestamp.toLongLong(&ok);
    if (!ok)
        return Verdict::BadTimestamp;
    if (sent < now - tolerance)
        return Verdict::TooOld;
    if (sent > now + tolerance)
        return Verdict::TooNew;
    const QByteArray expected = signature(secret, webhookId, sent, body).toLatin1();
    if (expected.isEmpty())
        return Verdict::BadSignature;
    const auto candidates = header.split(u' ', Qt::SkipEmptyParts);
    for (const QString &candidate : candidates) {
        if (candidate.startsWith("v1,"_L1) &&
            crypto::constantTimeEquals(candidate.toLatin1(), expected))
            return Verdict::Valid;
    }
    return Verdict::BadSignature;
}

} // namespace paydesk::webhooks
