#include "ids.h"

#include <QRandomGenerator>

namespace paydesk::ids {

namespace {
constexpr int kRandomLength = 20; // 62^20 ≈ 2^119: collisions are not a practical concern
constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr quint32 kAlphabetSize = sizeof(kAlphabet) - 1;

bool isBase62(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}
} // namespace

QString make(QStringView prefix)
{
    QString id;
    id.reserve(prefix.size() + 1 + kRandomLength);
    id.append(prefix);
    id.append(u'_');
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < kRandomLength; ++i)
        id.append(QLatin1Char(kAlphabet[rng->bounded(kAlphabetSize)]));
    return id;
}

bool isValid(QStringView id, QStringView prefix)
{
    if (id.size() != prefix.size() + 1 + kRandomLength || !id.startsWith(prefix)
        || id.at(prefix.size()) != u'_')
        return false;
    const QStringView rest = id.sliced(prefix.size() + 1);
    return std::all_of(rest.begin(), rest.end(), isBase62);
}

} // namespace paydesk::ids
