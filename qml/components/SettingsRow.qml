import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// One setting: its name and explanation on the left, the control (the child) on the right.
RowLayout {
    property alias title: titleLabel.text
    property alias description: descriptionLabel.text
    default property alias control: slot.data

    spacing: Theme.spacingXl

    ColumnLayout {
        spacing: 2
        Layout.fillWidth: true
        Label {
            id: titleLabel
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            Layout.fillWidth: true
        }
        Label {
            id: descriptionLabel
            color: Theme.textMuted
            font.pixelSize: Theme.fontLabel
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    Item {
        id: slot
        implicitWidth: childrenRect.width
        implicitHeight: childrenRect.height
    }
}
