// Merchants' apps and API keys through real HTTP: creation shows the key once and stores only
// its hash, keys authenticate Access::ApiKey routes, rotation keeps the old key for its grace
// period, revocation and deactivation stop keys at once, tenants never see each other's apps,
// webhook URLs are checked, and API keys are rate limited.
#include "ledgeraudit.h"
#include "testserver.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using paydesk::test::HttpResult;
using paydesk::test::TestServer;

namespace {
const QString kPassword = u"correct horse battery"_s;

QString errorCode(const HttpResult &r)
{
    return r.json().value("error"_L1).toObject().value("code"_L1).toString();
}
} // namespace

class TstApps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createShowsTheKeyOnceAndStoresAHash();
    void keyAuthenticatesApiKeyRoutes();
    void onlyMerchantsOwnApps();
    void tenantsAreIsolated();
    void listPagesNewestFirst();
    void rotationKeepsTheOldKeyForItsGrace();
    void revokeAndDeactivateStopKeysAtOnce();
    void webhookSecretRevealAndRotate();
    void webhookUrls_data();
    void webhookUrls();
    void apiKeysAreRateLimited();

private:
    QString merchant(const QString &email, const QString &type = u"business"_s);
    HttpResult call(const QByteArray &method, const QString &path, const QString &token,
                    const QJsonObject &body = {});
    QJsonObject createApp(const QString &token, const QJsonObject &body);

    std::unique_ptr<TestServer> m_server;
    QString m_merchant;
    QString m_other;
};

void TstApps::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(
        m_server->start({u"--auth-rate"_s, u"100000"_s, u"--account-rate"_s, u"100000"_s,
                         u"--argon2-memory-kib"_s, u"256"_s, u"--argon2-iterations"_s, u"1"_s,
                         u"--allow-loopback-webhooks"_s, u"1"_s, u"--api-key-rate"_s, u"120"_s}),
        qPrintable(m_server->log()));
    m_merchant = merchant(u"shop@example.com"_s);
    m_other = merchant(u"rival@example.com"_s);
    QVERIFY(!m_merchant.isEmpty() && !m_other.isEmpty());
}

void TstApps::cleanupTestCase()
{
    QCOMPARE(m_server->stop(), 0);
}

QString TstApps::merchant(const QString &email, const QString &type)
{
    const auto r = m_server->send("POST", u"/api/v1/auth/signup"_s,
                                  QJsonDocument(QJsonObject{{"email"_L1, email},
                                                            {"password"_L1, kPassword},
                                                            {"display_name"_L1, u"Shop"_s},
                                                            {"account_type"_L1, type}})
                                      .toJson(QJsonDocument::Compact));
    return r.json().value("access_token"_L1).toString();
}

HttpResult TstApps::call(const QByteArray &method, const QString &path, const QString &token,
                         const QJsonObject &body)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
    const QByteArray payload =
        method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return m_server->send(method, path, payload, headers);
}

QJsonObject TstApps::createApp(const QString &token, const QJsonObject &body)
{
    const auto r = call("POST", u"/api/v1/apps"_s, token, body);
    if (r.status != 201)
        qWarning() << "create app" << r.status << r.body;
    return r.json();
}

void TstApps::createShowsTheKeyOnceAndStoresAHash()
{
    const QJsonObject created =
        createApp(m_merchant, {{"name"_L1, u"  Corner   Shop "_s}, {"environment"_L1, u"test"_s}});
    const QJsonObject app = created.value("app"_L1).toObject();
    QVERIFY(app.value("id"_L1).toString().startsWith("app_"_L1));
    QCOMPARE(app.value("name"_L1).toString(), u"Corner Shop"_s);
    QCOMPARE(app.value("environment"_L1).toString(), u"test"_s);
    QVERIFY(app.value("active"_L1).toBool());
    const QJsonObject key = created.value("api_key"_L1).toObject();
    const QString secret = key.value("secret"_L1).toString();
    QVERIFY(secret.startsWith("sk_test_"_L1));
    QVERIFY(secret.size() >= 8 + 43); // 32 random bytes
    QCOMPARE(key.value("prefix"_L1).toString(), secret.left(12));
    QCOMPARE(key.value("status"_L1).toString(), u"active"_s);
    QVERIFY(created.value("webhook_secret"_L1).toString().startsWith("whsec_"_L1));

    // Listed later without the secret; the database holds only its hash.
    const auto keys =
        call("GET", u"/api/v1/apps/%1/keys"_s.arg(app.value("id"_L1).toString()), m_merchant);
    QCOMPARE(keys.status, 200);
    QVERIFY(!keys.body.contains(secret.toLatin1()));
    QVERIFY(!keys.body.contains("\"secret\""));
    QSqlDatabase db = paydesk::test::openServerDatabase(*m_server, u"apps"_s);
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT count(*) FROM api_keys WHERE prefix = '%1' AND "
                       "encode(key_hash, 'hex') = encode(sha256('%2'::bytea), 'hex')"_s.arg(
                           secret.left(12), secret)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(
            u"SELECT count(*) FROM api_keys k, apps a WHERE position('%1' in "
            "k.prefix || encode(k.key_hash, 'escape') || a.webhook_secret) > 0"_s.arg(secret)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    db.close();
    QSqlDatabase::removeDatabase(u"apps"_s);
}

void TstApps::keyAuthenticatesApiKeyRoutes()
{
    const QJsonObject created = createApp(m_merchant, {{"name"_L1, u"Who"_s}});
    const QString secret = created.value("api_key"_L1).toObject().value("secret"_L1).toString();
    const auto me = call("GET", u"/api/v1/app"_s, secret);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value("app"_L1).toObject().value("id"_L1),
             created.value("app"_L1).toObject().value("id"_L1));
    QCOMPARE(me.json().value("mode"_L1).toString(), u"test"_s);
    // A person's token is not a key, and a key is not a person's token.
    QCOMPARE(errorCode(call("GET", u"/api/v1/app"_s, m_merchant)), u"invalid_api_key"_s);
    QCOMPARE(call("GET", u"/api/v1/app"_s, {}).status, 401);
    QCOMPARE(call("GET", u"/api/v1/app"_s, secret + u"x"_s).status, 401);
    QCOMPARE(call("GET", u"/api/v1/apps"_s, secret).status, 401);
    QCOMPARE(call("GET", u"/api/v1/wallet/me"_s, secret).status, 401);
}

void TstApps::onlyMerchantsOwnApps()
{
    const QString person = merchant(u"person@example.com"_s, u"personal"_s);
    const auto r = call("POST", u"/api/v1/apps"_s, person, {{"name"_L1, u"Mine"_s}});
    QCOMPARE(r.status, 403);
    QCOMPARE(errorCode(r), u"forbidden"_s);
    QCOMPARE(call("GET", u"/api/v1/apps"_s, person).status, 403);
}

void TstApps::tenantsAreIsolated()
{
    const QJsonObject mine = createApp(m_merchant, {{"name"_L1, u"Private"_s}});
    const QString appId = mine.value("app"_L1).toObject().value("id"_L1).toString();
    const QString keyId = mine.value("api_key"_L1).toObject().value("id"_L1).toString();
    for (const auto &[method, path] : QList<QPair<QByteArray, QString>>{
             {"GET", u"/api/v1/apps/%1"_s},
             {"PATCH", u"/api/v1/apps/%1"_s},
             {"POST", u"/api/v1/apps/%1/deactivate"_s},
             {"GET", u"/api/v1/apps/%1/keys"_s},
             {"POST", u"/api/v1/apps/%1/keys"_s},
             {"GET", u"/api/v1/apps/%1/webhook-secret"_s},
             {"POST", u"/api/v1/apps/%1/webhook-secret/rotate"_s},
             {"POST", u"/api/v1/apps/%1/keys/"_s + keyId + u"/rotate"_s},
             {"POST", u"/api/v1/apps/%1/keys/"_s + keyId + u"/revoke"_s}}) {
        const auto r = call(method, path.arg(appId), m_other);
        QVERIFY2(r.status == 404, qPrintable(path + u' ' + QString::number(r.status)));
        QVERIFY(!r.body.contains("whsec_"));
    }
    const auto list = call("GET", u"/api/v1/apps"_s, m_other);
    QVERIFY(!list.body.contains(appId.toLatin1()));
    // Still intact for its owner.
    QVERIFY(call("GET", u"/api/v1/apps/%1"_s.arg(appId), m_merchant)
                .json()
                .value("app"_L1)
                .toObject()
                .value("active"_L1)
                .toBool());
}

void TstApps::listPagesNewestFirst()
{
    const QString fresh = merchant(u"pager@example.com"_s);
    QStringList created;
    for (int i = 0; i < 5; ++i)
        created.prepend(createApp(fresh, {{"name"_L1, u"App %1"_s.arg(i)}})
                            .value("app"_L1)
                            .toObject()
                            .value("id"_L1)
                            .toString());
    QStringList seen;
    QString cursor;
    do {
        const auto r = call("GET",
                            u"/api/v1/apps?limit=2"_s +
                                (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor),
                            fresh);
        QCOMPARE(r.status, 200);
        for (const QJsonValue v : r.json().value("data"_L1).toArray())
            seen.append(v.toObject().value("id"_L1).toString());
        cursor = r.json().value("next_cursor"_L1).toString();
    } while (!cursor.isEmpty() && seen.size() < 10);
    QCOMPARE(seen, created);
    QCOMPARE(call("GET", u"/api/v1/apps?limit=0"_s, fresh).status, 400);
    QCOMPARE(call("GET", u"/api/v1/apps?cursor=%%%"_s, fresh).status, 400);
}

void TstApps::rotationKeepsTheOldKeyForItsGrace()
{
    const QJsonObject created = createApp(m_merchant, {{"name"_L1, u"Rotating"_s}});
    const QString appId = created.value("app"_L1).toObject().value("id"_L1).toString();
    const QJsonObject oldKey = created.value("api_key"_L1).toObject();
    const auto rotated = call(
        "POST", u"/api/v1/apps/%1/keys/%2/rotate"_s.arg(appId, oldKey.value("id"_L1).toString()),
        m_merchant, {});
    QCOMPARE(rotated.status, 201);
    const QString newSecret =
        rotated.json().value("api_key"_L1).toObject().value("secret"_L1).toString();
    QVERIFY(newSecret != oldKey.value("secret"_L1).toString());
    QCOMPARE(call("GET", u"/api/v1/app"_s, newSecret).status, 200);
    QCOMPARE(call("GET", u"/api/v1/app"_s, oldKey.value("secret"_L1).toString()).status, 200);
    const auto keys = call("GET", u"/api/v1/apps/%1/keys"_s.arg(appId), m_merchant).json();
    bool sawExpiring = false;
    for (const QJsonValue v : keys.value("data"_L1).toArray()) {
        const QJsonObject k = v.toObject();
        if (k.value("id"_L1) == oldKey.value("id"_L1)) {
            sawExpiring = k.value("status"_L1).toString() == "expiring"_L1;
            const QDateTime end =
                QDateTime::fromString(k.value("expires_at"_L1).toString(), Qt::ISODateWithMs);
            const qint64 left = QDateTime::currentDateTimeUtc().secsTo(end);
            QVERIFY2(left > 23 * 3600 && left <= 24 * 3600, qPrintable(QString::number(left)));
        }
    }
    QVERIFY(sawExpiring);

    // A rotation with no grace stops the old key now.
    const QString newKeyId =
        rotated.json().value("api_key"_L1).toObject().value("id"_L1).toString();
    const auto now = call("POST", u"/api/v1/apps/%1/keys/%2/rotate"_s.arg(appId, newKeyId),
                          m_merchant, {{"grace_hours"_L1, 0}});
    QCOMPARE(now.status, 201);
    QCOMPARE(errorCode(call("GET", u"/api/v1/app"_s, newSecret)), u"invalid_api_key"_s);
    QCOMPARE(call("POST", u"/api/v1/apps/%1/keys/%2/rotate"_s.arg(appId, newKeyId), m_merchant,
                  {{"grace_hours"_L1, -1}})
                 .status,
             400);
    QCOMPARE(call("POST", u"/api/v1/apps/%1/keys/%2/rotate"_s.arg(appId, newKeyId), m_merchant,
                  {{"grace_hours"_L1, 1.5}})
                 .status,
             400);
}

void TstApps::revokeAndDeactivateStopKeysAtOnce()
{
    const QJsonObject created = createApp(m_merchant, {{"name"_L1, u"Short-lived"_s}});
    const QString appId = created.value("app"_L1).toObject().value("id"_L1).toString();
    const QJsonObject first = created.value("api_key"_L1).toObject();
    const auto second = call("POST", u"/api/v1/apps/%1/keys"_s.arg(appId), m_merchant, {});
    QCOMPARE(second.status, 201);
    const QString secondSecret =
        second.json().value("api_key"_L1).toObject().value("secret"_L1).toString();
    QCOMPARE(call("POST",
                  u"/api/v1/apps/%1/keys/%2/revoke"_s.arg(appId, first.value("id"_L1).toString()),
                  m_merchant, {})
                 .status,
             204);
    QCOMPARE(call("GET", u"/api/v1/app"_s, first.value("secret"_L1).toString()).status, 401);
    QCOMPARE(call("GET", u"/api/v1/app"_s, secondSecret).status, 200);
    QCOMPARE(call("POST",
                  u"/api/v1/apps/%1/keys/%2/revoke"_s.arg(appId, first.value("id"_L1).toString()),
                  m_merchant, {})
                 .status,
             404);
    const auto off = call("POST", u"/api/v1/apps/%1/deactivate"_s.arg(appId), m_merchant, {});
    QCOMPARE(off.status, 200);
    QVERIFY(!off.json().value("app"_L1).toObject().value("active"_L1).toBool());
    QCOMPARE(errorCode(call("GET", u"/api/v1/app"_s, secondSecret)), u"invalid_api_key"_s);
    QCOMPARE(call("POST", u"/api/v1/apps/%1/keys"_s.arg(appId), m_merchant, {}).status, 409);
}

void TstApps::webhookSecretRevealAndRotate()
{
    const QJsonObject created = createApp(m_merchant, {{"name"_L1, u"Signed"_s}});
    const QString appId = created.value("app"_L1).toObject().value("id"_L1).toString();
    const QString first = created.value("webhook_secret"_L1).toString();
    QCOMPARE(QByteArray::fromBase64(first.mid(6).toLatin1()).size(), 32);
    const auto shown = call("GET", u"/api/v1/apps/%1/webhook-secret"_s.arg(appId), m_merchant);
    QCOMPARE(shown.json().value("webhook_secret"_L1).toString(), first);
    QVERIFY(shown.json().value("previous_webhook_secret"_L1).isNull());
    const auto rotated =
        call("POST", u"/api/v1/apps/%1/webhook-secret/rotate"_s.arg(appId), m_merchant, {});
    QCOMPARE(rotated.status, 200);
    QVERIFY(rotated.json().value("webhook_secret"_L1).toString() != first);
    QCOMPARE(rotated.json().value("previous_webhook_secret"_L1).toString(), first);
    QVERIFY(!rotated.json().value("previous_valid_until"_L1).isNull());
}

void TstApps::webhookUrls_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << u"live"_s << u"https://shop.example.com/hooks"_s << true;
    QTest::newRow("none") << u"live"_s << QString() << true;
    QTest::newRow("live http") << u"live"_s << u"http://shop.example.com/hooks"_s << false;
    QTest::newRow("test http") << u"test"_s << u"http://shop.example.com/hooks"_s << true;
    QTest::newRow("test loopback (allowed here)") << u"test"_s << u"http://127.0.0.1:9/h"_s << true;
    // This server allows loopback (development): live apps too, over plain HTTP as well.
    QTest::newRow("live loopback (allowed here)") << u"live"_s << u"https://127.0.0.1/h"_s << true;
    QTest::newRow("live http loopback (allowed here)")
        << u"live"_s << u"http://127.0.0.1:9/h"_s << true;
    QTest::newRow("live localhost (allowed here)") << u"live"_s << u"https://localhost/h"_s << true;
    QTest::newRow("private 10/8") << u"test"_s << u"http://10.1.2.3/h"_s << false;
    QTest::newRow("private 192.168") << u"live"_s << u"https://192.168.1.1/h"_s << false;
    QTest::newRow("private 172.16/12") << u"live"_s << u"https://172.20.0.5/h"_s << false;
    QTest::newRow("link-local") << u"live"_s << u"https://169.254.169.254/latest"_s << false;
    QTest::newRow("multicast") << u"live"_s << u"https://224.0.0.1/h"_s << false;
    QTest::newRow("ipv6 unique local") << u"live"_s << u"https://[fd00::1]/h"_s << false;
    QTest::newRow("ipv6 loopback (allowed here)") << u"live"_s << u"https://[::1]/h"_s << true;
    QTest::newRow("ftp") << u"test"_s << u"ftp://shop.example.com/h"_s << false;
    QTest::newRow("relative") << u"test"_s << u"/hooks"_s << false;
    QTest::newRow("credentials") << u"live"_s << u"https://u:p@shop.example.com/h"_s << false;
}

void TstApps::webhookUrls()
{
    QFETCH(QString, environment);
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const auto r =
        call("POST", u"/api/v1/apps"_s, m_merchant,
             {{"name"_L1, u"Hooks"_s}, {"environment"_L1, environment}, {"webhook_url"_L1, url}});
    QCOMPARE(r.status, accepted ? 201 : 400);
    if (!accepted) {
        QCOMPARE(errorCode(r), u"validation_error"_s);
        QCOMPARE(r.json().value("error"_L1).toObject().value("field"_L1).toString(),
                 u"webhook_url"_s);
    }
}

void TstApps::apiKeysAreRateLimited()
{
    const QString secret = createApp(m_merchant, {{"name"_L1, u"Busy"_s}})
                               .value("api_key"_L1)
                               .toObject()
                               .value("secret"_L1)
                               .toString();
    int limited = 0;
    HttpResult last;
    for (int i = 0; i < 40 && limited == 0; ++i) {
        last = call("GET", u"/api/v1/app"_s, secret);
        limited += last.status == 429;
    }
    QCOMPARE(limited, 1); // burst 13 at 120/min
    QCOMPARE(errorCode(last), u"rate_limited"_s);
    QVERIFY(last.header("Retry-After").toInt() >= 1);
}

QTEST_GUILESS_MAIN(TstApps)
#include "tst_apps.moc"
