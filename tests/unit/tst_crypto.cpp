// paydesk-core's crypto against published vectors (FIPS 180-2, RFC 4231, RFC 4648) and JWT
// signing/verification, with every way a token can be forged or broken as a table row.
#include "crypto/hmac.h"
#include "crypto/jwt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
namespace crypto = paydesk::crypto;

namespace {
// Computed outside this code base (Python's hmac module) for key 'k' * 32.
constexpr auto kReferenceToken =
    "eyJhbGciOiJIUzI1NiIsImtpZCI6ImtleV8xIiwidHlwIjoiSldUIn0."
    "eyJleHAiOjQxMDI0NDQ4MDAsImlhdCI6MTcwMDAwMDAwMCwianRpIjoianRpXzEiLCJyb2xlIjoibWVyY2hhbnQiLCJz"
    "dWIiOiJ1c3JfNDIifQ.fSK28SVD0oorfHZrsBVCVgLFsJoRGBKkd_Nr_GWQ8zM"_L1;
constexpr qint64 kNow = 1700000100;

crypto::JwtKey referenceKey()
{
    return {u"key_1"_s, QByteArray(32, 'k')};
}

crypto::JwtClaims referenceClaims()
{
    return {u"usr_42"_s, u"merchant"_s, 1700000000, 4102444800, u"jti_1"_s, {}};
}

QString part(const QJsonObject &object)
{
    return crypto::base64Url(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString signedWith(const QByteArray &secret, const QString &header, const QString &payload)
{
    const QString input = header + u'.' + payload;
    return input + u'.' + crypto::base64Url(crypto::hmacSha256(secret, input.toLatin1()));
}
} // namespace

class TstCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sha256Vectors_data();
    void sha256Vectors();
    void hmacVectors_data();
    void hmacVectors();
    void base64UrlRoundTrip_data();
    void base64UrlRoundTrip();
    void base64UrlRejects_data();
    void base64UrlRejects();
    void constantTimeEquals();
    void randomBytesDiffer();
    void signMatchesAnIndependentImplementation();
    void verifyRoundTrip();
    void verifyAcceptsAnyConfiguredKey();
    void verifyRefuses_data();
    void verifyRefuses();
};

void TstCrypto::sha256Vectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("empty")
        << QByteArray()
        << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray(
                                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

void TstCrypto::sha256Vectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, hex);
    QCOMPARE(crypto::sha256(input).toHex(), hex);
}

void TstCrypto::hmacVectors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("RFC 4231 case 1")
        << QByteArray(20, '\x0b') << QByteArray("Hi There")
        << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("RFC 4231 case 2")
        << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
        << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("RFC 4231 case 6 (key longer than a block)")
        << QByteArray(131, '\xaa')
        << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
        << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

void TstCrypto::hmacVectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, hex);
    QCOMPARE(crypto::hmacSha256(key, message).toHex(), hex);
}

void TstCrypto::base64UrlRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("RFC 4648 f") << QByteArray("f") << u"Zg"_s;
    QTest::newRow("RFC 4648 fo") << QByteArray("fo") << u"Zm8"_s;
    QTest::newRow("RFC 4648 foobar") << QByteArray("foobar") << u"Zm9vYmFy"_s;
    QTest::newRow("url alphabet") << QByteArray("\xfb\xff\xbf", 3) << u"-_-_"_s;
}

void TstCrypto::base64UrlRoundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(crypto::base64Url(bytes), text);
    const auto decoded = crypto::fromBase64Url(text);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, bytes);
}

void TstCrypto::base64UrlRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("standard alphabet +") << u"+/+/"_s;
    QTest::newRow("padding") << u"Zg=="_s;
    QTest::newRow("space") << u"Zm 8"_s;
    QTest::newRow("impossible length") << u"Zm9vY"_s;
    QTest::newRow("non-latin") << u"Zm\u00e98"_s;
}

void TstCrypto::base64UrlRejects()
{
    QFETCH(QString, text);
    QVERIFY(!crypto::fromBase64Url(text).has_value());
}

void TstCrypto::constantTimeEquals()
{
    QVERIFY(crypto::constantTimeEquals("abc", "abc"));
    QVERIFY(!crypto::constantTimeEquals("abc", "abd"));
    QVERIFY(!crypto::constantTimeEquals("abc", "abcd"));
    QVERIFY(crypto::constantTimeEquals("", ""));
}

void TstCrypto::randomBytesDiffer()
{
    const QByteArray a = crypto::randomBytes(32);
    QCOMPARE(a.size(), 32);
    QVERIFY(a != crypto::randomBytes(32));
}

void TstCrypto::signMatchesAnIndependentImplementation()
{
    QCOMPARE(crypto::signJwt(referenceClaims(), referenceKey()), QString(kReferenceToken));
}

void TstCrypto::verifyRoundTrip()
{
    crypto::JwtClaims claims = referenceClaims();
    claims.extra.insert("scope"_L1, u"wallet"_s);
    const auto verified =
        crypto::verifyJwt(crypto::signJwt(claims, referenceKey()), {referenceKey()}, kNow);
    QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
    QCOMPARE(verified->subject, u"usr_42"_s);
    QCOMPARE(verified->role, u"merchant"_s);
    QCOMPARE(verified->issuedAt, 1700000000);
    QCOMPARE(verified->expiresAt, 4102444800);
    QCOMPARE(verified->tokenId, u"jti_1"_s);
    QCOMPARE(verified->extra, QJsonObject({{"scope"_L1, u"wallet"_s}}));
}

void TstCrypto::verifyAcceptsAnyConfiguredKey()
{
    const crypto::JwtKey newer{u"key_2"_s, QByteArray(32, 'n')};
    const QString oldToken = crypto::signJwt(referenceClaims(), referenceKey());
    QVERIFY(crypto::verifyJwt(oldToken, {newer, referenceKey()}, kNow).ok());
    QVERIFY(!crypto::verifyJwt(oldToken, {newer}, kNow).ok());
}

void TstCrypto::verifyRefuses_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("code");
    const QString good = kReferenceToken;
    const QStringList parts = good.split(u'.');
    const QByteArray secret(32, 'k');
    const QString payload = parts[1];
    const QJsonObject claims{{"sub"_L1, u"usr_42"_s},
                             {"role"_L1, u"admin"_s},
                             {"iat"_L1, qint64(1700000000)},
                             {"exp"_L1, qint64(4102444800)}};
    const QString invalid = u"invalid_token"_s;

    QTest::newRow("empty") << QString() << invalid;
    QTest::newRow("two parts") << parts[0] + u'.' + parts[1] << invalid;
    QTest::newRow("four parts") << good + u".x"_s << invalid;
    QTest::newRow("tampered signature")
        << parts[0] + u'.' + parts[1] + u'.' + QString(parts[2]).replace(0, 1, u'A') << invalid;
    QTest::newRow("tampered payload (role raised)")
        << parts[0] + u'.' + part(claims) + u'.' + parts[2] << invalid;
    QTest::newRow("other key") << signedWith(QByteArray(32, 'x'), parts[0], payload) << invalid;
    QTest::newRow("unknown kid")
        << signedWith(secret, part({{"alg"_L1, u"HS256"_s}, {"kid"_L1, u"key_9"_s}}), payload)
        << invalid;
    QTest::newRow("alg none") << part({{"alg"_L1, u"none"_s}, {"kid"_L1, u"key_1"_s}}) + u'.' +
                                     payload + u'.'
                              << invalid;
    QTest::newRow("alg none with a signature")
        << signedWith(secret, part({{"alg"_L1, u"none"_s}, {"kid"_L1, u"key_1"_s}}), payload)
        << invalid;
    QTest::newRow("alg HS512") << signedWith(secret,
                                             part({{"alg"_L1, u"HS512"_s}, {"kid"_L1, u"key_1"_s}}),
                                             payload)
                               << invalid;
    QTest::newRow("alg RS256 (key confusion)")
        << signedWith(secret, part({{"alg"_L1, u"RS256"_s}, {"kid"_L1, u"key_1"_s}}), payload)
        << invalid;
    QTest::newRow("header not JSON")
        << signedWith(secret, crypto::base64Url("not json"), payload) << invalid;
    const QString header = parts[0];
    QTest::newRow("exp as string")
        << signedWith(secret, header,
                      part({{"sub"_L1, u"u"_s}, {"iat"_L1, 1}, {"exp"_L1, u"4102444800"_s}}))
        << invalid;
    QTest::newRow("no subject") << signedWith(secret, header,
                                              part({{"iat"_L1, 1}, {"exp"_L1, qint64(4102444800)}}))
                                << invalid;
    QTest::newRow("expired")
        << signedWith(secret, header,
                      part({{"sub"_L1, u"u"_s}, {"iat"_L1, kNow - 900}, {"exp"_L1, kNow - 1}}))
        << u"token_expired"_s;
    QTest::newRow("expires this second")
        << signedWith(secret, header,
                      part({{"sub"_L1, u"u"_s}, {"iat"_L1, kNow - 900}, {"exp"_L1, kNow}}))
        << u"token_expired"_s;
}

void TstCrypto::verifyRefuses()
{
    QFETCH(QString, token);
    QFETCH(QString, code);
    const auto verified = crypto::verifyJwt(token, {referenceKey()}, kNow);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, code);
}

QTEST_APPLESS_MAIN(TstCrypto)
#include "tst_crypto.moc"
