// paydesk-demo: starts a fresh paydeskd on a throwaway PostgreSQL, fills it with the demo
// world (demoseed.h), prints where it listens and how to sign in, then keeps creating a test
// payment every few seconds so the console's live monitor has something to show. Stops (and
// removes its data) on Ctrl-C or SIGTERM.
//   paydesk-demo [--bulk N] [--traffic SECONDS]
#include "demoseed.h"
#include "testserver.h"
#include "walletseed.h"
#include "webhookreceiver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

std::atomic<bool> g_stop{false};

void requestStop(int)
{
    g_stop = true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Runs paydeskd with a seeded demo merchant console."_s);
    parser.addHelpOption();
    const QCommandLineOption bulk(u"bulk"_s, u"Add <n> more test payments (scrolling check)."_s,
                                  u"n"_s, u"0"_s);
    const QCommandLineOption traffic(
        u"traffic"_s, u"Seconds between live demo payments (0: none)."_s, u"seconds"_s, u"5"_s);
    parser.addOption(bulk);
    parser.addOption(traffic);
    parser.process(app);

    paydesk::test::TestServer server;
    if (!server.start(paydesk::demo::serverArguments())) {
        std::fprintf(stderr, "paydeskd did not start:\n%s\n", qPrintable(server.log()));
        return 1;
    }
    paydesk::test::WebhookReceiver receiver;
    if (!receiver.listen())
        return 1;
    QElapsedTimer clock;
    clock.start();
    paydesk::demo::DemoWorld world;
    if (!paydesk::demo::seedDemo(server, receiver, world)) {
        std::fprintf(stderr, "seeding the demo failed\n");
        return 1;
    }
    if (const int n = parser.value(bulk).toInt();
        n > 0 && !paydesk::demo::addBulkPayments(server, world, n))
        return 1;
    std::printf("Paydesk demo seeded in %.1f s\n", clock.elapsed() / 1000.0);
    std::printf("  merchant: %s / %s\n  admin:    %s / %s\n", paydesk::demo::kMerchantEmail,
                paydesk::demo::kPassword, paydesk::demo::kAdminEmail, paydesk::demo::kPassword);
    std::printf("  person:   %s / %s (PIN %s; wallet and chats)\n", paydesk::demo::kPersonalEmail,
                paydesk::demo::kPassword, paydesk::demo::kPersonalPin);
    std::printf("  test API key: %s\n", qPrintable(world.testKeys.value(0)));
    std::printf("listening on %s\n", qPrintable(server.url({}).toString()));
    std::fflush(stdout);

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &app, [] {
        if (g_stop)
            QCoreApplication::quit();
    });
    stopCheck.start(200);
    QTimer trafficTimer;
    int n = 0;
    QObject::connect(&trafficTimer, &QTimer::timeout, &app,
                     [&] { paydesk::demo::createLivePayment(server, world, n++); });
    if (const int seconds = parser.value(traffic).toInt(); seconds > 0)
        trafficTimer.start(seconds * 1000);
    const int code = QCoreApplication::exec();
    server.stop();
    return code;
}
