#include "qrcode.h"

#include <QBuffer>
#include <QImage>

#include <qrencode.h>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace paydesk::server {

QString qrPngDataUrl(const QByteArray &text, int moduleSize, int margin)
{
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(text.size()),
                          reinterpret_cast<const unsigned char *>(text.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return {};
    const int modules = code->width;
    const int side = (modules + 2 * margin) * moduleSize;
    QImage image(side, side, QImage::Format_Mono); // one bit per pixel, most significant first
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    // Each row of modules is drawn once into a scan line and copied moduleSize times: per pixel
    // setPixel() was most of the cost of creating a payment request.
    const qsizetype lineBytes = image.bytesPerLine();
    for (int y = 0; y < modules; ++y) {
        uchar *first = image.scanLine((y + margin) * moduleSize);
        for (int x = 0; x < modules; ++x) {
            if ((code->data[y * modules + x] & 1) == 0)
                continue;
            const int from = (x + margin) * moduleSize;
            for (int px = from; px < from + moduleSize; ++px)
                first[px >> 3] |= uchar(0x80 >> (px & 7));
        }
        for (int dy = 1; dy < moduleSize; ++dy)
            std::memcpy(image.scanLine((y + margin) * moduleSize + dy), first, size_t(lineBytes));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    // zlib's fast level (Qt maps PNG quality 85 to compression level 1): at the default level,
    // deflate was 7 % of paydeskd's CPU while creating payments (perf), more than drawing.
    constexpr int kFastDeflate = 85;
    image.save(&buffer, "PNG", kFastDeflate);
    return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
}

} // namespace paydesk::server
