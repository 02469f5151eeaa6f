// The sign-in flow as a small state machine the QML pages observe: validate the form, check that
// the server answers GET /health, then POST /api/v1/auth/login. Tokens live in memory only.
// It never fakes a login: "preview" is an explicit mode, offered only when the server answered
// that it has no sign-in endpoint yet.
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

class ApiClient;

class SessionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    Q_PROPERTY(bool inShell READ inShell NOTIFY statusChanged)
    Q_PROPERTY(Failure failure READ failure NOTIFY failureChanged)
    // The server's message for Rejected, the transport reason for ServerUnreachable, the HTTP
    // status for BadResponse.
    Q_PROPERTY(QString failureDetail READ failureDetail NOTIFY failureChanged)
    Q_PROPERTY(QString failureField READ failureField NOTIFY failureChanged)
    Q_PROPERTY(QString failureRequestId READ failureRequestId NOTIFY failureChanged)
    Q_PROPERTY(FieldProblem emailProblem READ emailProblem NOTIFY validationChanged)
    Q_PROPERTY(FieldProblem passwordProblem READ passwordProblem NOTIFY validationChanged)
    Q_PROPERTY(FieldProblem serverUrlProblem READ serverUrlProblem NOTIFY validationChanged)
    // The signed-in user as the server described it ({"id","email","display_name",...}).
    Q_PROPERTY(QVariantMap user READ user NOTIFY userChanged)

public:
    enum class Status { SignedOut, CheckingServer, SigningIn, SignedIn, Preview };
    Q_ENUM(Status)
    enum class Failure {
        None,
        ServerUnreachable,
        NotAPaydeskServer,
        SignInUnsupported,
        Rejected,
        BadResponse
    };
    Q_ENUM(Failure)
    enum class FieldProblem { None, Missing, Malformed };
    Q_ENUM(FieldProblem)

    static constexpr auto kDefaultServerUrl = "http://127.0.0.1:8080";

    explicit SessionController(QObject *parent = nullptr);
    ~SessionController() override;
    static SessionController *create(QQmlEngine *engine, QJSEngine *);

    QString serverUrl() const { return m_serverUrl; }
    // Persists the URL; a malformed one is kept for editing but flagged in serverUrlProblem.
    void setServerUrl(const QString &url);
    // Remembers `url` as the server to sign in to, before any controller exists (paydesk's
    // --server flag). False when the URL is not an http(s) URL.
    static bool storeServerUrl(const QString &url);
    Status status() const { return m_status; }
    bool busy() const
    {
        return m_status == Status::CheckingServer || m_status == Status::SigningIn;
    }
    bool inShell() const { return m_status == Status::SignedIn || m_status == Status::Preview; }
    Failure failure() const { return m_failure; }
    QString failureDetail() const { return m_failureDetail; }
    QString failureField() const { return m_failureField; }
    QString failureRequestId() const { return m_failureRequestId; }
    FieldProblem emailProblem() const { return m_emailProblem; }
    FieldProblem passwordProblem() const { return m_passwordProblem; }
    FieldProblem serverUrlProblem() const { return m_serverUrlProblem; }
    QVariantMap user() const { return m_user; }

    // Validates, then checks the server and signs in. Ignored while a request runs.
    Q_INVOKABLE void signIn(const QString &email, const QString &password);
    // Opens the shell without an account; only after the server said sign-in is unsupported.
    Q_INVOKABLE bool continueInPreview();
    Q_INVOKABLE void signOut();
    // Clears the inline problem and failure banner, e.g. when the user edits a field.
    Q_INVOKABLE void clearProblems();

    static FieldProblem checkEmail(const QString &email);
    static FieldProblem checkPassword(const QString &password);
    static FieldProblem checkServerUrl(const QString &url);

Q_SIGNALS:
    void serverUrlChanged();
    void statusChanged();
    void failureChanged();
    void validationChanged();
    void userChanged();

private:
    void checkServer(const QString &email, const QString &password);
    void requestLogin(const QString &email, const QString &password);
    void setStatus(Status status);
    void fail(Failure failure, const QString &detail = {}, const QString &field = {},
              const QString &requestId = {});

    ApiClient *m_api;
    QString m_serverUrl;
    Status m_status = Status::SignedOut;
    Failure m_failure = Failure::None;
    QString m_failureDetail;
    QString m_failureField;
    QString m_failureRequestId;
    FieldProblem m_emailProblem = FieldProblem::None;
    FieldProblem m_passwordProblem = FieldProblem::None;
    FieldProblem m_serverUrlProblem = FieldProblem::None;
    QVariantMap m_user;
    QString m_accessToken;
    QString m_refreshToken;
};
