import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Paydesk

// Every wallet transaction, newest first, loading more as it scrolls: filters by type,
// status, direction, dates and counterparty, the detail drawer, and the CSV export of the
// filtered set with its progress.
Item {
    id: root

    required property WalletHistoryModel history
    property int selectedRow: -1

    signal exported(string text)
    signal opened(int row)

    CsvExport {
        id: exporter
        source: "wallet"
        onFinished: ok => { if (ok) root.exported(exporter.notice) }
    }
    FileDialog {
        id: saveDialog
        title: qsTr("Export wallet history as CSV")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("CSV files (*.csv)")]
        defaultSuffix: "csv"
        onAccepted: exporter.start(selectedFile, root.history.exportFilters())
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingMd

        // Two rows of filters, so they fit beside the sidebar at any window width.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSm
            SearchField {
                objectName: "historySearch"
                placeholderText: qsTr("Note or reference")
                Layout.preferredWidth: 220
                onSearched: text => root.history.search = text
            }
            FilterSelect {
                objectName: "typeFilter"
                accessibleName: qsTr("Type")
                value: root.history.type
                options: [
                    { value: "", label: qsTr("All types") },
                    { value: "transfer", label: qsTr("Transfers") },
                    { value: "funding", label: qsTr("Added money") },
                    { value: "withdrawal", label: qsTr("Withdrawals") },
                    { value: "payment", label: qsTr("Payments") }
                ]
                onPicked: value => root.history.type = value
            }
            FilterSelect {
                objectName: "historyStatusFilter"
                accessibleName: qsTr("Status")
                value: root.history.status
                options: [
                    { value: "", label: qsTr("All statuses") },
                    { value: "SUCCESS", label: qsTr("Succeeded") },
                    { value: "PENDING", label: qsTr("Pending") },
                    { value: "FAILED", label: qsTr("Failed") }
                ]
                onPicked: value => root.history.status = value
            }
            FilterSelect {
                objectName: "directionFilter"
                accessibleName: qsTr("Direction")
                value: root.history.direction
                options: [
                    { value: "", label: qsTr("In and out") },
                    { value: "in", label: qsTr("Money in") },
                    { value: "out", label: qsTr("Money out") }
                ]
                onPicked: value => root.history.direction = value
            }
            Item { Layout.fillWidth: true }
            AppButton {
                objectName: "historyExport"
                text: qsTr("Export CSV")
                kind: "secondary"
                iconName: "download"
                enabled: !exporter.running
                onClicked: {
                    saveDialog.selectedFile = "file:///" + exporter.suggestedWalletName()
                    saveDialog.open()
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSm
            SearchField {
                objectName: "counterpartyFilter"
                placeholderText: qsTr("Counterparty email")
                Layout.preferredWidth: 220
                onSearched: text => root.history.counterparty = text
            }
            DateField {
                objectName: "historyFrom"
                placeholderText: qsTr("From (YYYY-MM-DD)")
                onDateChosen: day => root.history.fromDate = day
            }
            DateField {
                objectName: "historyTo"
                placeholderText: qsTr("To (YYYY-MM-DD)")
                onDateChosen: day => root.history.toDate = day
            }
            Label {
                text: root.history.loaded
                      ? (root.history.count === 1 ? qsTr("1 transaction") : qsTr("%1 transactions").arg(root.history.count))
                        + (root.history.hasMore ? qsTr(", more as you scroll") : "")
                      : ""
                color: Theme.textSubtle
                font.pixelSize: Theme.fontCaption
                Layout.leftMargin: Theme.spacingSm
            }
            Item { Layout.fillWidth: true }
        }

        Banner {
            objectName: "historyExportBanner"
            visible: exporter.running || exporter.error !== ""
            kind: exporter.error !== "" ? "error" : "info"
            title: exporter.error !== "" ? exporter.error
                 : qsTr("Exporting… %1 rows written").arg(exporter.rows.toLocaleString(Qt.locale(), "f", 0))
            Layout.fillWidth: true
            ProgressBar {
                visible: exporter.running
                indeterminate: exporter.progress < 0
                value: Math.max(0, exporter.progress)
                Layout.preferredWidth: 240
            }
            AppButton {
                text: exporter.running ? qsTr("Cancel") : qsTr("Dismiss")
                kind: "secondary"
                onClicked: exporter.running ? exporter.cancel() : exporter.clearOutcome()
            }
        }

        Card {
            Layout.fillWidth: true
            Layout.fillHeight: true
            padding: Theme.spacingSm
            contentItem: Item {
                ListView {
                    id: list
                    objectName: "historyList"
                    anchors.fill: parent
                    clip: true
                    model: root.history
                    spacing: 2
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    // Ask for the next page well before the end is reached.
                    onContentYChanged: if (contentHeight - contentY - height < 600) root.history.loadMore()
                    delegate: TransactionRow {
                        width: ListView.view.width - 12
                        selected: index === root.selectedRow
                        onOpened: row => { root.selectedRow = row; root.opened(row) }
                    }
                    footer: Item {
                        width: ListView.view.width
                        height: root.history.loading && root.history.count > 0 ? 48 : 0
                        Spinner { anchors.centerIn: parent; visible: parent.height > 0; running: visible }
                    }
                }
                ListState {
                    anchors.fill: parent
                    loading: root.history.loading && root.history.count === 0
                    error: root.history.count === 0 ? root.history.error : ""
                    empty: root.history.loaded && root.history.count === 0
                    iconName: "list"
                    emptyTitle: root.history.filtered ? qsTr("Nothing matches these filters") : qsTr("No transactions yet")
                    emptyText: root.history.filtered ? qsTr("Change or clear the filters to see more.")
                                                     : qsTr("Add money or receive a transfer and it shows here.")
                    onRetry: root.history.reload()
                }
            }
        }
    }
}
