#include "transfercontroller.h"

#include "displayformat.h"
#include "moneytext.h"
#include "sessioncontroller.h"
#include "wallethistorymodel.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
namespace errc = paydesk::errc;

Q_LOGGING_CATEGORY(lcTransfer, "paydesk.wallet.transfer")

TransferController::TransferController(QObject *parent)
    : QObject(parent)
{}

TransferController::~TransferController() = default;

void TransferController::componentComplete()
{
    if (QQmlEngine *engine = qmlEngine(this); engine && !m_api)
        m_api = SessionController::forEngine(engine)->api();
}

void TransferController::setCurrency(const QString &currency)
{
    if (currency == m_currency || currency.isEmpty())
        return;
    m_currency = currency;
    Q_EMIT formChanged();
}

void TransferController::setHistory(WalletHistoryModel *history)
{
    if (history == m_history)
        return;
    m_history = history;
    Q_EMIT historyChanged();
}

void TransferController::setAmountText(const QString &text)
{
    if (text == m_amountText)
        return;
    m_amountText = text;
    m_amountError.clear();
    Q_EMIT formChanged();
}

void TransferController::setNote(const QString &note)
{
    if (note == m_note)
        return;
    m_note = note;
    Q_EMIT formChanged();
}

QString TransferController::amountDisplay() const
{
    const auto minor = MoneyText::parse(m_amountText, m_currency);
    return minor ? paydesk::desktop::formatMoney(*minor, m_currency) : QString();
}

void TransferController::search(const QString &text)
{
    const quint64 generation = ++m_searchGeneration;
    if (!m_api || text.trimmed().size() < 2) {
        m_recipients.clear();
        m_searching = false;
        Q_EMIT recipientsChanged();
        return;
    }
    m_searching = true;
    Q_EMIT recipientsChanged();
    QUrlQuery q;
    q.addQueryItem(u"q"_s, text.trimmed());
    m_api->get(u"/api/v1/chat/users?"_s + q.toString(QUrl::FullyEncoded), this,
               [this, generation](const ApiResponse &r) {
                   if (generation != m_searchGeneration)
                       return;
                   m_searching = false;
                   m_recipients.clear();
                   if (!r.succeeded())
                       qCWarning(lcTransfer)
                           << "recipient search failed:" << r.status << ApiClient::userMessage(r);
                   for (const QJsonValue &user : r.body.value("data"_L1).toArray())
                       m_recipients.append(user.toObject().toVariantMap());
                   Q_EMIT recipientsChanged();
               });
}

void TransferController::chooseRecipient(const QVariantMap &person)
{
    m_recipient = person;
    m_recipientError.clear();
    Q_EMIT formChanged();
}

void TransferController::start(const QVariantMap &person)
{
    forgetIntent();
    m_recipient = person;
    m_amountText.clear();
    m_note.clear();
    m_recipientError.clear();
    m_amountError.clear();
    m_recipients.clear();
    Q_EMIT recipientsChanged();
    setOutcome({});
    Q_EMIT formChanged();
    setStep(Step::Form);
}

bool TransferController::review()
{
    QString error;
    const auto minor = MoneyText::parse(m_amountText, m_currency, &error);
    m_amountError = minor ? QString() : error;
    m_recipientError = m_recipient.value(u"id"_s).toString().isEmpty() &&
                               m_recipient.value(u"email"_s).toString().isEmpty()
                           ? tr("Choose who receives the money.")
                           : QString();
    Q_EMIT formChanged();
    if (!minor || !m_recipientError.isEmpty())
        return false;
    // Another amount, recipient or note is another intent: it gets its own key.
    if (*minor != m_amount || m_body.value("note"_L1).toString() != m_note.trimmed())
        forgetIntent();
    m_amount = *minor;
    m_pinError.clear();
    setStep(Step::Review);
    return true;
}

void TransferController::backToForm()
{
    setStep(Step::Form);
}

void TransferController::send(const QString &pin)
{
    if (m_step != Step::Review || m_amount <= 0)
        return;
    if (m_key.isEmpty())
        m_key = ApiClient::newIdempotencyKey();
    const QString recipient = m_recipient.value(u"id"_s).toString();
    m_body = {{"recipient"_L1,
               recipient.isEmpty() ? m_recipient.value(u"email"_s).toString() : recipient},
              {"amount"_L1, m_amount},
              {"note"_L1, m_note.trimmed()},
              {"pin"_L1, pin}};
    m_localId = u"local-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_history)
        m_history->addPending(m_localId, m_amount, m_currency,
                              m_recipient.value(u"display_name"_s).toString(), m_note.trimmed());
    dispatch();
}

void TransferController::retry()
{
    if (m_step != Step::Unknown || m_key.isEmpty())
        return;
    dispatch(); // the same key and the very same body: the server runs it at most once
}

void TransferController::abandon()
{
    if (m_step != Step::Unknown)
        return;
    delete m_call;
    m_call = nullptr;
    if (m_history)
        m_history->dropPending(m_localId);
    forgetIntent();
    setOutcome({});
    setStep(Step::Form);
}

void TransferController::dispatch()
{
    m_pinError.clear();
    setOutcome(tr("Sending…"));
    setStep(Step::Sending);
    delete m_call;
    m_call = new IdempotentCall(m_api, u"/api/v1/wallet/transfer"_s, m_body, m_key, this);
    m_call->setPolicy(m_policy);
    connect(m_call, &IdempotentCall::retrying, this, [this](int attempt, int pauseMs) {
        setOutcome(tr("Sending…"), tr("No answer yet (attempt %1). Trying again in %2 s — it "
                                      "will not be sent twice.")
                                       .arg(attempt)
                                       .arg((pauseMs + 999) / 1000));
    });
    m_call->start([this](const ApiResponse &r, bool definite) { answered(r, definite); });
}

void TransferController::answered(const ApiResponse &response, bool definite)
{
    if (!definite) {
        setOutcome(tr("The server did not answer, so it is not known yet whether the money "
                      "left. Try again: the same transfer is repeated, never sent twice."));
        setStep(Step::Unknown);
        return;
    }
    if (response.succeeded()) {
        const QJsonObject txn = response.body.value("transaction"_L1).toObject();
        m_transactionId = txn.value("id"_L1).toString();
        if (m_history)
            m_history->settlePending(m_localId, txn);
        const QString text =
            tr("%1 sent to %2.")
                .arg(amountDisplay(), m_recipient.value(u"display_name"_s).toString());
        forgetIntent();
        setOutcome(text);
        setStep(Step::Done);
        Q_EMIT sent(text);
        return;
    }
    const QString reason = ApiClient::userMessage(response);
    if (response.hasCode(errc::kInvalidPin) || response.hasCode(errc::kPinLocked)) {
        // Nothing moved: the person corrects the PIN and sends the same transfer again.
        if (m_history)
            m_history->failPending(m_localId, reason);
        m_pinError = reason;
        m_key.clear(); // the refused request stored nothing under its key
        setOutcome({});
        setStep(Step::Review);
        return;
    }
    if (m_history)
        m_history->failPending(m_localId, reason);
    forgetIntent();
    setOutcome(reason);
    setStep(Step::Failed);
}

void TransferController::forgetIntent()
{
    m_key.clear();
    m_body = {};
    m_amount = 0;
}

void TransferController::setStep(Step step)
{
    if (step == m_step)
        return;
    m_step = step;
    Q_EMIT stepChanged();
}

void TransferController::setOutcome(const QString &outcome, const QString &progress)
{
    m_outcome = outcome;
    m_progress = progress;
    Q_EMIT outcomeChanged();
}
