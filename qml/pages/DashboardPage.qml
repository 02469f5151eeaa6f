import QtQuick
import Paydesk

// The merchant's overview. Placeholder until the KPI and chart models exist.
PlaceholderPage {
    objectName: "dashboardPage"
    title: qsTr("Dashboard")
    description: qsTr("Your business at a glance: volume, successful payments, refunds and what is happening right now.")
    iconName: "dashboard"
    emptyTitle: qsTr("No activity to show yet")
    emptyText: qsTr("Key figures and charts appear here as soon as payments start flowing through your account.")
    plannedFeatures: [
        { icon: "trend", title: qsTr("Key figures"), text: qsTr("Gross volume, net volume and success rate for the period you choose.") },
        { icon: "chart", title: qsTr("Volume charts"), text: qsTr("Daily and hourly charts to spot trends, peaks and dips.") },
        { icon: "bolt", title: qsTr("Live monitor"), text: qsTr("Payments and webhook deliveries as they happen, without refreshing.") }
    ]
}
