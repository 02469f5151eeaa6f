#include "jsonfields.h"

using namespace Qt::StringLiterals;

namespace paydesk::server::fields {

namespace {
Error invalid(const QString &field, const QString &message)
{
    return Error::make(errc::kValidation, message, field);
}
} // namespace

Result<void> onlyKnown(const QJsonObject &body, const QStringList &allowed)
{
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!allowed.contains(it.key()))
            return invalid(it.key(), u"Unknown field \"%1\"."_s.arg(it.key()));
    return {};
}

Result<QString> requiredString(const QJsonObject &body, const QString &name, int maxLength)
{
    const QJsonValue v = body.value(name);
    if (v.isUndefined() || v.isNull())
        return invalid(name, u"\"%1\" is required."_s.arg(name));
    if (!v.isString())
        return invalid(name, u"\"%1\" must be a string."_s.arg(name));
    if (v.toString().size() > maxLength)
        return invalid(name, u"\"%1\" is longer than %2 characters."_s.arg(name).arg(maxLength));
    return v.toString();
}

Result<std::optional<QString>> optionalString(const QJsonObject &body, const QString &name,
                                              int maxLength)
{
    const QJsonValue v = body.value(name);
    if (v.isUndefined() || v.isNull())
        return std::optional<QString>();
    auto s = requiredString(body, name, maxLength);
    if (!s)
        return s.error();
    return std::optional<QString>(*s);
}

Result<std::optional<bool>> optionalBool(const QJsonObject &body, const QString &name)
{
    const QJsonValue v = body.value(name);
    if (v.isUndefined() || v.isNull())
        return std::optional<bool>();
    if (!v.isBool())
        return invalid(name, u"\"%1\" must be true or false."_s.arg(name));
    return std::optional<bool>(v.toBool());
}

} // namespace paydesk::server::fields
