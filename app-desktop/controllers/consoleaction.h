// What every console controller shares: the engine's ApiClient, a busy flag while an action
// runs, and the outcome as a sentence (error or notice) the page shows in its banner or toast.
#pragma once

#include "apiclient.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>

#include <functional>

class ConsoleAction : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_INTERFACES(QQmlParserStatus)

    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY outcomeChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY outcomeChanged)

public:
    explicit ConsoleAction(QObject *parent = nullptr);

    bool busy() const { return m_running > 0; }
    QString error() const { return m_error; }
    QString notice() const { return m_notice; }
    Q_INVOKABLE void clearOutcome();

    void classBegin() override {}
    void componentComplete() override;
    void setApiClient(ApiClient *api) { m_api = api; }

Q_SIGNALS:
    void busyChanged();
    void outcomeChanged();

protected:
    using Done = std::function<void(const ApiResponse &)>;
    // Runs one request; a failure becomes `error`, success calls `done` (which may set a notice).
    void call(const QByteArray &method, const QString &path, const QJsonObject &body, Done done);
    void setNotice(const QString &notice);
    void setError(const QString &error);
    ApiClient *api() const { return m_api; }
    virtual void ready() {}

private:
    QPointer<ApiClient> m_api;
    int m_running = 0;
    QString m_error;
    QString m_notice;
};

// The system clipboard for QML: copy buttons beside ids, keys, secrets and links.
class Clipboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;
    Q_INVOKABLE static void copy(const QString &text);
};
