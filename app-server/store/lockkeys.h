// Names of the rows a unit of group commit may lock (GroupCommitter::Keys): two lanes never run
// batches whose keys meet, so they never wait on each other's locks.
#pragma once

#include <QString>

namespace paydesk::server::lockkeys {

inline QString account(const QString &accountId)
{
    return QStringLiteral("acc:") + accountId;
}

inline QString idempotency(const QString &owner, const QString &key)
{
    return QStringLiteral("idem:") + owner + QLatin1Char('/') + key;
}

inline QString payment(const QString &paymentId)
{
    return QStringLiteral("pay:") + paymentId;
}

// A person's chat event log head (chat_event_heads): every chat send locks its two people's.
inline QString chatHead(const QString &userId)
{
    return QStringLiteral("head:") + userId;
}

// A payment reference is unique per app: two creations with one reference must not insert side
// by side (the second would wait for the first's commit).
inline QString paymentReference(const QString &appId, const QString &reference)
{
    return QStringLiteral("ref:") + appId + QLatin1Char('/') + reference;
}

} // namespace paydesk::server::lockkeys
