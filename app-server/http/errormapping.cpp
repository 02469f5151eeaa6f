#include "errormapping.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace paydesk::server {

int httpStatusFor(const Error &error)
{
    static const QHash<QString, int> kStatus = {
        {QLatin1StringView(errc::kValidation), 400},
        {QLatin1StringView(errc::kMalformedJson), 400},
        {QLatin1StringView(errc::kInvalidAmount), 400},
        {QLatin1StringView(errc::kOverflow), 400},
        {QLatin1StringView(errc::kUnknownCurrency), 400},
        {QLatin1StringView(errc::kCurrencyMismatch), 400},
        {QLatin1StringView(errc::kUnauthenticated), 401},
        {QLatin1StringView(errc::kInsufficientFunds), 402},
        {QLatin1StringView(errc::kForbidden), 403},
        {QLatin1StringView(errc::kNotFound), 404},
        {QLatin1StringView(errc::kMethodNotAllowed), 405},
        {QLatin1StringView(errc::kConflict), 409},
        {QLatin1StringView(errc::kLengthRequired), 411},
        {QLatin1StringView(errc::kBodyTooLarge), 413},
        {QLatin1StringView(errc::kUnsupportedMediaType), 415},
        {QLatin1StringView(errc::kUpgradeRequired), 426},
        {QLatin1StringView(errc::kRateLimited), 429},
        {QLatin1StringView(errc::kHeadersTooLarge), 431},
        {QLatin1StringView(errc::kEmailTaken), 409},
        {QLatin1StringView(errc::kWeakPassword), 400},
        {QLatin1StringView(errc::kInvalidCredentials), 401},
        {QLatin1StringView(errc::kTotpRequired), 401},
        {QLatin1StringView(errc::kInvalidTotp), 403},
        {QLatin1StringView(errc::kTotpNotEnrolled), 409},
        {QLatin1StringView(errc::kTotpAlreadyEnabled), 409},
        {QLatin1StringView(errc::kInvalidPassword), 403},
        {QLatin1StringView(errc::kInvalidPin), 403},
        {QLatin1StringView(errc::kPinLocked), 403},
        {QLatin1StringView(errc::kPinNotSet), 409},
        {QLatin1StringView(errc::kInvalidRefreshToken), 401},
        {QLatin1StringView(errc::kRefreshTokenReused), 401},
        {QLatin1StringView(errc::kWalletDisabled), 403},
        {QLatin1StringView(errc::kLimitExceeded), 422},
        {QLatin1StringView(errc::kAmountBelowMinimum), 422},
        {QLatin1StringView(errc::kSelfTransfer), 422},
        {QLatin1StringView(errc::kRecipientNotFound), 404},
        {QLatin1StringView(errc::kIdempotencyKeyReused), 409},
        {QLatin1StringView(errc::kInvalidIdempotencyKey), 400},
        {QLatin1StringView(errc::kInvalidSignature), 400},
        {QLatin1StringView(errc::kTransactionFinal), 409},
        {QLatin1StringView(errc::kInvalidApiKey), 401},
        {QLatin1StringView(errc::kDuplicateReference), 409},
        {QLatin1StringView(errc::kPaymentFinal), 409},
        {QLatin1StringView(errc::kPaymentExpired), 409},
        {QLatin1StringView(errc::kSelfPayment), 422},
        {QLatin1StringView(errc::kTestModePayment), 422},
        {QLatin1StringView(errc::kSelfChat), 422},
        {QLatin1StringView(errc::kMessageTooLong), 400},
        {QLatin1StringView(errc::kClientIdReused), 409},
        {u"invalid_token"_s, 401},
        {u"token_expired"_s, 401},
        {QLatin1StringView(errc::kInternal), 500},
        {QLatin1StringView(errc::kUnavailable), 503},
    };
    return kStatus.value(error.code, 500);
}

} // namespace paydesk::server
