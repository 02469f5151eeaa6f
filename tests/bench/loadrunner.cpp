#include "loadrunner.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace paydesk::bench {

qint64 Figures::successes() const
{
    qint64 n = 0;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        if (it.key().startsWith(u'2'))
            n += it.value();
    return n;
}

double percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

namespace {

QString outcomeOf(QNetworkReply *reply, int status, const QByteArray &body)
{
    if (status == 0)
        return u"network: "_qs + reply->errorString();
    if (status < 400)
        return QString::number(status);
    const QString code = QJsonDocument::fromJson(body)
                             .object()
                             .value(QLatin1StringView("error"))
                             .toObject()
                             .value(QLatin1StringView("code"))
                             .toString();
    return QString::number(status) + u' ' + code;
}

} // namespace

Figures run(const QString &scenario, const RunSettings &s,
            const std::function<Call(int client, qint64 n)> &next, const Answered &answered)
{
    Figures f;
    f.scenario = scenario;
    f.connections = s.connections;
    QList<double> latencies;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    const qint64 measureFrom = qint64(s.warmupSeconds * 1000);
    const qint64 stopAt = measureFrom + qint64(s.durationSeconds * 1000);
    qint64 firstMeasured = -1;
    qint64 lastMeasured = -1;
    int running = s.connections;
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    std::vector<qint64> counters(size_t(s.connections), 0);
    std::function<void(int)> fire = [&](int c) {
        if (clock.elapsed() >= stopAt) {
            if (--running == 0)
                loop.quit();
            return;
        }
        const Call call = next(c, counters[size_t(c)]++);
        const qint64 sentAt = clock.nsecsElapsed();
        QNetworkReply *reply =
            clients[size_t(c)]->sendCustomRequest(call.request, call.method, call.body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, sentAt, c] {
            const qint64 doneAt = clock.nsecsElapsed();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (answered)
                answered(status, body);
            if (sentAt / 1000000 >= measureFrom && doneAt / 1000000 <= stopAt) {
                if (firstMeasured < 0)
                    firstMeasured = sentAt;
                lastMeasured = doneAt;
                latencies.append(double(doneAt - sentAt) / 1e6);
                ++f.outcomes[outcomeOf(reply, status, body)];
            }
            reply->deleteLater();
            fire(c);
        });
    };
    for (int c = 0; c < s.connections; ++c) {
        clients.push_back(std::make_unique<QNetworkAccessManager>());
        clients.back()->setAutoDeleteReplies(false);
    }
    for (int c = 0; c < s.connections; ++c)
        fire(c);
    QTimer::singleShot(stopAt + 60000, &loop, &QEventLoop::quit); // bounded, whatever happens
    loop.exec();
    std::sort(latencies.begin(), latencies.end());
    f.requests = latencies.size();
    f.seconds = firstMeasured < 0 ? 0 : double(lastMeasured - firstMeasured) / 1e9;
    f.perSecond = f.seconds > 0 ? double(f.requests) / f.seconds : 0;
    f.p50Ms = percentile(latencies, 50);
    f.p95Ms = percentile(latencies, 95);
    f.p99Ms = percentile(latencies, 99);
    f.maxMs = latencies.isEmpty() ? 0 : latencies.last();
    return f;
}

} // namespace paydesk::bench
