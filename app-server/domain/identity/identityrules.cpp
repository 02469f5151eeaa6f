#include "identityrules.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace paydesk::server::identity {

namespace {

// A short list of passwords that meet the length rule and are still guessed first.
const QSet<QString> &commonPasswords()
{
    static const QSet<QString> kCommon = {
        u"1234567890"_s,  u"12345678910"_s,  u"123456789012"_s,  u"0123456789"_s,
        u"0987654321"_s,  u"1111111111"_s,   u"0000000000"_s,    u"password12"_s,
        u"password123"_s, u"password1234"_s, u"passw0rd123"_s,   u"qwertyuiop"_s,
        u"qwerty12345"_s, u"qwerty123456"_s, u"1q2w3e4r5t"_s,    u"1qaz2wsx3edc"_s,
        u"asdfghjkl1"_s,  u"zxcvbnm123"_s,   u"iloveyou12"_s,    u"letmein123"_s,
        u"welcome123"_s,  u"admin12345"_s,   u"administrator"_s, u"changeme123"_s,
        u"football123"_s, u"baseball123"_s,  u"princess123"_s,   u"sunshine123"_s,
        u"trustno1234"_s, u"monkey12345"_s,  u"dragon12345"_s,   u"master12345"_s,
        u"paydesk123"_s,  u"paydesk1234"_s,  u"abcdefghij"_s,    u"abc1234567"_s,
        u"aaaaaaaaaa"_s,  u"starwars123"_s,  u"superman123"_s,   u"whatever123"_s,
    };
    return kCommon;
}

Error invalid(const QString &field, const QString &message)
{
    return Error::make(errc::kValidation, message, field);
}

} // namespace

Result<QString> normalizeEmail(const QString &email)
{
    static const QRegularExpression kShape(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return invalid(u"email"_s, u"Enter an email address."_s);
    if (trimmed.size() > 254 || !kShape.match(trimmed).hasMatch())
        return invalid(u"email"_s, u"This is not an email address."_s);
    return trimmed.toLower();
}

Result<void> checkPassword(const QString &password, const QString &email, const QString &field)
{
    if (password.size() < kMinPasswordLength)
        return Error::make(errc::kWeakPassword,
                           u"Use at least %1 characters."_s.arg(kMinPasswordLength), field);
    if (password.size() > kMaxPasswordLength)
        return Error::make(errc::kWeakPassword,
                           u"Use at most %1 characters."_s.arg(kMaxPasswordLength), field);
    const QString lower = password.toLower();
    if (commonPasswords().contains(lower))
        return Error::make(errc::kWeakPassword, u"This password is too common; choose another."_s,
                           field);
    if (!email.isEmpty() && lower == email.trimmed().toLower())
        return Error::make(errc::kWeakPassword, u"Do not use your email as password."_s, field);
    return {};
}

Result<QString> checkDisplayName(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return invalid(u"display_name"_s, u"Enter your name."_s);
    if (trimmed.size() > 80)
        return invalid(u"display_name"_s, u"Use at most 80 characters."_s);
    for (const QChar c : trimmed)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return invalid(u"display_name"_s, u"The name contains invisible characters."_s);
    return trimmed;
}

Result<void> checkPin(const QString &pin)
{
    static const QRegularExpression kPin(u"^[0-9]{4,6}$"_s);
    if (!kPin.match(pin).hasMatch())
        return invalid(u"pin"_s, u"A PIN is 4 to 6 digits."_s);
    return {};
}

Result<QString> checkPhone(const QString &phone)
{
    static const QRegularExpression kE164(u"^\\+[1-9][0-9]{6,14}$"_s);
    QString compact = phone;
    compact.remove(u' ').remove(u'-');
    if (compact.isEmpty())
        return QString();
    if (!kE164.match(compact).hasMatch())
        return invalid(u"phone"_s, u"Use the international format, e.g. +234 803 123 4567."_s);
    return compact;
}

Result<QString> checkLanguage(const QString &language)
{
    if (language != "en"_L1 && language != "fr"_L1)
        return invalid(u"language"_s, u"Choose en or fr."_s);
    return language;
}

Result<QString> checkAvatarColor(const QString &color)
{
    static const QRegularExpression kColor(u"^#[0-9A-Fa-f]{6}$"_s);
    if (!kColor.match(color).hasMatch())
        return invalid(u"avatar_color"_s, u"Use a colour like #4F46E5."_s);
    return color.toUpper();
}

QString initialsOf(const QString &displayName)
{
    const QStringList words = displayName.simplified().split(u' ', Qt::SkipEmptyParts);
    QString initials;
    if (words.size() >= 2)
        initials = QString(words.first().at(0)) + words.last().at(0);
    else if (!words.isEmpty())
        initials = words.first().left(2);
    return initials.toUpper();
}

QString avatarColorFor(const QString &seed)
{
    static const QStringList kPalette = {u"#4F46E5"_s, u"#0E7C66"_s, u"#B7791F"_s, u"#C53030"_s,
                                         u"#6B46C1"_s, u"#2B6CB0"_s, u"#D53F8C"_s, u"#2F855A"_s};
    return kPalette.at(int(qHash(seed) % quint32(kPalette.size())));
}

} // namespace paydesk::server::identity
