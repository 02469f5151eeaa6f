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
            errorEnvelope(u"unauthenticated"_s, u"Email or password is incorrect."_s),
            Status::Unauthorized);
    case Login::Garbled:
        return QHttpServerResponse(QJsonObject{{"ok"_L1, true}});
    case Login::Accepts:
        break;
    }
    const QJsonObject user{{"id"_L1, u"usr_1"_s},
                           {"email"_L1, m_lastLoginBody.value("email"_L1)},
                           {"display_name"_L1, u"Ada Lovelace"_s},
                           {"role"_L1, u"merchant"_s}};
    return QHttpServerResponse(QJsonObject{
        {"access_token"_L1, u"at_test"_s}, {"refresh_token"_L1, u"rt_test"_s}, {"user"_L1, user}});
}
