import QtQuick
import Paydesk

// Three dots that pulse in turn in a small bubble: the peer is typing.
Rectangle {
    id: root

    property bool running: visible

    objectName: "typingIndicator"
    implicitWidth: 56
    implicitHeight: 32
    radius: Theme.radiusLg
    color: Theme.surfaceMuted
    border.color: Theme.border
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("typing…")

    Row {
        anchors.centerIn: parent
        spacing: 5
        Repeater {
            model: 3
            Rectangle {
                id: dot
                required property int index
                width: 7
                height: 7
                radius: 3.5
                color: Theme.textSubtle
                opacity: 0.35
                SequentialAnimation on opacity {
                    running: root.running
                    loops: Animation.Infinite
                    PauseAnimation { duration: dot.index * 160 }
                    NumberAnimation { to: 1; duration: 280 }
                    NumberAnimation { to: 0.35; duration: 280 }
                    PauseAnimation { duration: (2 - dot.index) * 160 + 200 }
                }
            }
        }
    }
}
