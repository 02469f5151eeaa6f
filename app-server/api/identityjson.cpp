#include "identityjson.h"

#include "domain/identity/identityrules.h"

using namespace Qt::StringLiterals;

namespace paydesk::server {

QJsonObject userJson(const identity::User &u)
{
    return {
        {"id"_L1, u.id},
        {"email"_L1, u.email},
        {"display_name"_L1, u.displayName},
        {"role"_L1, u.role},
        {"phone"_L1, u.phone.isEmpty() ? QJsonValue() : QJsonValue(u.phone)},
        {"avatar_color"_L1, u.avatarColor},
        {"initials"_L1, identity::initialsOf(u.displayName)},
        {"language"_L1, u.language},
        {"notification_prefs"_L1,
         QJsonObject{{"email"_L1, u.notifyEmail}, {"push"_L1, u.notifyPush}}},
        {"pin_set"_L1, u.pinSet},
        {"totp_enabled"_L1, u.totpEnabled},
        {"wallet_id"_L1, u.walletId},
        {"created_at"_L1, u.createdAt.toString(Qt::ISODate)},
    };
}

QJsonObject sessionJson(const identity::Session &s)
{
    return {
        {"access_token"_L1, s.accessToken}, {"token_type"_L1, u"Bearer"_s},
        {"expires_in"_L1, s.expiresIn},     {"refresh_token"_L1, s.refreshToken},
        {"user"_L1, userJson(s.user)},
    };
}

} // namespace paydesk::server
