import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// A short notification at the bottom right of the window ("Endpoint disabled", "Exported").
// `show(title, text, kind)`; it hides itself after a few seconds or on its close button.
Rectangle {
    id: root

    property string kind: "info"
    property alias title: titleLabel.text
    property alias text: textLabel.text

    function show(newTitle, newText, newKind) {
        title = newTitle
        text = newText
        kind = newKind || "info"
        visible = true
        hideTimer.restart()
    }

    objectName: "toast"
    visible: false
    width: 380
    implicitHeight: layout.implicitHeight + 2 * Theme.spacingLg
    radius: Theme.radiusLg
    color: Theme.surface
    border.color: kind === "error" ? Theme.dangerBorder : kind === "success" ? Theme.successBorder : Theme.border
    Accessible.role: Accessible.AlertMessage
    Accessible.name: title

    Timer {
        id: hideTimer
        interval: 6000
        onTriggered: root.visible = false
    }
    Rectangle {
        width: 4
        height: parent.height - 2 * Theme.spacingMd
        x: Theme.spacingSm
        anchors.verticalCenter: parent.verticalCenter
        radius: 2
        color: root.kind === "error" ? Theme.danger : root.kind === "success" ? Theme.success : Theme.brand
    }
    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacingLg
        anchors.leftMargin: Theme.spacingXl
        spacing: Theme.spacingMd
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                id: titleLabel
                color: Theme.text
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                id: textLabel
                visible: text !== ""
                color: Theme.textMuted
                font.pixelSize: Theme.fontLabel
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        LinkButton {
            text: qsTr("Dismiss")
            Layout.alignment: Qt.AlignTop
            onClicked: root.visible = false
        }
    }
}
