import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Webhook deliveries: endpoint health (disabled ones to re-enable), the delivery log with its
// filters, and beside it the retry queue or the opened delivery's attempts; test-send.
Item {
    id: root

    objectName: "webhooksPage"
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Webhooks")

    property string appFilter
    property string statusFilter
    property string eventFilter

    WebhooksController {
        id: webhooks
        objectName: "webhooksController"
        onDeliveriesChanged: deliveries.reload()
    }
    WebhookDeliveriesModel {
        id: deliveries
        objectName: "deliveriesModel"
        filters: ({ app_id: root.appFilter, status: root.statusFilter, event_type: root.eventFilter })
    }
    AppsModel {
        id: apps
        pageSize: 100
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
                title: qsTr("Webhooks")
                description: qsTr("Every event sent to your endpoints, each attempt and what your server answered.")
                Layout.fillWidth: true
            }
            FilterSelect {
                id: testApp
                accessibleName: qsTr("App to send a test event to")
                Layout.alignment: Qt.AlignTop
                options: {
                    const list = []
                    for (let i = 0; i < apps.count; ++i)
                        if (apps.get(i).webhookUrl !== "")
                            list.push({ value: apps.get(i).appId, label: apps.get(i).name })
                    return list
                }
                value: options.length > 0 ? options[0].value : ""
                onPicked: v => value = v
            }
            AppButton {
                objectName: "sendTestButton"
                text: qsTr("Send test event")
                iconName: "send"
                kind: "secondary"
                enabled: testApp.value !== ""
                Layout.alignment: Qt.AlignTop
                onClicked: webhooks.sendTest(testApp.value)
            }
        }

        Banner {
            visible: webhooks.error !== "" || webhooks.notice !== ""
            kind: webhooks.error !== "" ? "error" : "success"
            title: webhooks.error !== "" ? webhooks.error : webhooks.notice
            Layout.fillWidth: true
        }
        EndpointStrip {
            webhooks: webhooks
            Layout.fillWidth: true
        }

        RowLayout {
            spacing: Theme.spacingSm
            Layout.fillWidth: true
            FilterSelect {
                objectName: "deliveryAppFilter"
                accessibleName: qsTr("App")
                value: root.appFilter
                options: {
                    const list = [{ value: "", label: qsTr("All apps") }]
                    for (let i = 0; i < apps.count; ++i)
                        list.push({ value: apps.get(i).appId, label: apps.get(i).name })
                    return list
                }
                onPicked: v => root.appFilter = v
            }
            FilterSelect {
                objectName: "deliveryStatusFilter"
                accessibleName: qsTr("Delivery status")
                value: root.statusFilter
                options: [
                    { value: "", label: qsTr("All statuses") },
                    { value: "delivered", label: qsTr("Delivered") },
                    { value: "pending", label: qsTr("Pending") },
                    { value: "failed", label: qsTr("Failed") },
                    { value: "paused", label: qsTr("Paused") }
                ]
                onPicked: v => root.statusFilter = v
            }
            FilterSelect {
                objectName: "deliveryEventFilter"
                accessibleName: qsTr("Event type")
                value: root.eventFilter
                options: [
                    { value: "", label: qsTr("All events") },
                    { value: "payment.created", label: "payment.created" },
                    { value: "payment.success", label: "payment.success" },
                    { value: "payment.failed", label: "payment.failed" },
                    { value: "payment.expired", label: "payment.expired" },
                    { value: "webhook.test", label: "webhook.test" }
                ]
                onPicked: v => root.eventFilter = v
            }
            Item { Layout.fillWidth: true }
            AppButton {
                text: qsTr("Refresh")
                kind: "ghost"
                iconName: "refresh"
                onClicked: { deliveries.reload(); webhooks.refresh() }
            }
        }

        RowLayout {
            spacing: Theme.spacingLg
            Layout.fillWidth: true
            Layout.fillHeight: true

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radiusLg
                color: Theme.surface
                border.color: Theme.border
                clip: true
                ListView {
                    id: log
                    objectName: "deliveryList"
                    anchors.fill: parent
                    anchors.margins: 1
                    model: deliveries
                    clip: true
                    reuseItems: true
                    keyNavigationEnabled: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Delivery log")
                    ScrollBar.vertical: ScrollBar {}
                    delegate: AbstractButton {
                        id: entry
                        required property int index
                        required property string deliveryId
                        required property string eventType
                        required property string status
                        required property string url
                        required property int attempts
                        required property string lastStatus
                        required property string created
                        width: ListView.view.width
                        height: 58
                        Accessible.role: Accessible.ListItem
                        Accessible.name: eventType + ", " + chip.text + ", " + created
                        onClicked: webhooks.openDelivery(deliveryId)
                        background: Rectangle {
                            color: webhooks.delivery.deliveryId === entry.deliveryId ? Theme.brandSoft : entry.hovered ? Theme.surfaceMuted : "transparent"
                            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border; opacity: 0.7 }
                        }
                        contentItem: RowLayout {
                            spacing: Theme.spacingMd
                            anchors.leftMargin: Theme.spacingLg
                            StatusChip { id: chip; status: entry.status; Layout.leftMargin: Theme.spacingLg; Layout.preferredWidth: 104 }
                            ColumnLayout {
                                spacing: 0
                                Layout.fillWidth: true
                                Label { text: entry.eventType; color: Theme.text; font.weight: Font.DemiBold; font.pixelSize: Theme.fontLabel }
                                Label { text: entry.url; color: Theme.textSubtle; font.pixelSize: Theme.fontCaption; elide: Text.ElideMiddle; Layout.fillWidth: true }
                            }
                            Label {
                                text: qsTr("%n attempt(s)", "", entry.attempts) + "  ·  " + (entry.lastStatus === "—" ? qsTr("no answer") : "HTTP " + entry.lastStatus)
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontCaption
                            }
                            Label { text: entry.created; color: Theme.textMuted; font.pixelSize: Theme.fontCaption; Layout.rightMargin: Theme.spacingLg }
                        }
                    }
                    ListState {
                        anchors.fill: parent
                        loading: deliveries.loading
                        error: deliveries.error
                        empty: deliveries.count === 0
                        iconName: "webhooks"
                        emptyTitle: qsTr("No deliveries match")
                        emptyText: qsTr("Set a webhook URL on an app and every payment status change is sent there and logged here.")
                        onRetry: deliveries.reload()
                    }
                }
            }
            DeliveryPanel {
                webhooks: webhooks
                Layout.fillHeight: true
                Layout.preferredWidth: Math.max(360, parent.width * 0.4)
            }
        }
    }
}
