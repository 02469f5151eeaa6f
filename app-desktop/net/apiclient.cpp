#include "apiclient.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcApi, "paydesk.net")

namespace {

constexpr auto kRefreshPath = "/api/v1/auth/refresh";
// Renew when this share of the access token's lifetime has passed, so a slow network or a
// sleeping laptop still has room before the server starts answering token_expired.
constexpr double kRenewAt = 0.8;
constexpr auto kShortestRenewal = 1s;
constexpr auto kLongestBackOff = 15s;

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
    response.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
    response.replayed = reply->rawHeader("Idempotent-Replayed") == "true";
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    if (document.isObject()) {
        response.body = document.object();
        response.error = ApiClient::parseError(response.body);
        response.requestId =
            response.body.value("error"_L1).toObject().value("request_id"_L1).toString();
    }
    return response;
}

// A 401 that a fresh access token can cure, as opposed to wrong credentials or a wrong code.
bool accessTokenRefused(const ApiResponse &response)
{
    return response.status == 401 &&
           (!response.error || response.hasCode(paydesk::errc::kTokenExpired) ||
            response.hasCode(paydesk::errc::kInvalidToken) ||
            response.hasCode(paydesk::errc::kUnauthenticated));
}

} // namespace

struct ApiClient::Pending
{
    QNetworkAccessManager::Operation operation = QNetworkAccessManager::GetOperation;
    QString path;
    QByteArray payload;
    QPointer<QObject> context;
    Callback done;
    QString accessToken; // the token it was sent with; empty: sent without the session
    QByteArray verb;     // the method of a CustomOperation (PATCH)
    QByteArray idempotencyKey;
    bool replayed = false;
};

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{
    m_renewTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, &ApiClient::renew);
}

ApiClient::~ApiClient() = default;

void ApiClient::get(const QString &path, QObject *context, Callback done)
{
    send({QNetworkAccessManager::GetOperation, path, {}, context, std::move(done)});
}

void ApiClient::post(const QString &path, const QJsonObject &body, QObject *context, Callback done,
                     const QByteArray &idempotencyKey)
{
    Pending pending{QNetworkAccessManager::PostOperation, path,
                    QJsonDocument(body).toJson(QJsonDocument::Compact), context, std::move(done)};
    pending.idempotencyKey = idempotencyKey;
    send(std::move(pending));
}

QByteArray ApiClient::newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

void ApiClient::put(const QString &path, const QJsonObject &body, QObject *context, Callback done)
{
    send({QNetworkAccessManager::PutOperation, path,
          QJsonDocument(body).toJson(QJsonDocument::Compact), context, std::move(done)});
}

void ApiClient::patch(const QString &path, const QJsonObject &body, QObject *context, Callback done)
{
    Pending pending{QNetworkAccessManager::CustomOperation, path,
                    QJsonDocument(body).toJson(QJsonDocument::Compact), context, std::move(done)};
    pending.verb = "PATCH";
    send(std::move(pending));
}

QNetworkReply *ApiClient::openStream(const QString &path)
{
    QNetworkRequest request = requestFor(path);
    request.setRawHeader("Accept", "text/csv, application/json");
    request.setTransferTimeout(0); // a long export is not a stalled request
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    return m_network.get(request);
}

QUrl ApiClient::webSocketUrl() const
{
    if (m_accessToken.isEmpty())
        return {};
    QUrl url = requestFor(u"/api/v1/ws"_s).url();
    url.setScheme(url.scheme() == "https"_L1 ? u"wss"_s : u"ws"_s);
    return url;
}

bool ApiClient::startSession(const QJsonObject &session)
{
    const QString access = session.value("access_token"_L1).toString();
    const QString refresh = session.value("refresh_token"_L1).toString();
    if (access.isEmpty() || refresh.isEmpty())
        return false;
    m_accessToken = access;
    m_refreshToken = refresh;
    Q_EMIT accessTokenChanged();
    m_failedRenewals = 0;
    const int lifetime = session.value("expires_in"_L1).toInt();
    armRenewal(std::chrono::milliseconds(qint64(lifetime * 1000 * kRenewAt)));
    return true;
}

void ApiClient::resumeSession(const QString &refreshToken)
{
    endSession();
    m_refreshToken = refreshToken;
    renew();
}

void ApiClient::endSession()
{
    ++m_generation;
    m_accessToken.clear();
    m_refreshToken.clear();
    m_renewTimer.stop();
    m_renewing = false;
    m_failedRenewals = 0;
    // Held requests cannot be sent with a session any more; they fail as unauthenticated.
    const QList<Pending> waiting = std::exchange(m_waiting, {});
    ApiResponse ended;
    ended.reached = true;
    ended.status = 401;
    ended.error = paydesk::Error::make(paydesk::errc::kUnauthenticated, {});
    for (const Pending &pending : waiting) {
        if (pending.context)
            pending.done(ended);
    }
}

void ApiClient::send(Pending pending)
{
    Q_ASSERT(pending.context);
    // While a renewal runs, the current access token is about to be replaced: wait for it.
    if (m_renewing && hasSession()) {
        m_waiting.append(std::move(pending));
        return;
    }
    dispatch(pending);
}

void ApiClient::dispatch(const Pending &source)
{
    Pending pending = source;
    pending.accessToken = m_accessToken;
    QNetworkRequest request = requestFor(pending.path);
    if (!pending.accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + pending.accessToken.toUtf8());
    if (pending.operation != QNetworkAccessManager::GetOperation)
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!pending.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", pending.idempotencyKey);
    QNetworkReply *reply = nullptr;
    switch (pending.operation) {
    case QNetworkAccessManager::PostOperation:
        reply = m_network.post(request, pending.payload);
        break;
    case QNetworkAccessManager::PutOperation:
        reply = m_network.put(request, pending.payload);
        break;
    case QNetworkAccessManager::CustomOperation:
        reply = m_network.sendCustomRequest(request, pending.verb, pending.payload);
        break;
    default:
        reply = m_network.get(request);
        break;
    }
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, pending = std::move(pending)] { finish(reply, pending); });
}

void ApiClient::finish(QNetworkReply *reply, Pending pending)
{
    reply->deleteLater();
    ApiResponse response = decode(reply);
    if (m_answersToDrop > 0) {
        --m_answersToDrop;
        response = ApiResponse{};
        response.transportError = u"Connection closed (answer dropped for a test)"_s;
    }
    qCDebug(lcApi) << reply->operation() << reply->url().path() << "->" << response.status
                   << response.transportError;
    const bool sentWithSession = !pending.accessToken.isEmpty() && hasSession();
    if (sentWithSession && !pending.replayed && accessTokenRefused(response)) {
        // Once only: a second 401 after a fresh token is a real refusal.
        pending.replayed = true;
        if (pending.accessToken != m_accessToken && !m_renewing) {
            dispatch(pending); // another request renewed the token meanwhile
            return;
        }
        m_waiting.append(std::move(pending));
        renew();
        return;
    }
    if (pending.context)
        pending.done(response);
}

void ApiClient::renew()
{
    if (m_renewing || m_refreshToken.isEmpty())
        return;
    m_renewing = true;
    m_renewTimer.stop();
    QNetworkRequest request = requestFor(QString::fromLatin1(kRefreshPath));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const QByteArray payload = QJsonDocument(QJsonObject{{"refresh_token"_L1, m_refreshToken}})
                                   .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network.post(request, payload);
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return; // signed out (or another session started) while it ran
        renewed(decode(reply));
    });
}

void ApiClient::renewed(const ApiResponse &response)
{
    m_renewing = false;
    const QList<Pending> waiting = std::exchange(m_waiting, {});
    if (response.status == 200 && startSession(response.body)) {
        qCDebug(lcApi) << "access token renewed";
        Q_EMIT sessionRenewed(m_refreshToken, response.body.value("user"_L1).toObject());
        for (const Pending &pending : waiting)
            dispatch(pending);
        return;
    }
    if (response.reached && response.status >= 400 && response.status < 500 &&
        response.status != 429) {
        qCInfo(lcApi) << "refresh token refused:" << response.status
                      << (response.error ? response.error->code : QString());
        ++m_generation;
        m_accessToken.clear();
        m_refreshToken.clear();
        for (const Pending &pending : waiting) {
            if (pending.context)
                pending.done(response);
        }
        Q_EMIT sessionLost(response);
        return;
    }
    // Server away, failing or throttling: keep the session and try again a little later. The
    // held requests fail like any request made while offline.
    ++m_failedRenewals;
    const auto backOff = std::min<std::chrono::milliseconds>(
        kLongestBackOff, 1s * (1 << std::min(m_failedRenewals, 4)));
    qCInfo(lcApi) << "renewal deferred:" << response.status << response.transportError << "retry in"
                  << backOff.count() << "ms";
    armRenewal(std::max<std::chrono::milliseconds>(backOff, 1s * response.retryAfterSeconds));
    for (const Pending &pending : waiting) {
        if (pending.context)
            pending.done(response);
    }
    Q_EMIT renewalDeferred(response);
}

void ApiClient::armRenewal(std::chrono::milliseconds delay)
{
    m_renewTimer.start(std::max<std::chrono::milliseconds>(delay, kShortestRenewal));
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
    // `path` may carry a query ("/api/v1/merchant/payments?mode=test"), already encoded.
    const qsizetype mark = path.indexOf(u'?');
    url.setPath(prefix + path.left(mark));
    if (mark >= 0)
        url.setQuery(path.mid(mark + 1), QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(int(m_timeout.count()));
    return request;
}
