// SessionController's form rules: cheap checks that catch typos before a round trip. The
// server has the final word on every one of them.
#include "sessioncontroller.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;
using FieldProblem = SessionController::FieldProblem;

FieldProblem SessionController::checkEmail(const QString &email)
{
    // Deliberately loose: one @, no spaces, a dotted domain without empty labels.
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return FieldProblem::Missing;
    if (trimmed.size() > 254 || !shape.match(trimmed).hasMatch())
        return FieldProblem::Malformed;
    return FieldProblem::None;
}

FieldProblem SessionController::checkPassword(const QString &password)
{
    // Passwords are never trimmed: leading or trailing spaces may be part of them.
    return password.isEmpty() ? FieldProblem::Missing : FieldProblem::None;
}

FieldProblem SessionController::checkNewPassword(const QString &password)
{
    if (password.isEmpty())
        return FieldProblem::Missing;
    return password.size() < kMinPasswordLength ? FieldProblem::TooShort : FieldProblem::None;
}

FieldProblem SessionController::checkDisplayName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return FieldProblem::Missing;
    return trimmed.size() > 80 ? FieldProblem::Malformed : FieldProblem::None;
}

FieldProblem SessionController::checkTotpCode(const QString &code)
{
    // Six digits from the app, or a recovery code (letters and digits, maybe grouped).
    static const QRegularExpression shape(u"^([0-9]{6}|[A-Za-z0-9][A-Za-z0-9 -]{5,30})$"_s);
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return FieldProblem::Missing;
    return shape.match(trimmed).hasMatch() ? FieldProblem::None : FieldProblem::Malformed;
}

FieldProblem SessionController::checkServerUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return FieldProblem::Missing;
    const QUrl parsed(trimmed, QUrl::StrictMode);
    const bool http = parsed.scheme() == "http"_L1 || parsed.scheme() == "https"_L1;
    if (!parsed.isValid() || !http || parsed.host().isEmpty() || parsed.hasQuery() ||
        parsed.hasFragment())
        return FieldProblem::Malformed;
    return FieldProblem::None;
}
