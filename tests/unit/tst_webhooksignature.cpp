// Standard Webhooks signatures: the published reference vector, a second vector computed
// outside this code base (Python's hmac module), rotation headers and what receivers refuse.
#include "webhooksignature.h"

#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::webhooks::Verdict;
namespace wh = paydesk::webhooks;

namespace {
const QString kSpecSecret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
const QString kSpecId = u"msg_p5jXN8AQM9LWM0D4loKWxJek"_s;
constexpr qint64 kSpecTime = 1614265330;
const QByteArray kSpecBody = R"({"test": 2432232314})";
const QString kSpecSignature = u"v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="_s;
} // namespace

class TstWebhookSignature : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data();
    void vectors();
    void headerCarriesEverySecret();
    void malformedSecretSignsNothing();
    void verify_data();
    void verify();
};

void TstWebhookSignature::vectors_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("standard webhooks reference")
        << kSpecSecret << kSpecId << kSpecTime << kSpecBody << kSpecSignature;
    QTest::newRow("prefix is optional")
        << kSpecSecret.mid(6) << kSpecId << kSpecTime << kSpecBody << kSpecSignature;
    QTest::newRow("utf-8 body, python hmac")
        << u"whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="_s << u"evt_0123456789abcdefghij"_s
        << qint64(1764081000)
        << QString(uR"({"event":"payment.success","amount":500,"note":"café"})"_s).toUtf8()
        << u"v1,A+IMdxLwLDO4lPb8L6SSiESHaHKMxgBnlvJwiWd+iJY="_s;
}

void TstWebhookSignature::vectors()
{
    QFETCH(QString, secret);
    QFETCH(QString, id);
    QFETCH(qint64, timestamp);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(wh::signature(secret, id, timestamp, body), expected);
}

void TstWebhookSignature::headerCarriesEverySecret()
{
    const QString other = u"whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="_s;
    const QString header = wh::signatureHeader({other, kSpecSecret}, kSpecId, kSpecTime, kSpecBody);
    const QStringList parts = header.split(u' ');
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(1), kSpecSignature);
    // A receiver that knows only one of the two secrets accepts the header.
    QCOMPARE(
        wh::verify(kSpecSecret, kSpecId, QString::number(kSpecTime), header, kSpecBody, kSpecTime),
        Verdict::Valid);
    QCOMPARE(wh::verify(other, kSpecId, QString::number(kSpecTime), header, kSpecBody, kSpecTime),
             Verdict::Valid);
}

void TstWebhookSignature::malformedSecretSignsNothing()
{
    QVERIFY(wh::signature(u"whsec_"_s, kSpecId, kSpecTime, kSpecBody).isEmpty());
    QVERIFY(wh::signature(u"whsec_***"_s, kSpecId, kSpecTime, kSpecBody).isEmpty());
    QVERIFY(!wh::secretKey(u"whsec_not base64!"_s));
}

void TstWebhookSignature::verify_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("timestamp");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<int>("verdict");
    const QString ts = QString::number(kSpecTime);
    auto row = [&](const char *name, const QString &id, const QString &t, const QString &h,
                   const QByteArray &b, qint64 now, Verdict v) {
        QTest::newRow(name) << id << t << h << b << now << int(v);
    };
    row("valid", kSpecId, ts, kSpecSignature, kSpecBody, kSpecTime, Verdict::Valid);
    row("valid among others", kSpecId, ts, u"v1,bm9wZQ== "_s + kSpecSignature, kSpecBody, kSpecTime,
        Verdict::Valid);
    row("4 min 59 s late", kSpecId, ts, kSpecSignature, kSpecBody, kSpecTime + 299, Verdict::Valid);
    row("5 min 1 s late", kSpecId, ts, kSpecSignature, kSpecBody, kSpecTime + 301, Verdict::TooOld);
    row("from the future", kSpecId, ts, kSpecSignature, kSpecBody, kSpecTime - 301,
        Verdict::TooNew);
    row("body tampered", kSpecId, ts, kSpecSignature, R"({"test": 2432232315})", kSpecTime,
        Verdict::BadSignature);
    row("timestamp tampered", kSpecId, QString::number(kSpecTime + 1), kSpecSignature, kSpecBody,
        kSpecTime, Verdict::BadSignature);
    row("id tampered", u"msg_other"_s, ts, kSpecSignature, kSpecBody, kSpecTime,
        Verdict::BadSignature);
    row("other scheme", kSpecId, ts, u"v1a,"_s + kSpecSignature.mid(3), kSpecBody, kSpecTime,
        Verdict::BadSignature);
    row("no signature", kSpecId, ts, QString(), kSpecBody, kSpecTime, Verdict::MissingHeaders);
    row("no id", QString(), ts, kSpecSignature, kSpecBody, kSpecTime, Verdict::MissingHeaders);
    row("timestamp not a number", kSpecId, u"16142653x0"_s, kSpecSignature, kSpecBody, kSpecTime,
        Verdict::BadTimestamp);
}

void TstWebhookSignature::verify()
{
    QFETCH(QString, id);
    QFETCH(QString, timestamp);
    QFETCH(QString, header);
    QFETCH(QByteArray, body);
    QFETCH(qint64, now);
    QFETCH(int, verdict);
    QCOMPARE(int(wh::verify(kSpecSecret, id, timestamp, header, body, now)), verdict);
}

QTEST_GUILESS_MAIN(TstWebhookSignature)
#include "tst_webhooksignature.moc"
