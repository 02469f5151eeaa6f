import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtCharts
import Paydesk

// Money in and money out per day, week or month (Qt Charts), with the period switch and the
// totals of the range. Points come ready-made from WalletAnalytics.
Card {
    id: root

    required property WalletAnalytics analytics

    function rebuild() {
        incomeLine.clear()
        spendingLine.clear()
        const points = analytics.series
        for (let i = 0; i < points.length; ++i) {
            incomeLine.append(points[i].time, points[i].income)
            spendingLine.append(points[i].time, points[i].spending)
        }
        if (points.length > 0) {
            xAxis.min = new Date(points[0].time)
            xAxis.max = new Date(points[points.length - 1].time)
        }
        yAxis.max = Math.max(10, analytics.maxValue * 1.15)
        yAxis.applyNiceNumbers()
    }

    padding: Theme.spacingLg + 4
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Money in and out")

    Connections {
        target: root.analytics
        function onAnalyticsChanged() { root.rebuild() }
    }
    Component.onCompleted: rebuild()

    contentItem: ColumnLayout {
        spacing: Theme.spacingSm
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLg
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                Label {
                    text: qsTr("Money in and out")
                    color: Theme.text
                    font.pixelSize: Theme.fontSubtitle
                    font.weight: Font.DemiBold
                }
                RowLayout {
                    spacing: Theme.spacingLg
                    Legend { colour: Theme.success; text: qsTr("In %1").arg(root.analytics.incomeText); objectName: "incomeTotal" }
                    Legend { colour: Theme.brand; text: qsTr("Out %1").arg(root.analytics.spendingText); objectName: "spendingTotal" }
                }
            }
            SegmentedControl {
                objectName: "periodSwitch"
                accessibleName: qsTr("Chart period")
                options: [
                    { value: "day", label: qsTr("30 days") },
                    { value: "week", label: qsTr("12 weeks") },
                    { value: "month", label: qsTr("12 months") }
                ]
                currentValue: root.analytics.period
                onActivated: value => root.analytics.period = value
            }
        }
        ChartView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 200
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
                format: root.analytics.period === "month" ? "MMM yy" : "d MMM"
                tickCount: 6
                labelsColor: Theme.textSubtle
                labelsFont.pixelSize: Theme.fontCaption
                gridVisible: false
                lineVisible: false
                color: Theme.border
            }
            ValueAxis {
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
                color: Qt.rgba(Theme.success.r, Theme.success.g, Theme.success.b, 0.14)
                borderColor: Theme.success
                borderWidth: 2.5
                upperSeries: LineSeries { id: incomeLine }
            }
            AreaSeries {
                axisX: xAxis
                axisY: yAxis
                color: Qt.rgba(Theme.brand.r, Theme.brand.g, Theme.brand.b, 0.14)
                borderColor: Theme.brand
                borderWidth: 2.5
                upperSeries: LineSeries { id: spendingLine }
            }
        }
    }

    component Legend: RowLayout {
        id: legend
        property color colour
        property alias text: legendLabel.text
        spacing: Theme.spacingXs + 2
        Rectangle { width: 10; height: 10; radius: 3; color: legend.colour }
        Label { id: legendLabel; color: Theme.textMuted; font.pixelSize: Theme.fontLabel }
    }
}
