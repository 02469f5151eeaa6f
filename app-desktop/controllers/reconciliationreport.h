// The admin's reconciliation report (GET /api/v1/admin/reconciliation): the ledger proof run
// now — whether every balance equals its entries and every currency sums to zero — with the
// mismatches named when there are any.
#pragma once

#include "consoleaction.h"

#include <QVariantList>
#include <QVariantMap>

class ReconciliationReport : public ConsoleAction
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool loaded READ loaded NOTIFY reportChanged)
    // {balanced, checkedAt, accountsChecked, duration, runId, unbalancedTransactions}
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY reportChanged)
    Q_PROPERTY(
        QVariantList currencies READ currencies NOTIFY reportChanged) // [{currency, sum, ok}]
    Q_PROPERTY(QVariantList mismatches READ mismatches NOTIFY reportChanged) // [{account, text}]

public:
    using ConsoleAction::ConsoleAction;

    bool loaded() const { return !m_summary.isEmpty(); }
    QVariantMap summary() const { return m_summary; }
    QVariantList currencies() const { return m_currencies; }
    QVariantList mismatches() const { return m_mismatches; }

    Q_INVOKABLE void run();

Q_SIGNALS:
    void reportChanged();

protected:
    void ready() override {}

private:
    QVariantMap m_summary;
    QVariantList m_currencies;
    QVariantList m_mismatches;
};
