import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The server to talk to: a quiet line with a "Change" link, opening into a field when the
// person wants another server or when the address is the problem.
ColumnLayout {
    id: root

    property alias text: field.text
    property string errorText
    property string fieldObjectName: "serverField"
    property bool editing: errorText !== ""
                           || SessionController.failure === SessionController.ServerUnreachable
                           || SessionController.failure === SessionController.NotAPaydeskServer

    signal accepted()

    spacing: Theme.spacingXs

    RowLayout {
        visible: !root.editing
        spacing: Theme.spacingSm
        Layout.fillWidth: true
        Icon {
            name: "server"
            color: Theme.textSubtle
            Layout.preferredWidth: 16
            Layout.preferredHeight: 16
        }
        Label {
            text: qsTr("Server: %1").arg(field.text)
            color: Theme.textMuted
            font.pixelSize: Theme.fontLabel
            elide: Text.ElideMiddle
            Layout.fillWidth: true
        }
        LinkButton {
            objectName: "changeServerLink"
            text: qsTr("Change")
            onClicked: {
                root.editing = true
                field.input.forceActiveFocus()
            }
        }
    }

    FormField {
        id: field
        objectName: root.fieldObjectName
        visible: root.editing
        label: qsTr("Server")
        iconName: "server"
        text: SessionController.serverUrl
        placeholderText: "http://127.0.0.1:8080"
        errorText: root.errorText
        Layout.fillWidth: true
        onAccepted: root.accepted()
    }
}
