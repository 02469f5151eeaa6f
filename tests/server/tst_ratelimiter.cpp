// Token buckets: burst, refill over time, Retry-After figures, independent keys, and many
// threads taking from one bucket never getting more than it holds.
#include "http/ratelimiter.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using paydesk::server::RateLimiter;
using paydesk::server::RatePolicy;

class TstRateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstThenRefused();
    void refillsOverTime_data();
    void refillsOverTime();
    void retryAfterCountsTheWait();
    void frequentCallersStillRefill();
    void keysAreIndependent();
    void concurrentTakersGetExactlyTheBurst();
};

void TstRateLimiter::burstThenRefused()
{
    RateLimiter limiter;
    const RatePolicy p{5, 5};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(limiter.take(u"k"_s, p, 1000), 0);
    QVERIFY(limiter.take(u"k"_s, p, 1000) > 0);
}

void TstRateLimiter::refillsOverTime_data()
{
    QTest::addColumn<int>("perMinute");
    QTest::addColumn<qint64>("afterMs");
    QTest::addColumn<int>("allowed"); // tokens available after draining and waiting
    QTest::newRow("60/min, 1 s") << 60 << qint64(1000) << 1;
    QTest::newRow("60/min, 2.5 s") << 60 << qint64(2500) << 2;
    QTest::newRow("6/min, 9 s") << 6 << qint64(9000) << 0;
    QTest::newRow("6/min, 10 s") << 6 << qint64(10000) << 1;
    QTest::newRow("capped at burst") << 60 << qint64(3600000) << 3;
}

void TstRateLimiter::refillsOverTime()
{
    QFETCH(int, perMinute);
    QFETCH(qint64, afterMs);
    QFETCH(int, allowed);
    RateLimiter limiter;
    const RatePolicy p{3, perMinute};
    while (limiter.take(u"k"_s, p, 0) == 0) {
    }
    int got = 0;
    while (limiter.take(u"k"_s, p, afterMs) == 0)
        ++got;
    QCOMPARE(got, allowed);
}

void TstRateLimiter::retryAfterCountsTheWait()
{
    RateLimiter limiter;
    const RatePolicy p{1, 2}; // one token every 30 s
    QCOMPARE(limiter.take(u"k"_s, p, 0), 0);
    QCOMPARE(limiter.take(u"k"_s, p, 0), 30);
    QCOMPARE(limiter.take(u"k"_s, p, 20000), 10);
    QCOMPARE(limiter.take(u"k"_s, p, 30000), 0);
}

void TstRateLimiter::frequentCallersStillRefill()
{
    // A client retrying every 10 ms must not starve its own refill by rounding.
    RateLimiter limiter;
    const RatePolicy p{1, 2}; // one token every 30 s
    QCOMPARE(limiter.take(u"k"_s, p, 0), 0);
    qint64 now = 10;
    while (limiter.take(u"k"_s, p, now) != 0 && now < 40000)
        now += 10;
    QCOMPARE(now, 30000);
}

void TstRateLimiter::keysAreIndependent()
{
    RateLimiter limiter;
    const RatePolicy p{1, 1};
    QCOMPARE(limiter.take(u"login:ip:1.1.1.1"_s, p, 0), 0);
    QVERIFY(limiter.take(u"login:ip:1.1.1.1"_s, p, 0) > 0);
    QCOMPARE(limiter.take(u"login:ip:2.2.2.2"_s, p, 0), 0);
}

void TstRateLimiter::concurrentTakersGetExactlyTheBurst()
{
    RateLimiter limiter;
    const RatePolicy p{1000, 1}; // effectively no refill during the test
    std::atomic<int> granted{0};
    QList<QThread *> threads;
    for (int t = 0; t < 8; ++t)
        threads.append(QThread::create([&] {
            for (int i = 0; i < 500; ++i)
                if (limiter.take(u"shared"_s, p, 5000) == 0)
                    ++granted;
        }));
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    QCOMPARE(granted.load(), 1000);
}

QTEST_APPLESS_MAIN(TstRateLimiter)
#include "tst_ratelimiter.moc"
