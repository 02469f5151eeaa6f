// What the resource handlers are built from. Handlers capture these by reference at start-up;
// every member is either read-only after start-up or safe to use from any listener thread.
#pragma once

#include <QDateTime>
#include <QString>

namespace paydesk::server {

class Database;
class Metrics;
class Router;
struct Config;

struct NodeInfo
{
    QString nodeId;
    QString version;
    QDateTime startedAt;
    int threads = 1;
    int schemaKnown = 0;
};

struct ApiDeps
{
    const Config &config;
    const Database &database;
    Metrics &metrics;
    const NodeInfo &node;
};

// Registers every route of the API. The OpenAPI test builds the table through this too.
void registerRoutes(Router &router, const ApiDeps &deps);

void registerHealthRoutes(Router &router, const ApiDeps &deps);
void registerMetaRoutes(Router &router, const ApiDeps &deps);

} // namespace paydesk::server
