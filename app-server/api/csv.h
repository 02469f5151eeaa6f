// RFC 4180 CSV for the exports: one row at a time, so a caller streaming a large list never
// holds more than a page of it. Rows end in CRLF; a field holding a comma, a double quote, CR or
// LF is quoted and its quotes doubled. UTF-8, no byte-order mark.
#pragma once

#include "http/reply.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace paydesk::server::csv {

QByteArray row(const QStringList &fields);

// Text people typed (notes, references, names), defused for spreadsheets: a value starting with
// = + - @ TAB or CR would run as a formula in Excel or LibreOffice, so it gets a leading '
// (OWASP "CSV injection"). Only for free text: ids, amounts and dates are never changed.
QString freeText(const QString &value);

// The next keyset page of an export as CSV rows, and whether it was the last one.
struct Page
{
    QByteArray rows;
    bool last = true;
};
using Pager = std::function<Result<Page>()>;

// 200 text/csv; charset=utf-8 as an attachment named `<filePrefix>-<UTC time>.csv`, streamed
// (Reply::streamed) one page at a time as the connection drains: `header` first, then pages from
// `nextPage` until one is the last. The first page is read before answering, so a database
// failure is still a clean error reply and not a cut download.
Reply download(QByteArray header, Pager nextPage, const QString &filePrefix,
               const QString &requestId);

} // namespace paydesk::server::csv
