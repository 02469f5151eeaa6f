// Group commit: units of work from many requests run one after another in one database
// transaction on the committer's own thread and connection, and commit together — one WAL flush
// for the whole batch instead of one per request. Each unit runs under its own SAVEPOINT, so a
// unit that fails (insufficient funds, a taken key, an SQL error) is rolled back alone and never
// fails its neighbours. A unit learns its fate only after the batch's COMMIT: nobody is told
// "done" for writes that could still be lost.
//
// A batch is what is queued when the committer is free, topped up for at most `window` while
// the previous batch was not alone (so a lone request never waits), and at most `maxUnits`.
#pragma once

#include <QSqlDatabase>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace paydesk::server {

class Database;

struct GroupCommitSettings
{
    // 64: PostgreSQL keeps up to 64 subtransaction ids per backend in shared memory; past that
    // every other session's snapshots get slower (subxid overflow), so bigger batches cost more.
    int maxUnits = 64;
    std::chrono::microseconds window{1000};
};

class GroupCommitter
{
public:
    // Runs inside the batch's transaction, on the committer's thread (so Database::connection()
    // there is the batch's connection). true keeps its writes; false rolls back to its savepoint.
    using Run = std::function<bool(QSqlDatabase db)>;
    // Runs on the committer's thread after the batch ended: `committed` is false when the batch
    // could not commit (then nothing of any unit was kept).
    using Done = std::function<void(bool committed)>;

    GroupCommitter(const Database &database, GroupCommitSettings settings);
    ~GroupCommitter(); // finishes what was queued, then stops
    GroupCommitter(const GroupCommitter &) = delete;
    GroupCommitter &operator=(const GroupCommitter &) = delete;

    void submit(Run run, Done done = {});
    // Submits and waits until the batch ended; true when `run` kept its writes and they committed.
    // Never call it from the committer's own thread.
    bool runAndWait(const Run &run);

    // Batches and units committed so far (for logs and the benchmark).
    quint64 batches() const;
    quint64 units() const;

private:
    struct Unit
    {
        Run run;
        Done done;
    };
    void loop();
    std::deque<Unit> takeBatch(std::unique_lock<std::mutex> &lock);
    void runBatch(std::deque<Unit> &batch);

    const Database &m_database;
    GroupCommitSettings m_settings;
    mutable std::mutex m_mutex; // guards the queue only; held for a push or a swap
    std::condition_variable m_wake;
    std::deque<Unit> m_queue;
    bool m_stopping = false;
    bool m_lastBatchShared = false; // the previous batch had company: wait for more this time
    quint64 m_batches = 0;
    quint64 m_units = 0;
    std::thread m_thread;
};

} // namespace paydesk::server
