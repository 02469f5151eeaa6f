#include "idempotencyrepository.h"

#include "ledgersql.h"
#include "sql.h"

namespace paydesk::server {

Result<std::optional<IdempotencyRecord>> IdempotencyRepository::find(const QString &owner,
                                                                     const QString &key)
{
    auto row = sql::one(m_db,
                        "SELECT request_hash, coalesce(txn_id, ''), coalesce(response_status, 0), "
                        "response_body FROM idempotency_keys WHERE owner = :owner AND key = :key",
                        {{"owner", owner}, {"key", key}});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<IdempotencyRecord>();
    return std::optional<IdempotencyRecord>(
        IdempotencyRecord{(*row)->value(0).toByteArray(), (*row)->value(1).toString(),
                          (*row)->value(2).toInt(), (*row)->value(3).toByteArray()});
}

Result<void> IdempotencyRepository::storeResponse(const QString &owner, const QString &key,
                                                  int status, const QByteArray &body)
{
    auto r = sql::exec(
        m_db, ledgersql::kStoreResponse,
        {{"response_status", status}, {"response_body", body}, {"owner", owner}, {"key", key}});
    if (!r)
        return r.error();
    return {};
}

} // namespace paydesk::server
