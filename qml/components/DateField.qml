import QtQuick
import QtQuick.Controls.Basic
import Paydesk

// A day typed as YYYY-MM-DD for a date filter; `dateChosen` fires with a valid day or "" when
// cleared. An incomplete or impossible date is outlined in red and not applied.
TextField {
    id: control

    readonly property bool valid: text === "" || /^\d{4}-\d{2}-\d{2}$/.test(text) && !isNaN(Date.parse(text))

    signal dateChosen(string day)

    implicitHeight: 36
    implicitWidth: 172
    leftPadding: 32
    font.pixelSize: Theme.fontLabel
    color: Theme.text
    placeholderTextColor: Theme.textSubtle
    inputMask: ""
    maximumLength: 10
    Accessible.name: placeholderText
    onEditingFinished: if (valid) control.dateChosen(text)
    onTextEdited: if (text === "") control.dateChosen("")

    Icon {
        x: 9
        anchors.verticalCenter: parent.verticalCenter
        width: 15
        height: 15
        name: "calendar"
        color: Theme.textSubtle
    }
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: !control.valid ? Theme.danger : control.activeFocus ? Theme.focusRing : Theme.border
        border.width: control.activeFocus || !control.valid ? 2 : 1
    }
}
