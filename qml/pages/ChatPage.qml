import QtQuick
import Paydesk

// Conversations with other users. Placeholder until the chat models exist.
PlaceholderPage {
    objectName: "chatPage"
    title: qsTr("Chat")
    description: qsTr("Conversations with other Paydesk users, with payments right in the thread.")
    iconName: "chat"
    emptyTitle: qsTr("No conversations yet")
    emptyText: qsTr("Start a conversation to chat, send money and call your contacts.")
    plannedFeatures: [
        { icon: "chat", title: qsTr("Messages"), text: qsTr("Messages written while offline are sent when you reconnect.") },
        { icon: "send", title: qsTr("Money in chat"), text: qsTr("Send or request money without leaving the conversation.") },
        { icon: "phone", title: qsTr("Voice calls"), text: qsTr("Call a contact; the per-minute rate is shown before you start.") }
    ]
}
