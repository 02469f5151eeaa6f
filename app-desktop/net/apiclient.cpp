#include "apiclient.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "paydesk.net")

namespace {

ApiResponse decode(QNetworkReply *reply)
{
    ApiResponse response;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // QNetworkReply reports 4xx/5xx as errors too; only a missing status means "not reached".
    if (!status.isValid()) {
        response.transportError = reply->errorString();
        return response;
    }
    response.reached = true;
    response.status = status.toInt();
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    if (document.isObject()) {
        response.body = document.object();
        response.error = ApiClient::parseError(response.body);
        response.requestId =
            response.body.value("error"_L1).toObject().value("request_id"_L1).toString();
    }
    return response;
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{}

void ApiClient::get(const QString &path, QObject *context, Callback done)
{
    deliver(m_network.get(requestFor(path)), context, std::move(done));
}

void ApiClient::post(const QString &path, const QJsonObject &body, QObject *context, Callback done)
{
    QNetworkRequest request = requestFor(path);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    deliver(m_network.post(request, payload), context, std::move(done));
}

std::optional<paydesk::Error> ApiClient::parseError(const QJsonObject &body)
{
    const QJsonValue envelope = body.value("error"_L1);
    if (!envelope.isObject())
        return std::nullopt;
    const QJsonObject error = envelope.toObject();
    if (!error.value("code"_L1).isString())
        return std::nullopt;
    return paydesk::Error{error.value("code"_L1).toString(), error.value("message"_L1).toString(),
                          error.value("field"_L1).toString()};
}

QNetworkRequest ApiClient::requestFor(const QString &path) const
{
    // The server URL may carry a path prefix (a reverse proxy's /paydesk); keep it.
    QUrl url = m_baseUrl;
    QString prefix = url.path();
    if (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(int(m_timeout.count()));
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    return request;
}

void ApiClient::deliver(QNetworkReply *reply, QObject *context, Callback done)
{
    const QString what =
        reply->operation() == QNetworkAccessManager::PostOperation ? u"POST"_s : u"GET"_s;
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    connect(reply, &QNetworkReply::finished, context, [reply, what, done = std::move(done)] {
        const ApiResponse response = decode(reply);
        qCDebug(lcApi) << what << reply->url().toDisplayString() << "->" << response.status
                       << response.transportError;
        done(response);
    });
}
