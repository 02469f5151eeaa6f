import QtQuick
import QtTest
import Paydesk

// The sign-in form's inline validation. Only invalid input is submitted here, so no test
// depends on a server being (or not being) at the default address.
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

        function test_createAccountExplainsWhereAccountsComeFrom() {
            const note = findChild(page, "accountNote")
            verify(!note.visible)
            mouseClick(field("createAccountLink"))
            verify(note.visible)
        }
    }
}
