// Who is signed in, as a small state machine the QML pages observe: sign in (with a TOTP step
// when the account has two-factor on), sign up, restore the last session silently at start-up
// from the stored refresh token, and sign out. Token renewal itself belongs to ApiClient; this
// class persists the refresh token it hands out (TokenStore, mode 0600) and ends the session
// when the server refuses it. It never fakes a login: "preview" is an explicit mode, offered
// only when the server answered that it has no sign-in endpoint.
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>

#include "tokenstore.h"

class ApiClient;
struct ApiResponse;

class SessionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    Q_PROPERTY(bool inShell READ inShell NOTIFY statusChanged)
    // True from the server's totp_required until the code is accepted or the step cancelled.
    Q_PROPERTY(bool totpStep READ totpStep NOTIFY statusChanged)
    Q_PROPERTY(Failure failure READ failure NOTIFY failureChanged)
    // A sentence for people: the translated error for Rejected and SessionEnded, the transport
    // reason for ServerUnreachable, the HTTP status for NotAPaydeskServer and BadResponse.
    Q_PROPERTY(QString failureDetail READ failureDetail NOTIFY failureChanged)
    Q_PROPERTY(QString failureField READ failureField NOTIFY failureChanged)
    Q_PROPERTY(QString failureRequestId READ failureRequestId NOTIFY failureChanged)
    Q_PROPERTY(FieldProblem emailProblem READ emailProblem NOTIFY validationChanged)
    Q_PROPERTY(FieldProblem passwordProblem READ passwordProblem NOTIFY validationChanged)
    Q_PROPERTY(FieldProblem displayNameProblem READ displayNameProblem NOTIFY validationChanged)
    Q_PROPERTY(FieldProblem totpProblem READ totpProblem NOTIFY validationChanged)
    Q_PROPERTY(FieldProblem serverUrlProblem READ serverUrlProblem NOTIFY validationChanged)
    // The signed-in user as the server described it ({"id","email","display_name","role",...}).
    Q_PROPERTY(QVariantMap user READ user NOTIFY userChanged)
    // The shell pages this user may open (pagesForRole of the user's role; all in preview).
    Q_PROPERTY(QStringList pages READ pages NOTIFY userChanged)

public:
    enum class Status {
        SignedOut,
        Restoring, // a stored session is being renewed; keeps trying while the server is away
        CheckingServer,
        SigningIn,
        SigningUp,
        TotpRequired, // waiting for the person to type the authenticator code
        SignedIn,
        Preview
    };
    Q_ENUM(Status)
    enum class Failure {
        None,
        ServerUnreachable,
        NotAPaydeskServer,
        SignInUnsupported,
        Rejected,
        BadResponse,
        SessionEnded // the server refused the stored or renewed session
    };
    Q_ENUM(Failure)
    enum class FieldProblem { None, Missing, Malformed, TooShort };
    Q_ENUM(FieldProblem)
    enum class AccountType { Personal, Business };
    Q_ENUM(AccountType)

    static constexpr auto kDefaultServerUrl = "http://127.0.0.1:8080";
    static constexpr int kMinPasswordLength = 10; // the server's rule, checked before a trip

    explicit SessionController(QObject *parent = nullptr);
    ~SessionController() override;
    static SessionController *create(QQmlEngine *engine, QJSEngine *);
    // The engine's controller (the QML singleton), made on first use; for the models and
    // clients that need the session's ApiClient.
    static SessionController *forEngine(QQmlEngine *engine);

    QString serverUrl() const { return m_serverUrl; }
    // Persists the URL; a malformed one is kept for editing but flagged in serverUrlProblem.
    void setServerUrl(const QString &url);
    // Remembers `url` as the server to sign in to, before any controller exists (paydesk's
    // --server flag). False when the URL is not an http(s) URL.
    static bool storeServerUrl(const QString &url);
    Status status() const { return m_status; }
    bool busy() const;
    bool inShell() const { return m_status == Status::SignedIn || m_status == Status::Preview; }
    bool totpStep() const { return m_totpStep; }
    Failure failure() const { return m_failure; }
    QString failureDetail() const { return m_failureDetail; }
    QString failureField() const { return m_failureField; }
    QString failureRequestId() const { return m_failureRequestId; }
    FieldProblem emailProblem() const { return m_emailProblem; }
    FieldProblem passwordProblem() const { return m_passwordProblem; }
    FieldProblem displayNameProblem() const { return m_displayNameProblem; }
    FieldProblem totpProblem() const { return m_totpProblem; }
    FieldProblem serverUrlProblem() const { return m_serverUrlProblem; }
    QVariantMap user() const { return m_user; }
    QStringList pages() const;

    // Validates, then checks the server and signs in. Ignored while a request runs.
    Q_INVOKABLE void signIn(const QString &email, const QString &password);
    // The second step of a sign-in with two-factor: a 6-digit code or a recovery code.
    Q_INVOKABLE void submitTotp(const QString &code);
    // Leaves the code step and forgets the password typed for it.
    Q_INVOKABLE void cancelTotp();
    Q_INVOKABLE void signUp(const QString &email, const QString &password,
                            const QString &displayName, SessionController::AccountType type,
                            const QString &referralCode);
    // Opens the shell without an account; only after the server said sign-in is unsupported.
    Q_INVOKABLE bool continueInPreview();
    // Ends the session on the server (best effort) and here, and deletes the stored token.
    Q_INVOKABLE void signOut();
    // Clears the inline problems and failure banner, e.g. when the user edits a field.
    Q_INVOKABLE void clearProblems();
    // The shell pages of a role: user → wallet, chat, settings; merchant adds the business
    // pages; admin adds admin. An unknown role gets the user's pages.
    Q_INVOKABLE static QStringList pagesForRole(const QString &role);

    // For the other controllers: the client that carries this session, a fresh description of
    // the account, and a new session the server handed out (a password change).
    ApiClient *api() const { return m_api; }
    void updateUser(const QJsonObject &user);
    bool adoptSession(const QJsonObject &session);
    QString tokenFile() const { return m_store.path(); }

    static FieldProblem checkEmail(const QString &email);
    static FieldProblem checkPassword(const QString &password);
    static FieldProblem checkNewPassword(const QString &password);
    static FieldProblem checkDisplayName(const QString &name);
    static FieldProblem checkTotpCode(const QString &code);
    static FieldProblem checkServerUrl(const QString &url);

Q_SIGNALS:
    void serverUrlChanged();
    void statusChanged();
    void failureChanged();
    void validationChanged();
    void userChanged();

private:
    bool validateForm(const QString &email, FieldProblem passwordProblem,
                      FieldProblem displayNameProblem);
    void checkServer(Status next);
    void requestLogin();
    void requestSignup();
    void finishAuthentication(const ApiResponse &response, Status retryStatus);
    void restore(const QString &refreshToken);
    void onRenewed(const QString &refreshToken, const QJsonObject &user);
    void onSessionLost(const ApiResponse &response);
    void onRenewalDeferred(const ApiResponse &response);
    void endLocally();
    void setStatus(Status status);
    void setTotpStep(bool on);
    void fail(Failure failure, const QString &detail = {}, const QString &field = {},
              const QString &requestId = {});
    void failWith(const ApiResponse &response);

    ApiClient *m_api;
    TokenStore m_store;
    QString m_serverUrl;
    Status m_status = Status::SignedOut;
    bool m_totpStep = false;
    Failure m_failure = Failure::None;
    QString m_failureDetail;
    QString m_failureField;
    QString m_failureRequestId;
    FieldProblem m_emailProblem = FieldProblem::None;
    FieldProblem m_passwordProblem = FieldProblem::None;
    FieldProblem m_displayNameProblem = FieldProblem::None;
    FieldProblem m_totpProblem = FieldProblem::None;
    FieldProblem m_serverUrlProblem = FieldProblem::None;
    QVariantMap m_user;
    // The form being submitted; the password only lives until the sign-in ends.
    QJsonObject m_pendingForm;
};
