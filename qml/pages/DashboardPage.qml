import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The merchant's overview for test or live mode: KPI cards, the volume chart, outcomes, the
// live monitor and recent activity. Figures update by themselves as payment events arrive.
ScrollView {
    id: root

    objectName: "dashboardPage"
    contentWidth: availableWidth
    clip: true
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Dashboard")

    readonly property var kpis: dashboard.kpis // a map: its keys are not declared properties

    DashboardController {
        id: dashboard
        objectName: "dashboardController"
        mode: Preferences.consoleMode
    }
    // The figures' texts are written in C++ in the language of the moment: fetch them again.
    Connections {
        target: Preferences
        function onLanguageChanged() { dashboard.reload() }
    }

    ColumnLayout {
        width: root.availableWidth - 2 * Theme.spacingXxl
        x: Theme.spacingXxl
        spacing: Theme.spacingXl

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXxl
            spacing: Theme.spacingLg
            PageHeader {
                title: qsTr("Dashboard")
                description: qsTr("Your payments at a glance, updated as they happen.")
                Layout.fillWidth: true
            }
            ModeSwitch {
                Layout.alignment: Qt.AlignTop
            }
        }

        Banner {
            visible: dashboard.error !== ""
            kind: "error"
            title: qsTr("Some figures could not be loaded")
            message: dashboard.error
            Layout.fillWidth: true
            AppButton {
                text: qsTr("Try again")
                kind: "secondary"
                onClicked: dashboard.reload()
            }
        }

        GridLayout {
            columns: root.availableWidth > 1100 ? 4 : 2
            columnSpacing: Theme.spacingLg
            rowSpacing: Theme.spacingLg
            Layout.fillWidth: true
            KpiCard {
                objectName: "kpiTotal"
                title: qsTr("Total payments")
                value: root.kpis.totalPayments || "0"
                detail: qsTr("%1 created in the last 24 h").arg(root.kpis.created24h || "0")
                iconName: "receipt"
                loading: !dashboard.loaded
                Layout.fillWidth: true
                Layout.preferredWidth: 1
            }
            KpiCard {
                objectName: "kpiSuccessRate"
                title: qsTr("Success rate")
                value: root.kpis.successRate || "—"
                detail: root.kpis.successDetail || ""
                iconName: "trend"
                loading: !dashboard.loaded
                Layout.fillWidth: true
                Layout.preferredWidth: 1
            }
            KpiCard {
                objectName: "kpiVolume"
                title: qsTr("Volume, last 24 h")
                value: root.kpis.volume24h || ""
                detail: root.kpis.volumeDetail || ""
                iconName: "payments"
                loading: !dashboard.loaded
                Layout.fillWidth: true
                Layout.preferredWidth: 1
            }
            KpiCard {
                objectName: "kpiApps"
                title: qsTr("Active apps")
                value: root.kpis.activeApps || "0"
                detail: qsTr("%1 payments pending").arg(root.kpis.pending || "0")
                iconName: "key"
                loading: !dashboard.loaded
                Layout.fillWidth: true
                Layout.preferredWidth: 1
            }
        }

        RowLayout {
            spacing: Theme.spacingLg
            Layout.fillWidth: true
            Layout.preferredHeight: 360
            VolumeChart {
                dashboard: dashboard
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            StatusBreakdown {
                dashboard: dashboard
                Layout.fillHeight: true
                Layout.preferredWidth: Math.max(300, (parent.width - Theme.spacingLg) / 3)
            }
        }

        RowLayout {
            spacing: Theme.spacingLg
            Layout.fillWidth: true
            Layout.preferredHeight: 380
            Layout.bottomMargin: Theme.spacingXxl
            // Equal small preferred widths: the two cards share the row evenly.
            LiveMonitor {
                mode: dashboard.mode
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 100
            }
            RecentActivity {
                dashboard: dashboard
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 100
            }
        }
    }
}
