// A payment request as the gateway and its API see it (SPEC §4.3).
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace paydesk::server::gateway {

struct PaymentEvent
{
    QString status;
    QString notes;
    QDateTime at;
};

struct Payment
{
    QString id;
    QString appId;
    QString mode; // test or live: the key's mode
    qint64 amount = 0;
    QString currency;
    QString referenceId;
    QString description;
    QString webhookUrl;
    QJsonObject metadata;
    QString status; // PENDING, SUCCESS, FAILED, EXPIRED
    QString notes;
    QString transactionId;
    QDateTime expiresAt;
    QDateTime completedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<PaymentEvent> timeline; // filled by get()
};

struct NewPayment
{
    qint64 amount = 0;
    QString currency;
    QString referenceId;
    QString description;
    QString webhookUrl; // checked by the caller (outbound/webhookurl.h)
    QJsonObject metadata;
    int expiryMinutes = 30;
};

// Filters of GET /payments; empty fields do not filter.
struct PaymentQuery
{
    QString status;
    QDateTime from; // inclusive
    QDateTime to;   // exclusive
    QString referenceId;
    QString search; // part of the id, reference or description
};

} // namespace paydesk::server::gateway
