import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The right-hand panel: the opened delivery with every attempt (request headers, response
// status, headers and body, latency) and "Retry now"; otherwise the retry queue.
Rectangle {
    id: root

    required property WebhooksController webhooks
    readonly property var delivery: webhooks.delivery // a map: its keys are not declared properties
    readonly property bool showingDelivery: (delivery.deliveryId || "") !== ""

    radius: Theme.radiusLg
    color: Theme.surface
    border.color: Theme.border

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: 1
        contentWidth: availableWidth
        clip: true
        ColumnLayout {
            width: scroll.availableWidth - 2 * Theme.spacingLg
            x: Theme.spacingLg
            spacing: Theme.spacingMd

            Item { Layout.preferredHeight: Theme.spacingSm }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: root.showingDelivery ? root.delivery.eventType : qsTr("Retry queue")
                    color: Theme.text
                    font.pixelSize: Theme.fontSubtitle
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                StatusChip { visible: root.showingDelivery; status: root.delivery.status || "" }
                AppButton {
                    visible: root.showingDelivery
                    kind: "ghost"
                    iconName: "close"
                    text: ""
                    Accessible.name: qsTr("Back to the retry queue")
                    Layout.preferredWidth: 40
                    onClicked: root.webhooks.closeDelivery()
                }
            }

            // The retry queue
            Label {
                visible: !root.showingDelivery
                text: root.webhooks.queue.length === 0 ? qsTr("Nothing is waiting: every delivery has been sent or has given up.")
                                                       : qsTr("Deliveries waiting for their next attempt, the next due first.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontLabel
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: root.showingDelivery ? [] : root.webhooks.queue
                Rectangle {
                    id: queuedItem
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: queued.implicitHeight + 2 * Theme.spacingMd
                    radius: Theme.radius
                    color: Theme.surfaceMuted
                    ColumnLayout {
                        id: queued
                        anchors.fill: parent
                        anchors.margins: Theme.spacingMd
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            Label { text: queuedItem.modelData.eventType; color: Theme.text; font.weight: Font.DemiBold; Layout.fillWidth: true; elide: Text.ElideRight }
                            StatusChip { status: queuedItem.modelData.status }
                        }
                        Label {
                            text: qsTr("Next attempt %1  ·  %n attempt(s) so far", "", queuedItem.modelData.attempts).arg(queuedItem.modelData.nextAttempt)
                            color: Theme.warning
                            font.pixelSize: Theme.fontCaption
                        }
                        Label {
                            visible: queuedItem.modelData.lastError !== ""
                            text: queuedItem.modelData.lastError
                            color: Theme.textSubtle
                            font.pixelSize: Theme.fontCaption
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            Label { text: queuedItem.modelData.url; color: Theme.textSubtle; font.pixelSize: Theme.fontCaption; elide: Text.ElideMiddle; Layout.fillWidth: true }
                            LinkButton { text: qsTr("Retry now"); onClicked: root.webhooks.retry(queuedItem.modelData.deliveryId) }
                        }
                    }
                }
            }

            // One delivery
            ColumnLayout {
                visible: root.showingDelivery
                spacing: Theme.spacingMd
                Layout.fillWidth: true
                DetailLine { label: qsTr("Webhook ID"); value: root.delivery.webhookId || ""; copyable: true; mono: true; Layout.fillWidth: true }
                DetailLine { label: qsTr("URL"); value: root.delivery.url || ""; Layout.fillWidth: true }
                DetailLine { label: qsTr("Created"); value: root.delivery.created || ""; Layout.fillWidth: true }
                AppButton {
                    objectName: "retryDelivery"
                    text: qsTr("Retry now")
                    iconName: "refresh"
                    kind: "secondary"
                    busy: root.webhooks.busy
                    onClicked: root.webhooks.retry(root.delivery.deliveryId)
                }
                CodeBlock { title: qsTr("Body"); text: root.delivery.body || ""; Layout.fillWidth: true }
                Repeater {
                    model: root.delivery.attempts || []
                    ColumnLayout {
                        id: attemptItem
                        required property var modelData
                        spacing: Theme.spacingSm
                        Layout.fillWidth: true
                        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                        RowLayout {
                            spacing: Theme.spacingSm
                            Layout.fillWidth: true
                            Label {
                                text: qsTr("Attempt %1").arg(attemptItem.modelData.attempt) + (attemptItem.modelData.manual ? qsTr(" (manual)") : "")
                                color: Theme.text
                                font.weight: Font.DemiBold
                            }
                            StatusChip {
                                kind: attemptItem.modelData.succeeded ? "success" : "danger"
                                text: attemptItem.modelData.responseStatus === "—" ? qsTr("No answer") : qsTr("HTTP %1").arg(attemptItem.modelData.responseStatus)
                            }
                            Item { Layout.fillWidth: true }
                            Label { text: attemptItem.modelData.latency + "  ·  " + attemptItem.modelData.at; color: Theme.textSubtle; font.pixelSize: Theme.fontCaption }
                        }
                        Label { visible: attemptItem.modelData.error !== "" && attemptItem.modelData.responseStatus === "—"; text: attemptItem.modelData.error; color: Theme.danger; font.pixelSize: Theme.fontCaption; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        CodeBlock { title: qsTr("Request headers"); text: attemptItem.modelData.requestHeaders; Layout.fillWidth: true }
                        CodeBlock { title: qsTr("Response headers"); text: attemptItem.modelData.responseHeaders; visible: text !== ""; Layout.fillWidth: true }
                        CodeBlock { title: qsTr("Response body"); text: attemptItem.modelData.responseBody; visible: text !== ""; Layout.fillWidth: true }
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.spacingLg }
        }
    }
}
