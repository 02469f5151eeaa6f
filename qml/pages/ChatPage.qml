import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The messenger: conversations on the left (search to start one), the open conversation on the
// right. Messages written offline wait in the outbox and go out on reconnect. A message that
// arrives while the person looks elsewhere shows a toast (and the window asks for attention).
// "Send money" in a conversation's header emits sendMoneyRequested({id, display_name, email})
// and opens the wallet's transfer dialog for that person (review, PIN, safe retry); the
// transfer then shows in the thread as it lands.
Item {
    id: root

    signal sendMoneyRequested(var peer)

    readonly property bool threadOpen: Chat.currentPeer.id !== undefined

    objectName: "chatPage"
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Chat")

    // The open thread counts as read only while it is on screen in the active window.
    Binding {
        target: Chat
        property: "viewActive"
        value: root.visible && root.threadOpen && Qt.application.state === Qt.ApplicationActive
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingXxl
        anchors.rightMargin: Theme.spacingXxl
        anchors.topMargin: Theme.spacingXxl
        anchors.bottomMargin: Theme.spacingXl
        spacing: Theme.spacingLg

        RowLayout {
            Layout.fillWidth: true
            PageHeader {
                title: qsTr("Chat")
                description: Chat.conversations.totalUnread > 0
                             ? qsTr("Unread: %1. Messages, receipts and money, in one place.").arg(Chat.conversations.totalUnread)
                             : qsTr("Messages, receipts and money, in one place.")
                Layout.fillWidth: true
            }
            ConnectionIndicator {
                Layout.alignment: Qt.AlignTop
            }
        }

        Pane {
            padding: 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            background: Rectangle {
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radiusLg
            }

            RowLayout {
                anchors.fill: parent
                spacing: 0

                ConversationList {
                    currentPeerId: root.threadOpen ? Chat.currentPeer.id : ""
                    Layout.fillWidth: false
                    Layout.preferredWidth: 340
                    Layout.maximumWidth: 340
                    Layout.fillHeight: true
                    onPeerChosen: peer => root.open(peer)
                }
                Rectangle {
                    Layout.preferredWidth: 1
                    Layout.fillHeight: true
                    color: Theme.border
                }
                ThreadView {
                    id: thread
                    visible: root.threadOpen
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    onSendMoneyRequested: peer => root.sendMoneyRequested(peer)
                }
                Item {
                    visible: !root.threadOpen
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    EmptyState {
                        objectName: "chatEmptyState"
                        anchors.centerIn: parent
                        width: Math.min(parent.width - 2 * Theme.spacingXl, 420)
                        iconName: "chat"
                        title: Chat.conversations.count > 0 ? qsTr("Pick a conversation")
                                                            : qsTr("No conversations yet")
                        text: Chat.conversations.count > 0
                              ? qsTr("Choose someone on the left, or search for a person to start a new chat.")
                              : qsTr("Search for a Paydesk user by name or email to send your first message.")
                    }
                }
            }
        }
    }

    function open(peer) {
        Chat.openConversation(peer)
        thread.focusComposer()
    }

    Toast {
        id: toast
        objectName: "chatToast"
        parent: root.Window.window ? root.Window.window.contentItem : root
        z: 1000
        anchors.right: parent ? parent.right : undefined
        anchors.bottom: parent ? parent.bottom : undefined
        anchors.margins: Theme.spacingXl
    }
    Connections {
        target: Chat
        function onNotification(title, text, peer) {
            toast.show(title, text, "info")
        }
        function onSendFailed(message) {
            toast.show(qsTr("Message not sent"), message, "error")
        }
    }

    WalletController { id: wallet; objectName: "chatWallet" }
    TransferDialog {
        id: transferDialog
        objectName: "chatTransferDialog"
        currency: wallet.currency || "NGN"
        onClosed: if (transfer.step === TransferController.Done)
                      toast.show(qsTr("Money sent"), transfer.outcome, "success")
    }
    onSendMoneyRequested: peer => transferDialog.openFor(peer)
}
