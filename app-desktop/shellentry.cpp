#include "shellentry.h"

#include <QQmlEngine>
#include <QQuickStyle>

using namespace Qt::StringLiterals;

namespace paydesk::desktop {

QUrl mainQmlUrl()
{
    return QUrl(u"qrc:/Paydesk/Main.qml"_s);
}

void prepareEngine(QQmlEngine &engine)
{
    // The Basic style is fully customisable and ships with Debian's qml6-module-qtquick-controls;
    // every control the shell uses restyles its background and content from Theme.
    QQuickStyle::setStyle(u"Basic"_s);
    engine.addImportPath(u"qrc:/"_s);
}

} // namespace paydesk::desktop
