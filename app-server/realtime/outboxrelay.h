// Carries committed outbox events (SPEC §1.4) to this node's WebSocket clients, whichever node
// wrote them: every node LISTENs on `paydesk_outbox` (a statement trigger NOTIFYs at commit,
// migration 0011) and reads the rows after the last one it relayed, on a thread and a database
// connection of its own. Sequence numbers (outbox ids) can commit out of order, so a gap is
// held open for a few seconds before it counts as a rolled-back id; nothing committed is
// skipped and nothing is relayed twice. A poll backs the notifications up.
// It also passes on `paydesk_chat` notifications (a person's log grew, migration 0013), so that
// person's connections on this node catch up from the log, whichever node wrote it, and
// `paydesk_transient` ones (presence and typing frames for some people, not stored).
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <functional>

namespace paydesk::server {

class Database;

struct RelayedEvent
{
    qint64 sequence = 0; // the outbox id: increasing, what a resuming client sends back
    QString eventId;
    QString topic;
    QString userId; // the person it is for; empty: nobody in particular
    QJsonObject payload;
    QDateTime at;
};

struct RelaySettings
{
    int pollMs = 1000;    // reads even without a notification this often
    int gapHoldMs = 5000; // how long a missing sequence number may still commit
};

class OutboxRelayWorker;

class OutboxRelay
{
public:
    // `sink` runs on the relay's thread, once per event, in sequence order.
    using Sink = std::function<void(const RelayedEvent &event)>;
    // `userId`'s log has `seq` now, written by a transaction of the connection whose
    // application_name is `origin` (empty when not said); runs on the relay's thread.
    using ChatSink = std::function<void(const QString &userId, qint64 seq, const QString &origin)>;
    // A frame for the connections of `to`; runs on the relay's thread.
    using TransientSink = std::function<void(const QStringList &to, const QJsonObject &frame)>;
    struct Sinks
    {
        Sink events;
        ChatSink logs;
        TransientSink transient;
    };

    OutboxRelay(const Database &database, Sinks sinks, RelaySettings settings = {});
    ~OutboxRelay();

    void start(); // relays what commits from now on
    void stop();

private:
    QThread m_thread;
    OutboxRelayWorker *m_worker = nullptr;
    bool m_started = false;
};

// The relay's thread-side half. Public for the relay only.
class OutboxRelayWorker : public QObject
{
    Q_OBJECT
public:
    OutboxRelayWorker(const Database &database, OutboxRelay::Sinks sinks, RelaySettings settings);

public Q_SLOTS:
    void begin();
    void end();
    void drain();

private:
    void onNotification(const QString &channel, const QVariant &payload);

    const Database &m_database;
    OutboxRelay::Sinks m_sinks;
    RelaySettings m_settings;
    qint64 m_floor = 0;          // every sequence number up to here is settled
    QHash<qint64, bool> m_above; // relayed numbers above the floor
    qint64 m_gapSince = 0;       // when the number after the floor was first found missing
    QTimer *m_poll = nullptr;
    QTimer *m_retry = nullptr; // drains again soon after the mover gave way to a busy log head
};

} // namespace paydesk::server
