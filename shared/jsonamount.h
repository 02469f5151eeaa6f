// Reads an API amount: `"amount": 50000` is an integer count of minor units (500.00 INR).
// This is the one place in paydesk-core that touches a floating-point number, because
// QJsonValue hands numbers out as doubles; it lives in its own file so tst_money can prove
// money.h/money.cpp/currency.* never do. It must never round, truncate or accept a fraction.
//
// The 2^53 limit: a double holds every integer exactly only up to 2^53 = 9007199254740992.
// Above that, neighbouring integers share one double: 9007199254740993 arrives as ...992, so a
// value of 2^53 may itself be a rounded 2^53 + 1. The largest amount that cannot have been
// rounded is therefore 2^53 - 1 (JavaScript's Number.MAX_SAFE_INTEGER, which also keeps browser
// and Node clients exact). Larger amounts are refused with errc::kInvalidAmount, never clamped.
// The check is on the number's value, not its spelling: 1.0 and 1e3 read as 1 and 1000.
#pragma once

#include "result.h"

#include <QJsonValue>
#include <QString>

namespace paydesk {

inline constexpr qint64 kMaxJsonAmount = (qint64(1) << 53) - 1; // 9007199254740991

// A positive integral JSON number no larger than kMaxJsonAmount, as minor units. Refused with
// errc::kInvalidAmount and `field`: strings ("100"), bools, null, arrays, objects, fractions,
// NaN/infinity, above kMaxJsonAmount, and zero or negative ("<field> must be positive").
Result<qint64> amountFromJson(const QJsonValue &value,
                              const QString &field = QStringLiteral("amount"));

} // namespace paydesk
