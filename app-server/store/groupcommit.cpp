#include "groupcommit.h"

#include "database.h"
#include "sql.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <future>

#include <pthread.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGroupCommit, "paydesk.groupcommit")

namespace paydesk::server {

namespace {

bool simple(QSqlDatabase db, const QString &statement)
{
    QSqlQuery q(db);
    if (q.exec(statement))
        return true;
    qCWarning(lcGroupCommit).noquote() << statement << "failed:" << q.lastError().text();
    return false;
}

} // namespace

GroupCommitter::GroupCommitter(const Database &database, GroupCommitSettings settings)
    : m_database(database)
    , m_settings(settings)
    , m_lanes(size_t(std::max(1, settings.lanes)))
{
    m_settings.maxUnits = std::max(1, m_settings.maxUnits);
    for (int lane = 0; lane < int(m_lanes.size()); ++lane)
        m_threads.emplace_back([this, lane] { loop(lane); });
}

GroupCommitter::~GroupCommitter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

void GroupCommitter::submit(Run run, Done done, Keys keys)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({std::move(run), std::move(done), std::move(keys)});
    }
    m_wake.notify_all();
}

bool GroupCommitter::runAndWait(const Run &run, Keys keys)
{
    auto kept = std::make_shared<bool>(false);
    std::promise<bool> finished;
    auto result = finished.get_future();
    submit(
        [run, kept](QSqlDatabase db) {
            *kept = run(db);
            return *kept;
        },
        [kept, &finished](bool committed) { finished.set_value(committed && *kept); },
        std::move(keys));
    return result.get();
}

GroupCommitter::Stats GroupCommitter::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

// Which queued units `lane` may take now, in queue order (into `picked` when given). A unit is
// skipped while another lane's running batch holds one of its keys, and so is every later unit
// sharing a key with a skipped one (units of one key keep their order). An exclusive unit (no
// keys) is a barrier: it is taken only when no other lane runs and nothing before it waits.
bool GroupCommitter::takeable(int lane, std::vector<size_t> *picked) const
{
    if (m_exclusiveLane >= 0 && m_exclusiveLane != lane)
        return false;
    bool othersRunning = false;
    for (int other = 0; other < int(m_lanes.size()); ++other)
        othersRunning |= other != lane && m_lanes[size_t(other)].running;
    const auto heldElsewhere = [this, lane](const QString &key) {
        for (int other = 0; other < int(m_lanes.size()); ++other)
            if (other != lane && m_lanes[size_t(other)].held.count(key))
                return true;
        return false;
    };
    std::set<QString> waiting; // keys of skipped units
    size_t taken = 0;
    for (size_t i = 0; i < m_queue.size() && int(taken) < m_settings.maxUnits; ++i) {
        const Keys &keys = m_queue[i].keys;
        if (keys.isEmpty()) {
            if (othersRunning || !waiting.empty())
                break;
        } else if (std::any_of(keys.cbegin(), keys.cend(), [&](const QString &key) {
                       return waiting.count(key) || heldElsewhere(key);
                   })) {
            waiting.insert(keys.cbegin(), keys.cend());
            continue;
        }
        if (!picked)
            return true;
        picked->push_back(i);
        ++taken;
    }
    return taken > 0;
}

std::deque<GroupCommitter::Unit> GroupCommitter::takeBatch(int lane,
                                                           std::unique_lock<std::mutex> &lock)
{
    Lane &mine = m_lanes[size_t(lane)];
    for (;;) {
        m_wake.wait(lock, [this, lane] {
            return (m_stopping && m_queue.empty()) || takeable(lane, nullptr);
        });
        if (m_queue.empty())
            return {}; // stopping
        // Under load, a short wait lets more requests join; a lone request is never held back.
        if (m_lastBatchShared && !m_stopping && m_settings.window.count() > 0 &&
            int(m_queue.size()) < m_settings.maxUnits)
            m_wake.wait_for(lock, m_settings.window, [this] {
                return m_stopping || int(m_queue.size()) >= m_settings.maxUnits;
            });
        std::vector<size_t> picked;
        if (!takeable(lane, &picked))
            continue; // another lane took them meanwhile
        std::deque<Unit> batch;
        for (const size_t i : picked)
            batch.push_back(std::move(m_queue[i]));
        for (auto it = picked.rbegin(); it != picked.rend(); ++it)
            m_queue.erase(m_queue.begin() + std::ptrdiff_t(*it));
        for (const Unit &unit : batch) {
            if (unit.keys.isEmpty())
                m_exclusiveLane = lane;
            mine.held.insert(unit.keys.cbegin(), unit.keys.cend());
        }
        mine.running = true;
        m_lastBatchShared = batch.size() > 1;
        return batch;
    }
}

void GroupCommitter::loop(int lane)
{
    const QByteArray name = "group-commit-" + QByteArray::number(lane); // 15 bytes at most
    pthread_setname_np(pthread_self(), name.constData());
    for (;;) {
        std::deque<Unit> batch;
        {
            std::unique_lock lock(m_mutex);
            batch = takeBatch(lane, lock);
        }
        if (batch.empty())
            break;
        const auto started = std::chrono::steady_clock::now();
        std::deque<Unit> again;
        const bool committed = runBatch(batch, again);
        if (!batch.empty())
            count(batch.size(), std::chrono::duration_cast<std::chrono::microseconds>(
                                    std::chrono::steady_clock::now() - started)
                                    .count());
        // The answers go out before the keys are free: a later unit of the same name (the
        // same sender's next message) is answered after this one, whichever lane runs it.
        for (Unit &unit : batch)
            if (unit.done)
                unit.done(committed);
        requeue(again);
        finishBatch(lane);
    }
    Database::releaseThreadConnection();
}

bool GroupCommitter::runBatch(std::deque<Unit> &batch, std::deque<Unit> &again)
{
    auto db = m_database.connection();
    bool committed = db && db->transaction();
    // Each batch waits a little more or less, so that two nodes' batches waiting on each other
    // do not both give way at the same moment, again and again.
    const int wait = int(m_settings.lockWait.count());
    if (committed)
        committed =
            simple(*db, u"SELECT set_config('lock_timeout', '%1ms', true)"_s.arg(
                            wait * 3 / 4 + QRandomGenerator::global()->bounded(wait / 2 + 1)));
    std::deque<Unit> ran;
    std::set<QString> waiting; // names of units put back: their later units go back too
    bool allWait = false;      // an exclusive unit was put back: everything after it goes too
    const auto isBehind = [&](const Unit &unit) {
        if (allWait || (unit.keys.isEmpty() && !waiting.empty()))
            return true; // an exclusive unit comes after everything queued before it
        return std::any_of(unit.keys.cbegin(), unit.keys.cend(),
                           [&](const QString &k) { return waiting.count(k) > 0; });
    };
    const auto putBack = [&](Unit &unit) {
        waiting.insert(unit.keys.cbegin(), unit.keys.cend());
        allWait = allWait || unit.keys.isEmpty();
        again.push_back(std::move(unit));
    };
    while (!batch.empty()) {
        Unit unit = std::move(batch.front());
        batch.pop_front();
        const bool behind = isBehind(unit);
        bool gaveWay = false;
        if (!behind && committed)
            committed = runUnit(*db, unit, gaveWay);
        // A unit not run because the batch failed is answered with it, unless it is behind one
        // that was put back: units of one name are answered in their order.
        if (behind || gaveWay)
            putBack(unit);
        else
            ran.push_back(std::move(unit));
    }
    batch = std::move(ran);
    if (committed && !db->commit()) {
        qCWarning(lcGroupCommit) << "commit failed:" << db->lastError().text();
        committed = false;
    }
    if (!committed && db)
        db->rollback();
    return committed;
}

bool GroupCommitter::runUnit(QSqlDatabase db, Unit &unit, bool &gaveWay) const
{
    // Savepoints are not released: a release is one more round trip per unit, and the whole
    // nest ends with the COMMIT anyway. ROLLBACK TO goes to the newest "unit".
    if (!simple(db, u"SAVEPOINT unit"_s))
        return false;
    sql::takeLastFailedState();
    if (unit.run(db))
        return true;
    const QString state = sql::takeLastFailedState();
    if (!simple(db, u"ROLLBACK TO SAVEPOINT unit"_s))
        return false;
    if (sql::waitedForALock(state) && ++unit.attempts < m_settings.maxAttempts) {
        qCDebug(lcGroupCommit) << "a unit gave way to a lock held elsewhere; attempt"
                               << unit.attempts;
        gaveWay = true;
    }
    return true;
}

void GroupCommitter::requeue(std::deque<Unit> &again)
{
    if (again.empty())
        return;
    std::lock_guard lock(m_mutex);
    m_stats.gaveWay += again.size();
    for (auto it = again.rbegin(); it != again.rend(); ++it)
        m_queue.push_front(std::move(*it));
}

void GroupCommitter::count(size_t units, qint64 busyMicros)
{
    std::lock_guard lock(m_mutex);
    ++m_stats.batches;
    m_stats.units += units;
    m_stats.busyMicros += busyMicros;
}

void GroupCommitter::finishBatch(int lane)
{
    {
        std::lock_guard lock(m_mutex);
        Lane &l = m_lanes[size_t(lane)];
        l.held.clear();
        l.running = false;
        if (m_exclusiveLane == lane)
            m_exclusiveLane = -1;
    }
    m_wake.notify_all();
}

} // namespace paydesk::server
