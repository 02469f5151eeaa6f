// The OpenAPI document must describe exactly the routes paydeskd serves: a route added without
// documentation, or documentation left for a route that is gone, fails here.
#include "api/apideps.h"
#include "config/config.h"
#include "domain/identity/identityservice.h"
#include "domain/identity/passwordhasher.h"
#include "domain/identity/securityservice.h"
#include "domain/identity/tokenissuer.h"
#include "domain/ledger/ledgerservice.h"
#include "domain/wallet/walletservice.h"
#include "http/metrics.h"
#include "http/router.h"
#include "store/database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::server;

class TstOpenApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyRouteIsDocumented();
    void everyDocumentedOperationIsARoute();
    void summariesMatch();
    void errorCodesAreDocumented();

private:
    QSet<QString> routeKeys() const;
    QJsonObject m_doc;
    Router m_router;
    Config m_config;
    Database m_database{DatabaseParams{}};
    Metrics m_metrics{1};
    NodeInfo m_node;
    PasswordHasher m_hasher;
    identity::TokenIssuer m_tokens{{{u"k"_s, QByteArray(32, 'k')}}, 900};
    identity::IdentityService m_identity{m_database, m_hasher, m_tokens, {}};
    identity::SecurityService m_security{m_database, m_hasher};
    RateLimiter m_limiter;
    ledger::LedgerService m_ledger{m_database};
    wallet::WalletService m_wallets{m_database, m_ledger, m_security, {}};
    std::unique_ptr<ApiDeps> m_deps;
};

void TstOpenApi::initTestCase()
{
    m_deps = std::make_unique<ApiDeps>(
        ApiDeps{m_config, m_database, m_metrics, m_node, m_identity, m_security, m_limiter, {}, m_ledger,
                                                 m_wallets});
    registerRoutes(m_router, *m_deps);
    QFile file(u":/api/openapi.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error{};
    m_doc = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(m_doc.value("openapi"_L1).toString().startsWith("3.0"_L1));
}

QSet<QString> TstOpenApi::routeKeys() const
{
    QSet<QString> keys;
    for (const Route &r : m_router.routes())
        keys.insert(Router::methodName(r.method) + u' ' + r.pattern);
    return keys;
}

void TstOpenApi::everyRouteIsDocumented()
{
    const QJsonObject paths = m_doc.value("paths"_L1).toObject();
    for (const QString &key : routeKeys()) {
        const QString method = key.section(u' ', 0, 0).toLower();
        const QString path = key.section(u' ', 1);
        QVERIFY2(paths.value(path).toObject().contains(method),
                 qPrintable(u"route not in openapi.json: "_s + key));
    }
}

void TstOpenApi::everyDocumentedOperationIsARoute()
{
    const QSet<QString> keys = routeKeys();
    const QJsonObject paths = m_doc.value("paths"_L1).toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject item = p.value().toObject();
        for (auto op = item.begin(); op != item.end(); ++op) {
            const QString key = op.key().toUpper() + u' ' + p.key();
            QVERIFY2(keys.contains(key), qPrintable(u"documented but not served: "_s + key));
        }
    }
}

void TstOpenApi::summariesMatch()
{
    const QJsonObject paths = m_doc.value("paths"_L1).toObject();
    for (const Route &r : m_router.routes()) {
        const QJsonObject op = paths.value(r.pattern)
                                   .toObject()
                                   .value(Router::methodName(r.method).toLower())
                                   .toObject();
        QCOMPARE(op.value("summary"_L1).toString(), r.summary);
    }
}

void TstOpenApi::errorCodesAreDocumented()
{
    // Every code the error table knows appears in the ErrorBody enum.
    const QJsonArray codes = m_doc.value("components"_L1)
                                 .toObject()
                                 .value("schemas"_L1)
                                 .toObject()
                                 .value("ErrorBody"_L1)
                                 .toObject()
                                 .value("properties"_L1)
                                 .toObject()
                                 .value("error"_L1)
                                 .toObject()
                                 .value("properties"_L1)
                                 .toObject()
                                 .value("code"_L1)
                                 .toObject()
                                 .value("enum"_L1)
                                 .toArray();
    QVERIFY(!codes.isEmpty());
    for (const char *code :
         {paydesk::errc::kValidation, paydesk::errc::kMalformedJson, paydesk::errc::kNotFound,
          paydesk::errc::kMethodNotAllowed, paydesk::errc::kBodyTooLarge,
          paydesk::errc::kHeadersTooLarge, paydesk::errc::kLengthRequired,
          paydesk::errc::kUpgradeRequired, paydesk::errc::kInternal, paydesk::errc::kUnavailable})
        QVERIFY2(codes.contains(QString::fromLatin1(code)), code);
}

QTEST_GUILESS_MAIN(TstOpenApi)
#include "tst_openapi.moc"
