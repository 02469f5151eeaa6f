// One-time passwords against the RFC vectors: HOTP (RFC 4226 Appendix D), TOTP (RFC 6238
// Appendix B, SHA-1), base32 (RFC 4648 §10), the ±1 step window and the otpauth URI.
#include "crypto/totp.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
namespace crypto = paydesk::crypto;

namespace {
const QByteArray kRfcSecret = "12345678901234567890";
}

class TstTotp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hotpRfc4226_data();
    void hotpRfc4226();
    void totpRfc6238_data();
    void totpRfc6238();
    void base32Rfc4648_data();
    void base32Rfc4648();
    void base32Rejects();
    void window_data();
    void window();
    void otpauthUri();
};

void TstTotp::hotpRfc4226_data()
{
    QTest::addColumn<quint64>("counter");
    QTest::addColumn<QString>("code");
    const QStringList codes = {u"755224"_s, u"287082"_s, u"359152"_s, u"969429"_s, u"338314"_s,
                               u"254676"_s, u"287922"_s, u"162583"_s, u"399871"_s, u"520489"_s};
    for (int i = 0; i < codes.size(); ++i)
        QTest::addRow("counter %d", i) << quint64(i) << codes[i];
}

void TstTotp::hotpRfc4226()
{
    QFETCH(quint64, counter);
    QFETCH(QString, code);
    QCOMPARE(crypto::hotp(kRfcSecret, counter), code);
}

void TstTotp::totpRfc6238_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code");
    QTest::newRow("59") << qint64(59) << u"94287082"_s;
    QTest::newRow("1111111109") << qint64(1111111109) << u"07081804"_s;
    QTest::newRow("1111111111") << qint64(1111111111) << u"14050471"_s;
    QTest::newRow("1234567890") << qint64(1234567890) << u"89005924"_s;
    QTest::newRow("2000000000") << qint64(2000000000) << u"69279037"_s;
    QTest::newRow("20000000000") << qint64(20000000000) << u"65353130"_s;
}

void TstTotp::totpRfc6238()
{
    QFETCH(qint64, time);
    QFETCH(QString, code);
    QCOMPARE(crypto::totp(kRfcSecret, time, 8), code);
    // The 6-digit code authenticator apps show is the last six digits of the same value.
    QCOMPARE(crypto::totp(kRfcSecret, time), code.right(6));
}

void TstTotp::base32Rfc4648_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArray("f") << u"MY"_s;
    QTest::newRow("fo") << QByteArray("fo") << u"MZXQ"_s;
    QTest::newRow("foo") << QByteArray("foo") << u"MZXW6"_s;
    QTest::newRow("foob") << QByteArray("foob") << u"MZXW6YQ"_s;
    QTest::newRow("fooba") << QByteArray("fooba") << u"MZXW6YTB"_s;
    QTest::newRow("foobar") << QByteArray("foobar") << u"MZXW6YTBOI"_s;
}

void TstTotp::base32Rfc4648()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(crypto::base32Encode(bytes), text);
    QCOMPARE(crypto::base32Decode(text).value(), bytes);
    QCOMPARE(crypto::base32Decode(text.toLower()).value(), bytes);
}

void TstTotp::base32Rejects()
{
    QVERIFY(!crypto::base32Decode(u"MZXW1"_s).has_value()); // 1 is not base32
    QVERIFY(!crypto::base32Decode(u"MZ=XW"_s).has_value()); // data after padding
    QCOMPARE(crypto::base32Decode(u"MZXW 6YTB OI=="_s).value(), QByteArray("foobar"));
}

void TstTotp::window_data()
{
    QTest::addColumn<qint64>("codeTime");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<bool>("accepted");
    const qint64 t = 1700000010; // step 56666667 begins at 1700000010
    QTest::newRow("same step") << t << t + 29 << true;
    QTest::newRow("one step late") << t << t + 30 << true;
    QTest::newRow("one step early") << t + 30 << t << true;
    QTest::newRow("two steps late") << t << t + 60 << false;
    QTest::newRow("two steps early") << t + 60 << t << false;
}

void TstTotp::window()
{
    QFETCH(qint64, codeTime);
    QFETCH(qint64, now);
    QFETCH(bool, accepted);
    qint64 step = -1;
    QCOMPARE(crypto::verifyTotp(kRfcSecret, crypto::totp(kRfcSecret, codeTime), now, &step),
             accepted);
    if (accepted)
        QCOMPARE(step, codeTime / 30);
    QVERIFY(!crypto::verifyTotp(kRfcSecret, u"12345"_s, now));
    QVERIFY(!crypto::verifyTotp(kRfcSecret, u"12345a"_s, now));
}

void TstTotp::otpauthUri()
{
    const QUrl uri(crypto::otpauthUri(u"Paydesk"_s, u"ada+2fa@example.com"_s, "foobar"));
    QCOMPARE(uri.scheme(), u"otpauth"_s);
    QCOMPARE(uri.host(), u"totp"_s);
    QCOMPARE(uri.path(), u"/Paydesk:ada+2fa@example.com"_s);
    const QUrlQuery query(uri);
    QCOMPARE(query.queryItemValue(u"secret"_s), u"MZXW6YTBOI"_s);
    QCOMPARE(query.queryItemValue(u"issuer"_s), u"Paydesk"_s);
    QCOMPARE(query.queryItemValue(u"digits"_s), u"6"_s);
    QCOMPARE(query.queryItemValue(u"period"_s), u"30"_s);
    QCOMPARE(query.queryItemValue(u"algorithm"_s), u"SHA1"_s);
}

QTEST_APPLESS_MAIN(TstTotp)
#include "tst_totp.moc"
