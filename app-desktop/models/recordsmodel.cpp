#include "recordsmodel.h"

#include "displayformat.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
using paydesk::desktop::formatMoney;
using paydesk::desktop::formatTime;

namespace {

QString timeText(const QJsonObject &o, QLatin1StringView key)
{
    return formatTime(QDateTime::fromString(o.value(key).toString(), Qt::ISODateWithMs));
}

} // namespace

RecordsModel::RecordsModel(QObject *parent)
    : PagedModel(parent)
{}

int RecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList names = fields();
    const int field = role == Qt::DisplayRole ? 0 : role - Qt::UserRole - 1;
    if (field < 0 || field >= names.size())
        return {};
    return m_rows.at(index.row()).value(names.at(field));
}

QHash<int, QByteArray> RecordsModel::roleNames() const
{
    QHash<int, QByteArray> roles;
    const QStringList names = fields();
    for (int i = 0; i < names.size(); ++i)
        roles.insert(Qt::UserRole + 1 + i, names.at(i).toUtf8());
    return roles;
}

void RecordsModel::setFilters(const QVariantMap &filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    Q_EMIT filtersChanged();
    queryChanged();
}

QVariantMap RecordsModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

QUrlQuery RecordsModel::query() const
{
    QUrlQuery q;
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        const QString value = it.value().toString().trimmed();
        if (!value.isEmpty())
            q.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return q;
}

void RecordsModel::appendRows(const QJsonArray &items)
{
    for (const QJsonValue &item : items)
        m_rows.append(present(item.toObject()));
}

void RecordsModel::clearRows()
{
    m_rows.clear();
}

// Apps ------------------------------------------------------------------------------------

QString AppsModel::path() const
{
    return u"/api/v1/apps"_s;
}

QStringList AppsModel::fields() const
{
    return {u"appId"_s, u"name"_s, u"environment"_s, u"webhookUrl"_s, u"active"_s, u"created"_s};
}

QVariantMap AppsModel::present(const QJsonObject &o) const
{
    return {{u"appId"_s, o.value("id"_L1).toString()},
            {u"name"_s, o.value("name"_L1).toString()},
            {u"environment"_s, o.value("environment"_L1).toString()},
            {u"webhookUrl"_s, o.value("webhook_url"_L1).toString()},
            {u"active"_s, o.value("active"_L1).toBool()},
            {u"created"_s, timeText(o, "created_at"_L1)}};
}

// Webhook deliveries ----------------------------------------------------------------------

QString WebhookDeliveriesModel::path() const
{
    return u"/api/v1/webhooks/deliveries"_s;
}

QStringList WebhookDeliveriesModel::fields() const
{
    return {u"deliveryId"_s, u"appId"_s,       u"eventType"_s, u"paymentId"_s,
            u"url"_s,        u"status"_s,      u"attempts"_s,  u"lastStatus"_s,
            u"lastError"_s,  u"nextAttempt"_s, u"created"_s};
}

QVariantMap WebhookDeliveriesModel::present(const QJsonObject &o) const
{
    const QJsonValue last = o.value("last_status"_L1);
    return {{u"deliveryId"_s, o.value("id"_L1).toString()},
            {u"appId"_s, o.value("app_id"_L1).toString()},
            {u"eventType"_s, o.value("event_type"_L1).toString()},
            {u"paymentId"_s, o.value("payment_id"_L1).toString()},
            {u"url"_s, o.value("url"_L1).toString()},
            {u"status"_s, o.value("status"_L1).toString().toUpper()},
            {u"attempts"_s, o.value("attempts"_L1).toInt()},
            {u"lastStatus"_s,
             last.isNull() || last.isUndefined() ? u"—"_s : QString::number(last.toInt())},
            {u"lastError"_s, o.value("last_error"_L1).toString()},
            {u"nextAttempt"_s, timeText(o, "next_attempt_at"_L1)},
            {u"created"_s, timeText(o, "created_at"_L1)}};
}

// Admin: users and transactions -----------------------------------------------------------

QString UsersModel::path() const
{
    return u"/api/v1/admin/users"_s;
}

QStringList UsersModel::fields() const
{
    return {u"userId"_s,   u"name"_s,        u"email"_s,     u"role"_s,
            u"initials"_s, u"avatarColor"_s, u"twoFactor"_s, u"created"_s};
}

QVariantMap UsersModel::present(const QJsonObject &o) const
{
    return {{u"userId"_s, o.value("id"_L1).toString()},
            {u"name"_s, o.value("display_name"_L1).toString()},
            {u"email"_s, o.value("email"_L1).toString()},
            {u"role"_s, o.value("role"_L1).toString()},
            {u"initials"_s, o.value("initials"_L1).toString()},
            {u"avatarColor"_s, o.value("avatar_color"_L1).toString()},
            {u"twoFactor"_s, o.value("totp_enabled"_L1).toBool()},
            {u"created"_s, timeText(o, "created_at"_L1)}};
}

QString AdminTransactionsModel::path() const
{
    return u"/api/v1/admin/transactions"_s;
}

QStringList AdminTransactionsModel::fields() const
{
    return {u"transactionId"_s, u"type"_s,   u"status"_s,    u"amount"_s,
            u"fromName"_s,      u"toName"_s, u"reference"_s, u"created"_s};
}

QVariantMap AdminTransactionsModel::present(const QJsonObject &o) const
{
    const auto name = [&o](QLatin1StringView key) {
        const QString n = o.value(key).toString();
        return n.isEmpty() ? AdminTransactionsModel::tr("Outside money") : n;
    };
    return {{u"transactionId"_s, o.value("id"_L1).toString()},
            {u"type"_s, o.value("type"_L1).toString()},
            {u"status"_s, o.value("status"_L1).toString()},
            {u"amount"_s,
             formatMoney(o.value("amount"_L1).toInteger(), o.value("currency"_L1).toString())},
            {u"fromName"_s, name("from_name"_L1)},
            {u"toName"_s, name("to_name"_L1)},
            {u"reference"_s, o.value("reference"_L1).toString()},
            {u"created"_s, timeText(o, "created_at"_L1)}};
}
