// SQL of Idempotency-Key records (table idempotency_keys). A key is claimed inside the money
// transaction it guards (LedgerRepository::claim); this reads records and stores responses.
#pragma once

#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace paydesk::server {

struct IdempotencyRecord
{
    QByteArray requestHash;
    QString txnId;
    int responseStatus = 0; // 0 until the first response was stored
    QByteArray responseBody;
};

class IdempotencyRepository
{
public:
    explicit IdempotencyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<IdempotencyRecord>> find(const QString &owner, const QString &key);
    // Stores the first rendered response of a claimed key; later calls change nothing.
    Result<void> storeResponse(const QString &owner, const QString &key, int status,
                               const QByteArray &body);

private:
    QSqlDatabase m_db;
};

} // namespace paydesk::server
