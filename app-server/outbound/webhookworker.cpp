#include "webhookworker.h"

#include "webhookurl.h"

#include "domain/webhooks/webhookservice.h"
#include "http/metrics.h"
#include "store/database.h"
#include "webhooksignature.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWebhooks, "paydesk.webhooks")

namespace paydesk::server {

namespace {
constexpr qsizetype kExcerptBytes = 2048;
const QByteArray kUserAgent = "Paydesk-Webhooks/1";
} // namespace

WebhookWorker::WebhookWorker(webhooks::WebhookService &service, Metrics &metrics)
    : m_service(service)
    , m_metrics(metrics)
{}

void WebhookWorker::begin()
{
    constexpr int kConnectionsPerManager = 6; // QNetworkAccessManager's HTTP/1.1 limit per host
    const int managers =
        std::max(1, (m_service.settings().concurrency + kConnectionsPerManager - 1) /
                        kConnectionsPerManager);
    for (int i = 0; i < managers; ++i) {
        auto *network = new QNetworkAccessManager(this);
        network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_networks.push_back(network);
    }
    m_poll = new QTimer(this);
    connect(m_poll, &QTimer::timeout, this, &WebhookWorker::poll);
    m_poll->start(m_service.settings().pollMs);
}

void WebhookWorker::end()
{
    if (m_poll)
        m_poll->stop();
    recordFinished(); // what was sent and answered is recorded, not sent again
    QStringList unfinished = m_resolvingIds;
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
        unfinished.append(it->delivery.id);
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
    m_inFlight.clear();
    m_resolvingIds.clear();
    if (auto r = m_service.release(unfinished); !r)
        qCWarning(lcWebhooks) << "could not hand back webhook leases:" << r.error().message;
    for (QNetworkAccessManager *network : m_networks)
        delete network;
    m_networks.clear();
    Database::releaseThreadConnection();
}

void WebhookWorker::poll()
{
    const int room =
        m_service.settings().concurrency - int(m_inFlight.size()) - int(m_resolvingIds.size());
    if (room <= 0)
        return;
    auto due = m_service.leaseDue(room);
    if (!due) {
        qCWarning(lcWebhooks) << "could not read due webhooks:" << due.error().message;
        return;
    }
    // A full batch means more may be due: look again as soon as a slot frees up.
    m_moreDue = due->size() == room;
    for (const webhooks::DueDelivery &d : *due)
        resolve(d);
}

// Names are checked where they resolve, just before sending (SPEC §4.3): a URL that was fine
// when saved may point at a private address by now.
void WebhookWorker::resolve(const webhooks::DueDelivery &d)
{
    const QUrl url(d.url);
    if (!url.isValid() || url.host().isEmpty()) {
        webhooks::Attempt a{d.attempts + 1, d.url};
        a.error = u"The URL is not valid."_s;
        a.retryable = false;
        report(d, a);
        return;
    }
    m_resolvingIds.append(d.id);
    QHostInfo::lookupHost(url.host(), this, [this, d](const QHostInfo &info) {
        if (!m_resolvingIds.removeOne(d.id))
            return; // stopped meanwhile; the lease was handed back
        const bool loopbackAllowed = m_service.settings().allowLoopback;
        webhooks::Attempt a{d.attempts + 1, d.url};
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
            a.error = u"DNS: "_s + info.errorString(); // may be passing: tried again later
        for (const QHostAddress &address : info.addresses()) {
            if (outbound::isForbiddenWebhookAddress(address, loopbackAllowed)) {
                a.error = u"Refused: %1 resolves to %2, which webhooks may not reach."_s.arg(
                    info.hostName(), address.toString());
                a.retryable = false; // policy, not a passing failure: no point retrying
            }
        }
        if (!a.error.isEmpty()) {
            report(d, a);
            return;
        }
        send(d);
    });
}

void WebhookWorker::send(const webhooks::DueDelivery &d)
{
    const qint64 timestamp = QDateTime::currentSecsSinceEpoch();
    const QString signature =
        paydesk::webhooks::signatureHeader(d.secrets, d.eventId, timestamp, d.body);
    QNetworkRequest request{QUrl(d.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("User-Agent", kUserAgent);
    request.setRawHeader("webhook-id", d.eventId.toUtf8());
    request.setRawHeader("webhook-timestamp", QByteArray::number(timestamp));
    request.setRawHeader("webhook-signature", signature.toLatin1());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    InFlight f{d, {d.attempts + 1, d.url}, {}, {}};
    f.attempt.manual = d.manual;
    f.attempt.requestHeaders = {{"content-type"_L1, u"application/json"_s},
                                {"user-agent"_L1, QString::fromLatin1(kUserAgent)},
                                {"webhook-id"_L1, d.eventId},
                                {"webhook-timestamp"_L1, QString::number(timestamp)},
                                {"webhook-signature"_L1, signature}};
    f.clock.start();
    QNetworkAccessManager *network = m_networks[m_nextNetwork++ % m_networks.size()];
    QNetworkReply *reply = network->post(request, d.body);
    m_inFlight.insert(reply, f);
    // The whole attempt, not just silence between bytes, is bounded: a receiver trickling its
    // answer cannot hold a slot for longer.
    QTimer::singleShot(m_service.settings().timeoutMs, reply, [reply] { reply->abort(); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { collect(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

// Keeps the first bytes of the answer for the log and throws the rest away as it arrives, so
// an endpoint answering with a huge body cannot make this process hold it.
void WebhookWorker::collect(QNetworkReply *reply)
{
    auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    const qsizetype room = kExcerptBytes - it->excerpt.size();
    if (room > 0)
        it->excerpt += reply->read(room);
    reply->skip(reply->bytesAvailable());
}

void WebhookWorker::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    collect(reply);
    InFlight f = *it;
    m_inFlight.erase(it);
    webhooks::Attempt &a = f.attempt;
    a.latencyMs = int(f.clock.elapsed());
    a.responseStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.responseBody = QString::fromUtf8(f.excerpt);
    for (const auto &[name, value] : reply->rawHeaderPairs())
        a.responseHeaders.insert(QString::fromLatin1(name).toLower(), QString::fromLatin1(value));
    if (a.responseStatus == 0) {
        a.error = reply->error() == QNetworkReply::OperationCanceledError
                      ? u"No answer within %1 ms."_s.arg(m_service.settings().timeoutMs)
                      : reply->errorString();
    } else if (!a.succeeded()) {
        a.error = a.responseStatus >= 300 && a.responseStatus < 400
                      ? u"HTTP %1: redirects are not followed."_s.arg(a.responseStatus)
                      : u"HTTP %1"_s.arg(a.responseStatus);
    }
    report(f.delivery, a);
}

// Attempts that finish together are recorded together: the write waits for the events already
// queued on this thread (more answers, usually), then takes them all in one transaction.
void WebhookWorker::report(const webhooks::DueDelivery &d, webhooks::Attempt a)
{
    m_metrics.recordWebhookAttempt(a.succeeded());
    m_finished.append({d, std::move(a)});
    if (m_finished.size() == 1)
        QMetaObject::invokeMethod(this, &WebhookWorker::recordFinished, Qt::QueuedConnection);
}

void WebhookWorker::recordFinished()
{
    if (m_finished.isEmpty())
        return;
    const QList<std::pair<webhooks::DueDelivery, webhooks::Attempt>> finished =
        std::exchange(m_finished, {});
    if (auto r = m_service.recordAttempts(finished); !r)
        qCWarning(lcWebhooks) << "could not record" << finished.size()
                              << "webhook attempts:" << r.error().message;
    if (m_moreDue && m_poll && m_poll->isActive())
        poll();
}

} // namespace paydesk::server
