import QtQuick
import QtQuick.Layouts
import Paydesk

// How this person proves who they are: password, transaction PIN and two-factor sign-in.
ColumnLayout {
    required property SecurityController controller

    objectName: "securitySection"
    spacing: Theme.spacingXl

    PasswordCard {
        controller: parent.controller
        Layout.fillWidth: true
    }
    PinCard {
        controller: parent.controller
        Layout.fillWidth: true
    }
    TwoFactorCard {
        controller: parent.controller
        Layout.fillWidth: true
    }
}
