// Amounts as people type and read them in the wallet: a typed text becomes an exact integer
// count of minor units in the wallet's currency (through paydesk-core's Money, never a
// double), with a sentence when it cannot; minor units become "₦12,345.00" again. Minor units
// cross into QML as decimal strings, so no amount ever passes through a JavaScript number.
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

#include <optional>

class MoneyText : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // The minor units of `text` in `currency`, or nothing with `error` set to the sentence to
    // show. Accepts the locale's group separators and decimal mark ("1,250.50", "1 250,50" in
    // French), spaces and the currency's symbol; refuses more decimals than the currency has,
    // zero, negatives and anything else.
    static std::optional<qint64> parse(const QString &text, const QString &currency,
                                       QString *error = nullptr);

    // {valid, empty, minor (decimal string), display ("₦1,250.50"), error} for an amount field.
    Q_INVOKABLE static QVariantMap check(const QString &text, const QString &currency);
    // "₦1,250.50" from minor units given as a decimal string (or a whole number).
    Q_INVOKABLE static QString format(const QString &minor, const QString &currency);
    // The symbol written before amounts ("₦"), or the code when the currency has none.
    Q_INVOKABLE static QString symbol(const QString &currency);
    // Digits after the decimal mark (2 for NGN, 0 for COINS).
    Q_INVOKABLE static int decimals(const QString &currency);
    // An example of what to type, in the person's locale ("0.00").
    Q_INVOKABLE static QString placeholder(const QString &currency);
};
