import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The one button of the app. `kind`: "primary" (brand fill), "secondary" (outlined),
// "danger" (outlined red) or "ghost" (no chrome). `busy` swaps the icon for a spinner.
Button {
    id: control

    property string kind: "primary"
    property string iconName
    property bool busy: false

    readonly property bool filled: kind === "primary"
    readonly property color foreground: filled ? Theme.textOnBrand
                                               : kind === "danger" ? Theme.danger
                                                                   : kind === "ghost" ? Theme.textMuted
                                                                                      : Theme.text

    implicitHeight: Theme.controlHeight
    leftPadding: Theme.spacingLg
    rightPadding: Theme.spacingLg
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    opacity: enabled || busy ? 1 : 0.5
    Accessible.name: text

    contentItem: RowLayout {
        spacing: Theme.spacingSm
        Item { Layout.fillWidth: true }
        Spinner {
            visible: control.busy
            color: control.foreground
            Layout.preferredWidth: 16
            Layout.preferredHeight: 16
        }
        Icon {
            visible: !control.busy && control.iconName !== ""
            name: control.iconName
            color: control.foreground
            Layout.preferredWidth: 16
            Layout.preferredHeight: 16
        }
        Label {
            text: control.text
            font: control.font
            color: control.foreground
            elide: Text.ElideRight
        }
        Item { Layout.fillWidth: true }
    }

    background: Rectangle {
        radius: Theme.radius
        color: {
            if (control.filled)
                return control.down ? Theme.brandPressed : control.hovered ? Theme.brandHover : Theme.brand
            if (control.kind === "ghost")
                return control.down || control.hovered ? Theme.surfaceMuted : "transparent"
            return control.down ? Theme.surfaceSunken : control.hovered ? Theme.surfaceMuted : Theme.surface
        }
        border.width: control.filled || control.kind === "ghost" ? 0 : 1
        border.color: control.kind === "danger" ? Theme.dangerBorder : Theme.borderStrong

        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            radius: Theme.radius + 3
            color: "transparent"
            border.width: 2
            border.color: Theme.focusRing
            opacity: 0.55
            visible: control.visualFocus
        }
    }
}
