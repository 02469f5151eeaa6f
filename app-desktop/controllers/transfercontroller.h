// Sending money to another person, as one intent from the form to the result: recipient
// search (GET /api/v1/chat/users?q=), amount typed in the wallet's currency and checked here in
// integer minor units, note, review, PIN, then POST /api/v1/wallet/transfer. The intent has ONE
// Idempotency-Key: it is created when the person first sends and kept for every repeat of that
// send (the IdempotentCall's own retries after a lost answer, a 5xx or a restart, and "Try
// again" after they ran out), so the server moves the money once at most. A new key comes only
// with a new intent (another recipient, amount or note, or a definite refusal).
// While it is on its way the transfer shows as a pending row in `history`, which becomes the
// server's transaction or a failed row with the reason.
#pragma once

#include "apiclient.h"
#include "idempotentcall.h"
#include "wallethistorymodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QVariantList>
#include <QVariantMap>

class TransferController : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT

    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    // The wallet's currency: the amount is read and shown in it.
    Q_PROPERTY(QString currency READ currency WRITE setCurrency NOTIFY formChanged)
    Q_PROPERTY(WalletHistoryModel *history READ history WRITE setHistory NOTIFY historyChanged)
    Q_PROPERTY(QVariantList recipients READ recipients NOTIFY recipientsChanged)
    Q_PROPERTY(bool searching READ searching NOTIFY recipientsChanged)
    // {id, display_name, email, initials}; empty when none is chosen.
    Q_PROPERTY(QVariantMap recipient READ recipient NOTIFY formChanged)
    Q_PROPERTY(QString amountText READ amountText WRITE setAmountText NOTIFY formChanged)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY formChanged)
    Q_PROPERTY(QString recipientError READ recipientError NOTIFY formChanged)
    Q_PROPERTY(QString amountError READ amountError NOTIFY formChanged)
    Q_PROPERTY(QString amountDisplay READ amountDisplay NOTIFY formChanged)
    Q_PROPERTY(QString pinError READ pinError NOTIFY outcomeChanged)
    // The result or the reason, as a sentence.
    Q_PROPERTY(QString outcome READ outcome NOTIFY outcomeChanged)
    Q_PROPERTY(QString transactionId READ transactionId NOTIFY outcomeChanged)
    // While sending: which attempt, when a retry is waiting ("Connection lost, trying again").
    Q_PROPERTY(QString progress READ progress NOTIFY outcomeChanged)

public:
    enum class Step {
        Form,    // choosing recipient, amount, note
        Review,  // the summary; the PIN comes next
        Sending, // on its way (retrying by itself if the answer is lost)
        Done,    // the server moved the money
        Failed,  // the server refused; nothing moved
        Unknown  // no answer after every retry: "Try again" repeats with the same key
    };
    Q_ENUM(Step)

    explicit TransferController(QObject *parent = nullptr);
    ~TransferController() override;

    Step step() const { return m_step; }
    QString currency() const { return m_currency; }
    void setCurrency(const QString &currency);
    WalletHistoryModel *history() const { return m_history; }
    void setHistory(WalletHistoryModel *history);
    QVariantList recipients() const { return m_recipients; }
    bool searching() const { return m_searching; }
    QVariantMap recipient() const { return m_recipient; }
    QString amountText() const { return m_amountText; }
    void setAmountText(const QString &text);
    QString note() const { return m_note; }
    void setNote(const QString &note);
    QString recipientError() const { return m_recipientError; }
    QString amountError() const { return m_amountError; }
    QString amountDisplay() const;
    QString pinError() const { return m_pinError; }
    QString outcome() const { return m_outcome; }
    QString transactionId() const { return m_transactionId; }
    QString progress() const { return m_progress; }

    Q_INVOKABLE void search(const QString &text);
    Q_INVOKABLE void chooseRecipient(const QVariantMap &person);
    // A new transfer, optionally to `person` ({id, display_name, email}) already chosen.
    Q_INVOKABLE void start(const QVariantMap &person = {});
    // Checks the form; true (and the Review step) when it can be sent.
    Q_INVOKABLE bool review();
    Q_INVOKABLE void backToForm();
    // Sends with the PIN (first time: a new key for this intent).
    Q_INVOKABLE void send(const QString &pin);
    // After Unknown: the same request again, same key, same body.
    Q_INVOKABLE void retry();
    // After Unknown, the person closes without trying again: the pending row goes and the
    // history reads the server's newest rows (the transfer shows there if it landed).
    Q_INVOKABLE void abandon();

    void classBegin() override {}
    void componentComplete() override;
    void setApiClient(ApiClient *api) { m_api = api; }
    void setRetryPolicy(const IdempotentCall::Policy &policy) { m_policy = policy; }
    QByteArray idempotencyKey() const { return m_key; }

Q_SIGNALS:
    void stepChanged();
    void formChanged();
    void historyChanged();
    void recipientsChanged();
    void outcomeChanged();
    // The server moved the money (the dialog closes, the page shows a toast).
    void sent(const QString &text);

private:
    void dispatch();
    void answered(const ApiResponse &response, bool definite);
    void setStep(Step step);
    void forgetIntent();
    void setOutcome(const QString &outcome, const QString &progress = {});

    QPointer<ApiClient> m_api;
    QPointer<WalletHistoryModel> m_history;
    IdempotentCall::Policy m_policy;
    IdempotentCall *m_call = nullptr;
    Step m_step = Step::Form;
    QString m_currency = QStringLiteral("NGN");
    QVariantList m_recipients;
    bool m_searching = false;
    quint64 m_searchGeneration = 0;
    QVariantMap m_recipient;
    QString m_amountText;
    QString m_note;
    QString m_recipientError;
    QString m_amountError;
    QString m_pinError;
    QString m_outcome;
    QString m_progress;
    QString m_transactionId;
    // The intent: its key, its exact body (PIN included) and its pending row.
    QByteArray m_key;
    QJsonObject m_body;
    QString m_localId;
    qint64 m_amount = 0;
};
