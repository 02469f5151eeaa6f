import QtQuick
import QtQuick.Controls.Basic
import Paydesk

// The window: sign-in until a session (or preview) starts, then the shell; a short wait while
// a stored session is restored. Remembers its size.
ApplicationWindow {
    id: window

    width: Preferences.windowWidth
    height: Preferences.windowHeight
    minimumWidth: 960
    minimumHeight: 640
    visible: true
    title: qsTr("Paydesk")
    color: Theme.background
    font.pixelSize: Theme.fontBody

    onClosing: Preferences.rememberWindowSize(width, height)

    Loader {
        id: content
        objectName: "content"
        anchors.fill: parent
        sourceComponent: SessionController.inShell ? shell
                       : SessionController.status === SessionController.Restoring ? restoring : signIn
    }

    Component {
        id: signIn
        SignInPage {}
    }
    Component {
        id: restoring
        RestoringPage {}
    }
    Component {
        id: shell
        AppShell {}
    }
}
