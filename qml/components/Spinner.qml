import QtQuick
import Paydesk

// A small rotating arc for busy states, tinted to sit on any surface.
Item {
    id: root

    property color color: Theme.brand
    property bool running: visible

    implicitWidth: 18
    implicitHeight: 18
    Accessible.role: Accessible.Animation
    Accessible.name: qsTr("Loading")

    Canvas {
        id: arc
        anchors.fill: parent
        onPaint: {
            const c = getContext("2d")
            c.reset()
            c.lineWidth = 2
            c.lineCap = "round"
            c.strokeStyle = root.color
            c.beginPath()
            c.arc(width / 2, height / 2, width / 2 - 1.5, 0, 1.4 * Math.PI, false)
            c.stroke()
        }
        Connections {
            target: root
            function onColorChanged() { arc.requestPaint() }
        }
        RotationAnimator on rotation {
            from: 0
            to: 360
            duration: 900
            loops: Animation.Infinite
            running: root.running
        }
    }
}
