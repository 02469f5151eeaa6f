#include "sandboxprovider.h"

#include "crypto/hmac.h"
#include "ids.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "paydesk.sandbox")

namespace paydesk::server::providers {

namespace {

constexpr int kMinSecretLength = 16;
constexpr auto kSuccessCard = "4111111111111111";
constexpr auto kDeclinedCard = "4000000000000002";
constexpr int kAccountNumberLength = 10;

Error invalid(const QString &field, const QString &message)
{
    return Error::make(errc::kValidation, message, field);
}

bool allDigits(QStringView s)
{
    return !s.isEmpty() &&
           std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// MM/YY or MM/YYYY, not before the current month.
bool validExpiry(const QString &text)
{
    const QStringList parts = text.trimmed().split(u'/');
    if (parts.size() != 2 || !allDigits(parts[0]) || !allDigits(parts[1]) || parts[0].size() > 2 ||
        (parts[1].size() != 2 && parts[1].size() != 4))
        return false;
    const int month = parts[0].toInt();
    const int year = parts[1].size() == 2 ? 2000 + parts[1].toInt() : parts[1].toInt();
    const QDate today = QDate::currentDate();
    return month >= 1 && month <= 12 &&
           (year > today.year() || (year == today.year() && month >= today.month()));
}

// A name from the digits alone (FNV-1a), so every look-up of an account agrees.
QString accountNameFor(const QString &digits)
{
    static const QStringList kFirst = {u"Adaeze"_s, u"Babajide"_s,  u"Chinonso"_s, u"Damilola"_s,
                                       u"Emeka"_s,  u"Funmilayo"_s, u"Garba"_s,    u"Halima"_s,
                                       u"Ifeoma"_s, u"Jide"_s};
    static const QStringList kLast = {u"Okafor"_s,  u"Adeyemi"_s, u"Bello"_s,    u"Eze"_s,
                                      u"Ibrahim"_s, u"Nwosu"_s,   u"Ogunleye"_s, u"Usman"_s};
    quint32 hash = 2166136261u;
    for (const QChar c : digits) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return kFirst[int(hash % quint32(kFirst.size()))] + u' ' +
           kLast[int((hash / 16) % quint32(kLast.size()))];
}

Result<QByteArray> readOrCreateSecret(const QString &path)
{
    if (QFile file(path); file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(errc::kUnavailable, u"cannot read "_s + path);
        const QByteArray secret = file.readAll().trimmed();
        if (secret.size() < kMinSecretLength)
            return Error::make(errc::kUnavailable, u"malformed secret in "_s + path);
        return secret;
    }
    const QByteArray secret = crypto::base64Url(crypto::randomBytes(32)).toLatin1();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(errc::kUnavailable, u"cannot write "_s + path);
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(secret + '\n');
    if (!file.commit())
        return Error::make(errc::kUnavailable, u"cannot write "_s + path);
    return secret;
}

} // namespace

SandboxProvider::SandboxProvider(QByteArray secret, int payoutDelayMs, QObject *parent)
    : QObject(parent)
    , m_secret(std::move(secret))
    , m_payoutDelayMs(payoutDelayMs)
{}

Result<QByteArray> SandboxProvider::loadSecret(const QString &configured, const QString &dataDir)
{
    if (!configured.isEmpty()) {
        if (configured.size() < kMinSecretLength)
            return Error::make(
                errc::kValidation,
                u"PAYDESK_SANDBOX_SECRET must be at least %1 characters"_s.arg(kMinSecretLength));
        return configured.toUtf8();
    }
    const QString dir = dataDir + "/secrets"_L1;
    if (!QDir().mkpath(dir))
        return Error::make(errc::kUnavailable, u"cannot create "_s + dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return readOrCreateSecret(dir + "/sandbox-secret"_L1);
}

void SandboxProvider::setPublicUrl(const QString &baseUrl)
{
    QMutexLocker lock(&m_urlMutex);
    m_publicUrl = baseUrl;
}

QString SandboxProvider::name() const
{
    return QString::fromLatin1(kName);
}

Result<CheckoutOrder> SandboxProvider::createCheckoutOrder(qint64 amount, const QString &currency)
{
    Q_UNUSED(amount);
    Q_UNUSED(currency); // the hosted page reads both from paydeskd's order
    const QString orderId = ids::make(u"order");
    QMutexLocker lock(&m_urlMutex);
    return CheckoutOrder{orderId, m_publicUrl + "/sandbox/checkout/"_L1 + orderId};
}

Result<void> SandboxProvider::createPayout(const Payout &payout)
{
    const char *status = payout.account.accountNumber.endsWith("0000"_L1) ? paymentstatus::kFailed
                                                                          : paymentstatus::kSuccess;
    const ProviderCallback callback = callbackFor(payout.orderId, ids::make(u"trf_sbx"), status);
    // Asked from any listener thread; the timer runs on this object's thread.
    QMetaObject::invokeMethod(
        this,
        [this, callback] {
            QTimer::singleShot(m_payoutDelayMs, this, [this, callback] {
                qCInfo(lcSandbox) << "payout" << callback.orderId << callback.status;
                if (m_sink)
                    m_sink(callback);
            });
        },
        Qt::QueuedConnection);
    return {};
}

bool SandboxProvider::verifyCallbackSignature(const QString &orderId, const QString &paymentId,
                                              const QString &signature) const
{
    return crypto::constantTimeEquals(sign(orderId, paymentId).toLatin1(), signature.toLatin1());
}

QList<Bank> SandboxProvider::banks() const
{
    return {{u"044"_s, u"Access Bank"_s},         {u"011"_s, u"First Bank"_s},
            {u"058"_s, u"Guaranty Trust Bank"_s}, {u"033"_s, u"United Bank for Africa"_s},
            {u"057"_s, u"Zenith Bank"_s},         {u"999"_s, u"Paydesk Sandbox Bank"_s}};
}

Result<BankAccount> SandboxProvider::resolveAccount(const QString &bankCode,
                                                    const QString &accountNumber) const
{
    const QList<Bank> all = banks();
    const auto bank =
        std::find_if(all.cbegin(), all.cend(), [&](const Bank &b) { return b.code == bankCode; });
    if (bank == all.cend())
        return invalid(u"bank_code"_s, u"Unknown bank code; see GET /api/v1/wallet/banks."_s);
    if (accountNumber.size() != kAccountNumberLength || !allDigits(accountNumber))
        return invalid(u"account_number"_s, u"An account number is 10 digits."_s);
    return BankAccount{*bank, accountNumber, accountNameFor(accountNumber)};
}

Result<ProviderCallback> SandboxProvider::payCheckout(const QString &orderId, const Card &card)
{
    QString number = card.number;
    number.remove(u' ').remove(u'-');
    if (number.size() < 12 || number.size() > 19 || !allDigits(number))
        return invalid(u"card_number"_s, u"Enter the card number."_s);
    if (number != QLatin1StringView(kSuccessCard) && number != QLatin1StringView(kDeclinedCard))
        return invalid(u"card_number"_s, u"Use a sandbox test card: 4111 1111 1111 1111 "
                                         "succeeds, 4000 0000 0000 0002 is declined."_s);
    if (!validExpiry(card.expiry))
        return invalid(u"expiry"_s, u"Enter a future expiry date as MM/YY."_s);
    if ((card.cvc.size() != 3 && card.cvc.size() != 4) || !allDigits(card.cvc))
        return invalid(u"cvc"_s, u"The CVC is 3 or 4 digits."_s);
    const char *status = number == QLatin1StringView(kSuccessCard) ? paymentstatus::kSuccess
                                                                   : paymentstatus::kFailed;
    const ProviderCallback callback = callbackFor(orderId, ids::make(u"pay_sbx"), status);
    if (m_sink)
        m_sink(callback);
    return callback;
}

QString SandboxProvider::sign(const QString &orderId, const QString &paymentId) const
{
    return QString::fromLatin1(
        crypto::hmacSha256(m_secret, (orderId + u'|' + paymentId).toUtf8()).toHex());
}

ProviderCallback SandboxProvider::callbackFor(const QString &orderId, const QString &paymentId,
                                              const char *status) const
{
    return ProviderCallback{name(),    ids::make(u"evt_sbx"),       orderId,
                            paymentId, QString::fromLatin1(status), sign(orderId, paymentId)};
}

} // namespace paydesk::server::providers
