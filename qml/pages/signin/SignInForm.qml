import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Email and password. The server field hides behind a "Change" link until it is needed.
ColumnLayout {
    id: root

    // The SignInPage (problemText, serverFieldError, showMode); `var`, as a SignInPage-typed
    // property would make the page and this form depend on each other, which QML 6.4 refuses.
    required property var page

    function submit() {
        SessionController.serverUrl = serverField.text
        SessionController.signIn(emailField.text, passwordField.text)
    }

    objectName: "signInForm"
    spacing: Theme.spacingLg
    enabled: !SessionController.busy

    FormHeading {
        title: qsTr("Sign in")
        text: qsTr("Welcome back. Enter your details to open your console.")
        Layout.fillWidth: true
    }

    ServerField {
        id: serverField
        errorText: root.page.problemText(SessionController.serverUrlProblem, qsTr("Enter the server address."), qsTr("Enter a full address starting with http:// or https://."))
        Layout.fillWidth: true
        onAccepted: emailField.input.forceActiveFocus()
    }
    FormField {
        id: emailField
        objectName: "emailField"
        label: qsTr("Email")
        iconName: "mail"
        placeholderText: qsTr("name@company.com")
        errorText: root.page.serverFieldError("email") || root.page.problemText(SessionController.emailProblem, qsTr("Enter your email address."), qsTr("Enter a valid email address, like name@example.com."))
        Layout.fillWidth: true
        onAccepted: passwordField.input.forceActiveFocus()
        Component.onCompleted: input.forceActiveFocus()
    }
    FormField {
        id: passwordField
        objectName: "passwordField"
        label: qsTr("Password")
        iconName: "lock"
        echoMode: TextInput.Password
        placeholderText: qsTr("Your password")
        errorText: root.page.serverFieldError("password") || root.page.problemText(SessionController.passwordProblem, qsTr("Enter your password."), "")
        Layout.fillWidth: true
        onAccepted: root.submit()
    }

    SessionFailureBanner {
        inlineFields: ["email", "password"]
        Layout.fillWidth: true
    }

    AppButton {
        objectName: "signInButton"
        text: SessionController.status === SessionController.CheckingServer ? qsTr("Checking server…")
            : SessionController.status === SessionController.SigningIn ? qsTr("Signing in…") : qsTr("Sign in")
        busy: SessionController.busy
        enabled: !SessionController.busy
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingXs
        onClicked: root.submit()
    }

    RowLayout {
        spacing: Theme.spacingXs
        Layout.alignment: Qt.AlignHCenter
        Label {
            text: qsTr("New to Paydesk?")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }
        LinkButton {
            objectName: "createAccountLink"
            text: qsTr("Create an account")
            onClicked: root.page.showMode("signUp")
        }
    }
}
