import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The left pane: search people (to start a conversation) and the conversations, newest first.
ColumnLayout {
    id: root

    property string currentPeerId
    signal peerChosen(var peer)

    spacing: Theme.spacingSm

    SearchField {
        id: search
        objectName: "chatSearch"
        placeholderText: qsTr("Search people or start a chat")
        Layout.fillWidth: true
        Layout.margins: Theme.spacingMd
        Layout.bottomMargin: 0
        onSearched: text => Chat.conversations.search(text)
    }

    Label {
        visible: search.text !== ""
        text: Chat.conversations.searching ? qsTr("Searching…")
            : Chat.conversations.searchResults.length === 0 ? qsTr("No one matches “%1”.").arg(search.text)
            : qsTr("People")
        color: Theme.textSubtle
        font.pixelSize: Theme.fontCaption
        font.weight: Font.DemiBold
        Layout.leftMargin: Theme.spacingLg
        Layout.topMargin: Theme.spacingSm
    }
    ListView {
        objectName: "searchResults"
        visible: search.text !== ""
        clip: true
        model: Chat.conversations.searchResults
        spacing: 2
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.leftMargin: Theme.spacingSm
        Layout.rightMargin: Theme.spacingSm
        delegate: ItemDelegate {
            required property var modelData
            width: ListView.view.width
            implicitHeight: 56
            Accessible.name: qsTr("Chat with %1").arg(modelData.display_name)
            background: Rectangle {
                color: parent.hovered ? Theme.surfaceMuted : "transparent"
                radius: Theme.radius
            }
            contentItem: RowLayout {
                spacing: Theme.spacingMd
                Avatar {
                    initials: modelData.initials
                    seed: modelData.display_name
                    online: modelData.online
                    size: 36
                }
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Label {
                        text: modelData.display_name
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: modelData.email
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontCaption
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                Icon {
                    name: "chat"
                    color: Theme.textSubtle
                    Layout.preferredWidth: 18
                    Layout.preferredHeight: 18
                }
            }
            onClicked: {
                root.peerChosen(modelData)
                search.text = ""
                Chat.conversations.search("")
            }
        }
    }

    ListView {
        id: list
        objectName: "conversationList"
        visible: search.text === ""
        clip: true
        model: Chat.conversations
        spacing: 2
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.leftMargin: Theme.spacingSm
        Layout.rightMargin: Theme.spacingSm
        Layout.bottomMargin: Theme.spacingSm
        ScrollBar.vertical: ScrollBar {}
        delegate: ConversationRow {
            required property int index
            required property var model
            width: ListView.view.width
            name: model.name
            initials: model.initials
            online: model.online
            preview: model.preview
            previewMine: model.previewMine
            previewStatus: model.previewStatus
            timeText: model.timeText
            unread: model.unread
            typing: model.typing
            selected: model.peerId === root.currentPeerId
            onClicked: root.peerChosen(Chat.conversations.peerAt(index))
        }

        ListState {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacingLg
            height: 160
            loading: Chat.conversations.loading && Chat.conversations.count === 0
            error: Chat.conversations.error
            empty: loading
            onRetry: Chat.conversations.reload()
        }
        Label {
            objectName: "noConversations"
            visible: Chat.conversations.loaded && Chat.conversations.count === 0
                     && Chat.conversations.error === ""
            anchors.top: parent.top
            anchors.topMargin: Theme.spacingXl
            width: parent.width
            padding: Theme.spacingLg
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("No conversations yet.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontLabel
        }
    }
}
