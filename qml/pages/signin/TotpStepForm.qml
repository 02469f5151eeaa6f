import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The second step of a sign-in with two-factor on: the authenticator's code or a recovery code.
ColumnLayout {
    id: root

    // The SignInPage (problemText, serverFieldError, showMode); `var`, as a SignInPage-typed
    // property would make the page and this form depend on each other, which QML 6.4 refuses.
    required property var page

    function submit() {
        SessionController.submitTotp(codeField.text)
    }

    objectName: "totpForm"
    spacing: Theme.spacingLg

    onVisibleChanged: {
        codeField.text = ""
        if (visible)
            codeField.input.forceActiveFocus()
    }

    Rectangle {
        Layout.preferredWidth: 56
        Layout.preferredHeight: 56
        radius: 28
        color: Theme.brandSoft
        Icon {
            anchors.centerIn: parent
            width: 28
            height: 28
            name: "shield"
            color: Theme.brandText
        }
    }

    FormHeading {
        title: qsTr("Two-step verification")
        text: qsTr("Open your authenticator app and enter the 6-digit code it shows for Paydesk.")
        Layout.fillWidth: true
    }

    FormField {
        id: codeField
        objectName: "totpField"
        label: qsTr("Verification code")
        iconName: "lock"
        placeholderText: "123 456"
        enabled: !SessionController.busy
        helpText: qsTr("Lost your phone? Enter one of your recovery codes instead.")
        errorText: SessionController.totpProblem === SessionController.Missing ? qsTr("Enter the code from your app.")
                 : SessionController.totpProblem === SessionController.Malformed ? qsTr("Enter 6 digits, or a recovery code like abcd-efgh.")
                 : root.page.serverFieldError("totp_code")
        input.font.pixelSize: Theme.fontSubtitle + 2
        input.font.letterSpacing: 2
        Layout.fillWidth: true
        onAccepted: root.submit()
    }

    SessionFailureBanner {
        inlineFields: ["totp_code"]
        rejectedTitle: qsTr("Verification failed")
        Layout.fillWidth: true
    }

    AppButton {
        objectName: "verifyTotpButton"
        text: SessionController.busy ? qsTr("Verifying…") : qsTr("Verify and sign in")
        busy: SessionController.busy
        enabled: !SessionController.busy
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingXs
        onClicked: root.submit()
    }

    LinkButton {
        objectName: "cancelTotpLink"
        text: qsTr("Back to sign in")
        enabled: !SessionController.busy
        Layout.alignment: Qt.AlignHCenter
        onClicked: SessionController.cancelTotp()
    }
}
