// Structured logging: every log line paydeskd writes is one JSON object on stderr — the access
// log (one line per request) and every qCDebug/qCInfo/qCWarning of every category. A line is
// written with one write(2), so lines from different threads never interleave.
#pragma once

#include <QJsonObject>
#include <QString>

namespace paydesk::server::jsonlog {

// Routes Qt's logging to JSON lines and sets the minimum level ("debug" ... "error").
void install(const QString &level);

// Writes one access-log line (level info) unless the level is above info.
void access(QJsonObject fields);

} // namespace paydesk::server::jsonlog
