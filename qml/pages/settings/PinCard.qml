import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The transaction PIN that confirms payments and transfers; setting or changing it needs the
// password.
Card {
    id: root

    required property SecurityController controller
    readonly property var user: SessionController.user // a map: its keys are not declared properties
    readonly property bool pinSet: user.pin_set === true
    readonly property bool mine: controller.errorAction === SecurityController.Pin
    readonly property bool busy: controller.busyAction === SecurityController.Pin

    function fieldError(field) {
        return mine && controller.errorField === field ? controller.errorMessage : ""
    }

    Connections {
        target: root.controller
        function onStateChanged() {
            if (root.controller.doneAction === SecurityController.Pin) {
                passwordField.text = ""
                pinField.text = ""
                repeatField.text = ""
            }
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingLg
        enabled: !root.busy

        SectionTitle {
            title: qsTr("Transaction PIN")
            description: qsTr("4 to 6 digits you enter to confirm payments and transfers.")
            chipText: root.pinSet ? qsTr("Set") : qsTr("Not set")
            chipKind: root.pinSet ? "success" : "neutral"
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacingLg
            Layout.fillWidth: true
            FormField {
                id: passwordField
                objectName: "pinPasswordField"
                label: qsTr("Password")
                iconName: "lock"
                echoMode: TextInput.Password
                errorText: root.fieldError("password")
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Layout.alignment: Qt.AlignTop
                onEdited: root.controller.clearMessages()
            }
            FormField {
                id: pinField
                objectName: "pinField"
                label: root.pinSet ? qsTr("New PIN") : qsTr("PIN")
                echoMode: TextInput.Password
                input.inputMethodHints: Qt.ImhDigitsOnly
                input.maximumLength: 6
                errorText: root.fieldError("pin")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                onEdited: root.controller.clearMessages()
            }
            FormField {
                id: repeatField
                objectName: "pinRepeatField"
                label: qsTr("Repeat PIN")
                echoMode: TextInput.Password
                input.inputMethodHints: Qt.ImhDigitsOnly
                input.maximumLength: 6
                errorText: root.fieldError("repeat")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                onEdited: root.controller.clearMessages()
                onAccepted: pinButton.clicked()
            }
        }
        Banner {
            visible: root.mine && ["password", "pin", "repeat"].indexOf(root.controller.errorField) < 0
            title: qsTr("The PIN was not saved")
            message: root.controller.errorMessage
            Layout.fillWidth: true
        }
        Banner {
            objectName: "pinSaved"
            visible: root.controller.doneAction === SecurityController.Pin
            kind: "success"
            title: qsTr("PIN saved")
            message: qsTr("Use it the next time you confirm a payment.")
            Layout.fillWidth: true
        }
        AppButton {
            id: pinButton
            objectName: "setPinButton"
            text: root.busy ? qsTr("Saving…") : root.pinSet ? qsTr("Change PIN") : qsTr("Set PIN")
            kind: "secondary"
            busy: root.busy
            enabled: passwordField.text !== "" && pinField.text !== "" && !root.busy
            onClicked: root.controller.setPin(passwordField.text, pinField.text, repeatField.text)
        }
    }
}
