#include "webhookscontroller.h"

#include "apiclient.h"
#include "displayformat.h"
#include "realtimeclient.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;
using paydesk::desktop::formatTime;

namespace {

QString timeText(const QJsonValue &v)
{
    return formatTime(QDateTime::fromString(v.toString(), Qt::ISODateWithMs));
}

QString headersText(const QJsonValue &headers)
{
    QStringList lines;
    const QJsonObject o = headers.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        lines << it.key() + u": "_s + it.value().toString();
    if (headers.isArray()) {
        for (const QJsonValue &h : headers.toArray()) {
            const QJsonArray pair = h.toArray();
            lines << pair.at(0).toString() + u": "_s + pair.at(1).toString();
        }
    }
    return lines.join(u'\n');
}

// A body as people read it: JSON indented, anything else as it came.
QString prettyBody(const QJsonValue &body)
{
    if (body.isObject())
        return QString::fromUtf8(QJsonDocument(body.toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    const QString text = body.toString();
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isNull() ? text : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

void WebhooksController::ready()
{
    if (QQmlEngine *engine = qmlEngine(this)) {
        connect(RealtimeClient::forEngine(engine), &RealtimeClient::eventReceived, this,
                [this](const QString &topic, const QJsonObject &data) {
                    if (topic != "webhook.endpoint_disabled"_L1)
                        return;
                    Q_EMIT endpointDisabled(data.value("url"_L1).toString());
                    refresh();
                });
    }
    refresh();
}

int WebhooksController::disabledEndpoints() const
{
    return int(std::count_if(m_endpoints.cbegin(), m_endpoints.cend(), [](const QVariant &e) {
        return e.toMap().value(u"state"_s) == "disabled"_L1;
    }));
}

void WebhooksController::refresh()
{
    call("GET", u"/api/v1/webhooks/queue?limit=50"_s, {}, [this](const ApiResponse &r) {
        m_queue.clear();
        for (const QJsonValue &v : r.body.value("data"_L1).toArray()) {
            const QJsonObject d = v.toObject();
            m_queue.append(QVariantMap{{u"deliveryId"_s, d.value("id"_L1).toString()},
                                       {u"eventType"_s, d.value("event_type"_L1).toString()},
                                       {u"status"_s, d.value("status"_L1).toString().toUpper()},
                                       {u"url"_s, d.value("url"_L1).toString()},
                                       {u"attempts"_s, d.value("attempts"_L1).toInt()},
                                       {u"nextAttempt"_s, timeText(d.value("next_attempt_at"_L1))},
                                       {u"lastError"_s, d.value("last_error"_L1).toString()}});
        }
        Q_EMIT queueChanged();
    });
    call("GET", u"/api/v1/webhooks/endpoints"_s, {}, [this](const ApiResponse &r) {
        m_endpoints.clear();
        for (const QJsonValue &v : r.body.value("data"_L1).toArray()) {
            const QJsonObject e = v.toObject();
            m_endpoints.append(
                QVariantMap{{u"appId"_s, e.value("app_id"_L1).toString()},
                            {u"url"_s, e.value("url"_L1).toString()},
                            {u"state"_s, e.value("state"_L1).toString()},
                            {u"failingSince"_s, timeText(e.value("failing_since"_L1))},
                            {u"lastSuccess"_s, timeText(e.value("last_success_at"_L1))},
                            {u"waiting"_s, e.value("waiting"_L1).toInt()}});
        }
        Q_EMIT endpointsChanged();
    });
}

void WebhooksController::openDelivery(const QString &deliveryId)
{
    call("GET", u"/api/v1/webhooks/deliveries/"_s + deliveryId, {},
         [this](const ApiResponse &r) { takeDelivery(r.body.value("delivery"_L1).toObject()); });
}

void WebhooksController::closeDelivery()
{
    m_delivery.clear();
    Q_EMIT deliveryChanged();
}

void WebhooksController::takeDelivery(const QJsonObject &d)
{
    QVariantList attempts;
    for (const QJsonValue &v : d.value("attempt_log"_L1).toArray()) {
        const QJsonObject a = v.toObject();
        const QJsonValue status = a.value("response_status"_L1);
        attempts.append(QVariantMap{
            {u"attempt"_s, a.value("attempt"_L1).toInt()},
            {u"at"_s, timeText(a.value("at"_L1))},
            {u"responseStatus"_s, status.isDouble() ? QString::number(status.toInt()) : u"—"_s},
            {u"succeeded"_s, status.isDouble() && status.toInt() >= 200 && status.toInt() < 300},
            {u"latency"_s, tr("%1 ms").arg(a.value("latency_ms"_L1).toInt())},
            {u"error"_s, a.value("error"_L1).toString()},
            {u"manual"_s, a.value("manual"_L1).toBool()},
            {u"requestHeaders"_s, headersText(a.value("request_headers"_L1))},
            {u"responseHeaders"_s, headersText(a.value("response_headers"_L1))},
            {u"responseBody"_s, prettyBody(a.value("response_body"_L1))}});
    }
    m_delivery = {{u"deliveryId"_s, d.value("id"_L1).toString()},
                  {u"eventType"_s, d.value("event_type"_L1).toString()},
                  {u"status"_s, d.value("status"_L1).toString().toUpper()},
                  {u"url"_s, d.value("url"_L1).toString()},
                  {u"webhookId"_s, d.value("webhook_id"_L1).toString()},
                  {u"body"_s, prettyBody(d.value("body"_L1))},
                  {u"created"_s, timeText(d.value("created_at"_L1))},
                  {u"nextAttempt"_s, timeText(d.value("next_attempt_at"_L1))},
                  {u"attempts"_s, attempts}};
    Q_EMIT deliveryChanged();
}

void WebhooksController::retry(const QString &deliveryId)
{
    call("POST", u"/api/v1/webhooks/deliveries/%1/retry"_s.arg(deliveryId), {},
         [this](const ApiResponse &r) {
             setNotice(tr("Delivery queued to be sent again now."));
             if (m_delivery.value(u"deliveryId"_s) ==
                 r.body.value("delivery"_L1).toObject().value("id"_L1).toString())
                 takeDelivery(r.body.value("delivery"_L1).toObject());
             Q_EMIT deliveriesChanged();
             refresh();
         });
}

void WebhooksController::sendTest(const QString &appId)
{
    call("POST", u"/api/v1/apps/%1/webhooks/test"_s.arg(appId), {}, [this](const ApiResponse &) {
        setNotice(tr("Test event queued. Its attempts appear in the log."));
        Q_EMIT deliveriesChanged();
        refresh();
    });
}

void WebhooksController::enableEndpoint(const QString &appId, const QString &url)
{
    call("POST", u"/api/v1/webhooks/endpoints/enable"_s, {{"app_id"_L1, appId}, {"url"_L1, url}},
         [this](const ApiResponse &) {
             setNotice(tr("Endpoint re-enabled. Its paused deliveries resume."));
             Q_EMIT deliveriesChanged();
             refresh();
         });
}
