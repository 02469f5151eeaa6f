#include "sql.h"

#include "database.h"

#include <QSqlError>

namespace paydesk::server::sql {

namespace {
constexpr auto kUniqueViolation = "23505";
}

QString likeEscaped(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

Result<Outcome> exec(QSqlDatabase db, const char *statement, Binds binds)
{
    Outcome out{QSqlQuery(db), false};
    out.query.prepare(QString::fromUtf8(statement));
    for (const auto &[name, value] : binds)
        out.query.bindValue(QLatin1Char(':') + QLatin1StringView(name), value);
    if (out.query.exec())
        return out;
    if (out.query.lastError().nativeErrorCode() == QLatin1StringView(kUniqueViolation)) {
        out.uniqueViolation = true;
        return out;
    }
    return databaseError(QString::fromUtf8(statement).simplified().left(80),
                         out.query.lastError().text());
}

Result<std::optional<QSqlQuery>> one(QSqlDatabase db, const char *statement, Binds binds)
{
    auto r = exec(db, statement, binds);
    if (!r)
        return r.error();
    if (!r->query.next())
        return std::optional<QSqlQuery>();
    return std::optional<QSqlQuery>(std::move(r->query));
}

} // namespace paydesk::server::sql
