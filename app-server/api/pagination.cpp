#include "pagination.h"

using namespace Qt::StringLiterals;

namespace paydesk::server {

Result<PageRequest> parsePageRequest(const QUrlQuery &query, int defaultLimit, int maxLimit)
{
    PageRequest page;
    page.limit = defaultLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        page.limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > maxLimit)
            return Error::make(errc::kValidation, u"limit must be 1..%1."_s.arg(maxLimit),
                               u"limit"_s);
    }
    if (query.hasQueryItem(u"cursor"_s)) {
        const auto decoded = QByteArray::fromBase64Encoding(
            query.queryItemValue(u"cursor"_s).toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        page.afterId = decoded ? QString::fromUtf8(*decoded) : QString();
        if (page.afterId.isEmpty() || page.afterId.size() > 64)
            return Error::make(errc::kValidation, u"The cursor is not one this API gave out."_s,
                               u"cursor"_s);
    }
    return page;
}

QJsonObject pageJson(const QJsonArray &data, bool hasMore, const QString &lastId)
{
    const QJsonValue next =
        hasMore ? QJsonValue(QString::fromLatin1(lastId.toUtf8().toBase64(
                      QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)))
                : QJsonValue();
    return {{"data"_L1, data}, {"has_more"_L1, hasMore}, {"next_cursor"_L1, next}};
}

} // namespace paydesk::server
