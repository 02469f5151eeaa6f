// The wallet end to end: a real paydeskd seeded with the demo world (the demo person's wallet,
// walletseed.cpp), the real Main.qml offscreen, signed in as that person. Every wallet page and
// dialog is saved as a PNG in both themes and both languages under
// PAYDESK_SCREENSHOT_DIR/wallet; along the way the balance must move live when money arrives,
// a transfer must go through the dialog with the PIN, and a paydesk://pay/ link must open the
// request on the wallet page.
#include "demoseed.h"
#include "paymentrequest.h"
#include "preferences.h"
#include "quickitems.h"
#include "realtimeclient.h"
#include "sessioncontroller.h"
#include "shellentry.h"
#include "testclient.h"
#include "testserver.h"
#include "walletseed.h"
#include "webhookreceiver.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(PaydeskPlugin)

using namespace Qt::StringLiterals;
using paydesk::test::findItem;
using paydesk::test::sendJson;
using paydesk::test::TestServer;

class tst_WalletUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void overviewAndHistoryInBothThemesAndLanguages();
    void balanceMovesLiveWhenMoneyArrives();
    void transferDialogStepByStep();
    void addMoneyWithdrawAndPayDialogs();
    void payLinkOpensTheRequest();

private:
    QQuickItem *item(const QString &name);
    QObject *object(const QString &name);
    void capture(const QString &name);
    void showView(const QString &view);
    QString createLiveRequest(qint64 amount, const QString &description);

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

void tst_WalletUi::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_settingsDir.path()));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    m_dir = QStringLiteral(PAYDESK_SCREENSHOT_DIR) + u"/wallet"_s;
    QVERIFY(QDir().mkpath(m_dir));
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(paydesk::demo::serverArguments()), qPrintable(m_server->log()));
    QVERIFY(m_receiver.listen());
    QVERIFY(paydesk::demo::seedDemo(*m_server, m_receiver, m_world));

    m_engine = std::make_unique<QQmlApplicationEngine>();
    paydesk::desktop::prepareEngine(*m_engine);
    m_engine->load(paydesk::desktop::mainQmlUrl());
    QCOMPARE(m_engine->rootObjects().size(), 1);
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window && QTest::qWaitForWindowExposed(m_window));
    m_window->resize(1440, 900);
    m_session = SessionController::forEngine(m_engine.get());
    m_preferences =
        m_engine->singletonInstance<Preferences *>(qmlTypeId("Paydesk", 1, 0, "Preferences"));
    QVERIFY(m_session && m_preferences);
    m_session->setServerUrl(m_server->url({}).toString());
    m_session->signIn(QString::fromLatin1(paydesk::demo::kPersonalEmail),
                      QString::fromLatin1(paydesk::demo::kPassword));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->status(), SessionController::Status::SignedIn, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(item(u"walletPage"_s), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(RealtimeClient::forEngine(m_engine.get())->state(),
                              RealtimeClient::State::Live, 10000);
}

void tst_WalletUi::cleanupTestCase()
{
    m_engine.reset();
    if (m_server)
        m_server->stop();
}

QQuickItem *tst_WalletUi::item(const QString &name)
{
    return findItem(m_window->contentItem(), name);
}

QObject *tst_WalletUi::object(const QString &name)
{
    return m_window->findChild<QObject *>(name);
}

void tst_WalletUi::capture(const QString &name)
{
    QTest::qWait(250);
    const QImage image = m_window->grabWindow();
    QVERIFY2(!image.isNull(), qPrintable(name));
    const QString path = m_dir + u'/' + name + u".png"_s;
    QVERIFY2(image.save(path), qPrintable(path));
}

void tst_WalletUi::showView(const QString &view)
{
    item(u"walletPage"_s)->setProperty("view", view);
    QTest::qWait(100);
}

QString tst_WalletUi::createLiveRequest(qint64 amount, const QString &description)
{
    return sendJson(*m_server, "POST", u"/api/v1/payments"_s,
                    {{"amount"_L1, amount},
                     {"currency"_L1, u"NGN"_s},
                     {"reference_id"_L1, u"UI-%1"_s.arg(QDateTime::currentMSecsSinceEpoch())},
                     {"description"_L1, description}},
                    m_world.liveKey, QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
        .json()
        .value("payment_id"_L1)
        .toString();
}

void tst_WalletUi::overviewAndHistoryInBothThemesAndLanguages()
{
    for (const QString &language : {u"en"_s, u"fr"_s}) {
        m_preferences->setLanguage(language);
        for (const bool dark : {false, true}) {
            m_preferences->setDarkTheme(dark);
            const QString suffix = language + u'-' + (dark ? u"dark"_s : u"light"_s);
            showView(u"overview"_s);
            QTRY_VERIFY_WITH_TIMEOUT(item(u"recentList"_s)->property("count").toInt() >= 6, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(
                item(u"balanceText"_s)->property("text").toString().startsWith(u"₦"_s), 10000);
            QTest::qWait(500); // the chart
            capture(u"overview-"_s + suffix);
            showView(u"history"_s);
            QTRY_VERIFY_WITH_TIMEOUT(item(u"historyList"_s)->property("count").toInt() >= 14,
                                     10000);
            capture(u"history-"_s + suffix);
            // The detail drawer of the newest transfer.
            auto *history = object(u"historyModel"_s);
            QVERIFY(history);
            QVariantMap first;
            QMetaObject::invokeMethod(history, "rowAt", Q_RETURN_ARG(QVariantMap, first),
                                      Q_ARG(int, 1));
            item(u"transactionDrawer"_s)->setProperty("transaction", first);
            QTRY_VERIFY(item(u"transactionDrawer"_s)->isVisible());
            capture(u"history-drawer-"_s + suffix);
            item(u"transactionDrawer"_s)->setProperty("transaction", QVariantMap());
        }
    }
    m_preferences->setLanguage(u"en"_s);
    m_preferences->setDarkTheme(false);
    showView(u"overview"_s);
}

void tst_WalletUi::balanceMovesLiveWhenMoneyArrives()
{
    showView(u"overview"_s);
    QQuickItem *balance = item(u"balanceText"_s);
    QTRY_VERIFY(balance->property("text").toString().startsWith(u"₦"_s));
    const QString before = balance->property("text").toString();
    const QString amaka = sendJson(*m_server, "POST", u"/api/v1/auth/login"_s,
                                   {{"email"_L1, u"amaka@example.ng"_s},
                                    {"password"_L1, QString::fromLatin1(paydesk::demo::kPassword)}})
                              .json()
                              .value("access_token"_L1)
                              .toString();
    QCOMPARE(sendJson(*m_server, "POST", u"/api/v1/wallet/transfer"_s,
                      {{"recipient"_L1, QString::fromLatin1(paydesk::demo::kPersonalEmail)},
                       {"amount"_L1, 1'500'000},
                       {"note"_L1, u"For the tickets"_s},
                       {"pin"_L1, u"2580"_s}},
                      amaka, QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
                 .status,
             201);
    QTRY_VERIFY_WITH_TIMEOUT(balance->property("text").toString() != before, 2000);
    // The recent list shows it on top.
    auto *recent = qobject_cast<QAbstractItemModel *>(object(u"recentModel"_s));
    QVERIFY(recent);
    QTRY_VERIFY_WITH_TIMEOUT(
        recent->index(0, 0).data(recent->roleNames().key("amount")).toString() == u"+₦15,000.00"_s,
        3000);
    capture(u"overview-live-en-light"_s);
}

void tst_WalletUi::transferDialogStepByStep()
{
    showView(u"overview"_s);
    QObject *dialog = object(u"transferDialog"_s);
    QVERIFY(dialog);
    for (const bool dark : {false, true}) {
        m_preferences->setDarkTheme(dark);
        const QString theme = dark ? u"dark"_s : u"light"_s;
        QMetaObject::invokeMethod(dialog, "openFor", Q_ARG(QVariant, QVariant(QVariantMap())));
        QTRY_VERIFY(dialog->property("opened").toBool());
        auto *transfer = dialog->property("transfer").value<QObject *>();
        QVERIFY(transfer);
        QMetaObject::invokeMethod(transfer, "search", Q_ARG(QString, u"a"_s + u"ma"_s));
        QTRY_VERIFY_WITH_TIMEOUT(transfer->property("recipients").toList().size() >= 1, 5000);
        findItem(qobject_cast<QQuickItem *>(dialog->property("contentItem").value<QObject *>()),
                 u"recipientSearch"_s)
            ->setProperty("text", u"ama"_s);
        capture(u"transfer-search-"_s + theme);
        QMetaObject::invokeMethod(
            transfer, "chooseRecipient",
            Q_ARG(QVariantMap, transfer->property("recipients").toList().first().toMap()));
        auto *amount =
            findItem(qobject_cast<QQuickItem *>(dialog->property("contentItem").value<QObject *>()),
                     u"amountInput"_s);
        QVERIFY(amount);
        amount->setProperty("text", u"2,500.00"_s);
        transfer->setProperty("note", u"Groceries"_s);
        capture(u"transfer-form-"_s + theme);
        bool reviewed = false;
        QMetaObject::invokeMethod(transfer, "review", Q_RETURN_ARG(bool, reviewed));
        QVERIFY(reviewed);
        capture(u"transfer-review-"_s + theme);
        QObject *pin = nullptr;
        // This dialog's own PIN step (the chat page has a transfer dialog of its own).
        for (QObject *candidate : dialog->findChildren<QObject *>(u"pinDialog"_s)) {
            if (candidate->property("confirmText").toString() == "Send now"_L1)
                pin = candidate;
        }
        QVERIFY(pin);
        QMetaObject::invokeMethod(pin, "open");
        QTRY_VERIFY(pin->property("opened").toBool());
        capture(u"transfer-pin-"_s + theme);
        if (dark) {
            QMetaObject::invokeMethod(transfer, "send", Q_ARG(QString, u"2580"_s));
            QTRY_COMPARE_WITH_TIMEOUT(transfer->property("step").toInt(), 3, 10000); // Done
            QTRY_VERIFY(!pin->property("visible").toBool());
            capture(u"transfer-done-"_s + theme);
        } else {
            QMetaObject::invokeMethod(pin, "close");
        }
        QMetaObject::invokeMethod(dialog, "close");
        QTRY_VERIFY(!dialog->property("visible").toBool());
    }
    m_preferences->setDarkTheme(false);
}

void tst_WalletUi::addMoneyWithdrawAndPayDialogs()
{
    for (const bool dark : {false, true}) {
        m_preferences->setDarkTheme(dark);
        const QString theme = dark ? u"dark"_s : u"light"_s;
        // Add money: the form, then pending until the checkout is paid.
        QObject *add = object(u"addMoneyDialog"_s);
        QMetaObject::invokeMethod(add, "start");
        QTRY_VERIFY(add->property("opened").toBool());
        capture(u"addmoney-form-"_s + theme);
        auto *funding = add->property("funding").value<QObject *>();
        funding->setProperty("opensBrowser", false);
        funding->setProperty("amountText", u"20000"_s);
        QMetaObject::invokeMethod(funding, "start");
        QTRY_COMPARE_WITH_TIMEOUT(funding->property("state").toString(), u"pending"_s, 10000);
        capture(u"addmoney-pending-"_s + theme);
        const QUrl checkout = funding->property("checkoutUrl").toUrl();
        QCOMPARE(m_server
                     ->send("POST", checkout.path(),
                            "card_number=4111+1111+1111+1111&expiry=12%2F40&cvc=123",
                            {{"Content-Type", "application/x-www-form-urlencoded"}})
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(funding->property("state").toString(), u"succeeded"_s, 5000);
        capture(u"addmoney-done-"_s + theme);
        QMetaObject::invokeMethod(add, "close");

        // Withdraw: bank, account verified with the holder's name, amount.
        QObject *withdraw = object(u"withdrawDialog"_s);
        QMetaObject::invokeMethod(withdraw, "start");
        QTRY_VERIFY(withdraw->property("opened").toBool());
        auto *withdrawal = withdraw->property("withdrawal").value<QObject *>();
        QTRY_VERIFY_WITH_TIMEOUT(!withdrawal->property("banks").toList().isEmpty(), 5000);
        withdrawal->setProperty(
            "bankCode", withdrawal->property("banks").toList().first().toMap().value(u"value"_s));
        // Typed as a person would: the fields show what the controller checks.
        auto *content =
            qobject_cast<QQuickItem *>(withdraw->property("contentItem").value<QObject *>());
        auto *account =
            findItem(content, u"accountNumber"_s)->property("input").value<QQuickItem *>();
        QVERIFY(account);
        account->forceActiveFocus();
        for (const char c : QByteArrayLiteral("0123456789"))
            QTest::keyClick(m_window, c);
        QQuickItem *amount = findItem(content, u"amountInput"_s);
        QVERIFY(amount);
        amount->forceActiveFocus();
        for (const char c : QByteArrayLiteral("5000"))
            QTest::keyClick(m_window, c);
        QCOMPARE(withdrawal->property("amountText").toString(), u"5000"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!withdrawal->property("accountName").toString().isEmpty(), 5000);
        capture(u"withdraw-form-"_s + theme);
        bool valid = false;
        QMetaObject::invokeMethod(withdrawal, "validate", Q_RETURN_ARG(bool, valid));
        QVERIFY(valid);
        QMetaObject::invokeMethod(withdrawal, "withdraw", Q_ARG(QString, u"2580"_s));
        QTRY_COMPARE_WITH_TIMEOUT(withdrawal->property("state").toString(), u"pending"_s, 10000);
        capture(u"withdraw-pending-"_s + theme);
        // The sandbox reports the payout after a second: then it is done, live.
        QTRY_COMPARE_WITH_TIMEOUT(withdrawal->property("state").toString(), u"succeeded"_s, 10000);
        capture(u"withdraw-done-"_s + theme);
        QMetaObject::invokeMethod(withdraw, "close");

        // Pay a request: looked up, with merchant, amount and expiry.
        const QString id = createLiveRequest(1'234'500, u"Barista course, May"_s);
        QVERIFY(!id.isEmpty());
        QObject *pay = object(u"payRequestDialog"_s);
        QMetaObject::invokeMethod(pay, "openWith", Q_ARG(QVariant, QVariant(QString())));
        QTRY_VERIFY(pay->property("opened").toBool());
        capture(u"pay-empty-"_s + theme);
        QMetaObject::invokeMethod(
            pay, "openWith", Q_ARG(QVariant, QVariant(m_server->url(u"/pay/"_s + id).toString())));
        auto *request = pay->property("request").value<QObject *>();
        QTRY_COMPARE_WITH_TIMEOUT(request->property("state").toString(), u"ready"_s, 5000);
        capture(u"pay-ready-"_s + theme);
        QMetaObject::invokeMethod(request, "pay", Q_ARG(QString, u"2580"_s));
        QTRY_COMPARE_WITH_TIMEOUT(request->property("state").toString(), u"paid"_s, 10000);
        capture(u"pay-done-"_s + theme);
        // The same request again: already paid, said plainly.
        QMetaObject::invokeMethod(pay, "openWith", Q_ARG(QVariant, QVariant(id)));
        QTRY_COMPARE_WITH_TIMEOUT(request->property("state").toString(), u"refused"_s, 5000);
        capture(u"pay-refused-"_s + theme);
        QMetaObject::invokeMethod(pay, "close");
        QTest::qWait(300);
    }
    m_preferences->setDarkTheme(false);
}

void tst_WalletUi::payLinkOpensTheRequest()
{
    const QString id = createLiveRequest(250'000, u"Cold brew subscription"_s);
    QCOMPARE(m_engine->singletonInstance<PayLinks *>(qmlTypeId("Paydesk", 1, 0, "PayLinks")),
             PayLinks::instance());
    QVERIFY(PayLinks::instance()->handleUrl(QUrl(u"paydesk://pay/"_s + id)));
    QObject *pay = object(u"payRequestDialog"_s);
    QTRY_VERIFY(pay->property("opened").toBool());
    auto *request = pay->property("request").value<QObject *>();
    QTRY_COMPARE_WITH_TIMEOUT(request->property("paymentId").toString(), id, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(request->property("state").toString(), u"ready"_s, 5000);
    QVERIFY(PayLinks::instance()->pendingPaymentId().isEmpty());
    QVERIFY(!PayLinks::instance()->handleUrl(QUrl(u"paydesk://settings"_s)));
    QMetaObject::invokeMethod(pay, "close");
}

QTEST_MAIN(tst_WalletUi)
#include "tst_walletui.moc"
