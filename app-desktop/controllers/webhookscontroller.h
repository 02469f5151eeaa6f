// The webhooks page's side panels and actions: the retry queue (next attempt first), the
// endpoints' health (disabled ones re-enabled here), one delivery with every attempt
// (headers, body, response, latency), a manual retry and a test event. It also turns a
// `webhook.endpoint_disabled` event into a notification while the app is open.
#pragma once

#include "consoleaction.h"

#include <QVariantList>
#include <QVariantMap>

class WebhooksController : public ConsoleAction
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QVariantList queue READ queue NOTIFY queueChanged)
    Q_PROPERTY(QVariantList endpoints READ endpoints NOTIFY endpointsChanged)
    Q_PROPERTY(int disabledEndpoints READ disabledEndpoints NOTIFY endpointsChanged)
    // The open delivery: {deliveryId, eventType, status, url, body, created, attempts: [...]}.
    Q_PROPERTY(QVariantMap delivery READ delivery NOTIFY deliveryChanged)

public:
    using ConsoleAction::ConsoleAction;

    QVariantList queue() const { return m_queue; }
    QVariantList endpoints() const { return m_endpoints; }
    int disabledEndpoints() const;
    QVariantMap delivery() const { return m_delivery; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void openDelivery(const QString &deliveryId);
    Q_INVOKABLE void closeDelivery();
    Q_INVOKABLE void retry(const QString &deliveryId);
    Q_INVOKABLE void sendTest(const QString &appId);
    Q_INVOKABLE void enableEndpoint(const QString &appId, const QString &url);

Q_SIGNALS:
    void queueChanged();
    void endpointsChanged();
    void deliveryChanged();
    // Something was queued or changed: the delivery log reloads.
    void deliveriesChanged();
    // A failing endpoint was disabled by the server (live, while the app is open).
    void endpointDisabled(const QString &url);

protected:
    void ready() override;

private:
    void takeDelivery(const QJsonObject &d);

    QVariantList m_queue;
    QVariantList m_endpoints;
    QVariantMap m_delivery;
};
