// Qt Quick Test runner for the shell's QML tests in qml/: every test file gets an engine set up
// like the application's (embedded Paydesk module, Basic style) and throwaway settings.
#include "shellentry.h"

#include <QFile>
#include <QQmlEngine>
#include <QSettings>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(PaydeskPlugin)

class ShellTestSetup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        // Never touch the user's real settings or session: a config folder of our own.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_settingsDir.path()));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }
    void qmlEngineAvailable(QQmlEngine *engine) { paydesk::desktop::prepareEngine(*engine); }

private:
    QTemporaryDir m_settingsDir;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_shell, ShellTestSetup)

#include "tst_shell.moc"
