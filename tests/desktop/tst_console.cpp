// The merchant console end to end: a real paydeskd seeded with the demo world (demoseed.h),
// the real Main.qml offscreen, signed in as the demo merchant and then as the administrator.
// Every console page is saved as a PNG in both themes under PAYDESK_SCREENSHOT_DIR/console;
// a payment created over REST must reach the live monitor and the KPIs within a second; a
// restarted paydeskd must show "reconnecting" and then catch up; 100 000 payments must
// scroll without a long frame and with bounded memory.
#include "demoseed.h"
#include "paymentsmodel.h"
#include "preferences.h"
#include "quickitems.h"
#include "realtimeclient.h"
#include "sessioncontroller.h"
#include "shellentry.h"
#include "testclient.h"
#include "testserver.h"
#include "webhookreceiver.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(PaydeskPlugin)

using namespace Qt::StringLiterals;
using paydesk::test::findItem;
using paydesk::test::TestServer;

namespace {

qint64 residentKib()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class tst_Console : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void merchantPagesInBothThemes();
    void paymentDrawerShowsDetail();
    void consoleInFrench();
    void restPaymentReachesMonitorAndKpisWithinASecond();
    void restartedServerShowsReconnectingThenCatchesUp();
    void adminPagesInBothThemes();
    void everyPageIsKeyboardReachableWithNames();
    void hundredThousandPaymentsScrollWithoutFreezing();

private:
    void signIn(const QString &email);
    QQuickItem *item(const QString &name);
    void showPage(const QString &key);
    void capture(const QString &name);
    QString kpi(const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestServer> m_server;
    paydesk::test::WebhookReceiver m_receiver;
    paydesk::demo::DemoWorld m_world;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    SessionController *m_session = nullptr;
    Preferences *m_preferences = nullptr;
    QString m_dir;
};

void tst_Console::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_settingsDir.path()));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    m_dir = QStringLiteral(PAYDESK_SCREENSHOT_DIR) + u"/console"_s;
    QVERIFY(QDir().mkpath(m_dir));
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(paydesk::demo::serverArguments()), qPrintable(m_server->log()));
    QVERIFY(m_receiver.listen());
    QVERIFY(paydesk::demo::seedDemo(*m_server, m_receiver, m_world));
    QTest::qWait(1500); // let the dispatcher make its first webhook attempts

    m_engine = std::make_unique<QQmlApplicationEngine>();
    paydesk::desktop::prepareEngine(*m_engine);
    m_engine->load(paydesk::desktop::mainQmlUrl());
    QCOMPARE(m_engine->rootObjects().size(), 1);
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window && QTest::qWaitForWindowExposed(m_window));
    m_window->resize(1440, 900);
    m_session = m_engine->singletonInstance<SessionController *>(
        qmlTypeId("Paydesk", 1, 0, "SessionController"));
    QCOMPARE(SessionController::forEngine(m_engine.get()), m_session);
    m_preferences =
        m_engine->singletonInstance<Preferences *>(qmlTypeId("Paydesk", 1, 0, "Preferences"));
    QVERIFY(m_session && m_preferences);
    signIn(QString::fromLatin1(paydesk::demo::kMerchantEmail));
}

void tst_Console::cleanupTestCase()
{
    m_engine.reset();
    if (m_server)
        m_server->stop();
}

void tst_Console::signIn(const QString &email)
{
    m_session->setServerUrl(m_server->url({}).toString());
    m_session->signIn(email, QString::fromLatin1(paydesk::demo::kPassword));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->status(), SessionController::Status::SignedIn, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(item(u"sidebar"_s), 20000);
    auto *realtime = RealtimeClient::forEngine(m_engine.get());
    QTRY_COMPARE_WITH_TIMEOUT(realtime->state(), RealtimeClient::State::Live, 10000);
}

void tst_Console::merchantPagesInBothThemes()
{
    for (const bool dark : {false, true}) {
        m_preferences->setDarkTheme(dark);
        const QString theme = dark ? u"dark"_s : u"light"_s;
        showPage(u"dashboard"_s);
        QTRY_VERIFY_WITH_TIMEOUT(kpi(u"kpiTotal"_s) != "0"_L1 && !kpi(u"kpiTotal"_s).isEmpty(),
                                 10000);
        QTest::qWait(400); // charts
        capture(u"dashboard-"_s + theme);
        showPage(u"payments"_s);
        QTRY_VERIFY_WITH_TIMEOUT(item(u"paymentsList"_s)->property("count").toInt() > 50, 10000);
        capture(u"payments-"_s + theme);
        showPage(u"webhooks"_s);
        QTRY_VERIFY_WITH_TIMEOUT(item(u"deliveryList"_s)->property("count").toInt() > 0, 10000);
        capture(u"webhooks-"_s + theme);
        QObject *webhooks = m_window->findChild<QObject *>(u"webhooksController"_s);
        QVERIFY(webhooks);
        const auto *deliveries =
            item(u"deliveryList"_s)->property("model").value<QAbstractItemModel *>();
        QVERIFY(deliveries);
        QMetaObject::invokeMethod(webhooks, "openDelivery",
                                  Q_ARG(QString, deliveries->index(0, 0).data().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(
            !webhooks->property("delivery").toMap().value(u"deliveryId"_s).toString().isEmpty(),
            10000);
        QTest::qWait(300);
        capture(u"webhooks-delivery-"_s + theme);
        showPage(u"apiKeys"_s);
        QTRY_VERIFY_WITH_TIMEOUT(item(u"appList"_s)->property("count").toInt() >= 3, 10000);
        // The shop's main test app: a key in its grace period beside the new one.
        item(u"apiKeysPage"_s)->setProperty("picked", 3);
        QTRY_COMPARE(item(u"selectedAppName"_s)->property("text").toString(),
                     u"Lagos Coffee Roasters"_s);
        QTest::qWait(700);
        capture(u"apikeys-"_s + theme);
    }
    m_preferences->setDarkTheme(false);
}

void tst_Console::paymentDrawerShowsDetail()
{
    showPage(u"payments"_s);
    QQuickItem *list = item(u"paymentsList"_s);
    QVERIFY(list);
    auto *model = list->property("model").value<QAbstractItemModel *>();
    QVERIFY(model && model->rowCount() > 0);
    item(u"paymentDrawer"_s)->setProperty("paymentId", model->index(0, 0).data().toString());
    QTRY_VERIFY_WITH_TIMEOUT(
        !item(u"drawerAmount"_s)->property("text").toString().trimmed().isEmpty(), 10000);
    QTest::qWait(400);
    capture(u"payments-drawer-light"_s);
    m_preferences->setDarkTheme(true);
    capture(u"payments-drawer-dark"_s);
    m_preferences->setDarkTheme(false);
    item(u"paymentDrawer"_s)->setProperty("paymentId", QString());
}

void tst_Console::consoleInFrench()
{
    m_preferences->setLanguage(u"fr"_s);
    for (const QString &page : {u"dashboard"_s, u"payments"_s, u"webhooks"_s, u"apiKeys"_s}) {
        showPage(page);
        QTest::qWait(700);
        capture(page.toLower() + u"-fr-light"_s);
    }
    QCOMPARE(item(u"nav_dashboard"_s)->property("text").toString(), u"Tableau de bord"_s);
    m_preferences->setLanguage(u"en"_s);
}

QString tst_Console::kpi(const QString &name)
{
    QQuickItem *card = item(name);
    QQuickItem *value = card ? findItem(card, u"kpiValue"_s) : nullptr;
    return value ? value->property("text").toString() : QString();
}

void tst_Console::restPaymentReachesMonitorAndKpisWithinASecond()
{
    showPage(u"dashboard"_s);
    QQuickItem *live = item(u"liveList"_s);
    QVERIFY(live);
    QTRY_VERIFY(!kpi(u"kpiTotal"_s).isEmpty());
    const QString totalBefore = kpi(u"kpiTotal"_s);
    const int eventsBefore = live->property("count").toInt();
    QElapsedTimer clock;
    clock.start();
    const auto created = paydesk::test::sendJson(
        *m_server, "POST", u"/api/v1/payments"_s,
        {{"amount"_L1, 777700}, {"currency"_L1, u"NGN"_s}, {"reference_id"_L1, u"LIVE-CHECK-1"_s}},
        m_world.testKeys.value(0));
    QCOMPARE(created.status, 201);
    QTRY_VERIFY_WITH_TIMEOUT(live->property("count").toInt() > eventsBefore, 1000);
    QTRY_VERIFY_WITH_TIMEOUT(kpi(u"kpiTotal"_s) != totalBefore, 1000);
    qInfo("payment created over REST: in the live monitor and the KPIs after %lld ms",
          clock.elapsed());
    QTest::qWait(300);
    capture(u"dashboard-live-light"_s);
}

void tst_Console::restartedServerShowsReconnectingThenCatchesUp()
{
    auto *realtime = RealtimeClient::forEngine(m_engine.get());
    const QString port = QString::number(m_server->port());
    QCOMPARE(m_server->stop(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(realtime->state(), RealtimeClient::State::Reconnecting, 5000);
    QTRY_VERIFY(
        item(u"connectionLabel"_s)->property("text").toString().startsWith(u"Reconnecting"_s));
    capture(u"dashboard-reconnecting-light"_s);
    QVERIFY2(m_server->start(paydesk::demo::serverArguments() + QStringList{u"--port"_s, port}),
             qPrintable(m_server->log()));
    QCOMPARE(QString::number(m_server->port()), port);
    // A payment made right after the restart arrives once the console is back.
    QQuickItem *live = item(u"liveList"_s);
    const int eventsBefore = live->property("count").toInt();
    QTRY_COMPARE_WITH_TIMEOUT(realtime->state(), RealtimeClient::State::Live, 40000);
    QCOMPARE(paydesk::test::sendJson(*m_server, "POST", u"/api/v1/payments"_s,
                                     {{"amount"_L1, 123400},
                                      {"currency"_L1, u"NGN"_s},
                                      {"reference_id"_L1, u"AFTER-RESTART-1"_s}},
                                     m_world.testKeys.value(0))
                 .status,
             201);
    QTRY_VERIFY_WITH_TIMEOUT(live->property("count").toInt() > eventsBefore, 3000);
}

void tst_Console::adminPagesInBothThemes()
{
    m_session->signOut();
    QTRY_COMPARE(m_session->status(), SessionController::Status::SignedOut);
    signIn(QString::fromLatin1(paydesk::demo::kAdminEmail));
    showPage(u"admin"_s);
    QQuickItem *sections = item(u"adminSections"_s);
    QVERIFY(sections);
    for (const bool dark : {false, true}) {
        m_preferences->setDarkTheme(dark);
        const QString theme = dark ? u"dark"_s : u"light"_s;
        for (const QString &section :
             {u"users"_s, u"transactions"_s, u"reconciliation"_s, u"rates"_s}) {
            item(u"adminPage"_s)->setProperty("section", section);
            QTest::qWait(900);
            capture(u"admin-%1-%2"_s.arg(section, theme));
        }
        // An administrator without apps sees the console's empty states.
        showPage(u"dashboard"_s);
        QTest::qWait(700);
        capture(u"dashboard-empty-"_s + theme);
        showPage(u"admin"_s);
    }
    m_preferences->setDarkTheme(false);
}

void tst_Console::hundredThousandPaymentsScrollWithoutFreezing()
{
    m_session->signOut();
    QTRY_COMPARE(m_session->status(), SessionController::Status::SignedOut);
    QVERIFY(paydesk::demo::addBulkPayments(*m_server, m_world, 100000));
    signIn(QString::fromLatin1(paydesk::demo::kMerchantEmail));
    showPage(u"payments"_s);
    QQuickItem *list = item(u"paymentsList"_s);
    auto *model = list->property("model").value<QAbstractItemModel *>();
    QMetaObject::invokeMethod(model, "reload");
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
    const qint64 rssBefore = residentKib();
    // Scroll to the end again and again, as a person dragging the scroll bar would; the model
    // loads 100 rows a request. A 10 ms timer measures how late the GUI thread gets to it: the
    // longest gap is the longest freeze a person would feel.
    QElapsedTimer clock;
    clock.start();
    qint64 longestGapMs = 0;
    qint64 last = clock.elapsed();
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longestGapMs = std::max(longestGapMs, now - last);
        last = now;
    });
    heartbeat.start(10);
    while (model->rowCount() < 100230 && clock.elapsed() < 300000) {
        QMetaObject::invokeMethod(list, "positionViewAtEnd");
        QTest::qWait(20);
    }
    heartbeat.stop();
    const qint64 rssAfter = residentKib();
    qInfo("scrolled through %d payments in %.1f s; longest frame gap %lld ms; RSS %lld -> %lld KiB",
          model->rowCount(), clock.elapsed() / 1000.0, longestGapMs, rssBefore, rssAfter);
    QVERIFY2(model->rowCount() >= 100000, qPrintable(model->property("error").toString()));
    // The figure is printed above (74-283 ms on this 2-core machine while it compiled); the
    // check only catches a freeze, with room for a busy CI machine, so it does not flake.
    QVERIFY2(longestGapMs < 2000, qPrintable(u"the GUI thread froze %1 ms"_s.arg(longestGapMs)));
    // Compact rows: well under a kilobyte each.
    QVERIFY2(rssAfter - rssBefore < 120 * 1024, "memory grew more than 120 MiB");
    capture(u"payments-100k-light"_s);

    // Sorted by amount on the server: the first pages of 100 000 come in that order, and
    // scrolling on keeps it (the largest NGN amounts first).
    clock.restart();
    QMetaObject::invokeMethod(model, "sortBy", Q_ARG(QString, u"amount"_s));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->property("loading").toBool(), 10000);
    const qint64 firstPageMs = clock.elapsed();
    for (int i = 0; i < 5 && clock.elapsed() < 60000; ++i) {
        const int before = model->rowCount();
        QMetaObject::invokeMethod(list, "positionViewAtEnd");
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > before, 10000);
    }
    qInfo("sorted by amount: first page in %lld ms, %d rows after 5 more pages", firstPageMs,
          model->rowCount());
    const auto amountAt = [&](int row) {
        const QModelIndex at = model->index(row, 0);
        return std::pair(at.data(PaymentsModel::CurrencyRole).toString(),
                         at.data(PaymentsModel::AmountMinorRole).toLongLong());
    };
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY2(amountAt(row - 1) >= amountAt(row),
                 qPrintable(u"row %1: %2 %3 then %4 %5 (%6)"_s.arg(row)
                                .arg(amountAt(row - 1).first)
                                .arg(amountAt(row - 1).second)
                                .arg(amountAt(row).first)
                                .arg(amountAt(row).second)
                                .arg(model->index(row, 0).data().toString())));
    capture(u"payments-100k-by-amount-light"_s);
    QMetaObject::invokeMethod(model, "sortBy", Q_ARG(QString, u"created"_s));
}

// Every control Tab reaches on every console page has a name a screen reader can say, and Tab
// really moves focus through them.
void tst_Console::everyPageIsKeyboardReachableWithNames()
{
    for (const QString &page :
         {u"dashboard"_s, u"payments"_s, u"webhooks"_s, u"apiKeys"_s, u"admin"_s, u"settings"_s}) {
        if (!item(u"nav_"_s + page))
            continue; // not this role's page
        showPage(page);
        QTest::qWait(500);
        QStringList unnamed;
        QStringList named;
        int reachable = 0;
        QQuickItem *start = m_window->contentItem();
        QQuickItem *at = start->nextItemInFocusChain(true);
        for (int step = 0; at && at != start && step < 500; ++step) {
            if (at->isVisible() && at->isEnabled()) {
                ++reachable;
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(at);
                const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
                named << name;
                if (name.isEmpty())
                    unnamed << (at->objectName().isEmpty()
                                    ? QString::fromLatin1(at->metaObject()->className())
                                    : at->objectName());
            }
            QQuickItem *next = at->nextItemInFocusChain(true);
            if (next == start->nextItemInFocusChain(true))
                break;
            at = next;
        }
        qInfo("%s: %d controls reachable by Tab, first: %s", qPrintable(page), reachable,
              qPrintable(named.mid(0, 6).join(u" | "_s)));
        QVERIFY2(reachable >= 5, qPrintable(page));
        QVERIFY2(unnamed.isEmpty(), qPrintable(page + u": "_s + unnamed.join(u", "_s)));
        QQuickItem *before = m_window->activeFocusItem();
        QTest::keyClick(m_window, Qt::Key_Tab);
        QTest::keyClick(m_window, Qt::Key_Tab);
        QVERIFY2(m_window->activeFocusItem() && m_window->activeFocusItem() != before,
                 qPrintable(page));
    }
}

QQuickItem *tst_Console::item(const QString &name)
{
    return findItem(m_window->contentItem(), name);
}

void tst_Console::showPage(const QString &key)
{
    QQuickItem *entry = item(u"nav_"_s + key);
    QVERIFY2(entry, qPrintable(key));
    const QPointF centre = entry->mapToScene(QPointF(entry->width() / 2, entry->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    QTRY_COMPARE(m_preferences->lastPage(), key);
}

void tst_Console::capture(const QString &name)
{
    QTest::qWait(150);
    const QImage image = m_window->grabWindow();
    QVERIFY2(!image.isNull(), qPrintable(name));
    const QString path = m_dir + u'/' + name + u".png"_s;
    QVERIFY2(image.save(path), qPrintable(path));
}

QTEST_MAIN(tst_Console)
#include "tst_console.moc"
