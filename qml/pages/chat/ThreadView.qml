import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The open conversation: header (peer, presence or "typing…", Send money), the messages grouped
// by day (older ones load when scrolled to the top), the peer's typing bubble, an offline strip
// with what waits in the outbox, and the composer.
ColumnLayout {
    id: root

    signal sendMoneyRequested(var peer)

    readonly property var peer: Chat.currentPeer

    spacing: 0

    // Header
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: 68
        color: "transparent"
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
        }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingLg
            anchors.rightMargin: Theme.spacingLg
            spacing: Theme.spacingMd
            Avatar {
                initials: root.peer.initials || ""
                seed: root.peer.display_name || ""
                online: root.peer.online || false
                size: 40
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    objectName: "threadTitle"
                    text: root.peer.display_name || ""
                    color: Theme.text
                    font.pixelSize: Theme.fontSubtitle
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "threadStatus"
                    text: Chat.peerTyping ? qsTr("typing…") : Chat.currentPeerStatus
                    color: Chat.peerTyping || (root.peer.online || false) ? Theme.success : Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            AppButton {
                objectName: "sendMoneyButton"
                text: qsTr("Send money")
                iconName: "send"
                kind: "secondary"
                onClicked: root.sendMoneyRequested({ id: root.peer.id, display_name: root.peer.display_name,
                                                     email: root.peer.email })
            }
        }
    }

    // Messages
    ListView {
        id: thread
        objectName: "messageList"
        clip: true
        model: Chat.messages
        spacing: Theme.spacingXs
        topMargin: Theme.spacingMd
        bottomMargin: Theme.spacingMd
        Layout.fillWidth: true
        Layout.fillHeight: true
        ScrollBar.vertical: ScrollBar {}

        property bool stickToEnd: true
        onMovementEnded: stickToEnd = atYEnd
        onCountChanged: if (stickToEnd) Qt.callLater(positionViewAtEnd)
        onContentYChanged: {
            if (atYBeginning && count > 0 && Chat.messages.hasMore && !Chat.messages.loading)
                Chat.messages.loadOlder()
        }

        header: Item {
            width: thread.width
            height: Chat.messages.loading && thread.count > 0 ? 36 : 0
            Spinner {
                anchors.centerIn: parent
                visible: parent.height > 0
                width: 20
                height: 20
            }
        }
        delegate: MessageBubble {
            required property var model
            text: model.text
            mine: model.mine
            timeText: model.timeText
            status: model.status
            kind: model.kind
            amountText: model.amountText
            showDay: model.showDay
            dayLabel: model.dayLabel
            width: ListView.view.width - 2 * Theme.spacingLg
            x: Theme.spacingLg
            maxBubbleWidth: Math.min(520, width * 0.72)
        }
        footer: Item {
            width: thread.width
            height: Chat.peerTyping ? 44 : 0
            TypingIndicator {
                visible: Chat.peerTyping
                x: Theme.spacingLg
                anchors.bottom: parent.bottom
            }
        }

        ListState {
            anchors.centerIn: parent
            width: parent.width
            loading: Chat.messages.loading && thread.count === 0
            error: Chat.messages.error
            empty: Chat.messages.loaded && thread.count === 0
            iconName: "chat"
            emptyTitle: qsTr("Say hello")
            emptyText: qsTr("Messages you write while offline are kept and sent when you reconnect.")
        }
    }

    // Offline strip
    Rectangle {
        objectName: "offlineStrip"
        visible: !Chat.connected
        color: Theme.warningSoft
        Layout.fillWidth: true
        Layout.preferredHeight: 36
        Rectangle { width: parent.width; height: 1; color: Theme.warningBorder }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingLg
            anchors.rightMargin: Theme.spacingLg
            spacing: Theme.spacingSm
            Icon {
                name: "clock"
                color: Theme.warning
                Layout.preferredWidth: 16
                Layout.preferredHeight: 16
            }
            Label {
                text: Chat.pendingCount > 0
                      ? qsTr("You are offline. Waiting to send: %1. They go out, in order, when the connection is back.").arg(Chat.pendingCount)
                      : qsTr("You are offline. Messages you write are sent when the connection is back.")
                color: Theme.text
                font.pixelSize: Theme.fontLabel
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            LinkButton {
                visible: Realtime.state === Realtime.Reconnecting
                text: qsTr("Retry now")
                onClicked: Realtime.reconnectNow()
            }
        }
    }

    // Composer
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(160, composer.implicitHeight + 2 * Theme.spacingMd)
        color: "transparent"
        Rectangle { width: parent.width; height: 1; color: Theme.border }
        RowLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacingMd
            anchors.leftMargin: Theme.spacingLg
            spacing: Theme.spacingMd
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                TextArea {
                    id: composer
                    objectName: "composer"
                    placeholderText: qsTr("Write a message…")
                    placeholderTextColor: Theme.textSubtle
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: TextEdit.Wrap
                    selectByMouse: true
                    Accessible.name: qsTr("Message")
                    background: Rectangle {
                        radius: Theme.radius
                        color: Theme.surfaceMuted
                        border.color: composer.activeFocus ? Theme.focusRing : Theme.border
                        border.width: composer.activeFocus ? 2 : 1
                    }
                    onTextChanged: Chat.composing(text)
                    Keys.onReturnPressed: event => {
                        if (event.modifiers & Qt.ShiftModifier)
                            event.accepted = false
                        else
                            root.send()
                    }
                }
            }
            AppButton {
                objectName: "sendButton"
                text: qsTr("Send")
                iconName: "send"
                enabled: composer.text.trim() !== "" && composer.text.length <= 4000
                Layout.alignment: Qt.AlignBottom
                onClicked: root.send()
            }
        }
    }

    function send() {
        if (Chat.send(composer.text)) {
            composer.text = ""
            thread.stickToEnd = true
            thread.positionViewAtEnd()
        }
    }
    function focusComposer() {
        composer.forceActiveFocus()
    }
}
