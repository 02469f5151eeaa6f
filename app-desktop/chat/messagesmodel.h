// One conversation's thread, oldest at the top: the server's history (GET
// /api/v1/chat/history/{peer}, newest first, paged by cursor; older pages arrive through
// canFetchMore/fetchMore as the view scrolls up), live messages and receipts merged in by the
// chat controller, and the outbox's pending messages at the bottom in the order they were
// written. A message is one row whether it arrives by history, by the log or as an ack (matched
// by id, then by client id). Each row knows whether it opens a new day.
#pragma once

#include "chatmessage.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

class ApiClient;

class MessagesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The chat controller owns the open conversation's messages.")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY stateChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        ClientIdRole,
        TextRole,
        MineRole,
        TimeTextRole,
        StatusRole, // "pending", "sent", "delivered", "read", "failed"
        ShowDayRole,
        DayLabelRole,
        KindRole, // "text", "transfer"
        AmountTextRole,
        CreatedAtRole,
    };
    Q_ENUM(Role)

    explicit MessagesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int count() const { return int(m_rows.size()); }
    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    bool hasMore() const { return m_hasMore; }
    QString error() const { return m_error; }
    QString peerId() const { return m_peer; }

    // Starts over on the conversation of `me` with `peer` (empty: none) and loads its newest page.
    void open(ApiClient *api, const QString &me, const QString &peer);
    // Adds or updates a message of this conversation (others are ignored). True if it was new.
    bool upsert(const ChatMessage &message);
    void markDelivered(const QString &messageId, const QDateTime &at);
    // Marks these ids read (receipts of mine, or my own reading of the peer's).
    void markRead(const QStringList &messageIds, const QDateTime &at);
    void markFailed(const QString &clientId);
    // The newest message from the peer that I have not read yet (empty: none).
    QString newestUnreadFromPeer() const;
    const ChatMessage &at(int row) const { return m_rows.at(row); }
    Q_INVOKABLE void loadOlder() { fetchMore({}); }

Q_SIGNALS:
    void countChanged();
    void stateChanged();
    // A history page arrived (rows may hold messages the outbox still has).
    void pageLoaded();

private:
    void request();
    void received(const QJsonObject &body, quint64 generation);
    int indexOf(const ChatMessage &message) const;
    int insertPosition(const ChatMessage &message) const;
    void insertRow(int row, const ChatMessage &message);
    void rowChanged(int row);
    bool opensDay(int row) const;

    QPointer<ApiClient> m_api;
    QString m_me;
    QString m_peer;
    QList<ChatMessage> m_rows;
    QString m_cursor;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_hasMore = false;
    QString m_error;
    quint64 m_generation = 0;
};
