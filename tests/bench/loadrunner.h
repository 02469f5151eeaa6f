// A closed-loop HTTP load generator: `connections` clients, each with its own keep-alive
// HTTP/1.1 connection (a lean QTcpSocket client, not QNetworkAccessManager) and exactly one
// request in flight, for a warm-up and then a measured duration. Every answer's latency (send to
// last byte) and status (with the error code of an error body) is recorded; figures cover the
// measured part only.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkRequest>
#include <QString>

#include <functional>

namespace paydesk::bench {

struct Call
{
    QByteArray method = "GET";
    QNetworkRequest request;
    QByteArray body;
};

struct RunSettings
{
    int connections = 16;
    double warmupSeconds = 2;
    double durationSeconds = 10;
};

struct Figures
{
    QString scenario;
    int connections = 0;
    qint64 requests = 0; // answered in the measured part
    double seconds = 0;
    double perSecond = 0;
    double p50Ms = 0, p95Ms = 0, p99Ms = 0, maxMs = 0;
    QHash<QString, qint64> outcomes; // "201", "402 insufficient_funds", "network: ..."
    QString note;

    qint64 successes() const; // 2xx answers
};

// `next(client, n)` builds the n-th call of a client (n counts from 0 per client);
// `answered` (optional) sees every answer's status and body, warm-up included.
using Answered = std::function<void(int status, const QByteArray &body)>;
Figures run(const QString &scenario, const RunSettings &settings,
            const std::function<Call(int client, qint64 n)> &next, const Answered &answered = {});

// Percentile of sorted latencies in ms (nearest rank).
double percentile(const QList<double> &sortedMs, double p);

} // namespace paydesk::bench
