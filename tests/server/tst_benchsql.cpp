// The pgbench baseline (app-server/store/bench/*.sql) must issue exactly the statements paydeskd
// issues, or the ratio paydesk-bench prints compares different work. Each script's statements are
// compared, in order and word for word (whitespace aside), with the constants the repositories
// run (store/ledgersql.h, store/paymentsql.h); then both scripts run under pgbench against a real
// paydeskd's database, and the ledger must still balance.
#include "ledgeraudit.h"
#include "pgbaseline.h"
#include "testclient.h"
#include "testserver.h"

#include "store/ledgersql.h"
#include "store/paymentsql.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::server;
using namespace paydesk::test;

namespace {

QString normalized(const QString &sql)
{
    static const QRegularExpression space(u"\\s+"_s);
    QString s = sql;
    s.replace(space, u" "_s);
    s = s.trimmed();
    if (s.endsWith(u';'))
        s.chop(1);
    return s.trimmed();
}

// The SQL statements of a pgbench script: comments, meta-commands (\set) and the per-client
// set-up block (\if ... \endif) dropped, split at semicolons, transaction control left out.
QStringList scriptStatements(const QString &script)
{
    QString sql;
    bool perClient = false; // inside the block run once per client, not per transaction
    for (const QString &line : script.split(u'\n')) {
        const QString t = line.trimmed();
        if (t.startsWith(u"\\if"_s))
            perClient = true;
        else if (t.startsWith(u"\\endif"_s))
            perClient = false;
        if (perClient || t.startsWith(u"--"_s) || t.startsWith(u'\\'))
            continue;
        sql += line + u'\n';
    }
    QStringList out;
    for (const QString &part : sql.split(u';')) {
        const QString s = normalized(part);
        if (!s.isEmpty() && s != "BEGIN"_L1 && s != "COMMIT"_L1)
            out.append(s);
    }
    return out;
}

// The per-client block may only set empty texts: it must not hide work from the comparison.
bool perClientBlockOnlySetsEmptyTexts(const QString &script)
{
    static const QRegularExpression emptyTexts(u"^SELECT '' AS \\w+(, '' AS \\w+)* \\\\gset$"_s);
    bool perClient = false;
    for (const QString &line : script.split(u'\n')) {
        const QString t = line.trimmed();
        if (t.startsWith(u"\\if"_s) || t.startsWith(u"\\endif"_s)) {
            perClient = t.startsWith(u"\\if"_s);
            continue;
        }
        if (perClient && !t.startsWith(u"\\set"_s) && !emptyTexts.match(t).hasMatch())
            return false;
    }
    return true;
}

QString readScript(const QString &name)
{
    QFile f(PgBaseline::scriptDir() + u'/' + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList expected(std::initializer_list<const char *> statements)
{
    QStringList out;
    for (const char *s : statements)
        out.append(normalized(QString::fromUtf8(s)));
    return out;
}

// What a transfer posting runs when it is its own transaction (LedgerService::postIn).
QStringList transferStatements()
{
    return expected({ledgersql::kInsertTxnApplyingLegs, ledgersql::kEntriesLogsDebits});
}

// What a payment request's creation runs (PaymentService::createIn, then the stored answer
// of its key in the same unit).
QStringList paymentCreateStatements()
{
    return expected({paymentsql::kClaimKey, paymentsql::kInsert, paymentsql::kAnnounce,
                     ledgersql::kStoreResponse});
}

} // namespace

class tst_BenchSql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scriptIssuesTheRepositoryStatements_data();
    void scriptIssuesTheRepositoryStatements();
    void aChangedStatementIsCaught();
    void scriptsRunUnderPgbenchAndKeepTheLedgerBalanced();
};

void tst_BenchSql::scriptIssuesTheRepositoryStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("transfer") << u"transfer.sql"_s << transferStatements();
    QTest::newRow("payment_create") << u"payment_create.sql"_s << paymentCreateStatements();
}

void tst_BenchSql::scriptIssuesTheRepositoryStatements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    const QString text = readScript(script);
    QVERIFY2(!text.isEmpty(), qPrintable(u"cannot read "_s + script));
    QVERIFY(perClientBlockOnlySetsEmptyTexts(text));
    const QStringList found = scriptStatements(text);
    QCOMPARE(found.size(), statements.size());
    for (qsizetype i = 0; i < found.size(); ++i)
        QCOMPARE(found.at(i), statements.at(i));
}

void tst_BenchSql::aChangedStatementIsCaught()
{
    // The comparison is not vacuous: one changed word in the script is a mismatch.
    QString text = readScript(u"transfer.sql"_s);
    QVERIFY(text.contains(u"a.balance + v.amount >= a.min_balance"_s));
    text.replace(u"a.balance + v.amount >= a.min_balance"_s,
                 u"a.balance + v.amount > a.min_balance"_s);
    QVERIFY(scriptStatements(text) != transferStatements());
}

void tst_BenchSql::scriptsRunUnderPgbenchAndKeepTheLedgerBalanced()
{
    if (PgBaseline::pgbenchBinary().isEmpty())
        QSKIP("pgbench is not installed (Debian: postgresql)");
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.log()));
    const auto merchant = signUp(server, u"pgb-merchant@example.com"_s, u"pgbench horse battery"_s,
                                 {}, u"business"_s);
    QVERIFY(merchant);
    const auto app =
        sendJson(server, "POST", u"/api/v1/apps"_s,
                 {{"name"_L1, u"Baseline shop"_s}, {"environment"_L1, u"live"_s}}, merchant->token);
    QCOMPARE(app.status, 201);
    PgBaseline pg(server);
    QVERIFY(pg.prepare(10, 1'000'000));
    const PgbenchFigures transfers = pg.transfer(2, 1);
    QVERIFY2(transfers.error.isEmpty(), qPrintable(transfers.error));
    QVERIFY(transfers.transactions > 0);
    QCOMPARE(transfers.failed, 0);
    const PgbenchFigures creations = pg.paymentCreate(2, 1);
    QVERIFY2(creations.error.isEmpty(), qPrintable(creations.error));
    QVERIFY(creations.transactions > 0);
    QCOMPARE(queryScalar(server, u"SELECT count(*) FROM ledger_transactions WHERE type = "
                                 "'transfer'"_s),
             transfers.transactions);
    const LedgerAudit audit = auditLedger(server);
    QVERIFY2(audit.clean(), qPrintable(audit.describe()));
}

QTEST_GUILESS_MAIN(tst_BenchSql)
#include "tst_benchsql.moc"
