// QR codes as PNG data URLs: a decodable PNG of the expected size, with the three finder
// patterns where a reader looks for them, and a longer text giving a larger symbol.
#include "domain/common/qrcode.h"

#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::server::qrPngDataUrl;

namespace {
QImage decode(const QString &dataUrl)
{
    const QString prefix = u"data:image/png;base64,"_s;
    if (!dataUrl.startsWith(prefix))
        return {};
    return QImage::fromData(QByteArray::fromBase64(dataUrl.mid(prefix.size()).toLatin1()), "PNG");
}

bool dark(const QImage &image, int moduleX, int moduleY, int moduleSize, int margin)
{
    const int px = (moduleX + margin) * moduleSize + moduleSize / 2;
    const int py = (moduleY + margin) * moduleSize + moduleSize / 2;
    return qGray(image.pixel(px, py)) < 128;
}

// A finder pattern: a dark 7x7 ring, a light ring inside it and a dark 3x3 centre.
bool finderAt(const QImage &image, int x0, int y0, int moduleSize, int margin)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (dark(image, x0 + x, y0 + y, moduleSize, margin) != (ring || centre))
                return false;
        }
    }
    return true;
}
} // namespace

class TstQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pngWithFinderPatterns();
    void quietZoneIsLight();
    void longerTextGivesALargerSymbol();
};

void TstQrCode::pngWithFinderPatterns()
{
    const QImage image =
        decode(qrPngDataUrl("otpauth://totp/Paydesk:a@b.c?secret=MZXW6YTBOI", 4, 4));
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), image.height());
    QCOMPARE(image.width() % 4, 0);
    const int modules = image.width() / 4 - 8;
    QVERIFY(modules >= 21 && (modules - 21) % 4 == 0); // versions are 21 + 4k modules wide
    QVERIFY(finderAt(image, 0, 0, 4, 4));
    QVERIFY(finderAt(image, modules - 7, 0, 4, 4));
    QVERIFY(finderAt(image, 0, modules - 7, 4, 4));
    QVERIFY(!finderAt(image, modules - 7, modules - 7, 4, 4));
}

void TstQrCode::quietZoneIsLight()
{
    const QImage image = decode(qrPngDataUrl("https://paydesk.test/pay/pay_123", 6, 4));
    QVERIFY(!image.isNull());
    for (int i = 0; i < image.width(); ++i) {
        QVERIFY(qGray(image.pixel(i, 0)) > 128);
        QVERIFY(qGray(image.pixel(0, i)) > 128);
        QVERIFY(qGray(image.pixel(i, image.height() - 1)) > 128);
    }
}

void TstQrCode::longerTextGivesALargerSymbol()
{
    const QImage small = decode(qrPngDataUrl("pay_1", 1, 0));
    const QImage large = decode(qrPngDataUrl(QByteArray(300, 'x'), 1, 0));
    QVERIFY(!small.isNull() && !large.isNull());
    QCOMPARE(small.width(), 21);
    QVERIFY(large.width() > small.width());
}

QTEST_APPLESS_MAIN(TstQrCode)
#include "tst_qrcode.moc"
