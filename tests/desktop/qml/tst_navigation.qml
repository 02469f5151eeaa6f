import QtQuick
import QtTest
import Paydesk

// The shell's sidebar: mouse and keyboard switch pages, every page is designed and named, the
// last page comes back next time, and each role sees only its pages.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: shellComponent
        AppShell {
            anchors.fill: parent
            allowedPages: SessionController.pagesForRole("admin")
        }
    }
    Component {
        id: roleShellComponent
        AppShell { anchors.fill: parent }
    }

    TestCase {
        name: "Navigation"
        when: windowShown

        function shownPage(shell) {
            // Each page sits in a loader that builds it only for roles that may open it.
            const stack = findChild(shell, "pageStack")
            const slot = stack.children[stack.currentIndex]
            return slot.item ? slot.item : slot
        }

        function test_clickingEntrySwitchesPage() {
            const shell = createTemporaryObject(shellComponent, root)
            mouseClick(findChild(shell, "nav_payments"))
            compare(shell.currentPage, "payments")
            compare(shownPage(shell).objectName, "paymentsPage")
            compare(Preferences.lastPage, "payments")
        }

        function test_arrowKeysMoveThroughPages() {
            const shell = createTemporaryObject(shellComponent, root)
            mouseClick(findChild(shell, "nav_dashboard"))
            keyClick(Qt.Key_Down)
            compare(shell.currentPage, "payments")
            verify(findChild(shell, "nav_payments").activeFocus)
            keyClick(Qt.Key_Up)
            keyClick(Qt.Key_Up)
            compare(shell.currentPage, "settings")
            compare(shownPage(shell).objectName, "settingsPage")
        }

        function test_everyPageIsDesignedAndNamed_data() {
            return [
                { tag: "dashboard", page: "dashboardPage", title: "Dashboard" },
                { tag: "payments", page: "paymentsPage", title: "Payments" },
                { tag: "webhooks", page: "webhooksPage", title: "Webhooks" },
                { tag: "apiKeys", page: "apiKeysPage", title: "API keys" },
                { tag: "wallet", page: "walletPage", title: "Wallet" },
                { tag: "chat", page: "chatPage", title: "Chat" },
                { tag: "admin", page: "adminPage", title: "Admin" },
                { tag: "settings", page: "settingsPage", title: "Settings" }
            ]
        }
        function test_everyPageIsDesignedAndNamed(data) {
            const shell = createTemporaryObject(shellComponent, root)
            const entry = findChild(shell, "nav_" + data.tag)
            compare(entry.Accessible.name, data.title)
            mouseClick(entry)
            const page = shownPage(shell)
            compare(page.objectName, data.page)
            compare(page.Accessible.name, data.title)
            compare(findChild(page, "pageTitle").text, data.title)
        }

        function test_roleSeesOnlyItsPages_data() {
            return [
                { tag: "user", shown: ["wallet", "chat", "settings"],
                  hidden: ["dashboard", "payments", "webhooks", "apiKeys", "admin"] },
                { tag: "merchant", shown: ["dashboard", "payments", "webhooks", "apiKeys", "wallet", "chat", "settings"],
                  hidden: ["admin"] },
                { tag: "admin", shown: ["dashboard", "payments", "webhooks", "apiKeys", "wallet", "chat", "admin", "settings"],
                  hidden: [] }
            ]
        }
        function test_roleSeesOnlyItsPages(data) {
            const shell = createTemporaryObject(roleShellComponent, root,
                                                { allowedPages: SessionController.pagesForRole(data.tag) })
            for (const key of data.shown)
                verify(findChild(shell, "nav_" + key), key)
            for (const key of data.hidden)
                verify(!findChild(shell, "nav_" + key), key)
            compare(shell.pages.length, data.shown.length)
        }

        function test_forbiddenLastPageFallsBackToFirstAllowed() {
            Preferences.lastPage = "admin"
            const shell = createTemporaryObject(roleShellComponent, root,
                                                { allowedPages: SessionController.pagesForRole("user") })
            compare(shell.currentPage, "wallet")
            compare(shownPage(shell).objectName, "walletPage")
        }

        function test_lastPageIsRestored() {
            Preferences.lastPage = "wallet"
            const shell = createTemporaryObject(shellComponent, root)
            compare(shell.currentPage, "wallet")
            compare(shownPage(shell).objectName, "walletPage")
        }

        function test_unknownLastPageFallsBackToDashboard() {
            Preferences.lastPage = "no-such-page"
            const shell = createTemporaryObject(shellComponent, root)
            compare(shell.currentPage, "dashboard")
        }
    }
}
