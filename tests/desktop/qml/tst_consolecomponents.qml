import QtQuick
import QtTest
import Paydesk

// The console's building blocks: a status chip names and colours each status, a KPI card
// shows its value (or a placeholder while loading) and speaks it to screen readers, filters
// report what was picked, the search box waits for typing to pause, a date field refuses
// impossible days.
Item {
    id: root
    width: 800
    height: 600

    StatusChip { id: chip }
    KpiCard {
        id: card
        width: 280
        title: "Success rate"
        value: "92.4 %"
        detail: "231 of 250 finished"
        iconName: "trend"
    }
    FilterSelect {
        id: select
        y: 200
        value: "FAILED"
        options: [{ value: "", label: "All statuses" }, { value: "SUCCESS", label: "Succeeded" },
                  { value: "FAILED", label: "Failed" }]
    }
    SearchField { id: search; y: 260 }
    DateField { id: date; y: 320 }
    SignalSpy { id: picked; target: select; signalName: "picked" }
    SignalSpy { id: searched; target: search; signalName: "searched" }
    SignalSpy { id: dates; target: date; signalName: "dateChosen" }

    TestCase {
        name: "ConsoleComponents"
        when: windowShown

        function test_statusChipNamesAndColoursEachStatus_data() {
            return [
                { tag: "success", status: "SUCCESS", text: "Succeeded", colour: Theme.success },
                { tag: "failed", status: "FAILED", text: "Failed", colour: Theme.danger },
                { tag: "pending", status: "PENDING", text: "Pending", colour: Theme.warning },
                { tag: "expired", status: "EXPIRED", text: "Expired", colour: Theme.textMuted },
                { tag: "delivered", status: "DELIVERED", text: "Delivered", colour: Theme.success },
                { tag: "unknown", status: "REFUNDED", text: "REFUNDED", colour: Theme.textMuted }
            ]
        }
        function test_statusChipNamesAndColoursEachStatus(data) {
            chip.status = data.status
            compare(chip.text, data.text)
            verify(Qt.colorEqual(chip.foreground, data.colour))
            compare(chip.Accessible.name, data.text)
        }

        function test_kpiCardShowsValueOrPlaceholder() {
            const value = findChild(card, "kpiValue")
            verify(value)
            compare(value.text, "92.4 %")
            verify(value.visible)
            compare(card.Accessible.name, "Success rate: 92.4 %, 231 of 250 finished")
            card.loading = true
            verify(!value.visible)
            card.loading = false
            verify(value.visible)
        }

        function test_filterSelectShowsValueAndReportsPicks() {
            compare(select.currentIndex, 2)
            compare(select.displayText, "Failed")
            select.activated(1)
            compare(picked.count, 1)
            compare(picked.signalArguments[0][0], "SUCCESS")
        }

        function test_searchFieldWaitsForTypingToPause() {
            search.forceActiveFocus()
            keyClick(Qt.Key_L)
            keyClick(Qt.Key_C)
            keyClick(Qt.Key_R)
            compare(searched.count, 0)
            tryCompare(searched, "count", 1, 2000)
            compare(searched.signalArguments[0][0], "lcr")
        }

        function test_dateFieldRefusesImpossibleDays() {
            date.text = "2026-13-45"
            verify(!date.valid)
            date.text = "2026-11-25"
            verify(date.valid)
            date.editingFinished()
            compare(dates.count, 1)
            compare(dates.signalArguments[0][0], "2026-11-25")
        }
    }
}
