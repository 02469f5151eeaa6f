// Where the desktop shell starts: the Main.qml URL the Paydesk QML module produces, and the
// engine set-up main.cpp and the tests share so they load exactly the same thing.
#pragma once

#include <QUrl>

class QQmlEngine;

namespace paydesk::desktop {

// qt_add_qml_module (Qt 6.4, RESOURCE_PREFIX "/") places the module under qrc:/Paydesk/.
QUrl mainQmlUrl();
// Makes `import Paydesk` resolve to the embedded module and selects the Basic controls style.
void prepareEngine(QQmlEngine &engine);

} // namespace paydesk::desktop
