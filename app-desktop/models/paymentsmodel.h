// The merchant's payments (GET /api/v1/merchant/payments), newest first, page by page as the
// table scrolls, so 100 000 payments never load at once and scrolling never waits for them.
// Rows are kept compact (texts shared between rows where they repeat) to bound memory. Live
// payment events update a row's status in place and put new payments of the shown mode on top.
// Sorting by a column orders the rows loaded so far; the server's order is newest first.
#pragma once

#include "pagedmodel.h"

#include <QHash>
#include <QQmlEngine>

class PaymentsModel : public PagedModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY filtersChanged)
    Q_PROPERTY(QString appId READ appId WRITE setAppId NOTIFY filtersChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filtersChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filtersChanged)
    // Created on or after / before these days (yyyy-MM-dd, local); empty: no bound.
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY filtersChanged)
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY filtersChanged)
    // A role name (created, amount, status, app, reference, completed, paymentId).
    Q_PROPERTY(QString sortKey READ sortKey NOTIFY sortChanged)
    Q_PROPERTY(bool sortAscending READ sortAscending NOTIFY sortChanged)
    Q_PROPERTY(bool listensLive READ listensLive WRITE setListensLive NOTIFY filtersChanged)

public:
    enum Role {
        PaymentIdRole = Qt::UserRole + 1,
        AppIdRole,
        AppNameRole,
        AmountRole,      // display text, "₦12,345.00"
        AmountMinorRole, // integer minor units
        CurrencyRole,
        StatusRole, // PENDING, SUCCESS, FAILED, EXPIRED
        ReferenceRole,
        CreatedRole,   // display text
        CompletedRole, // display text, "—" when not final
        FreshRole      // arrived live since the list loaded (the view highlights it)
    };
    Q_ENUM(Role)

    explicit PaymentsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString mode() const { return m_mode; }
    void setMode(const QString &mode);
    QString appId() const { return m_appId; }
    void setAppId(const QString &appId);
    QString status() const { return m_status; }
    void setStatus(const QString &status);
    QString search() const { return m_search; }
    void setSearch(const QString &search);
    QString fromDate() const { return m_fromDate; }
    void setFromDate(const QString &date);
    QString toDate() const { return m_toDate; }
    void setToDate(const QString &date);
    QString sortKey() const { return m_sortKey; }
    bool sortAscending() const { return m_sortAscending; }
    bool listensLive() const { return m_listensLive; }
    void setListensLive(bool on);

    // Sorts by `key` (created, amount, completed, status, reference, app) on the server and
    // reloads; the same key again flips the direction. Other keys are ignored.
    Q_INVOKABLE void sortBy(const QString &key);
    Q_INVOKABLE QString paymentIdAt(int row) const;
    // The table's filters as the CSV export takes them (mode, app_id, status, from, to, search).
    Q_INVOKABLE QVariantMap exportFilters() const;
    // A payment event's payload ({event, app_id, data: payment}): updates or inserts its row.
    Q_INVOKABLE void applyEvent(const QString &topic, const QJsonObject &payload);

    void componentComplete() override;

Q_SIGNALS:
    void filtersChanged();
    void sortChanged();

protected:
    QString path() const override;
    QUrlQuery query() const override;
    void appendRows(const QJsonArray &items) override;
    void clearRows() override;

private:
    struct Row
    {
        QString id;
        QString appId;
        QString appName;
        QString currency;
        QString status;
        QString reference;
        qint64 amount = 0;
        qint64 createdMs = 0;
        qint64 completedMs = 0;
        bool fresh = false;
    };
    Row rowFrom(const QJsonObject &payment);
    QString shared(const QString &text);
    bool matchesFilters(const Row &row) const;
    bool isNewestFirst() const;
    void setFilter(QString &field, const QString &value);

    QList<Row> m_rows;
    QHash<QString, QString> m_texts; // one copy of each app name, currency and status
    QHash<QString, QString> m_appNames;
    QString m_mode = QStringLiteral("test");
    QString m_appId;
    QString m_status;
    QString m_search;
    QString m_fromDate;
    QString m_toDate;
    QString m_sortKey = QStringLiteral("created");
    bool m_sortAscending = false;
    bool m_listensLive = true;
};
