import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Sign-in: a brand panel beside the form. Validation and the server conversation belong to
// SessionController; this page only turns its state into words.
Rectangle {
    id: root

    property bool showAccountNote: false
    readonly property int failure: SessionController.failure
    readonly property string failureField: SessionController.failureField
    readonly property bool fieldFailure: failure === SessionController.Rejected && (failureField === "email" || failureField === "password")

    function problemText(problem, missing, malformed) {
        return problem === SessionController.Missing ? missing : problem === SessionController.Malformed ? malformed : "";
    }
    function failureTitle() {
        switch (failure) {
        case SessionController.ServerUnreachable:
            return qsTr("Cannot reach the server at %1").arg(SessionController.serverUrl);
        case SessionController.NotAPaydeskServer:
            return qsTr("The server at %1 did not answer like a Paydesk server").arg(SessionController.serverUrl);
        case SessionController.SignInUnsupported:
            return qsTr("This server does not support sign-in yet");
        case SessionController.Rejected:
            return qsTr("Sign-in failed");
        case SessionController.BadResponse:
            return qsTr("Unexpected answer from the server");
        }
        return "";
    }
    function failureMessage() {
        switch (failure) {
        case SessionController.ServerUnreachable:
            return qsTr("Check the address and that the Paydesk server is running, then try again.");
        case SessionController.NotAPaydeskServer:
            return qsTr("Its health check answered HTTP %1. Check the address.").arg(SessionController.failureDetail);
        case SessionController.SignInUnsupported:
            return qsTr("Accounts arrive in a later server version. Meanwhile you can look around the console in preview mode, with no account and no data.");
        case SessionController.Rejected:
            return SessionController.failureDetail;
        case SessionController.BadResponse:
            return qsTr("The sign-in request answered HTTP %1.").arg(SessionController.failureDetail);
        }
        return "";
    }
    function submit() {
        showAccountNote = false;
        SessionController.serverUrl = serverField.text;
        SessionController.signIn(emailField.text, passwordField.text);
    }

    color: Theme.background

    RowLayout {
        anchors.fill: parent
        spacing: 0

        HeroPanel {
            Layout.fillHeight: true
            Layout.preferredWidth: Math.round(root.width * 0.42)
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Flickable {
                anchors.fill: parent
                contentHeight: Math.max(height, formCard.implicitHeight + 2 * Theme.spacingXxl)
                clip: true
                boundsBehavior: Flickable.StopAtBounds

                Card {
                    id: formCard
                    width: Math.min(480, parent.width - 2 * Theme.spacingXxl)
                    anchors.centerIn: parent
                    padding: Theme.spacingXxl + 8

                    contentItem: ColumnLayout {
                        id: form
                        objectName: "signInForm"
                        spacing: Theme.spacingLg
                        enabled: !SessionController.busy

                        ColumnLayout {
                            spacing: Theme.spacingSm
                            Layout.bottomMargin: Theme.spacingSm
                            Label {
                                text: qsTr("Sign in")
                                color: Theme.text
                                font.pixelSize: Theme.fontDisplay - 2
                                font.weight: Font.Bold
                                Accessible.role: Accessible.Heading
                                Accessible.name: text
                            }
                            Label {
                                text: qsTr("Welcome back. Enter your details to open your console.")
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontBody
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }

                        FormField {
                            id: serverField
                            objectName: "serverField"
                            label: qsTr("Server")
                            iconName: "server"
                            text: SessionController.serverUrl
                            placeholderText: "http://127.0.0.1:8080"
                            errorText: root.problemText(SessionController.serverUrlProblem, qsTr("Enter the server address."), qsTr("Enter a full address starting with http:// or https://."))
                            Layout.fillWidth: true
                            onAccepted: emailField.input.forceActiveFocus()
                        }
                        FormField {
                            id: emailField
                            objectName: "emailField"
                            label: qsTr("Email")
                            iconName: "mail"
                            placeholderText: qsTr("name@company.com")
                            errorText: root.failureField === "email" && root.fieldFailure ? SessionController.failureDetail : root.problemText(SessionController.emailProblem, qsTr("Enter your email address."), qsTr("Enter a valid email address, like name@example.com."))
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
                            errorText: root.failureField === "password" && root.fieldFailure ? SessionController.failureDetail : root.problemText(SessionController.passwordProblem, qsTr("Enter your password."), "")
                            Layout.fillWidth: true
                            onAccepted: root.submit()
                        }

                        Banner {
                            objectName: "failureBanner"
                            visible: root.failure !== SessionController.None && !root.fieldFailure
                            kind: root.failure === SessionController.SignInUnsupported ? "warning" : "error"
                            title: root.failureTitle()
                            message: root.failureMessage()
                            detail: root.failure === SessionController.Rejected && SessionController.failureRequestId !== "" ? qsTr("Request ID: %1").arg(SessionController.failureRequestId) : root.failure === SessionController.ServerUnreachable ? SessionController.failureDetail : ""
                            Layout.fillWidth: true
                            AppButton {
                                objectName: "previewButton"
                                visible: root.failure === SessionController.SignInUnsupported
                                text: qsTr("Continue in preview")
                                kind: "secondary"
                                iconName: "eye"
                                onClicked: SessionController.continueInPreview()
                            }
                        }

                        AppButton {
                            id: signInButton
                            objectName: "signInButton"
                            text: SessionController.status === SessionController.CheckingServer ? qsTr("Checking server…") : SessionController.status === SessionController.SigningIn ? qsTr("Signing in…") : qsTr("Sign in")
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
                                text: qsTr("Create account")
                                onClicked: root.showAccountNote = true
                            }
                        }

                        Banner {
                            objectName: "accountNote"
                            visible: root.showAccountNote
                            kind: "info"
                            title: qsTr("Accounts are created on the server")
                            message: qsTr("Self-service sign-up arrives with the server's identity API. Until then, ask your Paydesk administrator for an account.")
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }
}
