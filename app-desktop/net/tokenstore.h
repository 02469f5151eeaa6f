// Where the refresh token waits between runs: one small file in the user's config folder,
// readable and writable by its owner only (0600), replaced atomically. It never holds the
// access token (short-lived, memory only) and never goes into QSettings, which is world-readable.
#pragma once

#include <QString>

class TokenStore
{
public:
    // `path` empty: defaultPath().
    explicit TokenStore(QString path = {});

    // <generic config folder>/Paydesk/paydesk-session, beside QSettings' Paydesk/paydesk.conf.
    static QString defaultPath();
    QString path() const { return m_path; }

    // The stored refresh token, or empty when there is none (or the file is unreadable).
    QString load() const;
    // Writes the token with mode 0600; false if the folder or file could not be written.
    bool save(const QString &refreshToken) const;
    // Deletes the file; true when no file remains.
    bool clear() const;

private:
    QString m_path;
};
