import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// A new account: personal (a wallet) or business (a wallet and the merchant console).
ColumnLayout {
    id: root

    // The SignInPage (problemText, serverFieldError, showMode); `var`, as a SignInPage-typed
    // property would make the page and this form depend on each other, which QML 6.4 refuses.
    required property var page
    property string accountType: "personal"

    function submit() {
        SessionController.serverUrl = serverField.text
        SessionController.signUp(emailField.text, passwordField.text, nameField.text,
                                 accountType === "business" ? SessionController.Business : SessionController.Personal,
                                 referralField.text)
    }

    objectName: "signUpForm"
    spacing: Theme.spacingLg
    enabled: !SessionController.busy

    FormHeading {
        title: qsTr("Create your account")
        text: qsTr("It takes a minute, and your wallet is ready at once.")
        Layout.fillWidth: true
    }

    ServerField {
        id: serverField
        fieldObjectName: "signUpServerField"
        errorText: root.page.problemText(SessionController.serverUrlProblem, qsTr("Enter the server address."), qsTr("Enter a full address starting with http:// or https://."))
        Layout.fillWidth: true
    }

    ColumnLayout {
        spacing: Theme.spacingXs + 2
        Layout.fillWidth: true
        Label {
            text: qsTr("Account type")
            color: Theme.text
            font.pixelSize: Theme.fontLabel
            font.weight: Font.DemiBold
        }
        SegmentedControl {
            objectName: "accountTypeSwitch"
            fillOptions: true
            accessibleName: qsTr("Account type")
            currentValue: root.accountType
            options: [
                { value: "personal", label: qsTr("Personal"), icon: "user" },
                { value: "business", label: qsTr("Business"), icon: "payments" }
            ]
            Layout.fillWidth: true
            onActivated: value => root.accountType = value
        }
        Label {
            text: root.accountType === "business"
                  ? qsTr("Accept payments with API keys and webhooks, and keep a wallet.")
                  : qsTr("A wallet to pay, send money and chat.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    FormField {
        id: nameField
        objectName: "nameField"
        label: root.accountType === "business" ? qsTr("Business or your name") : qsTr("Your name")
        iconName: "user"
        placeholderText: qsTr("Ada Lovelace")
        errorText: root.page.serverFieldError("display_name") || root.page.problemText(SessionController.displayNameProblem, qsTr("Enter your name."), qsTr("Use at most 80 characters."))
        Layout.fillWidth: true
        onAccepted: emailField.input.forceActiveFocus()
    }
    FormField {
        id: emailField
        objectName: "signUpEmailField"
        label: qsTr("Email")
        iconName: "mail"
        placeholderText: qsTr("name@company.com")
        errorText: root.page.serverFieldError("email") || root.page.problemText(SessionController.emailProblem, qsTr("Enter your email address."), qsTr("Enter a valid email address, like name@example.com."))
        Layout.fillWidth: true
        onAccepted: passwordField.input.forceActiveFocus()
    }
    FormField {
        id: passwordField
        objectName: "signUpPasswordField"
        label: qsTr("Password")
        iconName: "lock"
        echoMode: TextInput.Password
        placeholderText: qsTr("At least 10 characters")
        helpText: qsTr("Use 10 or more characters; a short sentence is easy to remember.")
        errorText: root.page.serverFieldError("password") || root.page.problemText(SessionController.passwordProblem, qsTr("Choose a password."), "", qsTr("Use at least 10 characters."))
        Layout.fillWidth: true
        onAccepted: root.submit()
    }
    FormField {
        id: referralField
        objectName: "referralField"
        label: qsTr("Referral code (optional)")
        iconName: "users"
        errorText: root.page.serverFieldError("referral_code")
        Layout.fillWidth: true
        onAccepted: root.submit()
    }

    SessionFailureBanner {
        inlineFields: ["email", "password", "display_name", "referral_code"]
        rejectedTitle: qsTr("The account was not created")
        Layout.fillWidth: true
    }

    AppButton {
        objectName: "signUpButton"
        text: SessionController.status === SessionController.CheckingServer ? qsTr("Checking server…")
            : SessionController.status === SessionController.SigningUp ? qsTr("Creating your account…")
            : qsTr("Create account")
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
            text: qsTr("Already have an account?")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }
        LinkButton {
            objectName: "signInLink"
            text: qsTr("Sign in")
            onClicked: root.page.showMode("signIn")
        }
    }
}
