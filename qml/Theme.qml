pragma Singleton
import QtQuick
import Paydesk

// Colours, spacing and type for the light and dark themes. Every item takes its look from here;
// no file outside this one writes a colour literal.
QtObject {
    readonly property bool dark: Preferences.darkTheme

    // Surfaces
    readonly property color background: dark ? "#0B0F17" : "#F4F6FA"
    readonly property color surface: dark ? "#131A26" : "#FFFFFF"
    readonly property color surfaceMuted: dark ? "#1A2231" : "#F7F8FB"
    readonly property color surfaceSunken: dark ? "#0E131C" : "#EEF1F6"
    readonly property color sidebar: dark ? "#0F141E" : "#FFFFFF"
    readonly property color border: dark ? "#253042" : "#E2E7EF"
    readonly property color borderStrong: dark ? "#3A4760" : "#C6CFDC"

    // Text
    readonly property color text: dark ? "#E8ECF3" : "#172033"
    readonly property color textMuted: dark ? "#A0AABD" : "#566378"
    readonly property color textSubtle: dark ? "#758197" : "#7E899C"

    // Brand
    readonly property color brand: dark ? "#675DF5" : "#5A4DE6"
    readonly property color brandHover: dark ? "#7169F7" : "#4B3ED3"
    readonly property color brandPressed: dark ? "#5A50E0" : "#3F33BD"
    readonly property color brandSoft: dark ? "#231F4D" : "#EFEDFF"
    readonly property color brandText: dark ? "#B4AFFF" : "#4B3ED3"
    readonly property color textOnBrand: "#FFFFFF"
    // The sign-in hero panel: a deep brand gradient that reads well in both themes.
    readonly property color heroStart: dark ? "#1B1650" : "#3B2FC4"
    readonly property color heroEnd: dark ? "#0F2A4A" : "#1F6FD1"
    readonly property color heroChip: Qt.rgba(1, 1, 1, 0.16)

    // Status
    readonly property color danger: dark ? "#FF6B70" : "#D0303C"
    readonly property color dangerSoft: dark ? "#3A171B" : "#FDEDEF"
    readonly property color dangerBorder: dark ? "#6E2A31" : "#F5C2C8"
    readonly property color warning: dark ? "#F5B54A" : "#A65A00"
    readonly property color warningSoft: dark ? "#33270F" : "#FFF6E6"
    readonly property color warningBorder: dark ? "#6A5020" : "#F6D9A6"
    readonly property color success: dark ? "#45D49A" : "#0F8A5F"
    readonly property color successSoft: dark ? "#12301F" : "#E7F7EF"
    readonly property color successBorder: dark ? "#1F5A3E" : "#B7E4CD"
    readonly property color infoBorder: dark ? "#3A356E" : "#D6D1FB"
    readonly property color focusRing: brand

    // Spacing: a 4-point grid
    readonly property int spacingXs: 4
    readonly property int spacingSm: 8
    readonly property int spacingMd: 12
    readonly property int spacingLg: 16
    readonly property int spacingXl: 24
    readonly property int spacingXxl: 32
    readonly property int spacingHuge: 48

    readonly property int radiusSm: 6
    readonly property int radius: 8
    readonly property int radiusLg: 12
    readonly property int controlHeight: 40
    readonly property int sidebarWidth: 248
    readonly property int contentMaxWidth: 1040

    // Typography
    readonly property string fontFamily: Qt.application.font.family
    readonly property int fontCaption: 12
    readonly property int fontLabel: 13
    readonly property int fontBody: 14
    readonly property int fontSubtitle: 16
    readonly property int fontTitle: 24
    readonly property int fontDisplay: 30
}
