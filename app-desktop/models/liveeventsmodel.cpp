#include "liveeventsmodel.h"

#include "displayformat.h"
#include "realtimeclient.h"

#include <QLocale>

using namespace Qt::StringLiterals;

LiveEventsModel::LiveEventsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void LiveEventsModel::componentComplete()
{
    if (QQmlEngine *engine = qmlEngine(this))
        connect(RealtimeClient::forEngine(engine), &RealtimeClient::eventReceived, this,
                &LiveEventsModel::add);
}

int LiveEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LiveEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TopicRole:
        return row.topic;
    case PaymentIdRole:
        return row.paymentId;
    case StatusRole:
        return row.status;
    case AmountRole:
        return row.amount;
    case ReferenceRole:
        return row.reference;
    case TimeRole:
        return QLocale().toString(row.at.toLocalTime().time(), u"HH:mm:ss"_s);
    default:
        return {};
    }
}

QHash<int, QByteArray> LiveEventsModel::roleNames() const
{
    return {{TopicRole, "topic"},   {PaymentIdRole, "paymentId"}, {StatusRole, "status"},
            {AmountRole, "amount"}, {ReferenceRole, "reference"}, {TimeRole, "time"}};
}

void LiveEventsModel::setMode(const QString &mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged();
    clear();
}

void LiveEventsModel::add(const QString &topic, const QJsonObject &payload)
{
    if (!topic.startsWith("payment."_L1))
        return;
    const QJsonObject p = payload.value("data"_L1).toObject();
    if (p.value("mode"_L1).toString() != m_mode)
        return;
    if (m_rows.size() >= kCapacity) {
        beginRemoveRows({}, kCapacity - 1, int(m_rows.size()) - 1);
        m_rows.resize(kCapacity - 1);
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend({topic, p.value("payment_id"_L1).toString(), p.value("status"_L1).toString(),
                    paydesk::desktop::formatMoney(p.value("amount"_L1).toInteger(),
                                                  p.value("currency"_L1).toString()),
                    p.value("reference_id"_L1).toString(), QDateTime::currentDateTimeUtc()});
    endInsertRows();
    Q_EMIT countChanged();
}

void LiveEventsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT countChanged();
}
