// Argon2id hashing: PHC strings with the configured cost, fresh salts, verification that
// refuses wrong secrets and foreign formats, and needsRehash when the cost is raised.
#include "domain/identity/passwordhasher.h"

#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::server::Argon2Params;
using paydesk::server::PasswordHasher;

class TstPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashIsAPhcStringWithTheConfiguredCost();
    void saltsDiffer();
    void verify_data();
    void verify();
    void needsRehash_data();
    void needsRehash();
};

namespace {
Argon2Params cheap()
{
    return {1024, 1, 1};
}
} // namespace

void TstPasswordHasher::hashIsAPhcStringWithTheConfiguredCost()
{
    const PasswordHasher defaults;
    QVERIFY(defaults.hash(u"correct horse"_s).startsWith("$argon2id$v=19$m=19456,t=2,p=1$"_L1));
    const PasswordHasher light(cheap());
    QVERIFY(light.hash(u"x"_s).startsWith("$argon2id$v=19$m=1024,t=1,p=1$"_L1));
}

void TstPasswordHasher::saltsDiffer()
{
    const PasswordHasher hasher(cheap());
    const QString a = hasher.hash(u"same secret"_s);
    const QString b = hasher.hash(u"same secret"_s);
    QVERIFY(a != b);
    QVERIFY(hasher.verify(u"same secret"_s, a));
    QVERIFY(hasher.verify(u"same secret"_s, b));
}

void TstPasswordHasher::verify_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("right") << u"Tr0ub4dor&3"_s << u"Tr0ub4dor&3"_s << true;
    QTest::newRow("wrong") << u"Tr0ub4dor&3"_s << u"Tr0ub4dor&4"_s << false;
    QTest::newRow("case matters") << u"secret-pass"_s << u"SECRET-PASS"_s << false;
    QTest::newRow("unicode") << u"pässwörd-ü"_s << u"pässwörd-ü"_s << true;
    QTest::newRow("empty attempt") << u"1234"_s << QString() << false;
    QTest::newRow("pin") << u"482913"_s << u"482913"_s << true;
}

void TstPasswordHasher::verify()
{
    QFETCH(QString, stored);
    QFETCH(QString, attempt);
    QFETCH(bool, accepted);
    const PasswordHasher hasher(cheap());
    QCOMPARE(hasher.verify(attempt, hasher.hash(stored)), accepted);
}

void TstPasswordHasher::needsRehash_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::addColumn<bool>("rehash");
    const PasswordHasher light(cheap());
    const PasswordHasher strong({2048, 2, 1});
    QTest::newRow("same cost") << strong.hash(u"a"_s) << false;
    QTest::newRow("weaker cost") << light.hash(u"a"_s) << true;
    QTest::newRow("not argon2id") << u"$2b$12$abcdefghijklmnopqrstuu"_s << true;
    QTest::newRow("empty") << QString() << true;
}

void TstPasswordHasher::needsRehash()
{
    QFETCH(QString, encoded);
    QFETCH(bool, rehash);
    const PasswordHasher strong({2048, 2, 1});
    QCOMPARE(strong.needsRehash(encoded), rehash);
    QVERIFY(!strong.verify(u"a"_s, u"$2b$12$abcdefghijklmnopqrstuu"_s));
}

QTEST_APPLESS_MAIN(TstPasswordHasher)
#include "tst_passwordhasher.moc"
