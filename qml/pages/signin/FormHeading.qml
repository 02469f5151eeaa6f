import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The title and one-line explanation at the top of each sign-in card.
ColumnLayout {
    property alias title: titleLabel.text
    property alias text: textLabel.text

    spacing: Theme.spacingSm
    Layout.bottomMargin: Theme.spacingXs

    Label {
        id: titleLabel
        color: Theme.text
        font.pixelSize: Theme.fontDisplay - 2
        font.weight: Font.Bold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        id: textLabel
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        lineHeight: 1.15
        Layout.fillWidth: true
    }
}
