// The desktop's session against a REAL paydeskd on its own throwaway PostgreSQL (TestServer),
// with 5-second access tokens: sign up, sign in, the TOTP step, restoring a stored session,
// renewal before and after expiry, a server restart nobody notices, the token file's mode,
// sign-out, and the settings controllers (profile, PIN, password, two-factor).
#include "apiclient.h"
#include "crypto/totp.h"
#include "profilecontroller.h"
#include "securitycontroller.h"
#include "sessioncontroller.h"
#include "testserver.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using paydesk::test::TestServer;
using Status = SessionController::Status;
using Failure = SessionController::Failure;

namespace {
const QString kPassword = u"correct horse battery"_s;
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                            QFileDevice::ReadUser | QFileDevice::WriteUser;
} // namespace

class tst_SessionLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void signUpOpensSessionAndStoresTokenPrivately();
    void businessSignUpSeesMerchantPages();
    void wrongPasswordIsRejectedWithMessage();
    void signInWithTotpStep();
    void storedSessionIsRestoredSilently();
    void accessTokenRenewedBeforeExpiry();
    void refusedAccessTokenIsRenewedAndReplayed();
    void serverRestartGoesUnnoticed();
    void signOutEndsServerSessionAndDeletesToken();
    void profileChangesReachEveryPage();
    void pinAndPasswordChanges();

private:
    QString newEmail() { return u"desk%1@example.com"_s.arg(++m_serial); }
    // A controller signed up as a fresh account of `type`.
    std::unique_ptr<SessionController>
    signedUp(const QString &email,
             SessionController::AccountType type = SessionController::AccountType::Personal);
    int meStatus(SessionController &session);
    QStringList serverArgs() const;

    QTemporaryDir m_configDir;
    std::unique_ptr<TestServer> m_server;
    int m_serial = 0;
};

void tst_SessionLive::initTestCase()
{
    QVERIFY(m_configDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_configDir.path());
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(serverArgs()), qPrintable(m_server->log()));
}

QStringList tst_SessionLive::serverArgs() const
{
    return {u"--access-token-ttl"_s, u"5"_s,     u"--auth-rate"_s, u"100000"_s,
            u"--account-rate"_s,     u"100000"_s};
}

void tst_SessionLive::init()
{
    QVERIFY(SessionController::storeServerUrl(m_server->url({}).toString()));
}

void tst_SessionLive::cleanup()
{
    TokenStore().clear();
}

void tst_SessionLive::cleanupTestCase()
{
    QCOMPARE(m_server->stop(), 0);
}

std::unique_ptr<SessionController> tst_SessionLive::signedUp(const QString &email,
                                                             SessionController::AccountType type)
{
    auto session = std::make_unique<SessionController>();
    session->signUp(email, kPassword, u"Ada Lovelace"_s, type, {});
    if (!QTest::qWaitFor([&] { return session->status() == Status::SignedIn; }, 20000))
        qWarning() << "sign-up did not finish:" << session->status() << session->failureDetail();
    return session;
}

int tst_SessionLive::meStatus(SessionController &session)
{
    int status = -1;
    session.api()->get(u"/api/v1/auth/me"_s, this,
                       [&status](const ApiResponse &r) { status = r.status; });
    return QTest::qWaitFor([&] { return status != -1; }, 20000) ? status : -1;
}

void tst_SessionLive::signUpOpensSessionAndStoresTokenPrivately()
{
    const QString email = newEmail();
    auto session = signedUp(email);
    QCOMPARE(session->status(), Status::SignedIn);
    QCOMPARE(session->user().value(u"email"_s).toString(), email);
    QCOMPARE(session->user().value(u"role"_s).toString(), u"user"_s);
    QCOMPARE(session->pages(), QStringList({u"wallet"_s, u"chat"_s, u"settings"_s}));

    QFile file(session->tokenFile());
    QVERIFY(file.exists());
    QCOMPARE(file.permissions(), kOwnerOnly); // 0600
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), session->api()->refreshToken());
    // Never in QSettings, whose file other users may read.
    const QString settings = QSettings(u"Paydesk"_s, u"paydesk"_s).fileName();
    QFile settingsFile(settings);
    if (settingsFile.open(QIODevice::ReadOnly))
        QVERIFY(!settingsFile.readAll().contains(session->api()->refreshToken().toUtf8()));
}

void tst_SessionLive::businessSignUpSeesMerchantPages()
{
    auto session = signedUp(newEmail(), SessionController::AccountType::Business);
    QCOMPARE(session->user().value(u"role"_s).toString(), u"merchant"_s);
    QVERIFY(session->pages().contains(u"dashboard"_s));
    QVERIFY(session->pages().contains(u"apiKeys"_s));
    QVERIFY(!session->pages().contains(u"admin"_s));
}

void tst_SessionLive::wrongPasswordIsRejectedWithMessage()
{
    const QString email = newEmail();
    signedUp(email)->signOut();
    SessionController session;
    session.signIn(email, u"not the password"_s);
    QTRY_COMPARE_WITH_TIMEOUT(session.failure(), Failure::Rejected, 20000);
    QCOMPARE(session.status(), Status::SignedOut);
    QCOMPARE(session.failureDetail(), u"Email or password is incorrect."_s);
    QVERIFY(!QFile::exists(session.tokenFile()));
}

void tst_SessionLive::signInWithTotpStep()
{
    const QString email = newEmail();
    QByteArray secret;
    {
        auto session = signedUp(email);
        SecurityController security;
        security.setSession(session.get());
        QCOMPARE(security.twoFactorStep(), SecurityController::TwoFactorStep::Off);
        security.startTwoFactor();
        QTRY_COMPARE_WITH_TIMEOUT(security.twoFactorStep(),
                                  SecurityController::TwoFactorStep::Enrolling, 20000);
        QVERIFY(security.totpQrCode().startsWith("data:image/png;base64,"_L1));
        secret = *paydesk::crypto::base32Decode(security.totpSecret());
        security.confirmTwoFactor(u"000000"_s);
        QTRY_COMPARE_WITH_TIMEOUT(security.errorAction(), SecurityController::Action::TwoFactor,
                                  20000);
        QCOMPARE(security.errorField(), u"code"_s);
        security.confirmTwoFactor(
            paydesk::crypto::totp(secret, QDateTime::currentSecsSinceEpoch()));
        QTRY_COMPARE_WITH_TIMEOUT(security.twoFactorStep(),
                                  SecurityController::TwoFactorStep::RecoveryCodes, 20000);
        QCOMPARE(security.recoveryCodes().size(), 10);
        QVERIFY(session->user().value(u"totp_enabled"_s).toBool());
        security.finishRecoveryCodes();
        QCOMPARE(security.twoFactorStep(), SecurityController::TwoFactorStep::On);
        session->signOut();
    }
    SessionController session;
    session.signIn(email, kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(session.status(), Status::TotpRequired, 20000);
    QVERIFY(session.totpStep());
    QCOMPARE(session.failure(), Failure::None);

    session.submitTotp(u"12"_s);
    QCOMPARE(session.totpProblem(), SessionController::FieldProblem::Malformed);
    session.submitTotp(u"000000"_s);
    QTRY_COMPARE_WITH_TIMEOUT(session.failure(), Failure::Rejected, 20000);
    QCOMPARE(session.status(), Status::TotpRequired);
    QCOMPARE(session.failureField(), u"totp_code"_s);
    // The confirmation used the current step; the next one is accepted and not yet used.
    session.submitTotp(paydesk::crypto::totp(secret, QDateTime::currentSecsSinceEpoch() + 30));
    QTRY_COMPARE_WITH_TIMEOUT(session.status(), Status::SignedIn, 20000);
    QVERIFY(!session.totpStep());
    QCOMPARE(session.user().value(u"email"_s).toString(), email);
}

void tst_SessionLive::storedSessionIsRestoredSilently()
{
    const QString email = newEmail();
    QString firstToken;
    {
        auto session = signedUp(email);
        firstToken = session->api()->refreshToken();
    } // the app quits without signing out
    SessionController reopened;
    QCOMPARE(reopened.status(), Status::Restoring);
    QTRY_COMPARE_WITH_TIMEOUT(reopened.status(), Status::SignedIn, 20000);
    QCOMPARE(reopened.user().value(u"email"_s).toString(), email);
    QVERIFY(reopened.api()->refreshToken() != firstToken); // rotated, and stored
    QCOMPARE(TokenStore().load(), reopened.api()->refreshToken());
    QCOMPARE(meStatus(reopened), 200);
}

void tst_SessionLive::accessTokenRenewedBeforeExpiry()
{
    auto session = signedUp(newEmail());
    const QString first = session->api()->refreshToken();
    QSignalSpy statuses(session.get(), &SessionController::statusChanged);
    QSignalSpy renewals(session->api(), &ApiClient::sessionRenewed);
    // 5 s tokens renew at 4 s: after 7 s the first token is long expired, yet no request sees it.
    QTest::qWait(7000);
    QVERIFY(renewals.count() >= 1);
    QVERIFY(session->api()->refreshToken() != first);
    QCOMPARE(TokenStore().load(), session->api()->refreshToken());
    QCOMPARE(meStatus(*session), 200);
    QCOMPARE(statuses.count(), 0);
}

void tst_SessionLive::refusedAccessTokenIsRenewedAndReplayed()
{
    auto session = signedUp(newEmail());
    QSignalSpy renewals(session->api(), &ApiClient::sessionRenewed);
    session->api()->replaceAccessToken(u"eyJhbGciOiJIUzI1NiJ9.e30.bm90IGEgc2lnbmF0dXJl"_s);
    QCOMPARE(meStatus(*session), 200);
    QCOMPARE(renewals.count(), 1);
    QCOMPARE(session->status(), Status::SignedIn);
}

void tst_SessionLive::serverRestartGoesUnnoticed()
{
    const QString email = newEmail();
    auto session = signedUp(email);
    QSignalSpy statuses(session.get(), &SessionController::statusChanged);
    const quint16 port = m_server->port();
    QCOMPARE(m_server->stop(), 0);
    // Down for longer than the access token lives: the renewal fails and is retried.
    QTest::qWait(6000);
    QCOMPARE(session->status(), Status::SignedIn);
    QVERIFY2(m_server->start(serverArgs() + QStringList{u"--port"_s, QString::number(port)}),
             qPrintable(m_server->log()));
    QCOMPARE(m_server->port(), port);
    QCOMPARE(meStatus(*session), 200);
    QCOMPARE(session->status(), Status::SignedIn);
    QCOMPARE(session->user().value(u"email"_s).toString(), email);
    QCOMPARE(statuses.count(), 0);
    QCOMPARE(TokenStore().load(), session->api()->refreshToken());
}

void tst_SessionLive::signOutEndsServerSessionAndDeletesToken()
{
    auto session = signedUp(newEmail());
    const QString refresh = session->api()->refreshToken();
    QVERIFY(QFile::exists(session->tokenFile()));
    session->signOut();
    QCOMPARE(session->status(), Status::SignedOut);
    QVERIFY(!QFile::exists(session->tokenFile()));
    QVERIFY(session->user().isEmpty());
    // The server heard it too: the refresh token no longer works.
    const QByteArray body =
        QJsonDocument(QJsonObject{{"refresh_token"_L1, refresh}}).toJson(QJsonDocument::Compact);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->send("POST", u"/api/v1/auth/refresh"_s, body).status, 401,
                              10000);
    // And the next start shows sign-in, not a restore.
    SessionController next;
    QCOMPARE(next.status(), Status::SignedOut);
}

void tst_SessionLive::profileChangesReachEveryPage()
{
    auto session = signedUp(newEmail());
    ProfileController profile;
    QSignalSpy users(session.get(), &SessionController::userChanged);
    profile.setSession(session.get());
    QTRY_VERIFY_WITH_TIMEOUT(!profile.loading(), 20000);
    QVERIFY(profile.errorMessage().isEmpty());

    profile.save({{u"displayName"_s, u"Ada King"_s},
                  {u"phone"_s, u"+234 803 123 4567"_s},
                  {u"avatarColor"_s, u"#0e7c66"_s},
                  {u"notifyEmail"_s, false}});
    QVERIFY(profile.saving());
    QTRY_VERIFY_WITH_TIMEOUT(profile.saved(), 20000);
    const QVariantMap user = session->user();
    QCOMPARE(user.value(u"display_name"_s).toString(), u"Ada King"_s);
    QCOMPARE(user.value(u"initials"_s).toString(), u"AK"_s);
    QCOMPARE(user.value(u"phone"_s).toString(), u"+2348031234567"_s);
    QCOMPARE(user.value(u"avatar_color"_s).toString(), u"#0E7C66"_s);
    QCOMPARE(user.value(u"notification_prefs"_s).toMap().value(u"email"_s).toBool(), false);
    QVERIFY(users.count() >= 2);

    profile.save({{u"phone"_s, u"call me"_s}});
    QTRY_VERIFY_WITH_TIMEOUT(!profile.errorMessage().isEmpty(), 20000);
    QCOMPARE(profile.errorField(), u"phone"_s);
    QCOMPARE(profile.errorMessage(), u"Use the international format, e.g. +234 803 123 4567."_s);
    QCOMPARE(session->user().value(u"phone"_s).toString(), u"+2348031234567"_s);
}

void tst_SessionLive::pinAndPasswordChanges()
{
    const QString email = newEmail();
    auto session = signedUp(email);
    SecurityController security;
    security.setSession(session.get());
    using Action = SecurityController::Action;

    security.setPin(kPassword, u"2468"_s, u"2460"_s);
    QCOMPARE(security.errorField(), u"repeat"_s); // checked here, no round trip
    security.setPin(u"wrong password!"_s, u"2468"_s, u"2468"_s);
    QTRY_COMPARE_WITH_TIMEOUT(security.errorAction(), Action::Pin, 20000);
    QCOMPARE(security.errorMessage(), u"The password is incorrect."_s);
    security.setPin(kPassword, u"2468"_s, u"2468"_s);
    QTRY_COMPARE_WITH_TIMEOUT(security.doneAction(), Action::Pin, 20000);
    QVERIFY(session->user().value(u"pin_set"_s).toBool());

    const QString before = session->api()->refreshToken();
    const QString next = u"a brand new secret"_s;
    security.changePassword(kPassword, next, next);
    QTRY_COMPARE_WITH_TIMEOUT(security.doneAction(), Action::Password, 20000);
    // This session continues on the new tokens; they are what is stored.
    QVERIFY(session->api()->refreshToken() != before);
    QCOMPARE(TokenStore().load(), session->api()->refreshToken());
    QCOMPARE(meStatus(*session), 200);
    QCOMPARE(session->status(), Status::SignedIn);
}

QTEST_GUILESS_MAIN(tst_SessionLive)
#include "tst_sessionlive.moc"
