import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Registers a client app: name, environment (test or live) and an optional webhook URL.
AppDialog {
    id: root

    required property ApiKeysController keys
    property string environment: "test"

    objectName: "newAppDialog"
    title: qsTr("Create an app")
    description: qsTr("Each app gets its own API keys and webhook signing secret. Test apps never move real money.")
    onOpened: { nameField.text = ""; urlField.text = ""; nameField.input.forceActiveFocus() }

    FormField {
        id: nameField
        objectName: "appNameField"
        label: qsTr("Name")
        placeholderText: qsTr("e.g. Online store")
        iconName: "key"
        Layout.fillWidth: true
    }
    SegmentedControl {
        accessibleName: qsTr("Environment")
        fillOptions: true
        options: [
            { value: "test", label: qsTr("Test") },
            { value: "live", label: qsTr("Live") }
        ]
        currentValue: root.environment
        onActivated: value => root.environment = value
        Layout.fillWidth: true
    }
    FormField {
        id: urlField
        label: qsTr("Webhook URL (optional)")
        placeholderText: root.environment === "live" ? "https://example.com/webhooks/paydesk" : "https://"
        helpText: root.environment === "live" ? qsTr("Live apps need an HTTPS address.") : ""
        iconName: "webhooks"
        Layout.fillWidth: true
    }
    buttons: [
        AppButton {
            text: qsTr("Create app")
            enabled: nameField.text.trim() !== ""
            busy: root.keys.busy
            onClicked: { root.keys.createApp(nameField.text, root.environment, urlField.text); root.close() }
        },
        AppButton {
            text: qsTr("Cancel")
            kind: "secondary"
            onClicked: root.close()
        }
    ]
}
