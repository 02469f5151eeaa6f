import QtQuick
import QtTest
import Paydesk

// The wallet's input pieces: the amount field reads what people type into exact minor units
// of the wallet's currency and says what is wrong; the PIN field takes 4 to 6 digits only and
// the PIN dialog hands over the PIN once, clears it on a wrong-PIN error and stays open.
Item {
    id: root
    width: 900
    height: 700

    AmountField { id: amount; width: 360; currency: "NGN" }
    AmountField { id: coins; y: 120; width: 360; currency: "COINS" }
    PinField { id: pin; y: 240 }
    PinDialog { id: dialog; summary: "Send ₦5,000.00 to Amaka Eze." }
    SignalSpy { id: entered; target: pin; signalName: "entered" }
    SignalSpy { id: confirmed; target: dialog; signalName: "confirmed" }

    TestCase {
        name: "WalletComponents"
        when: windowShown

        function init() {
            amount.text = ""
            amount.errorText = ""
            pin.clear()
            entered.clear()
            confirmed.clear()
        }

        function test_amountFieldReadsExactMinorUnits_data() {
            return [
                { tag: "whole", text: "5000", valid: true, minor: "500000", display: "₦5,000.00" },
                { tag: "cents", text: "12.34", valid: true, minor: "1234", display: "₦12.34" },
                { tag: "grouped", text: "1,250.5", valid: true, minor: "125050", display: "₦1,250.50" },
                { tag: "0.1 + 0.2", text: "0.30", valid: true, minor: "30", display: "₦0.30" },
                { tag: "too many decimals", text: "1.005", valid: false, minor: "", display: "" },
                { tag: "zero", text: "0", valid: false, minor: "", display: "" }
            ]
        }
        function test_amountFieldReadsExactMinorUnits(data) {
            amount.text = data.text
            compare(amount.valid, data.valid)
            compare(amount.minor, data.minor)
            compare(amount.display, data.display)
            const message = findChild(amount, "amountMessage")
            verify(message)
            if (data.valid) {
                compare(amount.shownError, "")
                verify(message.text.indexOf(data.display) >= 0)
            } else {
                verify(amount.shownError !== "")
                compare(message.text, amount.shownError)
            }
        }

        function test_amountFieldFollowsTheCurrency() {
            coins.text = "12.5"
            verify(!coins.valid)
            verify(coins.shownError.indexOf("COINS") >= 0)
            coins.text = "12"
            verify(coins.valid)
            compare(coins.minor, "12")
            compare(coins.input.placeholderText, "0")
            compare(amount.input.placeholderText, "0.00")
        }

        function test_amountFieldShowsTheServersErrorFirst() {
            amount.text = "100"
            verify(amount.valid)
            amount.errorText = "Your balance is too low."
            compare(amount.shownError, "Your balance is too low.")
        }

        function test_amountFieldRefusesLetters() {
            amount.input.forceActiveFocus()
            keyClick(Qt.Key_1)
            keyClick(Qt.Key_A)
            keyClick(Qt.Key_2)
            compare(amount.text, "12")
        }

        function test_pinFieldTakesDigitsOnly() {
            pin.forceActiveFocus()
            keyClick(Qt.Key_1)
            keyClick(Qt.Key_X)
            keyClick(Qt.Key_2)
            keyClick(Qt.Key_3)
            compare(pin.pin, "123")
            verify(!pin.complete)
            keyClick(Qt.Key_4)
            verify(pin.complete)
            compare(entered.count, 0)
            keyClick(Qt.Key_Return)
            compare(entered.count, 1)
            compare(entered.signalArguments[0][0], "1234")
        }

        function test_pinFieldStopsAtSixDigits() {
            pin.forceActiveFocus()
            for (const key of [Qt.Key_9, Qt.Key_8, Qt.Key_7, Qt.Key_6, Qt.Key_5, Qt.Key_4, Qt.Key_3])
                keyClick(key)
            compare(pin.pin, "987654")
            compare(entered.count, 1) // the sixth digit completes it
        }

        function test_pinDialogConfirmsOnceAndClearsOnError() {
            dialog.open()
            tryCompare(dialog, "opened", true)
            const button = findChild(dialog.contentItem, "pinConfirm") || findChild(dialog, "pinConfirm")
            const field = findChild(dialog.contentItem, "pinField")
            verify(field)
            tryVerify(() => field.activeFocus || field.children[0].activeFocus)
            keyClick(Qt.Key_2)
            keyClick(Qt.Key_5)
            keyClick(Qt.Key_8)
            keyClick(Qt.Key_0)
            compare(field.pin, "2580")
            keyClick(Qt.Key_Return)
            compare(confirmed.count, 1)
            compare(confirmed.signalArguments[0][0], "2580")
            // Busy: a second Enter does not send again.
            dialog.busy = true
            keyClick(Qt.Key_Return)
            compare(confirmed.count, 1)
            // The server said the PIN is wrong: the boxes empty, the dialog stays, the error shows.
            dialog.busy = false
            dialog.errorText = "The PIN is incorrect."
            compare(field.pin, "")
            verify(dialog.opened)
            const error = findChild(dialog.contentItem, "pinError")
            verify(error && error.visible)
            compare(error.text, "The PIN is incorrect.")
            dialog.errorText = ""
            dialog.close()
            tryCompare(dialog, "visible", false)
        }
    }
}
