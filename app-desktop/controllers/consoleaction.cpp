#include "consoleaction.h"

#include "apiclient.h"
#include "sessioncontroller.h"

#include <QClipboard>
#include <QGuiApplication>

ConsoleAction::ConsoleAction(QObject *parent)
    : QObject(parent)
{}

void ConsoleAction::componentComplete()
{
    if (QQmlEngine *engine = qmlEngine(this); engine && !m_api)
        m_api = SessionController::forEngine(engine)->api();
    ready();
}

void ConsoleAction::clearOutcome()
{
    m_error.clear();
    m_notice.clear();
    Q_EMIT outcomeChanged();
}

void Clipboard::copy(const QString &text)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

void ConsoleAction::setNotice(const QString &notice)
{
    m_error.clear();
    m_notice = notice;
    Q_EMIT outcomeChanged();
}

void ConsoleAction::setError(const QString &error)
{
    m_notice.clear();
    m_error = error;
    Q_EMIT outcomeChanged();
}

void ConsoleAction::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                         Done done)
{
    if (!m_api) {
        setError(tr("Not connected to a server."));
        return;
    }
    ++m_running;
    Q_EMIT busyChanged();
    auto finish = [this, done = std::move(done)](const ApiResponse &r) {
        --m_running;
        Q_EMIT busyChanged();
        if (!r.succeeded()) {
            setError(ApiClient::userMessage(r));
            return;
        }
        done(r);
    };
    if (method == "GET")
        m_api->get(path, this, std::move(finish));
    else if (method == "PATCH")
        m_api->patch(path, body, this, std::move(finish));
    else
        m_api->post(path, body, this, std::move(finish));
}
