// The desktop's one door to paydeskd's REST API: joins paths onto the configured server URL,
// sends JSON, decodes answers and the API's error envelope, and owns the session's tokens: it
// adds the Authorization header, renews the access token before it expires (at 80% of its
// lifetime) and, when the server still answers 401 for an expired token, renews it once and
// replays the request. Callers never see a token; they never build an Authorization header.
// It never decides what a status means for the user's flow; the controllers do.
#pragma once

#include "error.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
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
    int retryAfterSeconds = 0; // the Retry-After header of 429s and lockouts
    bool replayed = false;     // Idempotent-Replayed: the server answered a key it had seen

    bool succeeded() const { return reached && status >= 200 && status < 300; }
    bool hasCode(const char *code) const { return error && error->is(code); }
};

class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResponse &)>;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    // Requests that get no answer within this time fail as transport errors.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // `done` runs on `context`'s thread, and never if `context` is destroyed first.
    void get(const QString &path, QObject *context, Callback done);
    // `idempotencyKey`, when given, goes out as the Idempotency-Key header: the server runs a
    // money-moving POST once per key and replays its first answer to every repeat, so a caller
    // may send the same body again with the same key after a lost answer (see IdempotentCall).
    void post(const QString &path, const QJsonObject &body, QObject *context, Callback done,
              const QByteArray &idempotencyKey = {});
    // A fresh key for one intent of the person (a UUID, 36 visible ASCII characters).
    static QByteArray newIdempotencyKey();
    void put(const QString &path, const QJsonObject &body, QObject *context, Callback done);
    void patch(const QString &path, const QJsonObject &body, QObject *context, Callback done);
    // A GET whose body the caller reads as it arrives (CSV exports); the reply belongs to the
    // caller. Sent with the current access token and never replayed: a long download started
    // with a fresh token (see tokenFresh) outlives the token's expiry on the server.
    QNetworkReply *openStream(const QString &path);
    // The realtime endpoint on this server (ws:// or wss://) and the access token to
    // authenticate it with. The one place outside this class that sees a token: the WebSocket
    // protocol carries it in its auth frame. Empty without a session.
    QUrl webSocketUrl() const;
    QString webSocketToken() const { return m_accessToken; }

    // Session. `session` is a sign-in answer: {access_token, expires_in, refresh_token, user}.
    // Starts using its tokens and schedules the renewal. False if it lacks a token.
    bool startSession(const QJsonObject &session);
    // Renews now from a stored refresh token (restoring a session at start-up). The outcome
    // arrives as sessionRenewed, sessionLost or renewalDeferred.
    void resumeSession(const QString &refreshToken);
    // Forgets the tokens; requests in flight finish without the session.
    void endSession();
    bool hasSession() const { return !m_refreshToken.isEmpty(); }
    QString refreshToken() const { return m_refreshToken; }
    // Replaces the access token only (what a revoked or corrupted token looks like to the
    // server); the next 401 renews it. For diagnostics and tests of the renewal path.
    void replaceAccessToken(const QString &token) { m_accessToken = token; }
    // Throws away the server's answer to the next `count` requests: they reach the server and
    // run, but their callers hear a transport error (what a connection dropped after the
    // request was sent looks like). For tests of safe retries only.
    void dropNextAnswers(int count) { m_answersToDrop = count; }

    // The sentence to show a person for a failed request: the error code's translated message
    // when it has one, else the server's message, else what went wrong on the way.
    static QString userMessage(const ApiResponse &response);
    // The API's error envelope {"error":{"code","message","field","request_id"}}, if `body` is one.
    static std::optional<paydesk::Error> parseError(const QJsonObject &body);

Q_SIGNALS:
    // A renewal succeeded: a new refresh token (persist it) and the account as it is now.
    void sessionRenewed(const QString &refreshToken, const QJsonObject &user);
    // The server refused the refresh token (signed out elsewhere, password changed, revoked):
    // the session is over and the person must sign in again.
    void sessionLost(const ApiResponse &response);
    // A renewal got no usable answer (server away or failing); it is retried with a back-off
    // and the session is kept, so a server restart goes unnoticed.
    void renewalDeferred(const ApiResponse &response);
    // The access token changed (renewed or replaced): the realtime client re-authenticates.
    void accessTokenChanged();

private:
    struct Pending;
    void send(Pending pending);
    void dispatch(const Pending &pending);
    void finish(QNetworkReply *reply, Pending pending);
    void renew();
    void renewed(const ApiResponse &response);
    void armRenewal(std::chrono::milliseconds delay);
    QNetworkRequest requestFor(const QString &path) const;

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_accessToken;
    QString m_refreshToken;
    std::chrono::milliseconds m_timeout{10000};
    QTimer m_renewTimer;
    bool m_renewing = false;
    int m_failedRenewals = 0; // in a row, for the back-off while the server is away
    quint64 m_generation = 0; // bumped by every start/end, so late answers are ignored
    QList<Pending> m_waiting; // authenticated requests held while a renewal runs
    int m_answersToDrop = 0;
};
