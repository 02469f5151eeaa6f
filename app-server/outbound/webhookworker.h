// The dispatcher's thread-side half (see webhookdispatcher.h): it owns the network access
// manager and the attempts in flight, and only ever runs on the dispatcher's thread.
#pragma once

#include "domain/webhooks/webhook.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostInfo>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace paydesk::server {

class Metrics;
namespace webhooks {
class WebhookService;
}

class WebhookWorker : public QObject
{
    Q_OBJECT
public:
    WebhookWorker(webhooks::WebhookService &service, Metrics &metrics);

public Q_SLOTS:
    void begin();
    void end();

private:
    struct InFlight
    {
        webhooks::DueDelivery delivery;
        webhooks::Attempt attempt;
        QElapsedTimer clock;
        QByteArray excerpt;
    };

    void poll();
    void resolve(const webhooks::DueDelivery &delivery);
    void send(const webhooks::DueDelivery &delivery);
    void collect(QNetworkReply *reply);
    void finished(QNetworkReply *reply);
    void report(const webhooks::DueDelivery &delivery, webhooks::Attempt attempt);
    void recordFinished();

    webhooks::WebhookService &m_service;
    Metrics &m_metrics;
    // Several managers: one keeps at most 6 connections per host, which capped deliveries to
    // one busy endpoint at 6 in flight whatever the concurrency setting.
    std::vector<QNetworkAccessManager *> m_networks;
    QList<std::pair<webhooks::DueDelivery, webhooks::Attempt>> m_finished; // not recorded yet
    size_t m_nextNetwork = 0;
    QTimer *m_poll = nullptr; // made on the dispatcher thread, like everything here
    QHash<QNetworkReply *, InFlight> m_inFlight;
    QStringList m_resolvingIds;
    bool m_moreDue = false; // the last lease filled every free slot
};

} // namespace paydesk::server
