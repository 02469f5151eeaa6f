#include "txnjson.h"

using namespace Qt::StringLiterals;

namespace paydesk::server::ledger {

namespace {
QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

QJsonObject txnJson(const Txn &t)
{
    return {
        {"id"_L1, t.id},
        {"type"_L1, t.type},
        {"status"_L1, t.status},
        {"amount"_L1, t.amount},
        {"fee"_L1, t.fee},
        {"currency"_L1, t.currency},
        {"from_wallet"_L1, orNull(t.fromAccount)},
        {"to_wallet"_L1, orNull(t.toAccount)},
        {"reference"_L1, orNull(t.reference)},
        {"note"_L1, t.note},
        {"metadata"_L1, t.metadata},
        {"failure_reason"_L1, orNull(t.failureReason)},
        {"created_at"_L1, t.createdAt.toString(Qt::ISODateWithMs)},
        {"updated_at"_L1, t.updatedAt.toString(Qt::ISODateWithMs)},
    };
}

} // namespace paydesk::server::ledger
