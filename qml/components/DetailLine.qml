import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// A label and its value on one line, with an optional copy button (ids, keys, references).
RowLayout {
    id: root

    property string label
    property string value
    property bool copyable: false
    property bool mono: false

    spacing: Theme.spacingMd
    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + value

    Label {
        text: root.label
        color: Theme.textMuted
        font.pixelSize: Theme.fontLabel
        elide: Text.ElideRight
        Layout.preferredWidth: 120
        Layout.alignment: Qt.AlignTop
    }
    Label {
        text: root.value
        color: Theme.text
        font.pixelSize: root.mono ? Theme.fontCaption + 1 : Theme.fontLabel
        font.family: root.mono ? "monospace" : Theme.fontFamily
        wrapMode: Text.WrapAnywhere
        Layout.fillWidth: true
    }
    AbstractButton {
        id: copyButton
        visible: root.copyable
        focusPolicy: Qt.StrongFocus
        implicitWidth: 22
        implicitHeight: 22
        Accessible.name: qsTr("Copy %1").arg(root.label)
        onClicked: Clipboard.copy(root.value)
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Copy")
        contentItem: Icon { name: "copy"; color: copyButton.hovered ? Theme.brandText : Theme.textSubtle }
        background: null
    }
}
