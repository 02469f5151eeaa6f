#include "tokenstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTokenStore, "paydesk.session.store")

namespace {
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr qint64 kLongestToken = 4096; // anything bigger is not ours
} // namespace

TokenStore::TokenStore(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{}

QString TokenStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/Paydesk/paydesk-session"_s;
}

QString TokenStore::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (file.permissions() & ~(kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) {
        // Someone widened the mode: the token may have been read. Do not use it.
        qCWarning(lcTokenStore) << "ignoring a session file others can read:" << m_path;
        clear();
        return {};
    }
    if (!file.open(QIODevice::ReadOnly) || file.size() > kLongestToken)
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

bool TokenStore::save(const QString &refreshToken) const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return false;
    // QSaveFile writes a temporary file and renames it over the old one, so a crash never
    // leaves half a token; the mode is set on the temporary file before anything is written.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly)) {
        qCWarning(lcTokenStore) << "cannot write" << m_path << file.errorString();
        return false;
    }
    file.write(refreshToken.toUtf8());
    if (!file.commit()) {
        qCWarning(lcTokenStore) << "cannot write" << m_path << file.errorString();
        return false;
    }
    return true;
}

bool TokenStore::clear() const
{
    return !QFile::exists(m_path) || QFile::remove(m_path);
}
