import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// One key figure: a caption with its icon, the value large, a detail line under it. While the
// first figures load it shows a shimmering placeholder instead of a misleading zero.
Card {
    id: root

    property string title
    property string value
    property string detail
    property string iconName
    property bool loading: false
    // Flashes briefly when the value changes live.
    property bool highlightChanges: true

    padding: Theme.spacingLg + 4
    Accessible.role: Accessible.StaticText
    Accessible.name: title + ": " + value + (detail !== "" ? ", " + detail : "")

    onValueChanged: if (highlightChanges && !loading) flash.restart()

    contentItem: ColumnLayout {
        spacing: Theme.spacingSm
        RowLayout {
            spacing: Theme.spacingSm
            Layout.fillWidth: true
            Label {
                text: root.title
                color: Theme.textMuted
                font.pixelSize: Theme.fontLabel
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Rectangle {
                Layout.preferredWidth: 30
                Layout.preferredHeight: 30
                radius: Theme.radius
                color: Theme.brandSoft
                Icon {
                    anchors.centerIn: parent
                    width: 16
                    height: 16
                    name: root.iconName
                    color: Theme.brandText
                }
            }
        }
        Item {
            Layout.fillWidth: true
            Layout.preferredHeight: valueLabel.implicitHeight
            Label {
                id: valueLabel
                objectName: "kpiValue"
                width: parent.width
                visible: !root.loading
                text: root.value
                color: Theme.text
                font.pixelSize: Theme.fontTitle + 2
                font.weight: Font.Bold
                elide: Text.ElideRight
                SequentialAnimation on color {
                    id: flash
                    running: false
                    ColorAnimation { to: Theme.success; duration: 120 }
                    ColorAnimation { to: Theme.text; duration: 900 }
                }
            }
            Rectangle {
                visible: root.loading
                width: parent.width * 0.55
                height: 22
                anchors.verticalCenter: parent.verticalCenter
                radius: 4
                color: Theme.surfaceSunken
                SequentialAnimation on opacity {
                    running: root.loading
                    loops: Animation.Infinite
                    NumberAnimation { from: 1; to: 0.45; duration: 700 }
                    NumberAnimation { from: 0.45; to: 1; duration: 700 }
                }
            }
        }
        Label {
            text: root.loading ? " " : root.detail
            color: Theme.textSubtle
            font.pixelSize: Theme.fontCaption
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
