#include "sessioncontroller.h"

#include "apiclient.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "paydesk.session")

namespace {

constexpr auto kServerUrlKey = "session/serverUrl";
constexpr auto kHealthPath = "/health";
constexpr auto kLoginPath = "/api/v1/auth/login";

QSettings userSettings()
{
    return QSettings(u"Paydesk"_s, u"paydesk"_s);
}

} // namespace

SessionController::SessionController(QObject *parent)
    : QObject(parent)
    , m_api(new ApiClient(this))
{
    const QString stored = userSettings().value(kServerUrlKey).toString();
    m_serverUrl = checkServerUrl(stored) == FieldProblem::None
                      ? stored
                      : QString::fromLatin1(kDefaultServerUrl);
}

SessionController::~SessionController() = default;

bool SessionController::storeServerUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (checkServerUrl(trimmed) != FieldProblem::None)
        return false;
    userSettings().setValue(kServerUrlKey, trimmed);
    return true;
}

SessionController *SessionController::create(QQmlEngine *engine, QJSEngine *)
{
    // One controller per engine, owned by it: tests build several engines side by side.
    auto *controller = new SessionController(engine);
    QJSEngine::setObjectOwnership(controller, QJSEngine::CppOwnership);
    return controller;
}

void SessionController::setServerUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    const FieldProblem problem = checkServerUrl(trimmed);
    if (problem == FieldProblem::None)
        userSettings().setValue(kServerUrlKey, trimmed);
    if (problem != m_serverUrlProblem) {
        m_serverUrlProblem = problem;
        Q_EMIT validationChanged();
    }
    if (trimmed != m_serverUrl) {
        m_serverUrl = trimmed;
        Q_EMIT serverUrlChanged();
    }
}

void SessionController::signIn(const QString &email, const QString &password)
{
    if (busy() || inShell())
        return;
    m_emailProblem = checkEmail(email);
    m_passwordProblem = checkPassword(password);
    m_serverUrlProblem = checkServerUrl(m_serverUrl);
    Q_EMIT validationChanged();
    fail(Failure::None);
    if (m_emailProblem != FieldProblem::None || m_passwordProblem != FieldProblem::None ||
        m_serverUrlProblem != FieldProblem::None)
        return;

    m_api->setBaseUrl(QUrl(m_serverUrl));
    setStatus(Status::CheckingServer);
    checkServer(email.trimmed(), password);
}

bool SessionController::continueInPreview()
{
    if (busy() || m_failure != Failure::SignInUnsupported)
        return false;
    fail(Failure::None);
    setStatus(Status::Preview);
    return true;
}

void SessionController::signOut()
{
    m_accessToken.clear();
    m_refreshToken.clear();
    m_api->setAccessToken({});
    if (!m_user.isEmpty()) {
        m_user.clear();
        Q_EMIT userChanged();
    }
    fail(Failure::None);
    setStatus(Status::SignedOut);
}

void SessionController::clearProblems()
{
    if (busy())
        return;
    m_emailProblem = m_passwordProblem = m_serverUrlProblem = FieldProblem::None;
    Q_EMIT validationChanged();
    fail(Failure::None);
}

SessionController::FieldProblem SessionController::checkEmail(const QString &email)
{
    // Deliberately loose: one @, no spaces, a dotted domain without empty labels. The server
    // has the final word; this only catches typos before a round trip.
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return FieldProblem::Missing;
    if (trimmed.size() > 254 || !shape.match(trimmed).hasMatch())
        return FieldProblem::Malformed;
    return FieldProblem::None;
}

SessionController::FieldProblem SessionController::checkPassword(const QString &password)
{
    // Passwords are never trimmed: leading or trailing spaces may be part of them.
    return password.isEmpty() ? FieldProblem::Missing : FieldProblem::None;
}

SessionController::FieldProblem SessionController::checkServerUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return FieldProblem::Missing;
    const QUrl parsed(trimmed, QUrl::StrictMode);
    const bool http = parsed.scheme() == "http"_L1 || parsed.scheme() == "https"_L1;
    if (!parsed.isValid() || !http || parsed.host().isEmpty() || parsed.hasQuery() ||
        parsed.hasFragment())
        return FieldProblem::Malformed;
    return FieldProblem::None;
}

void SessionController::checkServer(const QString &email, const QString &password)
{
    m_api->get(QString::fromLatin1(kHealthPath), this,
               [this, email, password](const ApiResponse &response) {
                   if (m_status != Status::CheckingServer)
                       return;
                   if (!response.reached) {
                       fail(Failure::ServerUnreachable, response.transportError);
                       setStatus(Status::SignedOut);
                   } else if (response.status != 200 ||
                              response.body.value("status"_L1).toString() != "ok"_L1) {
                       fail(Failure::NotAPaydeskServer, QString::number(response.status));
                       setStatus(Status::SignedOut);
                   } else {
                       setStatus(Status::SigningIn);
                       requestLogin(email, password);
                   }
               });
}

void SessionController::requestLogin(const QString &email, const QString &password)
{
    const QJsonObject body{{"email"_L1, email}, {"password"_L1, password}};
    m_api->post(QString::fromLatin1(kLoginPath), body, this, [this](const ApiResponse &response) {
        if (m_status != Status::SigningIn)
            return;
        const QString access = response.body.value("access_token"_L1).toString();
        const QJsonValue user = response.body.value("user"_L1);
        if (!response.reached) {
            fail(Failure::ServerUnreachable, response.transportError);
        } else if (response.status == 404) {
            fail(Failure::SignInUnsupported);
        } else if (response.status == 200 && !access.isEmpty() && user.isObject()) {
            m_accessToken = access;
            m_refreshToken = response.body.value("refresh_token"_L1).toString();
            m_api->setAccessToken(m_accessToken);
            m_user = user.toObject().toVariantMap();
            Q_EMIT userChanged();
            setStatus(Status::SignedIn);
            return;
        } else if (response.error && response.status >= 400) {
            fail(Failure::Rejected, response.error->message, response.error->field,
                 response.requestId);
        } else {
            fail(Failure::BadResponse, QString::number(response.status));
        }
        setStatus(Status::SignedOut);
    });
}

void SessionController::setStatus(Status status)
{
    if (status == m_status)
        return;
    qCDebug(lcSession) << "status" << m_status << "->" << status;
    m_status = status;
    Q_EMIT statusChanged();
}

void SessionController::fail(Failure failure, const QString &detail, const QString &field,
                             const QString &requestId)
{
    if (failure == m_failure && detail == m_failureDetail && field == m_failureField &&
        requestId == m_failureRequestId)
        return;
    if (failure != Failure::None)
        qCInfo(lcSession) << "sign-in failed:" << failure << detail << field << requestId;
    m_failure = failure;
    m_failureDetail = detail;
    m_failureField = field;
    m_failureRequestId = requestId;
    Q_EMIT failureChanged();
}
