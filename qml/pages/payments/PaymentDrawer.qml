import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The detail of one payment, sliding in from the right over the table: amount and status,
// details, metadata, the QR code of its payment page, the timeline of status changes, the
// webhooks sent for it, and (test mode, pending) completing it by hand. Escape closes it.
Rectangle {
    id: root

    property alias paymentId: detail.paymentId
    readonly property bool open: paymentId !== ""
    readonly property PaymentDetail detail: detail
    readonly property var payment: detail.payment // a map: its keys are not declared properties

    signal closed()
    signal changed(string paymentId)

    objectName: "paymentDrawer"
    width: 460
    color: Theme.surface
    border.color: Theme.border
    visible: open
    focus: open
    Keys.onEscapePressed: root.closed()
    Accessible.role: Accessible.Dialog
    Accessible.name: qsTr("Payment %1").arg(paymentId)

    PaymentDetail {
        id: detail
        onPaymentUpdated: id => root.changed(id)
    }

    Rectangle {
        anchors.left: parent.left
        width: 1
        height: parent.height
        color: Theme.border
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingXl
            Layout.bottomMargin: Theme.spacingLg
            spacing: Theme.spacingMd
            ColumnLayout {
                spacing: 4
                Layout.fillWidth: true
                Label {
                    objectName: "drawerAmount"
                    text: root.payment.amount || " "
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                }
                RowLayout {
                    spacing: Theme.spacingSm
                    StatusChip { status: root.payment.status || ""; visible: detail.loaded }
                    StatusChip { kind: root.payment.mode === "live" ? "success" : "warning"; text: root.payment.mode === "live" ? qsTr("Live") : qsTr("Test"); visible: detail.loaded }
                }
            }
            AppButton {
                objectName: "closeDrawer"
                kind: "ghost"
                iconName: "close"
                text: ""
                Accessible.name: qsTr("Close")
                Layout.preferredWidth: 40
                Layout.alignment: Qt.AlignTop
                onClicked: root.closed()
            }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

        ScrollView {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroller.availableWidth - 2 * Theme.spacingXl
                x: Theme.spacingXl
                spacing: Theme.spacingLg

                Item { Layout.preferredHeight: 2 }
                Banner {
                    visible: detail.error !== ""
                    kind: "error"
                    title: detail.error
                    Layout.fillWidth: true
                }
                Banner {
                    visible: detail.notice !== ""
                    kind: "success"
                    title: detail.notice
                    Layout.fillWidth: true
                }
                RowLayout {
                    visible: detail.canComplete
                    spacing: Theme.spacingSm
                    Layout.fillWidth: true
                    AppButton {
                        objectName: "completeSuccess"
                        text: qsTr("Mark succeeded")
                        iconName: "check"
                        busy: detail.busy
                        onClicked: detail.complete("SUCCESS")
                        Layout.fillWidth: true
                    }
                    AppButton {
                        objectName: "completeFailed"
                        text: qsTr("Mark failed")
                        kind: "danger"
                        enabled: !detail.busy
                        onClicked: detail.complete("FAILED")
                        Layout.fillWidth: true
                    }
                }

                DrawerSection { text: qsTr("Details") }
                Repeater {
                    model: [
                        { label: qsTr("Payment ID"), value: root.payment.paymentId, copy: true },
                        { label: qsTr("App"), value: root.payment.appName },
                        { label: qsTr("Reference"), value: root.payment.reference, copy: true },
                        { label: qsTr("Description"), value: root.payment.description },
                        { label: qsTr("Created"), value: root.payment.created },
                        { label: qsTr("Completed"), value: root.payment.completed },
                        { label: qsTr("Expires"), value: root.payment.expires },
                        { label: qsTr("Transaction"), value: root.payment.transactionId }
                    ]
                    DetailLine {
                        required property var modelData
                        visible: (modelData.value || "") !== ""
                        label: modelData.label
                        value: modelData.value || ""
                        copyable: modelData.copy === true
                        Layout.fillWidth: true
                    }
                }

                DrawerSection { text: qsTr("Metadata"); visible: detail.metadata.length > 0 }
                Repeater {
                    model: detail.metadata
                    DetailLine {
                        required property var modelData
                        label: modelData.key
                        value: modelData.value
                        mono: true
                        Layout.fillWidth: true
                    }
                }

                DrawerSection { text: qsTr("Payment page") }
                RowLayout {
                    spacing: Theme.spacingLg
                    Layout.fillWidth: true
                    Rectangle {
                        Layout.preferredWidth: 132
                        Layout.preferredHeight: 132
                        radius: Theme.radius
                        color: "white"
                        border.color: Theme.border
                        Image {
                            objectName: "paymentQr"
                            anchors.fill: parent
                            anchors.margins: 6
                            source: root.payment.qrCode || ""
                            smooth: false
                            fillMode: Image.PreserveAspectFit
                            Accessible.name: qsTr("QR code of the payment page")
                        }
                    }
                    ColumnLayout {
                        spacing: Theme.spacingSm
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("Customers scan this code or open the link to pay.")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontLabel
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: root.payment.paymentUrl || ""
                            color: Theme.brandText
                            font.pixelSize: Theme.fontCaption
                            elide: Text.ElideMiddle
                            Layout.fillWidth: true
                        }
                        LinkButton {
                            text: qsTr("Copy link")
                            onClicked: Clipboard.copy(root.payment.paymentUrl)
                        }
                    }
                }

                DrawerSection { text: qsTr("Timeline") }
                Repeater {
                    model: detail.timeline
                    RowLayout {
                        id: timelineEntry
                        required property var modelData
                        required property int index
                        spacing: Theme.spacingMd
                        Layout.fillWidth: true
                        Rectangle {
                            Layout.preferredWidth: 10
                            Layout.preferredHeight: 10
                            Layout.alignment: Qt.AlignTop
                            Layout.topMargin: 6
                            radius: 5
                            color: timelineEntry.index === detail.timeline.length - 1 ? Theme.brand : Theme.borderStrong
                        }
                        ColumnLayout {
                            spacing: 2
                            Layout.fillWidth: true
                            StatusChip { status: timelineEntry.modelData.status }
                            Label {
                                text: timelineEntry.modelData.at + (timelineEntry.modelData.notes !== "" ? "  ·  " + timelineEntry.modelData.notes : "")
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontCaption
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                    }
                }

                DrawerSection { text: qsTr("Webhooks") }
                Label {
                    visible: detail.webhooks.length === 0
                    text: qsTr("No webhook was sent for this payment: its app has no webhook URL.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLabel
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: detail.webhooks
                    RowLayout {
                        id: deliveryEntry
                        required property var modelData
                        spacing: Theme.spacingMd
                        Layout.fillWidth: true
                        StatusChip { status: deliveryEntry.modelData.status }
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            Label { text: deliveryEntry.modelData.eventType; color: Theme.text; font.pixelSize: Theme.fontLabel; font.weight: Font.DemiBold }
                            Label {
                                text: qsTr("%n attempt(s)", "", deliveryEntry.modelData.attempts) + "  ·  " + deliveryEntry.modelData.created
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontCaption
                            }
                        }
                    }
                }
                Item { Layout.preferredHeight: Theme.spacingXl }
            }
        }
    }

    component DrawerSection: Label {
        color: Theme.textSubtle
        font.pixelSize: Theme.fontCaption
        font.weight: Font.DemiBold
        font.capitalization: Font.AllUppercase
        font.letterSpacing: 0.6
        Layout.topMargin: Theme.spacingSm
        Accessible.role: Accessible.Heading
    }
}
