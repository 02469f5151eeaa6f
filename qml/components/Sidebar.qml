import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The shell's navigation: brand, the pages grouped by area, and who is signed in. Arrow keys
// move between entries and open them; Tab enters and leaves the list.
Rectangle {
    id: root

    // [{ key, title, icon, group }] in display order; a heading starts each new group.
    property var pages: []
    property string currentKey

    signal pageRequested(string key)

    function move(from, delta) {
        const to = (from + delta + pages.length) % pages.length
        root.pageRequested(pages[to].key)
        entries.itemAt(to).entry.forceActiveFocus(Qt.TabFocusReason)
    }

    color: Theme.sidebar
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Main navigation")

    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.border
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLg
        anchors.rightMargin: Theme.spacingLg + 1
        spacing: 2

        RowLayout {
            spacing: Theme.spacingMd
            Layout.leftMargin: Theme.spacingSm
            Layout.topMargin: Theme.spacingSm
            Layout.bottomMargin: Theme.spacingXl
            BrandMark {
                Layout.preferredWidth: 28
                Layout.preferredHeight: 28
            }
            Label {
                text: qsTr("Paydesk")
                color: Theme.text
                font.pixelSize: Theme.fontSubtitle + 2
                font.weight: Font.Bold
            }
        }

        Repeater {
            id: entries
            // A count, not the array: retranslation rebuilds the array, and must not rebuild
            // (and defocus) the entries.
            model: root.pages.length
            ColumnLayout {
                id: navEntry
                required property int index
                readonly property var modelData: root.pages[index]
                readonly property alias entry: navItem

                spacing: 2
                Layout.fillWidth: true
                Label {
                    visible: navEntry.index === 0 || root.pages[navEntry.index - 1].group !== navEntry.modelData.group
                    text: navEntry.modelData.group
                    color: Theme.textSubtle
                    font.pixelSize: Theme.fontCaption - 1
                    font.weight: Font.DemiBold
                    font.capitalization: Font.AllUppercase
                    font.letterSpacing: 0.8
                    Layout.leftMargin: Theme.spacingMd
                    Layout.topMargin: navEntry.index === 0 ? 0 : Theme.spacingLg
                    Layout.bottomMargin: Theme.spacingXs
                }
                NavItem {
                    id: navItem
                    objectName: "nav_" + navEntry.modelData.key
                    text: navEntry.modelData.title
                    iconName: navEntry.modelData.icon
                    selected: navEntry.modelData.key === root.currentKey
                    Layout.fillWidth: true
                    onClicked: root.pageRequested(navEntry.modelData.key)
                    Keys.onUpPressed: root.move(navEntry.index, -1)
                    Keys.onDownPressed: root.move(navEntry.index, 1)
                }
            }
        }

        Item { Layout.fillHeight: true }

        AccountCard {
            Layout.fillWidth: true
        }
    }
}
