// The signed-in person's messenger (QML singleton `Chat`): the conversations, the open
// conversation's thread, the outbox and what the realtime connection says about them.
//   - Sending: a message is written to the outbox (persisted) and shown pending at once; while
//     the connection is authenticated the outbox is sent one message at a time, in the order
//     written, each `message.send` carrying its client id. The ack (or the person's own
//     message.new replayed by a resume) takes it out of the outbox and gives the row its server
//     id and time; a resend after a lost ack gets `duplicate: true`, never a second message.
//   - Receiving: message.new, receipts, typing and presence update both models; a message from
//     someone whose thread is not in front of the person raises a notification.
//   - Reading: while the open thread is visible (viewActive), the newest unread message from the
//     peer is marked read (`message.read` frame, or PUT .../read when offline).
// It never builds UI text beyond what the models expose; QML shows it.
#pragma once

#include "chatoutbox.h"
#include "conversationsmodel.h"
#include "messagesmodel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QTimer>

class ApiClient;
class RealtimeClient;
class SessionController;

class ChatController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Chat)
    QML_SINGLETON

    Q_PROPERTY(ConversationsModel *conversations READ conversations CONSTANT)
    Q_PROPERTY(MessagesModel *messages READ messages CONSTANT)
    // {id, display_name, email, online, initials} of the open conversation; empty without one.
    Q_PROPERTY(QVariantMap currentPeer READ currentPeer NOTIFY currentPeerChanged)
    Q_PROPERTY(QString currentPeerStatus READ currentPeerStatus NOTIFY currentPeerChanged)
    Q_PROPERTY(bool peerTyping READ peerTyping NOTIFY peerTypingChanged)
    // The realtime connection is authenticated: what is written now is sent now.
    Q_PROPERTY(bool connected READ connected NOTIFY connectedChanged)
    // Messages waiting in the outbox (all conversations).
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    // The open thread is on screen in an active window: its messages count as read.
    Q_PROPERTY(bool viewActive READ viewActive WRITE setViewActive NOTIFY viewActiveChanged)

public:
    ChatController(ApiClient *api, RealtimeClient *realtime, QObject *parent = nullptr);
    ~ChatController() override;
    static ChatController *create(QQmlEngine *engine, QJSEngine *);
    static ChatController *forEngine(QQmlEngine *engine);

    ConversationsModel *conversations() { return &m_conversations; }
    MessagesModel *messages() { return &m_messages; }
    QVariantMap currentPeer() const { return m_currentPeer; }
    QString currentPeerStatus() const;
    bool peerTyping() const { return m_peerTyping; }
    bool connected() const;
    int pendingCount() const { return int(m_outbox.entries().size()); }
    bool viewActive() const { return m_viewActive; }
    void setViewActive(bool active);
    const ChatOutbox &outbox() const { return m_outbox; }
    QString userId() const { return m_me; }

    // Starts over as `userId` (empty: signed out); the outbox file lives in `folder` (empty:
    // AppDataLocation).
    void setUser(const QString &userId, const QString &folder = {});

    // Opens the conversation with a peer ({id, display_name, email}); empty map closes it.
    Q_INVOKABLE void openConversation(const QVariantMap &peer);
    Q_INVOKABLE void closeConversation() { openConversation({}); }
    // Writes a message to the open conversation; false for an empty or too long text.
    Q_INVOKABLE bool send(const QString &text);
    // The composer's text changed: tells the peer "typing" (at most every 3 s) and "stopped"
    // after 4 s without a keystroke or when the text is cleared.
    Q_INVOKABLE void composing(const QString &text);
    static constexpr int kMaxLength = 4000;

Q_SIGNALS:
    void currentPeerChanged();
    void peerTypingChanged();
    void connectedChanged();
    void pendingCountChanged();
    void viewActiveChanged();
    // A message arrived that the person is not looking at (show a toast / alert the window).
    void notification(const QString &title, const QString &text, const QVariantMap &peer);
    // The server refused a message for good (too long, unknown recipient...).
    void sendFailed(const QString &message);

private:
    void onConnectedChanged();
    void onFrame(const QString &type, const QJsonObject &frame);
    void onEvent(const QString &topic, const QJsonObject &data);
    void onAck(const QJsonObject &frame);
    void onNew(const ChatMessage &message);
    void onDelivered(const QJsonObject &frame);
    void onRead(const QStringList &ids, const QDateTime &at, bool mine);
    void onTyping(const QString &from, bool typing);
    void onPresence(const QString &peer, bool online, const QDateTime &lastSeen);
    void onError(const QJsonObject &frame);
    void acknowledged(const ChatMessage &message);
    void flush();
    void markReadIfVisible();
    void stopTyping();
    void expireTyping();
    void raiseNotification(const ChatMessage &message);
    void announceWaiting();
    void syncOutboxWithThread();
    bool isOpen(const QString &peerId) const;

    QPointer<ApiClient> m_api;
    QPointer<RealtimeClient> m_realtime;
    ConversationsModel m_conversations;
    MessagesModel m_messages;
    ChatOutbox m_outbox;
    QString m_me;
    QVariantMap m_currentPeer;
    bool m_viewActive = false;
    bool m_peerTyping = false;
    QString m_inFlight; // client id of the message.send awaiting its ack
    int m_inFlightFrame = 0;
    QString m_readSent;    // up_to of the last read sent, so it is sent once
    QTimer m_retry;        // after service_unavailable
    QTimer m_typingIdle;   // my own "stopped typing"
    QTimer m_typingExpiry; // a peer's "typing" fades without news
    QElapsedTimer m_typingSent;
    QHash<QString, QDateTime> m_typingUntil; // peer id -> when their indicator fades
    QSet<QString> m_announced;               // message ids already notified
    QList<ChatMessage> m_toAnnounce;         // from people the list does not know yet
};
