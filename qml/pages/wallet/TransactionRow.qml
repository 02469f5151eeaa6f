import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// One wallet transaction: an icon by type and direction, who or what it was with, the type
// and time (or the failure reason), the signed amount, and its status when not settled.
// A transfer still on its way (`local`) shows as pending with a soft highlight.
AbstractButton {
    id: row

    required property int index
    required property string transactionId
    required property string type
    required property string typeLabel
    required property string status
    required property string direction
    required property string amount
    required property string counterparty
    required property string note
    required property string failure
    required property string created
    required property bool local
    property bool selected: false

    signal opened(int index)

    height: 60
    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, %3, %4").arg(counterparty).arg(typeLabel).arg(amount).arg(created)
    onClicked: opened(index)

    background: Rectangle {
        color: row.selected ? Theme.brandSoft
             : row.hovered ? Theme.surfaceMuted
             : row.local ? Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.06) : "transparent"
        radius: Theme.radius
    }

    contentItem: RowLayout {
        spacing: Theme.spacingMd
        Rectangle {
            Layout.preferredWidth: 38
            Layout.preferredHeight: 38
            Layout.leftMargin: Theme.spacingSm
            radius: 19
            color: row.status === "FAILED" ? Theme.dangerSoft
                 : row.direction === "in" ? Theme.successSoft : Theme.brandSoft
            Icon {
                anchors.centerIn: parent
                width: 18
                height: 18
                name: row.type === "funding" ? "plus"
                    : row.type === "withdrawal" ? "download"
                    : row.type === "payment" ? "receipt"
                    : row.direction === "in" ? "arrowRight" : "send"
                color: row.status === "FAILED" ? Theme.danger
                     : row.direction === "in" ? Theme.success : Theme.brandText
                rotation: row.type === "transfer" && row.direction === "in" ? 90 : 0
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: row.counterparty
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: row.failure !== "" && row.status === "FAILED" ? row.failure
                      : row.note !== "" ? qsTr("%1 · %2 · “%3”").arg(row.typeLabel).arg(row.created).arg(row.note)
                      : qsTr("%1 · %2").arg(row.typeLabel).arg(row.created)
                color: row.status === "FAILED" ? Theme.danger : Theme.textMuted
                font.pixelSize: Theme.fontCaption
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        ColumnLayout {
            spacing: 3
            Layout.rightMargin: Theme.spacingSm
            Label {
                objectName: "rowAmount"
                text: row.amount
                color: row.status === "FAILED" ? Theme.textSubtle
                     : row.direction === "in" ? Theme.success : Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                font.strikeout: row.status === "FAILED" || row.status === "REVERSED"
                Layout.alignment: Qt.AlignRight
            }
            StatusChip {
                visible: row.status !== "SUCCESS"
                status: row.status
                Layout.alignment: Qt.AlignRight
            }
        }
    }
}
