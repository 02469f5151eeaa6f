import QtQuick
import QtQuick.Controls.Basic
import Paydesk

// A small pill that labels a state ("Coming soon", "Preview"). `kind`: "brand", "warning",
// "success" or "neutral".
Rectangle {
    id: root

    property alias text: label.text
    property string kind: "brand"

    readonly property color foreground: kind === "warning" ? Theme.warning
                                      : kind === "success" ? Theme.success
                                      : kind === "neutral" ? Theme.textMuted : Theme.brandText

    implicitWidth: label.implicitWidth + 2 * Theme.spacingMd + 10
    implicitHeight: 24
    radius: height / 2
    color: kind === "warning" ? Theme.warningSoft
         : kind === "success" ? Theme.successSoft
         : kind === "neutral" ? Theme.surfaceMuted : Theme.brandSoft
    border.color: kind === "neutral" ? Theme.border : "transparent"
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Rectangle {
        width: 6
        height: 6
        radius: 3
        color: root.foreground
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacingMd - 2
        anchors.verticalCenter: parent.verticalCenter
    }
    Label {
        id: label
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacingMd + 8
        anchors.verticalCenter: parent.verticalCenter
        color: root.foreground
        font.pixelSize: Theme.fontCaption
        font.weight: Font.DemiBold
    }
}
