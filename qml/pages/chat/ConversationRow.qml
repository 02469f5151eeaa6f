import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// One conversation in the list: avatar with presence, name, last message (with my tick) or
// "typing…", its time and the unread badge.
ItemDelegate {
    id: root

    property string name
    property string initials
    property bool online
    property string preview
    property bool previewMine
    property string previewStatus
    property string timeText
    property int unread
    property bool typing
    property bool selected

    implicitHeight: 68
    topPadding: 0
    bottomPadding: 0
    leftPadding: Theme.spacingMd
    rightPadding: Theme.spacingMd
    Accessible.name: unread > 0 ? qsTr("%1, unread: %2").arg(name).arg(unread) : name

    background: Rectangle {
        color: root.selected ? Theme.brandSoft : root.hovered ? Theme.surfaceMuted : "transparent"
        radius: Theme.radius
    }
    contentItem: RowLayout {
        spacing: Theme.spacingMd

        Avatar {
            initials: root.initials
            seed: root.name
            online: root.online
            size: 42
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: root.name
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.weight: root.unread > 0 ? Font.Bold : Font.DemiBold
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: root.timeText
                    color: root.unread > 0 ? Theme.brandText : Theme.textSubtle
                    font.pixelSize: Theme.fontCaption
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                MessageTicks {
                    visible: root.previewMine && !root.typing && root.previewStatus !== ""
                    status: root.previewStatus
                }
                Label {
                    text: root.typing ? qsTr("typing…") : root.preview
                    color: root.typing ? Theme.brandText : root.unread > 0 ? Theme.text : Theme.textMuted
                    font.pixelSize: Theme.fontLabel
                    font.italic: root.typing
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                }
                Rectangle {
                    objectName: "unreadBadge"
                    visible: root.unread > 0
                    implicitWidth: Math.max(20, badgeText.implicitWidth + 12)
                    implicitHeight: 20
                    radius: 10
                    color: Theme.brand
                    Label {
                        id: badgeText
                        anchors.centerIn: parent
                        text: root.unread > 99 ? "99+" : root.unread
                        color: Theme.textOnBrand
                        font.pixelSize: 11
                        font.weight: Font.Bold
                    }
                }
            }
        }
    }
}
