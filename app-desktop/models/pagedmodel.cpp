#include "pagedmodel.h"

#include "apiclient.h"
#include "sessioncontroller.h"

#include <QQmlEngine>

#include <algorithm>

using namespace Qt::StringLiterals;

PagedModel::PagedModel(QObject *parent)
    : QAbstractListModel(parent)
{}

PagedModel::~PagedModel() = default;

void PagedModel::setPageSize(int size)
{
    size = std::clamp(size, 1, 200);
    if (size == m_pageSize)
        return;
    m_pageSize = size;
    Q_EMIT pageSizeChanged();
}

void PagedModel::setApiClient(ApiClient *api)
{
    m_api = api;
}

void PagedModel::resolveApi()
{
    if (m_api)
        return;
    if (QQmlEngine *engine = qmlEngine(this))
        m_api = SessionController::forEngine(engine)->api();
}

void PagedModel::componentComplete()
{
    m_complete = true;
    reload();
}

bool PagedModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading && m_error.isEmpty();
}

void PagedModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request();
}

void PagedModel::loadMore()
{
    fetchMore({});
}

void PagedModel::queryChanged()
{
    if (m_complete)
        reload();
}

void PagedModel::reload()
{
    resolveApi();
    ++m_generation;
    // Forget the old position before the views hear of the reset: a view at the end of the
    // emptied list asks for more at once, and must not get a page after the old cursor.
    m_cursor.clear();
    m_hasMore = false;
    m_loaded = false;
    m_loading = false;
    m_error.clear();
    const int before = rowCount();
    beginResetModel();
    clearRows();
    endResetModel();
    if (before != 0)
        Q_EMIT countChanged();
    request();
}

void PagedModel::request()
{
    if (!m_api) {
        m_error = tr("Not connected to a server.");
        Q_EMIT stateChanged();
        return;
    }
    QUrlQuery q = query();
    q.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    if (!m_cursor.isEmpty())
        q.addQueryItem(u"cursor"_s, m_cursor);
    m_loading = true;
    m_error.clear();
    Q_EMIT stateChanged();
    const quint64 generation = m_generation;
    m_api->get(path() + u'?' + q.toString(QUrl::FullyEncoded), this,
               [this, generation](const ApiResponse &r) { received(r, generation); });
}

void PagedModel::received(const ApiResponse &response, quint64 generation)
{
    if (generation != m_generation)
        return; // an answer to a query that has since changed
    if (!response.succeeded()) {
        m_loading = false;
        m_error = ApiClient::userMessage(response);
        Q_EMIT stateChanged();
        return;
    }
    const QJsonArray items = response.body.value("data"_L1).toArray();
    // The next position is known before the rows are announced: a view (or a model tester)
    // reacting to the insertion may ask for more at once, and must ask for the next page.
    // Not loading any more either: a view that reaches the end of the new rows asks for the
    // next page while they are being inserted, and that request must go out.
    m_hasMore = response.body.value("has_more"_L1).toBool() && !items.isEmpty();
    m_cursor = response.body.value("next_cursor"_L1).toString();
    m_loading = false;
    m_loaded = true;
    if (!items.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(items.size()) - 1);
        appendRows(items);
        endInsertRows();
    }
    if (!items.isEmpty())
        Q_EMIT countChanged();
    Q_EMIT stateChanged();
}
