#include "router.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {

bool isParam(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

// Compares one route's segments with the request's; fills params on success.
bool matchSegments(const QList<QString> &pattern, const QList<QStringView> &path,
                   QHash<QString, QString> *params)
{
    if (pattern.size() != path.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (isParam(pattern[i])) {
            if (path[i].isEmpty())
                return false;
            if (params)
                params->insert(pattern[i].mid(1, pattern[i].size() - 2), path[i].toString());
        } else if (pattern[i] != path[i]) {
            return false;
        }
    }
    return true;
}

} // namespace

void Router::add(Route route)
{
    m_segments.append(route.pattern.split(u'/'));
    m_routes.append(std::move(route));
}

RouteMatch Router::match(QHttpServerRequest::Method method, QStringView path) const
{
    // A trailing slash is not a different resource.
    if (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    const QList<QStringView> parts = path.split(u'/');
    RouteMatch result;
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        QHash<QString, QString> params;
        if (!matchSegments(m_segments[i], parts, &params))
            continue;
        if (m_routes[i].method == method) {
            result.route = &m_routes[i];
            result.params = std::move(params);
            result.allowed.clear();
            return result;
        }
        result.allowed.append(m_routes[i].method);
    }
    return result;
}

std::optional<Error> Router::parseBody(const Route &route, RequestContext &ctx)
{
    if (route.body == BodyPolicy::Raw)
        return std::nullopt;
    const QByteArray body = ctx.request.body();
    if (route.body == BodyPolicy::None) {
        // An empty JSON object says nothing either (clients that always send JSON send it).
        const QByteArray trimmed = body.trimmed();
        const QJsonDocument sent = QJsonDocument::fromJson(trimmed);
        const bool emptyObject = sent.isObject() && sent.object().isEmpty();
        if (!trimmed.isEmpty() && !emptyObject)
            return Error::make(errc::kValidation, u"This endpoint takes no request body."_s);
        return std::nullopt;
    }
    if (body.trimmed().isEmpty())
        return Error::make(errc::kValidation, u"A JSON object is required as the request body."_s);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(errc::kMalformedJson,
                           u"The request body is not valid JSON (%1 at offset %2)."_s
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    if (!doc.isObject())
        return Error::make(errc::kValidation, u"The request body must be a JSON object."_s);
    ctx.body = doc.object();
    return std::nullopt;
}

QString Router::methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get: return u"GET"_s;
    case M::Put: return u"PUT"_s;
    case M::Delete: return u"DELETE"_s;
    case M::Post: return u"POST"_s;
    case M::Head: return u"HEAD"_s;
    case M::Options: return u"OPTIONS"_s;
    case M::Patch: return u"PATCH"_s;
    case M::Connect: return u"CONNECT"_s;
    case M::Trace: return u"TRACE"_s;
    default: return u"UNKNOWN"_s;
    }
}

} // namespace paydesk::server
