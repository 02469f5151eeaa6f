#include "reconciliationreport.h"

#include "apiclient.h"
#include "displayformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

void ReconciliationReport::run()
{
    call("GET", u"/api/v1/admin/reconciliation"_s, {}, [this](const ApiResponse &r) {
        const QJsonObject b = r.body;
        m_summary = {
            {u"balanced"_s, b.value("balanced"_L1).toBool()},
            {u"checkedAt"_s, paydesk::desktop::formatTime(QDateTime::fromString(
                                 b.value("checked_at"_L1).toString(), Qt::ISODateWithMs))},
            {u"accountsChecked"_s, QLocale().toString(b.value("accounts_checked"_L1).toInteger())},
            {u"duration"_s, tr("%1 ms").arg(b.value("duration_ms"_L1).toInt())},
            {u"runId"_s, b.value("run_id"_L1).toVariant().toString()},
            {u"unbalancedTransactions"_s, b.value("unbalanced_transactions"_L1).toArray().size()}};
        m_currencies.clear();
        const QJsonValue currencies = b.value("currencies"_L1);
        const auto addCurrency = [this](const QJsonObject &c, const QString &code) {
            const qint64 sum = c.value("sum"_L1).toInteger();
            m_currencies.append(QVariantMap{
                {u"currency"_s, code.isEmpty() ? c.value("currency"_L1).toString() : code},
                {u"count"_s, c.value("entries"_L1).toInteger()},
                {u"ok"_s, c.contains("balanced"_L1) ? c.value("balanced"_L1).toBool() : sum == 0}});
        };
        if (currencies.isArray()) {
            for (const QJsonValue &c : currencies.toArray())
                addCurrency(c.toObject(), {});
        } else {
            const QJsonObject o = currencies.toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                addCurrency(it.value().toObject(), it.key());
        }
        m_mismatches.clear();
        for (const QJsonValue &m : b.value("mismatches"_L1).toArray())
            m_mismatches.append(QVariantMap{
                {u"text"_s,
                 QString::fromUtf8(QJsonDocument(m.toObject()).toJson(QJsonDocument::Compact))}});
        Q_EMIT reportChanged();
    });
}
