import QtQuick
import QtTest
import Paydesk

// The chat's message bubble: mine on the right with ticks (a clock while waiting in the outbox,
// one tick sent, two delivered, two in the read colour, an alert when refused), the peer's on
// the left without ticks, a day separator only when it opens a day, transfers as money.
Item {
    id: root
    width: 700
    height: 500

    MessageBubble {
        id: bubble
        width: 600
        text: "See you at 2 pm"
        timeText: "14:03"
        mine: true
        dayLabel: "Today"
    }

    TestCase {
        name: "MessageBubble"
        when: windowShown

        function ticks() {
            return findChild(bubble, "messageTicks")
        }
        function visibleIcons(item) {
            let names = []
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (child.visible && child.name !== undefined)
                    names.push(child.name + (child.x > 0 ? "+" : ""))
            }
            return names.join(",")
        }

        function test_ticksFollowTheStatus_data() {
            return [
                { tag: "pending", status: "pending", icons: "clock", name: "Waiting to send" },
                { tag: "sent", status: "sent", icons: "check", name: "Sent" },
                { tag: "delivered", status: "delivered", icons: "check,check+", name: "Delivered" },
                { tag: "read", status: "read", icons: "check,check+", name: "Read" },
                { tag: "failed", status: "failed", icons: "alert", name: "Not sent" }
            ]
        }
        function test_ticksFollowTheStatus(data) {
            bubble.mine = true
            bubble.status = data.status
            const t = ticks()
            verify(t.visible)
            compare(visibleIcons(t), data.icons)
            compare(t.Accessible.name, data.name)
        }

        function test_readTicksTakeTheReadColour() {
            bubble.mine = true
            bubble.status = "delivered"
            const t = ticks()
            const deliveredColour = String(t.children[2].color) // a copy, not a live reference
            bubble.status = "read"
            verify(!Qt.colorEqual(t.children[2].color, deliveredColour))
            verify(Qt.colorEqual(t.children[2].color, t.readTone))
        }

        function test_pendingShowsWaitingInsteadOfTime() {
            bubble.status = "pending"
            verify(findChild(bubble, "bubble").opacity < 1)
            bubble.status = "sent"
            compare(findChild(bubble, "bubble").opacity, 1)
        }

        function test_peerMessagesSitLeftWithoutTicks() {
            bubble.mine = false
            bubble.status = "read"
            verify(!ticks().visible)
            const b = findChild(bubble, "bubble")
            tryVerify(() => b.mapToItem(bubble, 0, 0).x === 0)
            bubble.mine = true
            tryVerify(() => b.mapToItem(bubble, 0, 0).x + b.width > bubble.width - 1)
        }

        function test_daySeparatorOnlyWhenItOpensADay() {
            bubble.showDay = false
            verify(!findChild(bubble, "daySeparator").visible)
            bubble.showDay = true
            verify(findChild(bubble, "daySeparator").visible)
            bubble.showDay = false
        }

        function test_transferShowsTheAmount() {
            bubble.kind = "transfer"
            bubble.amountText = "₦5,000.00"
            bubble.mine = true
            verify(!ticks().visible)
            verify(bubble.Accessible.name.indexOf("₦5,000.00") >= 0)
            bubble.kind = "text"
        }
    }
}
