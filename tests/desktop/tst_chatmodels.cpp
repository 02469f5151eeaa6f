// The messenger's models against a real paydeskd: two (or three) people signed in with their
// own ApiClient, RealtimeClient and ChatController, as two desktops would be. Every model runs
// under QAbstractItemModelTester. Checks ordering across both sides, delivered/read receipts
// reaching the sender, the outbox replayed after a dropped connection and after a restart
// (each message exactly once, in order, with its ticks), and a resent client id stored once.
#include "apiclient.h"
#include "chatcontroller.h"
#include "demoseed.h"
#include "ledgeraudit.h"
#include "realtimeclient.h"
#include "testclient.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using paydesk::test::TestServer;

namespace {

constexpr auto kPassword = "paydesk-chat-2026";

// One person's desktop: the REST client, the WebSocket and the messenger over them.
struct Desktop
{
    QString id;
    QString name;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<RealtimeClient> realtime;
    std::unique_ptr<ChatController> chat;
    std::unique_ptr<QAbstractItemModelTester> messagesTester;
    std::unique_ptr<QAbstractItemModelTester> conversationsTester;

    QVariantMap asPeer() const { return {{u"id"_s, id}, {u"display_name"_s, name}}; }
};

QStringList texts(const MessagesModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row).data(MessagesModel::TextRole).toString();
    return out;
}

QStringList ids(const MessagesModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row).data(MessagesModel::MessageIdRole).toString();
    return out;
}

QString statusOf(const MessagesModel &model, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(MessagesModel::TextRole).toString() == text)
            return model.index(row).data(MessagesModel::StatusRole).toString();
    }
    return {};
}

} // namespace

class tst_ChatModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void bothSidesShowOneOrder();
    void receiptsReachTheSender();
    void conversationsShowPreviewUnreadAndPresence();
    void typingIsRelayedAndFades();
    void outboxIsReplayedAfterADroppedConnection();
    void outboxSurvivesARestartAndNeverDuplicates();
    void historyLoadsOlderPagesOnDemand();
    void searchFindsPeople();
    void readingOfflineGoesThroughRest();
    void moneySentAppearsInTheThread();
    void outboxWaitsOutAServerRestart();

private:
    std::unique_ptr<Desktop> desktop(const QString &email, const QString &name);
    void startDesktop(Desktop &d);
    void openEachOther();

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_data;
    QHash<QString, QString> m_ids; // email -> user id
    std::unique_ptr<Desktop> m_alice;
    std::unique_ptr<Desktop> m_bob;
    int m_round = 0;
};

void tst_ChatModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(paydesk::demo::serverArguments()), qPrintable(m_server->log()));
}

void tst_ChatModels::cleanupTestCase()
{
    QCOMPARE(m_server->stop(), 0);
}

// Fresh people for every test, so conversations start empty.
void tst_ChatModels::init()
{
    ++m_round;
    m_alice = desktop(u"alice%1@example.com"_s.arg(m_round), u"Alice %1"_s.arg(m_round));
    m_bob = desktop(u"bob%1@example.com"_s.arg(m_round), u"Bob %1"_s.arg(m_round));
    QVERIFY(m_alice && m_bob);
    startDesktop(*m_alice);
    startDesktop(*m_bob);
}

void tst_ChatModels::cleanup()
{
    m_alice.reset();
    m_bob.reset();
}

std::unique_ptr<Desktop> tst_ChatModels::desktop(const QString &email, const QString &name)
{
    if (!m_ids.contains(email)) {
        const auto person =
            paydesk::test::signUp(*m_server, email, QString::fromLatin1(kPassword), u"2580"_s);
        if (!person || !paydesk::test::seedFunding(*m_server, person->walletId, 1'000'000))
            return nullptr;
        paydesk::test::sendJson(*m_server, "PUT", u"/api/v1/profile"_s, {{"display_name"_L1, name}},
                                person->token);
        m_ids.insert(email, person->id);
    }
    const auto login = paydesk::test::sendJson(
        *m_server, "POST", u"/api/v1/auth/login"_s,
        {{"email"_L1, email}, {"password"_L1, QString::fromLatin1(kPassword)}});
    auto d = std::make_unique<Desktop>();
    d->id = m_ids.value(email);
    d->name = name;
    d->api = std::make_unique<ApiClient>();
    d->api->setBaseUrl(m_server->url({}));
    if (login.status != 200 || !d->api->startSession(login.json()))
        return nullptr;
    d->realtime = std::make_unique<RealtimeClient>(d->api.get());
    d->chat = std::make_unique<ChatController>(d->api.get(), d->realtime.get());
    d->messagesTester = std::make_unique<QAbstractItemModelTester>(
        d->chat->messages(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    d->conversationsTester = std::make_unique<QAbstractItemModelTester>(
        d->chat->conversations(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    d->chat->setUser(d->id, m_data.path() + u"/"_s + d->id);
    return d;
}

void tst_ChatModels::startDesktop(Desktop &d)
{
    d.realtime->setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(d.chat->connected(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(d.chat->conversations()->loaded(), 10000);
}

void tst_ChatModels::openEachOther()
{
    m_alice->chat->openConversation(m_bob->asPeer());
    m_bob->chat->openConversation(m_alice->asPeer());
    QTRY_VERIFY(m_alice->chat->messages()->loaded() && m_bob->chat->messages()->loaded());
}

void tst_ChatModels::bothSidesShowOneOrder()
{
    openEachOther();
    ChatController &alice = *m_alice->chat;
    ChatController &bob = *m_bob->chat;
    QStringList expected;
    for (int i = 1; i <= 4; ++i) {
        QVERIFY(alice.send(u"alice %1"_s.arg(i)));
        expected << u"alice %1"_s.arg(i);
        if (i % 2 == 0) {
            // Bob answers once he has seen it: the thread's order is the order of storing.
            QTRY_VERIFY(texts(*bob.messages()).contains(expected.constLast()));
            QVERIFY(bob.send(u"bob %1"_s.arg(i)));
            expected << u"bob %1"_s.arg(i);
            QTRY_VERIFY(texts(*alice.messages()).contains(expected.constLast()));
        }
    }
    QTRY_COMPARE(texts(*bob.messages()), expected);
    QTRY_COMPARE(alice.pendingCount(), 0);
    QCOMPARE(texts(*alice.messages()), expected);
    QCOMPARE(ids(*alice.messages()), ids(*bob.messages()));
    QVERIFY(!ids(*alice.messages()).contains(QString()));
    // The first row opens the day; the others are the same day.
    QVERIFY(alice.messages()->index(0).data(MessagesModel::ShowDayRole).toBool());
    QVERIFY(!alice.messages()->index(1).data(MessagesModel::ShowDayRole).toBool());
    QCOMPARE(alice.messages()->index(0).data(MessagesModel::DayLabelRole).toString(), u"Today"_s);
    QVERIFY(alice.messages()->index(0).data(MessagesModel::MineRole).toBool());
    QVERIFY(!bob.messages()->index(0).data(MessagesModel::MineRole).toBool());
    // The same thread read back from the server.
    alice.openConversation(m_bob->asPeer());
    QTRY_VERIFY(alice.messages()->loaded());
    QCOMPARE(texts(*alice.messages()), expected);
}

void tst_ChatModels::receiptsReachTheSender()
{
    openEachOther();
    ChatController &alice = *m_alice->chat;
    QVERIFY(alice.send(u"are you there?"_s));
    QVERIFY(alice.send(u"hello?"_s));
    // Bob's desktop is connected: delivered, not read while his thread is not on screen.
    QTRY_COMPARE(statusOf(*alice.messages(), u"hello?"_s), u"delivered"_s);
    QCOMPARE(statusOf(*alice.messages(), u"are you there?"_s), u"delivered"_s);
    QTest::qWait(300);
    QCOMPARE(statusOf(*alice.messages(), u"hello?"_s), u"delivered"_s);
    QCOMPARE(m_bob->chat->conversations()->unreadOf(m_alice->id), 2);
    // He looks at it: both read, on his side at once and on hers through the receipt.
    m_bob->chat->setViewActive(true);
    QCOMPARE(m_bob->chat->conversations()->unreadOf(m_alice->id), 0);
    QTRY_COMPARE(statusOf(*alice.messages(), u"hello?"_s), u"read"_s);
    QCOMPARE(statusOf(*alice.messages(), u"are you there?"_s), u"read"_s);
    const int row = alice.conversations()->rowOf(m_bob->id);
    QTRY_COMPARE(
        alice.conversations()->index(row).data(ConversationsModel::PreviewStatusRole).toString(),
        u"read"_s);
    // A message arriving while he looks is read straight away.
    QVERIFY(alice.send(u"great"_s));
    QTRY_COMPARE(statusOf(*alice.messages(), u"great"_s), u"read"_s);
    QCOMPARE(m_bob->chat->conversations()->unreadOf(m_alice->id), 0);
}

void tst_ChatModels::conversationsShowPreviewUnreadAndPresence()
{
    m_alice->chat->openConversation(m_bob->asPeer());
    QSignalSpy notified(m_bob->chat.get(), &ChatController::notification);
    QVERIFY(m_alice->chat->send(u"first"_s));
    QVERIFY(m_alice->chat->send(u"second, the newest"_s));
    ConversationsModel &bobs = *m_bob->chat->conversations();
    QTRY_COMPARE(bobs.unreadOf(m_alice->id), 2);
    const QModelIndex row = bobs.index(bobs.rowOf(m_alice->id));
    QCOMPARE(row.data(ConversationsModel::PreviewRole).toString(), u"second, the newest"_s);
    QCOMPARE(row.data(ConversationsModel::NameRole).toString(), m_alice->name);
    QVERIFY(!row.data(ConversationsModel::PreviewMineRole).toBool());
    QCOMPARE(bobs.totalUnread(), 2);
    QCOMPARE(notified.size(), 2); // his thread with her was not open
    QCOMPARE(notified.constLast().at(0).toString(), m_alice->name);
    QTRY_VERIFY(bobs.index(bobs.rowOf(m_alice->id)).data(ConversationsModel::OnlineRole).toBool());
    // Her preview is her own message with its tick.
    ConversationsModel &alices = *m_alice->chat->conversations();
    const QModelIndex hers = alices.index(alices.rowOf(m_bob->id));
    QVERIFY(hers.data(ConversationsModel::PreviewMineRole).toBool());
    QTRY_COMPARE(alices.index(alices.rowOf(m_bob->id))
                     .data(ConversationsModel::PreviewStatusRole)
                     .toString(),
                 u"delivered"_s);
    // Alice's desktop closes: Bob sees her offline, with a last-seen time.
    m_alice->realtime->setActive(false);
    QTRY_VERIFY(!bobs.index(bobs.rowOf(m_alice->id)).data(ConversationsModel::OnlineRole).toBool());
    QVERIFY(bobs.index(bobs.rowOf(m_alice->id))
                .data(ConversationsModel::LastSeenTextRole)
                .toString()
                .startsWith(u"Last seen"_s));
    // Reloaded from the server, the counts are the same (no double counting).
    bobs.reload();
    QTRY_VERIFY(!bobs.loading());
    QCOMPARE(bobs.unreadOf(m_alice->id), 2);
}

void tst_ChatModels::typingIsRelayedAndFades()
{
    openEachOther();
    QSignalSpy typing(m_bob->chat.get(), &ChatController::peerTypingChanged);
    m_alice->chat->composing(u"h"_s);
    QTRY_VERIFY(m_bob->chat->peerTyping());
    const int row = m_bob->chat->conversations()->rowOf(m_alice->id);
    QVERIFY(m_bob->chat->conversations()->index(row).data(ConversationsModel::TypingRole).toBool());
    // Keystrokes within 3 s send nothing new; sending the message ends it.
    m_alice->chat->composing(u"he"_s);
    m_alice->chat->composing(u"hey"_s);
    QVERIFY(m_alice->chat->send(u"hey"_s));
    QTRY_VERIFY(!m_bob->chat->peerTyping());
    QCOMPARE(typing.size(), 2);
    // A "typing" whose "stopped" never comes fades by itself.
    QVERIFY(m_alice->realtime->sendChat(
        {{"type"_L1, u"typing"_s}, {"to"_L1, m_bob->id}, {"typing"_L1, true}}));
    QTRY_VERIFY(m_bob->chat->peerTyping());
    QElapsedTimer fading;
    fading.start();
    QTRY_VERIFY_WITH_TIMEOUT(!m_bob->chat->peerTyping(), 9000);
    QVERIFY2(fading.elapsed() > 3000, "faded before its time");
}

void tst_ChatModels::outboxIsReplayedAfterADroppedConnection()
{
    openEachOther();
    ChatController &alice = *m_alice->chat;
    QVERIFY(alice.send(u"before the tunnel"_s));
    QTRY_COMPARE(statusOf(*m_bob->chat->messages(), u"before the tunnel"_s), u"sent"_s);
    // Her network drops; she keeps writing. Bob answers meanwhile.
    m_alice->realtime->dropConnection();
    QVERIFY(!alice.connected());
    const QStringList offline{u"in the tunnel 1"_s, u"in the tunnel 2"_s, u"in the tunnel 3"_s};
    for (const QString &text : offline)
        QVERIFY(alice.send(text));
    QCOMPARE(alice.pendingCount(), 3);
    for (const QString &text : offline)
        QCOMPARE(statusOf(*alice.messages(), text), u"pending"_s);
    QFile outbox(alice.outbox().filePath());
    QVERIFY(outbox.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(outbox.readAll()).array().size(), 3);
    outbox.close();
    QVERIFY(m_bob->chat->send(u"where are you?"_s));
    // Back online: the outbox goes out in order, once; she gets Bob's message by the resume.
    QTRY_VERIFY_WITH_TIMEOUT(alice.connected(), 10000);
    QTRY_COMPARE(alice.pendingCount(), 0);
    const QStringList expected{u"before the tunnel"_s, u"where are you?"_s, offline.at(0),
                               offline.at(1), offline.at(2)};
    QTRY_COMPARE(texts(*m_bob->chat->messages()), expected);
    QTRY_COMPARE(texts(*alice.messages()), expected);
    QCOMPARE(ids(*alice.messages()), ids(*m_bob->chat->messages()));
    for (const QString &text : offline)
        QTRY_COMPARE(statusOf(*alice.messages(), text), u"delivered"_s);
    m_bob->chat->setViewActive(true);
    for (const QString &text : offline)
        QTRY_COMPARE(statusOf(*alice.messages(), text), u"read"_s);
    QVERIFY(outbox.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(outbox.readAll()).array().size(), 0);
}

void tst_ChatModels::outboxSurvivesARestartAndNeverDuplicates()
{
    openEachOther();
    ChatController &alice = *m_alice->chat;
    QVERIFY(alice.send(u"stored once"_s));
    QTRY_COMPARE(alice.pendingCount(), 0);
    const QString storedClientId =
        alice.messages()->index(0).data(MessagesModel::ClientIdRole).toString();
    // Offline, she writes two more and quits.
    m_alice->realtime->setActive(false);
    QVERIFY(alice.send(u"written offline 1"_s));
    QVERIFY(alice.send(u"written offline 2"_s));
    const QString path = alice.outbox().filePath();
    m_alice.reset();
    // As if the ack of "stored once" had been lost before the restart: its client id is at the
    // head of the outbox again. The server must answer it as a duplicate and store nothing.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonArray entries = QJsonDocument::fromJson(file.readAll()).array();
    file.close();
    QCOMPARE(entries.size(), 2);
    QJsonObject lost = entries.at(0).toObject();
    lost.insert("client_id"_L1, storedClientId);
    lost.insert("text"_L1, u"stored once"_s);
    entries.prepend(lost);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(entries).toJson());
    file.close();

    m_alice = desktop(u"alice%1@example.com"_s.arg(m_round), u"Alice %1"_s.arg(m_round));
    QVERIFY(m_alice);
    QCOMPARE(m_alice->chat->pendingCount(), 3);
    m_alice->chat->openConversation(m_bob->asPeer());
    startDesktop(*m_alice);
    QTRY_COMPARE(m_alice->chat->pendingCount(), 0);
    const QStringList expected{u"stored once"_s, u"written offline 1"_s, u"written offline 2"_s};
    QTRY_COMPARE(texts(*m_bob->chat->messages()), expected);
    QTRY_COMPARE(texts(*m_alice->chat->messages()), expected);
    QTest::qWait(300);
    QCOMPARE(texts(*m_bob->chat->messages()), expected);
    // The server holds each once.
    const auto history = paydesk::test::sendJson(
        *m_server, "GET", u"/api/v1/chat/history/%1"_s.arg(m_bob->id), {}, [&] {
            const auto login =
                paydesk::test::sendJson(*m_server, "POST", u"/api/v1/auth/login"_s,
                                        {{"email"_L1, u"alice%1@example.com"_s.arg(m_round)},
                                         {"password"_L1, QString::fromLatin1(kPassword)}});
            return login.json().value("access_token"_L1).toString();
        }());
    QCOMPARE(history.json().value("data"_L1).toArray().size(), 3);
    for (const QString &text : expected)
        QTRY_COMPARE(statusOf(*m_alice->chat->messages(), text), u"delivered"_s);
}

void tst_ChatModels::historyLoadsOlderPagesOnDemand()
{
    m_alice->chat->openConversation(m_bob->asPeer());
    QTRY_VERIFY(m_alice->chat->messages()->loaded());
    for (int i = 0; i < 45; ++i)
        QVERIFY(m_alice->chat->send(u"n%1"_s.arg(i, 2, 10, QLatin1Char('0'))));
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->chat->pendingCount(), 0, 20000);
    QTRY_COMPARE(m_bob->chat->conversations()->unreadOf(m_alice->id), 45);
    // Alone (no model tester asking for more), the thread holds the newest page until asked.
    MessagesModel thread;
    thread.open(m_bob->api.get(), m_bob->id, m_alice->id);
    QTRY_VERIFY(thread.loaded());
    QCOMPARE(thread.rowCount(), 30);
    QCOMPARE(thread.index(29).data(MessagesModel::TextRole).toString(), u"n44"_s);
    QVERIFY(thread.canFetchMore({}));
    thread.fetchMore({});
    QTRY_COMPARE(thread.rowCount(), 45);
    QTRY_VERIFY(!thread.loading());
    QVERIFY(!thread.canFetchMore({}));
    QStringList expected;
    for (int i = 0; i < 45; ++i)
        expected << u"n%1"_s.arg(i, 2, 10, QLatin1Char('0'));
    QCOMPARE(texts(thread), expected);
    // The controller's thread, under the model tester, ends the same.
    m_bob->chat->openConversation(m_alice->asPeer());
    QTRY_VERIFY(m_bob->chat->messages()->loaded());
    while (m_bob->chat->messages()->canFetchMore({})) {
        m_bob->chat->messages()->fetchMore({});
        QTRY_VERIFY(!m_bob->chat->messages()->loading());
    }
    QTRY_COMPARE(texts(*m_bob->chat->messages()), expected);
}

void tst_ChatModels::searchFindsPeople()
{
    ConversationsModel &model = *m_alice->chat->conversations();
    model.search(m_bob->name);
    QTRY_VERIFY(!model.searching() && !model.searchResults().isEmpty());
    const QVariantMap first = model.searchResults().constFirst().toMap();
    QCOMPARE(first.value(u"id"_s).toString(), m_bob->id);
    QCOMPARE(first.value(u"initials"_s).toString(), u"B%1"_s.arg(m_round).left(2));
    m_alice->chat->openConversation(first);
    QCOMPARE(model.rowOf(m_bob->id), 0); // a new conversation, before any message
    model.search({});
    QVERIFY(model.searchResults().isEmpty());
}

void tst_ChatModels::outboxWaitsOutAServerRestart()
{
    openEachOther();
    ChatController &alice = *m_alice->chat;
    QVERIFY(alice.send(u"before the restart"_s));
    QTRY_COMPARE(statusOf(*m_bob->chat->messages(), u"before the restart"_s), u"sent"_s);
    QSignalSpy bobsFrames(m_bob->realtime.get(), &RealtimeClient::chatFrame);
    const QString port = QString::number(m_server->port());
    QCOMPARE(m_server->stop(), 0);
    QTRY_VERIFY(!alice.connected() && !m_bob->chat->connected());
    QVERIFY(alice.send(u"while the server was down 1"_s));
    QVERIFY(alice.send(u"while the server was down 2"_s));
    QVERIFY2(m_server->start(paydesk::demo::serverArguments() + QStringList{u"--port"_s, port}),
             qPrintable(m_server->log()));
    m_alice->realtime->reconnectNow();
    m_bob->realtime->reconnectNow();
    QTRY_VERIFY_WITH_TIMEOUT(alice.connected() && m_bob->chat->connected(), 40000);
    QTRY_COMPARE_WITH_TIMEOUT(alice.pendingCount(), 0, 10000);
    const QStringList expected{u"before the restart"_s, u"while the server was down 1"_s,
                               u"while the server was down 2"_s};
    QTRY_COMPARE(texts(*m_bob->chat->messages()), expected);
    QTRY_COMPARE(texts(*alice.messages()), expected);
    QTRY_COMPARE(statusOf(*alice.messages(), expected.constLast()), u"delivered"_s);
    // Bob's connection was sent each new message once, though it reconnected and resumed.
    QTest::qWait(300);
    int newMessages = 0;
    for (const QList<QVariant> &frame : std::as_const(bobsFrames)) {
        if (frame.at(0).toString() == "message.new"_L1)
            ++newMessages;
    }
    QCOMPARE(newMessages, 2);
}

void tst_ChatModels::readingOfflineGoesThroughRest()
{
    openEachOther();
    QVERIFY(m_alice->chat->send(u"read me later"_s));
    QTRY_COMPARE(statusOf(*m_alice->chat->messages(), u"read me later"_s), u"delivered"_s);
    // Bob's connection is gone when he reads: PUT .../read, and Alice still gets the receipt.
    m_bob->realtime->setActive(false);
    QTRY_VERIFY(!m_bob->chat->connected());
    m_bob->chat->setViewActive(true);
    QTRY_COMPARE(statusOf(*m_bob->chat->messages(), u"read me later"_s), u"read"_s);
    QTRY_COMPARE(statusOf(*m_alice->chat->messages(), u"read me later"_s), u"read"_s);
}

void tst_ChatModels::moneySentAppearsInTheThread()
{
    openEachOther();
    QVERIFY(m_alice->chat->send(u"sending you the rent"_s));
    const auto login = paydesk::test::sendJson(*m_server, "POST", u"/api/v1/auth/login"_s,
                                               {{"email"_L1, u"alice%1@example.com"_s.arg(m_round)},
                                                {"password"_L1, QString::fromLatin1(kPassword)}});
    const auto transfer = paydesk::test::sendJson(*m_server, "POST", u"/api/v1/wallet/transfer"_s,
                                                  {{"recipient"_L1, m_bob->id},
                                                   {"amount"_L1, 250'000},
                                                   {"note"_L1, u"Rent, December"_s},
                                                   {"pin"_L1, u"2580"_s}},
                                                  login.json().value("access_token"_L1).toString(),
                                                  "chat-transfer-1");
    QVERIFY2(transfer.status == 201, transfer.body.constData());
    for (ChatController *chat : {m_alice->chat.get(), m_bob->chat.get()}) {
        MessagesModel &thread = *chat->messages();
        QTRY_COMPARE(thread.rowCount(), 2);
        const QModelIndex row = thread.index(1);
        QCOMPARE(row.data(MessagesModel::KindRole).toString(), u"transfer"_s);
        QCOMPARE(row.data(MessagesModel::TextRole).toString(), u"Rent, December"_s);
        QVERIFY(row.data(MessagesModel::AmountTextRole).toString().contains(u"2,500.00"_s));
        QCOMPARE(row.data(MessagesModel::MineRole).toBool(), chat == m_alice->chat.get());
    }
}

QTEST_MAIN(tst_ChatModels)
#include "tst_chatmodels.moc"
