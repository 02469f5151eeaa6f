// The person's wallet transactions (GET /api/v1/wallet/history), newest first, page by page as
// the list scrolls, with the history's filters (type, status, direction, date range,
// counterparty, text). Also holds what the server has not answered yet: a transfer being sent
// shows at once as a pending row (addPending), which becomes the server's transaction when the
// answer lands (settlePending) or a failed row with the reason (failPending). Live
// transaction.updated events update rows in place and bring new ones in at the top.
#pragma once

#include "pagedmodel.h"

#include <QHash>
#include <QQmlEngine>
#include <QTimer>

class WalletHistoryModel : public PagedModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString type READ type WRITE setType NOTIFY filtersChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filtersChanged)
    Q_PROPERTY(QString direction READ direction WRITE setDirection NOTIFY filtersChanged)
    // Days (yyyy-MM-dd, local); empty: no bound. Both inclusive.
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY filtersChanged)
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY filtersChanged)
    // A person's id or email.
    Q_PROPERTY(QString counterparty READ counterparty WRITE setCounterparty NOTIFY filtersChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filtersChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY filtersChanged)
    // Follow the realtime client's transaction events (on by default).
    Q_PROPERTY(bool listensLive READ listensLive WRITE setListensLive NOTIFY filtersChanged)
    // A short list (the home's recent transactions): one page of this many rows, no scrolling
    // for more. 0: every page as the view scrolls.
    Q_PROPERTY(int maxRows READ maxRows WRITE setMaxRows NOTIFY filtersChanged)

public:
    enum Role {
        TransactionIdRole = Qt::UserRole + 1,
        TypeRole,      // transfer, funding, withdrawal, payment, ...
        TypeLabelRole, // "Transfer"
        StatusRole,    // PENDING, SUCCESS, FAILED, REVERSED
        DirectionRole, // in, out
        AmountRole,    // "+₦1,250.00" / "−₦1,250.00"
        AmountMinorRole,
        CurrencyRole,
        CounterpartyRole, // a name, or what the money went through ("Bank account")
        NoteRole,
        ReferenceRole,
        FailureRole,
        CreatedRole, // display text
        CreatedMsRole,
        LocalRole // optimistic: not (yet) from the server
    };
    Q_ENUM(Role)

    explicit WalletHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString type() const { return m_type; }
    void setType(const QString &v) { setFilter(m_type, v); }
    QString status() const { return m_status; }
    void setStatus(const QString &v) { setFilter(m_status, v); }
    QString direction() const { return m_direction; }
    void setDirection(const QString &v) { setFilter(m_direction, v); }
    QString fromDate() const { return m_fromDate; }
    void setFromDate(const QString &v) { setFilter(m_fromDate, v); }
    QString toDate() const { return m_toDate; }
    void setToDate(const QString &v) { setFilter(m_toDate, v); }
    QString counterparty() const { return m_counterparty; }
    void setCounterparty(const QString &v) { setFilter(m_counterparty, v); }
    QString search() const { return m_search; }
    void setSearch(const QString &v) { setFilter(m_search, v); }
    bool filtered() const;
    bool listensLive() const { return m_listensLive; }
    void setListensLive(bool on);

    int maxRows() const { return m_maxRows; }
    void setMaxRows(int rows);
    bool canFetchMore(const QModelIndex &parent) const override;

    Q_INVOKABLE void clearFilters();
    // Every field of one row, for the detail drawer ({transactionId, type, typeLabel, ...}).
    Q_INVOKABLE QVariantMap rowAt(int row) const;
    Q_INVOKABLE QString transactionIdAt(int row) const;
    // The list's filters as the CSV export takes them.
    Q_INVOKABLE QVariantMap exportFilters() const;

    // A transfer on its way: a pending row on top, found again by `localId`.
    void addPending(const QString &localId, qint64 amount, const QString &currency,
                    const QString &counterparty, const QString &note);
    // The server's transaction for it: the row takes its id, status and time.
    void settlePending(const QString &localId, const QJsonObject &transaction);
    // The server refused it (or it clearly did not happen): the row turns FAILED with `reason`.
    void failPending(const QString &localId, const QString &reason);
    // The person gave up on a transfer whose outcome is unknown: its pending row goes, and the
    // newest rows are read again, so the server's transaction shows if it did land.
    void dropPending(const QString &localId);
    // The row of a transaction id (or a pending local id); -1 when not listed.
    int rowOf(const QString &id) const;

    // A person event (transaction.updated): updates its row or fetches the newest rows.
    void applyEvent(const QString &topic, const QJsonObject &payload);

    void componentComplete() override;
    static QString typeLabel(const QString &type);

Q_SIGNALS:
    void filtersChanged();

protected:
    QString path() const override;
    QUrlQuery query() const override;
    void appendRows(const QJsonArray &items) override;
    void clearRows() override;

private:
    struct Row
    {
        QString id;
        QString localId;
        QString type;
        QString status;
        QString direction;
        QString currency;
        QString counterparty;
        QString note;
        QString reference;
        QString failure;
        qint64 amount = 0;
        qint64 createdMs = 0;
    };
    static Row rowFrom(const QJsonObject &item);
    void setFilter(QString &field, const QString &value);
    void fetchHead();
    void mergeHead(const QJsonArray &items);
    void changed(int row);

    QList<Row> m_rows;
    QString m_type;
    QString m_status;
    QString m_direction;
    QString m_fromDate;
    QString m_toDate;
    QString m_counterparty;
    QString m_search;
    bool m_listensLive = true;
    int m_maxRows = 0;
    QTimer m_headSoon; // coalesces a burst of events into one look at the newest rows
};
