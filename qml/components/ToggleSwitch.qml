import QtQuick
import QtQuick.Controls.Basic
import Paydesk

// An on/off switch in the theme's colours; the label is for accessibility (rows show their own).
Switch {
    id: control

    property string accessibleName

    padding: 0
    spacing: 0
    implicitWidth: 40
    implicitHeight: 24
    focusPolicy: Qt.StrongFocus
    Accessible.name: accessibleName

    indicator: Rectangle {
        implicitWidth: 40
        implicitHeight: 22
        x: control.leftPadding
        y: parent.height / 2 - height / 2
        radius: height / 2
        color: control.checked ? Theme.brand : Theme.surfaceSunken
        border.color: control.visualFocus ? Theme.focusRing : control.checked ? Theme.brand : Theme.borderStrong
        border.width: control.visualFocus ? 2 : 1

        Rectangle {
            x: control.checked ? parent.width - width - 3 : 3
            y: 3
            width: parent.height - 6
            height: width
            radius: width / 2
            color: control.checked ? Theme.textOnBrand : Theme.surface
            border.color: control.checked ? "transparent" : Theme.borderStrong
            Behavior on x { NumberAnimation { duration: 120 } }
        }
    }
    contentItem: Item {}
}
