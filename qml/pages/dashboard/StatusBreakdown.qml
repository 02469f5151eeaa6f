import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtCharts
import Paydesk

// Every payment of the mode by status: a donut with the success rate in its hole, and a
// legend with counts and shares.
Card {
    id: root

    required property DashboardController dashboard
    readonly property var kpis: dashboard.kpis // a map: its keys are not declared properties
    readonly property var colours: ({ "SUCCESS": Theme.success, "FAILED": Theme.danger,
                                      "EXPIRED": Theme.textSubtle, "PENDING": Theme.warning })

    function rebuild() {
        pie.clear()
        const parts = dashboard.breakdown
        for (let i = 0; i < parts.length; ++i) {
            const slice = pie.append(parts[i].status, Math.max(parts[i].count, 0))
            slice.color = colours[parts[i].status]
            slice.borderColor = Theme.surface
            slice.borderWidth = 2
        }
    }

    padding: Theme.spacingLg + 4
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Payments by status")
    Connections {
        target: root.dashboard
        function onKpisChanged() { root.rebuild() }
    }
    Connections {
        target: Theme
        function onDarkChanged() { root.rebuild() }
    }
    Component.onCompleted: rebuild()

    contentItem: ColumnLayout {
        spacing: Theme.spacingSm
        Label {
            text: qsTr("Outcomes")
            color: Theme.text
            font.pixelSize: Theme.fontSubtitle
            font.weight: Font.DemiBold
        }
        Label {
            text: qsTr("Every payment of this mode by status")
            color: Theme.textMuted
            font.pixelSize: Theme.fontLabel
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 150
            ChartView {
                anchors.fill: parent
                anchors.margins: -20
                antialiasing: true
                legend.visible: false
                backgroundColor: "transparent"
                animationOptions: ChartView.NoAnimation
                PieSeries {
                    id: pie
                    holeSize: 0.64
                    size: 0.95
                }
            }
            ColumnLayout {
                anchors.centerIn: parent
                spacing: 0
                Label {
                    objectName: "successRateCentre"
                    text: root.kpis.successRate || "—"
                    color: Theme.text
                    font.pixelSize: Theme.fontSubtitle + 2
                    font.weight: Font.Bold
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    text: qsTr("success rate")
                    color: Theme.textSubtle
                    font.pixelSize: Theme.fontCaption
                    Layout.alignment: Qt.AlignHCenter
                }
            }
        }
        Repeater {
            model: root.dashboard.breakdown
            RowLayout {
                id: legendRow
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.spacingSm
                Rectangle {
                    Layout.preferredWidth: 10
                    Layout.preferredHeight: 10
                    radius: 3
                    color: root.colours[legendRow.modelData.status]
                }
                StatusChip {
                    id: namer
                    visible: false
                    status: legendRow.modelData.status
                }
                Label {
                    text: namer.text
                    color: Theme.text
                    font.pixelSize: Theme.fontLabel
                    Layout.fillWidth: true
                }
                Label {
                    text: legendRow.modelData.countText
                    color: Theme.text
                    font.pixelSize: Theme.fontLabel
                    font.weight: Font.DemiBold
                }
                Label {
                    text: Math.round(legendRow.modelData.share * 100) + " %"
                    color: Theme.textSubtle
                    font.pixelSize: Theme.fontCaption
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: 40
                }
            }
        }
    }
}
