// The desktop's one WebSocket to paydeskd (docs/PROTOCOL.md): connects while a session is open,
// authenticates with the session's access token (and again whenever ApiClient renews it),
// reconnects by itself with a jittered exponential back-off, and on reconnecting resumes the
// person's event log after the last `seq` it saw and re-subscribes each app after the last
// outbox `sequence` it saw, so nothing committed while it was away is missed. Exposes its
// connection state to QML (the console's "Live" / "Reconnecting in 4 s" indicator) and hands
// events to the models as signals. It never interprets a payment: the models do.
// Chat frames (message.*, typing, presence and answers to frames sent with sendChat) go to the
// chat models as chatFrame; a `seq` on any of them moves the resume position like an event's.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QWebSocket>

#include <chrono>

class ApiClient;
class SessionController;

class RealtimeClient : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Realtime)
    QML_SINGLETON

    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    // Whole seconds until the next attempt while Reconnecting (counts down), else 0.
    Q_PROPERTY(int retryInSeconds READ retryInSeconds NOTIFY retryInSecondsChanged)
    // Events received since the session started (the live monitor's counter).
    Q_PROPERTY(int eventCount READ eventCount NOTIFY eventReceived)

public:
    enum class State {
        Offline,      // no session
        Connecting,   // first connection of a session
        Live,         // authenticated, events flowing
        Reconnecting, // lost; waiting for the next attempt
        CatchingUp    // reconnected, replaying what was missed
    };
    Q_ENUM(State)

    explicit RealtimeClient(SessionController *session, QObject *parent = nullptr);
    // Without a session controller (tests, tools): connects with `api`'s token while active.
    explicit RealtimeClient(ApiClient *api, QObject *parent = nullptr);
    ~RealtimeClient() override;
    static RealtimeClient *create(QQmlEngine *engine, QJSEngine *);
    static RealtimeClient *forEngine(QQmlEngine *engine);

    State state() const { return m_state; }
    int retryInSeconds() const;
    int eventCount() const { return m_eventCount; }

    // Payment events of this app (payment.created/.success/.failed/.expired), test and live.
    // Kept across reconnects; a server that does not know subscriptions yet answers with an
    // error, which is fine: it then sends every payment event of the merchant anyway.
    Q_INVOKABLE void subscribeApp(const QString &appId);
    // Reconnect now instead of waiting for the back-off (the indicator's "Retry now").
    Q_INVOKABLE void reconnectNow();
    // Connects (and keeps reconnecting) while true; a session controller sets it on sign-in.
    void setActive(bool active);
    // Authenticated on an open connection: a frame sent now reaches the server.
    bool isAuthenticated() const { return m_authenticated; }
    // Sends a chat frame (message.send, message.read, typing) with a fresh `id`, which its
    // answer echoes. Returns that id, or 0 when not authenticated (nothing was sent).
    int sendChat(QJsonObject frame);
    // Drops the connection as a network failure would (then reconnects with the back-off).
    void dropConnection();

    // The back-off before attempt `attempt` (1, 2, ...): 0.5 s doubling to 30 s, each drawn
    // uniformly from its upper half so many desktops do not return in lockstep.
    static std::chrono::milliseconds backOff(int attempt, double unitRandom);

Q_SIGNALS:
    void stateChanged();
    void retryInSecondsChanged();
    // `topic` is payment.created, wallet.updated, webhook.endpoint_disabled ...; `data` the
    // event's payload (for payment.*: {event, app_id, data: <payment>}).
    void eventReceived(const QString &topic, const QJsonObject &data);
    // message.new / .ack / .delivered / .read / .read.ack, typing, presence, and error frames
    // (whose `id` names the frame they answer); `frame` is the whole frame.
    void chatFrame(const QString &type, const QJsonObject &frame);
    // Authenticated again after a connection was lost or first opened (isAuthenticated()).
    void authenticatedChanged();

private:
    void onSessionChanged();
    void open();
    void close();
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void onEvent(const QJsonObject &frame);
    void onAuthenticated();
    void setAuthenticated(bool authenticated);
    void authenticate();
    void sendFrame(const QJsonObject &frame);
    void scheduleReconnect();
    void setState(State state);

    QPointer<SessionController> m_session;
    ApiClient *m_api = nullptr;
    QWebSocket m_socket;
    State m_state = State::Offline;
    QTimer m_retryTimer;
    QTimer m_countdown;
    int m_attempt = 0;
    bool m_wanted = false;
    bool m_hadConnection = false;
    bool m_authenticated = false;
    qint64 m_lastSeq = -1;                // the person's log; -1: none seen
    QHash<QString, qint64> m_appSequence; // app id -> last outbox sequence seen (0: none)
    QList<QString> m_recentEventIds;      // the last ids delivered, to drop replays (bounded)
    int m_eventCount = 0;
    int m_nextFrameId = 1;
};
