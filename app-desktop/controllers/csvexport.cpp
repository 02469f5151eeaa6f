#include "csvexport.h"

#include "apiclient.h"

#include <QDate>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

CsvExport::~CsvExport()
{
    if (m_reply)
        m_reply->abort();
}

void CsvExport::setExpectedRows(qint64 rows)
{
    if (rows == m_expectedRows)
        return;
    m_expectedRows = rows;
    Q_EMIT progressChanged();
}

double CsvExport::progress() const
{
    if (m_expectedRows <= 0)
        return -1;
    return std::min(1.0, double(m_rows) / double(m_expectedRows));
}

QString CsvExport::suggestedName(const QString &mode)
{
    return u"paydesk-payments-%1-%2.csv"_s.arg(mode, QDate::currentDate().toString(Qt::ISODate));
}

QString CsvExport::suggestedWalletName()
{
    return u"paydesk-wallet-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate));
}

void CsvExport::setSource(const QString &source)
{
    if (source == m_source)
        return;
    m_source = source;
    Q_EMIT sourceChanged();
}

void CsvExport::start(const QUrl &file, const QVariantMap &filters)
{
    if (running() || !api())
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        setError(tr("Cannot write %1: %2").arg(path, m_file->errorString()));
        m_file.reset();
        return;
    }
    QUrlQuery q;
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        if (!it.value().toString().isEmpty())
            q.addQueryItem(it.key(),
                           QString::fromLatin1(QUrl::toPercentEncoding(it.value().toString())));
    }
    clearOutcome();
    m_rows = 0;
    m_savedPath.clear();
    const QString endpoint = m_source == "wallet"_L1 ? u"/api/v1/wallet/history.csv?"_s
                                                     : u"/api/v1/merchant/payments.csv?"_s;
    m_reply = api()->openStream(endpoint + q.toString(QUrl::FullyEncoded));
    connect(m_reply, &QNetworkReply::readyRead, this, &CsvExport::onData);
    connect(m_reply, &QNetworkReply::finished, this, &CsvExport::onFinished);
    Q_EMIT progressChanged();
}

void CsvExport::onData()
{
    if (!m_reply || m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return;
    const QByteArray chunk = m_reply->readAll();
    // Rows end with CRLF; quoted fields only ever hold a bare LF, so this counts rows exactly.
    m_rows += chunk.count("\r\n");
    m_file->write(chunk);
    Q_EMIT progressChanged();
}

void CsvExport::onFinished()
{
    onData(); // what arrived with the end of the stream
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool ok = reply->error() == QNetworkReply::NoError && status == 200;
    if (ok && m_file->commit()) {
        m_savedPath = m_file->fileName();
        m_rows = std::max<qint64>(0, m_rows - 1); // the header line
        setNotice(m_source == "wallet"_L1 ? tr("Exported %n transaction(s).", nullptr, int(m_rows))
                                          : tr("Exported %n payment(s).", nullptr, int(m_rows)));
    } else {
        if (m_file)
            m_file->cancelWriting();
        if (reply->error() != QNetworkReply::OperationCanceledError)
            setError(status == 0 ? tr("The export stopped: %1").arg(reply->errorString())
                                 : tr("The server refused the export (HTTP %1).").arg(status));
    }
    m_file.reset();
    Q_EMIT progressChanged();
    Q_EMIT finished(ok && !m_savedPath.isEmpty());
}

void CsvExport::cancel()
{
    if (m_reply)
        m_reply->abort();
}
