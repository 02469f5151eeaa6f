import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The wallet's head: the balance (it pulses when money moves live), the wallet's status with
// its switch, today's limit, and the four quick actions.
Rectangle {
    id: root

    required property WalletController wallet

    signal addMoney()
    signal send()
    signal withdraw()
    signal payRequest()

    implicitHeight: column.implicitHeight + 2 * Theme.spacingXl
    radius: Theme.radiusLg
    clip: true
    gradient: Gradient {
        orientation: Gradient.Horizontal
        GradientStop { position: 0; color: Theme.heroStart }
        GradientStop { position: 1; color: Theme.heroEnd }
    }
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Balance %1").arg(wallet.balanceText)

    Repeater {
        model: 3
        Rectangle {
            required property int index
            width: 260 + index * 120
            height: width
            radius: width / 2
            x: root.width - width * 0.55
            y: -width * 0.35
            color: "transparent"
            border.color: Theme.textOnBrand
            opacity: 0.07
        }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingLg

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingMd
            ColumnLayout {
                spacing: Theme.spacingXs
                Layout.fillWidth: true
                Label {
                    text: qsTr("Available balance")
                    color: Qt.rgba(1, 1, 1, 0.78)
                    font.pixelSize: Theme.fontLabel
                    font.weight: Font.DemiBold
                }
                Label {
                    id: balance
                    objectName: "balanceText"
                    text: root.wallet.loaded ? root.wallet.balanceText : "—"
                    color: Theme.textOnBrand
                    font.pixelSize: 40
                    font.weight: Font.Bold
                    SequentialAnimation on scale {
                        id: pulse
                        running: false
                        NumberAnimation { to: 1.05; duration: 140; easing.type: Easing.OutQuad }
                        NumberAnimation { to: 1.0; duration: 260; easing.type: Easing.InOutQuad }
                    }
                    transformOrigin: Item.Left
                }
                Label {
                    text: root.wallet.loaded
                          ? qsTr("Spent today %1 of %2 · up to %3 per payment")
                                .arg(root.wallet.limits.spentToday).arg(root.wallet.limits.daily)
                                .arg(root.wallet.limits.perTransaction)
                          : ""
                    color: Qt.rgba(1, 1, 1, 0.72)
                    font.pixelSize: Theme.fontCaption
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            Rectangle {
                Layout.alignment: Qt.AlignTop
                implicitWidth: statusRow.implicitWidth + 2 * Theme.spacingMd
                implicitHeight: statusRow.implicitHeight + Theme.spacingSm
                radius: height / 2
                color: Theme.heroChip
                RowLayout {
                    id: statusRow
                    anchors.centerIn: parent
                    spacing: Theme.spacingSm
                    Rectangle {
                        width: 8; height: 8; radius: 4
                        color: root.wallet.active ? "#4BE3A5" : "#FFB4B4"
                    }
                    Label {
                        objectName: "walletStatus"
                        text: root.wallet.active ? qsTr("Wallet active") : qsTr("Wallet turned off")
                        color: Theme.textOnBrand
                        font.pixelSize: Theme.fontLabel
                        font.weight: Font.DemiBold
                    }
                    ToggleSwitch {
                        objectName: "walletToggle"
                        accessibleName: qsTr("Wallet active")
                        checked: root.wallet.active
                        enabled: root.wallet.loaded && !root.wallet.busy
                        onToggled: root.wallet.setActive(checked)
                    }
                }
            }
        }

        RowLayout {
            spacing: Theme.spacingSm
            Layout.fillWidth: true
            QuickAction { objectName: "actionAddMoney"; text: qsTr("Add money"); iconName: "plus"; onClicked: root.addMoney() }
            QuickAction { objectName: "actionSend"; text: qsTr("Send"); iconName: "send"; onClicked: root.send() }
            QuickAction { objectName: "actionWithdraw"; text: qsTr("Withdraw"); iconName: "download"; onClicked: root.withdraw() }
            QuickAction { objectName: "actionPay"; text: qsTr("Pay a request"); iconName: "qr"; onClicked: root.payRequest() }
            Item { Layout.fillWidth: true }
        }
    }

    Connections {
        target: root.wallet
        property int seen: 0
        function onWalletChanged() {
            if (root.wallet.liveUpdates !== seen) {
                seen = root.wallet.liveUpdates
                pulse.restart()
            }
        }
    }

    component QuickAction: AbstractButton {
        id: action
        property string iconName
        enabled: root.wallet.loaded && root.wallet.active
        implicitHeight: 40
        implicitWidth: actionRow.implicitWidth + 2 * Theme.spacingLg
        opacity: enabled ? 1 : 0.55
        Accessible.role: Accessible.Button
        Accessible.name: text
        background: Rectangle {
            radius: Theme.radius
            color: action.pressed ? Qt.rgba(1, 1, 1, 0.30) : action.hovered ? Qt.rgba(1, 1, 1, 0.24) : Qt.rgba(1, 1, 1, 0.16)
            border.color: Qt.rgba(1, 1, 1, 0.22)
        }
        contentItem: Item {
            RowLayout {
                id: actionRow
                anchors.centerIn: parent
                spacing: Theme.spacingSm
                Icon { name: action.iconName; color: Theme.textOnBrand; Layout.preferredWidth: 16; Layout.preferredHeight: 16 }
                Label { text: action.text; color: Theme.textOnBrand; font.pixelSize: Theme.fontLabel; font.weight: Font.DemiBold }
            }
        }
    }
}
