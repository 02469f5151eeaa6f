// SessionController: the form rules as data tables, then the sign-in state machine and the
// token renewal's timing against a FakePaydeskServer (reachable or not, with or without a login
// endpoint, with tokens it expires on demand). The real server: tst_sessionlive.
#include "apiclient.h"
#include "fakepaydeskserver.h"
#include "sessioncontroller.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Problem = SessionController::FieldProblem;
using Status = SessionController::Status;
using Failure = SessionController::Failure;

class tst_SessionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void emailRule_data();
    void emailRule();
    void serverUrlRule_data();
    void serverUrlRule();
    void invalidFormNeverContactsServer_data();
    void invalidFormNeverContactsServer();

    void unreachableServerIsReported();
    void nonPaydeskServerIsReported();
    void serverWithoutLoginOffersPreview();
    void previewRefusedUnlessServerLacksLogin();
    void acceptedLoginOpensShellAndSignOutCloses();
    void rejectedLoginShowsServerMessage();
    void garbledLoginIsBadResponse();
    void busyWhileRequestRunsAndSecondSignInIgnored();
    void validServerUrlPersistsMalformedDoesNot();
    void pagesFollowRole_data();
    void pagesFollowRole();
    void concurrentExpiredRequestsRenewOnceAndReplay();
    void refusedRenewalEndsSessionAndForgetsToken();

private:
    QTemporaryDir m_settingsDir;
};

void tst_SessionController::initTestCase()
{
    // Never touch the user's real settings or session: a config folder of our own.
    QVERIFY(m_settingsDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_settingsDir.path()));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void tst_SessionController::init()
{
    QSettings(u"Paydesk"_s, u"paydesk"_s).clear();
    QVERIFY(TokenStore().clear());
}

void tst_SessionController::emailRule_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<Problem>("expected");
    QTest::newRow("plain") << u"ada@example.com"_s << Problem::None;
    QTest::newRow("tagged subdomain") << u"a.b+tag@mail.example.co"_s << Problem::None;
    QTest::newRow("surrounding spaces") << u"  ada@example.com "_s << Problem::None;
    QTest::newRow("empty") << QString() << Problem::Missing;
    QTest::newRow("only spaces") << u"   "_s << Problem::Missing;
    QTest::newRow("no at") << u"ada.example.com"_s << Problem::Malformed;
    QTest::newRow("no local part") << u"@example.com"_s << Problem::Malformed;
    QTest::newRow("no domain") << u"ada@"_s << Problem::Malformed;
    QTest::newRow("undotted domain") << u"ada@localhost"_s << Problem::Malformed;
    QTest::newRow("two ats") << u"ada@@example.com"_s << Problem::Malformed;
    QTest::newRow("inner space") << u"ada lovelace@example.com"_s << Problem::Malformed;
    QTest::newRow("empty label") << u"ada@example..com"_s << Problem::Malformed;
    QTest::newRow("leading dot domain") << u"ada@.example.com"_s << Problem::Malformed;
    QTest::newRow("trailing dot domain") << u"ada@example.com."_s << Problem::Malformed;
    QTest::newRow("too long") << QString(250, u'a') + u"@example.com"_s << Problem::Malformed;
}

void tst_SessionController::emailRule()
{
    QFETCH(QString, email);
    QFETCH(Problem, expected);
    QCOMPARE(SessionController::checkEmail(email), expected);
}

void tst_SessionController::serverUrlRule_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Problem>("expected");
    QTest::newRow("default") << QString::fromLatin1(SessionController::kDefaultServerUrl)
                             << Problem::None;
    QTest::newRow("https with path") << u"https://pay.example.com/paydesk/"_s << Problem::None;
    QTest::newRow("empty") << u" "_s << Problem::Missing;
    QTest::newRow("no scheme") << u"127.0.0.1:8080"_s << Problem::Malformed;
    QTest::newRow("ftp") << u"ftp://example.com"_s << Problem::Malformed;
    QTest::newRow("no host") << u"http://"_s << Problem::Malformed;
    QTest::newRow("query") << u"http://example.com/?x=1"_s << Problem::Malformed;
}

void tst_SessionController::serverUrlRule()
{
    QFETCH(QString, url);
    QFETCH(Problem, expected);
    QCOMPARE(SessionController::checkServerUrl(url), expected);
}

void tst_SessionController::invalidFormNeverContactsServer_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<Problem>("emailProblem");
    QTest::addColumn<Problem>("passwordProblem");
    QTest::newRow("all empty") << QString() << QString() << Problem::Missing << Problem::Missing;
    QTest::newRow("bad email") << u"ada"_s << u"secret"_s << Problem::Malformed << Problem::None;
    QTest::newRow("no password") << u"ada@example.com"_s << QString() << Problem::None
                                 << Problem::Missing;
}

void tst_SessionController::invalidFormNeverContactsServer()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(Problem, emailProblem);
    QFETCH(Problem, passwordProblem);
    FakePaydeskServer server;
    QVERIFY(server.start());
    SessionController session;
    session.setServerUrl(server.url());

    session.signIn(email, password);
    QCOMPARE(session.emailProblem(), emailProblem);
    QCOMPARE(session.passwordProblem(), passwordProblem);
    QCOMPARE(session.status(), Status::SignedOut);
    QTest::qWait(50);
    QCOMPARE(server.healthCalls(), 0);

    session.clearProblems();
    QCOMPARE(session.emailProblem(), Problem::None);
    QCOMPARE(session.passwordProblem(), Problem::None);
}

void tst_SessionController::unreachableServerIsReported()
{
    SessionController session;
    session.setServerUrl(FakePaydeskServer::unreachableUrl());
    session.signIn(u"ada@example.com"_s, u"secret"_s);
    QCOMPARE(session.status(), Status::CheckingServer);
    QTRY_COMPARE(session.failure(), Failure::ServerUnreachable);
    QCOMPARE(session.status(), Status::SignedOut);
    QVERIFY(!session.failureDetail().isEmpty());
    QVERIFY(!session.inShell());
}

void tst_SessionController::nonPaydeskServerIsReported()
{
    FakePaydeskServer server;
    server.setHealth(FakePaydeskServer::Health::NotPaydesk);
    QVERIFY(server.start());
    SessionController session;
    session.setServerUrl(server.url());
    session.signIn(u"ada@example.com"_s, u"secret"_s);
    QTRY_COMPARE(session.failure(), Failure::NotAPaydeskServer);
    QCOMPARE(session.failureDetail(), u"200"_s);
    QCOMPARE(server.loginCalls(), 0);
}

void tst_SessionController::serverWithoutLoginOffersPreview()
{
    FakePaydeskServer server;
    QVERIFY(server.start());
    SessionController session;
    session.setServerUrl(server.url());
    session.signIn(u"ada@example.com"_s, u"secret"_s);
    QTRY_COMPARE(session.failure(), Failure::SignInUnsupported);
    QCOMPARE(session.status(), Status::SignedOut);
    QCOMPARE(server.loginCalls(), 1);

    QVERIFY(session.continueInPreview());
    QCOMPARE(session.status(), Status::Preview);
    QVERIFY(session.inShell());
    QCOMPARE(session.failure(), Failure::None);
    QVERIFY(session.user().isEmpty());
}

void tst_SessionController::previewRefusedUnlessServerLacksLogin()
{
    SessionController session;
    QVERIFY(!session.continueInPreview());
    QCOMPARE(session.status(), Status::SignedOut);
}

void tst_SessionController::acceptedLoginOpensShellAndSignOutCloses()
{
    FakePaydeskServer server;
    server.setLogin(FakePaydeskServer::Login::Accepts);
    QVERIFY(server.start());
    SessionController session;
    session.setServerUrl(server.url());
    session.signIn(u" ada@example.com "_s, u" secret "_s);
    QTRY_COMPARE(session.status(), Status::SignedIn);
    QCOMPARE(server.lastLoginBody().value("email"_L1).toString(), u"ada@example.com"_s);
    QCOMPARE(server.lastLoginBody().value("password"_L1).toString(), u" secret "_s);
    QCOMPARE(session.user().value(u"display_name"_s).toString(), u"Ada Lovelace"_s);
    QVERIFY(session.inShell());
    QCOMPARE(TokenStore().load(), u"rt_1"_s);

    session.signOut();
    QCOMPARE(session.status(), Status::SignedOut);
    QVERIFY(session.user().isEmpty());
    QVERIFY(!QFile::exists(session.tokenFile()));
}

void tst_SessionController::rejectedLoginShowsServerMessage()
{
    FakePaydeskServer server;
    server.setLogin(FakePaydeskServer::Login::Rejects);
    QVERIFY(server.start());
    SessionController session;
    session.setServerUrl(server.url());
    session.signIn(u"ada@example.com"_s, u"wrong"_s);
    QTRY_COMPARE(session.failure(), Failure::Rejected);
    // The code's own sentence (translatable), not the server's English.
    QCOMPARE(session.failureDetail(), u"Email or password is incorrect."_s);
    QCOMPARE(session.failureRequestId(), u"req_test42"_s);
    QCOMPARE(session.status(), Status::SignedOut);
}

void tst_SessionController::garbledLoginIsBadResponse()
{
    FakePaydeskServer server;
    server.setLogin(FakePaydeskServer::Login::Garbled);
    QVERIFY(server.start());
    SessionController session;
    session.setServerUrl(server.url());
    session.signIn(u"ada@example.com"_s, u"secret"_s);
    QTRY_COMPARE(session.failure(), Failure::BadResponse);
    QCOMPARE(session.failureDetail(), u"200"_s);
    QVERIFY(!session.inShell());
}

void tst_SessionController::busyWhileRequestRunsAndSecondSignInIgnored()
{
    FakePaydeskServer server;
    server.setLogin(FakePaydeskServer::Login::Accepts);
    QVERIFY(server.start());
    SessionController session;
    session.setServerUrl(server.url());
    QSignalSpy statuses(&session, &SessionController::statusChanged);

    session.signIn(u"ada@example.com"_s, u"secret"_s);
    QVERIFY(session.busy());
    session.signIn(u"ada@example.com"_s, u"secret"_s);
    QTRY_COMPARE(session.status(), Status::SignedIn);
    QVERIFY(!session.busy());
    QCOMPARE(server.healthCalls(), 1);
    QCOMPARE(server.loginCalls(), 1);
    QCOMPARE(statuses.count(), 3); // CheckingServer, SigningIn, SignedIn
}

void tst_SessionController::validServerUrlPersistsMalformedDoesNot()
{
    {
        SessionController session;
        QCOMPARE(session.serverUrl(), QString::fromLatin1(SessionController::kDefaultServerUrl));
        session.setServerUrl(u" https://pay.example.com "_s);
        QCOMPARE(session.serverUrl(), u"https://pay.example.com"_s);
        session.setServerUrl(u"pay example"_s);
        QCOMPARE(session.serverUrlProblem(), Problem::Malformed);
    }
    SessionController reopened;
    QCOMPARE(reopened.serverUrl(), u"https://pay.example.com"_s);
    QCOMPARE(reopened.serverUrlProblem(), Problem::None);
}

void tst_SessionController::pagesFollowRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("pages");
    const QStringList user{u"wallet"_s, u"chat"_s, u"settings"_s};
    const QStringList merchant =
        user + QStringList{u"dashboard"_s, u"payments"_s, u"webhooks"_s, u"apiKeys"_s};
    QTest::newRow("user") << u"user"_s << user;
    QTest::newRow("merchant") << u"merchant"_s << merchant;
    QTest::newRow("admin") << u"admin"_s << merchant + QStringList{u"admin"_s};
    QTest::newRow("unknown role gets least") << u"auditor"_s << user;
    QTest::newRow("no role") << QString() << user;
}

void tst_SessionController::pagesFollowRole()
{
    QFETCH(QString, role);
    QFETCH(QStringList, pages);
    QCOMPARE(SessionController::pagesForRole(role), pages);
}

void tst_SessionController::concurrentExpiredRequestsRenewOnceAndReplay()
{
    FakePaydeskServer server;
    server.setLogin(FakePaydeskServer::Login::Accepts);
    QVERIFY(server.start());
    SessionController session;
    session.setServerUrl(server.url());
    session.signIn(u"ada@example.com"_s, u"secret"_s);
    QTRY_COMPARE(session.status(), Status::SignedIn);
    QSignalSpy statuses(&session, &SessionController::statusChanged);

    server.expireAccessToken();
    QList<int> answers;
    for (int i = 0; i < 3; ++i)
        session.api()->get(u"/api/v1/auth/me"_s, this,
                           [&answers](const ApiResponse &r) { answers.append(r.status); });
    QTRY_COMPARE(answers.size(), 3);
    QCOMPARE(answers, QList<int>({200, 200, 200}));
    QCOMPARE(server.refreshCalls(), 1); // one renewal for all three
    QCOMPARE(server.meCalls(), 6);      // each refused once, replayed once
    QCOMPARE(TokenStore().load(), u"rt_2"_s);
    QCOMPARE(statuses.count(), 0); // nothing the person could notice
}

void tst_SessionController::refusedRenewalEndsSessionAndForgetsToken()
{
    FakePaydeskServer server;
    server.setLogin(FakePaydeskServer::Login::Accepts);
    QVERIFY(server.start());
    SessionController session;
    session.setServerUrl(server.url());
    session.signIn(u"ada@example.com"_s, u"secret"_s);
    QTRY_COMPARE(session.status(), Status::SignedIn);

    server.expireAccessToken();
    server.revokeRefreshToken();
    int status = 0;
    session.api()->get(u"/api/v1/auth/me"_s, this,
                       [&status](const ApiResponse &r) { status = r.status; });
    QTRY_COMPARE(status, 401);
    QCOMPARE(session.status(), Status::SignedOut);
    QCOMPARE(session.failure(), Failure::SessionEnded);
    QCOMPARE(session.failureDetail(), u"Your session has ended. Sign in again."_s);
    QVERIFY(!QFile::exists(session.tokenFile()));
    QCOMPARE(server.meCalls(), 1); // no replay without a token
}

QTEST_GUILESS_MAIN(tst_SessionController)
#include "tst_sessioncontroller.moc"
