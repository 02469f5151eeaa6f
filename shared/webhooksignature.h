// Standard Webhooks signatures (https://www.standardwebhooks.com): what paydeskd puts in the
// `webhook-signature` header and what a receiver checks. The signed content is
// `<webhook-id>.<webhook-timestamp>.<body>`; the HMAC-SHA256 key is the base64-decoded part of a
// `whsec_...` secret after its prefix; a header carries one `v1,<base64>` per valid secret,
// separated by spaces, so receivers keep working while a secret is being rotated.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk::webhooks {

// The HMAC key of a `whsec_...` secret (the prefix is optional); nullopt when it is not base64.
std::optional<QByteArray> secretKey(const QString &secret);

// `v1,<base64 HMAC-SHA256>` for one secret; empty when the secret is malformed.
QString signature(const QString &secret, const QString &webhookId, qint64 timestamp,
                  const QByteArray &body);

// The header value: one signature per secret, space separated, in the order given.
QString signatureHeader(const QStringList &secrets, const QString &webhookId, qint64 timestamp,
                        const QByteArray &body);

enum class Verdict {
    Valid,
    MissingHeaders,
    BadTimestamp, // not an integer
    TooOld,       // more than the tolerance before now
    TooNew,       // more than the tolerance after now
    BadSignature, // no v1 signature matched
};

// What a receiver does: the timestamp within `toleranceSeconds` of `now` and at least one `v1`
// signature equal (in constant time) to the one computed with `secret`.
Verdict verify(const QString &secret, const QString &webhookId, const QString &timestamp,
               const QString &signatureHeader, const QByteArray &body, qint64 now,
               qint64 toleranceSeconds = 300);

} // namespace paydesk::webhooks
