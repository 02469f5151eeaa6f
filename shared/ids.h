// Opaque prefixed identifiers (usr_, wal_, txn_, pay_, req_ ...): a prefix and 20 characters of
// base62 from a cryptographic random source. Never derived from a database sequence, so ids leak
// neither volume nor order.
#pragma once

#include <QString>
#include <QStringView>

namespace paydesk::ids {

// Makes a new id such as "req_4fJ9k2...". `prefix` is given without the underscore.
QString make(QStringView prefix);

// True when `id` is `prefix` + "_" + 20 base62 characters.
bool isValid(QStringView id, QStringView prefix);

} // namespace paydesk::ids
