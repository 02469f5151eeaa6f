// Loads the real Main.qml offscreen, walks sign-in, sign-up, the two-factor step, the shell and
// the settings the way a user would (typing, clicking), and saves every screen as a PNG under
// PAYDESK_SCREENSHOT_DIR for people to look at. A real paydeskd (TestServer) answers the account
// flows; the FakePaydeskServer plays the servers that cannot (no sign-in yet). Each capture must
// not be blank; key texts are checked so a broken screen fails the test.
#include "crypto/totp.h"
#include "fakepaydeskserver.h"
#include "preferences.h"
#include "quickitems.h"
#include "sessioncontroller.h"
#include "shellentry.h"
#include "testserver.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(PaydeskPlugin)

using namespace Qt::StringLiterals;
using paydesk::test::findItem;
using paydesk::test::TestServer;

namespace {

const QString kAdminEmail = u"grace@paydesk.test"_s;
const QString kPassword = u"correct horse battery"_s;
const QString kTotpEmail = u"totp@paydesk.test"_s;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A screen is "not blank" when a grid of samples finds many colours: text, borders, icons.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class tst_Screenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signInLight();
    void signInShowsInlineErrors();
    void signInDark();
    void signInOffersPreviewWhenServerLacksLogin();
    void signInUnreachableServer();
    void signUpFormAndInlineErrors();
    void signInAsksForTotpCode();
    void shellPagesLight();
    void settingsSecurityShowsQrCode();
    void shellPagesDark();
    void languageSwitchRetranslatesLive();
    void signOutReturnsToSignIn();
    void personalSignUpSeesPersonalPages();

private:
    bool prepareTotpAccount();
    QQuickItem *item(const QString &name);
    void click(const QString &name);
    void type(const QString &field, const QString &text);
    void capture(const QString &name);
    void showPage(const QString &key);

    QTemporaryDir m_settingsDir;
    FakePaydeskServer m_server;
    TestServer m_paydeskd;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    SessionController *m_session = nullptr;
    Preferences *m_preferences = nullptr;
};

void tst_Screenshots::initTestCase()
{
    // Settings and the session file in a config folder of our own.
    QVERIFY(m_settingsDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_settingsDir.path()));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(QDir().mkpath(QStringLiteral(PAYDESK_SCREENSHOT_DIR)));
    QVERIFY(m_server.start());
    QVERIFY2(m_paydeskd.start({u"--auth-rate"_s, u"100000"_s, u"--account-rate"_s, u"100000"_s,
                               u"--admin-email"_s, kAdminEmail, u"--admin-password"_s, kPassword}),
             qPrintable(m_paydeskd.log()));
    QVERIFY(prepareTotpAccount());

    m_engine = std::make_unique<QQmlApplicationEngine>();
    paydesk::desktop::prepareEngine(*m_engine);
    m_engine->load(paydesk::desktop::mainQmlUrl());
    QCOMPARE(m_engine->rootObjects().size(), 1);
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->size(), QSize(1280, 800));

    m_session = m_engine->singletonInstance<SessionController *>(
        qmlTypeId("Paydesk", 1, 0, "SessionController"));
    m_preferences =
        m_engine->singletonInstance<Preferences *>(qmlTypeId("Paydesk", 1, 0, "Preferences"));
    QVERIFY(m_session && m_preferences);
    QCOMPARE(m_session->serverUrl(), QString::fromLatin1(SessionController::kDefaultServerUrl));
    type(u"serverField"_s, m_server.url());
}

void tst_Screenshots::cleanupTestCase()
{
    m_engine.reset();
}

void tst_Screenshots::signInLight()
{
    m_preferences->setDarkTheme(false);
    capture(u"signin-light"_s);
}

void tst_Screenshots::signInShowsInlineErrors()
{
    type(u"emailField"_s, u"ada@"_s);
    type(u"passwordField"_s, QString());
    click(u"signInButton"_s);
    QCOMPARE(m_session->emailProblem(), SessionController::FieldProblem::Malformed);
    QQuickItem *message = findItem(item(u"emailField"_s), u"fieldMessage"_s);
    QVERIFY(message && message->isVisible());
    QVERIFY(message->property("text").toString().contains(u"valid email"_s));
    capture(u"signin-errors-light"_s);
}

void tst_Screenshots::signInDark()
{
    m_preferences->setDarkTheme(true);
    capture(u"signin-errors-dark"_s);
    type(u"emailField"_s, QString());
    m_session->clearProblems();
    capture(u"signin-dark"_s);
}

void tst_Screenshots::signInOffersPreviewWhenServerLacksLogin()
{
    m_server.setLogin(FakePaydeskServer::Login::Missing);
    type(u"emailField"_s, u"ada@example.com"_s);
    type(u"passwordField"_s, u"correct horse"_s);
    click(u"signInButton"_s);
    QTRY_COMPARE(m_session->failure(), SessionController::Failure::SignInUnsupported);
    QVERIFY(item(u"previewButton"_s)->isVisible());
    capture(u"signin-unsupported-dark"_s);
    m_preferences->setDarkTheme(false);
    capture(u"signin-unsupported-light"_s);

    click(u"previewButton"_s);
    QCOMPARE(m_session->status(), SessionController::Status::Preview);
    QTRY_VERIFY(item(u"previewStrip"_s) && item(u"previewStrip"_s)->isVisible());
    capture(u"shell-preview-light"_s);
    showPage(u"settings"_s);
    click(u"signOutButton"_s); // "Leave preview"
    QCOMPARE(m_session->status(), SessionController::Status::SignedOut);
    QTRY_VERIFY(item(u"signInButton"_s));
}

void tst_Screenshots::signInUnreachableServer()
{
    // Leaving preview built a fresh sign-in page: fill it in again.
    const QString reachable = m_server.url();
    type(u"serverField"_s, FakePaydeskServer::unreachableUrl());
    type(u"emailField"_s, u"ada@example.com"_s);
    type(u"passwordField"_s, u"correct horse"_s);
    click(u"signInButton"_s);
    QTRY_COMPARE(m_session->failure(), SessionController::Failure::ServerUnreachable);
    QQuickItem *title = findItem(item(u"failureBanner"_s), u"bannerTitle"_s);
    QVERIFY(title);
    QVERIFY(title->property("text").toString().startsWith(u"Cannot reach the server at http://"_s));
    capture(u"signin-unreachable-light"_s);
    Q_UNUSED(reachable);
    type(u"serverField"_s, m_paydeskd.url({}).toString());
}

void tst_Screenshots::signUpFormAndInlineErrors()
{
    click(u"createAccountLink"_s);
    QTRY_VERIFY(item(u"signUpForm"_s)->isVisible());
    capture(u"signup-light"_s);
    click(u"option_business"_s);
    type(u"nameField"_s, u"Lovelace Analytics"_s);
    type(u"signUpEmailField"_s, u"ada@lovelace"_s);
    type(u"signUpPasswordField"_s, u"short"_s);
    click(u"signUpButton"_s);
    QCOMPARE(m_session->emailProblem(), SessionController::FieldProblem::Malformed);
    QCOMPARE(m_session->passwordProblem(), SessionController::FieldProblem::TooShort);
    capture(u"signup-errors-light"_s);
    m_preferences->setDarkTheme(true);
    capture(u"signup-errors-dark"_s);
    m_preferences->setDarkTheme(false);
    m_session->clearProblems();
    click(u"signInLink"_s);
    QTRY_VERIFY(item(u"signInForm"_s)->isVisible());
}

void tst_Screenshots::signInAsksForTotpCode()
{
    type(u"emailField"_s, kTotpEmail);
    type(u"passwordField"_s, kPassword);
    click(u"signInButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->status(), SessionController::Status::TotpRequired, 20000);
    QTRY_VERIFY(item(u"totpForm"_s)->isVisible());
    capture(u"signin-totp-light"_s);
    type(u"totpField"_s, u"000000"_s);
    click(u"verifyTotpButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->failure(), SessionController::Failure::Rejected, 20000);
    QCOMPARE(m_session->status(), SessionController::Status::TotpRequired);
    capture(u"signin-totp-error-light"_s);
    m_preferences->setDarkTheme(true);
    capture(u"signin-totp-error-dark"_s);
    m_preferences->setDarkTheme(false);
    click(u"cancelTotpLink"_s);
    QTRY_VERIFY(item(u"signInForm"_s)->isVisible());
}

void tst_Screenshots::shellPagesLight()
{
    // The administrator sees every page.
    type(u"emailField"_s, kAdminEmail);
    type(u"passwordField"_s, kPassword);
    click(u"signInButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->status(), SessionController::Status::SignedIn, 20000);
    QTRY_VERIFY(item(u"sidebar"_s));
    const QStringList pages{u"dashboard"_s, u"payments"_s, u"webhooks"_s, u"apiKeys"_s,
                            u"wallet"_s,    u"chat"_s,     u"admin"_s,    u"settings"_s};
    for (const QString &page : pages) {
        showPage(page);
        capture(u"shell-%1-light"_s.arg(page));
    }
    QCOMPARE(m_preferences->lastPage(), u"settings"_s);
}

void tst_Screenshots::settingsSecurityShowsQrCode()
{
    showPage(u"settings"_s);
    click(u"option_security"_s);
    QTRY_VERIFY(item(u"securitySection"_s)->isVisible());
    capture(u"settings-security-light"_s);
    QQuickItem *card = item(u"twoFactorCard"_s);
    QVERIFY(card);
    // Scroll the two-factor card into view, as a person would.
    QQuickItem *page = item(u"settingsPage"_s);
    QVERIFY(page);
    QObject *flick = page->property("contentItem").value<QObject *>();
    QVERIFY(flick);
    const QPointF inPage =
        card->mapToItem(flick->property("contentItem").value<QQuickItem *>(), QPointF(0, 0));
    flick->setProperty("contentY", qMax(0.0, inPage.y() - 120));
    click(u"startTwoFactorButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(item(u"twoFactorEnrolment"_s)->isVisible(), 20000);
    QQuickItem *qr = item(u"totpQrCode"_s);
    QTRY_COMPARE(qr->property("status").toInt(), 1); // Image.Ready
    QVERIFY(qr->property("sourceSize").toSize().width() > 50);
    QVERIFY(!item(u"totpSecret"_s)->property("text").toString().isEmpty());
    capture(u"settings-security-qr-light"_s);
    m_preferences->setDarkTheme(true);
    capture(u"settings-security-qr-dark"_s);
    m_preferences->setDarkTheme(false);
    flick->setProperty("contentY", 0);
    click(u"option_profile"_s);
    QTRY_VERIFY(item(u"profileSection"_s)->isVisible());
    type(u"phoneField"_s, u"call me"_s);
    click(u"swatch_0E7C66"_s);
    capture(u"settings-profile-edited-light"_s);
}

void tst_Screenshots::shellPagesDark()
{
    m_preferences->setDarkTheme(true);
    for (const QString &page : {u"dashboard"_s, u"payments"_s, u"chat"_s, u"settings"_s}) {
        showPage(page);
        capture(u"shell-%1-dark"_s.arg(page));
    }
    m_preferences->setDarkTheme(false);
}

void tst_Screenshots::languageSwitchRetranslatesLive()
{
    showPage(u"settings"_s);
    click(u"option_preferences"_s);
    QQuickItem *dashboardEntry = item(u"nav_dashboard"_s);
    QVERIFY(dashboardEntry);
    QCOMPARE(dashboardEntry->property("text").toString(), u"Dashboard"_s);
    click(u"option_fr"_s);
    QCOMPARE(m_preferences->language(), u"fr"_s);
    // The same entry, retranslated in place: live switching keeps the UI (and focus) intact.
    QCOMPARE(item(u"nav_dashboard"_s), dashboardEntry);
    QCOMPARE(dashboardEntry->property("text").toString(), u"Tableau de bord"_s);
    capture(u"shell-settings-fr-light"_s);
    showPage(u"payments"_s);
    capture(u"shell-payments-fr-light"_s);
    showPage(u"settings"_s);
    click(u"option_en"_s);
    QCOMPARE(dashboardEntry->property("text").toString(), u"Dashboard"_s);
}

void tst_Screenshots::signOutReturnsToSignIn()
{
    click(u"signOutButton"_s);
    QCOMPARE(m_session->status(), SessionController::Status::SignedOut);
    QTRY_VERIFY(item(u"signInButton"_s));
    QVERIFY(!item(u"sidebar"_s));
    QVERIFY(!QFile::exists(m_session->tokenFile()));
}

void tst_Screenshots::personalSignUpSeesPersonalPages()
{
    click(u"createAccountLink"_s);
    QTRY_VERIFY(item(u"signUpForm"_s)->isVisible());
    click(u"option_personal"_s);
    type(u"nameField"_s, u"Ada Lovelace"_s);
    type(u"signUpEmailField"_s, u"ada@example.com"_s);
    type(u"signUpPasswordField"_s, kPassword);
    capture(u"signup-filled-light"_s);
    click(u"signUpButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->status(), SessionController::Status::SignedIn, 20000);
    QTRY_VERIFY(item(u"sidebar"_s));
    QVERIFY(item(u"nav_wallet"_s));
    QVERIFY(!item(u"nav_dashboard"_s));
    QVERIFY(!item(u"nav_admin"_s));
    showPage(u"wallet"_s);
    capture(u"shell-user-wallet-light"_s);
    showPage(u"settings"_s);
    capture(u"settings-profile-user-light"_s);
    QVERIFY(QFile::exists(m_session->tokenFile()));
}

bool tst_Screenshots::prepareTotpAccount()
{
    // A person who already turned two-factor on, set up through the API as another device would.
    const auto signup = m_paydeskd.send("POST", u"/api/v1/auth/signup"_s,
                                        json({{"email"_L1, kTotpEmail},
                                              {"password"_L1, kPassword},
                                              {"display_name"_L1, u"Tom Otp"_s}}));
    const QList<QPair<QByteArray, QByteArray>> auth{
        {"Authorization",
         "Bearer " + signup.json().value("access_token"_L1).toString().toLatin1()}};
    const auto enroll = m_paydeskd.send("POST", u"/api/v1/profile/2fa/enroll"_s, "{}", auth);
    const auto secret = paydesk::crypto::base32Decode(enroll.json().value("secret"_L1).toString());
    if (!secret)
        return false;
    const QString code = paydesk::crypto::totp(*secret, QDateTime::currentSecsSinceEpoch());
    return m_paydeskd
               .send("POST", u"/api/v1/profile/2fa/confirm"_s, json({{"code"_L1, code}}), auth)
               .status == 200;
}

QQuickItem *tst_Screenshots::item(const QString &name)
{
    return findItem(m_window->contentItem(), name);
}

void tst_Screenshots::click(const QString &name)
{
    QQuickItem *target = item(name);
    QVERIFY2(target, qPrintable(name));
    QVERIFY2(target->isVisible() && target->isEnabled(), qPrintable(name));
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
}

void tst_Screenshots::type(const QString &field, const QString &text)
{
    QQuickItem *target = item(field);
    QVERIFY2(target, qPrintable(field));
    QVERIFY(target->setProperty("text", text));
}

void tst_Screenshots::showPage(const QString &key)
{
    click(u"nav_"_s + key);
    QTRY_COMPARE(m_preferences->lastPage(), key);
}

void tst_Screenshots::capture(const QString &name)
{
    QTest::qWait(120); // let Canvas icons and layouts settle for a frame or two
    const QImage image = m_window->grabWindow();
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
    QVERIFY2(distinctColours(image) > 24, qPrintable(name + u" looks blank"_s));
    const QString path = QStringLiteral(PAYDESK_SCREENSHOT_DIR) + u'/' + name + u".png"_s;
    QVERIFY2(image.save(path), qPrintable(path));
}

QTEST_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
