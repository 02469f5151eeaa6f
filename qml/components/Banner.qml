import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// A message box inside a page or form. `kind`: "error", "warning", "info" or "success".
// Children (e.g. an action button) go under the text.
Rectangle {
    id: root

    property string kind: "error"
    property alias title: titleLabel.text
    property alias message: messageLabel.text
    property string detail
    default property alias actions: actionRow.data

    readonly property color accent: kind === "error" ? Theme.danger
                                  : kind === "warning" ? Theme.warning
                                  : kind === "success" ? Theme.success : Theme.brandText

    implicitHeight: layout.implicitHeight + 2 * Theme.spacingMd
    radius: Theme.radius
    color: kind === "error" ? Theme.dangerSoft
         : kind === "warning" ? Theme.warningSoft
         : kind === "success" ? Theme.successSoft : Theme.brandSoft
    border.color: kind === "error" ? Theme.dangerBorder
                : kind === "warning" ? Theme.warningBorder
                : kind === "success" ? Theme.successBorder : Theme.infoBorder
    Accessible.role: Accessible.AlertMessage
    Accessible.name: titleLabel.text
    Accessible.description: messageLabel.text

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacingMd
        spacing: Theme.spacingMd

        Icon {
            name: root.kind === "info" ? "info" : root.kind === "success" ? "checkCircle" : "alert"
            color: root.accent
            Layout.preferredWidth: 18
            Layout.preferredHeight: 18
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            spacing: Theme.spacingXs
            Layout.fillWidth: true
            Label {
                id: titleLabel
                objectName: "bannerTitle"
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                id: messageLabel
                visible: text !== ""
                color: Theme.textMuted
                font.pixelSize: Theme.fontLabel
                wrapMode: Text.Wrap
                lineHeight: 1.15
                Layout.fillWidth: true
            }
            Label {
                visible: root.detail !== ""
                text: root.detail
                color: Theme.textSubtle
                font.pixelSize: Theme.fontCaption
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                id: actionRow
                visible: children.length > 0
                spacing: Theme.spacingSm
                Layout.topMargin: Theme.spacingXs
            }
        }
    }
}
