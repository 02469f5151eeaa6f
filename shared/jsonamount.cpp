#include "jsonamount.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"missing"_s;
}

} // namespace

Result<qint64> amountFromJson(const QJsonValue &value, const QString &field)
{
    const auto refuse = [&field](const QString &message) {
        return Error::make(errc::kInvalidAmount, message, field);
    };
    if (!value.isDouble()) {
        return refuse(u"%1 must be an integer number of minor units, not %2"_s.arg(
            field, jsonTypeName(value)));
    }
    const double number = value.toDouble();
    if (!std::isfinite(number))
        return refuse(u"%1 must be a finite number"_s.arg(field));
    if (std::trunc(number) != number) {
        return refuse(
            u"%1 must be a whole number of minor units (50000 means 500.00 INR)"_s.arg(field));
    }
    if (number <= 0)
        return refuse(u"%1 must be positive"_s.arg(field));
    // Compared as doubles: kMaxJsonAmount (2^53 - 1) converts exactly, and anything that was
    // 2^53 or more in the JSON text is 2^53 or more here too, since rounding is monotonic.
    if (number > double(kMaxJsonAmount)) {
        return refuse(u"%1 must be at most %2 (2^53 - 1, the largest integer a JSON number "
                      "carries exactly)"_s.arg(field, QString::number(kMaxJsonAmount)));
    }
    // Integral and below 2^53, so the conversion is exact.
    return qint64(number);
}

} // namespace paydesk
