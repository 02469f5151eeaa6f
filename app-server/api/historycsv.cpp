// The CSV export of a filtered history (RFC 4180, see csv.h), produced one keyset page at a
// time as the connection drains (http/chunkedbodywriter.h): 100 000 rows never sit in memory.
#include "csv.h"
#include "historyapi.h"

#include "currency.h"
#include "money.h"

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {

constexpr int kCsvPageRows = 1000;

QString decimal(qint64 minor, const std::optional<Currency> &currency)
{
    // Exact integer formatting through Money; never a double.
    return currency ? Money::fromMinor(minor, *currency).toString() : QString();
}

QString directionText(history::Direction d)
{
    return d == history::Direction::In    ? u"in"_s
           : d == history::Direction::Out ? u"out"_s
                                          : QString();
}

QByteArray header()
{
    return csv::row({u"id"_s, u"created_at"_s, u"type"_s, u"status"_s, u"direction"_s,
                     u"counterparty"_s, u"from_wallet"_s, u"to_wallet"_s, u"amount_minor"_s,
                     u"amount"_s, u"fee_minor"_s, u"fee"_s, u"currency"_s, u"reference"_s,
                     u"note"_s});
}

QByteArray rows(const QList<history::HistoryItem> &items)
{
    QByteArray out;
    for (const history::HistoryItem &item : items) {
        const ledger::Txn &t = item.txn;
        const auto currency = Currency::fromCode(t.currency);
        const QString counterparty =
            item.direction == history::Direction::Any ? QString() : item.counterpartyName();
        out += csv::row({t.id, t.createdAt.toString(Qt::ISODateWithMs), t.type, t.status,
                         directionText(item.direction), csv::freeText(counterparty), t.fromAccount,
                         t.toAccount, QString::number(t.amount), decimal(t.amount, currency),
                         QString::number(t.fee), decimal(t.fee, currency), t.currency,
                         csv::freeText(t.reference), csv::freeText(t.note)});
    }
    return out;
}

} // namespace

Reply historyCsv(std::shared_ptr<history::HistoryService> service,
                 const history::HistoryFilter &filter, const QString &requestId)
{
    auto afterId = std::make_shared<QString>();
    auto nextPage = [service, filter, afterId]() -> Result<csv::Page> {
        auto page = service->list(filter, PageRequest{kCsvPageRows, *afterId});
        if (!page)
            return page.error();
        if (!page->items.isEmpty())
            *afterId = page->items.constLast().txn.id;
        return csv::Page{rows(page->items), !page->hasMore || page->items.isEmpty()};
    };
    return csv::download(header(), std::move(nextPage), u"paydesk-transactions"_s, requestId);
}

} // namespace paydesk::server
