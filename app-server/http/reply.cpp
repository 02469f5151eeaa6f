#include "reply.h"

#include "errormapping.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace paydesk::server {

Reply Reply::json(const QJsonObject &object, int status)
{
    return Reply{
        status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

Reply Reply::json(const QJsonArray &array, int status)
{
    return Reply{
        status, "application/json", QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
}

Reply Reply::raw(QByteArray body, QByteArray contentType, int status)
{
    return Reply{status, std::move(contentType), std::move(body), {}};
}

Reply Reply::later(Deferred start)
{
    Reply reply;
    reply.deferred = std::move(start);
    return reply;
}

Reply Reply::streamed(BodyProducer producer, QByteArray contentType, int status)
{
    Reply reply{status, std::move(contentType), {}, {}};
    reply.stream = std::move(producer);
    return reply;
}

Reply Reply::error(const Error &error, const QString &requestId)
{
    const int status = httpStatusFor(error);
    QJsonObject inner{{"code"_L1, error.code}, {"message"_L1, error.message}};
    if (!error.field.isEmpty())
        inner.insert("field"_L1, error.field);
    inner.insert("request_id"_L1, requestId);
    if (status >= 500 && error.code != QLatin1StringView(errc::kUnavailable)) {
        // 5xx never leaks internals: whatever the message was, it stays in the log.
        inner.insert("code"_L1, QLatin1StringView(errc::kInternal));
        inner.insert("message"_L1, u"Something went wrong on our side; it has been logged."_s);
    }
    Reply reply = json(QJsonObject{{"error"_L1, inner}}, status);
    if (error.retryAfterSeconds > 0)
        reply.withHeader("Retry-After", QByteArray::number(error.retryAfterSeconds));
    return reply;
}

} // namespace paydesk::server
