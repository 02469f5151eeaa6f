import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// A labelled text field with a leading icon and its inline error or help text underneath.
ColumnLayout {
    id: root

    property alias label: caption.text
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias echoMode: input.echoMode
    property alias input: input
    property string iconName
    property string errorText
    property string helpText

    signal accepted()
    // The person changed the text (not a binding or a reset).
    signal edited()

    spacing: Theme.spacingXs + 2

    Label {
        id: caption
        color: Theme.text
        font.pixelSize: Theme.fontLabel
        font.weight: Font.DemiBold
    }

    TextField {
        id: input
        Layout.fillWidth: true
        implicitHeight: Theme.controlHeight
        leftPadding: root.iconName !== "" ? 38 : Theme.spacingMd
        rightPadding: Theme.spacingMd
        color: Theme.text
        placeholderTextColor: Theme.textSubtle
        selectionColor: Theme.brand
        selectedTextColor: Theme.textOnBrand
        font.pixelSize: Theme.fontBody
        selectByMouse: true
        Accessible.name: caption.text
        Accessible.description: root.errorText
        onAccepted: root.accepted()
        onTextEdited: root.edited()

        background: Rectangle {
            radius: Theme.radius
            color: input.enabled ? Theme.surface : Theme.surfaceMuted
            border.width: input.activeFocus ? 2 : 1
            border.color: root.errorText !== "" ? Theme.danger
                                               : input.activeFocus ? Theme.focusRing : Theme.borderStrong
            Icon {
                visible: root.iconName !== ""
                name: root.iconName
                color: input.activeFocus ? Theme.brand : Theme.textSubtle
                width: 18
                height: 18
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacingMd
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }

    RowLayout {
        visible: root.errorText !== "" || root.helpText !== ""
        spacing: Theme.spacingXs + 2
        Layout.fillWidth: true
        Icon {
            visible: root.errorText !== ""
            name: "alert"
            color: Theme.danger
            Layout.preferredWidth: 14
            Layout.preferredHeight: 14
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 1
        }
        Label {
            objectName: "fieldMessage"
            text: root.errorText !== "" ? root.errorText : root.helpText
            color: root.errorText !== "" ? Theme.danger : Theme.textMuted
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
