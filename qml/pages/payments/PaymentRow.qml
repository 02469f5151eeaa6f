import QtQuick
import QtQuick.Controls.Basic
import Paydesk

// One payment in the table; the cells line up with PaymentsTable's columns.
AbstractButton {
    id: row

    required property int index
    required property string paymentId
    required property string appName
    required property string amount
    required property string status
    required property string reference
    required property string created
    required property string completed
    required property bool fresh
    // The PaymentsTable (for widthOf); `var`, as a PaymentsTable-typed property would make the
    // two files depend on each other, which QML 6.4 refuses to load.
    required property var table
    property bool current: false
    property bool selected: false

    height: 48
    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.Row
    Accessible.name: qsTr("%1, %2, %3, %4").arg(amount).arg(chip.text).arg(reference).arg(created)

    background: Rectangle {
        color: row.selected ? Theme.brandSoft
             : row.current || row.hovered ? Theme.surfaceMuted
             : row.fresh ? Qt.rgba(Theme.success.r, Theme.success.g, Theme.success.b, 0.07) : "transparent"
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border; opacity: 0.7 }
    }
    contentItem: Item {
        Row {
            x: Theme.spacingLg
            height: parent.height
            Cell { width: row.table.widthOf(0); text: row.paymentId; mono: true }
            Cell { width: row.table.widthOf(1); text: row.appName }
            Cell { width: row.table.widthOf(2); text: row.amount; strong: true; alignRight: true }
            Item {
                width: row.table.widthOf(3)
                height: parent.height
                StatusChip {
                    id: chip
                    x: Theme.spacingLg
                    anchors.verticalCenter: parent.verticalCenter
                    status: row.status
                }
            }
            Cell { width: row.table.widthOf(4); text: row.reference }
            Cell { width: row.table.widthOf(5); text: row.created; muted: true }
            Cell { width: row.table.widthOf(6); text: row.completed; muted: true }
        }
    }

    component Cell: Label {
        property bool mono: false
        property bool strong: false
        property bool muted: false
        property bool alignRight: false
        height: parent.height
        rightPadding: Theme.spacingMd
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: alignRight ? Text.AlignRight : Text.AlignLeft
        elide: mono ? Text.ElideMiddle : Text.ElideRight
        color: muted ? Theme.textMuted : Theme.text
        font.pixelSize: mono ? Theme.fontCaption + 1 : Theme.fontLabel
        font.family: mono ? "monospace" : Theme.fontFamily
        font.weight: strong ? Font.DemiBold : Font.Normal
    }
}
