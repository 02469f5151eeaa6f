// The console's smaller cursor-paged lists (apps, webhook deliveries, users, all transactions):
// each row is the API's JSON object, flattened into display roles by the subclass's
// `present()`, so QML reads ready-made texts (formatted money and times, status names) and
// never digs in JSON. Filters are `query` entries set from QML; changing them reloads.
#pragma once

#include "pagedmodel.h"

#include <QQmlEngine>
#include <QVariantMap>

class RecordsModel : public PagedModel
{
    Q_OBJECT
    QML_ANONYMOUS

    // Extra query parameters of the endpoint (filters); empty values are left out.
    Q_PROPERTY(QVariantMap filters READ filters WRITE setFilters NOTIFY filtersChanged)

public:
    explicit RecordsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QVariantMap filters() const { return m_filters; }
    void setFilters(const QVariantMap &filters);

    // The whole presented row (every role by name), for detail panes.
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void filtersChanged();

protected:
    // The role names, in role order; every row's map carries these keys.
    virtual QStringList fields() const = 0;
    virtual QVariantMap present(const QJsonObject &item) const = 0;
    QUrlQuery query() const override;
    void appendRows(const QJsonArray &items) override;
    void clearRows() override;

private:
    QList<QVariantMap> m_rows;
    QVariantMap m_filters;
};

// GET /api/v1/apps: the merchant's apps.
class AppsModel : public RecordsModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    using RecordsModel::RecordsModel;

protected:
    QString path() const override;
    QStringList fields() const override;
    QVariantMap present(const QJsonObject &item) const override;
};

// GET /api/v1/webhooks/deliveries: the delivery log (filters app_id, status, event_type).
class WebhookDeliveriesModel : public RecordsModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    using RecordsModel::RecordsModel;

protected:
    QString path() const override;
    QStringList fields() const override;
    QVariantMap present(const QJsonObject &item) const override;
};

// GET /api/v1/admin/users: every account (filters role, q).
class UsersModel : public RecordsModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    using RecordsModel::RecordsModel;

protected:
    QString path() const override;
    QStringList fields() const override;
    QVariantMap present(const QJsonObject &item) const override;
};

// GET /api/v1/admin/transactions: everyone's transactions (the history filters plus user).
class AdminTransactionsModel : public RecordsModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    using RecordsModel::RecordsModel;

protected:
    QString path() const override;
    QStringList fields() const override;
    QVariantMap present(const QJsonObject &item) const override;
};
