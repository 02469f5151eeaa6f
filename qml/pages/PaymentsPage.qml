import QtQuick
import Paydesk

// Every payment created through the API. Placeholder until the payments model exists.
PlaceholderPage {
    objectName: "paymentsPage"
    title: qsTr("Payments")
    description: qsTr("Every payment your apps create through the API, with its status, amount and customer.")
    iconName: "payments"
    emptyTitle: qsTr("No payments yet")
    emptyText: qsTr("Payments created with your API keys will be listed here, newest first.")
    plannedFeatures: [
        { icon: "search", title: qsTr("Search and filters"), text: qsTr("Find a payment by status, amount, date or customer in a moment.") },
        { icon: "receipt", title: qsTr("Payment details"), text: qsTr("A timeline of each payment with its ledger entries and refunds.") },
        { icon: "download", title: qsTr("Export"), text: qsTr("Download any filtered list as CSV for your accounting.") }
    ]
}
