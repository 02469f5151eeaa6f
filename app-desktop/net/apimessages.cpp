// ApiClient::userMessage: the one place where API error codes become sentences for people.
// Codes are stable (shared/error.h); the server's English message is only the fallback for
// codes this client does not know yet.
#include "apiclient.h"

#include <QHash>

using namespace Qt::StringLiterals;
namespace errc = paydesk::errc;

namespace {

QString validationMessage(const QString &field, const QString &serverMessage)
{
    if (field == "email"_L1)
        return ApiClient::tr("Enter a valid email address, like name@example.com.");
    if (field == "display_name"_L1)
        return ApiClient::tr("Enter a name of at most 80 characters.");
    if (field == "phone"_L1)
        return ApiClient::tr("Use the international format, e.g. +234 803 123 4567.");
    if (field == "pin"_L1)
        return ApiClient::tr("A PIN is 4 to 6 digits.");
    if (field == "avatar_color"_L1)
        return ApiClient::tr("Choose one of the offered colours.");
    if (field == "referral_code"_L1)
        return ApiClient::tr("This referral code is not valid.");
    if (field == "account_type"_L1)
        return ApiClient::tr("Choose a personal or a business account.");
    return serverMessage.isEmpty() ? ApiClient::tr("Check the highlighted field.") : serverMessage;
}

} // namespace

QString ApiClient::userMessage(const ApiResponse &response)
{
    if (!response.reached)
        return tr("Cannot reach the server. Check your connection and try again.");
    if (!response.error) {
        return response.status >= 500
                   ? tr("The server had a problem. Try again in a moment.")
                   : tr("Unexpected answer from the server (HTTP %1).").arg(response.status);
    }
    const paydesk::Error &error = *response.error;
    const QString &code = error.code;
    if (code == QLatin1StringView(errc::kValidation))
        return validationMessage(error.field, error.message);
    if (code == QLatin1StringView(errc::kRateLimited) ||
        code == QLatin1StringView(errc::kPinLocked)) {
        const int minutes = qMax(1, (response.retryAfterSeconds + 59) / 60);
        return code == QLatin1StringView(errc::kPinLocked)
                   ? tr("Too many wrong PINs. Try again in %n minute(s).", nullptr, minutes)
                   : tr("Too many attempts. Try again in %n minute(s).", nullptr, minutes);
    }
    static const QHash<QString, const char *> kMessages = {
        {QString::fromLatin1(errc::kInvalidCredentials),
         QT_TR_NOOP("Email or password is incorrect.")},
        {QString::fromLatin1(errc::kTotpRequired),
         QT_TR_NOOP("Enter the 6-digit code from your authenticator app.")},
        {QString::fromLatin1(errc::kInvalidTotp),
         QT_TR_NOOP("That code did not work. Enter the current code from your authenticator app, "
                    "or a recovery code.")},
        {QString::fromLatin1(errc::kTotpNotEnrolled),
         QT_TR_NOOP("Start two-factor set-up again: no set-up is in progress.")},
        {QString::fromLatin1(errc::kTotpAlreadyEnabled),
         QT_TR_NOOP("Two-factor authentication is already on.")},
        {QString::fromLatin1(errc::kEmailTaken),
         QT_TR_NOOP("An account with this email already exists. Sign in instead.")},
        {QString::fromLatin1(errc::kWeakPassword),
         QT_TR_NOOP("Choose a stronger password: at least 10 characters, not a common one and "
                    "not your email.")},
        {QString::fromLatin1(errc::kInvalidPassword), QT_TR_NOOP("The password is incorrect.")},
        {QString::fromLatin1(errc::kInvalidPin), QT_TR_NOOP("The PIN is incorrect.")},
        {QString::fromLatin1(errc::kPinNotSet), QT_TR_NOOP("Set a transaction PIN first.")},
        {QString::fromLatin1(errc::kInvalidRefreshToken),
         QT_TR_NOOP("Your session has ended. Sign in again.")},
        {QString::fromLatin1(errc::kRefreshTokenReused),
         QT_TR_NOOP("For your security this session was ended. Sign in again.")},
        {QString::fromLatin1(errc::kTokenExpired),
         QT_TR_NOOP("Your session has ended. Sign in again.")},
        {QString::fromLatin1(errc::kInvalidToken),
         QT_TR_NOOP("Your session has ended. Sign in again.")},
        {QString::fromLatin1(errc::kUnauthenticated),
         QT_TR_NOOP("Your session has ended. Sign in again.")},
        {QString::fromLatin1(errc::kForbidden),
         QT_TR_NOOP("Your account is not allowed to do this.")},
        {QString::fromLatin1(errc::kInternal),
         QT_TR_NOOP("The server had a problem. Try again in a moment.")},
        {QString::fromLatin1(errc::kUnavailable),
         QT_TR_NOOP("The server is busy. Try again in a moment.")},
    };
    if (const char *message = kMessages.value(code))
        return tr(message);
    return error.message.isEmpty() ? tr("The request failed (%1).").arg(code) : error.message;
}
