import QtQuick
import QtQuick.Controls.Basic
import Paydesk

// Test or live data: the console-wide switch (remembered in Preferences.consoleMode).
SegmentedControl {
    objectName: "modeSwitch"
    accessibleName: qsTr("Test or live data")
    options: [
        { value: "test", label: qsTr("Test data") },
        { value: "live", label: qsTr("Live data") }
    ]
    currentValue: Preferences.consoleMode
    onActivated: value => Preferences.consoleMode = value
}
