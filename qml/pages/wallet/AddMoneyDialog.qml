import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Adding money with a card through the payment provider's checkout page, which opens in the
// browser. The top-up shows as pending here until the provider confirms it (a live event),
// then as added or declined.
AppDialog {
    id: root

    property string currency: "NGN"
    property WalletController wallet: null
    readonly property FundingController funding: funding

    function start() {
        funding.reset()
        amount.text = ""
        open()
    }

    objectName: "addMoneyDialog"
    title: funding.state === "succeeded" ? qsTr("Money added")
         : funding.state === "pending" ? qsTr("Finish in your browser")
         : funding.state === "failed" ? qsTr("Top-up declined") : qsTr("Add money")
    description: funding.state === "idle" || funding.state === "starting"
                 ? qsTr("Pay by card on the secure checkout page. The money is in your wallet as soon as the payment is confirmed.")
                 : ""

    FundingController {
        id: funding
        currency: root.currency
    }

    ColumnLayout {
        visible: funding.state === "idle" || funding.state === "starting"
        spacing: Theme.spacingMd
        Layout.fillWidth: true
        AmountField {
            id: amount
            objectName: "fundAmount"
            currency: root.currency
            errorText: funding.amountError
            helpText: qsTr("At least %1.").arg(MoneyText.format("1000", root.currency))
            Layout.fillWidth: true
            onTextChanged: funding.amountText = text
            onAccepted: funding.start()
        }
        // Common amounts, sharing the row evenly.
        RowLayout {
            spacing: Theme.spacingSm
            Layout.fillWidth: true
            Repeater {
                model: ["5000", "10000", "25000"]
                AppButton {
                    required property string modelData
                    text: MoneyText.format(modelData + "00", root.currency)
                    kind: "secondary"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: amount.text = modelData
                }
            }
        }
        Banner {
            visible: funding.error !== ""
            kind: "error"
            title: funding.error
            Layout.fillWidth: true
        }
    }

    ColumnLayout {
        visible: funding.state === "pending" || funding.state === "succeeded" || funding.state === "failed"
        spacing: Theme.spacingMd
        Layout.fillWidth: true
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            width: 64; height: 64; radius: 32
            color: funding.state === "succeeded" ? Theme.successSoft
                 : funding.state === "failed" ? Theme.dangerSoft : Theme.warningSoft
            Spinner { anchors.centerIn: parent; visible: funding.state === "pending"; running: visible }
            Icon {
                anchors.centerIn: parent
                visible: funding.state !== "pending"
                width: 30; height: 30
                name: funding.state === "succeeded" ? "checkCircle" : "alert"
                color: funding.state === "succeeded" ? Theme.success : Theme.danger
            }
        }
        Label {
            objectName: "fundingState"
            text: funding.state === "pending"
                  ? qsTr("Waiting for the card payment of %1. Complete it on the checkout page that opened in your browser; this window updates by itself.").arg(funding.amountDisplay)
                  : funding.state === "succeeded" ? funding.notice : funding.error
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        StatusChip {
            status: funding.state === "pending" ? "PENDING" : funding.state === "succeeded" ? "SUCCESS" : "FAILED"
            Layout.alignment: Qt.AlignHCenter
        }
        DetailLine {
            label: qsTr("Transaction")
            value: funding.transactionId
            mono: true
            copyable: true
            Layout.fillWidth: true
        }
    }

    buttons: [
        AppButton {
            objectName: "fundPrimary"
            text: funding.state === "pending" ? qsTr("Open checkout again")
                : funding.state === "idle" || funding.state === "starting" ? qsTr("Continue to checkout") : qsTr("Done")
            iconName: funding.state === "idle" ? "arrowRight" : ""
            busy: funding.state === "starting"
            onClicked: {
                if (funding.state === "pending") funding.openCheckout()
                else if (funding.state === "idle") funding.start()
                else root.close()
            }
        },
        AppButton {
            visible: funding.state !== "succeeded"
            text: funding.state === "pending" ? qsTr("Close") : qsTr("Cancel")
            kind: "secondary"
            onClicked: root.close()
        }
    ]
}
