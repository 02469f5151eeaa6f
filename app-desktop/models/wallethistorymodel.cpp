#include "wallethistorymodel.h"

#include "displayformat.h"
#include "realtimeclient.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using paydesk::desktop::formatMoney;
using paydesk::desktop::formatTime;
using paydesk::desktop::parseTime;

namespace {
constexpr int kHeadRows = 20; // how far down a live refresh looks for new transactions
}

WalletHistoryModel::WalletHistoryModel(QObject *parent)
    : PagedModel(parent)
{
    setPageSize(30);
    m_headSoon.setSingleShot(true);
    m_headSoon.setInterval(120ms);
    connect(&m_headSoon, &QTimer::timeout, this, &WalletHistoryModel::fetchHead);
}

void WalletHistoryModel::componentComplete()
{
    if (QQmlEngine *engine = qmlEngine(this)) {
        connect(RealtimeClient::forEngine(engine), &RealtimeClient::eventReceived, this,
                &WalletHistoryModel::applyEvent);
    }
    PagedModel::componentComplete();
}

int WalletHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString WalletHistoryModel::typeLabel(const QString &type)
{
    if (type == "transfer"_L1)
        return tr("Transfer");
    if (type == "funding"_L1)
        return tr("Added money");
    if (type == "withdrawal"_L1)
        return tr("Withdrawal");
    if (type == "payment"_L1)
        return tr("Payment");
    if (type == "refund"_L1)
        return tr("Refund");
    if (type == "fee"_L1)
        return tr("Fee");
    if (type == "reversal"_L1)
        return tr("Reversal");
    return type;
}

QVariant WalletHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TransactionIdRole:
        return r.id.isEmpty() ? r.localId : r.id;
    case TypeRole:
        return r.type;
    case TypeLabelRole:
        return typeLabel(r.type);
    case StatusRole:
        return r.status;
    case DirectionRole:
        return r.direction;
    case AmountRole:
        return QString((r.direction == "in"_L1 ? u"+"_s : u"\u2212"_s) +
                       formatMoney(r.amount, r.currency));
    case AmountMinorRole:
        return QString::number(r.amount);
    case CurrencyRole:
        return r.currency;
    case CounterpartyRole:
        if (!r.counterparty.isEmpty())
            return r.counterparty;
        if (r.type == "funding"_L1)
            return tr("Card top-up");
        if (r.type == "withdrawal"_L1)
            return tr("Bank account");
        return typeLabel(r.type);
    case NoteRole:
        return r.note;
    case ReferenceRole:
        return r.reference;
    case FailureRole:
        return r.failure;
    case CreatedRole:
        return formatTime(QDateTime::fromMSecsSinceEpoch(r.createdMs));
    case CreatedMsRole:
        return r.createdMs;
    case LocalRole:
        return r.id.isEmpty();
    default:
        return {};
    }
}

QHash<int, QByteArray> WalletHistoryModel::roleNames() const
{
    return {{TransactionIdRole, "transactionId"},
            {TypeRole, "type"},
            {TypeLabelRole, "typeLabel"},
            {StatusRole, "status"},
            {DirectionRole, "direction"},
            {AmountRole, "amount"},
            {AmountMinorRole, "amountMinor"},
            {CurrencyRole, "currency"},
            {CounterpartyRole, "counterparty"},
            {NoteRole, "note"},
            {ReferenceRole, "reference"},
            {FailureRole, "failure"},
            {CreatedRole, "created"},
            {CreatedMsRole, "createdMs"},
            {LocalRole, "local"}};
}

bool WalletHistoryModel::filtered() const
{
    return !(m_type.isEmpty() && m_status.isEmpty() && m_direction.isEmpty() &&
             m_fromDate.isEmpty() && m_toDate.isEmpty() && m_counterparty.isEmpty() &&
             m_search.isEmpty());
}

void WalletHistoryModel::setFilter(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT filtersChanged();
    queryChanged();
}

void WalletHistoryModel::setListensLive(bool on)
{
    if (on == m_listensLive)
        return;
    m_listensLive = on;
    Q_EMIT filtersChanged();
}

void WalletHistoryModel::setMaxRows(int rows)
{
    if (rows == m_maxRows)
        return;
    m_maxRows = rows;
    if (rows > 0)
        setPageSize(rows);
    Q_EMIT filtersChanged();
}

bool WalletHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return m_maxRows <= 0 && PagedModel::canFetchMore(parent);
}

void WalletHistoryModel::clearFilters()
{
    if (!filtered())
        return;
    m_type.clear();
    m_status.clear();
    m_direction.clear();
    m_fromDate.clear();
    m_toDate.clear();
    m_counterparty.clear();
    m_search.clear();
    Q_EMIT filtersChanged();
    queryChanged();
}

QVariantMap WalletHistoryModel::rowAt(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= m_rows.size())
        return out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}

QString WalletHistoryModel::transactionIdAt(int row) const
{
    return data(index(row), TransactionIdRole).toString();
}

QVariantMap WalletHistoryModel::exportFilters() const
{
    QVariantMap filters;
    const QUrlQuery q = query();
    for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded))
        filters.insert(key, value);
    return filters;
}

QString WalletHistoryModel::path() const
{
    return u"/api/v1/wallet/history"_s;
}

QUrlQuery WalletHistoryModel::query() const
{
    QUrlQuery q;
    const auto add = [&q](const char *key, const QString &value) {
        if (!value.isEmpty())
            q.addQueryItem(QString::fromLatin1(key), value);
    };
    add("type", m_type);
    add("status", m_status);
    add("direction", m_direction);
    add("from", m_fromDate);
    add("to", m_toDate);
    add("counterparty", m_counterparty.trimmed());
    add("q", m_search.trimmed());
    return q;
}

WalletHistoryModel::Row WalletHistoryModel::rowFrom(const QJsonObject &item)
{
    Row r;
    r.id = item.value("id"_L1).toString();
    r.type = item.value("type"_L1).toString();
    r.status = item.value("status"_L1).toString();
    r.direction = item.value("direction"_L1).toString();
    r.currency = item.value("currency"_L1).toString();
    r.counterparty = item.value("counterparty_name"_L1).toString();
    r.note = item.value("note"_L1).toString();
    r.reference = item.value("reference"_L1).toString();
    r.failure = item.value("failure_reason"_L1).toString();
    r.amount = item.value("amount"_L1).toInteger();
    r.createdMs = parseTime(item.value("created_at"_L1).toString());
    return r;
}

void WalletHistoryModel::appendRows(const QJsonArray &items)
{
    // Pages follow the cursor, older than every listed row; rows that came in on top since
    // (live or settled) are newer, so a page never repeats them.
    for (const QJsonValue &item : items)
        m_rows.append(rowFrom(item.toObject()));
}

void WalletHistoryModel::clearRows()
{
    m_rows.clear();
}

int WalletHistoryModel::rowOf(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id || (m_rows.at(i).id.isEmpty() && m_rows.at(i).localId == id))
            return i;
    }
    return -1;
}

void WalletHistoryModel::changed(int row)
{
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

void WalletHistoryModel::addPending(const QString &localId, qint64 amount, const QString &currency,
                                    const QString &counterparty, const QString &note)
{
    Row r;
    r.localId = localId;
    r.type = u"transfer"_s;
    r.status = u"PENDING"_s;
    r.direction = u"out"_s;
    r.currency = currency;
    r.counterparty = counterparty;
    r.note = note;
    r.amount = amount;
    r.createdMs = QDateTime::currentMSecsSinceEpoch();
    beginInsertRows({}, 0, 0);
    m_rows.prepend(std::move(r));
    endInsertRows();
    Q_EMIT countChanged();
}

void WalletHistoryModel::settlePending(const QString &localId, const QJsonObject &transaction)
{
    const int row = rowOf(localId);
    if (row < 0)
        return;
    const Row server = rowFrom(transaction);
    // A live event may have listed the transaction already: keep one row, the pending one.
    if (const int other = rowOf(server.id); other >= 0 && other != row) {
        beginRemoveRows({}, other, other);
        m_rows.removeAt(other);
        endRemoveRows();
        Q_EMIT countChanged();
    }
    const int at = rowOf(localId);
    Row &r = m_rows[at];
    r.id = server.id;
    r.status = server.status;
    r.reference = server.reference;
    r.failure = server.failure;
    if (server.createdMs > 0)
        r.createdMs = server.createdMs;
    changed(at);
}

void WalletHistoryModel::failPending(const QString &localId, const QString &reason)
{
    const int row = rowOf(localId);
    if (row < 0)
        return;
    m_rows[row].status = u"FAILED"_s;
    m_rows[row].failure = reason;
    changed(row);
}

void WalletHistoryModel::dropPending(const QString &localId)
{
    const int row = rowOf(localId);
    if (row >= 0 && !m_rows.at(row).localId.isEmpty() && m_rows.at(row).id.isEmpty()) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        Q_EMIT countChanged();
    }
    m_headSoon.start();
}

void WalletHistoryModel::applyEvent(const QString &topic, const QJsonObject &payload)
{
    if (!m_listensLive || !loaded() || topic != "transaction.updated"_L1)
        return;
    const QJsonObject txn = payload.value("transaction"_L1).toObject();
    const int row = rowOf(txn.value("id"_L1).toString());
    if (row < 0) {
        m_headSoon.start(); // new to this list: look at the newest rows with the filters
        return;
    }
    const Row server = rowFrom(txn);
    Row &r = m_rows[row];
    r.status = server.status;
    r.failure = server.failure;
    changed(row);
}

void WalletHistoryModel::fetchHead()
{
    if (!api())
        return;
    QUrlQuery q = query();
    q.addQueryItem(u"limit"_s, QString::number(kHeadRows));
    api()->get(path() + u'?' + q.toString(QUrl::FullyEncoded), this, [this](const ApiResponse &r) {
        if (r.succeeded())
            mergeHead(r.body.value("data"_L1).toArray());
    });
}

void WalletHistoryModel::mergeHead(const QJsonArray &items)
{
    // Newest first: the rows not listed yet and newer than the top go on top, in order.
    QList<Row> fresh;
    for (const QJsonValue &item : items) {
        Row r = rowFrom(item.toObject());
        const int row = rowOf(r.id);
        if (row >= 0) {
            if (m_rows.at(row).status != r.status) {
                m_rows[row].status = r.status;
                m_rows[row].failure = r.failure;
                changed(row);
            }
            continue;
        }
        fresh.append(std::move(r));
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_rows = fresh + m_rows;
    endInsertRows();
    Q_EMIT countChanged();
}
