import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Sending money to another person: recipient (search by name or email), amount in the wallet's
// currency, note; then a confirmation, the PIN, and the result. Reusable: the chat page opens
// it with `openFor({id, display_name, email})` to pay the person of a conversation. A pending
// row appears in `history` (when given) while the transfer is on its way.
AppDialog {
    id: root

    property string currency: "NGN"
    property WalletHistoryModel history: null
    readonly property TransferController transfer: transfer

    // A new transfer to `recipient` ({id, display_name, email}); none: the person picks one.
    function openFor(recipient) {
        transfer.start(recipient || {})
        recipientSearch.text = ""
        amount.text = ""
        note.text = ""
        open()
    }

    objectName: "transferDialog"
    width: Math.min(540, (parent ? parent.width : 540) - 2 * Theme.spacingXxl)
    title: transfer.step === TransferController.Done ? qsTr("Money sent")
         : transfer.step === TransferController.Failed ? qsTr("Transfer not sent")
         : transfer.step === TransferController.Unknown ? qsTr("No answer from the server")
         : transfer.step === TransferController.Review || transfer.step === TransferController.Sending
           ? qsTr("Confirm the transfer") : qsTr("Send money")
    description: transfer.step === TransferController.Form
                 ? qsTr("To another Paydesk user, instantly. You confirm with your PIN.") : ""
    closePolicy: transfer.step === TransferController.Sending ? Popup.NoAutoClose : Popup.CloseOnEscape

    // Closed while the outcome is unknown: the pending row goes, the history asks the server.
    Connections {
        target: root
        function onClosed() { transfer.abandon() }
    }

    TransferController {
        id: transfer
        currency: root.currency
        history: root.history
        onStepChanged: {
            if (step !== TransferController.Review && step !== TransferController.Sending)
                pinDialog.close()
        }
    }

    PinDialog {
        id: pinDialog
        parent: root.parent
        summary: qsTr("Send %1 to %2.").arg(transfer.amountDisplay).arg(transfer.recipient.display_name || "")
        confirmText: qsTr("Send now")
        errorText: transfer.pinError
        busy: transfer.step === TransferController.Sending
        onConfirmed: pin => transfer.send(pin)
    }

    StackLayout {
        id: steps
        Layout.fillWidth: true
        // As tall as the step shown, not the tallest one.
        Layout.preferredHeight: children[currentIndex] ? children[currentIndex].implicitHeight : 0
        currentIndex: transfer.step === TransferController.Form ? 0
                    : transfer.step === TransferController.Review || transfer.step === TransferController.Sending ? 1 : 2

        // 0: the form
        ColumnLayout {
            spacing: Theme.spacingMd
            Label {
                text: qsTr("Recipient")
                color: Theme.text
                font.pixelSize: Theme.fontLabel
                font.weight: Font.DemiBold
            }
            PersonChip {
                visible: transfer.recipient.display_name !== undefined
                person: transfer.recipient
                Layout.fillWidth: true
                AppButton {
                    text: qsTr("Change")
                    kind: "ghost"
                    onClicked: transfer.chooseRecipient({})
                }
            }
            SearchField {
                id: recipientSearch
                objectName: "recipientSearch"
                visible: transfer.recipient.display_name === undefined
                placeholderText: qsTr("Search people by name or email")
                Layout.fillWidth: true
                onSearched: text => transfer.search(text)
            }
            ColumnLayout {
                visible: transfer.recipient.display_name === undefined && transfer.recipients.length > 0
                spacing: 2
                Layout.fillWidth: true
                Repeater {
                    model: transfer.recipients
                    PersonChip {
                        required property var modelData
                        person: modelData
                        clickable: true
                        Layout.fillWidth: true
                        onChosen: transfer.chooseRecipient(modelData)
                    }
                }
            }
            Label {
                visible: transfer.recipientError !== "" ||
                         (recipientSearch.text.length >= 2 && !transfer.searching && transfer.recipients.length === 0 && transfer.recipient.display_name === undefined)
                text: transfer.recipientError !== "" ? transfer.recipientError : qsTr("Nobody found with this name or email.")
                color: transfer.recipientError !== "" ? Theme.danger : Theme.textMuted
                font.pixelSize: Theme.fontCaption
            }
            AmountField {
                id: amount
                objectName: "transferAmount"
                currency: root.currency
                errorText: transfer.amountError
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingXs
                onTextChanged: transfer.amountText = text
                onAccepted: transfer.review()
            }
            FormField {
                id: note
                objectName: "transferNote"
                text: transfer.note
                label: qsTr("Note (optional)")
                placeholderText: qsTr("What it is for, e.g. “Rent share”")
                input.maximumLength: 140
                Layout.fillWidth: true
                onEdited: transfer.note = text
            }
        }

        // 1: the confirmation
        ColumnLayout {
            spacing: Theme.spacingMd
            Label {
                objectName: "reviewAmount"
                text: transfer.amountDisplay
                color: Theme.text
                font.pixelSize: Theme.fontDisplay
                font.weight: Font.Bold
                Layout.alignment: Qt.AlignHCenter
            }
            PersonChip { person: transfer.recipient; Layout.fillWidth: true }
            DetailLine { label: qsTr("Note"); value: transfer.note !== "" ? transfer.note : "—"; Layout.fillWidth: true }
            Banner {
                visible: transfer.progress !== ""
                kind: "warning"
                title: transfer.progress
                Layout.fillWidth: true
            }
        }

        // 2: the result
        ColumnLayout {
            spacing: Theme.spacingMd
            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                width: 64; height: 64; radius: 32
                color: transfer.step === TransferController.Done ? Theme.successSoft
                     : transfer.step === TransferController.Unknown ? Theme.warningSoft : Theme.dangerSoft
                Icon {
                    anchors.centerIn: parent
                    width: 30; height: 30
                    name: transfer.step === TransferController.Done ? "checkCircle" : "alert"
                    color: transfer.step === TransferController.Done ? Theme.success
                         : transfer.step === TransferController.Unknown ? Theme.warning : Theme.danger
                }
            }
            Label {
                objectName: "transferOutcome"
                text: transfer.outcome
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            DetailLine {
                visible: transfer.transactionId !== ""
                label: qsTr("Transaction")
                value: transfer.transactionId
                mono: true
                copyable: true
                Layout.fillWidth: true
            }
        }
    }

    buttons: [
        AppButton {
            objectName: "transferPrimary"
            text: transfer.step === TransferController.Form ? qsTr("Review")
                : transfer.step === TransferController.Review || transfer.step === TransferController.Sending ? qsTr("Confirm and enter PIN")
                : transfer.step === TransferController.Unknown ? qsTr("Try again")
                : transfer.step === TransferController.Failed ? qsTr("Edit transfer") : qsTr("Done")
            iconName: transfer.step === TransferController.Form ? "arrowRight"
                    : transfer.step === TransferController.Review ? "lock" : ""
            busy: transfer.step === TransferController.Sending
            onClicked: {
                switch (transfer.step) {
                case TransferController.Form: transfer.review(); break
                case TransferController.Review: pinDialog.open(); break
                case TransferController.Unknown: transfer.retry(); break
                case TransferController.Failed: transfer.backToForm(); break
                default: root.close()
                }
            }
        },
        AppButton {
            visible: transfer.step !== TransferController.Done
            text: transfer.step === TransferController.Review ? qsTr("Back") : qsTr("Cancel")
            kind: "secondary"
            enabled: transfer.step !== TransferController.Sending
            onClicked: transfer.step === TransferController.Review ? transfer.backToForm() : root.close()
        }
    ]

    // A person: initials on their colour, name and email; a chooser row when `clickable`.
    component PersonChip: AbstractButton {
        id: chip
        property var person: ({})
        property bool clickable: false
        default property alias extra: extraRow.data
        signal chosen()
        implicitHeight: 52
        hoverEnabled: clickable
        focusPolicy: clickable ? Qt.StrongFocus : Qt.NoFocus
        Accessible.name: (person.display_name || "") + ", " + (person.email || "")
        onClicked: if (clickable) chosen()
        background: Rectangle {
            radius: Theme.radius
            color: chip.clickable && chip.hovered ? Theme.surfaceMuted : chip.clickable ? "transparent" : Theme.surfaceMuted
            border.color: chip.clickable ? "transparent" : Theme.border
        }
        contentItem: RowLayout {
            spacing: Theme.spacingMd
            Rectangle {
                Layout.leftMargin: Theme.spacingSm
                width: 34; height: 34; radius: 17
                color: chip.person.avatar_color || Theme.brand
                Label {
                    anchors.centerIn: parent
                    text: chip.person.initials || (chip.person.display_name || "?").charAt(0)
                    color: "#FFFFFF"
                    font.pixelSize: Theme.fontLabel
                    font.weight: Font.Bold
                }
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label { text: chip.person.display_name || ""; color: Theme.text; font.weight: Font.DemiBold; elide: Text.ElideRight; Layout.fillWidth: true }
                Label { text: chip.person.email || ""; color: Theme.textMuted; font.pixelSize: Theme.fontCaption; elide: Text.ElideRight; Layout.fillWidth: true }
            }
            RowLayout { id: extraRow; Layout.rightMargin: Theme.spacingXs }
        }
    }
}
