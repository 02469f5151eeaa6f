import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Change the password: the current one, then the new one twice.
Card {
    id: root

    required property SecurityController controller
    readonly property bool mine: controller.errorAction === SecurityController.Password
    readonly property bool busy: controller.busyAction === SecurityController.Password

    function fieldError(field) {
        return mine && controller.errorField === field ? controller.errorMessage : ""
    }

    Connections {
        target: root.controller
        function onStateChanged() {
            if (root.controller.doneAction === SecurityController.Password) {
                currentField.text = ""
                newField.text = ""
                repeatField.text = ""
            }
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingLg
        enabled: !root.busy

        SectionTitle {
            title: qsTr("Password")
            description: qsTr("Changing it signs you out everywhere else.")
            Layout.fillWidth: true
        }
        FormField {
            id: currentField
            objectName: "currentPasswordField"
            label: qsTr("Current password")
            iconName: "lock"
            echoMode: TextInput.Password
            errorText: root.fieldError("current")
            Layout.fillWidth: true
            onEdited: root.controller.clearMessages()
        }
        RowLayout {
            spacing: Theme.spacingLg
            Layout.fillWidth: true
            FormField {
                id: newField
                objectName: "newPasswordField"
                label: qsTr("New password")
                iconName: "lock"
                echoMode: TextInput.Password
                placeholderText: qsTr("At least 10 characters")
                errorText: root.fieldError("password")
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                onEdited: root.controller.clearMessages()
            }
            FormField {
                id: repeatField
                objectName: "repeatPasswordField"
                label: qsTr("Repeat new password")
                iconName: "lock"
                echoMode: TextInput.Password
                errorText: root.fieldError("repeat")
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                onEdited: root.controller.clearMessages()
                onAccepted: changeButton.clicked()
            }
        }
        Banner {
            visible: root.mine && ["current", "password", "repeat"].indexOf(root.controller.errorField) < 0
            title: qsTr("The password was not changed")
            message: root.controller.errorMessage
            Layout.fillWidth: true
        }
        Banner {
            objectName: "passwordChanged"
            visible: root.controller.doneAction === SecurityController.Password
            kind: "success"
            title: qsTr("Password changed")
            message: qsTr("Other computers and phones were signed out. This one stays signed in.")
            Layout.fillWidth: true
        }
        AppButton {
            id: changeButton
            objectName: "changePasswordButton"
            text: root.busy ? qsTr("Changing…") : qsTr("Change password")
            kind: "secondary"
            busy: root.busy
            enabled: currentField.text !== "" && newField.text !== "" && !root.busy
            onClicked: root.controller.changePassword(currentField.text, newField.text, repeatField.text)
        }
    }
}
