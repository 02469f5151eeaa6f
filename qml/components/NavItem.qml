import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// One entry of the sidebar: icon and label, highlighted when its page is shown.
AbstractButton {
    id: control

    property string iconName
    property bool selected: false

    focusPolicy: Qt.StrongFocus
    implicitHeight: 38
    leftPadding: Theme.spacingMd
    rightPadding: Theme.spacingMd
    font.pixelSize: Theme.fontBody
    font.weight: selected ? Font.DemiBold : Font.Medium
    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.selected: selected

    contentItem: RowLayout {
        spacing: Theme.spacingMd
        Icon {
            name: control.iconName
            color: control.selected ? Theme.brandText : Theme.textMuted
            Layout.preferredWidth: 18
            Layout.preferredHeight: 18
        }
        Label {
            text: control.text
            font: control.font
            color: control.selected ? Theme.brandText : Theme.text
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: control.selected ? Theme.brandSoft
                                : control.hovered || control.down ? Theme.surfaceMuted : "transparent"
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.focusRing
    }
}
