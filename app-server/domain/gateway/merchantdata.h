// What the merchant console reads about a merchant's own payments (SPEC §4.3, §4.7): KPI
// figures, chart series, recent activity and export rows. Money stays integer minor units per
// currency: no figure here ever adds amounts of two currencies together.
#pragma once

#include "payment.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace paydesk::server::gateway {

// Whose payments a question is about: one merchant's apps of one mode, or one of those apps.
struct MerchantScope
{
    QString ownerId;
    QString mode;  // test or live
    QString appId; // empty: every app of the owner in this mode
};

struct StatusCounts
{
    qint64 pending = 0;
    qint64 success = 0;
    qint64 failed = 0;
    qint64 expired = 0;

    qint64 total() const { return pending + success + failed + expired; }
    // Final states only: what a success rate is measured against.
    qint64 finished() const { return success + failed + expired; }
    // Adds `n` to the count of `status`; false for a status that is not one of the four.
    bool add(const QString &status, qint64 n);
};

// SUCCESS payments of one currency: their amounts summed, and how many there were.
struct CurrencyVolume
{
    QString currency;
    qint64 amount = 0;
    qint64 count = 0;
};

struct MerchantKpis
{
    MerchantScope scope;
    QDateTime asOf;
    StatusCounts counts; // every payment in scope, by current status
    // SUCCESS ÷ (SUCCESS + FAILED + EXPIRED) in basis points, rounded half up; -1 when no
    // payment has reached a final state (the rate is undefined, not zero).
    int successRateBp = -1;
    QDateTime since;                 // asOf - 24 h
    QList<CurrencyVolume> volume24h; // SUCCESS completed in [since, asOf), by currency
    qint64 createdCount24h = 0;      // payments created in [since, asOf), any status
    qint64 activeApps = 0;           // active apps of the mode (the one app with an app filter)

    qint64 successCount24h() const;
};

enum class SeriesRange { Hours24, Days7, Days30 };

struct SeriesBucket
{
    QDateTime start;              // UTC, on an hour (24h) or a day (7d, 30d) boundary
    StatusCounts counts;          // payments created in the bucket, by their current status
    QList<CurrencyVolume> volume; // SUCCESS completed in the bucket; one entry per series currency
};

struct MerchantSeries
{
    MerchantScope scope;
    SeriesRange range = SeriesRange::Hours24;
    QString currency;            // the currency filter; empty: all currencies
    QDateTime from;              // first bucket's start
    QDateTime to;                // end of the last bucket (exclusive)
    QStringList currencies;      // those with volume in the window (just the filter when given)
    QList<SeriesBucket> buckets; // every bucket of the range, oldest first, zero-filled
};

// One recorded status change of a payment (payment_events), with what the console shows of it.
struct PaymentActivity
{
    qint64 eventId = 0;
    QString paymentId;
    QString appId;
    QString appName;
    QString status;
    QString notes;
    qint64 amount = 0;
    QString currency;
    QString referenceId;
    QDateTime at;
};

// A payment as the export lists it: with its app's name.
struct MerchantPayment
{
    Payment payment;
    QString appName;
};

// The order of the console's payments table: a column and a direction. Ties break on the id
// in the same direction, so every payment has one place and pages never overlap.
// Amount orders by currency, then amount; Status by status, then creation; App by the app's
// name, each app's payments newest first; Completed puts unfinished payments last when
// descending.
struct PaymentOrder
{
    enum class Column { Created, Amount, Completed, Status, Reference, App };
    Column column = Column::Created;
    bool ascending = false;
};

} // namespace paydesk::server::gateway
