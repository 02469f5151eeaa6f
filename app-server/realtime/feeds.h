// The feeds a WebSocket session can follow besides its person's own log (PROTOCOL.md,
// "Subscriptions"), and the one frame their events travel in. A payment event belongs to
// three feeds at once: its app's, its payment's, and its merchant's reference's.
#pragma once

#include "outboxrelay.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace paydesk::server::feeds {

QString app(const QString &appId);
QString payment(const QString &paymentId);
QString reference(const QString &ownerId, const QString &referenceId);

bool isPaymentTopic(const QString &topic);
// The feeds of a committed payment event (empty for any other event).
QStringList of(const RelayedEvent &event);
// The `event` frame of an outbox event, as live and replayed events both send it.
QJsonObject frame(qint64 sequence, const QString &eventId, const QString &topic,
                  const QDateTime &at, const QJsonObject &payload);

} // namespace paydesk::server::feeds
