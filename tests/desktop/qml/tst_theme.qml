import QtQuick
import QtTest
import Paydesk

// Theme follows Preferences, the Settings switch drives it, and both palettes keep readable
// contrast (WCAG AA) for body text, secondary text and text on the brand colour.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: settingsComponent
        SettingsPage { anchors.fill: parent }
    }

    TestCase {
        name: "Theme"
        when: windowShown

        function cleanup() { Preferences.darkTheme = false }

        function luminance(c) {
            const channel = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
            return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
        }
        function contrast(a, b) {
            const la = luminance(a), lb = luminance(b)
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
        }

        function test_darkThemeChangesColours() {
            Preferences.darkTheme = false
            // Copies as strings: a colour read from a property is a live reference.
            const background = Theme.background.toString()
            const text = Theme.text.toString()
            Preferences.darkTheme = true
            verify(Theme.dark)
            verify(!Qt.colorEqual(Theme.background, background))
            verify(!Qt.colorEqual(Theme.text, text))
            verify(luminance(Theme.background) < luminance(Theme.text))
        }

        function test_settingsSwitchFlipsTheme() {
            const page = createTemporaryObject(settingsComponent, root)
            mouseClick(findChild(page, "option_dark"))
            verify(Preferences.darkTheme)
            verify(Theme.dark)
            mouseClick(findChild(page, "option_light"))
            verify(!Theme.dark)
        }

        function test_contrast_data() {
            return [ { tag: "light", dark: false }, { tag: "dark", dark: true } ]
        }
        function test_contrast(data) {
            Preferences.darkTheme = data.dark
            verify(contrast(Theme.text, Theme.surface) >= 7, "text on surface")
            verify(contrast(Theme.textMuted, Theme.surface) >= 4.5, "muted text on surface")
            verify(contrast(Theme.textMuted, Theme.background) >= 4.5, "muted text on background")
            verify(contrast(Theme.textOnBrand, Theme.brand) >= 4.5, "text on brand")
            verify(contrast(Theme.brandText, Theme.brandSoft) >= 4.5, "brand text on soft brand")
            verify(contrast(Theme.danger, Theme.surface) >= 4.5, "danger text on surface")
        }
    }
}
