// The rules for what people may type into their account: email shape, password policy, display
// names, PINs, phones, languages, colours. Pure functions, so they are tested as tables
// (tst_identityrules) and every endpoint applies the same rule the same way.
#pragma once

#include "result.h"

#include <QString>

namespace paydesk::server::identity {

inline constexpr int kMinPasswordLength = 10;
inline constexpr int kMaxPasswordLength = 256;

// Trimmed and lower-cased for uniqueness; an error (field "email") when it is not an address.
Result<QString> normalizeEmail(const QString &email);
// Length 10..256, not a well-known password, not the email itself (field "password").
Result<void> checkPassword(const QString &password, const QString &email,
                           const QString &field = QStringLiteral("password"));
// 1..80 characters after trimming; no control characters.
Result<QString> checkDisplayName(const QString &name);
// 4 to 6 ASCII digits (field "pin").
Result<void> checkPin(const QString &pin);
// Empty clears it; otherwise "+" and 7..15 digits (E.164), spaces and dashes ignored.
Result<QString> checkPhone(const QString &phone);
// A language the app is translated into.
Result<QString> checkLanguage(const QString &language);
// "#RRGGBB".
Result<QString> checkAvatarColor(const QString &color);

// "Ada Lovelace" → "AL", "ada" → "AD"; at most two letters, upper case.
QString initialsOf(const QString &displayName);
// A pleasant colour chosen from a fixed palette by the seed (the user id).
QString avatarColorFor(const QString &seed);

} // namespace paydesk::server::identity
