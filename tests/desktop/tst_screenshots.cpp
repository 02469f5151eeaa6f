// Loads the real Main.qml offscreen, walks sign-in and the shell the way a user would (typing,
// clicking), and saves every screen as a PNG under PAYDESK_SCREENSHOT_DIR for people to look at.
// Each capture must not be blank; key texts are checked so a broken screen fails the test.
#include "fakepaydeskserver.h"
#include "preferences.h"
#include "sessioncontroller.h"
#include "shellentry.h"

#include <QApplication>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(PaydeskPlugin)

using namespace Qt::StringLiterals;

namespace {

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root || root->objectName() == name)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
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
    void shellPagesLight();
    void shellPagesDark();
    void languageSwitchRetranslatesLive();
    void signOutReturnsToSignIn();

private:
    QQuickItem *item(const QString &name);
    void click(const QString &name);
    void type(const QString &field, const QString &text);
    void capture(const QString &name);
    void showPage(const QString &key);

    QTemporaryDir m_settingsDir;
    FakePaydeskServer m_server;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    SessionController *m_session = nullptr;
    Preferences *m_preferences = nullptr;
};

void tst_Screenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(QDir().mkpath(QStringLiteral(PAYDESK_SCREENSHOT_DIR)));
    QVERIFY(m_server.start());

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
    type(u"serverField"_s, reachable);
}

void tst_Screenshots::shellPagesLight()
{
    m_server.setLogin(FakePaydeskServer::Login::Accepts);
    click(u"signInButton"_s);
    QTRY_COMPARE(m_session->status(), SessionController::Status::SignedIn);
    QTRY_VERIFY(item(u"sidebar"_s));
    const QStringList pages{u"dashboard"_s, u"payments"_s, u"webhooks"_s, u"apiKeys"_s,
                            u"wallet"_s,    u"chat"_s,     u"admin"_s,    u"settings"_s};
    for (const QString &page : pages) {
        showPage(page);
        capture(u"shell-%1-light"_s.arg(page));
    }
    QCOMPARE(m_preferences->lastPage(), u"settings"_s);
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
