import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Sign-in and sign-up: a brand panel beside the form. The card shows the sign-in form, the
// sign-up form or, when the account has two-factor on, the code step. Validation and the
// server conversation belong to SessionController; this page only turns its state into words.
Rectangle {
    id: root

    // "signIn" or "signUp"; the code step overrides both while SessionController.totpStep.
    property string mode: "signIn"
    readonly property int failure: SessionController.failure

    function problemText(problem, missing, malformed, tooShort) {
        switch (problem) {
        case SessionController.Missing:
            return missing
        case SessionController.Malformed:
            return malformed
        case SessionController.TooShort:
            return tooShort || malformed
        }
        return ""
    }
    // Field errors the server reported, shown under that field instead of in the banner.
    function serverFieldError(field) {
        return failure === SessionController.Rejected && SessionController.failureField === field
                ? SessionController.failureDetail : ""
    }
    function showMode(next) {
        SessionController.clearProblems()
        mode = next
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
                id: flick
                anchors.fill: parent
                contentHeight: Math.max(height, formCard.implicitHeight + 2 * Theme.spacingXxl)
                clip: true
                boundsBehavior: Flickable.StopAtBounds

                Card {
                    id: formCard
                    width: Math.min(480, flick.width - 2 * Theme.spacingXxl)
                    anchors.centerIn: parent
                    padding: Theme.spacingXxl + 8

                    contentItem: Item {
                        implicitHeight: SessionController.totpStep ? totpForm.implicitHeight
                                        : root.mode === "signUp" ? signUpForm.implicitHeight
                                                                 : signInForm.implicitHeight
                        SignInForm {
                            id: signInForm
                            width: parent.width
                            visible: !SessionController.totpStep && root.mode === "signIn"
                            page: root
                        }
                        SignUpForm {
                            id: signUpForm
                            width: parent.width
                            visible: !SessionController.totpStep && root.mode === "signUp"
                            page: root
                        }
                        TotpStepForm {
                            id: totpForm
                            width: parent.width
                            visible: SessionController.totpStep
                            page: root
                        }
                    }
                }
            }
        }
    }
}
