// QR codes as PNG data URLs (data:image/png;base64,...), ready for an <img> or a QML Image:
// libqrencode builds the symbol, QImage writes the PNG. Used for TOTP enrolment and payment links.
#pragma once

#include <QByteArray>
#include <QString>

namespace paydesk::server {

// Error correction level M; each module is `moduleSize` pixels with a quiet zone of `margin`
// modules. Empty when the text is too long for a QR code.
QString qrPngDataUrl(const QByteArray &text, int moduleSize = 6, int margin = 4);

} // namespace paydesk::server
