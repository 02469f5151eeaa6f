import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Asks for the transaction PIN before money moves. `summary` says what is about to happen
// ("Send ₦5,000.00 to Amaka Eze"); `confirmed(pin)` fires with 4 to 6 digits; `errorText`
// (a wrong PIN, a lockout) shows under the boxes and clears them; `busy` while it is sent.
AppDialog {
    id: root

    property string summary
    property string errorText
    property bool busy: false
    property string confirmText: qsTr("Confirm")

    signal confirmed(string pin)

    objectName: "pinDialog"
    title: qsTr("Enter your PIN")
    description: summary
    closePolicy: busy ? Popup.NoAutoClose : Popup.CloseOnEscape

    onOpened: { pinField.clear(); pinField.forceActiveFocus() }
    onErrorTextChanged: if (errorText !== "") { pinField.clear(); pinField.forceActiveFocus() }

    function submit() {
        if (pinField.complete && !busy)
            root.confirmed(pinField.pin)
    }

    PinField {
        id: pinField
        objectName: "pinField"
        errorText: root.errorText
        enabled: !root.busy
        Layout.alignment: Qt.AlignHCenter
        Layout.topMargin: Theme.spacingSm
        onEntered: root.submit()
    }
    Label {
        objectName: "pinError"
        visible: root.errorText !== ""
        text: root.errorText
        color: Theme.danger
        font.pixelSize: Theme.fontLabel
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("The 4 to 6 digits you chose in Settings › Security.")
        color: Theme.textSubtle
        font.pixelSize: Theme.fontCaption
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }

    buttons: [
        AppButton {
            objectName: "pinConfirm"
            text: root.confirmText
            iconName: "lock"
            busy: root.busy
            enabled: pinField.complete && !root.busy
            onClicked: root.submit()
        },
        AppButton {
            text: qsTr("Cancel")
            kind: "secondary"
            enabled: !root.busy
            onClicked: root.close()
        }
    ]
}
