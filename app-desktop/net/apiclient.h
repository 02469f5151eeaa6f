// The desktop's one door to paydeskd's REST API: joins paths onto the configured server URL,
// sends JSON, and decodes the answer and the API's error envelope into an ApiResponse.
// It never decides what a status means for the user; the controllers do.
#pragma once

#include "error.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkReply;

// What came back from one request. `reached` is false when no HTTP answer arrived at all
// (refused, unknown host, timeout); then `status` is 0 and `transportError` says why.
struct ApiResponse
{
    bool reached = false;
    int status = 0;
    QJsonObject body;                    // empty unless the body was a JSON object
    std::optional<paydesk::Error> error; // the server's {"error":{...}} envelope, when present
    QString requestId;                   // error.request_id, for support conversations
    QString transportError;
};

class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResponse &)>;

    explicit ApiClient(QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    void setAccessToken(const QString &token) { m_accessToken = token; }
    // Requests that get no answer within this time fail as transport errors.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // `done` runs on `context`'s thread, and never if `context` is destroyed first.
    void get(const QString &path, QObject *context, Callback done);
    void post(const QString &path, const QJsonObject &body, QObject *context, Callback done);

    // The API's error envelope {"error":{"code","message","field","request_id"}}, if `body` is one.
    static std::optional<paydesk::Error> parseError(const QJsonObject &body);

private:
    QNetworkRequest requestFor(const QString &path) const;
    void deliver(QNetworkReply *reply, QObject *context, Callback done);

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_accessToken;
    std::chrono::milliseconds m_timeout{10000};
};
