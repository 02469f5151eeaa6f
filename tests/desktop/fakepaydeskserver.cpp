#include "fakepaydeskserver.h"

#include <QJsonDocument>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace {

QJsonObject errorEnvelope(const QString &code, const QString &message, const QString &field = {})
{
    QJsonObject error{
        {"code"_L1, code}, {"message"_L1, message}, {"request_id"_L1, u"req_test42"_s}};
    if (!field.isEmpty())
        error.insert("field"_L1, field);
    return QJsonObject{{"error"_L1, error}};
}

} // namespace

FakePaydeskServer::FakePaydeskServer()
{
    m_server.route(u"/health"_s, [this] {
        ++m_healthCalls;
        if (m_health == Health::NotPaydesk)
            return QHttpServerResponse("<html>It works!</html>");
        return QHttpServerResponse(QJsonObject{{"status"_L1, "ok"_L1}});
    });
    m_server.route(u"/api/v1/auth/login"_s, QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest &request) { return login(request); });
    m_server.route(u"/api/v1/auth/refresh"_s, QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest &request) { return refresh(request); });
    m_server.route(u"/api/v1/auth/me"_s, QHttpServerRequest::Method::Get,
                   [this](const QHttpServerRequest &request) { return me(request); });
    m_server.route(u"/api/v1/auth/logout"_s, QHttpServerRequest::Method::Post,
                   [] { return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent); });
}

bool FakePaydeskServer::start()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QString FakePaydeskServer::url() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

QString FakePaydeskServer::unreachableUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return u"http://127.0.0.1:%1"_s.arg(port);
}

QHttpServerResponse FakePaydeskServer::login(const QHttpServerRequest &request)
{
    using Status = QHttpServerResponse::StatusCode;
    ++m_loginCalls;
    m_lastLoginBody = QJsonDocument::fromJson(request.body()).object();
    switch (m_login) {
    case Login::Missing:
        return QHttpServerResponse(errorEnvelope(u"not_found"_s, u"No such route."_s),
                                   Status::NotFound);
    case Login::Rejects:
        return QHttpServerResponse(
            errorEnvelope(u"invalid_credentials"_s, u"Wrong email or password."_s),
            Status::Unauthorized);
    case Login::Garbled:
        return QHttpServerResponse(QJsonObject{{"ok"_L1, true}});
    case Login::Accepts:
        break;
    }
    m_email = m_lastLoginBody.value("email"_L1).toString();
    return QHttpServerResponse(issueSession(m_email));
}

QJsonObject FakePaydeskServer::issueSession(const QString &email)
{
    ++m_serial;
    m_validAccess = u"at_%1"_s.arg(m_serial);
    m_validRefresh = u"rt_%1"_s.arg(m_serial);
    const QJsonObject user{{"id"_L1, u"usr_1"_s},
                           {"email"_L1, email},
                           {"display_name"_L1, u"Ada Lovelace"_s},
                           {"role"_L1, u"merchant"_s}};
    return QJsonObject{{"access_token"_L1, m_validAccess},
                       {"expires_in"_L1, 900},
                       {"refresh_token"_L1, m_validRefresh},
                       {"user"_L1, user}};
}

QHttpServerResponse FakePaydeskServer::refresh(const QHttpServerRequest &request)
{
    ++m_refreshCalls;
    const QString token =
        QJsonDocument::fromJson(request.body()).object().value("refresh_token"_L1).toString();
    if (token.isEmpty() || token != m_validRefresh)
        return QHttpServerResponse(errorEnvelope(u"invalid_refresh_token"_s, u"Sign in again."_s),
                                   QHttpServerResponse::StatusCode::Unauthorized);
    return QHttpServerResponse(issueSession(m_email));
}

QHttpServerResponse FakePaydeskServer::me(const QHttpServerRequest &request)
{
    ++m_meCalls;
    const QByteArray expected = "Bearer " + m_validAccess.toUtf8();
    if (m_validAccess.isEmpty() || request.value("Authorization") != expected)
        return QHttpServerResponse(errorEnvelope(u"token_expired"_s, u"Expired."_s),
                                   QHttpServerResponse::StatusCode::Unauthorized);
    return QHttpServerResponse(
        QJsonObject{{"user"_L1, QJsonObject{{"email"_L1, m_email}, {"role"_L1, u"merchant"_s}}}});
}
