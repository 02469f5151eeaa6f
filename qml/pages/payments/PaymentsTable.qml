import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The payments table: a sortable header and rows that load page by page as the list scrolls
// (PaymentsModel's fetchMore), so 100 000 payments scroll without waiting. Delegates are
// recycled. Enter or a click opens a payment; arrow keys move the selection.
Rectangle {
    id: root

    required property PaymentsModel model
    property string selectedId
    // Column keys and their share of the width; amount and dates are fixed. Every column but the
    // id sorts, on the server (PaymentsModel.sortBy).
    readonly property var columns: [
        { key: "paymentId", title: qsTr("Payment"), width: 205, fixed: true },
        { key: "app", title: qsTr("App"), width: 185 },
        { key: "amount", title: qsTr("Amount"), width: 130, right: true },
        { key: "status", title: qsTr("Status"), width: 128 },
        { key: "reference", title: qsTr("Reference"), width: -1 },
        { key: "created", title: qsTr("Created"), width: 120 },
        { key: "completed", title: qsTr("Completed"), width: 120 }
    ]

    signal opened(string paymentId)

    function widthOf(index) {
        const c = columns[index]
        if (c.width > 0)
            return c.width
        let fixed = 0
        for (let i = 0; i < columns.length; ++i)
            fixed += columns[i].width > 0 ? columns[i].width : 0
        return Math.max(120, list.width - fixed - 2 * Theme.spacingLg)
    }

    radius: Theme.radiusLg
    color: Theme.surface
    border.color: Theme.border
    clip: true

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 1
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 42
            color: Theme.surfaceMuted
            radius: Theme.radiusLg
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: parent.radius; color: parent.color }
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
            Row {
                x: Theme.spacingLg
                height: parent.height
                Repeater {
                    model: root.columns.length
                    AbstractButton {
                        id: header
                        required property int index
                        readonly property var column: root.columns[index]
                        readonly property bool sorted: root.model.sortKey === column.key
                        objectName: "sort_" + column.key
                        width: root.widthOf(index)
                        height: parent.height
                        enabled: !column.fixed
                        focusPolicy: column.fixed ? Qt.NoFocus : Qt.StrongFocus
                        Accessible.role: Accessible.ColumnHeader
                        Accessible.name: column.title + (sorted ? (root.model.sortAscending ? qsTr(", sorted ascending") : qsTr(", sorted descending")) : "")
                        onClicked: root.model.sortBy(column.key)
                        leftPadding: index === 3 ? Theme.spacingLg : 0
                        contentItem: RowLayout {
                            spacing: 4
                            layoutDirection: header.column.right ? Qt.RightToLeft : Qt.LeftToRight
                            Icon {
                                visible: header.sorted
                                name: root.model.sortAscending ? "chevronUp" : "chevronDown"
                                color: Theme.brandText
                                Layout.preferredWidth: 12
                                Layout.preferredHeight: 12
                            }
                            Label {
                                text: header.column.title
                                color: header.sorted ? Theme.text : Theme.textMuted
                                font.pixelSize: Theme.fontCaption
                                font.weight: Font.DemiBold
                                font.capitalization: Font.AllUppercase
                                font.letterSpacing: 0.5
                                font.underline: header.visualFocus
                            }
                            Item { Layout.fillWidth: true }
                        }
                        background: null
                        rightPadding: Theme.spacingMd
                    }
                }
            }
        }

        ListView {
            id: list
            objectName: "paymentsList"
            model: root.model
            clip: true
            reuseItems: true
            cacheBuffer: 960
            boundsBehavior: Flickable.StopAtBounds
            keyNavigationEnabled: true
            focus: true
            currentIndex: -1
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Payments")
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            // Ask for the next page while about 40 rows are still ahead.
            onContentYChanged: if (contentY + height > contentHeight - 2000) root.model.loadMore()
            onCountChanged: if (contentHeight < height * 2) root.model.loadMore()
            Keys.onReturnPressed: if (currentIndex >= 0) root.opened(root.model.paymentIdAt(currentIndex))

            delegate: PaymentRow {
                width: ListView.view.width
                table: root
                current: ListView.isCurrentItem
                selected: paymentId === root.selectedId
                onClicked: {
                    list.currentIndex = index
                    root.opened(paymentId)
                }
            }

            footer: Item {
                width: list.width
                height: root.model.loading && list.count > 0 ? 48 : 0
                visible: height > 0
                RowLayout {
                    anchors.centerIn: parent
                    spacing: Theme.spacingSm
                    Spinner { Layout.preferredWidth: 16; Layout.preferredHeight: 16 }
                    Label { text: qsTr("Loading more payments…"); color: Theme.textMuted; font.pixelSize: Theme.fontLabel }
                }
            }
        }
    }

    ListState {
        anchors.fill: parent
        anchors.topMargin: 42
        loading: root.model.loading
        error: root.model.error
        empty: root.model.count === 0
        iconName: "payments"
        emptyTitle: qsTr("No payments match")
        emptyText: qsTr("Payments your apps create appear here. Change the filters or the search to see more.")
        onRetry: root.model.reload()
    }
}
