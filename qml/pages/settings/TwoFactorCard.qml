import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Two-factor sign-in: off → scan the QR code (or type the key) and confirm a first code →
// the recovery codes, shown once → on, where it can be turned off with the password and a code.
Card {
    id: root

    required property SecurityController controller
    readonly property int step: controller.twoFactorStep
    readonly property bool mine: controller.errorAction === SecurityController.TwoFactor
    readonly property bool busy: controller.busyAction === SecurityController.TwoFactor

    function fieldError(field) {
        return mine && controller.errorField === field ? controller.errorMessage : ""
    }

    objectName: "twoFactorCard"

    contentItem: ColumnLayout {
        spacing: Theme.spacingLg

        SectionTitle {
            title: qsTr("Two-factor sign-in")
            description: qsTr("Ask for a code from an authenticator app on your phone when you sign in.")
            chipText: root.step === SecurityController.On || root.step === SecurityController.RecoveryCodes ? qsTr("On") : qsTr("Off")
            chipKind: root.step === SecurityController.On || root.step === SecurityController.RecoveryCodes ? "success" : "neutral"
            Layout.fillWidth: true
        }

        // Off
        AppButton {
            objectName: "startTwoFactorButton"
            visible: root.step === SecurityController.Off
            text: root.busy ? qsTr("Preparing…") : qsTr("Turn on two-factor sign-in")
            iconName: "shield"
            busy: root.busy
            enabled: !root.busy
            onClicked: root.controller.startTwoFactor()
        }

        // Enrolling
        RowLayout {
            objectName: "twoFactorEnrolment"
            visible: root.step === SecurityController.Enrolling
            spacing: Theme.spacingXl
            Layout.fillWidth: true

            Rectangle {
                // The QR code stays black on white in both themes, as scanners expect.
                Layout.preferredWidth: 196
                Layout.preferredHeight: 196
                Layout.alignment: Qt.AlignTop
                radius: Theme.radius
                color: "white"
                border.color: Theme.border
                Image {
                    objectName: "totpQrCode"
                    anchors.fill: parent
                    anchors.margins: Theme.spacingSm
                    source: root.controller.totpQrCode
                    fillMode: Image.PreserveAspectFit
                    smooth: false
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("QR code to scan with your authenticator app")
                }
            }

            ColumnLayout {
                spacing: Theme.spacingMd
                Layout.fillWidth: true
                Label {
                    text: qsTr("1. Scan the code with an authenticator app, such as Google Authenticator, 1Password or Aegis.")
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Cannot scan? Enter this key instead:")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLabel
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: secretText.implicitHeight + 2 * Theme.spacingSm
                    radius: Theme.radiusSm
                    color: Theme.surfaceSunken
                    border.color: Theme.border
                    TextEdit {
                        id: secretText
                        objectName: "totpSecret"
                        anchors.fill: parent
                        anchors.margins: Theme.spacingSm
                        text: root.controller.totpSecret
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.Wrap
                        color: Theme.text
                        selectionColor: Theme.brand
                        font.family: "monospace"
                        font.pixelSize: Theme.fontBody
                        font.letterSpacing: 0.5
                    }
                }
                Label {
                    text: qsTr("2. Enter the 6-digit code the app shows.")
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingXs
                }
                RowLayout {
                    spacing: Theme.spacingMd
                    Layout.fillWidth: true
                    FormField {
                        id: confirmField
                        objectName: "totpConfirmField"
                        label: qsTr("Code")
                        placeholderText: "123456"
                        input.maximumLength: 7
                        errorText: root.fieldError("code")
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        onEdited: root.controller.clearMessages()
                        onAccepted: confirmButton.clicked()
                    }
                    AppButton {
                        id: confirmButton
                        objectName: "confirmTwoFactorButton"
                        text: qsTr("Confirm")
                        busy: root.busy
                        enabled: confirmField.text !== "" && !root.busy
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 24
                        onClicked: root.controller.confirmTwoFactor(confirmField.text)
                    }
                }
                LinkButton {
                    text: qsTr("Cancel")
                    onClicked: { confirmField.text = ""; root.controller.cancelTwoFactor() }
                }
            }
        }

        // Recovery codes, once
        ColumnLayout {
            objectName: "recoveryCodes"
            visible: root.step === SecurityController.RecoveryCodes
            spacing: Theme.spacingLg
            Layout.fillWidth: true
            Banner {
                kind: "warning"
                title: qsTr("Save your recovery codes now")
                message: qsTr("Each code signs you in once if you lose your phone. They will not be shown again: print them or keep them in a password manager.")
                Layout.fillWidth: true
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: codesGrid.implicitHeight + 2 * Theme.spacingLg
                radius: Theme.radius
                color: Theme.surfaceSunken
                border.color: Theme.border
                GridLayout {
                    id: codesGrid
                    anchors.fill: parent
                    anchors.margins: Theme.spacingLg
                    columns: 5
                    rowSpacing: Theme.spacingSm
                    columnSpacing: Theme.spacingLg
                    Repeater {
                        model: root.controller.recoveryCodes
                        TextEdit {
                            required property string modelData
                            text: modelData
                            readOnly: true
                            selectByMouse: true
                            color: Theme.text
                            selectionColor: Theme.brand
                            font.family: "monospace"
                            font.pixelSize: Theme.fontBody
                            Layout.fillWidth: true
                        }
                    }
                }
            }
            AppButton {
                objectName: "recoveryCodesSavedButton"
                text: qsTr("I have saved my codes")
                iconName: "check"
                onClicked: root.controller.finishRecoveryCodes()
            }
        }

        // On
        ColumnLayout {
            objectName: "disableTwoFactor"
            visible: root.step === SecurityController.On
            spacing: Theme.spacingMd
            Layout.fillWidth: true
            Label {
                text: qsTr("To turn it off, confirm with your password and a code from your app.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontLabel
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.spacingLg
                Layout.fillWidth: true
                FormField {
                    id: disablePassword
                    objectName: "disableTwoFactorPassword"
                    label: qsTr("Password")
                    iconName: "lock"
                    echoMode: TextInput.Password
                    errorText: root.fieldError("password")
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    onEdited: root.controller.clearMessages()
                }
                FormField {
                    id: disableCode
                    objectName: "disableTwoFactorCode"
                    label: qsTr("Code")
                    placeholderText: "123456"
                    errorText: root.fieldError("code")
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    onEdited: root.controller.clearMessages()
                }
            }
            AppButton {
                objectName: "disableTwoFactorButton"
                text: qsTr("Turn off two-factor sign-in")
                kind: "danger"
                busy: root.busy
                enabled: disablePassword.text !== "" && disableCode.text !== "" && !root.busy
                onClicked: root.controller.disableTwoFactor(disablePassword.text, disableCode.text)
            }
        }

        Banner {
            visible: root.mine && ["password", "code"].indexOf(root.controller.errorField) < 0
            title: qsTr("Two-factor sign-in was not changed")
            message: root.controller.errorMessage
            Layout.fillWidth: true
        }
        Banner {
            visible: root.controller.doneAction === SecurityController.TwoFactor && root.step === SecurityController.Off
            kind: "success"
            title: qsTr("Two-factor sign-in is off")
            message: qsTr("You now sign in with your password only.")
            Layout.fillWidth: true
        }
    }
}
