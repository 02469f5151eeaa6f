// A stand-in paydeskd for the desktop tests: QtHttpServer on 127.0.0.1 and an ephemeral port,
// serving /health and /api/v1/auth/login with the answer a test chooses. Never a fixed port,
// so ctest can run the suites in parallel.
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
    QJsonObject lastLoginBody() const { return m_lastLoginBody; }

    // A URL on which nothing listens: a port that was free a moment ago.
    static QString unreachableUrl();

private:
    QHttpServerResponse login(const QHttpServerRequest &request);

    QHttpServer m_server;
    quint16 m_port = 0;
    Health m_health = Health::Ok;
    Login m_login = Login::Missing;
    int m_healthCalls = 0;
    int m_loginCalls = 0;
    QJsonObject m_lastLoginBody;
};
