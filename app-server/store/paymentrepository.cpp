#include "paymentrepository.h"

#include "paymentsql.h"
#include "sql.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {

#define PAYMENT_COLUMNS PAYDESK_PAYMENT_COLUMNS

gateway::Payment readPayment(const QSqlQuery &q)
{
    const auto time = [&q](int i) {
        return q.value(i).isNull() ? QDateTime() : q.value(i).toDateTime().toUTC();
    };
    gateway::Payment p;
    p.id = q.value(0).toString();
    p.appId = q.value(1).toString();
    p.mode = q.value(2).toString();
    p.amount = q.value(3).toLongLong();
    p.currency = q.value(4).toString();
    p.referenceId = q.value(5).toString();
    p.description = q.value(6).toString();
    p.webhookUrl = q.value(7).toString();
    p.metadata = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    p.status = q.value(9).toString();
    p.notes = q.value(10).toString();
    p.transactionId = q.value(11).toString();
    p.expiresAt = time(12);
    p.completedAt = time(13);
    p.createdAt = time(14);
    p.updatedAt = time(15);
    return p;
}

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t) : QVariant();
}

} // namespace

Result<bool> PaymentRepository::insert(gateway::Payment &p, int expiryMinutes)
{
    auto r = sql::exec(
        m_db, paymentsql::kInsert,
        {{"id", p.id},
         {"app", p.appId},
         {"mode", p.mode},
         {"amount", p.amount},
         {"currency", p.currency},
         {"reference", p.referenceId},
         {"description", sql::text(p.description)},
         {"url", sql::text(p.webhookUrl)},
         {"metadata", QString::fromUtf8(QJsonDocument(p.metadata).toJson(QJsonDocument::Compact))},
         {"minutes", expiryMinutes}});
    if (!r)
        return r.error();
    if (r->uniqueViolation)
        return false;
    if (r->query().next())
        p = readPayment(r->query());
    return true;
}

Result<std::optional<gateway::Payment>>
PaymentRepository::find(const QString &id, const QString &appId, const QString &mode)
{
    auto row = sql::one(m_db,
                        "SELECT " PAYMENT_COLUMNS
                        "FROM payments WHERE id = :id AND app_id = :app AND mode = :mode",
                        {{"id", id}, {"app", appId}, {"mode", mode}});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<gateway::Payment>();
    return std::optional<gateway::Payment>(readPayment(**row));
}

Result<std::optional<std::pair<gateway::Payment, QString>>>
PaymentRepository::findPublic(const QString &id)
{
    using Found = std::optional<std::pair<gateway::Payment, QString>>;
    auto row = sql::one(m_db,
                        "SELECT " PAYMENT_COLUMNS ", (SELECT name FROM apps WHERE apps.id = "
                        "payments.app_id) FROM payments WHERE id = :id",
                        {{"id", id}});
    if (!row)
        return row.error();
    if (!*row)
        return Found();
    return Found(std::pair{readPayment(**row), (*row)->value(16).toString()});
}

Result<QList<gateway::PaymentEvent>> PaymentRepository::timeline(const QString &id)
{
    auto r = sql::exec(m_db,
                       "SELECT status, notes, created_at FROM payment_events WHERE payment_id = "
                       ":id ORDER BY id",
                       {{"id", id}});
    if (!r)
        return r.error();
    QList<gateway::PaymentEvent> out;
    while (r->query().next())
        out.append({r->query().value(0).toString(), r->query().value(1).toString(),
                    r->query().value(2).toDateTime().toUTC()});
    return out;
}

Result<Page<gateway::Payment>> PaymentRepository::list(const QString &appId, const QString &mode,
                                                       const gateway::PaymentQuery &q,
                                                       const PageRequest &page)
{
    auto r = sql::exec(
        m_db,
        "SELECT " PAYMENT_COLUMNS "FROM payments WHERE app_id = :app AND mode = :mode AND "
        "(:after = '' OR (created_at, id) < (SELECT created_at, id FROM payments WHERE id = "
        ":after AND app_id = :app)) AND (:status = '' OR status = :status) AND "
        "(:from::timestamptz IS NULL OR created_at >= :from::timestamptz) AND "
        "(:to::timestamptz IS NULL OR created_at < :to::timestamptz) AND "
        "(:reference = '' OR reference_id = :reference) AND (:search = '' OR id = :search_exact "
        "OR lower(reference_id) LIKE '%' || :search || '%' OR lower(description) LIKE '%' || "
        ":search || '%') ORDER BY created_at DESC, id DESC LIMIT :limit",
        {{"app", appId},
         {"mode", mode},
         {"after", sql::text(page.afterId)},
         {"status", sql::text(q.status)},
         {"from", timeOrNull(q.from)},
         {"to", timeOrNull(q.to)},
         {"reference", sql::text(q.referenceId)},
         {"search", sql::text(sql::likeEscaped(q.search.toLower()))},
         {"search_exact", sql::text(q.search)},
         {"limit", page.limit + 1}});
    if (!r)
        return r.error();
    Page<gateway::Payment> out;
    while (r->query().next())
        out.items.append(readPayment(r->query()));
    out.hasMore = out.items.size() > page.limit;
    if (out.hasMore)
        out.items.removeLast();
    return out;
}

Result<std::optional<gateway::Payment>> PaymentRepository::finish(const QString &id,
                                                                  const QString &appId,
                                                                  const QString &status,
                                                                  const QString &notes)
{
    auto row =
        sql::one(m_db,
                 "UPDATE payments SET status = :status, notes = :notes, completed_at = "
                 "now(), updated_at = now() WHERE id = :id AND app_id = :app AND status = "
                 "'PENDING' AND expires_at > now() RETURNING " PAYMENT_COLUMNS,
                 {{"status", status}, {"notes", sql::text(notes)}, {"id", id}, {"app", appId}});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<gateway::Payment>();
    return std::optional<gateway::Payment>(readPayment(**row));
}

Result<std::optional<gateway::Payment>> PaymentRepository::markPaid(const QString &id,
                                                                    const QString &txnId)
{
    auto row = sql::one(m_db,
                        "UPDATE payments SET status = 'SUCCESS', transaction_id = :txn, "
                        "completed_at = now(), updated_at = now() WHERE id = :id AND status = "
                        "'PENDING' AND expires_at > now() RETURNING " PAYMENT_COLUMNS,
                        {{"txn", txnId}, {"id", id}});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<gateway::Payment>();
    return std::optional<gateway::Payment>(readPayment(**row));
}

Result<std::optional<gateway::Payment>> PaymentRepository::findById(const QString &id)
{
    auto row =
        sql::one(m_db, "SELECT " PAYMENT_COLUMNS "FROM payments WHERE id = :id", {{"id", id}});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<gateway::Payment>();
    return std::optional<gateway::Payment>(readPayment(**row));
}

Result<QList<gateway::Payment>>
PaymentRepository::findByRefForOwner(const QString &ref, const QString &ownerId, int limit)
{
    auto r = sql::exec(m_db,
                       "SELECT " PAYMENT_COLUMNS "FROM payments WHERE app_id IN "
                       "(SELECT id FROM apps WHERE owner_id = :owner) "
                       "AND (id = :ref OR reference_id = :ref) "
                       "ORDER BY created_at DESC LIMIT :limit",
                       {{"owner", ownerId}, {"ref", ref}, {"limit", limit}});
    if (!r)
        return r.error();
    QList<gateway::Payment> out;
    while (r->query().next())
        out.append(readPayment(r->query()));
    return out;
}

Result<QList<gateway::Payment>> PaymentRepository::expireDue(int limit)
{
    auto r = sql::exec(m_db,
                       "UPDATE payments SET status = 'EXPIRED', updated_at = now() WHERE id IN "
                       "(SELECT id FROM payments WHERE status = 'PENDING' AND expires_at <= now() "
                       "ORDER BY expires_at LIMIT :limit FOR UPDATE SKIP LOCKED) "
                       "RETURNING " PAYMENT_COLUMNS,
                       {{"limit", limit}});
    if (!r)
        return r.error();
    QList<gateway::Payment> out;
    while (r->query().next())
        out.append(readPayment(r->query()));
    return out;
}

Result<QString> PaymentRepository::ownerOfApp(const QString &appId)
{
    auto row = sql::one(m_db, "SELECT owner_id FROM apps WHERE id = :id", {{"id", appId}});
    if (!row)
        return row.error();
    return *row ? (*row)->value(0).toString() : QString();
}

Result<void> PaymentRepository::announce(const gateway::Payment &p, const Announcement &a)
{
    auto r = sql::exec(
        m_db, paymentsql::kAnnounce,
        {{"payment", p.id},
         {"status", p.status},
         {"notes", sql::text(p.notes)},
         {"event", a.eventId},
         {"type", a.eventType},
         {"user", sql::text(a.ownerId)},
         {"payload", QString::fromUtf8(QJsonDocument(a.payload).toJson(QJsonDocument::Compact))},
         {"id", a.deliveryId},
         {"body", QString::fromUtf8(a.body)},
         {"url", sql::text(p.webhookUrl)},
         {"app", p.appId}});
    if (!r)
        return r.error();
    return {};
}

Result<bool> PaymentRepository::claim(const ledger::IdempotencyClaim &c, const QString &paymentId)
{
    auto row = sql::one(
        m_db, paymentsql::kClaimKey,
        {{"owner", c.owner}, {"key", c.key}, {"hash", c.requestHash}, {"resource", paymentId}});
    if (!row)
        return row.error();
    return row->has_value();
}

Result<std::optional<QString>> PaymentRepository::claimedPayment(const ledger::IdempotencyClaim &c)
{
    auto row = sql::one(m_db,
                        "SELECT request_hash, coalesce(resource_id, '') FROM idempotency_keys "
                        "WHERE owner = :owner AND key = :key",
                        {{"owner", c.owner}, {"key", c.key}});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QString>();
    if ((*row)->value(0).toByteArray() != c.requestHash)
        return Error::make(errc::kIdempotencyKeyReused,
                           u"This Idempotency-Key was used for a different request."_s);
    return std::optional<QString>((*row)->value(1).toString());
}

} // namespace paydesk::server
