// The JSON shapes of people and sessions on the wire (SPEC §3 snake_case).
#pragma once

#include "domain/identity/user.h"

#include <QJsonObject>

namespace paydesk::server {

QJsonObject userJson(const identity::User &user);
QJsonObject sessionJson(const identity::Session &session);

} // namespace paydesk::server
