import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Who is using the console: the signed-in user's initials, name and email, or the preview label.
Rectangle {
    id: root

    readonly property bool preview: SessionController.status === SessionController.Preview
    readonly property var user: SessionController.user
    readonly property string email: root.user.email || ""
    readonly property string name: root.user.display_name || email
    readonly property string avatarColor: root.user.avatar_color || ""

    function initials(text) {
        const parts = text.split(/[\s@.]+/).filter(p => p.length > 0)
        return parts.slice(0, 2).map(p => p[0].toUpperCase()).join("")
    }

    implicitHeight: layout.implicitHeight + 2 * Theme.spacingMd
    radius: Theme.radius
    color: Theme.surfaceMuted
    border.color: Theme.border
    Accessible.role: Accessible.StaticText
    Accessible.name: preview ? qsTr("Preview mode, not signed in") : qsTr("Signed in as %1").arg(name)

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacingMd
        spacing: Theme.spacingMd

        Rectangle {
            Layout.preferredWidth: 34
            Layout.preferredHeight: 34
            radius: 17
            color: root.preview ? Theme.warningSoft : root.avatarColor !== "" ? root.avatarColor : Theme.brandSoft
            Label {
                anchors.centerIn: parent
                visible: !root.preview
                text: root.initials(root.name)
                color: root.avatarColor !== "" ? Theme.textOnBrand : Theme.brandText
                font.pixelSize: Theme.fontLabel
                font.weight: Font.Bold
            }
            Icon {
                anchors.centerIn: parent
                visible: root.preview
                name: "eye"
                color: Theme.warning
                width: 18
                height: 18
            }
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Label {
                text: root.preview ? qsTr("Preview mode") : root.name
                color: Theme.text
                font.pixelSize: Theme.fontLabel
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: root.preview ? qsTr("Not signed in") : root.email
                color: Theme.textMuted
                font.pixelSize: Theme.fontCaption
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }
}
