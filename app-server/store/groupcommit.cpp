#include "groupcommit.h"

#include "database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <future>

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
    , m_thread([this] { loop(); })
{}

GroupCommitter::~GroupCommitter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void GroupCommitter::submit(Run run, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({std::move(run), std::move(done)});
    }
    m_wake.notify_one();
}

bool GroupCommitter::runAndWait(const Run &run)
{
    auto kept = std::make_shared<bool>(false);
    std::promise<bool> finished;
    auto result = finished.get_future();
    submit(
        [run, kept](QSqlDatabase db) {
            *kept = run(db);
            return *kept;
        },
        [kept, &finished](bool committed) { finished.set_value(committed && *kept); });
    return result.get();
}

quint64 GroupCommitter::batches() const
{
    std::lock_guard lock(m_mutex);
    return m_batches;
}

quint64 GroupCommitter::units() const
{
    std::lock_guard lock(m_mutex);
    return m_units;
}

std::deque<GroupCommitter::Unit> GroupCommitter::takeBatch(std::unique_lock<std::mutex> &lock)
{
    m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
    // Under load, a short wait lets more requests join; a lone request is never held back.
    if (m_lastBatchShared && !m_stopping && m_settings.window.count() > 0 &&
        int(m_queue.size()) < m_settings.maxUnits)
        m_wake.wait_for(lock, m_settings.window, [this] {
            return m_stopping || int(m_queue.size()) >= m_settings.maxUnits;
        });
    std::deque<Unit> batch;
    while (!m_queue.empty() && int(batch.size()) < m_settings.maxUnits) {
        batch.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    m_lastBatchShared = batch.size() > 1;
    return batch;
}

void GroupCommitter::loop()
{
    for (;;) {
        std::deque<Unit> batch;
        {
            std::unique_lock lock(m_mutex);
            batch = takeBatch(lock);
            if (batch.empty() && m_stopping)
                break;
        }
        runBatch(batch);
    }
    Database::releaseThreadConnection();
}

void GroupCommitter::runBatch(std::deque<Unit> &batch)
{
    auto db = m_database.connection();
    bool committed = db && db->transaction();
    if (committed) {
        for (Unit &unit : batch) {
            // Savepoints are not released: a release is one more round trip per unit, and the
            // whole nest ends with the COMMIT anyway. ROLLBACK TO goes to the newest "unit".
            if (!simple(*db, u"SAVEPOINT unit"_s)) {
                committed = false;
                break;
            }
            if (!unit.run(*db) && !simple(*db, u"ROLLBACK TO SAVEPOINT unit"_s)) {
                committed = false;
                break;
            }
        }
        if (committed && !db->commit()) {
            qCWarning(lcGroupCommit) << "commit failed:" << db->lastError().text();
            committed = false;
        }
        if (!committed)
            db->rollback();
    }
    {
        std::lock_guard lock(m_mutex);
        ++m_batches;
        m_units += batch.size();
    }
    for (Unit &unit : batch)
        if (unit.done)
            unit.done(committed);
}

} // namespace paydesk::server
