#include "profilecontroller.h"

#include "apiclient.h"
#include "sessioncontroller.h"

#include <QHash>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kProfilePath = "/api/v1/profile";

// QML speaks camelCase; the API snake_case. The codec is this table.
const QHash<QString, QString> &apiFieldNames()
{
    static const QHash<QString, QString> names{{u"displayName"_s, u"display_name"_s},
                                               {u"phone"_s, u"phone"_s},
                                               {u"avatarColor"_s, u"avatar_color"_s},
                                               {u"language"_s, u"language"_s}};
    return names;
}

} // namespace

ProfileController::ProfileController(QObject *parent)
    : QObject(parent)
{}

void ProfileController::setSession(SessionController *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
    reload();
}

QStringList ProfileController::avatarColors() const
{
    return {u"#4F46E5"_s, u"#0E7C66"_s, u"#B7791F"_s, u"#C53030"_s,
            u"#6B46C1"_s, u"#2B6CB0"_s, u"#D53F8C"_s, u"#2F855A"_s};
}

void ProfileController::reload()
{
    if (!m_session || m_session->status() != SessionController::Status::SignedIn || m_loading)
        return;
    m_loading = true;
    Q_EMIT stateChanged();
    m_session->api()->get(QString::fromLatin1(kProfilePath), this,
                          [this](const ApiResponse &response) {
                              m_loading = false;
                              if (response.succeeded() && m_session)
                                  m_session->updateUser(response.body.value("user"_L1).toObject());
                              else
                                  setError(response);
                              Q_EMIT stateChanged();
                          });
}

void ProfileController::save(const QVariantMap &changes)
{
    if (!m_session || m_saving)
        return;
    QJsonObject body;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (const QString field = apiFieldNames().value(it.key()); !field.isEmpty())
            body.insert(field, it.value().toString().trimmed());
    }
    if (body.value("phone"_L1).toString().isEmpty() && body.contains("phone"_L1))
        body.insert("phone"_L1, QJsonValue::Null); // null clears the number
    QJsonObject prefs;
    if (changes.contains(u"notifyEmail"_s))
        prefs.insert("email"_L1, changes.value(u"notifyEmail"_s).toBool());
    if (changes.contains(u"notifyPush"_s))
        prefs.insert("push"_L1, changes.value(u"notifyPush"_s).toBool());
    if (!prefs.isEmpty())
        body.insert("notification_prefs"_L1, prefs);

    m_errorMessage.clear();
    m_errorField.clear();
    m_saved = false;
    if (body.contains("display_name"_L1) &&
        SessionController::checkDisplayName(body.value("display_name"_L1).toString()) !=
            SessionController::FieldProblem::None) {
        m_errorMessage = tr("Enter a name of at most 80 characters.");
        m_errorField = u"displayName"_s;
        Q_EMIT stateChanged();
        return;
    }
    m_saving = true;
    Q_EMIT stateChanged();
    m_session->api()->put(QString::fromLatin1(kProfilePath), body, this,
                          [this](const ApiResponse &response) {
                              m_saving = false;
                              if (response.succeeded() && m_session) {
                                  m_session->updateUser(response.body.value("user"_L1).toObject());
                                  m_saved = true;
                              } else {
                                  setError(response);
                              }
                              Q_EMIT stateChanged();
                          });
}

void ProfileController::clearMessages()
{
    if (m_errorMessage.isEmpty() && !m_saved)
        return;
    m_errorMessage.clear();
    m_errorField.clear();
    m_saved = false;
    Q_EMIT stateChanged();
}

void ProfileController::setError(const ApiResponse &response)
{
    m_errorMessage = ApiClient::userMessage(response);
    m_errorField = apiFieldNames().key(response.error ? response.error->field : QString());
}
