import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// One line of an activity list: a status chip, a title and a subtitle, a time on the right.
Item {
    id: root

    property string statusValue
    property string title
    property string subtitle
    property string trailing

    implicitHeight: 52
    Accessible.role: Accessible.ListItem
    Accessible.name: title + ", " + chip.text + ", " + subtitle + ", " + trailing

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingMd
        StatusChip {
            id: chip
            status: root.statusValue
            Layout.preferredWidth: 100
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Label {
                text: root.title
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: root.subtitle
                color: Theme.textSubtle
                font.pixelSize: Theme.fontCaption
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
        }
        Label {
            text: root.trailing
            color: Theme.textMuted
            font.pixelSize: Theme.fontCaption
        }
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
        opacity: 0.7
    }
}
