import QtQuick
import QtQuick.Controls.Basic
import Paydesk

// A person's initials in a tinted circle, with a presence dot when `showPresence`.
Item {
    id: root

    property string initials
    property string seed: initials
    property bool online: false
    property bool showPresence: true
    property int size: 40

    // A stable tint per person, from a small palette that reads in both themes.
    readonly property var palette: ["#5A4DE6", "#1F6FD1", "#0F8A5F", "#C2410C", "#B4237A", "#0E7490"]
    readonly property color tint: {
        let h = 0
        for (let i = 0; i < seed.length; ++i)
            h = (h * 31 + seed.charCodeAt(i)) % 9973
        return palette[h % palette.length]
    }

    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: Qt.rgba(root.tint.r, root.tint.g, root.tint.b, Theme.dark ? 0.28 : 0.14)
        Label {
            anchors.centerIn: parent
            text: root.initials
            color: Theme.dark ? Qt.lighter(root.tint, 1.6) : root.tint
            font.pixelSize: Math.round(root.size * 0.38)
            font.weight: Font.DemiBold
        }
    }
    Rectangle {
        objectName: "presenceDot"
        visible: root.showPresence
        width: Math.round(root.size * 0.3)
        height: width
        radius: width / 2
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        color: root.online ? Theme.success : Theme.borderStrong
        border.color: Theme.surface
        border.width: 2
    }
}
