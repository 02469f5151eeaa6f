#include "csv.h"

using namespace Qt::StringLiterals;

namespace paydesk::server::csv {

namespace {
QByteArray field(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const bool quote =
        utf8.contains(',') || utf8.contains('"') || utf8.contains('\r') || utf8.contains('\n');
    if (!quote)
        return utf8;
    QByteArray out;
    out.reserve(utf8.size() + 8);
    out += '"';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}
} // namespace

QByteArray row(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(fields.at(i));
    }
    out += "\r\n";
    return out;
}

QString freeText(const QString &value)
{
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    const bool formula = first == u'=' || first == u'+' || first == u'-' || first == u'@' ||
                         first == u'\t' || first == u'\r';
    return formula ? u"'"_s + value : value;
}

} // namespace paydesk::server::csv
