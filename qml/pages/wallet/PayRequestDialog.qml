import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Paying a merchant's payment request: paste its link (or open a paydesk://pay/ link), see
// who asks for how much and until when, pay with the PIN, see the result. Requests that
// cannot be paid say why in plain words.
AppDialog {
    id: root

    property WalletController wallet: null
    readonly property PaymentRequest request: request

    // Opens the dialog, with `link` (a URL or id) already looked up when given.
    function openWith(link) {
        request.reset()
        linkField.text = link || ""
        open()
        if (link)
            request.open(link)
    }

    objectName: "payRequestDialog"
    title: request.state === "paid" ? qsTr("Payment sent") : qsTr("Pay a request")
    description: request.state === "empty" ? qsTr("Paste the payment link a merchant sent you, or its payment ID.") : ""

    PaymentRequest { id: request }
    PinDialog {
        id: pinDialog
        parent: root.parent
        summary: qsTr("Pay %1 to %2.").arg(request.details.amount || "").arg(request.details.merchant || "")
        confirmText: qsTr("Pay")
        errorText: request.pinError
        busy: request.state === "paying"
        onConfirmed: pin => request.pay(pin)
    }
    Connections {
        target: request
        function onChanged() {
            if (request.state !== "ready" && request.state !== "paying")
                pinDialog.close()
            else if (request.state === "ready" && request.error !== "")
                pinDialog.close()
        }
    }

    RowLayout {
        visible: request.state !== "paid"
        spacing: Theme.spacingSm
        Layout.fillWidth: true
        FormField {
            id: linkField
            objectName: "payLink"
            label: qsTr("Payment link or ID")
            placeholderText: "https://…/pay/pay_…"
            iconName: "qr"
            Layout.fillWidth: true
            onAccepted: request.open(text)
        }
        AppButton {
            text: qsTr("Look up")
            kind: "secondary"
            busy: request.state === "loading"
            Layout.alignment: Qt.AlignBottom
            onClicked: request.open(linkField.text)
        }
    }

    Rectangle {
        visible: request.state !== "empty" && request.state !== "loading"
        Layout.fillWidth: true
        implicitHeight: details.implicitHeight + 2 * Theme.spacingLg
        radius: Theme.radius
        color: Theme.surfaceMuted
        border.color: Theme.border
        ColumnLayout {
            id: details
            anchors.fill: parent
            anchors.margins: Theme.spacingLg
            spacing: Theme.spacingSm
            RowLayout {
                Layout.fillWidth: true
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Label {
                        objectName: "payMerchant"
                        Layout.fillWidth: true
                        text: request.details.merchant || ""
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontLabel
                        font.weight: Font.DemiBold
                    }
                    Label {
                        objectName: "payAmount"
                        text: request.details.amount || ""
                        color: Theme.text
                        font.pixelSize: Theme.fontTitle + 4
                        font.weight: Font.Bold
                    }
                }
                StatusChip { status: request.details.status || ""; Layout.alignment: Qt.AlignTop }
            }
            DetailLine { label: qsTr("For"); value: request.details.description || "—"; Layout.fillWidth: true }
            DetailLine { label: qsTr("Reference"); value: request.details.reference || "—"; Layout.fillWidth: true }
            DetailLine { label: qsTr("Expires"); value: request.details.expires || "—"; Layout.fillWidth: true }
            DetailLine { label: qsTr("Payment ID"); value: request.paymentId; mono: true; copyable: true; Layout.fillWidth: true }
        }
    }

    Banner {
        objectName: "payRefusal"
        visible: request.state === "refused" || request.error !== "" || request.state === "paid"
        kind: request.state === "paid" ? "success" : request.state === "refused" ? "warning" : "error"
        title: request.state === "paid" ? request.notice : request.state === "refused" ? request.refusal : request.error
        Layout.fillWidth: true
    }

    buttons: [
        AppButton {
            objectName: "payPrimary"
            text: request.state === "paid" ? qsTr("Done")
                : request.state === "ready" || request.state === "paying" ? qsTr("Pay %1").arg(request.details.amount || "")
                : qsTr("Close")
            iconName: request.state === "ready" ? "lock" : ""
            busy: request.state === "paying"
            enabled: request.state !== "loading"
            onClicked: request.state === "ready" ? pinDialog.open() : root.close()
        },
        AppButton {
            visible: request.state === "ready"
            text: qsTr("Cancel")
            kind: "secondary"
            onClicked: root.close()
        }
    ]
}
