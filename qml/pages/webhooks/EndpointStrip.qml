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
            id: endpoint
            required property var modelData
            readonly property bool disabled: endpoint.modelData.state === "disabled"
            width: Math.min(root.width, 400)
            implicitHeight: endpointRow.implicitHeight + 2 * Theme.spacingMd
            radius: Theme.radius
            color: endpoint.disabled ? Theme.dangerSoft : Theme.surface
            border.color: endpoint.disabled ? Theme.dangerBorder : Theme.border
            Accessible.role: Accessible.StaticText
            Accessible.name: endpoint.modelData.url + ", " + chip.text
            RowLayout {
                id: endpointRow
                anchors.fill: parent
                anchors.margins: Theme.spacingMd
                spacing: Theme.spacingMd
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Label {
                        text: endpoint.modelData.url
                        color: Theme.text
                        font.pixelSize: Theme.fontLabel
                        font.weight: Font.DemiBold
                        elide: Text.ElideMiddle
                        Layout.fillWidth: true
                    }
                    Label {
                        text: endpoint.disabled ? qsTr("Disabled after failing since %1  ·  %n waiting", "", endpoint.modelData.waiting).arg(endpoint.modelData.failingSince)
                            : endpoint.modelData.state === "failing" ? qsTr("Failing since %1").arg(endpoint.modelData.failingSince)
                            : qsTr("Last success %1").arg(endpoint.modelData.lastSuccess)
                        color: endpoint.disabled ? Theme.danger : Theme.textSubtle
                        font.pixelSize: Theme.fontCaption
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                StatusChip {
                    id: chip
                    status: endpoint.modelData.state.toUpperCase()
                }
                AppButton {
                    visible: endpoint.disabled
                    text: qsTr("Re-enable")
                    kind: "secondary"
                    onClicked: root.webhooks.enableEndpoint(endpoint.modelData.appId, endpoint.modelData.url)
                }
            }
        }
    }
}
