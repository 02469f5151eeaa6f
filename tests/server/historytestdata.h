// The world tst_history runs in: a paydeskd with six people, transfers between some of them
// (notes with commas, quotes, newlines, LIKE wildcards and a spreadsheet formula), a pending
// withdrawal, 250 rows sharing one timestamp (Eve) and 100 000 rows (Gus) seeded straight into
// the database, each seed a balanced posting so the ledger stays exact. Plus the client-side
// helpers the tests need: paydeskd's memory from /proc and a raw chunked CSV download.
#pragma once

#include "csvreader.h"
#include "testserver.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace paydesk::test {

struct Person
{
    QString id;
    QString email;
    QString wallet;
    QString token;
};

struct HistoryWorld
{
    static constexpr int kSameTimestampRows = 250;
    static constexpr int kBulkRows = 100'000;

    std::unique_ptr<TestServer> server;
    QHash<QString, Person> people;    // ada, bob, cy, dee, eve, gus, root (admin)
    QHash<QString, QJsonObject> txns; // label → the transaction as the API showed it (or its id)
    QString problem;                  // what went wrong, for QVERIFY2

    bool build();
    HttpResult get(const QString &who, const QString &path) const;
    // Every id of `who`'s history with this query string, following the cursor (limit 100).
    std::optional<QStringList> historyIds(const QString &who, const QString &query);
    qint64 scalar(const QString &sql) const;

private:
    bool addPerson(const QString &label, const QString &name, bool withPin);
    bool transfer(const QString &label, const QString &from, const QString &to, qint64 amount,
                  const QString &note);
    bool seedBulk(const QString &wallet, const QString &prefix, int rows, int spreadSeconds);
    bool exec(const QString &sql, const QHash<QString, QVariant> &binds, bool prepared = true);
};

struct ProcessMemory
{
    qint64 rssKiB = 0;
    qint64 hwmKiB = 0; // peak resident set
};
ProcessMemory processMemory(qint64 pid);

// A CSV download read over a raw socket, decoding the chunked body as it arrives and keeping
// only counts and ids (never the whole body). With `stallMs` the client first reads nothing for
// that long, and `duringStall` is paydeskd's memory at the end of the stall.
struct CsvDownload
{
    QByteArray head; // status line and headers
    qint64 bodyBytes = 0;
    qint64 records = 0; // header row included
    qint64 uniqueIds = 0;
    bool complete = false; // the closing zero-size chunk arrived
    QString error;
    ProcessMemory duringStall;
};
CsvDownload downloadCsv(const TestServer &server, const QString &path, const QString &token,
                        int stallMs);

} // namespace paydesk::test
