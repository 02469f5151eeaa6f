import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Shown at start-up while the stored session is renewed: normally for a blink. When the server
// is away it says so and keeps trying; the person may sign in with another account instead.
Rectangle {
    id: root

    readonly property bool waiting: SessionController.failure !== SessionController.None

    objectName: "restoringPage"
    color: Theme.background

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(420, parent.width - 2 * Theme.spacingXxl)
        spacing: Theme.spacingLg

        BrandMark {
            Layout.preferredWidth: 48
            Layout.preferredHeight: 48
            Layout.alignment: Qt.AlignHCenter
        }
        RowLayout {
            spacing: Theme.spacingMd
            Layout.alignment: Qt.AlignHCenter
            Spinner {
                Layout.preferredWidth: 18
                Layout.preferredHeight: 18
            }
            Label {
                text: root.waiting ? qsTr("Waiting for the server…") : qsTr("Signing you back in…")
                color: Theme.text
                font.pixelSize: Theme.fontSubtitle
                font.weight: Font.DemiBold
            }
        }
        Label {
            visible: root.waiting
            text: qsTr("%1 does not answer yet. Paydesk keeps trying and opens your console as soon as it does.").arg(SessionController.serverUrl)
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        LinkButton {
            objectName: "otherAccountLink"
            text: qsTr("Sign in with another account")
            Layout.alignment: Qt.AlignHCenter
            onClicked: SessionController.signOut()
        }
    }
}
