import QtQuick
import QtQuick.Controls.Basic
import Paydesk

// An inline text action in the brand colour ("Create account").
AbstractButton {
    id: control

    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    implicitWidth: label.implicitWidth
    implicitHeight: label.implicitHeight
    Accessible.role: Accessible.Link
    Accessible.name: text

    contentItem: Label {
        id: label
        text: control.text
        font.pixelSize: control.font.pixelSize
        font.weight: control.font.weight
        color: control.down ? Theme.brandPressed : Theme.brandText
        font.underline: control.hovered || control.visualFocus
    }
    background: null
}
