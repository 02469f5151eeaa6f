#include "queryparams.h"

using namespace Qt::StringLiterals;

namespace paydesk::server {

Result<void> onlyKnownParams(const QUrlQuery &query, const QStringList &allowed)
{
    QStringList seen;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        Q_UNUSED(value);
        if (!allowed.contains(key))
            return Error::make(
                errc::kValidation,
                u"Unknown parameter %1; this route takes %2."_s.arg(key, allowed.join(u", "_s)),
                key);
        if (seen.contains(key))
            return Error::make(errc::kValidation, u"%1 is given more than once."_s.arg(key), key);
        seen.append(key);
    }
    return {};
}

QString paramValue(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

Result<gateway::PaymentQuery> paymentFilters(const QUrlQuery &query)
{
    gateway::PaymentQuery out;
    out.status = paramValue(query, u"status"_s).toUpper();
    out.search = paramValue(query, u"search"_s).trimmed().left(100);
    for (const auto &[name, into] :
         {std::pair{u"from"_s, &out.from}, std::pair{u"to"_s, &out.to}}) {
        if (!query.hasQueryItem(name))
            continue;
        *into = QDateTime::fromString(paramValue(query, name), Qt::ISODateWithMs);
        if (!into->isValid())
            return Error::make(errc::kValidation,
                               u"%1 must be an ISO 8601 date and time."_s.arg(name), name);
    }
    return out;
}

} // namespace paydesk::server
