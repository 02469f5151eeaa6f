import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// What went wrong with the last sign-in, sign-up or code, unless it concerns one field (then
// the field says it). Offers preview mode when the server has no sign-in yet.
Banner {
    id: root

    // Field names whose errors the form shows inline.
    property var inlineFields: []
    property string rejectedTitle: qsTr("Sign-in failed")
    readonly property int failure: SessionController.failure

    function titleText() {
        switch (failure) {
        case SessionController.ServerUnreachable:
            return qsTr("Cannot reach the server at %1").arg(SessionController.serverUrl)
        case SessionController.NotAPaydeskServer:
            return qsTr("The server at %1 did not answer like a Paydesk server").arg(SessionController.serverUrl)
        case SessionController.SignInUnsupported:
            return qsTr("This server does not support sign-in yet")
        case SessionController.Rejected:
            return root.rejectedTitle
        case SessionController.BadResponse:
            return qsTr("Unexpected answer from the server")
        case SessionController.SessionEnded:
            return qsTr("You were signed out")
        }
        return ""
    }
    function messageText() {
        switch (failure) {
        case SessionController.ServerUnreachable:
            return qsTr("Check the address and that the Paydesk server is running, then try again.")
        case SessionController.NotAPaydeskServer:
            return qsTr("Its health check answered HTTP %1. Check the address.").arg(SessionController.failureDetail)
        case SessionController.SignInUnsupported:
            return qsTr("Accounts arrive in a later server version. Meanwhile you can look around the console in preview mode, with no account and no data.")
        case SessionController.Rejected:
        case SessionController.SessionEnded:
            return SessionController.failureDetail
        case SessionController.BadResponse:
            return qsTr("The request answered HTTP %1.").arg(SessionController.failureDetail)
        }
        return ""
    }

    objectName: "failureBanner"
    visible: failure !== SessionController.None
             && !(failure === SessionController.Rejected && inlineFields.indexOf(SessionController.failureField) >= 0)
    kind: failure === SessionController.SignInUnsupported || failure === SessionController.SessionEnded ? "warning" : "error"
    title: titleText()
    message: messageText()
    detail: failure === SessionController.Rejected && SessionController.failureRequestId !== ""
            ? qsTr("Request ID: %1").arg(SessionController.failureRequestId)
            : failure === SessionController.ServerUnreachable ? SessionController.failureDetail : ""

    AppButton {
        objectName: "previewButton"
        visible: root.failure === SessionController.SignInUnsupported
        text: qsTr("Continue in preview")
        kind: "secondary"
        iconName: "eye"
        onClicked: SessionController.continueInPreview()
    }
}
