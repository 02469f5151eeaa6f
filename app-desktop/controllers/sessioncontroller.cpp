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
constexpr auto kSignupPath = "/api/v1/auth/signup";
constexpr auto kLogoutPath = "/api/v1/auth/logout";

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
    connect(m_api, &ApiClient::sessionRenewed, this, &SessionController::onRenewed);
    connect(m_api, &ApiClient::sessionLost, this, &SessionController::onSessionLost);
    connect(m_api, &ApiClient::renewalDeferred, this, &SessionController::onRenewalDeferred);
    if (const QString token = m_store.load(); !token.isEmpty())
        restore(token);
}

SessionController::~SessionController() = default;

SessionController *SessionController::create(QQmlEngine *engine, QJSEngine *)
{
    // Qt 6.4 constructs default-constructible singletons itself and never calls this; later
    // versions prefer it. Either way there is one controller per engine.
    auto *controller = new SessionController(engine);
    QJSEngine::setObjectOwnership(controller, QJSEngine::CppOwnership);
    return controller;
}

SessionController *SessionController::forEngine(QQmlEngine *engine)
{
    return engine->singletonInstance<SessionController *>(
        qmlTypeId("Paydesk", 1, 0, "SessionController"));
}

bool SessionController::storeServerUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (checkServerUrl(trimmed) != FieldProblem::None)
        return false;
    userSettings().setValue(kServerUrlKey, trimmed);
    return true;
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

bool SessionController::busy() const
{
    return m_status == Status::Restoring || m_status == Status::CheckingServer ||
           m_status == Status::SigningIn || m_status == Status::SigningUp;
}

QStringList SessionController::pages() const
{
    if (m_status == Status::Preview)
        return pagesForRole(u"admin"_s);
    return pagesForRole(m_user.value(u"role"_s).toString());
}

QStringList SessionController::pagesForRole(const QString &role)
{
    QStringList pages{u"wallet"_s, u"chat"_s, u"settings"_s};
    if (role == "merchant"_L1 || role == "admin"_L1)
        pages += {u"dashboard"_s, u"payments"_s, u"webhooks"_s, u"apiKeys"_s};
    if (role == "admin"_L1)
        pages += u"admin"_s;
    return pages;
}

bool SessionController::validateForm(const QString &email, FieldProblem passwordProblem,
                                     FieldProblem displayNameProblem)
{
    m_emailProblem = checkEmail(email);
    m_passwordProblem = passwordProblem;
    m_displayNameProblem = displayNameProblem;
    m_totpProblem = FieldProblem::None;
    m_serverUrlProblem = checkServerUrl(m_serverUrl);
    Q_EMIT validationChanged();
    fail(Failure::None);
    return m_emailProblem == FieldProblem::None && m_passwordProblem == FieldProblem::None &&
           m_displayNameProblem == FieldProblem::None && m_serverUrlProblem == FieldProblem::None;
}

void SessionController::signIn(const QString &email, const QString &password)
{
    if (busy() || inShell())
        return;
    setTotpStep(false);
    if (!validateForm(email, checkPassword(password), FieldProblem::None))
        return;
    m_pendingForm = {{"email"_L1, email.trimmed()}, {"password"_L1, password}};
    checkServer(Status::SigningIn);
}

void SessionController::submitTotp(const QString &code)
{
    if (m_status != Status::TotpRequired)
        return;
    m_totpProblem = checkTotpCode(code);
    Q_EMIT validationChanged();
    fail(Failure::None);
    if (m_totpProblem != FieldProblem::None)
        return;
    // Recovery codes are shown grouped ("ab12-cd34"); the server wants them as typed.
    QString compact = code.trimmed();
    compact.remove(u' ');
    m_pendingForm.insert("totp_code"_L1, compact);
    setStatus(Status::SigningIn);
    requestLogin();
}

void SessionController::cancelTotp()
{
    if (m_status != Status::TotpRequired)
        return;
    m_pendingForm = {};
    m_totpProblem = FieldProblem::None;
    Q_EMIT validationChanged();
    fail(Failure::None);
    setTotpStep(false);
    setStatus(Status::SignedOut);
}

void SessionController::signUp(const QString &email, const QString &password,
                               const QString &displayName, AccountType type,
                               const QString &referralCode)
{
    if (busy() || inShell())
        return;
    setTotpStep(false);
    if (!validateForm(email, checkNewPassword(password), checkDisplayName(displayName)))
        return;
    m_pendingForm = {
        {"email"_L1, email.trimmed()},
        {"password"_L1, password},
        {"display_name"_L1, displayName.trimmed()},
        {"account_type"_L1, type == AccountType::Business ? u"business"_s : u"personal"_s}};
    if (!referralCode.trimmed().isEmpty())
        m_pendingForm.insert("referral_code"_L1, referralCode.trimmed());
    checkServer(Status::SigningUp);
}

bool SessionController::continueInPreview()
{
    if (busy() || m_failure != Failure::SignInUnsupported)
        return false;
    fail(Failure::None);
    setStatus(Status::Preview);
    Q_EMIT userChanged(); // the preview's pages
    return true;
}

void SessionController::signOut()
{
    if (const QString refresh = m_api->refreshToken(); !refresh.isEmpty()) {
        // Best effort: the local session ends now whether or not the server hears of it.
        m_api->post(QString::fromLatin1(kLogoutPath), {{"refresh_token"_L1, refresh}}, m_api,
                    [](const ApiResponse &response) {
                        if (!response.succeeded())
                            qCInfo(lcSession) << "logout not confirmed:" << response.status
                                              << response.transportError;
                    });
    }
    fail(Failure::None);
    endLocally();
}

void SessionController::clearProblems()
{
    if (busy())
        return;
    m_emailProblem = m_passwordProblem = m_displayNameProblem = m_totpProblem = m_serverUrlProblem =
        FieldProblem::None;
    Q_EMIT validationChanged();
    fail(Failure::None);
}

void SessionController::updateUser(const QJsonObject &user)
{
    if (user.isEmpty())
        return;
    m_user = user.toVariantMap();
    Q_EMIT userChanged();
}

bool SessionController::adoptSession(const QJsonObject &session)
{
    if (!m_api->startSession(session))
        return false;
    m_store.save(m_api->refreshToken());
    updateUser(session.value("user"_L1).toObject());
    return true;
}

void SessionController::checkServer(Status next)
{
    m_api->endSession();
    m_api->setBaseUrl(QUrl(m_serverUrl));
    setStatus(Status::CheckingServer);
    m_api->get(QString::fromLatin1(kHealthPath), this, [this, next](const ApiResponse &response) {
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
            setStatus(next);
            next == Status::SigningUp ? requestSignup() : requestLogin();
        }
    });
}

void SessionController::requestLogin()
{
    m_api->post(
        QString::fromLatin1(kLoginPath), m_pendingForm, this, [this](const ApiResponse &response) {
            if (m_status != Status::SigningIn)
                return;
            if (response.status == 404) {
                fail(Failure::SignInUnsupported);
                setStatus(Status::SignedOut);
                return;
            }
            finishAuthentication(response, m_totpStep ? Status::TotpRequired : Status::SignedOut);
        });
}

void SessionController::requestSignup()
{
    m_api->post(QString::fromLatin1(kSignupPath), m_pendingForm, this,
                [this](const ApiResponse &response) {
                    if (m_status == Status::SigningUp)
                        finishAuthentication(response, Status::SignedOut);
                });
}

void SessionController::finishAuthentication(const ApiResponse &response, Status retryStatus)
{
    if (response.succeeded() && response.body.value("user"_L1).isObject() &&
        m_api->startSession(response.body)) {
        m_pendingForm = {};
        if (!m_store.save(m_api->refreshToken()))
            qCWarning(lcSession) << "the session will not survive a restart";
        setTotpStep(false);
        updateUser(response.body.value("user"_L1).toObject());
        setStatus(Status::SignedIn);
        return;
    }
    if (response.hasCode(paydesk::errc::kTotpRequired) && !m_totpStep) {
        setTotpStep(true);
        setStatus(Status::TotpRequired);
        return;
    }
    if (response.hasCode(paydesk::errc::kInvalidTotp)) {
        m_pendingForm.remove("totp_code"_L1);
        failWith(response);
        setStatus(Status::TotpRequired);
        return;
    }
    if (retryStatus == Status::SignedOut)
        m_pendingForm = {};
    failWith(response);
    setStatus(retryStatus);
}

void SessionController::restore(const QString &refreshToken)
{
    qCInfo(lcSession) << "restoring the stored session";
    m_api->setBaseUrl(QUrl(m_serverUrl));
    setStatus(Status::Restoring);
    m_api->resumeSession(refreshToken);
}

void SessionController::onRenewed(const QString &refreshToken, const QJsonObject &user)
{
    if (!m_store.save(refreshToken))
        qCWarning(lcSession) << "the renewed session will not survive a restart";
    updateUser(user);
    if (m_status == Status::Restoring) {
        fail(Failure::None);
        setStatus(Status::SignedIn);
    }
}

void SessionController::onSessionLost(const ApiResponse &response)
{
    if (m_status != Status::SignedIn && m_status != Status::Restoring)
        return;
    qCInfo(lcSession) << "session lost:" << (response.error ? response.error->code : QString());
    endLocally();
    fail(Failure::SessionEnded, ApiClient::userMessage(response));
}

void SessionController::onRenewalDeferred(const ApiResponse &response)
{
    // Signed in: stay silent, the client retries. Restoring: say why it takes long.
    if (m_status == Status::Restoring)
        response.reached ? failWith(response)
                         : fail(Failure::ServerUnreachable, response.transportError);
}

void SessionController::endLocally()
{
    m_api->endSession();
    m_store.clear();
    m_pendingForm = {};
    setTotpStep(false);
    if (!m_user.isEmpty()) {
        m_user.clear();
        Q_EMIT userChanged();
    }
    setStatus(Status::SignedOut);
}

void SessionController::setStatus(Status status)
{
    if (status == m_status)
        return;
    qCDebug(lcSession) << "status" << m_status << "->" << status;
    const bool wasPreview = m_status == Status::Preview;
    m_status = status;
    Q_EMIT statusChanged();
    if (wasPreview)
        Q_EMIT userChanged(); // the preview's pages are gone
}

void SessionController::setTotpStep(bool on)
{
    if (on == m_totpStep)
        return;
    m_totpStep = on;
    Q_EMIT statusChanged();
}

void SessionController::fail(Failure failure, const QString &detail, const QString &field,
                             const QString &requestId)
{
    if (failure == m_failure && detail == m_failureDetail && field == m_failureField &&
        requestId == m_failureRequestId)
        return;
    if (failure != Failure::None)
        qCInfo(lcSession) << "failure:" << failure << detail << field << requestId;
    m_failure = failure;
    m_failureDetail = detail;
    m_failureField = field;
    m_failureRequestId = requestId;
    Q_EMIT failureChanged();
}

void SessionController::failWith(const ApiResponse &response)
{
    if (!response.reached)
        fail(Failure::ServerUnreachable, response.transportError);
    else if (response.error && response.status >= 400)
        fail(Failure::Rejected, ApiClient::userMessage(response), response.error->field,
             response.requestId);
    else
        fail(Failure::BadResponse, QString::number(response.status));
}
