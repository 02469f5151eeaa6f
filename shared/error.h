// A failure that crosses a module boundary as a value: a stable machine-readable code, a message
// for people, and the input field it concerns. Services never know HTTP; the server maps codes
// to statuses in one table (app-server/http/errormapping.cpp).
#pragma once

#include <QString>

namespace paydesk {

// The stable codes clients may branch on. Add here, never rename: they are part of the API.
namespace errc {
inline constexpr auto kValidation = "validation_error";
inline constexpr auto kMalformedJson = "malformed_json";
inline constexpr auto kNotFound = "not_found";
inline constexpr auto kMethodNotAllowed = "method_not_allowed";
inline constexpr auto kBodyTooLarge = "body_too_large";
inline constexpr auto kHeadersTooLarge = "headers_too_large";
inline constexpr auto kUpgradeRequired = "upgrade_required";
inline constexpr auto kLengthRequired = "length_required";
inline constexpr auto kUnsupportedMediaType = "unsupported_media_type";
inline constexpr auto kUnauthenticated = "unauthenticated";
inline constexpr auto kForbidden = "forbidden";
inline constexpr auto kConflict = "conflict";
inline constexpr auto kInsufficientFunds = "insufficient_funds";
inline constexpr auto kRateLimited = "rate_limited";
inline constexpr auto kOverflow = "amount_overflow";
inline constexpr auto kUnknownCurrency = "unknown_currency";
inline constexpr auto kCurrencyMismatch = "currency_mismatch";
inline constexpr auto kInvalidAmount = "invalid_amount";
inline constexpr auto kUnavailable = "service_unavailable";
inline constexpr auto kInternal = "internal_error";
// Identity
inline constexpr auto kEmailTaken = "email_taken";
inline constexpr auto kWeakPassword = "weak_password";
inline constexpr auto kInvalidCredentials = "invalid_credentials";
inline constexpr auto kTotpRequired = "totp_required";
inline constexpr auto kInvalidTotp = "invalid_totp";
inline constexpr auto kTotpNotEnrolled = "totp_not_enrolled";
inline constexpr auto kTotpAlreadyEnabled = "totp_already_enabled";
inline constexpr auto kInvalidPassword = "invalid_password";
inline constexpr auto kInvalidPin = "invalid_pin";
inline constexpr auto kPinLocked = "pin_locked";
inline constexpr auto kPinNotSet = "pin_not_set";
inline constexpr auto kInvalidRefreshToken = "invalid_refresh_token";
inline constexpr auto kRefreshTokenReused = "refresh_token_reused";
inline constexpr auto kInvalidToken = "invalid_token";
inline constexpr auto kTokenExpired = "token_expired";
// Wallets and ledger
inline constexpr auto kWalletDisabled = "wallet_disabled";
inline constexpr auto kLimitExceeded = "limit_exceeded";
inline constexpr auto kAmountBelowMinimum = "amount_below_minimum";
inline constexpr auto kSelfTransfer = "self_transfer";
inline constexpr auto kRecipientNotFound = "recipient_not_found";
inline constexpr auto kIdempotencyKeyReused = "idempotency_key_reused";
inline constexpr auto kInvalidIdempotencyKey = "invalid_idempotency_key";
inline constexpr auto kInvalidSignature = "invalid_signature";
inline constexpr auto kTransactionFinal = "transaction_final";
// Gateway
inline constexpr auto kInvalidApiKey = "invalid_api_key";
inline constexpr auto kDuplicateReference = "duplicate_reference";
inline constexpr auto kPaymentFinal = "payment_final";
inline constexpr auto kPaymentExpired = "payment_expired";
inline constexpr auto kSelfPayment = "self_payment";
inline constexpr auto kTestModePayment = "test_mode_payment";
// Chat
inline constexpr auto kSelfChat = "self_chat";
inline constexpr auto kMessageTooLong = "message_too_long";
inline constexpr auto kClientIdReused = "client_id_reused";
} // namespace errc

struct Error
{
    QString code;
    QString message;
    QString field;                // empty when the error is not about one input field
    qint64 retryAfterSeconds = 0; // > 0 when trying again later can succeed (429, lockouts)

    static Error make(const char *code, const QString &message, const QString &field = {})
    {
        return Error{QString::fromLatin1(code), message, field, 0};
    }
    bool is(const char *c) const { return code == QLatin1StringView(c); }
};

} // namespace paydesk
