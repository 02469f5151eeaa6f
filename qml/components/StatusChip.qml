import QtQuick
import QtQuick.Controls.Basic
import Paydesk

// A small pill that labels a state. Either `kind` ("brand", "warning", "success", "danger",
// "neutral") with a `text`, or a payment/delivery `status` (SUCCESS, FAILED, PENDING, EXPIRED,
// DELIVERED, PAUSED ...) which picks both the colour and the translated label.
Rectangle {
    id: root

    property alias text: label.text
    property string kind: "brand"
    property string status
    readonly property string effectiveKind: status === "" ? kind
        : (status === "SUCCESS" || status === "DELIVERED" || status === "ACTIVE" || status === "HEALTHY") ? "success"
        : (status === "FAILED" || status === "DISABLED" || status === "REVOKED") ? "danger"
        : (status === "PENDING" || status === "FAILING" || status === "EXPIRING" || status === "PAUSED") ? "warning"
        : "neutral"
    readonly property var statusLabels: ({
        "SUCCESS": qsTr("Succeeded"), "FAILED": qsTr("Failed"), "PENDING": qsTr("Pending"),
        "EXPIRED": qsTr("Expired"), "DELIVERED": qsTr("Delivered"), "PAUSED": qsTr("Paused"),
        "ACTIVE": qsTr("Active"), "EXPIRING": qsTr("Expiring"), "REVOKED": qsTr("Revoked"),
        "HEALTHY": qsTr("Healthy"), "FAILING": qsTr("Failing"), "DISABLED": qsTr("Disabled"),
        "REVERSED": qsTr("Reversed")
    })
    readonly property color foreground: effectiveKind === "warning" ? Theme.warning
                                      : effectiveKind === "success" ? Theme.success
                                      : effectiveKind === "danger" ? Theme.danger
                                      : effectiveKind === "neutral" ? Theme.textMuted : Theme.brandText

    implicitWidth: label.implicitWidth + 2 * Theme.spacingMd + 10
    implicitHeight: 24
    radius: height / 2
    color: effectiveKind === "warning" ? Theme.warningSoft
         : effectiveKind === "success" ? Theme.successSoft
         : effectiveKind === "danger" ? Theme.dangerSoft
         : effectiveKind === "neutral" ? Theme.surfaceMuted : Theme.brandSoft
    border.color: effectiveKind === "neutral" ? Theme.border : "transparent"
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Binding on text {
        when: root.status !== ""
        value: root.statusLabels[root.status] !== undefined ? root.statusLabels[root.status] : root.status
    }

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
