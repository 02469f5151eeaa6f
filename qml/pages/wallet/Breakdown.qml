import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Where the money went and how it ended, over the chart's range: a bar per transaction type
// (money moved) and a bar per status (how many).
Card {
    id: root

    required property WalletAnalytics analytics

    padding: Theme.spacingLg + 4
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Breakdown")

    contentItem: ColumnLayout {
        spacing: Theme.spacingMd
        Label {
            text: qsTr("By type")
            color: Theme.text
            font.pixelSize: Theme.fontSubtitle
            font.weight: Font.DemiBold
        }
        Label {
            visible: root.analytics.loaded && root.analytics.byType.length === 0
            text: qsTr("No money moved in this period.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontLabel
        }
        Repeater {
            model: root.analytics.byType
            ShareBar {
                required property var modelData
                label: modelData.label
                detail: qsTr("%1 · %2").arg(modelData.amountText)
                        .arg(modelData.count === 1 ? qsTr("1 transaction") : qsTr("%1 transactions").arg(modelData.count))
                share: modelData.share
                colour: Theme.brand
                Layout.fillWidth: true
            }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border; Layout.topMargin: Theme.spacingXs }
        Label {
            text: qsTr("By status")
            color: Theme.text
            font.pixelSize: Theme.fontSubtitle
            font.weight: Font.DemiBold
        }
        Repeater {
            model: root.analytics.byStatus
            ShareBar {
                required property var modelData
                StatusChip { id: chip; status: modelData.status; visible: false }
                label: chip.text
                detail: qsTr("%1 · %2").arg(modelData.count === 1 ? qsTr("1 transaction") : qsTr("%1 transactions").arg(modelData.count))
                        .arg(modelData.amountText)
                share: modelData.share
                colour: chip.foreground
                Layout.fillWidth: true
            }
        }
        Item { Layout.fillHeight: true }
    }

    component ShareBar: ColumnLayout {
        id: bar
        property string label
        property string detail
        property real share
        property color colour
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Label { text: bar.label; color: Theme.text; font.pixelSize: Theme.fontLabel; font.weight: Font.DemiBold }
            Item { Layout.fillWidth: true }
            Label { text: bar.detail; color: Theme.textMuted; font.pixelSize: Theme.fontCaption }
        }
        Rectangle {
            Layout.fillWidth: true
            height: 6
            radius: 3
            color: Theme.surfaceSunken
            Rectangle {
                width: Math.max(bar.share > 0 ? 4 : 0, parent.width * bar.share)
                height: parent.height
                radius: 3
                color: bar.colour
            }
        }
    }
}
