import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// A row of mutually exclusive choices (theme, language). `options`: [{ value, label, icon }].
Rectangle {
    id: root

    property var options: []
    property var currentValue
    property string accessibleName
    // Options share the whole width equally (in a form) instead of hugging their labels.
    property bool fillOptions: false

    signal activated(var value)

    implicitWidth: row.implicitWidth + 8
    implicitHeight: 38
    radius: Theme.radius
    color: Theme.surfaceSunken
    border.color: Theme.border
    Accessible.role: Accessible.Grouping
    Accessible.name: accessibleName

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 4
        spacing: 4
        Repeater {
            model: root.options.length // see Sidebar: survive retranslation
            AbstractButton {
                id: option
                required property int index
                readonly property var modelData: root.options[index]
                readonly property bool current: modelData.value === root.currentValue

                objectName: "option_" + modelData.value
                text: modelData.label
                checkable: true
                checked: current
                focusPolicy: Qt.StrongFocus
                leftPadding: Theme.spacingMd
                rightPadding: Theme.spacingMd
                Layout.fillHeight: true
                Layout.fillWidth: root.fillOptions
                Layout.preferredWidth: root.fillOptions ? 1 : implicitWidth
                Accessible.role: Accessible.RadioButton
                Accessible.name: text
                onClicked: root.activated(modelData.value)
                Keys.onLeftPressed: nextItemInFocusChain(false).forceActiveFocus()
                Keys.onRightPressed: nextItemInFocusChain(true).forceActiveFocus()

                contentItem: RowLayout {
                    spacing: Theme.spacingSm - 2
                    Item { visible: root.fillOptions; Layout.fillWidth: true }
                    Icon {
                        visible: (option.modelData.icon || "") !== ""
                        name: option.modelData.icon || ""
                        color: option.current ? Theme.text : Theme.textMuted
                        Layout.preferredWidth: 16
                        Layout.preferredHeight: 16
                    }
                    Label {
                        text: option.text
                        color: option.current ? Theme.text : Theme.textMuted
                        font.pixelSize: Theme.fontLabel
                        font.weight: option.current ? Font.DemiBold : Font.Medium
                    }
                    Item { visible: root.fillOptions; Layout.fillWidth: true }
                }
                background: Rectangle {
                    radius: Theme.radiusSm
                    color: option.current ? Theme.surface : option.hovered ? Theme.surfaceMuted : "transparent"
                    border.width: option.visualFocus ? 2 : option.current ? 1 : 0
                    border.color: option.visualFocus ? Theme.focusRing : Theme.border
                }
            }
        }
    }
}
