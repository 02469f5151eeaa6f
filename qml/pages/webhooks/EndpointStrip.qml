import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Each endpoint the merchant's apps send to, with its health; disabled endpoints stand out in
// red with "Re-enable".
Flow {
    id: root

    required property WebhooksController webhooks

    spacing: Theme.spacingMd
    Repeater {
        model: root.webhooks.endpoints
        Rectangle {
            required property var modelData
            readonly property bool disabled: modelData.state === "disabled"
            width: Math.min(root.width, 400)
            implicitHeight: endpointRow.implicitHeight + 2 * Theme.spacingMd
            radius: Theme.radius
            color: disabled ? Theme.dangerSoft : Theme.surface
            border.color: disabled ? Theme.dangerBorder : Theme.border
            Accessible.role: Accessible.StaticText
            Accessible.name: modelData.url + ", " + chip.text
            RowLayout {
                id: endpointRow
                anchors.fill: parent
                anchors.margins: Theme.spacingMd
                spacing: Theme.spacingMd
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Label {
                        text: modelData.url
                        color: Theme.text
                        font.pixelSize: Theme.fontLabel
                        font.weight: Font.DemiBold
                        elide: Text.ElideMiddle
                        Layout.fillWidth: true
                    }
                    Label {
                        text: disabled ? qsTr("Disabled after failing since %1  ·  %n waiting", "", modelData.waiting).arg(modelData.failingSince)
                            : modelData.state === "failing" ? qsTr("Failing since %1").arg(modelData.failingSince)
                            : qsTr("Last success %1").arg(modelData.lastSuccess)
                        color: disabled ? Theme.danger : Theme.textSubtle
                        font.pixelSize: Theme.fontCaption
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                StatusChip {
                    id: chip
                    status: modelData.state.toUpperCase()
                }
                AppButton {
                    visible: disabled
                    text: qsTr("Re-enable")
                    kind: "secondary"
                    onClicked: root.webhooks.enableEndpoint(modelData.appId, modelData.url)
                }
            }
        }
    }
}
