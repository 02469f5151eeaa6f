#include "webhookdispatcher.h"

#include "webhookworker.h"

namespace paydesk::server {

WebhookDispatcher::WebhookDispatcher(webhooks::WebhookService &service, Metrics &metrics)
    : m_worker(new WebhookWorker(service, metrics))
{
    m_thread.setObjectName(QStringLiteral("webhooks"));
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

WebhookDispatcher::~WebhookDispatcher()
{
    if (m_thread.isRunning())
        stop(); // the worker is deleted as its thread finishes
    else if (!m_started)
        delete m_worker;
}

void WebhookDispatcher::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &WebhookWorker::begin, Qt::QueuedConnection);
}

void WebhookDispatcher::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, &WebhookWorker::end, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace paydesk::server
