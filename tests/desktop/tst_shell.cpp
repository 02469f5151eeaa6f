// Qt Quick Test runner for the shell's QML tests in qml/: every test file gets an engine set up
// like the application's (embedded Paydesk module, Basic style) and throwaway settings.
#include "shellentry.h"

#include <QApplication>
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

// A QApplication, as in paydesk: the dashboard's Qt Charts need the widgets machinery, and
// quick_test_main uses the application that already exists.
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ShellTestSetup setup;
    return quick_test_main_with_setup(argc, argv, "tst_shell", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_shell.moc"
