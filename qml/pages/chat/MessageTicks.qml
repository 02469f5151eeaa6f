import QtQuick
import Paydesk

// A sent message's state: a clock while it waits in the outbox, one tick once the server has
// it, two when it reached the recipient, two in the brand colour once read, an alert if refused.
Item {
    id: root

    property string status: "sent"
    property color tone: Theme.textSubtle
    property color readTone: Theme.brandText

    objectName: "messageTicks"
    implicitWidth: status === "delivered" || status === "read" ? 20 : 14
    implicitHeight: 14
    Accessible.role: Accessible.StaticText
    Accessible.name: status === "pending" ? qsTr("Waiting to send")
                   : status === "sent" ? qsTr("Sent")
                   : status === "delivered" ? qsTr("Delivered")
                   : status === "read" ? qsTr("Read") : qsTr("Not sent")

    Icon {
        visible: root.status === "pending"
        name: "clock"
        width: 14
        height: 14
        color: root.tone
    }
    Icon {
        visible: root.status === "failed"
        name: "alert"
        width: 14
        height: 14
        color: Theme.danger
    }
    Icon {
        visible: root.status === "sent" || root.status === "delivered" || root.status === "read"
        name: "check"
        width: 14
        height: 14
        strokeWidth: 2
        color: root.status === "read" ? root.readTone : root.tone
    }
    Icon {
        visible: root.status === "delivered" || root.status === "read"
        x: 6
        name: "check"
        width: 14
        height: 14
        strokeWidth: 2
        color: root.status === "read" ? root.readTone : root.tone
    }
}
