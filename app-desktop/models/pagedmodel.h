// The base of every list the console shows from a cursor-paged endpoint ({"data": [...],
// "has_more", "next_cursor"}): the first page loads when the model is complete in QML (or when
// a filter changes), further pages through canFetchMore/fetchMore as a view scrolls. A filter
// change bumps a generation so late answers of an older query are dropped, never appended.
// Loading, error and empty are properties, so every page can design those states.
// Subclasses say where to ask (path + query) and how to keep a page's rows.
#pragma once

#include "apiclient.h"

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QUrlQuery>

class PagedModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_INTERFACES(QQmlParserStatus)

    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY stateChanged)
    // A sentence for people when the last request failed; empty otherwise.
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY stateChanged)
    // Rows per request.
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)

public:
    explicit PagedModel(QObject *parent = nullptr);
    ~PagedModel() override;

    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    QString error() const { return m_error; }
    int count() const { return rowCount(); }
    bool hasMore() const { return m_hasMore; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Drops every row and loads the first page again (a filter changed, "Try again").
    Q_INVOKABLE void reload();
    // Asks for the next page if there is one and none is on its way (views call this ahead of
    // reaching the end, so rows are there before the person scrolls to them).
    Q_INVOKABLE void loadMore();

    void classBegin() override {}
    void componentComplete() override;

    // For tests and C++ owners: use this client instead of the QML engine's session.
    void setApiClient(ApiClient *api);

Q_SIGNALS:
    void stateChanged();
    void countChanged();
    void pageSizeChanged();

protected:
    // The endpoint (e.g. /api/v1/merchant/payments) and its filters, without limit and cursor.
    virtual QString path() const = 0;
    virtual QUrlQuery query() const { return {}; }
    // Keeps `items` (already announced by beginInsertRows at the end) as rows.
    virtual void appendRows(const QJsonArray &items) = 0;
    virtual void clearRows() = 0;
    // Subclasses call this when a filter property changes: reloads once complete.
    void queryChanged();
    ApiClient *api() const { return m_api; }

private:
    void request();
    void received(const ApiResponse &response, quint64 generation);
    void resolveApi();

    QPointer<ApiClient> m_api;
    bool m_complete = false;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_hasMore = false;
    QString m_error;
    QString m_cursor;
    int m_pageSize = 50;
    quint64 m_generation = 0;
};
