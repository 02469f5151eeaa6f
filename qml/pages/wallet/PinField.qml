import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The transaction PIN: 4 to 6 digits shown as dots in boxes, typed anywhere in the row.
// `pin` is what was typed; `complete` once it has at least `minLength` digits; `entered`
// fires on Enter (or when all `maxLength` digits are in). Only digits are accepted.
FocusScope {
    id: root

    property int minLength: 4
    property int maxLength: 6
    property string errorText
    readonly property string pin: input.text
    readonly property bool complete: pin.length >= minLength

    signal entered(string pin)

    function clear() { input.text = "" }

    implicitWidth: boxes.implicitWidth
    implicitHeight: boxes.implicitHeight
    Accessible.role: Accessible.EditableText
    Accessible.name: qsTr("Transaction PIN")
    Accessible.description: errorText

    TextInput {
        id: input
        objectName: "pinInput"
        focus: true
        maximumLength: root.maxLength
        validator: RegularExpressionValidator { regularExpression: /[0-9]{0,6}/ }
        inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        echoMode: TextInput.Password
        opacity: 0
        width: 1
        height: 1
        onAccepted: if (root.complete) root.entered(text)
        onTextChanged: if (text.length === root.maxLength) root.entered(text)
    }

    Row {
        id: boxes
        spacing: Theme.spacingSm
        Repeater {
            model: root.maxLength
            Rectangle {
                required property int index
                readonly property bool filled: index < input.text.length
                readonly property bool current: input.activeFocus && index === input.text.length
                width: 44
                height: 52
                radius: Theme.radius
                color: Theme.surface
                border.width: current ? 2 : 1
                border.color: root.errorText !== "" ? Theme.danger
                              : current ? Theme.focusRing
                              : index < root.minLength ? Theme.borderStrong : Theme.border
                Rectangle {
                    visible: parent.filled
                    anchors.centerIn: parent
                    width: 12
                    height: 12
                    radius: 6
                    color: Theme.text
                }
            }
        }
    }
    MouseArea {
        anchors.fill: boxes
        onClicked: input.forceActiveFocus()
    }
}
