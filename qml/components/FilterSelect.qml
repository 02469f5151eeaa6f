import QtQuick
import QtQuick.Controls.Basic
import Paydesk

// A compact drop-down for table filters. `options`: [{ value, label }]; `value` is the chosen
// option's value ("" usually means "all").
ComboBox {
    id: control

    property var options: []
    property string value
    property string accessibleName

    signal picked(string value)

    model: options
    textRole: "label"
    valueRole: "value"
    implicitHeight: 36
    implicitWidth: Math.max(150, contentItem.implicitWidth + 48)
    font.pixelSize: Theme.fontLabel
    currentIndex: Math.max(0, options.findIndex(o => o.value === value))
    Accessible.name: accessibleName
    onActivated: index => control.picked(options[index].value)

    contentItem: Label {
        leftPadding: Theme.spacingMd
        rightPadding: control.indicator.width + Theme.spacingSm
        text: control.displayText
        color: Theme.text
        font: control.font
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    indicator: Icon {
        x: control.width - width - Theme.spacingMd
        y: (control.height - height) / 2
        width: 14
        height: 14
        name: "chevronDown"
        color: Theme.textMuted
    }
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: control.visualFocus ? Theme.focusRing : Theme.border
        border.width: control.visualFocus ? 2 : 1
    }
    delegate: ItemDelegate {
        id: option
        required property var modelData
        required property int index
        width: control.width
        highlighted: control.highlightedIndex === index
        contentItem: Label {
            text: option.modelData.label
            color: Theme.text
            font.pixelSize: Theme.fontLabel
            elide: Text.ElideRight
        }
        background: Rectangle {
            color: option.highlighted ? Theme.brandSoft : Theme.surface
        }
    }
    popup.background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
    }
}
