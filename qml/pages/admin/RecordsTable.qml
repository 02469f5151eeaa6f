import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// A simple table over a RecordsModel: `columns` [{ role, title, width (-1 fills), chip, mono }].
Rectangle {
    id: root

    required property var model
    property var columns: []
    property string emptyTitle
    property string emptyText
    property string iconName: "list"

    function widthOf(i) {
        if (columns[i].width > 0)
            return columns[i].width
        let fixed = 0
        for (let j = 0; j < columns.length; ++j)
            fixed += columns[j].width > 0 ? columns[j].width : 0
        return Math.max(120, width - fixed - 2 * Theme.spacingLg)
    }

    radius: Theme.radiusLg
    color: Theme.surface
    border.color: Theme.border
    clip: true

    Rectangle {
        id: head
        width: parent.width
        height: 40
        color: Theme.surfaceMuted
        radius: Theme.radiusLg
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: parent.radius; color: parent.color }
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
        Row {
            x: Theme.spacingLg
            height: parent.height
            Repeater {
                model: root.columns.length
                Label {
                    required property int index
                    width: root.widthOf(index)
                    height: parent.height
                    verticalAlignment: Text.AlignVCenter
                    text: root.columns[index].title
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                    font.weight: Font.DemiBold
                    font.capitalization: Font.AllUppercase
                    Accessible.role: Accessible.ColumnHeader
                }
            }
        }
    }
    ListView {
        id: list
        anchors.top: head.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        model: root.model
        clip: true
        reuseItems: true
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.Table
        delegate: Item {
            id: rowItem
            required property var model
            width: ListView.view.width
            height: 46
            Accessible.role: Accessible.Row
            Row {
                x: Theme.spacingLg
                height: parent.height
                Repeater {
                    model: root.columns.length
                    Item {
                        id: cell
                        required property int index
                        readonly property var column: root.columns[cell.index]
                        width: root.widthOf(cell.index)
                        height: parent.height
                        Label {
                            visible: !cell.column.chip
                            anchors.fill: parent
                            rightPadding: Theme.spacingMd
                            verticalAlignment: Text.AlignVCenter
                            text: String(rowItem.model[cell.column.role])
                            color: cell.index === 0 ? Theme.text : Theme.textMuted
                            font.pixelSize: cell.column.mono ? Theme.fontCaption + 1 : Theme.fontLabel
                            font.family: cell.column.mono ? "monospace" : Theme.fontFamily
                            font.weight: cell.index === 0 ? Font.DemiBold : Font.Normal
                            elide: cell.column.mono ? Text.ElideMiddle : Text.ElideRight
                        }
                        StatusChip {
                            visible: cell.column.chip === true
                            anchors.verticalCenter: parent.verticalCenter
                            status: cell.column.chip ? String(rowItem.model[cell.column.role]).toUpperCase() : ""
                        }
                    }
                }
            }
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border; opacity: 0.7 }
        }
    }
    ListState {
        anchors.fill: list
        loading: root.model.loading
        error: root.model.error
        empty: root.model.count === 0
        iconName: root.iconName
        emptyTitle: root.emptyTitle
        emptyText: root.emptyText
        onRetry: root.model.reload()
    }
}
