// Reading a request's JSON body field by field with the SPEC's strictness: wrong types, missing
// required fields, over-long strings and unknown fields are 400 validation_error naming the field.
#pragma once

#include "result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace paydesk::server::fields {

Result<void> onlyKnown(const QJsonObject &body, const QStringList &allowed);
Result<QString> requiredString(const QJsonObject &body, const QString &name, int maxLength = 1024);
// Absent or null → nullopt; present with another type → error.
Result<std::optional<QString>> optionalString(const QJsonObject &body, const QString &name,
                                              int maxLength = 1024);
Result<std::optional<bool>> optionalBool(const QJsonObject &body, const QString &name);

} // namespace paydesk::server::fields
