// paydeskd: parse the configuration, build the object graph, run.
#include "config/config.h"
#include "http/jsonlog.h"
#include "serverapp.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"paydeskd"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));

    auto config = paydesk::server::loadConfig(app.arguments());
    if (!config) {
        const bool help = app.arguments().contains(u"--help"_s) ||
                          app.arguments().contains(u"-h"_s);
        std::fprintf(help ? stdout : stderr, "%s\n", qPrintable(config.error().message));
        return help ? 0 : 2;
    }
    paydesk::server::jsonlog::install(config->logLevel);

    paydesk::server::ServerApp server(*config);
    QObject::connect(&server, &paydesk::server::ServerApp::done, &app, &QCoreApplication::exit);
    auto port = server.start();
    if (!port) {
        std::fprintf(stderr, "paydeskd: %s\n", qPrintable(port.error().message));
        return 1;
    }
    const QString host = config->bindAddress.protocol() == QAbstractSocket::IPv6Protocol
                             ? u"[%1]"_s.arg(config->bindAddress.toString())
                             : config->bindAddress.toString();
    std::printf("paydeskd listening on http://%s:%u (threads %d, database %s)\n", qPrintable(host),
                unsigned(*port), config->workerThreads,
                qPrintable(server.databaseParams().describe()));
    std::fflush(stdout);
    return app.exec();
}
