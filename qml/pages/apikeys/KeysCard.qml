import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The selected app's API keys: prefix, status, grace period after a rotation, last use, and
// rotate / revoke for each; "Create key".
Card {
    id: root

    required property ApiKeysController keys
    property string pendingKeyId

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("API keys")

    contentItem: ColumnLayout {
        spacing: Theme.spacingMd
        RowLayout {
            Layout.fillWidth: true
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                Label { text: qsTr("API keys"); color: Theme.text; font.pixelSize: Theme.fontSubtitle; font.weight: Font.DemiBold }
                Label {
                    text: qsTr("Your server sends one of these as a Bearer token. Only the start of each key is shown.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLabel
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            AppButton {
                objectName: "createKeyButton"
                text: qsTr("Create key")
                iconName: "plus"
                kind: "secondary"
                enabled: !root.keys.busy
                onClicked: root.keys.createKey()
            }
        }
        Repeater {
            model: root.keys.keys
            Rectangle {
                id: keyEntry
                required property var modelData
                Layout.fillWidth: true
                implicitHeight: keyRow.implicitHeight + 2 * Theme.spacingMd
                radius: Theme.radius
                color: Theme.surfaceMuted
                border.color: Theme.border
                RowLayout {
                    id: keyRow
                    anchors.fill: parent
                    anchors.margins: Theme.spacingMd
                    spacing: Theme.spacingMd
                    ColumnLayout {
                        spacing: 2
                        Layout.fillWidth: true
                        RowLayout {
                            spacing: Theme.spacingSm
                            Label {
                                text: keyEntry.modelData.prefix + "••••••••"
                                color: Theme.text
                                font.family: "monospace"
                                font.pixelSize: Theme.fontLabel
                            }
                            StatusChip { status: keyEntry.modelData.status.toUpperCase() }
                        }
                        Label {
                            text: keyEntry.modelData.graceText !== "" ? keyEntry.modelData.graceText
                                  : qsTr("Created %1  ·  %2").arg(keyEntry.modelData.created).arg(keyEntry.modelData.lastUsed)
                            color: keyEntry.modelData.graceText !== "" ? Theme.warning : Theme.textSubtle
                            font.pixelSize: Theme.fontCaption
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    AppButton {
                        visible: keyEntry.modelData.status === "active"
                        text: qsTr("Rotate")
                        kind: "secondary"
                        onClicked: { root.pendingKeyId = keyEntry.modelData.keyId; rotateDialog.open() }
                    }
                    AppButton {
                        visible: keyEntry.modelData.status === "active" || keyEntry.modelData.status === "expiring"
                        text: qsTr("Revoke")
                        kind: "danger"
                        onClicked: { root.pendingKeyId = keyEntry.modelData.keyId; revokeDialog.open() }
                    }
                }
            }
        }
        Label {
            visible: root.keys.keysLoaded && root.keys.keys.length === 0
            text: qsTr("This app has no keys. Create one to start accepting payments.")
            color: Theme.textMuted
        }
    }

    AppDialog {
        id: rotateDialog
        property int graceHours: 24
        title: qsTr("Rotate this key?")
        description: qsTr("You get a new key now. The old one keeps working for the grace period you choose, so you can deploy the new key without downtime.")
        SegmentedControl {
            accessibleName: qsTr("Grace period")
            fillOptions: true
            options: [
                { value: 0, label: qsTr("None") },
                { value: 1, label: qsTr("1 hour") },
                { value: 24, label: qsTr("24 hours") },
                { value: 168, label: qsTr("7 days") }
            ]
            currentValue: rotateDialog.graceHours
            onActivated: value => rotateDialog.graceHours = value
            Layout.fillWidth: true
        }
        buttons: [
            AppButton { text: qsTr("Rotate key"); onClicked: { root.keys.rotateKey(root.pendingKeyId, rotateDialog.graceHours); rotateDialog.close() } },
            AppButton { text: qsTr("Cancel"); kind: "secondary"; onClicked: rotateDialog.close() }
        ]
    }
    AppDialog {
        id: revokeDialog
        title: qsTr("Revoke this key?")
        description: qsTr("Requests signed with it are refused at once. This cannot be undone.")
        buttons: [
            AppButton { text: qsTr("Revoke key"); kind: "danger"; onClicked: { root.keys.revokeKey(root.pendingKeyId); revokeDialog.close() } },
            AppButton { text: qsTr("Cancel"); kind: "secondary"; onClicked: revokeDialog.close() }
        ]
    }
}
