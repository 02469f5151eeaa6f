// Where webhooks may go (SPEC §4.3 safety), checked where URLs enter (the API) and again at
// delivery: http(s) URLs with a host; live apps only HTTPS and
// never to loopback, private, link-local or multicast addresses (a server setting allows
// loopback for development and tests). Names are checked again when they resolve, at delivery.
#pragma once

#include "result.h"

#include <QHostAddress>

namespace paydesk::server::outbound {

// The URL as it will be stored (trimmed); empty stays empty (no default webhook).
Result<QString> checkWebhookUrl(const QString &url, const QString &environment, bool allowLoopback);

// True for addresses a webhook must never reach.
bool isForbiddenWebhookAddress(const QHostAddress &address, bool allowLoopback);

} // namespace paydesk::server::outbound
