import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// One "what this page will hold" item under a placeholder's empty state.
Card {
    id: root

    property string iconName
    property string title
    property string text

    padding: Theme.spacingLg + 4

    contentItem: ColumnLayout {
        spacing: Theme.spacingSm
        Rectangle {
            Layout.preferredWidth: 36
            Layout.preferredHeight: 36
            radius: Theme.radius
            color: Theme.brandSoft
            Icon {
                anchors.centerIn: parent
                width: 20
                height: 20
                name: root.iconName
                color: Theme.brandText
            }
        }
        Label {
            text: root.title
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXs
        }
        Label {
            text: root.text
            color: Theme.textMuted
            font.pixelSize: Theme.fontLabel
            wrapMode: Text.Wrap
            lineHeight: 1.15
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
    }
}
