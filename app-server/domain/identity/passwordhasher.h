// Argon2id password and PIN hashing on libargon2 (the reference implementation). Hashes are
// stored in the PHC string format ($argon2id$v=19$m=..,t=..,p=..$salt$hash), so parameters can
// be raised later: needsRehash() tells when a stored hash was made with weaker ones.
#pragma once

#include <QString>

namespace paydesk::server {

struct Argon2Params
{
    quint32 memoryKiB = 19 * 1024; // OWASP's minimum for Argon2id: 19 MiB, 2 passes
    quint32 iterations = 2;
    quint32 parallelism = 1;
};

class PasswordHasher
{
public:
    explicit PasswordHasher(Argon2Params params = {});

    // A fresh 16-byte random salt each time; empty only if libargon2 fails (out of memory).
    QString hash(const QString &secret) const;
    // False for a wrong secret and for anything that is not an Argon2id PHC string.
    bool verify(const QString &secret, const QString &encoded) const;
    bool needsRehash(const QString &encoded) const;

    const Argon2Params &params() const { return m_params; }

private:
    Argon2Params m_params;
};

} // namespace paydesk::server
