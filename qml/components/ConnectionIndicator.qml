import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Whether live updates are flowing: a dot and a word ("Live", "Reconnecting in 4 s",
// "Catching up"), and "Retry now" while waiting to reconnect.
Rectangle {
    id: root

    readonly property int state: Realtime.state
    readonly property bool live: state === Realtime.Live
    readonly property bool waiting: state === Realtime.Reconnecting
    readonly property color tone: live ? Theme.success
                                : waiting ? Theme.warning
                                : state === Realtime.Offline ? Theme.textSubtle : Theme.brandText

    objectName: "connectionIndicator"
    implicitWidth: row.implicitWidth + 2 * Theme.spacingMd
    implicitHeight: 30
    radius: height / 2
    color: live ? Theme.successSoft : waiting ? Theme.warningSoft : Theme.surfaceMuted
    border.color: live ? Theme.successBorder : waiting ? Theme.warningBorder : Theme.border
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingSm
        Rectangle {
            Layout.preferredWidth: 8
            Layout.preferredHeight: 8
            radius: 4
            color: root.tone
            SequentialAnimation on opacity {
                running: root.live || root.state === Realtime.CatchingUp || root.state === Realtime.Connecting
                loops: Animation.Infinite
                NumberAnimation { from: 1; to: 0.3; duration: 900 }
                NumberAnimation { from: 0.3; to: 1; duration: 900 }
            }
        }
        Label {
            id: label
            objectName: "connectionLabel"
            text: root.live ? qsTr("Live", "the realtime connection is up")
                : root.waiting ? qsTr("Reconnecting in %n s", "", Realtime.retryInSeconds)
                : root.state === Realtime.CatchingUp ? qsTr("Catching up…")
                : root.state === Realtime.Connecting ? qsTr("Connecting…") : qsTr("Offline")
            color: root.tone
            font.pixelSize: Theme.fontCaption
            font.weight: Font.DemiBold
        }
        LinkButton {
            visible: root.waiting
            text: qsTr("Retry now")
            onClicked: Realtime.reconnectNow()
        }
    }
}
