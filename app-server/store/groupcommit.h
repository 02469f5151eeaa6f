// Group commit: units of work from many requests run one after another in one database
// transaction on a committer's own thread and connection, and commit together — one WAL flush
// for the whole batch instead of one per request. Each unit runs under its own SAVEPOINT, so a
// unit that fails (insufficient funds, a taken key, an SQL error) is rolled back alone and never
// fails its neighbours. A unit learns its fate only after the batch's COMMIT: nobody is told
// "done" for writes that could still be lost.
//
// A batch is what is queued when a committer is free, topped up for at most `window` while its
// previous batch was not alone (so a lone request never waits), and at most `maxUnits`.
//
// Several committers ("lanes", each a thread with its own connection) run batches side by side,
// so one batch's round trips and PostgreSQL's work on another overlap. Two batches never wait
// on each other's row locks: every unit names the rows it may lock (its keys: account ids, an
// idempotency key, a payment), and a unit is taken into a batch only when no other lane's
// running batch holds one of its keys. Units with a common key keep their order, and are
// answered in it (a lane frees its keys once its answers went out). A unit that
// names no keys is exclusive: it runs while no other lane runs, after everything queued before
// it. So no cycle of lock waits can form between lanes, and one lane behaves as before.
//
// Other nodes' committers are not in those keys, so two nodes' batches can take the same rows
// in opposite orders. A batch therefore waits at most `lockWait` for a row lock: a unit that
// times out (or is chosen by PostgreSQL's deadlock detector) is rolled back to its savepoint
// and runs again in a later batch, with every later unit of this batch that shares a key with
// it (so units of one name keep their order), up to `maxAttempts` times.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace paydesk::server {

class Database;

struct GroupCommitSettings
{
    // 64: PostgreSQL keeps up to 64 subtransaction ids per backend in shared memory; past that
    // every other session's snapshots get slower (subxid overflow), so bigger batches cost more.
    int maxUnits = 64;
    std::chrono::microseconds window{1000};
    int lanes = 1; // committer threads and connections
    // Well under PostgreSQL's deadlock_timeout (1 s): a cycle with another node costs this much.
    std::chrono::milliseconds lockWait{200};
    int maxAttempts = 10; // runs of a unit that gave way; the last one's failure is its answer
};

class GroupCommitter
{
public:
    // Runs inside the batch's transaction, on a committer's thread (so Database::connection()
    // there is the batch's connection). true keeps its writes; false rolls back to its savepoint.
    using Run = std::function<bool(QSqlDatabase db)>;
    // Runs on the committer's thread after the batch ended: `committed` is false when the batch
    // could not commit (then nothing of any unit was kept).
    using Done = std::function<void(bool committed)>;
    // The rows a unit may lock, as names ("acc:wal_…", "idem:usr_…/key"); empty: exclusive.
    using Keys = QStringList;

    GroupCommitter(const Database &database, GroupCommitSettings settings);
    ~GroupCommitter(); // finishes what was queued, then stops
    GroupCommitter(const GroupCommitter &) = delete;
    GroupCommitter &operator=(const GroupCommitter &) = delete;

    void submit(Run run, Done done = {}, Keys keys = {});
    // Submits and waits until the batch ended; true when `run` kept its writes and they committed.
    // Never call it from a committer's own thread.
    bool runAndWait(const Run &run, Keys keys = {});

    // What the committers did so far (for /metrics and the benchmark): batches and units run,
    // and the time they spent running them (busy / wall time / lanes = how close they are to
    // being the limit).
    struct Stats
    {
        quint64 batches = 0;
        quint64 units = 0;
        qint64 busyMicros = 0;
        // Units put back in the queue: they waited too long for a lock held elsewhere, or came
        // after a unit of one of their names that did.
        quint64 gaveWay = 0;
    };
    Stats stats() const;
    quint64 batches() const { return stats().batches; }
    quint64 units() const { return stats().units; }

private:
    struct Unit
    {
        Run run;
        Done done;
        Keys keys;
        int attempts = 0; // runs that gave way to a lock held elsewhere
    };
    struct Lane
    {
        // From taking a batch until its answers were handed out (an exclusive unit waits for
        // that: a barrier means "everything before me answered").
        bool running = false;
        std::set<QString> held; // keys of the running batch; freed once it was answered
    };
    void loop(int lane);
    bool takeable(int lane, std::vector<size_t> *picked) const;
    std::deque<Unit> takeBatch(int lane, std::unique_lock<std::mutex> &lock);
    // true: committed. Units that gave way move from `batch` to `again`, in order.
    bool runBatch(std::deque<Unit> &batch, std::deque<Unit> &again);
    // One unit under its savepoint; false when the batch can no longer commit. `gaveWay`: it
    // waited too long for a lock and is to run again (its writes are undone).
    bool runUnit(QSqlDatabase db, Unit &unit, bool &gaveWay) const;
    // Puts units that gave way back at the head of the queue (their keys are still held).
    void requeue(std::deque<Unit> &again);
    // A batch ended (counted before its answers go out, so an answered unit is in the stats).
    void count(size_t units, qint64 busyMicros);
    // After the batch's answers went out: its keys are free and the lane idle.
    void finishBatch(int lane);

    const Database &m_database;
    GroupCommitSettings m_settings;
    mutable std::mutex m_mutex; // guards the queue and the lanes' state; never held over SQL
    std::condition_variable m_wake;
    std::deque<Unit> m_queue;
    std::vector<Lane> m_lanes;
    int m_exclusiveLane = -1; // the lane running an exclusive unit's batch, if any
    // The last batch taken (by any lane) had company: under load every lane waits `window` for
    // more, or an idle lane would take each arriving unit alone while another lane waits.
    bool m_lastBatchShared = false;
    bool m_stopping = false;
    Stats m_stats;
    std::vector<std::thread> m_threads;
};

} // namespace paydesk::server
