import QtQuick
import Paydesk

// The end user's wallet. Placeholder until the wallet and history models exist.
PlaceholderPage {
    objectName: "walletPage"
    title: qsTr("Wallet")
    description: qsTr("Your balance, money in and out, transfers to other users and bill payments.")
    iconName: "wallet"
    emptyTitle: qsTr("No wallet activity yet")
    emptyText: qsTr("Add money, send transfers and pay bills from here. Every movement appears in your history.")
    plannedFeatures: [
        { icon: "list", title: qsTr("Balance and history"), text: qsTr("Your balance and every movement, each backed by the ledger.") },
        { icon: "send", title: qsTr("Transfers"), text: qsTr("Send money to another Paydesk user in a few seconds.") },
        { icon: "receipt", title: qsTr("Bills and airtime"), text: qsTr("Pay electricity, internet, water and airtime, with cashback.") }
    ]
}
