import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Everything behind sign-in: the sidebar and the page it selects, only the pages the signed-in
// role may open (SessionController.pages). Remembers the last page.
Rectangle {
    id: root

    // The keys of the pages this person may open (SessionController.pages for their role).
    property var allowedPages: SessionController.pages
    readonly property var allPages: [
        { key: "dashboard", title: qsTr("Dashboard"), icon: "dashboard", group: qsTr("Business") },
        { key: "payments", title: qsTr("Payments"), icon: "payments", group: qsTr("Business") },
        { key: "webhooks", title: qsTr("Webhooks"), icon: "webhooks", group: qsTr("Business") },
        { key: "apiKeys", title: qsTr("API keys"), icon: "key", group: qsTr("Business") },
        { key: "wallet", title: qsTr("Wallet"), icon: "wallet", group: qsTr("Personal") },
        { key: "chat", title: qsTr("Chat"), icon: "chat", group: qsTr("Personal") },
        { key: "admin", title: qsTr("Admin"), icon: "shield", group: qsTr("Operations") },
        { key: "settings", title: qsTr("Settings"), icon: "settings", group: qsTr("Operations") }
    ]
    readonly property var pages: allPages.filter(page => allowedPages.indexOf(page.key) >= 0)
    property string currentPage: pageIndex(Preferences.lastPage) >= 0 ? Preferences.lastPage
                                                                       : pages.length > 0 ? pages[0].key : ""

    function pageIndex(key) {
        return pages.findIndex(page => page.key === key)
    }
    function stackIndex(key) {
        return allPages.findIndex(page => page.key === key)
    }
    function showPage(key) {
        if (pageIndex(key) < 0)
            return
        currentPage = key
        Preferences.lastPage = key
    }

    color: Theme.background

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            objectName: "sidebar"
            pages: root.pages
            currentKey: root.currentPage
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.sidebarWidth
            onPageRequested: key => root.showPage(key)
        }

        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Layout.fillHeight: true

            Rectangle {
                objectName: "previewStrip"
                visible: SessionController.status === SessionController.Preview
                color: Theme.warningSoft
                Layout.fillWidth: true
                Layout.preferredHeight: 44
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.warningBorder
                }
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingXxl
                    anchors.rightMargin: Theme.spacingXxl
                    spacing: Theme.spacingMd
                    Icon {
                        name: "eye"
                        color: Theme.warning
                        Layout.preferredWidth: 18
                        Layout.preferredHeight: 18
                    }
                    Label {
                        text: qsTr("Preview mode: this server does not support sign-in yet, so nothing here belongs to an account.")
                        color: Theme.text
                        font.pixelSize: Theme.fontLabel
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    LinkButton {
                        text: qsTr("Sign in")
                        onClicked: SessionController.signOut()
                    }
                }
            }

            StackLayout {
                id: stack
                objectName: "pageStack"
                currentIndex: root.stackIndex(root.currentPage)
                Layout.fillWidth: true
                Layout.fillHeight: true
                // Only the pages this person may open are built (and load their data).
                PageSlot { key: "dashboard"; sourceComponent: DashboardPage {} }
                PageSlot { key: "payments"; sourceComponent: PaymentsPage {} }
                PageSlot { key: "webhooks"; sourceComponent: WebhooksPage {} }
                PageSlot { key: "apiKeys"; sourceComponent: ApiKeysPage {} }
                PageSlot { key: "wallet"; sourceComponent: WalletPage {} }
                PageSlot { key: "chat"; sourceComponent: ChatPage {} }
                PageSlot { key: "admin"; sourceComponent: AdminPage {} }
                PageSlot { key: "settings"; sourceComponent: SettingsPage {} }
            }
        }
    }

    // Failing webhooks are worth interrupting for, whatever page is open.
    Toast {
        id: toast
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingXl
    }
    // A paydesk://pay/ link (command line, browser, in-app): the wallet page shows the request.
    Connections {
        target: PayLinks
        function onPaymentRequested() { root.showPage("wallet") }
    }
    Component.onCompleted: if (PayLinks.pendingPaymentId !== "") showPage("wallet")
    Connections {
        target: Realtime
        function onEventReceived(topic, data) {
            if (topic === "webhook.endpoint_disabled")
                toast.show(qsTr("Webhook endpoint disabled"),
                           qsTr("%1 kept failing, so deliveries to it are paused. Re-enable it on the Webhooks page.").arg(data.url || ""),
                           "error")
        }
    }

    component PageSlot: Loader {
        property string key
        active: root.allowedPages.indexOf(key) >= 0
    }
}
