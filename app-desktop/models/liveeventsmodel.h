// The dashboard's live monitor: payment status changes as the realtime client delivers them,
// newest first, for one mode; at most 100 are kept (older ones scroll off, so an always-open
// console never grows). Nothing is loaded from the server: it shows what happens while open.
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonObject>
#include <QQmlEngine>
#include <QQmlParserStatus>

class LiveEventsModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT

    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        TopicRole = Qt::UserRole + 1,
        PaymentIdRole,
        StatusRole,
        AmountRole,
        ReferenceRole,
        TimeRole
    };
    Q_ENUM(Role)
    static constexpr int kCapacity = 100;

    explicit LiveEventsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString mode() const { return m_mode; }
    void setMode(const QString &mode);
    int count() const { return int(m_rows.size()); }

    // Takes one event (topic + payload as RealtimeClient::eventReceived delivers it).
    Q_INVOKABLE void add(const QString &topic, const QJsonObject &payload);
    Q_INVOKABLE void clear();

    void classBegin() override {}
    void componentComplete() override;

Q_SIGNALS:
    void modeChanged();
    void countChanged();

private:
    struct Row
    {
        QString topic;
        QString paymentId;
        QString status;
        QString amount;
        QString reference;
        QDateTime at;
    };
    QList<Row> m_rows;
    QString m_mode = QStringLiteral("test");
};
