#include "realtimeclient.h"

#include "apiclient.h"
#include "sessioncontroller.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcRealtime, "paydesk.realtime")

namespace {

constexpr auto kFirstDelay = 500ms;
constexpr auto kLongestDelay = 30s;
constexpr int kRememberedEventIds = 512;

} // namespace

RealtimeClient::RealtimeClient(SessionController *session, QObject *parent)
    : RealtimeClient(session->api(), parent)
{
    m_session = session;
    connect(session, &SessionController::statusChanged, this, &RealtimeClient::onSessionChanged);
    onSessionChanged();
}

RealtimeClient::RealtimeClient(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RealtimeClient::open);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &RealtimeClient::retryInSecondsChanged);
    connect(&m_socket, &QWebSocket::connected, this, &RealtimeClient::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &RealtimeClient::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &RealtimeClient::onText);
    // A renewed token re-authenticates the open connection before the old one expires.
    connect(m_api, &ApiClient::accessTokenChanged, this, [this] {
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            authenticate();
        else if (m_wanted && m_state == State::Reconnecting && !m_retryTimer.isActive())
            scheduleReconnect();
    });
}

RealtimeClient::~RealtimeClient()
{
    m_wanted = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

RealtimeClient *RealtimeClient::create(QQmlEngine *engine, QJSEngine *)
{
    return forEngine(engine);
}

RealtimeClient *RealtimeClient::forEngine(QQmlEngine *engine)
{
    // One client per engine, beside that engine's session (see SessionController::forEngine).
    constexpr auto kKey = "paydeskRealtimeClient";
    if (auto *existing = qobject_cast<RealtimeClient *>(engine->property(kKey).value<QObject *>()))
        return existing;
    auto *client = new RealtimeClient(SessionController::forEngine(engine), engine);
    QJSEngine::setObjectOwnership(client, QJSEngine::CppOwnership);
    engine->setProperty(kKey, QVariant::fromValue<QObject *>(client));
    return client;
}

std::chrono::milliseconds RealtimeClient::backOff(int attempt, double unitRandom)
{
    const int doublings = std::clamp(attempt - 1, 0, 16);
    const auto ceiling =
        std::min<std::chrono::milliseconds>(kLongestDelay, kFirstDelay * (1 << doublings));
    const double share = 0.5 + 0.5 * std::clamp(unitRandom, 0.0, 1.0);
    return std::chrono::milliseconds(qint64(std::llround(double(ceiling.count()) * share)));
}

int RealtimeClient::retryInSeconds() const
{
    if (!m_retryTimer.isActive())
        return 0;
    return (m_retryTimer.remainingTime() + 999) / 1000;
}

void RealtimeClient::subscribeApp(const QString &appId)
{
    if (appId.isEmpty() || m_appSequence.contains(appId))
        return;
    m_appSequence.insert(appId, 0);
    if (m_state == State::Live || m_state == State::CatchingUp)
        sendFrame({{"type"_L1, u"subscribe"_s}, {"id"_L1, m_nextFrameId++}, {"app_id"_L1, appId}});
}

void RealtimeClient::reconnectNow()
{
    if (!m_wanted || m_state != State::Reconnecting)
        return;
    m_retryTimer.stop();
    open();
}

int RealtimeClient::sendChat(QJsonObject frame)
{
    if (!m_authenticated)
        return 0;
    const int id = m_nextFrameId++;
    frame.insert("id"_L1, id);
    sendFrame(frame);
    return id;
}

void RealtimeClient::dropConnection()
{
    m_socket.abort();
    setAuthenticated(false);
    if (m_wanted && !m_retryTimer.isActive())
        scheduleReconnect();
}

void RealtimeClient::onSessionChanged()
{
    setActive(m_session && m_session->status() == SessionController::Status::SignedIn);
}

void RealtimeClient::setActive(bool signedIn)
{
    if (signedIn == m_wanted)
        return;
    m_wanted = signedIn;
    if (signedIn) {
        m_attempt = 0;
        m_hadConnection = false;
        setState(State::Connecting);
        open();
    } else {
        close();
        m_lastSeq = -1;
        m_appSequence.clear();
        m_recentEventIds.clear();
        m_eventCount = 0;
        setState(State::Offline);
    }
}

void RealtimeClient::open()
{
    const QUrl url = m_api->webSocketUrl();
    if (!m_wanted)
        return;
    if (url.isEmpty()) {
        // No access token yet (a renewal is running): try again once it arrives or later.
        scheduleReconnect();
        return;
    }
    ++m_attempt;
    qCDebug(lcRealtime) << "connecting to" << url.toString() << "attempt" << m_attempt;
    m_socket.abort();
    m_socket.open(url);
}

void RealtimeClient::close()
{
    m_retryTimer.stop();
    m_countdown.stop();
    m_socket.abort();
    setAuthenticated(false);
}

void RealtimeClient::onConnected()
{
    authenticate();
}

void RealtimeClient::authenticate()
{
    QJsonObject auth{
        {"type"_L1, u"auth"_s}, {"id"_L1, m_nextFrameId++}, {"token"_L1, m_api->webSocketToken()}};
    sendFrame(auth);
}

void RealtimeClient::onDisconnected()
{
    setAuthenticated(false);
    qCInfo(lcRealtime) << "disconnected:" << m_socket.closeCode() << m_socket.closeReason()
                       << m_socket.errorString();
    if (!m_wanted)
        return;
    scheduleReconnect();
}

void RealtimeClient::scheduleReconnect()
{
    const double random = QRandomGenerator::global()->generateDouble();
    const auto delay = backOff(std::max(1, m_attempt), random);
    m_retryTimer.start(delay);
    m_countdown.start();
    setState(State::Reconnecting);
    Q_EMIT retryInSecondsChanged();
}

void RealtimeClient::onText(const QString &text)
{
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = frame.value("type"_L1).toString();
    if (frame.contains("seq"_L1) && type != "event"_L1)
        m_lastSeq = std::max(m_lastSeq, frame.value("seq"_L1).toInteger());
    if (type == "authenticated"_L1) {
        onAuthenticated();
    } else if (type == "resumed"_L1) {
        setState(State::Live);
    } else if (type == "event"_L1) {
        onEvent(frame);
    } else if (type.startsWith("message."_L1) || type == "typing"_L1 || type == "presence"_L1) {
        Q_EMIT chatFrame(type, frame);
    } else if (type == "error"_L1) {
        // Subscriptions the server does not know yet, or a stale resume: not fatal. A refused
        // token is followed by a close (4001) and the back-off with a fresh token. A refused
        // chat frame is the chat models' business.
        qCDebug(lcRealtime) << "server error frame:" << frame;
        if (m_state == State::CatchingUp)
            setState(State::Live);
        Q_EMIT chatFrame(type, frame);
    }
}

void RealtimeClient::onAuthenticated()
{
    if (m_state == State::Live || m_state == State::CatchingUp)
        return; // a renewed token on a running connection
    m_attempt = 0;
    m_retryTimer.stop();
    m_countdown.stop();
    setState(m_hadConnection ? State::CatchingUp : State::Live);
    // Ask for what was missed: the person's log, then each app's payment events.
    QJsonObject resume{{"type"_L1, u"resume"_s}, {"id"_L1, m_nextFrameId++}};
    if (m_lastSeq >= 0)
        resume.insert("after"_L1, m_lastSeq);
    sendFrame(resume);
    for (auto it = m_appSequence.cbegin(); it != m_appSequence.cend(); ++it) {
        QJsonObject subscribe{
            {"type"_L1, u"subscribe"_s}, {"id"_L1, m_nextFrameId++}, {"app_id"_L1, it.key()}};
        if (it.value() > 0)
            subscribe.insert("after"_L1, it.value());
        sendFrame(subscribe);
    }
    m_hadConnection = true;
    setAuthenticated(true);
}

void RealtimeClient::setAuthenticated(bool authenticated)
{
    if (authenticated == m_authenticated)
        return;
    m_authenticated = authenticated;
    Q_EMIT authenticatedChanged();
}

void RealtimeClient::onEvent(const QJsonObject &frame)
{
    const QJsonObject data = frame.value("data"_L1).toObject();
    if (frame.contains("seq"_L1))
        m_lastSeq = std::max(m_lastSeq, frame.value("seq"_L1).toInteger());
    const qint64 sequence = frame.value("sequence"_L1).toInteger();
    const QString appId = data.value("app_id"_L1).toString();
    if (sequence > 0 && m_appSequence.contains(appId))
        m_appSequence[appId] = std::max(m_appSequence.value(appId), sequence);
    const QString eventId = frame.value("event_id"_L1).toString();
    if (!eventId.isEmpty()) {
        if (m_recentEventIds.contains(eventId))
            return; // a replay of something already delivered
        m_recentEventIds.append(eventId);
        if (m_recentEventIds.size() > kRememberedEventIds)
            m_recentEventIds.removeFirst();
    }
    ++m_eventCount;
    Q_EMIT eventReceived(frame.value("topic"_L1).toString(), data);
}

void RealtimeClient::sendFrame(const QJsonObject &frame)
{
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void RealtimeClient::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}
