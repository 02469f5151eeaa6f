#include "passwordhasher.h"

#include "crypto/hmac.h"

#include <QRegularExpression>

#include <argon2.h>

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {
constexpr quint32 kSaltBytes = 16;
constexpr quint32 kHashBytes = 32;
} // namespace

PasswordHasher::PasswordHasher(Argon2Params params)
    : m_params(params)
{}

QString PasswordHasher::hash(const QString &secret) const
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray salt = crypto::randomBytes(kSaltBytes);
    const size_t length =
        argon2_encodedlen(m_params.iterations, m_params.memoryKiB, m_params.parallelism, kSaltBytes,
                          kHashBytes, Argon2_id);
    QByteArray encoded(static_cast<qsizetype>(length), '\0');
    const int rc =
        argon2id_hash_encoded(m_params.iterations, m_params.memoryKiB, m_params.parallelism,
                              utf8.constData(), static_cast<size_t>(utf8.size()), salt.constData(),
                              kSaltBytes, kHashBytes, encoded.data(), length);
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData()); // stops at the terminating NUL
}

bool PasswordHasher::verify(const QString &secret, const QString &encoded) const
{
    if (!encoded.startsWith("$argon2id$"_L1))
        return false;
    const QByteArray utf8 = secret.toUtf8();
    return argon2id_verify(encoded.toLatin1().constData(), utf8.constData(),
                           static_cast<size_t>(utf8.size())) == ARGON2_OK;
}

bool PasswordHasher::needsRehash(const QString &encoded) const
{
    static const QRegularExpression kParams(
        u"^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$"_s);
    const auto match = kParams.match(encoded);
    if (!match.hasMatch())
        return true;
    return match.captured(1).toUInt() < m_params.memoryKiB ||
           match.captured(2).toUInt() < m_params.iterations ||
           match.captured(3).toUInt() != m_params.parallelism;
}

} // namespace paydesk::server
