// Sends webhook deliveries (SPEC §4.3) on a thread of its own, so request threads never wait on
// a merchant's endpoint. Every `pollMs` it leases what is due (up to `concurrency` attempts in
// flight), checks where the URL's name resolves, signs with the app's secrets (Standard
// Webhooks), posts with QNetworkAccessManager under a timeout, reads at most an excerpt of the
// answer, and reports each attempt to the WebhookService, which logs it and schedules the next.
// Redirects are not followed: a 3xx is a failed attempt, as receivers are told.
#pragma once

#include "domain/webhooks/webhook.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace paydesk::server {

class Metrics;
namespace webhooks {
class WebhookService;
}

class WebhookWorker;

class WebhookDispatcher
{
public:
    WebhookDispatcher(webhooks::WebhookService &service, Metrics &metrics);
    ~WebhookDispatcher();

    void start();
    // Aborts what is in flight and hands its leases back, so it is sent again at once.
    void stop();

private:
    QThread m_thread;
    WebhookWorker *m_worker = nullptr; // lives on m_thread
    bool m_started = false;
};

} // namespace paydesk::server
