#include "messagesmodel.h"

#include "apiclient.h"
#include "displayformat.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPageSize = 30;

QString statusName(ChatMessage::Status status)
{
    switch (status) {
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

// A pending message has no server time yet: it shows when it was written.
QDate localDay(const ChatMessage &m)
{
    return m.createdAt.isValid() ? m.createdAt.toLocalTime().date() : QDate::currentDate();
}

QString dayLabel(const QDate &day)
{
    const QDate today = QDate::currentDate();
    if (day == today)
        return MessagesModel::tr("Today");
    if (day == today.addDays(-1))
        return MessagesModel::tr("Yesterday");
    const QLocale locale;
    if (day.daysTo(today) < 7)
        return locale.toString(day, u"dddd"_s);
    if (day.year() == today.year())
        return locale.toString(day, u"d MMMM"_s);
    return locale.toString(day, u"d MMMM yyyy"_s);
}

} // namespace

MessagesModel::MessagesModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int MessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> MessagesModel::roleNames() const
{
    return {{MessageIdRole, "messageId"}, {ClientIdRole, "clientId"},
            {TextRole, "text"},           {MineRole, "mine"},
            {TimeTextRole, "timeText"},   {StatusRole, "status"},
            {ShowDayRole, "showDay"},     {DayLabelRole, "dayLabel"},
            {KindRole, "kind"},           {AmountTextRole, "amountText"},
            {CreatedAtRole, "createdAt"}};
}

QVariant MessagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatMessage &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m.text;
    case MessageIdRole:
        return m.id;
    case ClientIdRole:
        return m.clientId;
    case MineRole:
        return m.from == m_me;
    case TimeTextRole:
        return m.createdAt.isValid()
                   ? QLocale().toString(m.createdAt.toLocalTime().time(), u"HH:mm"_s)
                   : QString();
    case StatusRole:
        return statusName(m.status());
    case ShowDayRole:
        return opensDay(index.row());
    case DayLabelRole:
        return dayLabel(localDay(m));
    case KindRole:
        return m.kind == ChatMessage::Kind::Transfer ? u"transfer"_s : u"text"_s;
    case AmountTextRole:
        return m.kind == ChatMessage::Kind::Transfer
                   ? paydesk::desktop::formatMoney(m.amount, m.currency)
                   : QString();
    case CreatedAtRole:
        return m.createdAt;
    }
    return {};
}

bool MessagesModel::opensDay(int row) const
{
    return row == 0 || localDay(m_rows.at(row - 1)) != localDay(m_rows.at(row));
}

bool MessagesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading && m_api;
}

void MessagesModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request();
}

void MessagesModel::open(ApiClient *api, const QString &me, const QString &peer)
{
    beginResetModel();
    m_rows.clear();
    m_api = api;
    m_me = me;
    m_peer = peer;
    m_cursor.clear();
    m_hasMore = false;
    m_loaded = false;
    m_error.clear();
    ++m_generation;
    m_loading = false;
    endResetModel();
    Q_EMIT countChanged();
    if (!peer.isEmpty() && api)
        request();
    Q_EMIT stateChanged();
}

void MessagesModel::request()
{
    QString path = u"/api/v1/chat/history/%1?limit=%2"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(m_peer)), QString::number(kPageSize));
    if (!m_cursor.isEmpty())
        path += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(m_cursor));
    m_loading = true;
    Q_EMIT stateChanged();
    const quint64 generation = m_generation;
    m_api->get(path, this, [this, generation](const ApiResponse &response) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!response.succeeded()) {
            m_error = ApiClient::userMessage(response);
            Q_EMIT stateChanged();
            return;
        }
        received(response.body, generation);
    });
}

void MessagesModel::received(const QJsonObject &body, quint64)
{
    m_error.clear();
    m_hasMore = body.value("has_more"_L1).toBool();
    m_cursor = body.value("next_cursor"_L1).toString();
    // A page is newest first and older than every row already here (anything that arrived
    // live meanwhile is either on it or newer), so it goes on top in its own order: times
    // alone could tie within a millisecond.
    const QJsonArray items = body.value("data"_L1).toArray();
    int top = 0;
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        const ChatMessage message = ChatMessage::fromJson(items.at(i).toObject());
        if (message.peerOf(m_me) != m_peer)
            continue;
        if (indexOf(message) >= 0)
            upsert(message);
        else
            insertRow(top++, message);
    }
    m_loaded = true;
    Q_EMIT stateChanged();
    Q_EMIT pageLoaded();
}

int MessagesModel::indexOf(const ChatMessage &message) const
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const ChatMessage &m = m_rows.at(row);
        if (!message.id.isEmpty() && m.id == message.id && m.kind == message.kind)
            return row;
        if (!message.clientId.isEmpty() && m.clientId == message.clientId && m.from == message.from)
            return row;
    }
    return -1;
}

int MessagesModel::insertPosition(const ChatMessage &message) const
{
    int row = int(m_rows.size());
    if (message.pending() || message.failed)
        return row; // the outbox's order, below everything the server has
    // Below every stored message not newer than it, above pending ones.
    while (row > 0) {
        const ChatMessage &above = m_rows.at(row - 1);
        if (!above.pending() && !above.failed && above.createdAt <= message.createdAt)
            break;
        --row;
    }
    return row;
}

bool MessagesModel::upsert(const ChatMessage &message)
{
    if (m_peer.isEmpty() || message.peerOf(m_me) != m_peer ||
        (message.from != m_me && message.to != m_me))
        return false;
    const int existing = indexOf(message);
    if (existing < 0) {
        insertRow(insertPosition(message), message);
        return true;
    }
    ChatMessage merged = m_rows.at(existing);
    const bool wasPending = merged.pending();
    merged.mergeFrom(message);
    if (wasPending && !merged.pending()) {
        // Acked: it takes its place among the stored messages.
        beginRemoveRows({}, existing, existing);
        m_rows.removeAt(existing);
        endRemoveRows();
        insertRow(insertPosition(merged), merged);
        Q_EMIT countChanged();
        return false;
    }
    m_rows[existing] = merged;
    rowChanged(existing);
    return false;
}

void MessagesModel::insertRow(int row, const ChatMessage &message)
{
    beginInsertRows({}, row, row);
    m_rows.insert(row, message);
    endInsertRows();
    if (row + 1 < m_rows.size())
        rowChanged(row + 1); // its day header may go
    Q_EMIT countChanged();
}

void MessagesModel::rowChanged(int row)
{
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at);
}

void MessagesModel::markDelivered(const QString &messageId, const QDateTime &at)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == messageId && !m_rows.at(row).deliveredAt.isValid()) {
            m_rows[row].deliveredAt = at;
            rowChanged(row);
        }
    }
}

void MessagesModel::markRead(const QStringList &messageIds, const QDateTime &at)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        ChatMessage &m = m_rows[row];
        if (m.kind == ChatMessage::Kind::Text && messageIds.contains(m.id) && !m.readAt.isValid()) {
            m.readAt = at;
            if (!m.deliveredAt.isValid())
                m.deliveredAt = at;
            rowChanged(row);
        }
    }
}

void MessagesModel::markFailed(const QString &clientId)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).clientId == clientId && m_rows.at(row).pending()) {
            m_rows[row].failed = true;
            rowChanged(row);
        }
    }
}

QString MessagesModel::newestUnreadFromPeer() const
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const ChatMessage &m = m_rows.at(row);
        if (m.kind != ChatMessage::Kind::Text || m.from != m_peer)
            continue;
        return m.readAt.isValid() ? QString() : m.id;
    }
    return {};
}
