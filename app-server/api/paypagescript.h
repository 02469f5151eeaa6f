// The hosted payment page's one script: sign in, then pay with the PIN, through the public API
// (POST /api/v1/auth/login, POST /api/v1/payments/{id}/pay, POST /api/v1/auth/logout). It is
// inline (nothing is loaded from elsewhere) and allowed by its hash in the page's CSP.
#pragma once

#include <QByteArray>
#include <QLatin1StringView>

namespace paydesk::server::paypage {

QLatin1StringView script();
// 'sha256-...' of script(), for the Content-Security-Policy's script-src.
QByteArray scriptHashSource();

} // namespace paydesk::server::paypage
