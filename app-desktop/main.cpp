// paydesk: wiring only. Application identity, the QML engine, Main.qml; behaviour lives in
// paydesk_desktop (controllers/, net/) and the Paydesk QML module (qml/).
#include "controllers/paymentrequest.h"
#include "controllers/sessioncontroller.h"
#include "shellentry.h"

#include <QCommandLineParser>
#include <cstdio>

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PaydeskPlugin)

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // QApplication, not QGuiApplication: Qt Charts' ChartView needs the widgets machinery.
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Paydesk"_s);
    QApplication::setApplicationName(u"paydesk"_s);
    QApplication::setApplicationDisplayName(u"Paydesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Paydesk: merchant console, wallet and messenger."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(u"server"_s, u"Sign in to the paydeskd at <url>."_s, u"url"_s);
    parser.addOption(server);
    parser.addPositionalArgument(u"link"_s, u"A paydesk://pay/<id> payment link to open."_s,
                                 u"[link]"_s);
    parser.process(app);
    if (parser.isSet(server) && !SessionController::storeServerUrl(parser.value(server))) {
        std::fprintf(stderr, "paydesk: --server needs an http(s) URL\n");
        return 2;
    }

    // paydesk://pay/<id>: from the command line (the desktop's scheme handler) or in-app links.
    PayLinks::instance()->takeArguments(parser.positionalArguments());
    PayLinks::instance()->registerHandler();

    QQmlApplicationEngine engine;
    paydesk::desktop::prepareEngine(engine);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(EXIT_FAILURE); }, Qt::QueuedConnection);
    engine.load(paydesk::desktop::mainQmlUrl());
    return QApplication::exec();
}
