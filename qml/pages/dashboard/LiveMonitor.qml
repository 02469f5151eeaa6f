import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Payment status changes as they happen, over the WebSocket: newest on top, sliding in.
Card {
    id: root

    required property string mode

    padding: Theme.spacingLg + 4
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Live monitor")

    LiveEventsModel {
        id: events
        mode: root.mode
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingMd
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSm
            Icon {
                name: "bolt"
                color: Theme.brandText
                Layout.preferredWidth: 18
                Layout.preferredHeight: 18
            }
            Label {
                text: qsTr("Live monitor")
                color: Theme.text
                font.pixelSize: Theme.fontSubtitle
                font.weight: Font.DemiBold
                Layout.fillWidth: true
            }
            ConnectionIndicator {}
        }
        ListView {
            id: list
            objectName: "liveList"
            model: events
            clip: true
            spacing: 0
            interactive: contentHeight > height
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 240
            add: Transition {
                NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 250 }
                NumberAnimation { property: "x"; from: -24; to: 0; duration: 250; easing.type: Easing.OutCubic }
            }
            displaced: Transition {
                NumberAnimation { properties: "y"; duration: 200 }
            }
            delegate: ActivityRow {
                required property string status
                required property string amount
                required property string reference
                required property string paymentId
                required property string time
                width: ListView.view.width
                statusValue: status
                title: amount
                subtitle: reference + "  ·  " + paymentId
                trailing: time
            }
            ListState {
                anchors.fill: parent
                empty: list.count === 0
                iconName: "bolt"
                emptyTitle: qsTr("Waiting for payments")
                emptyText: qsTr("Payments created or completed while this window is open appear here the moment they happen.")
            }
        }
    }
}
