// GET /health (liveness), /health/detailed (database, schema, uptime), /metrics (Prometheus).
#include "apideps.h"

#include "../http/metrics.h"
#include "../http/router.h"
#include "../store/database.h"
#include "../store/groupcommit.h"
#include "../store/migrator.h"

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {

QJsonObject databaseStatus(const Database &database, int *schemaVersion)
{
    QElapsedTimer timer;
    timer.start();
    auto db = database.connection();
    if (!db)
        return {{"status"_L1, u"down"_s}, {"error"_L1, db.error().message}};
    QSqlQuery q(*db);
    if (!q.exec(u"SELECT 1"_s) || !q.next()) {
        db->close(); // reopened by the next request
        return {{"status"_L1, u"down"_s}, {"error"_L1, u"query failed"_s}};
    }
    const qint64 micros = timer.nsecsElapsed() / 1000;
    if (auto version = Migrator::currentVersion(*db))
        *schemaVersion = *version;
    return {{"status"_L1, u"up"_s}, {"latency_us"_L1, micros}};
}

Reply detailed(const ApiDeps &deps)
{
    int schemaVersion = -1;
    const QJsonObject database = databaseStatus(deps.database, &schemaVersion);
    const bool dbUp = database.value("status"_L1).toString() == "up"_L1;
    const bool schemaOk = schemaVersion == deps.node.schemaKnown;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject body{
        {"status"_L1, dbUp && schemaOk ? u"ok"_s : u"degraded"_s},
        {"database"_L1, database},
        {"schema"_L1, QJsonObject{{"version"_L1, schemaVersion},
                                  {"expected"_L1, deps.node.schemaKnown},
                                  {"status"_L1, schemaOk ? u"current"_s : u"mismatch"_s}}},
        {"uptime_seconds"_L1, deps.node.startedAt.secsTo(now)},
        {"started_at"_L1, deps.node.startedAt.toString(Qt::ISODate)},
        {"node"_L1, QJsonObject{{"id"_L1, deps.node.nodeId},
                                {"version"_L1, deps.node.version},
                                {"threads"_L1, deps.node.threads}}},
        {"http"_L1, QJsonObject{{"in_flight"_L1, deps.metrics.inFlight()},
                                {"websocket_connections"_L1, deps.metrics.webSockets()}}},
    };
    return Reply::json(body, dbUp ? 200 : 503);
}

QByteArray groupCommitMetrics(const GroupCommitter::Stats &s)
{
    return "# HELP paydesk_group_commit_batches_total Database transactions run by the group "
           "committer.\n# TYPE paydesk_group_commit_batches_total counter\n"
           "paydesk_group_commit_batches_total " +
           QByteArray::number(s.batches) +
           "\n# HELP paydesk_group_commit_units_total Units of work (postings, payment "
           "creations) in those transactions.\n# TYPE paydesk_group_commit_units_total counter\n"
           "paydesk_group_commit_units_total " +
           QByteArray::number(s.units) +
           "\n# HELP paydesk_group_commit_busy_seconds_total Time the committer spent running "
           "batches.\n# TYPE paydesk_group_commit_busy_seconds_total counter\n"
           "paydesk_group_commit_busy_seconds_total " +
           QByteArray::number(double(s.busyMicros) / 1e6, 'f', 6) +
           "\n# HELP paydesk_group_commit_gave_way_total Units put back in the queue: they waited "
           "too long for a row lock held elsewhere (another node), or came after one of their "
           "names that did.\n"
           "# TYPE paydesk_group_commit_gave_way_total counter\n"
           "paydesk_group_commit_gave_way_total " +
           QByteArray::number(s.gaveWay) + "\n";
}

} // namespace

void registerHealthRoutes(Router &router, const ApiDeps &deps)
{
    router.add({QHttpServerRequest::Method::Get, u"/health"_s,
                u"Liveness: answers while the process serves requests."_s, BodyPolicy::None,
                [](RequestContext &) {
                    return Reply::json(QJsonObject{{"status"_L1, u"ok"_s}});
                }});
    router.add({QHttpServerRequest::Method::Get, u"/health/detailed"_s,
                u"Readiness: database reachability, schema version, uptime."_s, BodyPolicy::None,
                [&deps](RequestContext &) {
                    return detailed(deps);
                }});
    router.add({QHttpServerRequest::Method::Get, u"/metrics"_s, u"Prometheus metrics."_s,
                BodyPolicy::None, [&deps](RequestContext &) {
                    const qint64 uptime =
                        deps.node.startedAt.secsTo(QDateTime::currentDateTimeUtc());
                    QByteArray extra =
                        "# HELP paydesk_uptime_seconds Seconds since this node started.\n"
                        "# TYPE paydesk_uptime_seconds gauge\npaydesk_uptime_seconds " +
                        QByteArray::number(uptime) +
                        "\n# HELP paydesk_build_info Version of this node.\n"
                        "# TYPE paydesk_build_info gauge\npaydesk_build_info{version=\"" +
                        deps.node.version.toLatin1() + "\"} 1\n";
                    if (deps.committer)
                        extra += groupCommitMetrics(deps.committer->stats());
                    return Reply::raw(deps.metrics.render(extra),
                                      "text/plain; version=0.0.4; charset=utf-8");
                }});
}

} // namespace paydesk::server
