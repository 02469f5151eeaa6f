// The route table: method + path template ("/api/v1/payments/{id}") → handler. Matching is
// segment by segment with no regular expressions. A route also declares what body it takes, so
// JSON parsing and its errors happen once, before any handler runs. The table is built at
// start-up and only read afterwards, so every listener thread shares it without locks.
#pragma once

#include "domain/identity/tokenissuer.h"
#include "domain/ledger/ledgertypes.h"
#include "reply.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace paydesk::server {

enum class BodyPolicy {
    None,       // a non-empty body is refused
    JsonObject, // the body must be one JSON object (malformed → 400 malformed_json)
    Raw,        // handed over as sent (ctx.request.body()): the handler parses it (HTML forms)
};

// Who may call a route; the listener enforces it before the handler runs.
enum class Access {
    Anonymous, // anyone
    User,      // any signed-in person (a valid access token)
    Merchant,  // role merchant or admin
    Admin,     // role admin
    ApiKey,    // a merchant app's secret key (Authorization: Bearer sk_test_... / sk_live_...)
};

struct RequestContext
{
    const QHttpServerRequest &request;
    QString requestId;
    QHash<QString, QString> params; // from {name} segments of the template
    QJsonObject body;               // parsed when the route takes BodyPolicy::JsonObject
    identity::Principal principal;  // set when the route's Access is not Anonymous
    QString remoteIp;
    // Set by the idempotency middleware when the request carries a new Idempotency-Key.
    std::optional<ledger::IdempotencyClaim> idempotency;
};

using Handler = std::function<Reply(RequestContext &)>;

struct Route
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Get;
    QString pattern; // "/api/v1/things/{id}"
    QString summary; // one line, shown in logs and checked against the OpenAPI document
    BodyPolicy body = BodyPolicy::None;
    Handler handler;
    Access access = Access::Anonymous;
    QString rateLimit; // non-empty: a per-IP token bucket of this name guards the route
    bool idempotent = false; // moves money: honours Idempotency-Key (http/idempotency.h)
};

struct RouteMatch
{
    const Route *route = nullptr; // null when nothing matched
    QHash<QString, QString> params;
    QList<QHttpServerRequest::Method> allowed; // methods the path has, when only the method missed
};

class Router
{
public:
    void add(Route route);
    RouteMatch match(QHttpServerRequest::Method method, QStringView path) const;
    const QList<Route> &routes() const { return m_routes; }

    // Parses the body according to the route's policy into ctx.body.
    static std::optional<Error> parseBody(const Route &route, RequestContext &ctx);

    static QString methodName(QHttpServerRequest::Method method);

private:
    QList<Route> m_routes;
    QList<QList<QString>> m_segments; // m_routes[i] split on '/'
};

} // namespace paydesk::server
