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

} // namespace paydesk::server
