#include "metrics.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {
thread_local int t_shard = -1;

QByteArray escapeLabel(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

QByteArray secondsText(qint64 micros)
{
    // Integer formatting of microseconds as seconds: no floating point needed to print it.
    const qint64 whole = micros / 1000000;
    const qint64 frac = micros % 1000000;
    return QByteArray::number(whole) + '.' + QByteArray::number(frac).rightJustified(6, '0');
}
} // namespace

Metrics::Metrics(int shards)
{
    const int n = qMax(1, shards) + 1; // the extra shard serves threads that bound none
    m_shards.reserve(n);
    for (int i = 0; i < n; ++i)
        m_shards.push_back(std::make_unique<Shard>());
}

void Metrics::bindShard(int index)
{
    t_shard = index;
}

Metrics::Shard &Metrics::currentShard()
{
    const int i =
        (t_shard >= 0 && t_shard < int(m_shards.size()) - 1) ? t_shard : int(m_shards.size()) - 1;
    return *m_shards[i];
}

void Metrics::recordRequest(const QString &route, int status, qint64 micros)
{
    Shard &shard = currentShard();
    QMutexLocker lock(&shard.mutex);
    ++shard.byRouteStatus[route][status];
    Series &s = shard.latencyByRoute[route];
    ++s.count;
    s.sumMicros += micros;
    for (size_t b = 0; b < kBucketsSeconds.size(); ++b) {
        if (micros <= qint64(kBucketsSeconds[b] * 1e6)) {
            ++s.buckets[b];
            break;
        }
    }
}

QByteArray Metrics::render(const QByteArray &extra) const
{
    QMap<QString, QMap<int, quint64>> counts; // sorted for a stable output
    QMap<QString, Series> latency;
    for (const auto &shard : m_shards) {
        QMutexLocker lock(&shard->mutex);
        for (auto r = shard->byRouteStatus.cbegin(); r != shard->byRouteStatus.cend(); ++r)
            for (auto s = r.value().cbegin(); s != r.value().cend(); ++s)
                counts[r.key()][s.key()] += s.value();
        for (auto r = shard->latencyByRoute.cbegin(); r != shard->latencyByRoute.cend(); ++r) {
            Series &into = latency[r.key()];
            into.count += r->count;
            into.sumMicros += r->sumMicros;
            for (size_t b = 0; b < kBucketsSeconds.size(); ++b)
                into.buckets[b] += r->buckets[b];
        }
    }
    QByteArray out;
    out += "# HELP paydesk_http_requests_total HTTP requests by route template and status.\n"
           "# TYPE paydesk_http_requests_total counter\n";
    for (auto r = counts.cbegin(); r != counts.cend(); ++r)
        for (auto s = r.value().cbegin(); s != r.value().cend(); ++s)
            out += "paydesk_http_requests_total{route=\"" + escapeLabel(r.key()) + "\",status=\"" +
                   QByteArray::number(s.key()) + "\"} " + QByteArray::number(s.value()) + '\n';
    out += "# HELP paydesk_http_request_duration_seconds Time from request parsed to reply "
           "written.\n# TYPE paydesk_http_request_duration_seconds histogram\n";
    for (auto r = latency.cbegin(); r != latency.cend(); ++r) {
        const QByteArray label = "route=\"" + escapeLabel(r.key()) + '"';
        quint64 cumulative = 0;
        for (size_t b = 0; b < kBucketsSeconds.size(); ++b) {
            cumulative += r->buckets[b];
            out += "paydesk_http_request_duration_seconds_bucket{" + label + ",le=\"" +
                   QByteArray::number(kBucketsSeconds[b]) + "\"} " +
                   QByteArray::number(cumulative) + '\n';
        }
        out += "paydesk_http_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} " +
               QByteArray::number(r->count) + '\n';
        out += "paydesk_http_request_duration_seconds_sum{" + label + "} " +
               secondsText(r->sumMicros) + '\n';
        out += "paydesk_http_request_duration_seconds_count{" + label + "} " +
               QByteArray::number(r->count) + '\n';
    }
    out += "# HELP paydesk_http_in_flight_requests Requests being handled now.\n"
           "# TYPE paydesk_http_in_flight_requests gauge\npaydesk_http_in_flight_requests " +
           QByteArray::number(inFlight()) + '\n';
    out += "# HELP paydesk_websocket_connections Open WebSocket connections.\n"
           "# TYPE paydesk_websocket_connections gauge\npaydesk_websocket_connections " +
           QByteArray::number(webSockets()) + '\n';
    out += "# HELP paydesk_ledger_reconciliation_problems Problems the last reconciliation found "
           "(-1: not run yet).\n# TYPE paydesk_ledger_reconciliation_problems gauge\n"
           "paydesk_ledger_reconciliation_problems " +
           QByteArray::number(m_ledgerProblems.load(std::memory_order_relaxed)) + '\n';
    out += "# HELP paydesk_ledger_reconciliation_timestamp_seconds When it ran.\n"
           "# TYPE paydesk_ledger_reconciliation_timestamp_seconds gauge\n"
           "paydesk_ledger_reconciliation_timestamp_seconds " +
           QByteArray::number(m_reconciledAt.load(std::memory_order_relaxed)) + '\n';
    out += "# HELP paydesk_webhook_attempts_total Webhook attempts by outcome.\n"
           "# TYPE paydesk_webhook_attempts_total counter\n"
           "paydesk_webhook_attempts_total{outcome=\"delivered\"} " +
           QByteArray::number(m_webhooksDelivered.load(std::memory_order_relaxed)) +
           "\npaydesk_webhook_attempts_total{outcome=\"failed\"} " +
           QByteArray::number(m_webhooksFailed.load(std::memory_order_relaxed)) + '\n';
    out += "# HELP paydesk_outbox_relayed_total Outbox events this node relayed (any node's).\n"
           "# TYPE paydesk_outbox_relayed_total counter\npaydesk_outbox_relayed_total " +
           QByteArray::number(m_relayed.load(std::memory_order_relaxed)) +
           "\n# HELP paydesk_outbox_relayed_sequence The last outbox sequence relayed.\n"
           "# TYPE paydesk_outbox_relayed_sequence gauge\npaydesk_outbox_relayed_sequence " +
           QByteArray::number(m_relayedSequence.load(std::memory_order_relaxed)) + '\n';
    out += extra;
    return out;
}

} // namespace paydesk::server
