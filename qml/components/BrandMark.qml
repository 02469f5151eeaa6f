import QtQuick
import Paydesk

// The Paydesk logo mark: two offset rounded cards, the front one carrying a check stroke.
Item {
    id: root

    property bool inverted: false

    implicitWidth: 32
    implicitHeight: 32
    Accessible.ignored: true

    Rectangle {
        x: parent.width * 0.28
        y: 0
        width: parent.width * 0.72
        height: parent.height * 0.72
        radius: width * 0.26
        color: root.inverted ? Theme.textOnBrand : Theme.brand
        opacity: 0.4
    }
    Rectangle {
        x: 0
        y: parent.height * 0.28
        width: parent.width * 0.72
        height: parent.height * 0.72
        radius: width * 0.26
        color: root.inverted ? Theme.textOnBrand : Theme.brand
        Icon {
            anchors.centerIn: parent
            width: parent.width * 0.7
            height: width
            name: "check"
            strokeWidth: Math.max(2, root.width / 14)
            color: root.inverted ? Theme.heroStart : Theme.textOnBrand
        }
    }
}
