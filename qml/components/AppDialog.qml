import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Paydesk

// The app's modal dialog look: a title, a sentence, the content, and the buttons row.
Dialog {
    id: root

    property string description
    default property alias body: content.data
    property alias buttons: buttonRow.data

    modal: true
    anchors.centerIn: T.Overlay.overlay
    width: Math.min(520, (parent ? parent.width : 520) - 2 * Theme.spacingXxl)
    padding: Theme.spacingXl
    topPadding: Theme.spacingXl
    closePolicy: Popup.CloseOnEscape

    background: Rectangle {
        radius: Theme.radiusLg
        color: Theme.surface
        border.color: Theme.border
    }
    T.Overlay.modal: Rectangle { color: Qt.rgba(0, 0, 0, Theme.dark ? 0.55 : 0.35) }
    header: null

    contentItem: ColumnLayout {
        spacing: Theme.spacingLg
        Accessible.role: Accessible.Dialog
        Accessible.name: root.title
        Label {
            text: root.title
            color: Theme.text
            font.pixelSize: Theme.fontSubtitle + 2
            font.weight: Font.Bold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: root.description !== ""
            text: root.description
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ColumnLayout {
            id: content
            spacing: Theme.spacingMd
            Layout.fillWidth: true
        }
        RowLayout {
            id: buttonRow
            spacing: Theme.spacingSm
            layoutDirection: Qt.RightToLeft
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSm
        }
    }
}
