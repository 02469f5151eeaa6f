import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The newest recorded status changes, from the server (refreshed as events arrive).
Card {
    id: root

    required property DashboardController dashboard

    padding: Theme.spacingLg + 4
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Recent activity")

    contentItem: ColumnLayout {
        spacing: Theme.spacingMd
        RowLayout {
            Layout.fillWidth: true
            Icon {
                name: "clock"
                color: Theme.brandText
                Layout.preferredWidth: 18
                Layout.preferredHeight: 18
            }
            Label {
                text: qsTr("Recent activity")
                color: Theme.text
                font.pixelSize: Theme.fontSubtitle
                font.weight: Font.DemiBold
                Layout.fillWidth: true
            }
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 240
            Column {
                id: rows
                width: parent.width
                Repeater {
                    model: root.dashboard.activity
                    ActivityRow {
                        required property var modelData
                        width: rows.width
                        statusValue: modelData.status
                        title: modelData.amount + "  ·  " + modelData.appName
                        subtitle: modelData.reference + "  ·  " + modelData.paymentId
                        trailing: modelData.at
                    }
                }
            }
            ListState {
                anchors.fill: parent
                loading: root.dashboard.loading && !root.dashboard.loaded
                empty: root.dashboard.activity.length === 0
                iconName: "clock"
                emptyTitle: qsTr("No activity yet")
                emptyText: qsTr("Create a payment with your API key and its progress shows up here.")
            }
        }
    }
}
