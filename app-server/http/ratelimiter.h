// Token buckets keyed by strings ("login:ip:127.0.0.1", "pin:user:usr_..."), shared by all
// listener threads. The map is split in shards, each with its own mutex, so threads rarely meet;
// idle full buckets are dropped so memory stays bounded. Integer arithmetic only.
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <array>

namespace paydesk::server {

struct RatePolicy
{
    int burst = 10;     // bucket size
    int perMinute = 10; // refill rate
};

class RateLimiter
{
public:
    // Takes one token: 0 when allowed, else the seconds to wait before one is available.
    qint64 take(const QString &key, RatePolicy policy, qint64 nowMs);
    qint64 take(const QString &key, RatePolicy policy);

private:
    struct Bucket
    {
        qint64 milliTokens = 0;
        qint64 updatedMs = 0;
    };
    struct Shard
    {
        QMutex mutex;
        QHash<QString, Bucket> buckets;
    };
    static constexpr int kShards = 16;
    static constexpr int kMaxKeysPerShard = 20000;
    std::array<Shard, kShards> m_shards;
};

} // namespace paydesk::server
