#include "jsonlog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <atomic>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace paydesk::server::jsonlog {

namespace {

std::atomic<int> g_minLevel{1}; // 0 debug, 1 info, 2 warning, 3 error

int levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return 0;
    case QtInfoMsg: return 1;
    case QtWarningMsg: return 2;
    default: return 3;
    }
}

const char *levelName(int level)
{
    static const char *kNames[] = {"debug", "info", "warning", "error"};
    return kNames[qBound(0, level, 3)];
}

void writeLine(QJsonObject fields, int level)
{
    fields.insert("ts"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert("level"_L1, QLatin1StringView(levelName(level)));
    QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    line.append('\n');
    qsizetype written = 0;
    while (written < line.size()) {
        const ssize_t n = ::write(STDERR_FILENO, line.constData() + written, line.size() - written);
        if (n <= 0)
            return;
        written += n;
    }
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const int level = levelOf(type);
    if (level < g_minLevel.load(std::memory_order_relaxed) && type != QtFatalMsg)
        return;
    QJsonObject fields{{"msg"_L1, message}};
    if (context.category && qstrcmp(context.category, "default") != 0)
        fields.insert("category"_L1, QString::fromLatin1(context.category));
    writeLine(std::move(fields), level);
}

} // namespace

void install(const QString &level)
{
    static const QStringList kLevels = {u"debug"_s, u"info"_s, u"warning"_s, u"error"_s};
    g_minLevel = qMax(0, kLevels.indexOf(level));
    // Debug output of our own categories only when asked for; Qt's own stays quiet.
    QLoggingCategory::setFilterRules(level == "debug"_L1 ? u"paydesk.*.debug=true"_s
                                                         : u"*.debug=false"_s);
    qInstallMessageHandler(handleMessage);
}

void access(QJsonObject fields)
{
    if (g_minLevel.load(std::memory_order_relaxed) > 1)
        return;
    fields.insert("msg"_L1, u"request"_s);
    writeLine(std::move(fields), 1);
}

} // namespace paydesk::server::jsonlog
