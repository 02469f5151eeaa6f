// The one JSON shape of a ledger transaction, used by the API and by the events the outbox
// carries, so a client sees the same object in a response and in a live update.
#pragma once

#include "ledgertypes.h"

#include <QJsonObject>

namespace paydesk::server::ledger {

QJsonObject txnJson(const Txn &txn);

} // namespace paydesk::server::ledger
