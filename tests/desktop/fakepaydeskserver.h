// A stand-in paydeskd for the desktop tests: QtHttpServer on 127.0.0.1 and an ephemeral port,
// serving /health, /api/v1/auth/login with the answer a test chooses, and /auth/refresh and
// /auth/me with rotating tokens whose expiry a test decides. Never a fixed port, so ctest can
// run the suites in parallel. Timing details (concurrent 401s, refused refreshes) are pinned
// here; the real paydeskd covers the flows end to end (tst_sessionlive).
#pragma once

#include <QHttpServer>
#include <QJsonObject>
#include <QString>

class FakePaydeskServer
{
public:
    enum class Health { Ok, NotPaydesk };
    // Missing: 404 with the API's not_found envelope, as a server without the identity API.
    enum class Login { Missing, Accepts, Rejects, Garbled };

    FakePaydeskServer();

    // Listens on 127.0.0.1, port chosen by the system. False if it could not.
    bool start();
    QString url() const;

    void setHealth(Health health) { m_health = health; }
    void setLogin(Login login) { m_login = login; }
    int healthCalls() const { return m_healthCalls; }
    int loginCalls() const { return m_loginCalls; }
    int refreshCalls() const { return m_refreshCalls; }
    int meCalls() const { return m_meCalls; }
    // From now on the current access token is refused with token_expired.
    void expireAccessToken() { m_validAccess.clear(); }
    // From now on refreshing is refused with invalid_refresh_token (signed out elsewhere).
    void revokeRefreshToken() { m_validRefresh.clear(); }
    QJsonObject lastLoginBody() const { return m_lastLoginBody; }

    // A URL on which nothing listens: a port that was free a moment ago.
    static QString unreachableUrl();

private:
    QHttpServerResponse login(const QHttpServerRequest &request);
    QHttpServerResponse refresh(const QHttpServerRequest &request);
    QHttpServerResponse me(const QHttpServerRequest &request);
    QJsonObject issueSession(const QString &email);

    QHttpServer m_server;
    quint16 m_port = 0;
    Health m_health = Health::Ok;
    Login m_login = Login::Missing;
    int m_healthCalls = 0;
    int m_loginCalls = 0;
    int m_refreshCalls = 0;
    int m_meCalls = 0;
    int m_serial = 0;
    QString m_validAccess;
    QString m_validRefresh;
    QString m_email;
    QJsonObject m_lastLoginBody;
};
