import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// What a page shows before it has anything to list: an illustration built from the page's icon
// on soft concentric rings, a headline and one helpful sentence.
ColumnLayout {
    id: root

    property string iconName
    property alias title: titleLabel.text
    property alias text: textLabel.text
    property alias chipText: chip.text

    spacing: Theme.spacingMd

    Item {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: 148
        Layout.preferredHeight: 148
        Layout.bottomMargin: Theme.spacingXs

        Repeater {
            model: 3
            Rectangle {
                required property int index
                anchors.centerIn: parent
                width: 148 - index * 36
                height: width
                radius: width / 2
                color: index === 2 ? Theme.brandSoft : "transparent"
                border.color: index === 2 ? Theme.infoBorder : Theme.border
                opacity: index === 0 ? 0.6 : 1
            }
        }
        Rectangle {
            x: 104
            y: 30
            width: 12
            height: 12
            radius: 4
            rotation: 20
            color: Theme.brand
            opacity: 0.35
        }
        Rectangle {
            x: 26
            y: 104
            width: 8
            height: 8
            radius: 4
            color: Theme.brand
            opacity: 0.5
        }
        Icon {
            anchors.centerIn: parent
            width: 34
            height: 34
            name: root.iconName
            color: Theme.brandText
            strokeWidth: 2
        }
    }
    StatusChip {
        id: chip
        visible: text !== ""
        Layout.alignment: Qt.AlignHCenter
    }
    Label {
        id: titleLabel
        color: Theme.text
        font.pixelSize: Theme.fontSubtitle + 2
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        id: textLabel
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        lineHeight: 1.2
        Layout.fillWidth: true
        Layout.maximumWidth: 480
        Layout.alignment: Qt.AlignHCenter
    }
}
