// RFC 4180 CSV for the exports: one row at a time, so a caller streaming a large list never
// holds more than a page of it. Rows end in CRLF; a field holding a comma, a double quote, CR or
// LF is quoted and its quotes doubled. UTF-8, no byte-order mark.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace paydesk::server::csv {

QByteArray row(const QStringList &fields);

// Text people typed (notes, references, names), defused for spreadsheets: a value starting with
// = + - @ TAB or CR would run as a formula in Excel or LibreOffice, so it gets a leading '
// (OWASP "CSV injection"). Only for free text: ids, amounts and dates are never changed.
QString freeText(const QString &value);

} // namespace paydesk::server::csv
