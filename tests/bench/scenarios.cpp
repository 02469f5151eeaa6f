#include "scenarios.h"

#include "ledgeraudit.h"
#include "testclient.h"
#include "testserver.h"
#include "webhookreceiver.h"
#include "webhooksignature.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace paydesk::bench {

namespace {
const QString kPassword = u"bench horse battery"_s;
const QString kPin = u"2468"_s;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

bool seed(const test::TestServer &server, int users, int apps, qint64 funds, World &w)
{
    const auto merchant =
        test::signUp(server, u"bench-merchant@example.com"_s, kPassword, {}, u"business"_s);
    if (!merchant) {
        qCritical("could not sign the merchant up");
        return false;
    }
    w.merchantToken = merchant->token;
    for (int i = 0; i < apps; ++i) {
        const auto r =
            test::sendJson(server, "POST", u"/api/v1/apps"_s,
                           {{"name"_L1, u"Bench shop %1"_s.arg(i)}, {"environment"_L1, u"live"_s}},
                           w.merchantToken);
        const QString key = r.json().value("api_key"_L1).toObject().value("secret"_L1).toString();
        if (key.isEmpty()) {
            qCritical("could not create app %d: %d %s", i, r.status, r.body.constData());
            return false;
        }
        w.apiKeys.append(key);
    }
    for (int i = 0; i < users; ++i) {
        const auto person = test::signUp(server, u"bench-%1@example.com"_s.arg(i), kPassword, kPin);
        if (!person || !test::seedFunding(server, person->walletId, funds)) {
            qCritical("could not sign up or fund person %d", i);
            return false;
        }
        w.userTokens.append(person->token);
        w.userIds.append(person->id);
    }
    return true;
}

Scenarios::Scenarios(const test::TestServer &server, World &world, RunSettings settings)
    : m_server(server)
    , m_world(world)
    , m_settings(settings)
{}

QNetworkRequest Scenarios::request(const QString &path, const QString &bearer) const
{
    QNetworkRequest r(m_server.url(path));
    r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!bearer.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return r;
}

// The HTTP ceiling: the cheapest route there is.
Figures Scenarios::health()
{
    return run(u"http.health"_s, m_settings, [this](int, qint64) {
        return Call{"GET", request(u"/health"_s, {}), {}};
    });
}

// Payment requests with API keys (one app per client, round robin) and Idempotency-Keys.
Figures Scenarios::paymentsCreate()
{
    return run(
        u"payments.create"_s, m_settings,
        [this](int client, qint64 n) {
            const QString ref = u"bench-%1-%2"_s.arg(client).arg(n);
            QNetworkRequest r =
                request(u"/api/v1/payments"_s, m_world.apiKeys.at(client % m_world.apiKeys.size()));
            r.setRawHeader("Idempotency-Key",
                           ref.toLatin1() + "-" + QByteArray::number(++m_world.sequence));
            return Call{
                "POST", r,
                json({{"amount"_L1, 1500},
                      {"currency"_L1, u"NGN"_s},
                      {"reference_id"_L1, QString(ref + u'-' + QString::number(m_world.sequence))},
                      {"description"_L1, u"Bench order"_s},
                      {"expiry_minutes"_L1, 120}})};
        },
        [this](int status, const QByteArray &body) {
            if (status == 201)
                m_world.payable.append(
                    QJsonDocument::fromJson(body).object().value("payment_id"_L1).toString());
        });
}

// Transfers among the funded people, random pairs, with PIN and Idempotency-Key.
Figures Scenarios::walletTransfer()
{
    const int people = int(m_world.userTokens.size());
    return run(u"wallet.transfer"_s, m_settings, [this, people](int, qint64) {
        const int from = int(m_random() % quint64(people));
        const int to = (from + 1 + int(m_random() % quint64(people - 1))) % people;
        QNetworkRequest r = request(u"/api/v1/wallet/transfer"_s, m_world.userTokens.at(from));
        r.setRawHeader("Idempotency-Key",
                       "bench-transfer-" + QByteArray::number(++m_world.sequence));
        return Call{
            "POST", r,
            json({{"recipient"_L1, m_world.userIds.at(to)}, {"amount"_L1, 100}, {"pin"_L1, kPin}})};
    });
}

// People pay the requests payments.create made, each request once.
Figures Scenarios::paymentsPay()
{
    const int people = int(m_world.userTokens.size());
    Figures f = run(u"payments.pay"_s, m_settings, [this, people](int, qint64) {
        const QString id = m_world.payable.isEmpty() ? u"pay_none"_s : m_world.payable.takeLast();
        QNetworkRequest r = request(u"/api/v1/payments/%1/pay"_s.arg(id),
                                    m_world.userTokens.at(int(m_random() % quint64(people))));
        r.setRawHeader("Idempotency-Key", "bench-pay-" + QByteArray::number(++m_world.sequence));
        return Call{"POST", r, json({{"pin"_L1, kPin}})};
    });
    if (m_world.payable.isEmpty())
        f.note = u"ran out of payable requests: later calls were refused"_s;
    return f;
}

// The PIN check alone: the Argon2id cost every money request carries.
Figures Scenarios::pinVerify()
{
    return run(u"pin.verify"_s, m_settings, [this](int client, qint64) {
        return Call{"POST",
                    request(u"/api/v1/profile/verify-pin"_s,
                            m_world.userTokens.at(client % m_world.userTokens.size())),
                    json({{"pin"_L1, kPin}})};
    });
}

} // namespace paydesk::bench
