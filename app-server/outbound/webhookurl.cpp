#include "webhookurl.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace paydesk::server::outbound {

namespace {
Error invalid(const QString &why)
{
    return Error::make(errc::kValidation, why, u"webhook_url"_s);
}
} // namespace

bool isForbiddenWebhookAddress(const QHostAddress &a, bool allowLoopback)
{
    if (a.isLoopback())
        return !allowLoopback;
    if (a.isNull() || a.isMulticast() || a.isLinkLocal() || a.isSiteLocal() ||
        a.isUniqueLocalUnicast() || a.isBroadcast() || a == QHostAddress::AnyIPv4 ||
        a == QHostAddress::AnyIPv6)
        return true;
    // RFC 1918 and carrier-grade NAT (isPrivateUse covers more in newer Qt than 6.4 has).
    bool isV4 = false;
    const quint32 v4 = a.toIPv4Address(&isV4);
    if (isV4) {
        const auto in = [v4](quint32 net, int bits) {
            return (v4 >> (32 - bits)) == (net >> (32 - bits));
        };
        return in(0x0A000000, 8) || in(0xAC100000, 12) || in(0xC0A80000, 16) ||
               in(0x64400000, 10) || in(0x00000000, 8);
    }
    return false;
}

Result<QString> checkWebhookUrl(const QString &text, const QString &environment, bool allowLoopback)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    if (trimmed.size() > 2048)
        return invalid(u"The webhook URL is longer than 2048 characters."_s);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != "https"_L1 && url.scheme() != "http"_L1))
        return invalid(u"The webhook URL must be an absolute http(s) URL."_s);
    if (!url.userInfo().isEmpty())
        return invalid(u"The webhook URL must not carry a user name or password."_s);
    const QString host = url.host().toLower();
    const bool loopbackName = host == "localhost"_L1 || host.endsWith(".localhost"_L1);
    QHostAddress literal;
    const bool isLiteral = literal.setAddress(host);
    // A development server (--allow-loopback-webhooks) lets any app reach this machine, over
    // plain HTTP too, as browsers trust localhost; everywhere else live apps use HTTPS.
    const bool devLoopback = allowLoopback && (loopbackName || (isLiteral && literal.isLoopback()));
    if (environment == "live"_L1 && url.scheme() != "https"_L1 && !devLoopback)
        return invalid(u"Live apps send webhooks over HTTPS only."_s);
    if (loopbackName && !allowLoopback)
        return invalid(u"Webhooks cannot go to this machine."_s);
    if (isLiteral && isForbiddenWebhookAddress(literal, allowLoopback))
        return invalid(u"Webhooks cannot go to a private, loopback, link-local or multicast "
                       "address."_s);
    return trimmed;
}

} // namespace paydesk::server::outbound
