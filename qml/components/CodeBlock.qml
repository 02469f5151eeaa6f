import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// A caption and a block of monospace text (headers, JSON bodies), selectable for copying.
ColumnLayout {
    id: root

    property string title
    property string text

    spacing: 4
    Label {
        text: root.title
        color: Theme.textSubtle
        font.pixelSize: Theme.fontCaption
        font.weight: Font.DemiBold
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Math.min(code.implicitHeight, 220) + 2 * Theme.spacingSm
        radius: Theme.radiusSm
        color: Theme.surfaceSunken
        border.color: Theme.border
        clip: true
        TextEdit {
            id: code
            anchors.fill: parent
            anchors.margins: Theme.spacingSm
            text: root.text
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            color: Theme.text
            font.family: "monospace"
            font.pixelSize: Theme.fontCaption
            Accessible.name: root.title
        }
    }
}
