// Request counters and a latency histogram in the Prometheus text format. Each listener thread
// records into its own shard (an uncontended mutex), and a scrape adds the shards up, so the hot
// path never takes a lock shared by all threads.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

namespace paydesk::server {

class Metrics
{
public:
    static constexpr std::array<double, 12> kBucketsSeconds = {
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0};

    explicit Metrics(int shards);

    // Records one finished request on the calling thread's shard (see bindShard).
    void recordRequest(const QString &route, int status, qint64 micros);
    // Listener threads bind their shard once; other threads share the last one.
    void bindShard(int index);

    void webSocketOpened() { m_webSockets.fetch_add(1, std::memory_order_relaxed); }
    void webSocketClosed() { m_webSockets.fetch_sub(1, std::memory_order_relaxed); }
    void requestStarted() { m_inFlight.fetch_add(1, std::memory_order_relaxed); }
    void requestFinished() { m_inFlight.fetch_sub(1, std::memory_order_relaxed); }
    qint64 inFlight() const { return m_inFlight.load(std::memory_order_relaxed); }
    qint64 webSockets() const { return m_webSockets.load(std::memory_order_relaxed); }

    // The last ledger reconciliation: problems found (0 = the ledger balances) and when.
    void recordReconciliation(qint64 problems, qint64 atSeconds)
    {
        m_ledgerProblems.store(problems, std::memory_order_relaxed);
        m_reconciledAt.store(atSeconds, std::memory_order_relaxed);
    }

    // One webhook attempt finished: delivered (2xx) or not.
    void recordWebhookAttempt(bool delivered)
    {
        (delivered ? m_webhooksDelivered : m_webhooksFailed)
            .fetch_add(1, std::memory_order_relaxed);
    }

    // One outbox event reached this node's relay (realtime/outboxrelay.h).
    void recordRelayed(qint64 sequence)
    {
        m_relayed.fetch_add(1, std::memory_order_relaxed);
        m_relayedSequence.store(sequence, std::memory_order_relaxed);
    }

    // The Prometheus exposition text; `extra` lines (gauges owned elsewhere) are appended.
    QByteArray render(const QByteArray &extra = {}) const;

private:
    struct Series
    {
        quint64 count = 0;
        std::array<quint64, kBucketsSeconds.size()> buckets{};
        qint64 sumMicros = 0;
    };
    struct Shard
    {
        mutable QMutex mutex;
        QHash<QString, QHash<int, quint64>> byRouteStatus;
        QHash<QString, Series> latencyByRoute;
    };
    Shard &currentShard();

    std::vector<std::unique_ptr<Shard>> m_shards;
    std::atomic<qint64> m_inFlight{0};
    std::atomic<qint64> m_webSockets{0};
    std::atomic<qint64> m_ledgerProblems{-1}; // -1 until the first run
    std::atomic<qint64> m_reconciledAt{0};
    std::atomic<quint64> m_webhooksDelivered{0};
    std::atomic<quint64> m_webhooksFailed{0};
    std::atomic<quint64> m_relayed{0};
    std::atomic<qint64> m_relayedSequence{0};
};

} // namespace paydesk::server
