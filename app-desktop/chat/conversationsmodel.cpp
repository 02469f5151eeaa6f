#include "conversationsmodel.h"

#include "apiclient.h"
#include "displayformat.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

QString initialsOf(const QString &name, const QString &email)
{
    const QStringList words = name.simplified().split(u' ', Qt::SkipEmptyParts);
    QString initials;
    for (const QString &word : words) {
        initials += word.at(0).toUpper();
        if (initials.size() == 2)
            break;
    }
    return initials.isEmpty() ? email.left(1).toUpper() : initials;
}

QString shortTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    if (local.date() == today)
        return locale.toString(local.time(), u"HH:mm"_s);
    if (local.date() == today.addDays(-1))
        return ConversationsModel::tr("Yesterday");
    if (local.date().daysTo(today) < 7)
        return locale.toString(local.date(), u"ddd"_s);
    return locale.toString(local.date(), u"d MMM"_s);
}

QString statusName(const ChatMessage &m)
{
    switch (m.status()) {
    case ChatMessage::Status::Pending:
        return u"pending"_s;
    case ChatMessage::Status::Sent:
        return u"sent"_s;
    case ChatMessage::Status::Delivered:
        return u"delivered"_s;
    case ChatMessage::Status::Read:
        return u"read"_s;
    case ChatMessage::Status::Failed:
        return u"failed"_s;
    }
    return {};
}

} // namespace

ConversationsModel::Peer ConversationsModel::Peer::fromJson(const QJsonObject &user)
{
    Peer peer;
    peer.id = user.value("id"_L1).toString();
    peer.name = user.value("display_name"_L1).toString();
    peer.email = user.value("email"_L1).toString();
    peer.online = user.value("online"_L1).toBool();
    peer.lastSeen = chattime::parse(user.value("last_seen"_L1));
    if (peer.name.isEmpty())
        peer.name = peer.email;
    return peer;
}

QVariantMap ConversationsModel::Peer::toMap() const
{
    return {{u"id"_s, id},
            {u"display_name"_s, name},
            {u"email"_s, email},
            {u"online"_s, online},
            {u"initials"_s, initialsOf(name, email)}};
}

ConversationsModel::ConversationsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ConversationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ConversationsModel::roleNames() const
{
    return {{PeerIdRole, "peerId"},
            {NameRole, "name"},
            {EmailRole, "email"},
            {InitialsRole, "initials"},
            {OnlineRole, "online"},
            {LastSeenTextRole, "lastSeenText"},
            {PreviewRole, "preview"},
            {PreviewMineRole, "previewMine"},
            {PreviewStatusRole, "previewStatus"},
            {TimeTextRole, "timeText"},
            {UnreadRole, "unread"},
            {TypingRole, "typing"}};
}

QVariant ConversationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.peer.name;
    case PeerIdRole:
        return r.peer.id;
    case EmailRole:
        return r.peer.email;
    case InitialsRole:
        return initialsOf(r.peer.name, r.peer.email);
    case OnlineRole:
        return r.peer.online;
    case LastSeenTextRole:
        if (r.peer.online)
            return tr("Online");
        return r.peer.lastSeen.isValid()
                   ? tr("Last seen %1").arg(paydesk::desktop::formatTime(r.peer.lastSeen))
                   : tr("Offline");
    case PreviewRole:
        return r.last.kind == ChatMessage::Kind::Transfer
                   ? tr("Money sent: %1")
                         .arg(paydesk::desktop::formatMoney(r.last.amount, r.last.currency))
                   : r.last.text.simplified();
    case PreviewMineRole:
        return !r.last.from.isEmpty() && r.last.from == m_me;
    case PreviewStatusRole:
        return r.last.from.isEmpty() ? QString() : statusName(r.last);
    case TimeTextRole:
        return shortTime(r.last.createdAt);
    case UnreadRole:
        return r.unread;
    case TypingRole:
        return r.typing;
    }
    return {};
}

int ConversationsModel::totalUnread() const
{
    int total = 0;
    for (const Row &r : m_rows)
        total += r.unread;
    return total;
}

void ConversationsModel::setUser(ApiClient *api, const QString &me)
{
    beginResetModel();
    m_rows.clear();
    m_api = api;
    m_me = me;
    m_loaded = false;
    m_loading = false;
    m_reloadAgain = false;
    m_error.clear();
    ++m_generation;
    endResetModel();
    m_searchResults.clear();
    Q_EMIT searchResultsChanged();
    Q_EMIT countChanged();
    Q_EMIT stateChanged();
    if (api && !me.isEmpty())
        reload();
}

void ConversationsModel::reload()
{
    if (!m_api)
        return;
    m_loading = true;
    Q_EMIT stateChanged();
    const quint64 generation = ++m_generation;
    m_api->get(u"/api/v1/chat/conversations"_s, this,
               [this, generation](const ApiResponse &response) {
                   if (generation != m_generation)
                       return;
                   m_loading = false;
                   if (!response.succeeded()) {
                       m_error = ApiClient::userMessage(response);
                       Q_EMIT stateChanged();
                       return;
                   }
                   received(response.body);
                   if (std::exchange(m_reloadAgain, false))
                       reload();
               });
}

void ConversationsModel::received(const QJsonObject &body)
{
    QList<Row> rows;
    const QJsonArray items = body.value("data"_L1).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject c = item.toObject();
        Row row;
        row.peer = Peer::fromJson(c.value("peer"_L1).toObject());
        row.last = ChatMessage::fromJson(c.value("last_message"_L1).toObject());
        row.unread = c.value("unread_count"_L1).toInt();
        rows.append(row);
    }
    // Conversations started here but without a message yet stay at the top.
    for (const Row &mine : std::as_const(m_rows)) {
        if (mine.last.from.isEmpty() && std::none_of(rows.cbegin(), rows.cend(), [&](const Row &r) {
                return r.peer.id == mine.peer.id;
            }))
            rows.prepend(mine);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    m_error.clear();
    m_loaded = true;
    Q_EMIT countChanged();
    Q_EMIT stateChanged();
}

void ConversationsModel::search(const QString &text)
{
    const QString q = text.trimmed();
    const quint64 generation = ++m_searchGeneration;
    if (q.isEmpty() || !m_api) {
        m_searching = false;
        m_searchResults.clear();
        Q_EMIT searchResultsChanged();
        return;
    }
    m_searching = true;
    Q_EMIT searchResultsChanged();
    m_api->get(u"/api/v1/chat/users?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(q)), this,
               [this, generation](const ApiResponse &response) {
                   if (generation != m_searchGeneration)
                       return;
                   m_searching = false;
                   m_searchResults.clear();
                   const QJsonArray users = response.body.value("data"_L1).toArray();
                   for (const QJsonValue &user : users)
                       m_searchResults.append(Peer::fromJson(user.toObject()).toMap());
                   Q_EMIT searchResultsChanged();
               });
}

QVariantMap ConversationsModel::peerAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).peer.toMap();
}

QVariantMap ConversationsModel::peer(const QString &peerId) const
{
    return peerAt(rowOf(peerId));
}

int ConversationsModel::rowOf(const QString &peerId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).peer.id == peerId)
            return row;
    }
    return -1;
}

int ConversationsModel::unreadOf(const QString &peerId) const
{
    const int row = rowOf(peerId);
    return row < 0 ? 0 : m_rows.at(row).unread;
}

void ConversationsModel::ensurePeer(const Peer &peer)
{
    if (peer.id.isEmpty() || rowOf(peer.id) >= 0)
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(Row{peer, {}, 0, false});
    endInsertRows();
    Q_EMIT countChanged();
}

void ConversationsModel::noteMessage(const ChatMessage &message, bool countUnread)
{
    const QString peerId = message.peerOf(m_me);
    int row = rowOf(peerId);
    if (row < 0) {
        // Someone new: the server knows their name and presence. One reload at a time; a
        // message arriving during one asks for one more after it.
        if (m_loading)
            m_reloadAgain = true;
        else
            reload();
        return;
    }
    Row &r = m_rows[row];
    const bool sameMessage = (!message.id.isEmpty() && r.last.id == message.id) ||
                             (!message.clientId.isEmpty() && r.last.clientId == message.clientId &&
                              r.last.from == message.from);
    const bool newer = !r.last.createdAt.isValid() || message.pending() ||
                       (message.createdAt.isValid() && message.createdAt >= r.last.createdAt);
    if (sameMessage) {
        r.last.mergeFrom(message);
    } else if (newer) {
        r.last = message;
        // Only a message newer than the list's last one adds to the badge: older ones (the
        // pending deliveries of a fresh connection) are already in the server's count.
        if (countUnread) {
            ++r.unread;
            Q_EMIT countChanged();
        }
    }
    rowChanged(row);
    if (newer)
        moveToTop(row);
}

void ConversationsModel::noteReceipt(const QString &messageId, bool read, const QDateTime &at)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        ChatMessage &last = m_rows[row].last;
        if (last.id != messageId)
            continue;
        if (!last.deliveredAt.isValid())
            last.deliveredAt = at;
        if (read)
            last.readAt = at;
        rowChanged(row);
    }
}

void ConversationsModel::setUnread(const QString &peerId, int unread)
{
    const int row = rowOf(peerId);
    if (row < 0 || m_rows.at(row).unread == unread)
        return;
    m_rows[row].unread = unread;
    rowChanged(row);
    Q_EMIT countChanged();
}

void ConversationsModel::setPresence(const QString &peerId, bool online, const QDateTime &lastSeen)
{
    const int row = rowOf(peerId);
    if (row < 0)
        return;
    m_rows[row].peer.online = online;
    if (lastSeen.isValid())
        m_rows[row].peer.lastSeen = lastSeen;
    rowChanged(row);
}

void ConversationsModel::setTyping(const QString &peerId, bool typing)
{
    const int row = rowOf(peerId);
    if (row < 0 || m_rows.at(row).typing == typing)
        return;
    m_rows[row].typing = typing;
    rowChanged(row);
}

void ConversationsModel::moveToTop(int row)
{
    if (row <= 0)
        return;
    beginMoveRows({}, row, row, {}, 0);
    m_rows.move(row, 0);
    endMoveRows();
}

void ConversationsModel::rowChanged(int row)
{
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at);
}
