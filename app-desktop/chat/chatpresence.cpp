// ChatController: typing indicators (mine, throttled; the peers', fading) and notifications.
#include "chatcontroller.h"

#include "realtimeclient.h"

#include <QGuiApplication>
#include <QJsonObject>
#include <QWindow>

#include <utility>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr auto kTypingEvery = 3s;
constexpr auto kTypingShown = 6s;

} // namespace

void ChatController::composing(const QString &text)
{
    const QString peer = m_currentPeer.value(u"id"_s).toString();
    if (peer.isEmpty() || !connected())
        return;
    if (text.trimmed().isEmpty()) {
        stopTyping();
        return;
    }
    if (!m_typingIdle.isActive() || !m_typingSent.isValid() ||
        m_typingSent.elapsed() >= std::chrono::milliseconds(kTypingEvery).count()) {
        m_realtime->sendChat({{"type"_L1, u"typing"_s}, {"to"_L1, peer}, {"typing"_L1, true}});
        m_typingSent.start();
    }
    m_typingIdle.start();
}

void ChatController::stopTyping()
{
    if (!m_typingIdle.isActive())
        return;
    m_typingIdle.stop();
    const QString peer = m_currentPeer.value(u"id"_s).toString();
    if (!peer.isEmpty() && connected())
        m_realtime->sendChat({{"type"_L1, u"typing"_s}, {"to"_L1, peer}, {"typing"_L1, false}});
}

void ChatController::onTyping(const QString &from, bool typing)
{
    if (typing)
        m_typingUntil.insert(from, QDateTime::currentDateTimeUtc().addMSecs(
                                       std::chrono::milliseconds(kTypingShown).count()));
    else if (!m_typingUntil.remove(from))
        return;
    m_conversations.setTyping(from, typing);
    if (!m_typingUntil.isEmpty() && !m_typingExpiry.isActive())
        m_typingExpiry.start();
    if (isOpen(from) && m_peerTyping != typing) {
        m_peerTyping = typing;
        Q_EMIT peerTypingChanged();
    }
}

void ChatController::onPresence(const QString &peer, bool online, const QDateTime &lastSeen)
{
    m_conversations.setPresence(peer, online, lastSeen);
    if (!online)
        onTyping(peer, false); // gone: not typing any more
    if (isOpen(peer)) {
        m_currentPeer.insert(u"online"_s, online);
        Q_EMIT currentPeerChanged();
    }
}

void ChatController::expireTyping()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList peers = m_typingUntil.keys();
    for (const QString &peer : peers) {
        if (m_typingUntil.value(peer) <= now)
            onTyping(peer, false);
    }
    if (m_typingUntil.isEmpty())
        m_typingExpiry.stop();
}

void ChatController::raiseNotification(const ChatMessage &message)
{
    if (m_conversations.rowOf(message.from) < 0 && m_conversations.loading()) {
        // Someone new: announced with their name once the list has them.
        m_toAnnounce.append(message);
        return;
    }
    const QVariantMap peer = m_conversations.peer(message.from);
    const QString name = peer.value(u"display_name"_s).toString();
    Q_EMIT notification(name.isEmpty() ? tr("New message") : name, message.text.simplified(),
                        peer.isEmpty() ? QVariantMap{{u"id"_s, message.from}} : peer);
    if (QGuiApplication::applicationState() == Qt::ApplicationActive)
        return;
    // The taskbar entry asks for attention until the person comes back (on X11/Wayland through
    // the urgency hint).
    const auto windows = QGuiApplication::topLevelWindows();
    for (QWindow *window : windows) {
        if (window->isVisible())
            window->alert(0);
    }
}

void ChatController::announceWaiting()
{
    if (m_conversations.loading())
        return;
    const QList<ChatMessage> waiting = std::exchange(m_toAnnounce, {});
    for (const ChatMessage &message : waiting)
        raiseNotification(message);
}
