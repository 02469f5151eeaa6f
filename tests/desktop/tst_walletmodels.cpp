// The wallet's models and controllers against a real paydeskd seeded with the demo world (the
// demo person's wallet, walletseed.cpp): the history pages through the cursor API and filters
// under QAbstractItemModelTester; the balance follows wallet.updated events over the real
// WebSocket; a transfer shows as a pending row that becomes the server's transaction (or a
// failed row when the server refuses it); and a transfer whose answer is lost, or that is sent
// while paydeskd restarts, is retried with its one Idempotency-Key and moves money once.
#include "apiclient.h"
#include "csvexport.h"
#include "demoseed.h"
#include "displayformat.h"
#include "ledgeraudit.h"
#include "realtimeclient.h"
#include "sessioncontroller.h"
#include "testclient.h"
#include "testserver.h"
#include "tokenstore.h"
#include "transfercontroller.h"
#include "walletanalytics.h"
#include "walletcontroller.h"
#include "wallethistorymodel.h"
#include "walletseed.h"
#include "webhookreceiver.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using paydesk::test::sendJson;
using paydesk::test::TestServer;

class tst_WalletModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void historyPagesThroughEveryTransaction();
    void historyFilters_data();
    void historyFilters();
    void balanceFollowsLiveEvents();
    void walletTurnsOffAndOn();
    void historyExportsTheFilteredRowsAsCsv();
    void analyticsSumsInAndOutExactly();
    void recipientSearchFindsPeople();
    void optimisticTransferBecomesTheServersTransaction();
    void refusedTransferBecomesAFailedRow();
    void lostAnswerIsRetriedWithTheSameKeyAndMovesMoneyOnce();
    void transferDuringServerRestartCompletesOnce();
    void abandonedUnknownTransferLeavesNoPendingRow();

private:
    std::unique_ptr<ApiClient> signedIn(const QString &email);
    QString tokenOf(const QString &email);
    void loadAll(PagedModel &model);
    QJsonArray serverHistory(const QString &query = {});
    qint64 balance();
    int transactionsWithNote(const QString &note);
    void sendTransfer(TransferController &transfer, const QString &amount, const QString &note);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestServer> m_server;
    paydesk::test::WebhookReceiver m_receiver;
    paydesk::demo::DemoWorld m_world;
    std::unique_ptr<ApiClient> m_person;
    QString m_token;
    QVariantMap m_amaka;
};

void tst_WalletModels::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_settingsDir.path()));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(paydesk::demo::serverArguments()), qPrintable(m_server->log()));
    QVERIFY(m_receiver.listen());
    QVERIFY(paydesk::demo::seedDemo(*m_server, m_receiver, m_world));
    m_person = signedIn(QString::fromLatin1(paydesk::demo::kPersonalEmail));
    QVERIFY(m_person);
    const auto users = sendJson(*m_server, "GET", u"/api/v1/chat/users?q=amaka"_s, {}, m_token);
    QCOMPARE(users.status, 200);
    m_amaka = users.json().value("data"_L1).toArray().first().toObject().toVariantMap();
    QCOMPARE(m_amaka.value(u"email"_s).toString(), u"amaka@example.ng"_s);
}

void tst_WalletModels::cleanupTestCase()
{
    m_person.reset();
    if (m_server)
        QCOMPARE(m_server->stop(), 0);
}

QString tst_WalletModels::tokenOf(const QString &email)
{
    return sendJson(*m_server, "POST", u"/api/v1/auth/login"_s,
                    {{"email"_L1, email},
                     {"password"_L1, QString::fromLatin1(paydesk::demo::kPassword)}})
        .json()
        .value("access_token"_L1)
        .toString();
}

std::unique_ptr<ApiClient> tst_WalletModels::signedIn(const QString &email)
{
    const auto login = sendJson(
        *m_server, "POST", u"/api/v1/auth/login"_s,
        {{"email"_L1, email}, {"password"_L1, QString::fromLatin1(paydesk::demo::kPassword)}});
    auto api = std::make_unique<ApiClient>();
    api->setBaseUrl(m_server->url({}));
    if (login.status != 200 || !api->startSession(login.json()))
        return nullptr;
    m_token = login.json().value("access_token"_L1).toString();
    return api;
}

void tst_WalletModels::loadAll(PagedModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(model.loaded() || !model.error().isEmpty(), 10000);
    QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
    for (;;) {
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), 10000);
        if (!model.canFetchMore({}))
            break;
        const int before = model.rowCount();
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), 10000);
        QVERIFY(model.rowCount() > before);
    }
}

QJsonArray tst_WalletModels::serverHistory(const QString &query)
{
    return sendJson(*m_server, "GET", u"/api/v1/wallet/history?limit=100"_s + query, {}, m_token)
        .json()
        .value("data"_L1)
        .toArray();
}

qint64 tst_WalletModels::balance()
{
    return sendJson(*m_server, "GET", u"/api/v1/wallet/me"_s, {}, m_token)
        .json()
        .value("wallet"_L1)
        .toObject()
        .value("balance"_L1)
        .toInteger(-1);
}

int tst_WalletModels::transactionsWithNote(const QString &note)
{
    int n = 0;
    for (const QJsonValue &t : serverHistory())
        n += t.toObject().value("note"_L1).toString() == note ? 1 : 0;
    return n;
}

void tst_WalletModels::historyPagesThroughEveryTransaction()
{
    WalletHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setApiClient(m_person.get());
    model.setPageSize(4);
    model.reload();
    loadAll(model);
    const QJsonArray expected = serverHistory();
    QVERIFY(expected.size() >= 14);
    QCOMPARE(model.rowCount(), int(expected.size()));
    QSet<QString> ids;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row);
        QCOMPARE(i.data(WalletHistoryModel::TransactionIdRole).toString(),
                 expected.at(row).toObject().value("id"_L1).toString());
        ids.insert(i.data(WalletHistoryModel::TransactionIdRole).toString());
        const qint64 created = i.data(WalletHistoryModel::CreatedMsRole).toLongLong();
        QVERIFY(created <= previous); // newest first
        previous = created;
        const QString amount = i.data(WalletHistoryModel::AmountRole).toString();
        QVERIFY2(amount.startsWith(u"+₦"_s) || amount.startsWith(u"\u2212₦"_s), qPrintable(amount));
    }
    QCOMPARE(ids.size(), model.rowCount());
}

void tst_WalletModels::historyFilters_data()
{
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("expected"); // every row's value of `role`; empty: not checked
    QTest::addColumn<QString>("query");
    QTest::newRow("type") << u"type"_s << u"transfer"_s << int(WalletHistoryModel::TypeRole)
                          << u"transfer"_s << u"&type=transfer"_s;
    QTest::newRow("status") << u"status"_s << u"FAILED"_s << int(WalletHistoryModel::StatusRole)
                            << u"FAILED"_s << u"&status=FAILED"_s;
    QTest::newRow("direction") << u"direction"_s << u"in"_s
                               << int(WalletHistoryModel::DirectionRole) << u"in"_s
                               << u"&direction=in"_s;
    QTest::newRow("counterparty") << u"counterparty"_s << u"amaka@example.ng"_s
                                  << int(WalletHistoryModel::CounterpartyRole) << u"Amaka Eze"_s
                                  << u"&counterparty=amaka%40example.ng"_s;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QTest::newRow("date range") << u"fromDate"_s << today << int(WalletHistoryModel::TypeRole)
                                << QString() << u"&from="_s + today;
}

void tst_WalletModels::historyFilters()
{
    QFETCH(QString, property);
    QFETCH(QString, value);
    QFETCH(int, role);
    QFETCH(QString, expected);
    QFETCH(QString, query);
    WalletHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setApiClient(m_person.get());
    model.setPageSize(3);
    model.componentComplete(); // complete: a filter change reloads by itself
    loadAll(model);
    const int all = model.rowCount();
    QVERIFY(model.setProperty(property.toLatin1(), value));
    QVERIFY(model.filtered());
    loadAll(model);
    const int matching = int(serverHistory(query).size());
    QVERIFY(matching > 0);
    QVERIFY(matching < all);
    QCOMPARE(model.rowCount(), matching);
    for (int row = 0; row < model.rowCount() && !expected.isEmpty(); ++row)
        QCOMPARE(model.index(row).data(role).toString(), expected);
    QCOMPARE(model.exportFilters().size(), 1);
    model.clearFilters();
    loadAll(model);
    QCOMPARE(model.rowCount(), all);
}

void tst_WalletModels::balanceFollowsLiveEvents()
{
    SessionController session;
    session.setServerUrl(m_server->url({}).toString());
    session.signIn(QString::fromLatin1(paydesk::demo::kPersonalEmail),
                   QString::fromLatin1(paydesk::demo::kPassword));
    QTRY_COMPARE_WITH_TIMEOUT(session.status(), SessionController::Status::SignedIn, 20000);
    RealtimeClient realtime(&session);
    QTRY_COMPARE_WITH_TIMEOUT(realtime.state(), RealtimeClient::State::Live, 10000);
    WalletController wallet;
    wallet.setApiClient(session.api());
    wallet.attachRealtime(&realtime);
    wallet.reload();
    QTRY_VERIFY_WITH_TIMEOUT(wallet.loaded(), 10000);
    const qint64 before = wallet.balance();
    QCOMPARE(before, balance());

    // Amaka sends money from her own session: nothing on this side asks the server.
    const QString amaka = tokenOf(u"amaka@example.ng"_s);
    QVERIFY(!amaka.isEmpty());
    QCOMPARE(sendJson(*m_server, "POST", u"/api/v1/wallet/transfer"_s,
                      {{"recipient"_L1, QString::fromLatin1(paydesk::demo::kPersonalEmail)},
                       {"amount"_L1, 43'210},
                       {"note"_L1, u"Live balance check"_s},
                       {"pin"_L1, u"2580"_s}},
                      amaka, ApiClient::newIdempotencyKey())
                 .status,
             201);
    QTRY_COMPARE_WITH_TIMEOUT(wallet.balance(), before + 43'210, 3000);
    QVERIFY(wallet.liveUpdates() >= 1);
    QVERIFY(wallet.balanceText().startsWith(u"₦"_s));
    session.signOut();
}

void tst_WalletModels::historyExportsTheFilteredRowsAsCsv()
{
    WalletHistoryModel history;
    history.setApiClient(m_person.get());
    history.setType(u"transfer"_s);
    history.reload();
    loadAll(history);
    QTemporaryDir dir;
    CsvExport exporter;
    exporter.setApiClient(m_person.get());
    exporter.setSource(u"wallet"_s);
    QSignalSpy finished(&exporter, &CsvExport::finished);
    const QString path = dir.filePath(CsvExport::suggestedWalletName());
    exporter.start(QUrl::fromLocalFile(path), history.exportFilters());
    QVERIFY(exporter.running());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(exporter.error()));
    QCOMPARE(exporter.rows(), qint64(history.rowCount()));
    QVERIFY(exporter.notice().contains(QString::number(history.rowCount())));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), history.rowCount() + 1); // the header, then one line a transaction
    for (const QByteArray &line : lines.mid(1))
        QVERIFY2(line.contains("transfer"), line.constData());
}

void tst_WalletModels::walletTurnsOffAndOn()
{
    WalletController wallet;
    wallet.setApiClient(m_person.get());
    wallet.reload();
    QTRY_VERIFY_WITH_TIMEOUT(wallet.loaded(), 10000);
    QVERIFY(wallet.active());
    wallet.setActive(false);
    QVERIFY(wallet.busy());
    QTRY_VERIFY_WITH_TIMEOUT(!wallet.busy(), 10000);
    QVERIFY(!wallet.active());
    // A disabled wallet sends nothing: the transfer fails plainly, nothing moves.
    const qint64 before = balance();
    TransferController transfer;
    transfer.setApiClient(m_person.get());
    sendTransfer(transfer, u"1"_s, u"While disabled"_s);
    QTRY_COMPARE_WITH_TIMEOUT(transfer.step(), TransferController::Step::Failed, 10000);
    QVERIFY(!transfer.outcome().isEmpty());
    QCOMPARE(balance(), before);
    wallet.setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(!wallet.busy() && wallet.active(), 10000);
}

void tst_WalletModels::analyticsSumsInAndOutExactly()
{
    WalletAnalytics analytics;
    analytics.setApiClient(m_person.get());
    analytics.reload();
    QTRY_VERIFY_WITH_TIMEOUT(analytics.loaded(), 10000);
    QVERIFY2(analytics.error().isEmpty(), qPrintable(analytics.error()));
    QCOMPARE(analytics.series().size(), 30); // today and the 29 days before, zero-filled
    // The range's totals are the settled credits and debits of the summary, to the unit.
    const QJsonObject summary =
        sendJson(*m_server, "GET", u"/api/v1/wallet/analytics?period=day"_s, {}, m_token)
            .json()
            .value("analytics"_L1)
            .toObject();
    qint64 in = 0;
    for (const QJsonValue &p : summary.value("series"_L1).toArray())
        in += p.toObject().value("credits"_L1).toInteger();
    QCOMPARE(analytics.incomeText(), paydesk::desktop::formatMoney(in, u"NGN"_s));
    QStringList types;
    for (const QVariant &t : analytics.byType())
        types << t.toMap().value(u"type"_s).toString();
    QVERIFY2(types.contains(u"transfer"_s) && types.contains(u"funding"_s) &&
                 types.contains(u"withdrawal"_s) && types.contains(u"payment"_s),
             qPrintable(types.join(u',')));
    QStringList statuses;
    for (const QVariant &t : analytics.byStatus())
        statuses << t.toMap().value(u"status"_s).toString();
    QVERIFY(statuses.contains(u"SUCCESS"_s) && statuses.contains(u"FAILED"_s));
    analytics.setPeriod(u"month"_s);
    QTRY_COMPARE_WITH_TIMEOUT(analytics.series().size(), 12, 10000); // this month and 11 before
}

void tst_WalletModels::sendTransfer(TransferController &transfer, const QString &amount,
                                    const QString &note)
{
    transfer.start(m_amaka);
    transfer.setAmountText(amount);
    transfer.setNote(note);
    QVERIFY(transfer.review());
    QCOMPARE(transfer.step(), TransferController::Step::Review);
    transfer.send(QString::fromLatin1(paydesk::demo::kPersonalPin));
}

void tst_WalletModels::recipientSearchFindsPeople()
{
    TransferController transfer;
    transfer.setApiClient(m_person.get());
    transfer.search(u"ama"_s);
    QVERIFY(transfer.searching());
    QTRY_VERIFY_WITH_TIMEOUT(!transfer.searching(), 5000);
    QCOMPARE(transfer.recipients().size(), 1);
    QCOMPARE(transfer.recipients().first().toMap().value(u"display_name"_s).toString(),
             u"Amaka Eze"_s);
    transfer.search(u"a"_s); // too short to ask
    QVERIFY(transfer.recipients().isEmpty());
    // Without a recipient the form does not go to review.
    transfer.start();
    transfer.setAmountText(u"10"_s);
    QVERIFY(!transfer.review());
    QVERIFY(!transfer.recipientError().isEmpty());
    transfer.chooseRecipient(transfer.recipients().value(0).toMap());
    transfer.chooseRecipient(m_amaka);
    transfer.setAmountText(u"10.001"_s);
    QVERIFY(!transfer.review());
    QVERIFY(!transfer.amountError().isEmpty());
    QCOMPARE(transfer.step(), TransferController::Step::Form);
}

void tst_WalletModels::optimisticTransferBecomesTheServersTransaction()
{
    WalletHistoryModel history;
    QAbstractItemModelTester tester(&history,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    history.setApiClient(m_person.get());
    history.reload();
    loadAll(history);
    const int before = history.rowCount();
    const qint64 balanceBefore = balance();
    TransferController transfer;
    transfer.setApiClient(m_person.get());
    transfer.setHistory(&history);
    sendTransfer(transfer, u"12.50"_s, u"Optimistic row"_s);
    // At once, before any answer: a pending row on top.
    QCOMPARE(history.rowCount(), before + 1);
    QModelIndex top = history.index(0);
    QVERIFY(top.data(WalletHistoryModel::LocalRole).toBool());
    QCOMPARE(top.data(WalletHistoryModel::StatusRole).toString(), u"PENDING"_s);
    QCOMPARE(top.data(WalletHistoryModel::AmountMinorRole).toString(), u"1250"_s);
    QCOMPARE(top.data(WalletHistoryModel::CounterpartyRole).toString(), u"Amaka Eze"_s);
    // The answer: the same row is now the server's transaction.
    QTRY_COMPARE_WITH_TIMEOUT(transfer.step(), TransferController::Step::Done, 10000);
    QCOMPARE(history.rowCount(), before + 1);
    top = history.index(0);
    QVERIFY(!top.data(WalletHistoryModel::LocalRole).toBool());
    QCOMPARE(top.data(WalletHistoryModel::StatusRole).toString(), u"SUCCESS"_s);
    QCOMPARE(top.data(WalletHistoryModel::TransactionIdRole).toString(), transfer.transactionId());
    QCOMPARE(serverHistory().first().toObject().value("id"_L1).toString(),
             transfer.transactionId());
    QCOMPARE(balance(), balanceBefore - 1250);
    // A live event of the same transaction arriving after the answer changes no row count.
    history.applyEvent(u"transaction.updated"_s,
                       {{"transaction"_L1, serverHistory().first().toObject()}});
    QTest::qWait(400);
    QCOMPARE(history.rowCount(), before + 1);
}

void tst_WalletModels::refusedTransferBecomesAFailedRow()
{
    WalletHistoryModel history;
    QAbstractItemModelTester tester(&history,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    history.setApiClient(m_person.get());
    history.reload();
    loadAll(history);
    const int before = history.rowCount();
    const qint64 balanceBefore = balance();
    QVERIFY(balanceBefore < 90'000'000);
    TransferController transfer;
    transfer.setApiClient(m_person.get());
    transfer.setHistory(&history);
    sendTransfer(transfer, u"900000"_s, u"Too much"_s); // ₦900,000.00: more than the balance
    QCOMPARE(history.index(0).data(WalletHistoryModel::StatusRole).toString(), u"PENDING"_s);
    QTRY_COMPARE_WITH_TIMEOUT(transfer.step(), TransferController::Step::Failed, 10000);
    QCOMPARE(history.rowCount(), before + 1);
    const QModelIndex top = history.index(0);
    QCOMPARE(top.data(WalletHistoryModel::StatusRole).toString(), u"FAILED"_s);
    QVERIFY(top.data(WalletHistoryModel::LocalRole).toBool());
    QVERIFY2(!top.data(WalletHistoryModel::FailureRole).toString().isEmpty(),
             qPrintable(transfer.outcome()));
    QCOMPARE(balance(), balanceBefore);
    QCOMPARE(transactionsWithNote(u"Too much"_s), 0);
    QVERIFY(transfer.idempotencyKey().isEmpty()); // the next transfer is a new intent
}

void tst_WalletModels::lostAnswerIsRetriedWithTheSameKeyAndMovesMoneyOnce()
{
    const qint64 balanceBefore = balance();
    TransferController transfer;
    transfer.setApiClient(m_person.get());
    transfer.setRetryPolicy({4, std::chrono::milliseconds(200), std::chrono::milliseconds(800)});
    // The first answer is thrown away after the server ran the transfer.
    m_person->dropNextAnswers(1);
    sendTransfer(transfer, u"7.77"_s, u"Lost answer"_s);
    const QByteArray key = transfer.idempotencyKey();
    QVERIFY(!key.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!transfer.progress().isEmpty(), 5000); // "No answer yet"
    QCOMPARE(transfer.idempotencyKey(), key);
    QTRY_COMPARE_WITH_TIMEOUT(transfer.step(), TransferController::Step::Done, 10000);
    QCOMPARE(transactionsWithNote(u"Lost answer"_s), 1);
    QCOMPARE(balance(), balanceBefore - 777);
    QCOMPARE(serverHistory().first().toObject().value("id"_L1).toString(),
             transfer.transactionId());
}

void tst_WalletModels::transferDuringServerRestartCompletesOnce()
{
    const qint64 balanceBefore = balance();
    const QString port = QString::number(m_server->port());
    TransferController transfer;
    transfer.setApiClient(m_person.get());
    transfer.setRetryPolicy({3, std::chrono::milliseconds(300), std::chrono::milliseconds(600)});
    QCOMPARE(m_server->stop(), 0);
    sendTransfer(transfer, u"3.33"_s, u"During restart"_s);
    // Every attempt finds no server: the outcome is unknown, never "failed".
    QTRY_COMPARE_WITH_TIMEOUT(transfer.step(), TransferController::Step::Unknown, 15000);
    const QByteArray key = transfer.idempotencyKey();
    QVERIFY(!key.isEmpty());
    QVERIFY2(m_server->start(paydesk::demo::serverArguments() + QStringList{u"--port"_s, port}),
             qPrintable(m_server->log()));
    // "Try again": the same key, twice over to be sure a repeat changes nothing.
    transfer.retry();
    QCOMPARE(transfer.idempotencyKey(), key);
    QTRY_COMPARE_WITH_TIMEOUT(transfer.step(), TransferController::Step::Done, 15000);
    QCOMPARE(transactionsWithNote(u"During restart"_s), 1);
    QCOMPARE(balance(), balanceBefore - 333);
    QVERIFY(paydesk::test::auditLedger(*m_server).clean());
}

// Given up while the outcome is unknown (the server is down): no pending row stays behind.
void tst_WalletModels::abandonedUnknownTransferLeavesNoPendingRow()
{
    const QString port = QString::number(m_server->port());
    WalletHistoryModel history;
    history.setApiClient(m_person.get());
    history.reload();
    QTRY_VERIFY_WITH_TIMEOUT(history.loaded(), 10000);
    const int rows = history.rowCount();
    TransferController transfer;
    transfer.setApiClient(m_person.get());
    transfer.setHistory(&history);
    transfer.setRetryPolicy({2, std::chrono::milliseconds(200), std::chrono::milliseconds(300)});
    QCOMPARE(m_server->stop(), 0);
    sendTransfer(transfer, u"1.11"_s, u"Given up"_s);
    QCOMPARE(history.rowCount(), rows + 1); // the pending row
    QTRY_COMPARE_WITH_TIMEOUT(transfer.step(), TransferController::Step::Unknown, 15000);
    transfer.abandon();
    QCOMPARE(history.rowCount(), rows);
    QCOMPARE(transfer.step(), TransferController::Step::Form);
    QVERIFY2(m_server->start(paydesk::demo::serverArguments() + QStringList{u"--port"_s, port}),
             qPrintable(m_server->log()));
    QCOMPARE(transactionsWithNote(u"Given up"_s), 0);
}

QTEST_GUILESS_MAIN(tst_WalletModels)
#include "tst_walletmodels.moc"
