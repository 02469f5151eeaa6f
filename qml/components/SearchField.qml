import QtQuick
import QtQuick.Controls.Basic
import Paydesk

// A search box with a magnifier; `searched` fires after the typing pauses (or on Enter).
TextField {
    id: control

    signal searched(string text)

    implicitHeight: 36
    implicitWidth: 260
    leftPadding: 34
    font.pixelSize: Theme.fontLabel
    color: Theme.text
    placeholderTextColor: Theme.textSubtle
    selectByMouse: true
    Accessible.name: placeholderText
    onTextEdited: pause.restart()
    onAccepted: { pause.stop(); control.searched(text) }

    Timer {
        id: pause
        interval: 350
        onTriggered: control.searched(control.text)
    }
    Icon {
        x: 10
        anchors.verticalCenter: parent.verticalCenter
        width: 16
        height: 16
        name: "search"
        color: Theme.textSubtle
    }
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: control.activeFocus ? Theme.focusRing : Theme.border
        border.width: control.activeFocus ? 2 : 1
    }
}
