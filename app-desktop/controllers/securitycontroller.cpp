#include "securitycontroller.h"

#include "apiclient.h"
#include "sessioncontroller.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The API names some inputs differently from the form; the form's names win.
QString formField(SecurityController::Action action, const QString &apiField)
{
    if (apiField == "current_password"_L1)
        return u"current"_s;
    if (apiField == "new_password"_L1)
        return u"password"_s;
    if (apiField == "password"_L1 && action == SecurityController::Action::Password)
        return u"current"_s;
    if (apiField == "totp_code"_L1)
        return u"code"_s;
    return apiField;
}

} // namespace

SecurityController::SecurityController(QObject *parent)
    : QObject(parent)
{}

void SecurityController::setSession(SessionController *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &SessionController::userChanged, this,
                &SecurityController::twoFactorChanged);
    Q_EMIT sessionChanged();
    Q_EMIT twoFactorChanged();
}

SecurityController::TwoFactorStep SecurityController::twoFactorStep() const
{
    if (!m_recoveryCodes.isEmpty())
        return TwoFactorStep::RecoveryCodes;
    if (!m_secret.isEmpty())
        return TwoFactorStep::Enrolling;
    const bool on = m_session && m_session->user().value(u"totp_enabled"_s).toBool();
    return on ? TwoFactorStep::On : TwoFactorStep::Off;
}

QString SecurityController::totpSecret() const
{
    QStringList groups;
    for (qsizetype i = 0; i < m_secret.size(); i += 4)
        groups.append(m_secret.mid(i, 4));
    return groups.join(u' ');
}

bool SecurityController::isPin(const QString &pin)
{
    static const QRegularExpression shape(u"^[0-9]{4,6}$"_s);
    return shape.match(pin).hasMatch();
}

void SecurityController::changePassword(const QString &current, const QString &next,
                                        const QString &repeat)
{
    if (!start())
        return;
    if (current.isEmpty())
        return refuse(Action::Password, tr("Enter your current password."), u"current"_s);
    if (SessionController::checkNewPassword(next) != SessionController::FieldProblem::None)
        return refuse(Action::Password, tr("Use at least 10 characters."), u"password"_s);
    if (next != repeat)
        return refuse(Action::Password, tr("The two passwords differ."), u"repeat"_s);
    post(Action::Password, u"/api/v1/profile/change-password"_s,
         {{"current_password"_L1, current}, {"new_password"_L1, next}},
         &SecurityController::passwordChanged);
}

void SecurityController::setPin(const QString &password, const QString &pin, const QString &repeat)
{
    if (!start())
        return;
    if (password.isEmpty())
        return refuse(Action::Pin, tr("Enter your password to confirm it is you."), u"password"_s);
    if (!isPin(pin))
        return refuse(Action::Pin, tr("A PIN is 4 to 6 digits."), u"pin"_s);
    if (pin != repeat)
        return refuse(Action::Pin, tr("The two PINs differ."), u"repeat"_s);
    post(Action::Pin, u"/api/v1/profile/pin"_s, {{"password"_L1, password}, {"pin"_L1, pin}},
         &SecurityController::pinSet);
}

void SecurityController::startTwoFactor()
{
    if (start())
        post(Action::TwoFactor, u"/api/v1/profile/2fa/enroll"_s, {}, &SecurityController::enrolled);
}

void SecurityController::confirmTwoFactor(const QString &code)
{
    if (!start())
        return;
    const QString digits = code.simplified().remove(u' ');
    static const QRegularExpression shape(u"^[0-9]{6}$"_s);
    if (!shape.match(digits).hasMatch())
        return refuse(Action::TwoFactor, tr("Enter the 6-digit code your app shows."), u"code"_s);
    post(Action::TwoFactor, u"/api/v1/profile/2fa/confirm"_s, {{"code"_L1, digits}},
         &SecurityController::confirmed);
}

void SecurityController::cancelTwoFactor()
{
    m_secret.clear();
    m_qrCode.clear();
    clearMessages();
    Q_EMIT twoFactorChanged();
}

void SecurityController::finishRecoveryCodes()
{
    m_recoveryCodes.clear();
    Q_EMIT twoFactorChanged();
}

void SecurityController::disableTwoFactor(const QString &password, const QString &code)
{
    if (!start())
        return;
    if (password.isEmpty())
        return refuse(Action::TwoFactor, tr("Enter your password to confirm it is you."),
                      u"password"_s);
    if (code.trimmed().isEmpty())
        return refuse(Action::TwoFactor, tr("Enter a code from your app or a recovery code."),
                      u"code"_s);
    post(Action::TwoFactor, u"/api/v1/profile/2fa/disable"_s,
         {{"password"_L1, password}, {"code"_L1, code.trimmed().remove(u' ')}},
         &SecurityController::disabled);
}

void SecurityController::clearMessages()
{
    if (m_errorAction == Action::None && m_done == Action::None)
        return;
    m_errorAction = m_done = Action::None;
    m_errorMessage.clear();
    m_errorField.clear();
    Q_EMIT stateChanged();
}

bool SecurityController::start()
{
    if (!m_session || m_busy != Action::None)
        return false;
    m_errorAction = m_done = Action::None;
    m_errorMessage.clear();
    m_errorField.clear();
    Q_EMIT stateChanged();
    return true;
}

void SecurityController::post(Action action, const QString &path, const QJsonObject &body,
                              Success onSuccess)
{
    m_busy = action;
    Q_EMIT stateChanged();
    m_session->api()->post(path, body, this, [this, action, onSuccess](const ApiResponse &r) {
        m_busy = Action::None;
        if (r.succeeded()) {
            m_done = action;
            (this->*onSuccess)(r.body);
        } else {
            m_errorAction = action;
            m_errorMessage = ApiClient::userMessage(r);
            m_errorField = formField(action, r.error ? r.error->field : QString());
        }
        Q_EMIT stateChanged();
    });
}

void SecurityController::refuse(Action action, const QString &message, const QString &field)
{
    m_errorAction = action;
    m_errorMessage = message;
    m_errorField = field;
    Q_EMIT stateChanged();
}

void SecurityController::passwordChanged(const QJsonObject &body)
{
    // The server ended every session but hands this one fresh tokens.
    if (m_session)
        m_session->adoptSession(body);
}

void SecurityController::pinSet(const QJsonObject &)
{
    markUser(u"pin_set"_s, true);
}

void SecurityController::enrolled(const QJsonObject &body)
{
    m_done = Action::None; // the enrolment is a step, not a result
    m_secret = body.value("secret"_L1).toString();
    m_qrCode = body.value("qr_code"_L1).toString();
    Q_EMIT twoFactorChanged();
}

void SecurityController::confirmed(const QJsonObject &body)
{
    m_secret.clear();
    m_qrCode.clear();
    for (const QJsonValue code : body.value("recovery_codes"_L1).toArray())
        m_recoveryCodes.append(code.toString());
    markUser(u"totp_enabled"_s, true);
    Q_EMIT twoFactorChanged();
}

void SecurityController::disabled(const QJsonObject &)
{
    markUser(u"totp_enabled"_s, false);
}

void SecurityController::markUser(const QString &key, bool value)
{
    if (!m_session)
        return;
    QJsonObject user = QJsonObject::fromVariantMap(m_session->user());
    user.insert(key, value);
    m_session->updateUser(user);
}
