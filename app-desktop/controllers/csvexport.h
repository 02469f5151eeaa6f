// The payments page's CSV export: streams GET /api/v1/merchant/payments.csv (the table's
// filters) straight into the file the person chose, so a 100 000-row export never sits in
// memory; counts rows as they arrive for the progress bar; can be cancelled (the partial file
// is removed). The file is written under a temporary name and renamed when complete.
#pragma once

#include "consoleaction.h"

#include <QNetworkReply>
#include <QPointer>
#include <QSaveFile>
#include <QUrl>

#include <memory>

class CsvExport : public ConsoleAction
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool running READ running NOTIFY progressChanged)
    Q_PROPERTY(qint64 rows READ rows NOTIFY progressChanged)
    // Rows expected (the KPI total of the filtered set when known; 0: unknown).
    Q_PROPERTY(qint64 expectedRows READ expectedRows WRITE setExpectedRows NOTIFY progressChanged)
    // 0..1, or -1 while the total is unknown.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY progressChanged)
    // What to export: "payments" (the merchant's, default) or "wallet" (the person's history,
    // GET /api/v1/wallet/history.csv with the history's filters).
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)

public:
    using ConsoleAction::ConsoleAction;
    ~CsvExport() override;

    bool running() const { return m_reply != nullptr; }
    qint64 rows() const { return m_rows; }
    qint64 expectedRows() const { return m_expectedRows; }
    void setExpectedRows(qint64 rows);
    double progress() const;
    QString savedPath() const { return m_savedPath; }
    QString source() const { return m_source; }
    void setSource(const QString &source);

    // `file`: a file:// URL from the save dialog; `filters`: mode, app_id, status, from, to,
    // search as the table uses them.
    Q_INVOKABLE void start(const QUrl &file, const QVariantMap &filters);
    Q_INVOKABLE void cancel();
    // A file name to offer in the save dialog: paydesk-payments-<mode>-<date>.csv.
    Q_INVOKABLE static QString suggestedName(const QString &mode);
    // paydesk-wallet-<date>.csv
    Q_INVOKABLE static QString suggestedWalletName();

Q_SIGNALS:
    void progressChanged();
    void sourceChanged();
    void finished(bool ok);

private:
    void onData();
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_rows = 0;
    qint64 m_expectedRows = 0;
    QString m_savedPath;
    QString m_source = QStringLiteral("payments");
};
