import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Paydesk

// Every payment of the chosen mode: filters (status, app, dates), search by id or reference,
// the infinite table, the detail drawer and the CSV export of the filtered set.
Item {
    id: root

    objectName: "paymentsPage"
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Payments")

    PaymentsModel {
        id: payments
        objectName: "paymentsModel"
        mode: Preferences.consoleMode
    }
    AppsModel {
        id: apps
        pageSize: 100
    }
    CsvExport {
        id: exporter
        onFinished: ok => { if (ok) toast.show(qsTr("Export finished"), exporter.notice, "success") }
    }
    FileDialog {
        id: saveDialog
        title: qsTr("Export payments as CSV")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("CSV files (*.csv)")]
        defaultSuffix: "csv"
        onAccepted: exporter.start(selectedFile, payments.exportFilters())
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingXxl
        anchors.rightMargin: Theme.spacingXxl
        anchors.topMargin: Theme.spacingXxl
        anchors.bottomMargin: Theme.spacingXl
        spacing: Theme.spacingLg

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLg
            PageHeader {
                title: qsTr("Payments")
                description: payments.loaded
                             ? qsTr("%1 payments loaded%2").arg(payments.count.toLocaleString(Qt.locale(), "f", 0))
                                   .arg(payments.hasMore ? qsTr(", more as you scroll") : "")
                             : qsTr("Every payment request your apps created.")
                Layout.fillWidth: true
            }
            AppButton {
                objectName: "exportButton"
                text: qsTr("Export CSV")
                kind: "secondary"
                iconName: "download"
                enabled: !exporter.running
                Layout.alignment: Qt.AlignTop
                onClicked: {
                    saveDialog.selectedFile = "file:///" + exporter.suggestedName(payments.mode)
                    saveDialog.open()
                }
            }
            ModeSwitch { Layout.alignment: Qt.AlignTop }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSm
            SearchField {
                objectName: "paymentSearch"
                placeholderText: qsTr("Search by payment ID or reference")
                Layout.preferredWidth: 300
                onSearched: text => payments.search = text
            }
            FilterSelect {
                objectName: "statusFilter"
                accessibleName: qsTr("Status")
                value: payments.status
                options: [
                    { value: "", label: qsTr("All statuses") },
                    { value: "SUCCESS", label: qsTr("Succeeded") },
                    { value: "PENDING", label: qsTr("Pending") },
                    { value: "FAILED", label: qsTr("Failed") },
                    { value: "EXPIRED", label: qsTr("Expired") }
                ]
                onPicked: value => payments.status = value
            }
            FilterSelect {
                objectName: "appFilter"
                accessibleName: qsTr("App")
                value: payments.appId
                options: {
                    const list = [{ value: "", label: qsTr("All apps") }]
                    for (let i = 0; i < apps.count; ++i) {
                        const app = apps.get(i)
                        if (app.environment === payments.mode)
                            list.push({ value: app.appId, label: app.name })
                    }
                    return list
                }
                onPicked: value => payments.appId = value
            }
            DateField {
                objectName: "fromDate"
                placeholderText: qsTr("From (YYYY-MM-DD)")
                onDateChosen: day => payments.fromDate = day
            }
            DateField {
                objectName: "toDate"
                placeholderText: qsTr("To (YYYY-MM-DD)")
                onDateChosen: day => payments.toDate = day
            }
            Item { Layout.fillWidth: true }
        }

        Banner {
            objectName: "exportBanner"
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

        PaymentsTable {
            id: table
            model: payments
            selectedId: drawer.paymentId
            Layout.fillWidth: true
            Layout.fillHeight: true
            onOpened: id => drawer.paymentId = id
        }
    }

    // Dims the table while the drawer is open; a click outside closes it.
    Rectangle {
        anchors.fill: parent
        visible: drawer.open
        color: Qt.rgba(0, 0, 0, Theme.dark ? 0.35 : 0.12)
        MouseArea { anchors.fill: parent; onClicked: drawer.paymentId = "" }
    }
    Toast {
        id: toast
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingXl
    }
    PaymentDrawer {
        id: drawer
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        onClosed: paymentId = ""
        onChanged: id => payments.reload()
    }
}
