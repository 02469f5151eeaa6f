import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// One message in a thread: mine on the right in the brand colour with its ticks, the peer's on
// the left; a money transfer as a card with its amount. `showDay` puts the day above it.
Item {
    id: root

    property string text
    property bool mine: false
    property string timeText
    property string status: "sent"
    property string kind: "text"
    property string amountText
    property bool showDay: false
    property string dayLabel
    property real maxBubbleWidth: 480

    readonly property bool transfer: kind === "transfer"
    readonly property color bubbleColor: transfer ? Theme.successSoft
                                       : mine ? (status === "failed" ? Theme.dangerSoft : Theme.brand)
                                              : Theme.surfaceMuted
    readonly property color textColor: mine && !transfer && status !== "failed" ? Theme.textOnBrand : Theme.text

    objectName: "messageBubble"
    implicitHeight: column.implicitHeight + Theme.spacingXs
    Accessible.role: Accessible.StaticText
    Accessible.name: (mine ? qsTr("You: %1") : "%1").arg(transfer ? amountText + " " + text : text)

    ColumnLayout {
        id: column
        width: parent.width
        spacing: Theme.spacingSm

        Rectangle {
            objectName: "daySeparator"
            visible: root.showDay
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacingMd
            Layout.bottomMargin: Theme.spacingXs
            implicitWidth: dayText.implicitWidth + 2 * Theme.spacingMd
            implicitHeight: 24
            radius: 12
            color: Theme.surfaceSunken
            Label {
                id: dayText
                anchors.centerIn: parent
                text: root.dayLabel
                color: Theme.textMuted
                font.pixelSize: Theme.fontCaption
                font.weight: Font.DemiBold
            }
        }

        Rectangle {
            id: bubble
            objectName: "bubble"
            Layout.alignment: root.mine ? Qt.AlignRight : Qt.AlignLeft
            Layout.maximumWidth: root.maxBubbleWidth
            implicitWidth: Math.min(root.maxBubbleWidth, content.implicitWidth + 2 * Theme.spacingMd)
            implicitHeight: content.implicitHeight + Theme.spacingSm * 2
            radius: Theme.radiusLg
            color: root.bubbleColor
            border.color: root.transfer ? Theme.successBorder
                        : root.status === "failed" && root.mine ? Theme.dangerBorder
                        : root.mine ? "transparent" : Theme.border
            opacity: root.status === "pending" ? 0.82 : 1

            ColumnLayout {
                id: content
                x: Theme.spacingMd
                y: Theme.spacingSm
                width: bubble.width - 2 * Theme.spacingMd
                spacing: 2

                RowLayout {
                    visible: root.transfer
                    spacing: Theme.spacingSm
                    Icon {
                        name: "send"
                        color: Theme.success
                        Layout.preferredWidth: 16
                        Layout.preferredHeight: 16
                    }
                    Label {
                        text: root.mine ? qsTr("You sent %1").arg(root.amountText)
                                        : qsTr("Sent you %1").arg(root.amountText)
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                    }
                }
                Label {
                    objectName: "bubbleText"
                    visible: text !== ""
                    text: root.text
                    color: root.transfer ? Theme.textMuted : root.textColor
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    Layout.maximumWidth: root.maxBubbleWidth - 2 * Theme.spacingMd
                }
                RowLayout {
                    Layout.alignment: Qt.AlignRight
                    spacing: Theme.spacingXs
                    Label {
                        text: root.status === "pending" ? qsTr("Waiting to send")
                            : root.status === "failed" ? qsTr("Not sent") : root.timeText
                        color: root.mine && !root.transfer && root.status !== "failed"
                               ? Qt.rgba(1, 1, 1, 0.78) : Theme.textSubtle
                        font.pixelSize: 11
                    }
                    MessageTicks {
                        visible: root.mine && !root.transfer
                        status: root.status
                        tone: root.status === "failed" ? Theme.danger : Qt.rgba(1, 1, 1, 0.78)
                        readTone: "#9BE7FF"
                    }
                }
            }
        }
    }
}
