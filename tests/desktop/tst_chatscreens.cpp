// The messenger end to end in the real Main.qml, offscreen, against a real paydeskd seeded
// with the demo world (its conversations from chatseed.cpp): signed in as the demo's personal
// user, every chat screen is saved as a PNG under PAYDESK_SCREENSHOT_DIR/chat in both themes
// and both languages: the conversation list, an open conversation, a conversation offline with
// pending messages (which then go out on reconnect), and the empty state of someone with no
// conversations yet.
#include "chatcontroller.h"
#include "chatseed.h"
#include "demoseed.h"
#include "preferences.h"
#include "quickitems.h"
#include "realtimeclient.h"
#include "sessioncontroller.h"
#include "shellentry.h"
#include "testserver.h"
#include "webhookreceiver.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(PaydeskPlugin)

using namespace Qt::StringLiterals;
using paydesk::test::findItem;
using paydesk::test::TestServer;

class tst_ChatScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void chatScreensInBothThemesAndLanguages();
    void offlineMessagesWaitThenGoOut();
    void sendMoneyFromAConversation();
    void emptyStateForSomeoneNew();

private:
    void signIn(const QString &email);
    void showChat();
    void openConversationWith(const QString &name);
    void capture(const QString &name);
    QQuickItem *item(const QString &name) { return findItem(m_window->contentItem(), name); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestServer> m_server;
    paydesk::test::WebhookReceiver m_receiver;
    paydesk::demo::DemoWorld m_world;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    SessionController *m_session = nullptr;
    Preferences *m_preferences = nullptr;
    ChatController *m_chat = nullptr;
    QString m_dir;
};

void tst_ChatScreens::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Settings, the stored session and the outbox in a folder of our own.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_settingsDir.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_settingsDir.path() + u"/data"_s));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    m_dir = QStringLiteral(PAYDESK_SCREENSHOT_DIR) + u"/chat"_s;
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
    m_chat = ChatController::forEngine(m_engine.get());
    QVERIFY(m_session && m_preferences && m_chat);
    QCOMPARE(m_engine->singletonInstance<ChatController *>(qmlTypeId("Paydesk", 1, 0, "Chat")),
             m_chat);
    signIn(QString::fromLatin1(paydesk::demo::kChatDemoEmail));
}

void tst_ChatScreens::cleanupTestCase()
{
    m_engine.reset();
    if (m_server)
        m_server->stop();
}

void tst_ChatScreens::signIn(const QString &email)
{
    m_session->setServerUrl(m_server->url({}).toString());
    m_session->signIn(email, QString::fromLatin1(paydesk::demo::kPassword));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->status(), SessionController::Status::SignedIn, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(item(u"sidebar"_s), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(RealtimeClient::forEngine(m_engine.get())->state(),
                              RealtimeClient::State::Live, 10000);
}

void tst_ChatScreens::showChat()
{
    QQuickItem *entry = item(u"nav_chat"_s);
    QVERIFY(entry);
    const QPointF centre = entry->mapToScene(QPointF(entry->width() / 2, entry->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    QTRY_COMPARE(m_preferences->lastPage(), u"chat"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_chat->conversations()->loaded(), 10000);
}

void tst_ChatScreens::openConversationWith(const QString &name)
{
    ConversationsModel *list = m_chat->conversations();
    int row = -1;
    for (int r = 0; r < list->rowCount(); ++r) {
        if (list->index(r).data(ConversationsModel::NameRole).toString() == name)
            row = r;
    }
    QVERIFY2(row >= 0, qPrintable(name));
    m_chat->openConversation(list->peerAt(row));
    QTRY_VERIFY_WITH_TIMEOUT(m_chat->messages()->loaded(), 10000);
    QTest::qWait(400);
}

void tst_ChatScreens::capture(const QString &name)
{
    QTest::qWait(250);
    const QImage image = m_window->grabWindow();
    QVERIFY2(!image.isNull(), qPrintable(name));
    const QString path = m_dir + u'/' + name + u".png"_s;
    QVERIFY2(image.save(path), qPrintable(path));
}

void tst_ChatScreens::chatScreensInBothThemesAndLanguages()
{
    showChat();
    // The demo: five conversations, Fatima's newest, three unread (two from Amaka).
    QCOMPARE(m_chat->conversations()->rowCount(), 5);
    QCOMPARE(m_chat->conversations()->index(0).data(ConversationsModel::NameRole).toString(),
             u"Fatima Bello"_s);
    QCOMPARE(m_chat->conversations()->totalUnread(), 3);
    capture(u"no-selection-en-light"_s);
    // The list beside a thread with nothing unread (so the badges stay), then Amaka's thread.
    openConversationWith(u"Tunde Bakare"_s);
    for (const QString &language : {u"en"_s, u"fr"_s}) {
        m_preferences->setLanguage(language);
        for (const bool dark : {false, true}) {
            m_preferences->setDarkTheme(dark);
            capture(u"conversations-"_s + language + (dark ? u"-dark"_s : u"-light"_s));
        }
    }
    QCOMPARE(m_chat->conversations()->totalUnread(), 3);
    openConversationWith(u"Amaka Eze"_s);
    QCOMPARE(item(u"threadTitle"_s)->property("text").toString(), u"Amaka Eze"_s);
    QCOMPARE(m_chat->messages()->rowCount(), 7);
    QVERIFY(m_chat->messages()->index(0).data(MessagesModel::ShowDayRole).toBool());
    for (const QString &language : {u"en"_s, u"fr"_s}) {
        m_preferences->setLanguage(language);
        for (const bool dark : {false, true}) {
            m_preferences->setDarkTheme(dark);
            capture(u"conversation-"_s + language + (dark ? u"-dark"_s : u"-light"_s));
        }
    }
    m_preferences->setLanguage(u"en"_s);
    m_preferences->setDarkTheme(false);
}

void tst_ChatScreens::offlineMessagesWaitThenGoOut()
{
    openConversationWith(u"Ngozi Adeyemi"_s);
    RealtimeClient *realtime = RealtimeClient::forEngine(m_engine.get());
    realtime->setActive(false);
    QTRY_VERIFY(!m_chat->connected());
    QVERIFY(m_chat->send(u"My train has no signal, I'll call you later."_s));
    QVERIFY(m_chat->send(u"The plumber comes on Thursday at 10."_s));
    QCOMPARE(m_chat->pendingCount(), 2);
    QTRY_VERIFY(item(u"offlineStrip"_s) && item(u"offlineStrip"_s)->isVisible());
    for (const bool dark : {false, true}) {
        m_preferences->setDarkTheme(dark);
        capture(u"offline-pending-en-"_s + (dark ? u"dark"_s : u"light"_s));
    }
    m_preferences->setLanguage(u"fr"_s);
    for (const bool dark : {false, true}) {
        m_preferences->setDarkTheme(dark);
        capture(u"offline-pending-fr-"_s + (dark ? u"dark"_s : u"light"_s));
    }
    m_preferences->setLanguage(u"en"_s);
    m_preferences->setDarkTheme(false);
    realtime->setActive(true);
    QTRY_COMPARE_WITH_TIMEOUT(m_chat->pendingCount(), 0, 10000);
    QTRY_VERIFY(!item(u"offlineStrip"_s)->isVisible());
    const int last = m_chat->messages()->rowCount() - 1;
    QCOMPARE(m_chat->messages()->index(last).data(MessagesModel::TextRole).toString(),
             u"The plumber comes on Thursday at 10."_s);
    QVERIFY(m_chat->messages()->index(last).data(MessagesModel::StatusRole).toString() !=
            u"pending"_s);
    capture(u"reconnected-en-light"_s);
}

void tst_ChatScreens::emptyStateForSomeoneNew()
{
    m_session->signOut();
    QTRY_COMPARE(m_session->status(), SessionController::Status::SignedOut);
    signIn(u"emeka@example.ng"_s);
    showChat();
    QCOMPARE(m_chat->conversations()->rowCount(), 0);
    QTRY_VERIFY(item(u"chatEmptyState"_s) && item(u"chatEmptyState"_s)->isVisible());
    for (const QString &language : {u"en"_s, u"fr"_s}) {
        m_preferences->setLanguage(language);
        for (const bool dark : {false, true}) {
            m_preferences->setDarkTheme(dark);
            capture(u"empty-"_s + language + (dark ? u"-dark"_s : u"-light"_s));
        }
    }
    m_preferences->setLanguage(u"en"_s);
    m_preferences->setDarkTheme(false);
}

// "Send money" in a thread opens the wallet's transfer dialog for that person; the transfer,
// sent with the PIN, shows in the thread as it lands.
void tst_ChatScreens::sendMoneyFromAConversation()
{
    showChat();
    openConversationWith(u"Amaka Eze"_s);
    const int before = m_chat->messages()->rowCount();
    QQuickItem *button = item(u"sendMoneyButton"_s);
    QVERIFY(button);
    const QPointF centre = button->mapToScene(QPointF(button->width() / 2, button->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    QObject *dialog = m_window->findChild<QObject *>(u"chatTransferDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->property("opened").toBool());
    auto *transfer = dialog->property("transfer").value<QObject *>();
    QVERIFY(transfer);
    QCOMPARE(transfer->property("recipient").toMap().value(u"display_name"_s).toString(),
             u"Amaka Eze"_s);
    transfer->setProperty("amountText", u"1500"_s);
    transfer->setProperty("note", u"Cake share"_s);
    capture(u"send-money-en-light"_s);
    bool reviewed = false;
    QMetaObject::invokeMethod(transfer, "review", Q_RETURN_ARG(bool, reviewed));
    QVERIFY2(reviewed, qPrintable(transfer->property("amountError").toString()));
    QMetaObject::invokeMethod(transfer, "send",
                              Q_ARG(QString, QString::fromLatin1(paydesk::demo::kPersonalPin)));
    QTRY_COMPARE_WITH_TIMEOUT(transfer->property("transactionId").toString().isEmpty(), false,
                              15000);
    capture(u"send-money-done-en-light"_s);
    QMetaObject::invokeMethod(dialog, "close");
    // The transfer's event reaches the thread as a money row.
    QTRY_VERIFY_WITH_TIMEOUT(m_chat->messages()->rowCount() > before, 15000);
    capture(u"send-money-thread-en-light"_s);
}

QTEST_MAIN(tst_ChatScreens)
#include "tst_chatscreens.moc"
