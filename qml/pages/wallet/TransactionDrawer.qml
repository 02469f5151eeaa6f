import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// One transaction in full, sliding in from the right over the history: amount, status, who or
// what it was with, the note, the reference, the failure reason and the times. Escape closes it.
Rectangle {
    id: root

    // The row's fields (WalletHistoryModel.rowAt); empty: closed.
    property var transaction: ({})
    readonly property bool open: transaction.transactionId !== undefined

    signal closed()

    objectName: "transactionDrawer"
    width: 420
    color: Theme.surface
    visible: open
    focus: open
    Keys.onEscapePressed: root.closed()
    Accessible.role: Accessible.Dialog
    Accessible.name: qsTr("Transaction %1").arg(transaction.transactionId || "")

    Rectangle { anchors.left: parent.left; width: 1; height: parent.height; color: Theme.border }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingLg

        RowLayout {
            Layout.fillWidth: true
            ColumnLayout {
                spacing: Theme.spacingXs
                Layout.fillWidth: true
                Label {
                    text: root.transaction.typeLabel || ""
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLabel
                    font.weight: Font.DemiBold
                }
                Label {
                    objectName: "drawerTxnAmount"
                    text: root.transaction.amount || ""
                    color: root.transaction.direction === "in" ? Theme.success : Theme.text
                    font.pixelSize: Theme.fontTitle + 4
                    font.weight: Font.Bold
                    Layout.fillWidth: true
                }
                StatusChip { status: root.transaction.status || "" }
            }
            AppButton {
                kind: "ghost"
                iconName: "close"
                text: ""
                Accessible.name: qsTr("Close")
                Layout.preferredWidth: 40
                Layout.alignment: Qt.AlignTop
                onClicked: root.closed()
            }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
        Banner {
            visible: (root.transaction.failure || "") !== ""
            kind: "error"
            title: root.transaction.failure || ""
            Layout.fillWidth: true
        }
        DetailLine {
            label: root.transaction.direction === "in" ? qsTr("From") : qsTr("To")
            value: root.transaction.counterparty || "—"
            Layout.fillWidth: true
        }
        DetailLine { label: qsTr("Note"); value: root.transaction.note || "—"; Layout.fillWidth: true }
        DetailLine { label: qsTr("Date"); value: root.transaction.created || ""; Layout.fillWidth: true }
        DetailLine { label: qsTr("Currency"); value: root.transaction.currency || ""; Layout.fillWidth: true }
        DetailLine {
            label: qsTr("Transaction ID")
            value: root.transaction.local ? qsTr("Waiting for the server") : (root.transaction.transactionId || "")
            mono: !root.transaction.local
            copyable: !root.transaction.local
            Layout.fillWidth: true
        }
        DetailLine {
            visible: (root.transaction.reference || "") !== ""
            label: qsTr("Reference")
            value: root.transaction.reference || ""
            mono: true
            copyable: true
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
        Label {
            text: qsTr("Every movement is recorded twice in the ledger: once from the sender, once to the receiver.")
            color: Theme.textSubtle
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
