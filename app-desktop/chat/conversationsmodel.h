// The signed-in person's conversations, most recent first (GET /api/v1/chat/conversations):
// the peer with presence, the last message as a preview with its tick, and the unread count.
// The chat controller keeps it live (messages, receipts, presence, typing); people found by
// search (GET /api/v1/chat/users?q=) are offered in searchResults to start a new conversation.
#pragma once

#include "chatmessage.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

class ApiClient;

class ConversationsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The chat controller owns the conversations.")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(int totalUnread READ totalUnread NOTIFY countChanged)
    // [{id, display_name, email, online, initials}] for the last search; empty without one.
    Q_PROPERTY(QVariantList searchResults READ searchResults NOTIFY searchResultsChanged)
    Q_PROPERTY(bool searching READ searching NOTIFY searchResultsChanged)

public:
    enum Role {
        PeerIdRole = Qt::UserRole + 1,
        NameRole,
        EmailRole,
        InitialsRole,
        OnlineRole,
        LastSeenTextRole,
        PreviewRole,
        PreviewMineRole,
        PreviewStatusRole,
        TimeTextRole,
        UnreadRole,
        TypingRole,
    };
    Q_ENUM(Role)

    struct Peer
    {
        QString id;
        QString name;
        QString email;
        bool online = false;
        QDateTime lastSeen;
        static Peer fromJson(const QJsonObject &user);
        QVariantMap toMap() const;
    };

    explicit ConversationsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    QString error() const { return m_error; }
    int totalUnread() const;
    QVariantList searchResults() const { return m_searchResults; }
    bool searching() const { return m_searching; }

    void setUser(ApiClient *api, const QString &me);
    Q_INVOKABLE void reload();
    Q_INVOKABLE void search(const QString &text);
    Q_INVOKABLE QVariantMap peerAt(int row) const;
    QVariantMap peer(const QString &peerId) const;
    int rowOf(const QString &peerId) const;
    int unreadOf(const QString &peerId) const;

    // A message to or from a peer: it becomes the preview and the conversation goes to the
    // top; `countUnread` adds one to the badge. An unknown peer reloads the list.
    void noteMessage(const ChatMessage &message, bool countUnread);
    // Receipts of the previewed message.
    void noteReceipt(const QString &messageId, bool read, const QDateTime &at);
    void setUnread(const QString &peerId, int unread);
    void setPresence(const QString &peerId, bool online, const QDateTime &lastSeen);
    void setTyping(const QString &peerId, bool typing);
    // A peer found by search or named by the caller, shown before any message is exchanged.
    void ensurePeer(const Peer &peer);

Q_SIGNALS:
    void countChanged();
    void stateChanged();
    void searchResultsChanged();

private:
    struct Row
    {
        Peer peer;
        ChatMessage last;
        int unread = 0;
        bool typing = false;
    };
    void received(const QJsonObject &body);
    void moveToTop(int row);
    void rowChanged(int row);

    QPointer<ApiClient> m_api;
    QString m_me;
    QList<Row> m_rows;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_reloadAgain = false;
    QString m_error;
    quint64 m_generation = 0;
    quint64 m_searchGeneration = 0;
    QVariantList m_searchResults;
    bool m_searching = false;
};
