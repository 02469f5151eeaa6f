import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// An amount typed in one currency: the currency's symbol in front, the locale's decimal mark,
// and the check (in C++, integer minor units: MoneyText) under it as the person types — too
// many decimals, zero, not a number. `minor` is the amount as a decimal string of minor units
// (never a JavaScript number); `valid` says whether it may be sent. `errorText` from outside
// (the server's answer) wins over the field's own check.
ColumnLayout {
    id: root

    property string currency: "NGN"
    property alias label: caption.text
    property alias text: input.text
    property alias input: input
    property string errorText
    property string helpText
    readonly property var check: MoneyText.check(input.text, currency)
    readonly property bool valid: check.valid
    readonly property string minor: check.minor
    readonly property string display: check.display
    readonly property string shownError: errorText !== "" ? errorText : check.error

    signal accepted()

    spacing: Theme.spacingXs + 2

    Label {
        id: caption
        text: qsTr("Amount")
        color: Theme.text
        font.pixelSize: Theme.fontLabel
        font.weight: Font.DemiBold
    }

    TextField {
        id: input
        objectName: "amountInput"
        Layout.fillWidth: true
        implicitHeight: Theme.controlHeight + 8
        leftPadding: symbol.implicitWidth + Theme.spacingMd + Theme.spacingSm
        rightPadding: code.implicitWidth + Theme.spacingMd * 2
        color: Theme.text
        placeholderText: MoneyText.placeholder(root.currency)
        placeholderTextColor: Theme.textSubtle
        selectionColor: Theme.brand
        selectedTextColor: Theme.textOnBrand
        font.pixelSize: Theme.fontSubtitle + 2
        font.weight: Font.DemiBold
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        // Digits, the locale's marks and spaces only; the C++ check decides the rest.
        validator: RegularExpressionValidator { regularExpression: /[0-9 .,]{0,24}/ }
        selectByMouse: true
        Accessible.name: caption.text
        Accessible.description: root.shownError
        onAccepted: root.accepted()

        background: Rectangle {
            radius: Theme.radius
            color: input.enabled ? Theme.surface : Theme.surfaceMuted
            border.width: input.activeFocus ? 2 : 1
            border.color: root.shownError !== "" ? Theme.danger
                          : input.activeFocus ? Theme.focusRing : Theme.borderStrong
            Label {
                id: symbol
                text: MoneyText.symbol(root.currency)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSubtitle + 2
                font.weight: Font.DemiBold
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacingMd
                anchors.verticalCenter: parent.verticalCenter
            }
            Label {
                id: code
                text: root.currency
                color: Theme.textSubtle
                font.pixelSize: Theme.fontCaption
                font.weight: Font.DemiBold
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacingMd
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }

    RowLayout {
        visible: root.shownError !== "" || root.helpText !== "" || root.valid
        spacing: Theme.spacingXs + 2
        Layout.fillWidth: true
        Icon {
            visible: root.shownError !== ""
            name: "alert"
            color: Theme.danger
            Layout.preferredWidth: 14
            Layout.preferredHeight: 14
        }
        Label {
            objectName: "amountMessage"
            text: root.shownError !== "" ? root.shownError
                  : root.helpText !== "" ? root.helpText
                  : qsTr("You will send exactly %1").arg(root.display)
            color: root.shownError !== "" ? Theme.danger : Theme.textMuted
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
