import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The selected app's webhook URL and signing secret (revealed on request, rotated with a
// grace period), and deactivation.
Card {
    id: root

    required property ApiKeysController keys
    required property var app
    readonly property var secret: keys.webhookSecret // a map: its keys are not declared properties

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Webhook settings")

    contentItem: ColumnLayout {
        spacing: Theme.spacingMd
        Label { text: qsTr("Webhooks"); color: Theme.text; font.pixelSize: Theme.fontSubtitle; font.weight: Font.DemiBold }
        RowLayout {
            spacing: Theme.spacingSm
            Layout.fillWidth: true
            FormField {
                id: urlField
                objectName: "webhookUrlField"
                label: qsTr("Webhook URL")
                text: root.app ? root.app.webhookUrl : ""
                placeholderText: "https://example.com/webhooks/paydesk"
                iconName: "webhooks"
                Layout.fillWidth: true
            }
            AppButton {
                text: qsTr("Save")
                kind: "secondary"
                enabled: root.app && urlField.text !== root.app.webhookUrl
                Layout.alignment: Qt.AlignBottom
                onClicked: root.keys.updateWebhookUrl(urlField.text)
            }
        }
        Label {
            text: qsTr("Signing secret")
            color: Theme.text
            font.pixelSize: Theme.fontLabel
            font.weight: Font.DemiBold
            Layout.topMargin: Theme.spacingSm
        }
        RowLayout {
            spacing: Theme.spacingSm
            Layout.fillWidth: true
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 40
                radius: Theme.radius
                color: Theme.surfaceSunken
                border.color: Theme.border
                Label {
                    objectName: "webhookSecretText"
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingMd
                    anchors.rightMargin: Theme.spacingMd
                    verticalAlignment: Text.AlignVCenter
                    text: root.secret.current || "whsec_••••••••••••••••••••••••"
                    color: Theme.text
                    font.family: "monospace"
                    font.pixelSize: Theme.fontLabel
                    elide: Text.ElideMiddle
                }
            }
            AppButton {
                objectName: "revealSecretButton"
                text: (root.secret.current || "") === "" ? qsTr("Reveal") : qsTr("Copy")
                kind: "secondary"
                iconName: (root.secret.current || "") === "" ? "eye" : "copy"
                onClicked: (root.secret.current || "") === ""
                           ? root.keys.revealWebhookSecret() : Clipboard.copy(root.secret.current)
            }
            AppButton {
                text: qsTr("Rotate")
                kind: "secondary"
                iconName: "refresh"
                onClicked: rotateSecretDialog.open()
            }
        }
        Label {
            visible: (root.secret.previous || "") !== ""
            text: qsTr("The previous secret also signs until %1.").arg(root.secret.previousUntil || "")
            color: Theme.warning
            font.pixelSize: Theme.fontCaption
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border; Layout.topMargin: Theme.spacingSm }
        RowLayout {
            Layout.fillWidth: true
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                Label { text: qsTr("Deactivate app"); color: Theme.text; font.weight: Font.DemiBold }
                Label {
                    text: qsTr("Its keys stop working at once. Payments already made stay in your reports.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLabel
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            AppButton {
                text: qsTr("Deactivate")
                kind: "danger"
                enabled: root.app && root.app.active
                onClicked: deactivateDialog.open()
            }
        }
    }

    AppDialog {
        id: rotateSecretDialog
        title: qsTr("Rotate the signing secret?")
        description: qsTr("Webhooks will be signed with a new secret. The current one keeps signing too during the grace period, so your receiver can switch over.")
        buttons: [
            AppButton { text: qsTr("Rotate secret"); onClicked: { root.keys.rotateWebhookSecret(); rotateSecretDialog.close() } },
            AppButton { text: qsTr("Cancel"); kind: "secondary"; onClicked: rotateSecretDialog.close() }
        ]
    }
    AppDialog {
        id: deactivateDialog
        title: qsTr("Deactivate %1?").arg(root.app ? root.app.name : "")
        description: qsTr("Every key of this app stops working at once.")
        buttons: [
            AppButton { text: qsTr("Deactivate"); kind: "danger"; onClicked: { root.keys.deactivateApp(); deactivateDialog.close() } },
            AppButton { text: qsTr("Cancel"); kind: "secondary"; onClicked: deactivateDialog.close() }
        ]
    }
}
