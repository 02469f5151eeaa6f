import QtQuick
import Paydesk

// Operator tools. Placeholder until the admin models exist.
PlaceholderPage {
    objectName: "adminPage"
    title: qsTr("Admin")
    description: qsTr("Tools for operators: users, all transactions, call rates and reconciliation.")
    iconName: "shield"
    emptyTitle: qsTr("Administration tools are on their way")
    emptyText: qsTr("Only administrators will see this area. It will list users and transactions and show the ledger reconciliation report.")
    plannedFeatures: [
        { icon: "users", title: qsTr("Users"), text: qsTr("Search users, see their wallets and disable an account if needed.") },
        { icon: "phone", title: qsTr("Call rates"), text: qsTr("Set the per-minute rate; each call records the rate in force.") },
        { icon: "checkCircle", title: qsTr("Reconciliation"), text: qsTr("Prove that every balance equals the sum of its ledger entries.") }
    ]
}
