import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The ledger proof run now: balanced or not, per currency, and any mismatch named.
ColumnLayout {
    id: root

    spacing: Theme.spacingLg

    readonly property var summary: report.summary // a map: its keys are not declared properties

    ReconciliationReport {
        id: report
        objectName: "reconciliationReport"
        Component.onCompleted: run()
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: qsTr("Each wallet's balance is checked against the sum of its ledger entries, and every currency must sum to zero.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        AppButton {
            text: qsTr("Run again")
            iconName: "refresh"
            kind: "secondary"
            busy: report.busy
            onClicked: report.run()
        }
    }
    Banner {
        visible: report.error !== ""
        kind: "error"
        title: report.error
        Layout.fillWidth: true
    }
    Banner {
        objectName: "reconciliationVerdict"
        visible: report.loaded
        kind: root.summary.balanced ? "success" : "error"
        title: root.summary.balanced ? qsTr("The ledger balances") : qsTr("The ledger does not balance")
        message: qsTr("Checked %1 accounts at %2 in %3.").arg(root.summary.accountsChecked || "")
                 .arg(root.summary.checkedAt || "").arg(root.summary.duration || "")
        Layout.fillWidth: true
    }
    GridLayout {
        visible: report.loaded
        columns: 3
        columnSpacing: Theme.spacingLg
        rowSpacing: Theme.spacingLg
        Layout.fillWidth: true
        KpiCard {
            title: qsTr("Accounts checked")
            value: root.summary.accountsChecked || "0"
            iconName: "wallet"
            highlightChanges: false
            Layout.fillWidth: true
        }
        KpiCard {
            title: qsTr("Mismatched balances")
            value: String(report.mismatches.length)
            iconName: "alert"
            highlightChanges: false
            Layout.fillWidth: true
        }
        KpiCard {
            title: qsTr("Unbalanced transactions")
            value: String(root.summary.unbalancedTransactions || 0)
            iconName: "receipt"
            highlightChanges: false
            Layout.fillWidth: true
        }
    }
    Repeater {
        model: report.currencies
        RowLayout {
            id: currencyRow
            required property var modelData
            Layout.fillWidth: true
            Label { text: currencyRow.modelData.currency; color: Theme.text; font.weight: Font.DemiBold; Layout.preferredWidth: 80 }
            StatusChip { kind: currencyRow.modelData.ok ? "success" : "danger"; text: currencyRow.modelData.ok ? qsTr("Sums to zero") : qsTr("Does not sum to zero") }
            Item { Layout.fillWidth: true }
        }
    }
    Repeater {
        model: report.mismatches
        Label {
            required property var modelData
            text: modelData.text
            color: Theme.danger
            font.family: "monospace"
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
    }
    Item { Layout.fillHeight: true }
}
