import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Shows a new API key exactly once, with copy-to-clipboard and a clear warning; closing it
// forgets the secret (ApiKeysController.dismissRevealed).
AppDialog {
    id: root

    required property ApiKeysController keys
    readonly property var revealed: keys.revealed // a map: its keys are not declared properties
    property bool copied: false

    objectName: "secretDialog"
    title: revealed.title || ""
    description: qsTr("Copy this key now and store it somewhere safe, such as your server's secret manager.")
    visible: (revealed.secret || "") !== ""
    onClosed: { copied = false; keys.dismissRevealed() }

    Banner {
        kind: "warning"
        title: qsTr("You will not see this key again")
        message: qsTr("Paydesk keeps only a fingerprint of it. If it is lost, rotate the key to get a new one.")
        Layout.fillWidth: true
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: secretText.implicitHeight + 2 * Theme.spacingMd
        radius: Theme.radius
        color: Theme.surfaceSunken
        border.color: Theme.border
        TextEdit {
            id: secretText
            objectName: "revealedSecret"
            anchors.fill: parent
            anchors.margins: Theme.spacingMd
            text: root.revealed.secret || ""
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            color: Theme.text
            font.family: "monospace"
            font.pixelSize: Theme.fontLabel
            Accessible.name: qsTr("The new API key")
        }
    }
    buttons: [
        AppButton {
            text: qsTr("Done")
            kind: "secondary"
            onClicked: root.close()
        },
        AppButton {
            objectName: "copySecret"
            text: root.copied ? qsTr("Copied") : qsTr("Copy key")
            iconName: root.copied ? "check" : "copy"
            onClicked: { Clipboard.copy(root.revealed.secret); root.copied = true }
        }
    ]
}
