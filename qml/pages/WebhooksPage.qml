import QtQuick
import Paydesk

// Webhook endpoints and their delivery log. Placeholder until the webhooks model exists.
PlaceholderPage {
    objectName: "webhooksPage"
    title: qsTr("Webhooks")
    description: qsTr("The endpoints that receive your signed events, and a log of every delivery attempt.")
    iconName: "webhooks"
    emptyTitle: qsTr("No webhook endpoints")
    emptyText: qsTr("Add an endpoint to receive payment events, each one signed with your secret.")
    plannedFeatures: [
        { icon: "server", title: qsTr("Endpoints"), text: qsTr("Choose which events each URL receives, and roll its signing secret.") },
        { icon: "list", title: qsTr("Delivery log"), text: qsTr("Status code, response time and retries for every attempt.") },
        { icon: "refresh", title: qsTr("Replay"), text: qsTr("Send a past event again once your endpoint is fixed.") }
    ]
}
