import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The designed states of a list area, laid over it: loading (before the first rows), error
// (with "Try again") and empty (an illustration and one helpful sentence). Invisible when the
// list has rows to show.
Item {
    id: root

    property bool loading: false
    property string error
    property bool empty: false
    property string iconName: "list"
    property string emptyTitle
    property string emptyText

    signal retry()

    visible: error !== "" || (loading && empty) || (empty && !loading)

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 460)
        spacing: Theme.spacingMd
        visible: root.loading && root.error === ""
        Spinner {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
        }
        Label {
            text: qsTr("Loading…")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            Layout.alignment: Qt.AlignHCenter
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 460)
        spacing: Theme.spacingMd
        visible: root.error !== ""
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 56
            Layout.preferredHeight: 56
            radius: 28
            color: Theme.dangerSoft
            Icon {
                anchors.centerIn: parent
                width: 24
                height: 24
                name: "alert"
                color: Theme.danger
            }
        }
        Label {
            text: qsTr("This could not be loaded")
            color: Theme.text
            font.pixelSize: Theme.fontSubtitle
            font.weight: Font.DemiBold
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            objectName: "listError"
            text: root.error
            color: Theme.textMuted
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        AppButton {
            text: qsTr("Try again")
            kind: "secondary"
            iconName: "refresh"
            Layout.alignment: Qt.AlignHCenter
            onClicked: root.retry()
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 480)
        visible: root.empty && !root.loading && root.error === ""
        iconName: root.iconName
        title: root.emptyTitle
        text: root.emptyText
    }
}
