// The Settings page's security section: change the password, set or change the transaction
// PIN, and turn two-factor sign-in on (enrol with a QR code, confirm with a first code, show the
// recovery codes once) or off. One action runs at a time; each reports success or a sentence
// for people. It never stores a secret: the TOTP secret and recovery codes live only in
// memory, until the person moves on.
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

class SessionController;
Q_MOC_INCLUDE("sessioncontroller.h")
struct ApiResponse;
class QJsonObject;

class SecurityController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(SessionController *session READ session WRITE setSession NOTIFY sessionChanged)
    // The action running now (None when idle), the one that failed last and the one that
    // succeeded last; a page shows each section's message under that section.
    Q_PROPERTY(Action busyAction READ busyAction NOTIFY stateChanged)
    Q_PROPERTY(Action errorAction READ errorAction NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
    // The input the error concerns: current, password, repeat, pin, code.
    Q_PROPERTY(QString errorField READ errorField NOTIFY stateChanged)
    Q_PROPERTY(Action doneAction READ doneAction NOTIFY stateChanged)
    Q_PROPERTY(TwoFactorStep twoFactorStep READ twoFactorStep NOTIFY twoFactorChanged)
    // During enrolment: the secret in groups of four (to type by hand) and the server's QR code
    // as a data:image/png URL, usable as an Image source.
    Q_PROPERTY(QString totpSecret READ totpSecret NOTIFY twoFactorChanged)
    Q_PROPERTY(QString totpQrCode READ totpQrCode NOTIFY twoFactorChanged)
    // After confirming: the one-time recovery codes, shown once.
    Q_PROPERTY(QStringList recoveryCodes READ recoveryCodes NOTIFY twoFactorChanged)

public:
    enum class Action { None, Password, Pin, TwoFactor };
    Q_ENUM(Action)
    enum class TwoFactorStep { Off, Enrolling, RecoveryCodes, On };
    Q_ENUM(TwoFactorStep)

    explicit SecurityController(QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    Action busyAction() const { return m_busy; }
    Action errorAction() const { return m_errorAction; }
    QString errorMessage() const { return m_errorMessage; }
    QString errorField() const { return m_errorField; }
    Action doneAction() const { return m_done; }
    TwoFactorStep twoFactorStep() const;
    QString totpSecret() const;
    QString totpQrCode() const { return m_qrCode; }
    QStringList recoveryCodes() const { return m_recoveryCodes; }

    // Ends every other session; this one continues with the new tokens the server returns.
    Q_INVOKABLE void changePassword(const QString &current, const QString &next,
                                    const QString &repeat);
    Q_INVOKABLE void setPin(const QString &password, const QString &pin, const QString &repeat);
    Q_INVOKABLE void startTwoFactor();
    Q_INVOKABLE void confirmTwoFactor(const QString &code);
    // Drops an unfinished enrolment (the server keeps two-factor off until confirmed).
    Q_INVOKABLE void cancelTwoFactor();
    // The person has saved the recovery codes: forget them.
    Q_INVOKABLE void finishRecoveryCodes();
    Q_INVOKABLE void disableTwoFactor(const QString &password, const QString &code);
    Q_INVOKABLE void clearMessages();

    static bool isPin(const QString &pin);

Q_SIGNALS:
    void sessionChanged();
    void stateChanged();
    void twoFactorChanged();

private:
    using Success = void (SecurityController::*)(const QJsonObject &);
    bool start();
    void post(Action action, const QString &path, const QJsonObject &body, Success onSuccess);
    void refuse(Action action, const QString &message, const QString &field);
    void passwordChanged(const QJsonObject &body);
    void pinSet(const QJsonObject &body);
    void enrolled(const QJsonObject &body);
    void confirmed(const QJsonObject &body);
    void disabled(const QJsonObject &body);
    void markUser(const QString &key, bool value);

    QPointer<SessionController> m_session;
    Action m_busy = Action::None;
    Action m_errorAction = Action::None;
    Action m_done = Action::None;
    QString m_errorMessage;
    QString m_errorField;
    QString m_secret;
    QString m_qrCode;
    QStringList m_recoveryCodes;
};
