import QtQuick
import QtTest
import Paydesk

// The sign-in and sign-up forms' inline validation and switching between them. Only invalid
// input is submitted here, so no test depends on a server being (or not being) at the default
// address.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: pageComponent
        SignInPage { anchors.fill: parent }
    }

    TestCase {
        name: "SignIn"
        when: windowShown

        property var page

        function init() {
            SessionController.clearProblems()
            page = createTemporaryObject(pageComponent, root)
            verify(page)
        }

        function field(name) { return findChild(page, name) }
        function messageOf(name) { return findChild(field(name), "fieldMessage") }

        function test_malformedEmailShowsInlineError() {
            field("emailField").text = "ada@"
            field("passwordField").text = "secret"
            mouseClick(field("signInButton"))
            compare(SessionController.emailProblem, SessionController.Malformed)
            verify(messageOf("emailField").visible)
            compare(messageOf("emailField").text, "Enter a valid email address, like name@example.com.")
            verify(!messageOf("passwordField").visible)
            compare(SessionController.status, SessionController.SignedOut)
        }

        function test_emptyFormFlagsEmailAndPassword() {
            mouseClick(field("signInButton"))
            compare(messageOf("emailField").text, "Enter your email address.")
            compare(messageOf("passwordField").text, "Enter your password.")
            verify(!findChild(page, "failureBanner").visible)
        }

        function test_malformedServerAddressIsFlagged() {
            field("serverField").text = "localhost:8080"
            field("emailField").text = "ada@example.com"
            field("passwordField").text = "secret"
            mouseClick(field("signInButton"))
            compare(SessionController.serverUrlProblem, SessionController.Malformed)
            verify(messageOf("serverField").visible)
            compare(SessionController.status, SessionController.SignedOut)
            field("serverField").text = "http://127.0.0.1:8080"
            SessionController.serverUrl = field("serverField").text
        }

        function test_returnInPasswordSubmits() {
            field("emailField").text = "not an email"
            field("passwordField").input.forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(SessionController.emailProblem, SessionController.Malformed)
        }

        function test_createAccountOpensSignUpAndBack() {
            verify(findChild(page, "signInForm").visible)
            verify(!findChild(page, "signUpForm").visible)
            mouseClick(field("createAccountLink"))
            verify(findChild(page, "signUpForm").visible)
            verify(!findChild(page, "signInForm").visible)
            mouseClick(field("signInLink"))
            verify(findChild(page, "signInForm").visible)
        }

        function test_signUpChecksNamePasswordLengthAndEmail() {
            mouseClick(field("createAccountLink"))
            field("signUpEmailField").text = "ada@example"
            field("signUpPasswordField").text = "short"
            mouseClick(field("signUpButton"))
            compare(SessionController.displayNameProblem, SessionController.Missing)
            compare(SessionController.passwordProblem, SessionController.TooShort)
            compare(messageOf("nameField").text, "Enter your name.")
            compare(messageOf("signUpPasswordField").text, "Use at least 10 characters.")
            compare(messageOf("signUpEmailField").text, "Enter a valid email address, like name@example.com.")
            compare(SessionController.status, SessionController.SignedOut)
        }

        function test_accountTypeSwitchChangesNameLabel() {
            mouseClick(field("createAccountLink"))
            const form = findChild(page, "signUpForm")
            compare(form.accountType, "personal")
            mouseClick(findChild(form, "option_business"))
            compare(form.accountType, "business")
            compare(field("nameField").label, "Business or your name")
        }

        function test_serverFieldOpensOnChange() {
            const serverField = field("serverField")
            verify(!serverField.visible)
            mouseClick(findChild(findChild(page, "signInForm"), "changeServerLink"))
            verify(serverField.visible)
        }

        function test_codeStepHiddenUntilServerAsks() {
            verify(!findChild(page, "totpForm").visible)
            verify(!SessionController.totpStep)
        }
    }
}
