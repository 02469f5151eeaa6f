import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Moving money to a bank account: the bank, the 10-digit account number (the holder's name
// appears once the bank knows it), the amount, the PIN, and the payout's progress until the
// bank confirms it.
AppDialog {
    id: root

    property string currency: "NGN"
    property WalletController wallet: null
    readonly property WithdrawController withdrawal: withdrawal

    function start() {
        withdrawal.reset()
        account.text = ""
        amount.text = ""
        open()
    }

    objectName: "withdrawDialog"
    title: withdrawal.state === "pending" ? qsTr("Payout on its way")
         : withdrawal.state === "succeeded" ? qsTr("Money withdrawn")
         : withdrawal.state === "failed" ? qsTr("Payout refused") : qsTr("Withdraw to a bank")
    description: withdrawal.state === "form" || withdrawal.state === "sending"
                 ? qsTr("The amount is held from your balance at once and reaches the account in a few moments.") : ""

    WithdrawController {
        id: withdrawal
        currency: root.currency
    }
    PinDialog {
        id: pinDialog
        parent: root.parent
        summary: qsTr("Withdraw %1 to %2 (%3).").arg(withdrawal.amountDisplay).arg(withdrawal.accountName).arg(withdrawal.accountNumber)
        confirmText: qsTr("Withdraw")
        errorText: withdrawal.pinError
        busy: withdrawal.state === "sending"
        onConfirmed: pin => withdrawal.withdraw(pin)
    }
    Connections {
        target: withdrawal
        function onChanged() {
            if (withdrawal.state !== "form" && withdrawal.state !== "sending")
                pinDialog.close()
            else if (withdrawal.state === "form" && withdrawal.error !== "")
                pinDialog.close()
        }
    }

    ColumnLayout {
        visible: withdrawal.state === "form" || withdrawal.state === "sending"
        spacing: Theme.spacingMd
        Layout.fillWidth: true
        Label { text: qsTr("Bank"); color: Theme.text; font.pixelSize: Theme.fontLabel; font.weight: Font.DemiBold }
        FilterSelect {
            objectName: "bankSelect"
            accessibleName: qsTr("Bank")
            value: withdrawal.bankCode
            options: [{ value: "", label: qsTr("Choose a bank") }].concat(withdrawal.banks)
            Layout.fillWidth: true
            onPicked: value => withdrawal.bankCode = value
        }
        FormField {
            id: account
            objectName: "accountNumber"
            label: qsTr("Account number")
            placeholderText: qsTr("10 digits")
            iconName: "user"
            input.maximumLength: 10
            input.validator: RegularExpressionValidator { regularExpression: /[0-9]{0,10}/ }
            errorText: withdrawal.accountError
            helpText: withdrawal.verifying ? qsTr("Checking the account…") : ""
            Layout.fillWidth: true
            onEdited: withdrawal.accountNumber = text
        }
        Rectangle {
            visible: withdrawal.accountName !== ""
            Layout.fillWidth: true
            implicitHeight: holderRow.implicitHeight + 2 * Theme.spacingMd
            radius: Theme.radius
            color: Theme.successSoft
            border.color: Theme.successBorder
            RowLayout {
                id: holderRow
                anchors.fill: parent
                anchors.margins: Theme.spacingMd
                spacing: Theme.spacingSm
                Icon { name: "checkCircle"; color: Theme.success; Layout.preferredWidth: 18; Layout.preferredHeight: 18 }
                Label {
                    objectName: "accountHolder"
                    text: withdrawal.accountName
                    color: Theme.text
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                }
                Label { text: qsTr("Account holder"); color: Theme.textMuted; font.pixelSize: Theme.fontCaption }
            }
        }
        AmountField {
            id: amount
            objectName: "withdrawAmount"
            currency: root.currency
            errorText: withdrawal.amountError
            helpText: root.wallet ? qsTr("Available: %1").arg(root.wallet.balanceText) : ""
            Layout.fillWidth: true
            onTextChanged: withdrawal.amountText = text
        }
        Banner {
            visible: withdrawal.error !== ""
            kind: "error"
            title: withdrawal.error
            Layout.fillWidth: true
        }
    }

    ColumnLayout {
        visible: withdrawal.state === "pending" || withdrawal.state === "succeeded" || withdrawal.state === "failed"
        spacing: Theme.spacingMd
        Layout.fillWidth: true
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            width: 64; height: 64; radius: 32
            color: withdrawal.state === "succeeded" ? Theme.successSoft
                 : withdrawal.state === "failed" ? Theme.dangerSoft : Theme.warningSoft
            Spinner { anchors.centerIn: parent; visible: withdrawal.state === "pending"; running: visible }
            Icon {
                anchors.centerIn: parent
                visible: withdrawal.state !== "pending"
                width: 30; height: 30
                name: withdrawal.state === "succeeded" ? "checkCircle" : "alert"
                color: withdrawal.state === "succeeded" ? Theme.success : Theme.danger
            }
        }
        Label {
            objectName: "withdrawState"
            text: withdrawal.state === "pending"
                  ? qsTr("%1 is held from your balance and being paid to %2 (%3).").arg(withdrawal.amountDisplay).arg(withdrawal.accountName).arg(withdrawal.accountNumber)
                  : withdrawal.state === "succeeded" ? withdrawal.notice : withdrawal.error
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
    }

    buttons: [
        AppButton {
            objectName: "withdrawPrimary"
            text: withdrawal.state === "form" || withdrawal.state === "sending" ? qsTr("Continue") : qsTr("Done")
            iconName: withdrawal.state === "form" ? "lock" : ""
            busy: withdrawal.state === "sending"
            onClicked: {
                if (withdrawal.state === "form") {
                    if (withdrawal.validate()) pinDialog.open()
                } else {
                    root.close()
                }
            }
        },
        AppButton {
            visible: withdrawal.state === "form"
            text: qsTr("Cancel")
            kind: "secondary"
            onClicked: root.close()
        }
    ]
}
