#include "ledgerrepository.h"

#include "ids.h"
#include "ledgersql.h"
#include "sql.h"

#include <QJsonDocument>

#include <array>

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {

#define TXN_COLUMNS                                                                                \
    "id, type, status, currency, amount, fee, coalesce(from_account, ''), "                        \
    "coalesce(to_account, ''), reference, note, metadata::text, coalesce(initiated_by, ''), "      \
    "failure_reason, created_at, updated_at "

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

ledger::Txn readTxnRow(const QSqlQuery &q)
{
    ledger::Txn t;
    t.id = q.value(0).toString();
    t.type = q.value(1).toString();
    t.status = q.value(2).toString();
    t.currency = q.value(3).toString();
    t.amount = q.value(4).toLongLong();
    t.fee = q.value(5).toLongLong();
    t.fromAccount = q.value(6).toString();
    t.toAccount = q.value(7).toString();
    t.reference = q.value(8).toString();
    t.note = q.value(9).toString();
    t.metadata = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    t.initiatedBy = q.value(11).toString();
    t.failureReason = q.value(12).toString();
    t.createdAt = q.value(13).toDateTime().toUTC();
    t.updatedAt = q.value(14).toDateTime().toUTC();
    return t;
}

Result<bool> LedgerRepository::insertTxn(ledger::Txn &t, const ledger::IdempotencyClaim *claim)
{
    const QString metadata =
        QString::fromUtf8(QJsonDocument(t.metadata).toJson(QJsonDocument::Compact));
    const auto row = claim ? sql::one(m_db, ledgersql::kInsertTxnClaimingKey,
                                      {{"id", t.id},
                                       {"type", t.type},
                                       {"status", t.status},
                                       {"currency", t.currency},
                                       {"amount", t.amount},
                                       {"fee", t.fee},
                                       {"from", orNull(t.fromAccount)},
                                       {"to", orNull(t.toAccount)},
                                       {"reference", sql::text(t.reference)},
                                       {"note", sql::text(t.note)},
                                       {"metadata", metadata},
                                       {"by", orNull(t.initiatedBy)},
                                       {"owner", claim->owner},
                                       {"key", claim->key},
                                       {"hash", claim->requestHash}})
                           : sql::one(m_db, ledgersql::kInsertTxn,
                                      {{"id", t.id},
                                       {"type", t.type},
                                       {"status", t.status},
                                       {"currency", t.currency},
                                       {"amount", t.amount},
                                       {"fee", t.fee},
                                       {"from", orNull(t.fromAccount)},
                                       {"to", orNull(t.toAccount)},
                                       {"reference", sql::text(t.reference)},
                                       {"note", sql::text(t.note)},
                                       {"metadata", metadata},
                                       {"by", orNull(t.initiatedBy)}});
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(errc::kInternal, u"The transaction could not be recorded."_s);
    t.createdAt = (*row)->value(0).toDateTime().toUTC();
    t.updatedAt = (*row)->value(1).toDateTime().toUTC();
    return claim ? (*row)->value(2).toBool() : true;
}

Result<std::optional<ledger::Txn>> LedgerRepository::findTxn(const QString &id, bool forUpdate)
{
    auto row = sql::one(m_db,
                        forUpdate ? "SELECT " TXN_COLUMNS
                                    "FROM ledger_transactions WHERE id = :id FOR UPDATE"
                                  : "SELECT " TXN_COLUMNS "FROM ledger_transactions WHERE id = :id",
                        {{"id", id}});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ledger::Txn>();
    return std::optional<ledger::Txn>(readTxnRow(**row));
}

Result<bool> LedgerRepository::finish(ledger::Txn &t, const QString &status,
                                      const QString &failureReason)
{
    auto row = sql::one(m_db,
                        "UPDATE ledger_transactions SET status = :status, failure_reason = :why, "
                        "updated_at = now() WHERE id = :id AND status = 'PENDING' "
                        "RETURNING updated_at",
                        {{"status", status}, {"why", sql::text(failureReason)}, {"id", t.id}});
    if (!row)
        return row.error();
    if (!*row)
        return false;
    t.status = status;
    t.failureReason = failureReason;
    t.updatedAt = (*row)->value(0).toDateTime().toUTC();
    return true;
}

Result<std::optional<AppliedLeg>> LedgerRepository::applyLeg(const QString &accountId,
                                                             qint64 amount, const QString &currency,
                                                             bool requireActive)
{
    auto row = sql::one(m_db, ledgersql::kApplyLeg,
                        {{"amount", amount},
                         {"id", accountId},
                         {"require_active", requireActive},
                         {"currency", currency}});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<AppliedLeg>();
    return std::optional<AppliedLeg>(
        AppliedLeg{accountId, (*row)->value(0).toString(), (*row)->value(1).toLongLong()});
}

Result<AccountState> LedgerRepository::state(const QString &accountId)
{
    auto row =
        sql::one(m_db, "SELECT status, currency, balance, min_balance FROM accounts WHERE id = :id",
                 {{"id", accountId}});
    if (!row)
        return row.error();
    AccountState s;
    if (!*row)
        return s;
    s.exists = true;
    s.status = (*row)->value(0).toString();
    s.currency = (*row)->value(1).toString();
    s.balance = (*row)->value(2).toLongLong();
    if (!(*row)->value(3).isNull())
        s.minBalance = (*row)->value(3).toLongLong();
    return s;
}

Result<void> LedgerRepository::insertEntries(const QString &txnId,
                                             const QList<std::pair<QString, qint64>> &legs,
                                             const QString &currency)
{
    for (qsizetype start = 0; start < legs.size(); start += ledgersql::kEntrySlots) {
        std::array<std::pair<QString, qint64>, ledgersql::kEntrySlots> s;
        s.fill({u""_s, 0});
        for (qsizetype i = 0; i < ledgersql::kEntrySlots && start + i < legs.size(); ++i)
            s[i] = legs.at(start + i);
        auto r = sql::exec(m_db, ledgersql::kInsertEntries,
                           {{"txn", txnId},
                            {"currency", currency},
                            {"account1", s[0].first},
                            {"amount1", s[0].second},
                            {"account2", s[1].first},
                            {"amount2", s[1].second},
                            {"account3", s[2].first},
                            {"amount3", s[2].second},
                            {"account4", s[3].first},
                            {"amount4", s[3].second}});
        if (!r)
            return r.error();
    }
    return {};
}

Result<qint64> LedgerRepository::debitsToday(const QString &accountId)
{
    auto row = sql::one(m_db, ledgersql::kDebitsToday, {{"id", accountId}});
    if (!row)
        return row.error();
    return *row ? (*row)->value(0).toLongLong() : 0;
}

Result<LedgerRepository::TxnAndLegs>
LedgerRepository::insertTxnApplyingLegs(ledger::Txn &t, const ledger::IdempotencyClaim *claim,
                                        const QList<std::pair<QString, qint64>> &legs,
                                        bool requireActive)
{
    std::array<std::pair<QString, qint64>, ledgersql::kLegSlots> s;
    s.fill({u""_s, 0});
    for (qsizetype i = 0; i < legs.size() && i < ledgersql::kLegSlots; ++i)
        s[size_t(i)] = legs.at(i);
    const QString metadata =
        QString::fromUtf8(QJsonDocument(t.metadata).toJson(QJsonDocument::Compact));
    auto r = sql::exec(m_db, ledgersql::kInsertTxnApplyingLegs,
                       {{"id", t.id},
                        {"type", t.type},
                        {"status", t.status},
                        {"currency", t.currency},
                        {"amount", t.amount},
                        {"fee", t.fee},
                        {"from", orNull(t.fromAccount)},
                        {"to", orNull(t.toAccount)},
                        {"reference", sql::text(t.reference)},
                        {"note", sql::text(t.note)},
                        {"metadata", metadata},
                        {"by", orNull(t.initiatedBy)},
                        {"owner", sql::text(claim ? claim->owner : QString())},
                        {"key", sql::text(claim ? claim->key : QString())},
                        {"hash", claim ? claim->requestHash : QByteArray("")},
                        {"account1", s[0].first},
                        {"amount1", s[0].second},
                        {"account2", s[1].first},
                        {"amount2", s[1].second},
                        {"account3", s[2].first},
                        {"amount3", s[2].second},
                        {"account4", s[3].first},
                        {"amount4", s[3].second},
                        {"require_active", requireActive}});
    if (!r)
        return r.error();
    TxnAndLegs out;
    out.legs.resize(qMin(legs.size(), qsizetype(ledgersql::kLegSlots)));
    bool first = true;
    while (r->query().next()) {
        const QSqlQuery &q = r->query();
        if (first) {
            t.createdAt = q.value(0).toDateTime().toUTC();
            t.updatedAt = q.value(1).toDateTime().toUTC();
            out.claimed = q.value(2).toBool();
            first = false;
        }
        if (q.value(3).isNull())
            continue;
        const qsizetype slot = q.value(3).toInt() - 1;
        if (slot >= 0 && slot < out.legs.size())
            out.legs[slot] =
                AppliedLeg{s[size_t(slot)].first, q.value(4).toString(), q.value(5).toLongLong()};
    }
    if (first)
        return Error::make(errc::kInternal, u"The transaction could not be recorded."_s);
    return out;
}

Result<QList<std::optional<AppliedLeg>>>
LedgerRepository::applyLegs(const QList<std::pair<QString, qint64>> &legs, const QString &currency,
                            bool requireActive)
{
    std::array<std::pair<QString, qint64>, ledgersql::kLegSlots> s;
    s.fill({u""_s, 0});
    for (qsizetype i = 0; i < legs.size() && i < ledgersql::kLegSlots; ++i)
        s[size_t(i)] = legs.at(i);
    auto r = sql::exec(m_db, ledgersql::kApplyLegs,
                       {{"account1", s[0].first},
                        {"amount1", s[0].second},
                        {"account2", s[1].first},
                        {"amount2", s[1].second},
                        {"account3", s[2].first},
                        {"amount3", s[2].second},
                        {"account4", s[3].first},
                        {"amount4", s[3].second},
                        {"require_active", requireActive},
                        {"currency", currency}});
    if (!r)
        return r.error();
    QList<std::optional<AppliedLeg>> out(qMin(legs.size(), qsizetype(ledgersql::kLegSlots)));
    while (r->query().next()) {
        const qsizetype slot = r->query().value(0).toInt() - 1;
        if (slot >= 0 && slot < out.size())
            out[slot] = AppliedLeg{s[size_t(slot)].first, r->query().value(1).toString(),
                                   r->query().value(2).toLongLong()};
    }
    return out;
}

Result<qint64> LedgerRepository::insertEntriesAndEvents(
    const QString &txnId, const QList<std::pair<QString, qint64>> &legs, const QString &currency,
    const QList<OutboxEvent> &events, const QString &debitsOf)
{
    std::array<std::pair<QString, qint64>, ledgersql::kEntrySlots> s;
    s.fill({u""_s, 0});
    for (qsizetype i = 0; i < legs.size() && i < ledgersql::kEntrySlots; ++i)
        s[size_t(i)] = legs.at(i);
    QStringList ids;
    const auto e = OutboxRepository::eventSlots(events, 0, ids);
    auto row = sql::one(m_db, ledgersql::kEntriesEventsDebits,
                        {{"txn", txnId},
                         {"currency", currency},
                         {"account1", s[0].first},
                         {"amount1", s[0].second},
                         {"account2", s[1].first},
                         {"amount2", s[1].second},
                         {"account3", s[2].first},
                         {"amount3", s[2].second},
                         {"account4", s[3].first},
                         {"amount4", s[3].second},
                         {"event1", e[0].id},
                         {"topic1", e[0].topic},
                         {"user1", e[0].userId},
                         {"payload1", e[0].payload},
                         {"event2", e[1].id},
                         {"topic2", e[1].topic},
                         {"user2", e[1].userId},
                         {"payload2", e[1].payload},
                         {"event3", e[2].id},
                         {"topic3", e[2].topic},
                         {"user3", e[2].userId},
                         {"payload3", e[2].payload},
                         {"event4", e[3].id},
                         {"topic4", e[3].topic},
                         {"user4", e[3].userId},
                         {"payload4", e[3].payload},
                         {"id", sql::text(debitsOf)}});
    if (!row)
        return row.error();
    return *row ? (*row)->value(0).toLongLong() : 0;
}

Result<LedgerRepository::EntriesAndLogs> LedgerRepository::insertEntriesAndLogs(
    const QString &txnId, const QList<std::pair<QString, qint64>> &legs, const QString &currency,
    const QList<LoggedEvent> &events, const QString &payer, const QString &payee,
    const QString &debitsOf, const StoredAnswer *answer)
{
    std::array<std::pair<QString, qint64>, ledgersql::kEntrySlots> s;
    s.fill({u""_s, 0});
    for (qsizetype i = 0; i < legs.size() && i < ledgersql::kEntrySlots; ++i)
        s[size_t(i)] = legs.at(i);
    std::array<LoggedEvent, ledgersql::kEventSlots> e;
    for (qsizetype i = 0; i < events.size() && i < ledgersql::kEventSlots; ++i)
        e[size_t(i)] = events.at(i);
    auto row = sql::one(m_db, ledgersql::kEntriesLogsDebits,
                        {{"txn", txnId},
                         {"currency", currency},
                         {"account1", s[0].first},
                         {"amount1", s[0].second},
                         {"account2", s[1].first},
                         {"amount2", s[1].second},
                         {"account3", s[2].first},
                         {"amount3", s[2].second},
                         {"account4", s[3].first},
                         {"amount4", s[3].second},
                         {"user1", sql::text(e[0].userId)},
                         {"tail1", sql::text(e[0].frameTail)},
                         {"user2", sql::text(e[1].userId)},
                         {"tail2", sql::text(e[1].frameTail)},
                         {"user3", sql::text(e[2].userId)},
                         {"tail3", sql::text(e[2].frameTail)},
                         {"user4", sql::text(e[3].userId)},
                         {"tail4", sql::text(e[3].frameTail)},
                         {"payer", sql::text(payer)},
                         {"payee", sql::text(payee)},
                         {"owner", sql::text(answer ? answer->owner : QString())},
                         {"key", sql::text(answer ? answer->key : QString())},
                         {"response_status", answer ? answer->status : 0},
                         {"response_body", answer ? answer->body : QByteArray("")},
                         {"id", sql::text(debitsOf)}});
    if (!row)
        return row.error();
    EntriesAndLogs out;
    if (!*row)
        return out;
    out.debitsToday = (*row)->value(0).toLongLong();
    const QStringList heads = (*row)->value(1).toString().split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < heads.size(); i += 2)
        out.heads.insert(heads.at(i), heads.at(i + 1).toLongLong());
    return out;
}

Result<QString> LedgerRepository::systemAccount(const QString &kind, const QString &currency,
                                                const QString &name)
{
    // Insert-or-select in one statement; the no-op update makes RETURNING see the existing row.
    auto row = sql::one(m_db,
                        "INSERT INTO accounts (id, kind, currency, name) VALUES (:id, :kind, "
                        ":currency, :name) ON CONFLICT (kind, currency, name) WHERE user_id IS "
                        "NULL DO UPDATE SET name = EXCLUDED.name RETURNING id",
                        {{"id", ids::make(u"acc")},
                         {"kind", kind},
                         {"currency", currency},
                         {"name", sql::text(name)}});
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(errc::kInternal, u"The system account could not be created."_s);
    return (*row)->value(0).toString();
}

} // namespace paydesk::server
