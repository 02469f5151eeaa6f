#include "ratelimiter.h"

#include <QDateTime>

namespace paydesk::server {

namespace {
constexpr qint64 kMilli = 1000; // one token

// Adds what the elapsed time earned. The clock only advances by the time actually converted to
// milli-tokens, so frequent callers never lose the fractions (which would starve the refill).
template <typename Bucket> void refill(Bucket &b, qint64 nowMs, RatePolicy p)
{
    const qint64 full = qint64(p.burst) * kMilli;
    const qint64 elapsed = qMax<qint64>(0, nowMs - b.updatedMs);
    const qint64 gained = elapsed * p.perMinute * kMilli / 60000;
    if (b.milliTokens + gained >= full) {
        b.milliTokens = full;
        b.updatedMs = nowMs;
        return;
    }
    b.milliTokens += gained;
    b.updatedMs += gained * 60000 / (qint64(p.perMinute) * kMilli);
}
} // namespace

qint64 RateLimiter::take(const QString &key, RatePolicy policy)
{
    return take(key, policy, QDateTime::currentMSecsSinceEpoch());
}

qint64 RateLimiter::take(const QString &key, RatePolicy policy, qint64 nowMs)
{
    Shard &shard = m_shards[qHash(key) % kShards];
    QMutexLocker lock(&shard.mutex);
    if (shard.buckets.size() > kMaxKeysPerShard) {
        // Drop buckets that have refilled completely: forgetting them changes nothing.
        for (auto it = shard.buckets.begin(); it != shard.buckets.end();)
            it = (refill(*it, nowMs, policy), it->milliTokens >= policy.burst * kMilli)
                     ? shard.buckets.erase(it)
                     : std::next(it);
    }
    auto it = shard.buckets.find(key);
    if (it == shard.buckets.end())
        it = shard.buckets.insert(key, Bucket{policy.burst * kMilli, nowMs});
    refill(*it, nowMs, policy);
    if (it->milliTokens >= kMilli) {
        it->milliTokens -= kMilli;
        return 0;
    }
    const qint64 missing = kMilli - it->milliTokens;
    const qint64 rate = qint64(policy.perMinute) * kMilli;
    const qint64 waitMs = (missing * 60000 + rate - 1) / rate - (nowMs - it->updatedMs);
    return qMax<qint64>(1, (waitMs + 999) / 1000);
}

} // namespace paydesk::server
