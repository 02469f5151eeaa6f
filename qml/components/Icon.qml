import QtQuick
import Paydesk
import "icons.js" as Icons

// A line icon from icons.js, stroked in `color`. Decorative: hidden from accessibility, the
// control that shows it carries the name.
Canvas {
    id: root

    property string name
    property color color: Theme.text
    // In device pixels, whatever the icon's size.
    property real strokeWidth: 1.7

    implicitWidth: 20
    implicitHeight: 20
    antialiasing: true
    Accessible.ignored: true

    onNameChanged: requestPaint()
    onColorChanged: requestPaint()
    onWidthChanged: requestPaint()
    onPaint: {
        const c = getContext("2d")
        c.reset()
        if (width <= 0 || height <= 0)
            return
        c.scale(width / 24, height / 24)
        c.lineWidth = strokeWidth * 24 / width
        c.strokeStyle = color
        c.lineCap = "round"
        c.lineJoin = "round"
        c.beginPath()
        Icons.draw(c, name)
        c.stroke()
    }
}
