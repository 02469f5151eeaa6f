// The signed-in person's profile for the Settings page: loads it (GET /profile) when `session`
// is set and saves changes (PUT /profile). The values themselves live in SessionController.user,
// so the sidebar and every page see a saved name or colour at once. It never keeps a copy.
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantMap>

class SessionController;
Q_MOC_INCLUDE("sessioncontroller.h")
struct ApiResponse;

class ProfileController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    // Setting it (re)loads the profile.
    Q_PROPERTY(SessionController *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY stateChanged)
    // The last failure as a sentence for people, and the profile field it concerns (camelCase:
    // displayName, phone, avatarColor, language), if any.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY stateChanged)
    // True after a save succeeded, until the next edit or save.
    Q_PROPERTY(bool saved READ saved NOTIFY stateChanged)
    // The avatar colours the server accepts well (any #RRGGBB is valid).
    Q_PROPERTY(QStringList avatarColors READ avatarColors CONSTANT)

public:
    explicit ProfileController(QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    bool loading() const { return m_loading; }
    bool saving() const { return m_saving; }
    QString errorMessage() const { return m_errorMessage; }
    QString errorField() const { return m_errorField; }
    bool saved() const { return m_saved; }
    QStringList avatarColors() const;

    Q_INVOKABLE void reload();
    // `changes`: any of displayName, phone (empty clears it), avatarColor, language,
    // notifyEmail, notifyPush. Only the given keys are sent.
    Q_INVOKABLE void save(const QVariantMap &changes);
    // Forgets the error and the saved notice (the person edits again).
    Q_INVOKABLE void clearMessages();

Q_SIGNALS:
    void sessionChanged();
    void stateChanged();

private:
    void setError(const ApiResponse &response);

    QPointer<SessionController> m_session;
    bool m_loading = false;
    bool m_saving = false;
    bool m_saved = false;
    QString m_errorMessage;
    QString m_errorField;
};
