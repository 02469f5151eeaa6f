#include "csv.h"

#include <QDateTime>

#include <memory>

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

Reply download(QByteArray header, Pager nextPage, const QString &filePrefix,
               const QString &requestId)
{
    auto first = nextPage();
    if (!first)
        return Reply::error(first.error(), requestId);
    struct Stream
    {
        Pager nextPage;
        QByteArray pending; // produced but not yet handed out
        bool last = true;
    };
    auto stream = std::make_shared<Stream>(
        Stream{std::move(nextPage), std::move(header) + first->rows, first->last});
    auto produce = [stream]() -> Result<QByteArray> {
        if (!stream->pending.isEmpty())
            return std::exchange(stream->pending, QByteArray());
        while (!stream->last) { // a page may be empty (filtered out) without being the last
            auto page = stream->nextPage();
            if (!page)
                return page.error();
            stream->last = page->last;
            if (!page->rows.isEmpty())
                return page->rows;
        }
        return QByteArray(); // the end
    };
    const QString name = filePrefix + u'-' +
                         QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s) + u".csv"_s;
    return Reply::streamed(std::move(produce), "text/csv; charset=utf-8")
        .withHeader("Content-Disposition", "attachment; filename=\"" + name.toUtf8() + '"')
        .withHeader("Cache-Control", "no-store");
}

} // namespace paydesk::server::csv
