// The account rules as tables: email, password policy, names, PINs, phones, initials.
#include "domain/identity/identityrules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::server::identity;

class TstIdentityRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void email_data();
    void email();
    void password_data();
    void password();
    void displayName_data();
    void displayName();
    void pin_data();
    void pin();
    void phone_data();
    void phone();
    void initials_data();
    void initials();
};

void TstIdentityRules::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized"); // empty: refused
    QTest::newRow("plain") << u"ada@example.com"_s << u"ada@example.com"_s;
    QTest::newRow("case folded") << u"Ada@Example.COM"_s << u"ada@example.com"_s;
    QTest::newRow("trimmed") << u"  ada@example.com "_s << u"ada@example.com"_s;
    QTest::newRow("subdomain") << u"a.b+c@mail.example.co.uk"_s << u"a.b+c@mail.example.co.uk"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no at") << u"ada.example.com"_s << QString();
    QTest::newRow("two ats") << u"a@b@example.com"_s << QString();
    QTest::newRow("no dot in domain") << u"ada@localhost"_s << QString();
    QTest::newRow("space inside") << u"ada lovelace@example.com"_s << QString();
    QTest::newRow("too long") << QString(250, u'a') + u"@example.com"_s << QString();
}

void TstIdentityRules::email()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    auto r = normalizeEmail(input);
    QCOMPARE(r.ok(), !normalized.isEmpty());
    if (r)
        QCOMPARE(*r, normalized);
    else
        QCOMPARE(r.error().field, u"email"_s);
}

void TstIdentityRules::password_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("ten characters") << u"correcthor"_s << true;
    QTest::newRow("long passphrase") << u"correct horse battery staple"_s << true;
    QTest::newRow("nine characters") << u"correctho"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("common") << u"password123"_s << false;
    QTest::newRow("common, other case") << u"PASSWORD123"_s << false;
    QTest::newRow("digits run") << u"1234567890"_s << false;
    QTest::newRow("the email itself") << u"ada@example.com"_s << false;
    QTest::newRow("too long") << QString(257, u'x') << false;
    QTest::newRow("unicode counts by character") << u"ñandú-ñandú"_s << true;
}

void TstIdentityRules::password()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    auto r = checkPassword(password, u"ada@example.com"_s);
    QCOMPARE(r.ok(), accepted);
    if (!r) {
        QCOMPARE(r.error().code, u"weak_password"_s);
        QCOMPARE(r.error().field, u"password"_s);
    }
}

void TstIdentityRules::displayName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("stored"); // empty: refused
    QTest::newRow("plain") << u"Ada Lovelace"_s << u"Ada Lovelace"_s;
    QTest::newRow("spaces collapsed") << u"  Ada   Lovelace "_s << u"Ada Lovelace"_s;
    QTest::newRow("non-latin") << u"Chiamaka Ọkafọr"_s << u"Chiamaka Ọkafọr"_s;
    QTest::newRow("blank") << u"   "_s << QString();
    QTest::newRow("too long") << QString(81, u'a') << QString();
    QTest::newRow("zero-width joiner") << u"Ada\u200DL"_s << QString();
}

void TstIdentityRules::displayName()
{
    QFETCH(QString, input);
    QFETCH(QString, stored);
    auto r = checkDisplayName(input);
    QCOMPARE(r.ok(), !stored.isEmpty());
    if (r)
        QCOMPARE(*r, stored);
}

void TstIdentityRules::pin_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("4 digits") << u"1234"_s << true;
    QTest::newRow("6 digits") << u"004321"_s << true;
    QTest::newRow("3 digits") << u"123"_s << false;
    QTest::newRow("7 digits") << u"1234567"_s << false;
    QTest::newRow("letters") << u"12a4"_s << false;
    QTest::newRow("arabic-indic digits") << u"١٢٣٤"_s << false;
    QTest::newRow("spaces") << u"12 34"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TstIdentityRules::pin()
{
    QFETCH(QString, pin);
    QFETCH(bool, accepted);
    QCOMPARE(checkPin(pin).ok(), accepted);
}

void TstIdentityRules::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("e164") << u"+2348031234567"_s << u"+2348031234567"_s << true;
    QTest::newRow("with spaces and dashes")
        << u"+234 803-123-4567"_s << u"+2348031234567"_s << true;
    QTest::newRow("empty clears") << QString() << QString() << true;
    QTest::newRow("no plus") << u"08031234567"_s << QString() << false;
    QTest::newRow("too short") << u"+12345"_s << QString() << false;
    QTest::newRow("letters") << u"+23480CALLME"_s << QString() << false;
}

void TstIdentityRules::phone()
{
    QFETCH(QString, input);
    QFETCH(QString, stored);
    QFETCH(bool, accepted);
    auto r = checkPhone(input);
    QCOMPARE(r.ok(), accepted);
    if (r)
        QCOMPARE(*r, stored);
}

void TstIdentityRules::initials_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("initials");
    QTest::newRow("two words") << u"Ada Lovelace"_s << u"AL"_s;
    QTest::newRow("three words: first and last") << u"Ada King Lovelace"_s << u"AL"_s;
    QTest::newRow("one word") << u"ada"_s << u"AD"_s;
    QTest::newRow("one letter") << u"x"_s << u"X"_s;
}

void TstIdentityRules::initials()
{
    QFETCH(QString, name);
    QFETCH(QString, initials);
    QCOMPARE(initialsOf(name), initials);
}

QTEST_APPLESS_MAIN(TstIdentityRules)
#include "tst_identityrules.moc"
