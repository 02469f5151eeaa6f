import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The person's wallet: the overview (balance live from the server, status, quick actions,
// recent transactions, money in and out over time, breakdowns) and the full history; the
// dialogs to add money, send, withdraw and pay a request. paydesk://pay/ links open here.
Item {
    id: root

    objectName: "walletPage"
    property string view: "overview"
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Wallet")

    WalletController { id: wallet; objectName: "walletController" }
    WalletAnalytics { id: analytics; objectName: "walletAnalytics" }
    WalletHistoryModel { id: recent; objectName: "recentModel"; maxRows: 6 }
    WalletHistoryModel { id: history; objectName: "historyModel" }

    // The figures' texts are written in C++ in the language of the moment: fetch them again.
    Connections {
        target: Preferences
        function onLanguageChanged() { wallet.reload(); analytics.reload(); recent.reload(); history.reload() }
    }
    // A payment link opened from the browser, the command line or inside the app.
    Connections {
        target: PayLinks
        function onPaymentRequested(paymentId) { root.openPayLink(paymentId) }
    }
    Component.onCompleted: if (PayLinks.pendingPaymentId !== "") openPayLink(PayLinks.pendingPaymentId)

    function openPayLink(paymentId) {
        payDialog.openWith(paymentId)
        PayLinks.clear()
    }
    // The history list that gets the optimistic row of a transfer: the one on screen.
    function sendMoney(recipient) {
        transferDialog.openFor(recipient)
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
            spacing: Theme.spacingLg
            PageHeader {
                title: qsTr("Wallet")
                description: qsTr("Your balance, money in and out, transfers and payments.")
                Layout.fillWidth: true
            }
            SegmentedControl {
                objectName: "walletViewSwitch"
                accessibleName: qsTr("Wallet view")
                Layout.alignment: Qt.AlignTop
                options: [
                    { value: "overview", label: qsTr("Overview"), icon: "wallet" },
                    { value: "history", label: qsTr("History"), icon: "list" }
                ]
                currentValue: root.view
                onActivated: value => root.view = value
            }
        }

        Banner {
            visible: wallet.error !== ""
            kind: "error"
            title: qsTr("Your wallet could not be loaded")
            message: wallet.error
            Layout.fillWidth: true
            AppButton { text: qsTr("Try again"); kind: "secondary"; onClicked: wallet.reload() }
        }

        StackLayout {
            currentIndex: root.view === "history" ? 1 : 0
            Layout.fillWidth: true
            Layout.fillHeight: true

            ScrollView {
                id: overview
                contentWidth: availableWidth
                clip: true
                ColumnLayout {
                    width: overview.availableWidth
                    spacing: Theme.spacingLg

                    BalanceCard {
                        wallet: wallet
                        Layout.fillWidth: true
                        onAddMoney: addMoneyDialog.start()
                        onSend: root.sendMoney({})
                        onWithdraw: withdrawDialog.start()
                        onPayRequest: payDialog.openWith("")
                    }
                    RowLayout {
                        spacing: Theme.spacingLg
                        Layout.fillWidth: true
                        Layout.preferredHeight: 400
                        FlowChart {
                            analytics: analytics
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                        }
                        Breakdown {
                            analytics: analytics
                            Layout.fillHeight: true
                            Layout.preferredWidth: Math.max(300, (parent.width - Theme.spacingLg) / 3)
                        }
                    }
                    Card {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 6 * 62 + 90
                        padding: Theme.spacingLg
                        contentItem: ColumnLayout {
                            spacing: Theme.spacingSm
                            RowLayout {
                                Layout.fillWidth: true
                                Label {
                                    text: qsTr("Recent transactions")
                                    color: Theme.text
                                    font.pixelSize: Theme.fontSubtitle
                                    font.weight: Font.DemiBold
                                    Layout.fillWidth: true
                                }
                                LinkButton {
                                    text: qsTr("See all")
                                    onClicked: root.view = "history"
                                }
                            }
                            Item {
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                ListView {
                                    id: recentList
                                    objectName: "recentList"
                                    anchors.fill: parent
                                    interactive: false
                                    clip: true
                                    spacing: 2
                                    model: recent
                                    delegate: TransactionRow {
                                        width: ListView.view.width
                                        onOpened: row => drawer.transaction = recent.rowAt(row)
                                    }
                                }
                                ListState {
                                    anchors.fill: parent
                                    loading: recent.loading && recent.count === 0
                                    error: recent.count === 0 ? recent.error : ""
                                    empty: recent.loaded && recent.count === 0
                                    iconName: "wallet"
                                    emptyTitle: qsTr("No transactions yet")
                                    emptyText: qsTr("Add money to get started, then send it to anyone on Paydesk.")
                                    onRetry: recent.reload()
                                }
                            }
                        }
                    }
                    Item { Layout.preferredHeight: Theme.spacingSm }
                }
            }

            HistoryView {
                history: history
                onOpened: row => drawer.transaction = history.rowAt(row)
                onExported: text => toast.show(qsTr("Export finished"), text, "success")
            }
        }
    }

    // Dims the page while the drawer is open; a click outside closes it.
    Rectangle {
        anchors.fill: parent
        visible: drawer.open
        color: Qt.rgba(0, 0, 0, Theme.dark ? 0.35 : 0.12)
        MouseArea { anchors.fill: parent; onClicked: drawer.transaction = {} }
    }
    TransactionDrawer {
        id: drawer
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        onClosed: transaction = {}
    }
    Toast {
        id: toast
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingXl
    }

    TransferDialog {
        id: transferDialog
        currency: wallet.currency || "NGN"
        history: root.view === "history" ? history : recent
        onClosed: if (transfer.step === TransferController.Done) toast.show(qsTr("Money sent"), transfer.outcome, "success")
    }
    AddMoneyDialog { id: addMoneyDialog; wallet: wallet; currency: wallet.currency || "NGN" }
    WithdrawDialog { id: withdrawDialog; wallet: wallet; currency: wallet.currency || "NGN" }
    PayRequestDialog { id: payDialog; wallet: wallet }
}
