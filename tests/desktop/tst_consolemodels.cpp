// The console's list models against a real paydeskd seeded with the demo world: each runs
// under QAbstractItemModelTester (created before the model is configured, so the empty state
// is checked too) while it pages through the cursor API, filters, and takes live events.
#include "apiclient.h"
#include "demoseed.h"
#include "liveeventsmodel.h"
#include "paymentsmodel.h"
#include "recordsmodel.h"
#include "testclient.h"
#include "testserver.h"
#include "webhookreceiver.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using paydesk::test::TestServer;

class tst_ConsoleModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void paymentsModelPagesThroughEveryTestPayment();
    void paymentsModelFiltersByStatusAndSearch();
    void paymentsModelAppliesLiveEvents();
    void paymentsModelSortsOnTheServer();
    void recordsModelsListAppsDeliveriesAndUsers();
    void liveEventsModelKeepsTheNewestHundred();

private:
    std::unique_ptr<ApiClient> signedIn(const char *email);
    void loadAll(PagedModel &model);

    std::unique_ptr<TestServer> m_server;
    paydesk::test::WebhookReceiver m_receiver;
    paydesk::demo::DemoWorld m_world;
    std::unique_ptr<ApiClient> m_merchant;
};

void tst_ConsoleModels::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(paydesk::demo::serverArguments()), qPrintable(m_server->log()));
    QVERIFY(m_receiver.listen());
    QVERIFY(paydesk::demo::seedDemo(*m_server, m_receiver, m_world));
    m_merchant = signedIn(paydesk::demo::kMerchantEmail);
    QVERIFY(m_merchant);
}

void tst_ConsoleModels::cleanupTestCase()
{
    m_merchant.reset();
    QCOMPARE(m_server->stop(), 0);
}

std::unique_ptr<ApiClient> tst_ConsoleModels::signedIn(const char *email)
{
    const auto login =
        paydesk::test::sendJson(*m_server, "POST", u"/api/v1/auth/login"_s,
                                {{"email"_L1, QString::fromLatin1(email)},
                                 {"password"_L1, QString::fromLatin1(paydesk::demo::kPassword)}});
    auto api = std::make_unique<ApiClient>();
    api->setBaseUrl(m_server->url({}));
    if (login.status != 200 || !api->startSession(login.json()))
        return nullptr;
    return api;
}

void tst_ConsoleModels::loadAll(PagedModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(model.loaded() || !model.error().isEmpty(), 10000);
    QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
    // A view (here the model tester) may ask for the next page itself as rows arrive.
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

void tst_ConsoleModels::paymentsModelPagesThroughEveryTestPayment()
{
    PaymentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setApiClient(m_merchant.get());
    model.setPageSize(40);
    model.reload();
    loadAll(model);
    QCOMPARE(model.rowCount(), 230); // the demo's test payments of both test apps
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.paymentIdAt(row));
    QCOMPARE(ids.size(), 230);
    const QModelIndex first = model.index(0);
    QVERIFY(first.data(PaymentsModel::AmountRole).toString().startsWith(u"₦"_s));
    QVERIFY(!first.data(PaymentsModel::AppNameRole).toString().startsWith(u"app_"_s));
}

void tst_ConsoleModels::paymentsModelFiltersByStatusAndSearch()
{
    PaymentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setApiClient(m_merchant.get());
    model.reload();
    model.setStatus(u"FAILED"_s);
    model.reload();
    loadAll(model);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row).data(PaymentsModel::StatusRole).toString(), u"FAILED"_s);
    model.setStatus({});
    model.setSearch(u"LCR-10245"_s);
    model.reload();
    loadAll(model);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(PaymentsModel::ReferenceRole).toString(), u"LCR-10245"_s);
}

void tst_ConsoleModels::paymentsModelAppliesLiveEvents()
{
    PaymentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setApiClient(m_merchant.get());
    model.reload();
    QTRY_VERIFY(model.loaded());
    const int before = model.rowCount();
    const QString existing = model.paymentIdAt(3);
    model.applyEvent(u"payment.failed"_s,
                     {{"data"_L1, QJsonObject{{"payment_id"_L1, existing},
                                              {"mode"_L1, u"test"_s},
                                              {"status"_L1, u"FAILED"_s},
                                              {"amount"_L1, 500},
                                              {"currency"_L1, u"NGN"_s},
                                              {"app_id"_L1, m_world.testAppIds.value(0)}}}});
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(model.index(3).data(PaymentsModel::StatusRole).toString(), u"FAILED"_s);
    QVERIFY(model.index(3).data(PaymentsModel::FreshRole).toBool());
    model.applyEvent(u"payment.created"_s, {{"data"_L1, QJsonObject{{"payment_id"_L1, u"pay_new"_s},
                                                                    {"mode"_L1, u"test"_s},
                                                                    {"status"_L1, u"PENDING"_s},
                                                                    {"amount"_L1, 100},
                                                                    {"currency"_L1, u"NGN"_s}}}});
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.paymentIdAt(0), u"pay_new"_s);
    // Another mode's payment is not this table's.
    model.applyEvent(
        u"payment.created"_s,
        {{"data"_L1, QJsonObject{{"payment_id"_L1, u"pay_live"_s}, {"mode"_L1, u"live"_s}}}});
    QCOMPARE(model.rowCount(), before + 1);
}

void tst_ConsoleModels::paymentsModelSortsOnTheServer()
{
    PaymentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setApiClient(m_merchant.get());
    model.setPageSize(7);
    model.componentComplete(); // as QML would: from now on a new query reloads
    QTRY_VERIFY(model.loaded());
    model.sortBy(u"amount"_s);
    QCOMPARE(model.sortKey(), u"amount"_s);
    QVERIFY(!model.sortAscending()); // amounts sort largest first, per currency
    QTRY_VERIFY(model.loaded());
    loadAll(model);
    QVERIFY(model.rowCount() > 7); // several pages, each in its place
    const auto keyAt = [&](int row) {
        return std::pair(model.index(row).data(PaymentsModel::CurrencyRole).toString(),
                         model.index(row).data(PaymentsModel::AmountMinorRole).toLongLong());
    };
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY2(keyAt(row - 1) >= keyAt(row), qPrintable(QString::number(row)));
    model.sortBy(u"amount"_s);
    QVERIFY(model.sortAscending());
    QTRY_VERIFY(model.loaded());
    loadAll(model);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY2(keyAt(row - 1) <= keyAt(row), qPrintable(QString::number(row)));
    model.sortBy(u"paymentId"_s); // not a server sort: nothing changes
    QCOMPARE(model.sortKey(), u"amount"_s);

    // `model` is ascending now: its last row comes first in descending order.
    const QString top = model.paymentIdAt(model.rowCount() - 1);
    // A view at the end of the list asks for more as soon as it is emptied: that must not
    // fetch the page after the old cursor under the new order (a bug caught by tst_console).
    PaymentsModel viewed;
    viewed.setApiClient(m_merchant.get());
    viewed.setPageSize(7);
    viewed.componentComplete();
    QTRY_VERIFY(viewed.loaded() && !viewed.loading());
    QVERIFY(viewed.canFetchMore({})); // one page of many: the cursor points into the list
    connect(&viewed, &QAbstractItemModel::modelReset, this, [&viewed] {
        if (viewed.canFetchMore({}))
            viewed.fetchMore({});
    });
    viewed.sortBy(u"amount"_s); // largest first
    QTRY_VERIFY(viewed.loaded() && !viewed.loading());
    QTest::qWait(500); // a stray second page would have arrived by now
    QCOMPARE(viewed.paymentIdAt(0), top);
    QCOMPARE(viewed.rowCount(), 7);
}

void tst_ConsoleModels::recordsModelsListAppsDeliveriesAndUsers()
{
    AppsModel apps;
    QAbstractItemModelTester appsTester(&apps,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    apps.setApiClient(m_merchant.get());
    apps.reload();
    loadAll(apps);
    QCOMPARE(apps.rowCount(), 4);
    QVERIFY(apps.get(0).value(u"appId"_s).toString().startsWith(u"app_"_s));

    WebhookDeliveriesModel deliveries;
    QAbstractItemModelTester deliveriesTester(
        &deliveries, QAbstractItemModelTester::FailureReportingMode::QtTest);
    deliveries.setApiClient(m_merchant.get());
    deliveries.setPageSize(25);
    deliveries.setFilters({{u"app_id"_s, m_world.testAppIds.value(1)}});
    deliveries.reload();
    loadAll(deliveries);
    QVERIFY(deliveries.rowCount() >= 60); // one payment.created per market payment at least
    for (int row = 0; row < deliveries.rowCount(); ++row)
        QCOMPARE(deliveries.get(row).value(u"appId"_s).toString(), m_world.testAppIds.value(1));

    auto admin = signedIn(paydesk::demo::kAdminEmail);
    QVERIFY(admin);
    UsersModel users;
    QAbstractItemModelTester usersTester(&users,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    users.setApiClient(admin.get());
    users.setPageSize(3);
    users.reload();
    loadAll(users);
    QCOMPARE(users.rowCount(), 11); // merchant, admin, eight people, the wallet demo person
    AdminTransactionsModel transactions;
    QAbstractItemModelTester txTester(&transactions,
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    transactions.setApiClient(admin.get());
    transactions.reload();
    loadAll(transactions);
    QVERIFY(transactions.rowCount() >= 24);
}

void tst_ConsoleModels::liveEventsModelKeepsTheNewestHundred()
{
    LiveEventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int n = 0; n < 150; ++n) {
        model.add(u"payment.created"_s,
                  {{"data"_L1, QJsonObject{{"payment_id"_L1, u"pay_%1"_s.arg(n)},
                                           {"mode"_L1, u"test"_s},
                                           {"status"_L1, u"PENDING"_s},
                                           {"amount"_L1, 100 + n},
                                           {"currency"_L1, u"NGN"_s}}}});
    }
    model.add(u"wallet.updated"_s, {});
    QCOMPARE(model.rowCount(), LiveEventsModel::kCapacity);
    QCOMPARE(model.index(0).data(LiveEventsModel::PaymentIdRole).toString(), u"pay_149"_s);
    model.setMode(u"live"_s);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_ConsoleModels)
#include "tst_consolemodels.moc"
