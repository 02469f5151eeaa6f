#include "outboxrelay.h"

#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRelay, "paydesk.relay")

namespace paydesk::server {

namespace {
constexpr auto kChannel = "paydesk_outbox";
constexpr auto kChatChannel = "paydesk_chat";
constexpr auto kTransientChannel = "paydesk_transient";
constexpr int kBatch = 1000;
constexpr int kLogBatch = 500; // personal events moved into their logs per transaction
// After the mover gave way to a chat batch holding a log head: the batch commits within ms.
constexpr int kGiveWayRetryMs = 20;
} // namespace

OutboxRelay::OutboxRelay(const Database &database, Sinks sinks, RelaySettings settings)
    : m_worker(new OutboxRelayWorker(database, std::move(sinks), settings))
{
    m_thread.setObjectName(u"outbox-relay"_s);
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

OutboxRelay::~OutboxRelay()
{
    if (m_thread.isRunning())
        stop();
    else if (!m_started)
        delete m_worker;
}

void OutboxRelay::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &OutboxRelayWorker::begin, Qt::BlockingQueuedConnection);
}

void OutboxRelay::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, &OutboxRelayWorker::end, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

OutboxRelayWorker::OutboxRelayWorker(const Database &database, OutboxRelay::Sinks sinks,
                                     RelaySettings settings)
    : m_database(database)
    , m_sinks(std::move(sinks))
    , m_settings(settings)
{}

void OutboxRelayWorker::begin()
{
    auto db = m_database.connection();
    if (!db) {
        qCCritical(lcRelay) << "no database for the outbox relay:" << db.error().message;
        return;
    }
    // Start at the newest committed event: older ones reach clients through resume.
    if (auto row = sql::one(*db, "SELECT coalesce(max(id), 0) FROM outbox"); row && *row)
        m_floor = (*row)->value(0).toLongLong();
    QSqlDriver *driver = db->driver();
    for (const char *channel : {kChannel, kChatChannel, kTransientChannel})
        if (!driver->subscribeToNotification(QString::fromLatin1(channel)))
            qCWarning(lcRelay) << "LISTEN" << channel << "failed; outbox events come by polling";
    QObject::connect(driver, &QSqlDriver::notification, this,
                     [this](const QString &name, QSqlDriver::NotificationSource,
                            const QVariant &payload) { onNotification(name, payload); });
    m_poll = new QTimer(this);
    QObject::connect(m_poll, &QTimer::timeout, this, &OutboxRelayWorker::drain);
    m_poll->start(m_settings.pollMs);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    QObject::connect(m_retry, &QTimer::timeout, this, &OutboxRelayWorker::drain);
}

void OutboxRelayWorker::end()
{
    if (m_poll)
        m_poll->stop();
    if (m_retry)
        m_retry->stop();
    if (auto db = m_database.connection(); db) {
        for (const char *channel : {kChannel, kChatChannel, kTransientChannel})
            db->driver()->unsubscribeFromNotification(QString::fromLatin1(channel));
    }
    Database::releaseThreadConnection();
}

void OutboxRelayWorker::onNotification(const QString &channel, const QVariant &payload)
{
    if (channel == QLatin1StringView(kChannel)) {
        drain();
    } else if (channel == QLatin1StringView(kChatChannel)) {
        const QStringList parts = payload.toString().split(u' ');
        if (parts.size() >= 2 && m_sinks.logs)
            m_sinks.logs(parts.at(0), parts.at(1).toLongLong(), parts.value(2));
    } else if (channel == QLatin1StringView(kTransientChannel) && m_sinks.transient) {
        const QJsonObject message = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
        QStringList to;
        for (const QJsonValue &id : message.value("to"_L1).toArray())
            to.append(id.toString());
        m_sinks.transient(to, message.value("frame"_L1).toObject());
    }
}

void OutboxRelayWorker::drain()
{
    auto db = m_database.connection();
    if (!db)
        return;
    // Personal events go to their people's logs (migration 0014); the logs' NOTIFY brings them
    // to every node's connections of those people, like chat.
    for (;;) {
        auto moved = OutboxRepository(*db).logPersonEvents(kLogBatch);
        if (!moved) {
            qCWarning(lcRelay) << "personal events not logged yet:" << moved.error().message;
            break;
        }
        if (*moved == OutboxRepository::kGaveWay) {
            if (!m_retry->isActive())
                m_retry->start(kGiveWayRetryMs);
            break;
        }
        if (*moved < kLogBatch)
            break;
    }
    auto rows = sql::exec(*db,
                          "SELECT id, event_id, topic, coalesce(user_id, ''), payload::text, "
                          "created_at FROM outbox WHERE id > :floor ORDER BY id LIMIT :limit",
                          {{"floor", m_floor}, {"limit", kBatch}});
    if (!rows)
        return;
    while (rows->query().next()) {
        const QSqlQuery &q = rows->query();
        const qint64 sequence = q.value(0).toLongLong();
        if (m_above.contains(sequence))
            continue;
        m_above.insert(sequence, true);
        m_sinks.events({sequence, q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(),
                        QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(),
                        q.value(5).toDateTime().toUTC()});
    }
    // Move the floor over what was relayed; a missing number is waited for, then let go
    // (its transaction rolled back, or its row committed while we held the gap open).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (!m_above.isEmpty()) {
        if (m_above.remove(m_floor + 1)) {
            ++m_floor;
            m_gapSince = 0;
            continue;
        }
        if (m_gapSince == 0)
            m_gapSince = now;
        if (now - m_gapSince < m_settings.gapHoldMs)
            break;
        qCDebug(lcRelay) << "outbox id" << m_floor + 1 << "never committed; moving on";
        ++m_floor;
        m_gapSince = 0;
    }
}

} // namespace paydesk::server
