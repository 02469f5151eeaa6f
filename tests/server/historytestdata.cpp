#include "historytestdata.h"

#include "ledgeraudit.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace paydesk::test {

namespace {
const QString kPassword = u"correct horse battery"_s;
const QString kPin = u"2468"_s;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

bool HistoryWorld::build()
{
    server = std::make_unique<TestServer>();
    if (!server->start({u"--auth-rate"_s, u"1000000"_s, u"--account-rate"_s, u"1000000"_s,
                        u"--argon2-memory-kib"_s, u"64"_s, u"--argon2-iterations"_s, u"1"_s,
                        u"--admin-email"_s, u"root@paydesk.test"_s, u"--admin-password"_s,
                        u"admin password 1"_s})) {
        problem = server->log();
        return false;
    }
    const bool joined =
        addPerson(u"ada"_s, u"Ada Lovelace"_s, true) &&
        addPerson(u"bob"_s, u"Bob Builder"_s, true) && addPerson(u"cy"_s, u"Cy Twombly"_s, true) &&
        addPerson(u"dee"_s, u"Dee Dee"_s, false) && addPerson(u"eve"_s, u"Eve Online"_s, false) &&
        addPerson(u"gus"_s, u"Gus Grand"_s, false);
    if (!joined)
        return false;
    const auto login = server->send(
        "POST", u"/api/v1/auth/login"_s,
        json({{"email"_L1, u"root@paydesk.test"_s}, {"password"_L1, u"admin password 1"_s}}));
    if (login.status != 200) {
        problem = u"admin login: "_s + QString::fromUtf8(login.body);
        return false;
    }
    Person root;
    root.token = login.json().value("access_token"_L1).toString();
    people.insert(u"root"_s, root);
    for (const QString &who : {u"ada"_s, u"bob"_s, u"cy"_s}) {
        if (!seedFunding(*server, people[who].wallet, 1'000'000)) {
            problem = u"seed funding failed"_s;
            return false;
        }
    }
    const bool moved = transfer(u"t1"_s, u"ada"_s, u"bob"_s, 1000, u"Rent, June"_s) &&
                       transfer(u"t2"_s, u"ada"_s, u"bob"_s, 2500, u"=SUM(A1)"_s) &&
                       transfer(u"t3"_s, u"bob"_s, u"ada"_s, 700, u"He said \"hi\""_s) &&
                       transfer(u"t4"_s, u"ada"_s, u"cy"_s, 300, u"line one\nline two"_s) &&
                       transfer(u"t5"_s, u"cy"_s, u"dee"_s, 999, u"private"_s) &&
                       transfer(u"t6"_s, u"cy"_s, u"ada"_s, 1234, u"100% legit_ok"_s);
    if (!moved)
        return false;
    // Seeds are found by their wallet: each person has exactly one funding row so far.
    for (const QString &who : {u"ada"_s, u"bob"_s, u"cy"_s}) {
        const QString label = who == "ada"_L1 ? u"seed"_s : u"seed_"_s + who;
        const auto r = get(who, u"/api/v1/wallet/history?type=funding"_s);
        const QJsonArray data = r.json().value("data"_L1).toArray();
        if (data.size() != 1) {
            problem = u"no seed row for "_s + who;
            return false;
        }
        txns.insert(label, data.first().toObject());
    }
    if (!exec(u"INSERT INTO ledger_transactions (id, type, status, currency, amount, "
              "from_account, reference, note) VALUES ('txn_p1_pending', 'withdrawal', "
              "'PENDING', 'NGN', 5000, :wallet, 'WD-REF-1', 'to my bank')"_s,
              {{u"wallet"_s, people[u"ada"_s].wallet}}))
        return false;
    txns.insert(u"p1"_s, QJsonObject{{"id"_L1, u"txn_p1_pending"_s}});
    return seedBulk(people[u"eve"_s].wallet, u"txn_eve_"_s, kSameTimestampRows, 0) &&
           seedBulk(people[u"gus"_s].wallet, u"txn_gus_"_s, kBulkRows, 1);
}

bool HistoryWorld::addPerson(const QString &label, const QString &name, bool withPin)
{
    const auto r = server->send("POST", u"/api/v1/auth/signup"_s,
                                json({{"email"_L1, QString(label + u"@history.test"_s)},
                                      {"password"_L1, kPassword},
                                      {"display_name"_L1, name}}));
    if (r.status != 201) {
        problem = u"signup %1: %2"_s.arg(label, QString::fromUtf8(r.body));
        return false;
    }
    const QJsonObject user = r.json().value("user"_L1).toObject();
    Person p{user.value("id"_L1).toString(), user.value("email"_L1).toString(),
             user.value("wallet_id"_L1).toString(), r.json().value("access_token"_L1).toString()};
    people.insert(label, p);
    if (!withPin)
        return true;
    const auto pin = server->send("POST", u"/api/v1/profile/pin"_s,
                                  json({{"password"_L1, kPassword}, {"pin"_L1, kPin}}),
                                  {{"Authorization", "Bearer " + p.token.toLatin1()}});
    if (pin.status != 204)
        problem = u"pin %1: %2"_s.arg(label, QString::fromUtf8(pin.body));
    return pin.status == 204;
}

bool HistoryWorld::transfer(const QString &label, const QString &from, const QString &to,
                            qint64 amount, const QString &note)
{
    QThread::msleep(5); // distinct milliseconds, so ms-precision bounds can split neighbours
    const auto r = server->send("POST", u"/api/v1/wallet/transfer"_s,
                                json({{"recipient"_L1, people[to].email},
                                      {"amount"_L1, amount},
                                      {"pin"_L1, kPin},
                                      {"note"_L1, note}}),
                                {{"Authorization", "Bearer " + people[from].token.toLatin1()}});
    if (r.status != 201) {
        problem = u"transfer %1: %2"_s.arg(label, QString::fromUtf8(r.body));
        return false;
    }
    txns.insert(label, r.json().value("transaction"_L1).toObject());
    return true;
}

bool HistoryWorld::seedBulk(const QString &wallet, const QString &prefix, int rows,
                            int spreadSeconds)
{
    // One INSERT ... SELECT generate_series for the transactions, then their balanced entries
    // and balances, in one database transaction. `spreadSeconds` 0: one shared timestamp.
    const QHash<QString, QVariant> binds = {{u"wallet"_s, wallet},
                                            {u"prefix"_s, prefix},
                                            {u"rows"_s, rows},
                                            {u"spread"_s, spreadSeconds}};
    return exec(u"INSERT INTO accounts (id, kind, currency, name) VALUES ('acc_test_NGN', "
                "'provider_clearing', 'NGN', 'test') ON CONFLICT DO NOTHING"_s,
                {}) &&
           exec(u"BEGIN"_s, {}, false) &&
           exec(u"INSERT INTO ledger_transactions (id, type, status, currency, amount, "
                "to_account, reference, note, created_at, updated_at) SELECT :prefix || "
                "lpad(g::text, 7, '0'), 'funding', 'SUCCESS', 'NGN', 100 + g % 1000, :wallet, "
                "'bulk-' || g, 'bulk row ' || g, now() - make_interval(secs => g * :spread), "
                "now() FROM generate_series(1, :rows) g"_s,
                binds) &&
           exec(u"INSERT INTO ledger_entries (txn_id, account_id, amount, currency) SELECT id, "
                "a.acc, CASE WHEN a.acc = :wallet THEN amount ELSE -amount END, currency FROM "
                "ledger_transactions, (VALUES (:wallet), ('acc_test_NGN')) a(acc) WHERE "
                "to_account = :wallet AND id LIKE :prefix || '%'"_s,
                binds) &&
           exec(u"UPDATE accounts SET balance = balance + CASE WHEN id = :wallet THEN s ELSE -s "
                "END FROM (SELECT sum(amount) AS s FROM ledger_transactions WHERE to_account = "
                ":wallet AND id LIKE :prefix || '%') t WHERE id IN (:wallet, 'acc_test_NGN')"_s,
                binds) &&
           exec(u"COMMIT"_s, {}, false);
}

bool HistoryWorld::exec(const QString &sql, const QHash<QString, QVariant> &binds, bool prepared)
{
    const QString name = u"history-world"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                       : openServerDatabase(*server, name);
        QSqlQuery q(db);
        if (prepared) {
            ok = q.prepare(sql);
            for (auto it = binds.begin(); it != binds.end(); ++it)
                q.bindValue(u':' + it.key(), it.value());
            ok = ok && q.exec();
        } else {
            ok = q.exec(sql); // BEGIN/COMMIT cannot be prepared
        }
        if (!ok)
            problem = sql.left(60) + u": "_s + q.lastError().text();
    }
    return ok;
}

qint64 HistoryWorld::scalar(const QString &sql) const
{
    const QString name = u"history-world"_s;
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                   : openServerDatabase(*server, name);
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

HttpResult HistoryWorld::get(const QString &who, const QString &path) const
{
    const QString token = people.value(who).token;
    if (token.isEmpty())
        return server->send("GET", path);
    return server->send("GET", path, {}, {{"Authorization", "Bearer " + token.toLatin1()}});
}

std::optional<QStringList> HistoryWorld::historyIds(const QString &who, const QString &query)
{
    QStringList ids;
    QString cursor;
    for (int pages = 0; pages < 100; ++pages) {
        QString path = u"/api/v1/wallet/history?limit=100"_s;
        if (!query.isEmpty())
            path += u'&' + query;
        if (!cursor.isEmpty())
            path += u"&cursor="_s + cursor;
        const HttpResult r = get(who, path);
        if (r.status != 200) {
            problem = u"%1 → %2 %3"_s.arg(path).arg(r.status).arg(QString::fromUtf8(r.body));
            return std::nullopt;
        }
        for (const QJsonValue v : r.json().value("data"_L1).toArray())
            ids.append(v.toObject().value("id"_L1).toString());
        cursor = r.json().value("next_cursor"_L1).toString();
        if (cursor.isEmpty())
            return ids;
    }
    problem = u"too many pages"_s;
    return std::nullopt;
}

ProcessMemory processMemory(qint64 pid)
{
    ProcessMemory m;
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return m;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const auto kib = [&line] {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        };
        if (line.startsWith("VmRSS:"))
            m.rssKiB = kib();
        else if (line.startsWith("VmHWM:"))
            m.hwmKiB = kib();
    }
    return m;
}

namespace {
// Consumes whole CSV lines of `carry` (no quoted newlines in bulk rows), counting them and
// collecting the id in front of each.
void countLines(QByteArray &carry, CsvDownload &d, QSet<QByteArray> &ids)
{
    qsizetype start = 0;
    for (qsizetype end = carry.indexOf("\r\n"); end >= 0; end = carry.indexOf("\r\n", start)) {
        const QByteArray line = carry.mid(start, end - start);
        if (d.records > 0)
            ids.insert(line.left(line.indexOf(',')));
        ++d.records;
        start = end + 2;
    }
    carry.remove(0, start);
}

// Decodes as much of the chunked body in `in` as is complete; false on a framing error.
bool decodeChunks(QByteArray &in, QByteArray &carry, CsvDownload &d, QSet<QByteArray> &ids)
{
    while (true) {
        const qsizetype eol = in.indexOf("\r\n");
        if (eol < 0)
            return true;
        bool ok = false;
        const qint64 size = in.left(eol).toLongLong(&ok, 16);
        if (!ok)
            return false;
        if (in.size() < eol + 2 + size + 2)
            return true; // the chunk is not all here yet
        if (size == 0) {
            d.complete = true;
            return true;
        }
        carry += in.mid(eol + 2, size);
        d.bodyBytes += size;
        in.remove(0, eol + 2 + size + 2);
        countLines(carry, d, ids);
    }
}
} // namespace

CsvDownload downloadCsv(const TestServer &server, const QString &path, const QString &token,
                        int stallMs)
{
    CsvDownload d;
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, server.port());
    if (!socket.waitForConnected(5000)) {
        d.error = u"connect failed"_s;
        return d;
    }
    socket.write("GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                 token.toLatin1() + "\r\n\r\n");
    socket.waitForBytesWritten(5000);
    if (stallMs > 0) {
        QThread::msleep(stallMs); // no event loop runs: nothing is read from the kernel
        d.duringStall = processMemory(const_cast<TestServer &>(server).process().processId());
    }
    QByteArray in;
    QByteArray carry;
    QSet<QByteArray> ids;
    bool inBody = false;
    while (!d.complete && socket.waitForReadyRead(15000)) {
        in += socket.readAll();
        if (!inBody) {
            const qsizetype end = in.indexOf("\r\n\r\n");
            if (end < 0)
                continue;
            d.head = in.left(end);
            in.remove(0, end + 4);
            inBody = true;
        }
        if (!decodeChunks(in, carry, d, ids)) {
            d.error = u"bad chunk framing"_s;
            return d;
        }
    }
    d.uniqueIds = ids.size();
    if (!d.complete)
        d.error = u"the body ended without its closing chunk"_s;
    return d;
}

} // namespace paydesk::test
