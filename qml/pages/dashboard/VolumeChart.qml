import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtCharts
import Paydesk

// Successful payment volume per hour (24 h) or day (7 d, 30 d) as an area chart, with the
// range switch and the total of the range. Points come ready-made from DashboardController.
Card {
    id: root

    required property DashboardController dashboard

    function rebuild() {
        line.clear()
        const points = dashboard.series
        for (let i = 0; i < points.length; ++i)
            line.append(points[i].time, points[i].volume)
        if (points.length > 0) {
            xAxis.min = new Date(points[0].time)
            xAxis.max = new Date(points[points.length - 1].time)
        }
        yAxis.max = Math.max(10, dashboard.seriesMaxVolume * 1.15)
        yAxis.applyNiceNumbers()
        yAxis.labelFormat = dashboard.seriesAxisFormat
    }

    padding: Theme.spacingLg + 4
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Payment volume")

    Connections {
        target: root.dashboard
        function onSeriesChanged() { root.rebuild() }
    }
    Component.onCompleted: rebuild()

    contentItem: ColumnLayout {
        spacing: Theme.spacingSm
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingMd
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                Label {
                    text: qsTr("Payment volume")
                    color: Theme.text
                    font.pixelSize: Theme.fontSubtitle
                    font.weight: Font.DemiBold
                }
                Label {
                    objectName: "volumeTotal"
                    text: root.dashboard.seriesCurrency === ""
                          ? qsTr("No successful payments in this period")
                          : qsTr("%1 succeeded in this period").arg(root.dashboard.seriesTotalText)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLabel
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            SegmentedControl {
                id: rangeSwitch
                objectName: "rangeSwitch"
                accessibleName: qsTr("Chart range")
                options: [
                    { value: "24h", label: qsTr("24 h") },
                    { value: "7d", label: qsTr("7 days") },
                    { value: "30d", label: qsTr("30 days") }
                ]
                currentValue: root.dashboard.range
                onActivated: value => root.dashboard.range = value
            }
        }
        ChartView {
            id: chart
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 220
            Layout.leftMargin: -8
            Layout.rightMargin: -8
            antialiasing: true
            legend.visible: false
            backgroundColor: "transparent"
            plotAreaColor: "transparent"
            backgroundRoundness: 0
            animationOptions: ChartView.NoAnimation

            DateTimeAxis {
                id: xAxis
                format: root.dashboard.range === "24h" ? "HH:mm" : "d MMM"
                tickCount: root.dashboard.range === "30d" ? 6 : 7
                labelsColor: Theme.textSubtle
                labelsFont.pixelSize: Theme.fontCaption
                gridVisible: false
                lineVisible: false
                color: Theme.border
            }
            // ValuesAxis is QtCharts' other name for the same QValueAxis: Qt 6.4's QtCharts
            // type description declares QValueAxis twice, so tools cannot resolve "ValueAxis".
            ValuesAxis {
                id: yAxis
                min: 0
                tickCount: 5
                labelFormat: "%.0f"
                labelsColor: Theme.textSubtle
                labelsFont.pixelSize: Theme.fontCaption
                gridLineColor: Theme.border
                lineVisible: false
                color: Theme.border
            }
            AreaSeries {
                axisX: xAxis
                axisY: yAxis
                color: Qt.rgba(Theme.brand.r, Theme.brand.g, Theme.brand.b, 0.16)
                borderColor: Theme.brand
                borderWidth: 2.5
                upperSeries: LineSeries { id: line }
            }
        }
    }
}
