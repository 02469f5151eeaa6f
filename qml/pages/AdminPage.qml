import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Operations for administrators: every user with their role, every transaction, the ledger's
// reconciliation report, and (with the calls feature) call rates.
Item {
    id: root

    property string section: "users"
    // The models' filters are maps: their keys are not declared properties.
    readonly property var userFilters: users.filters
    readonly property var transactionFilters: transactions.filters

    objectName: "adminPage"
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Admin")

    UsersModel {
        id: users
        objectName: "usersModel"
    }
    AdminTransactionsModel {
        id: transactions
        objectName: "adminTransactionsModel"
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingXxl
        anchors.rightMargin: Theme.spacingXxl
        anchors.topMargin: Theme.spacingXxl
        anchors.bottomMargin: Theme.spacingXl
        spacing: Theme.spacingLg

        PageHeader {
            title: qsTr("Admin")
            description: qsTr("People, money movements and the ledger's health across the whole system.")
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingMd
            SegmentedControl {
                objectName: "adminSections"
                accessibleName: qsTr("Admin section")
                options: [
                    { value: "users", label: qsTr("Users"), icon: "users" },
                    { value: "transactions", label: qsTr("Transactions"), icon: "receipt" },
                    { value: "reconciliation", label: qsTr("Reconciliation"), icon: "shield" },
                    { value: "rates", label: qsTr("Call rates"), icon: "phone" }
                ]
                currentValue: root.section
                onActivated: value => root.section = value
            }
            Item { Layout.fillWidth: true }
            SearchField {
                visible: root.section === "users"
                placeholderText: qsTr("Search name or email")
                onSearched: text => users.filters = { q: text, role: users.filters.role || "" }
            }
            FilterSelect {
                visible: root.section === "users"
                accessibleName: qsTr("Role")
                value: root.userFilters.role || ""
                options: [
                    { value: "", label: qsTr("All roles") },
                    { value: "user", label: qsTr("Users") },
                    { value: "merchant", label: qsTr("Merchants") },
                    { value: "admin", label: qsTr("Admins") }
                ]
                onPicked: v => users.filters = { q: users.filters.q || "", role: v }
            }
            SearchField {
                visible: root.section === "transactions"
                placeholderText: qsTr("Person (email or ID)")
                onSearched: text => transactions.filters = { user: text, status: transactions.filters.status || "" }
            }
            FilterSelect {
                visible: root.section === "transactions"
                accessibleName: qsTr("Status")
                value: root.transactionFilters.status || ""
                options: [
                    { value: "", label: qsTr("All statuses") },
                    { value: "SUCCESS", label: qsTr("Succeeded") },
                    { value: "PENDING", label: qsTr("Pending") },
                    { value: "FAILED", label: qsTr("Failed") },
                    { value: "REVERSED", label: qsTr("Reversed") }
                ]
                onPicked: v => transactions.filters = { user: transactions.filters.user || "", status: v }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: ["users", "transactions", "reconciliation", "rates"].indexOf(root.section)
            RecordsTable {
                objectName: "usersTable"
                model: users
                iconName: "users"
                emptyTitle: qsTr("No one matches")
                emptyText: qsTr("Try another name, email or role.")
                columns: [
                    { role: "name", title: qsTr("Name"), width: 220 },
                    { role: "email", title: qsTr("Email"), width: -1 },
                    { role: "role", title: qsTr("Role"), width: 120 },
                    { role: "created", title: qsTr("Joined"), width: 150 },
                    { role: "userId", title: qsTr("ID"), width: 230, mono: true }
                ]
            }
            RecordsTable {
                objectName: "transactionsTable"
                model: transactions
                iconName: "receipt"
                emptyTitle: qsTr("No transactions match")
                emptyText: qsTr("Money movements of every wallet appear here.")
                columns: [
                    { role: "amount", title: qsTr("Amount"), width: 140 },
                    { role: "type", title: qsTr("Type"), width: 110 },
                    { role: "status", title: qsTr("Status"), width: 120, chip: true },
                    { role: "fromName", title: qsTr("From"), width: 170 },
                    { role: "toName", title: qsTr("To"), width: 170 },
                    { role: "reference", title: qsTr("Reference"), width: -1 },
                    { role: "created", title: qsTr("Date"), width: 130 }
                ]
            }
            ScrollView {
                contentWidth: availableWidth
                clip: true
                ReconciliationView { width: parent.width }
            }
            Card {
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentItem: Item {
                    EmptyState {
                        anchors.centerIn: parent
                        width: Math.min(parent.width, 560)
                        objectName: "ratesComingSoon"
                        iconName: "phone"
                        chipText: qsTr("Coming with calls")
                        title: qsTr("Call rates arrive with the calls feature")
                        text: qsTr("Per-minute rates for calls between users will be set here once calls are available on the server. Nothing on this tab changes prices today.")
                    }
                }
            }
        }
    }
}
