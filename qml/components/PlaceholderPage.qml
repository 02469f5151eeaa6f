import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// A designed page for a feature that is not built yet: header, an empty state that says what
// will appear, and three tiles describing what the page will hold. Shows no invented data.
ScrollView {
    id: root

    property string title
    property string description
    property string iconName
    property string emptyTitle
    property string emptyText
    // [{ icon, title, text }] — exactly what the finished page will offer.
    property var plannedFeatures: []

    contentWidth: availableWidth
    clip: true
    Accessible.role: Accessible.Pane
    Accessible.name: title

    ColumnLayout {
        width: Math.min(root.availableWidth - 2 * Theme.spacingXxl, Theme.contentMaxWidth)
        x: Theme.spacingXxl
        spacing: Theme.spacingXl

        PageHeader {
            title: root.title
            description: root.description
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXxl
        }

        Card {
            Layout.fillWidth: true
            topPadding: Theme.spacingHuge - 8
            bottomPadding: Theme.spacingHuge - 8
            contentItem: EmptyState {
                iconName: root.iconName
                title: root.emptyTitle
                text: root.emptyText
                chipText: qsTr("Coming soon")
            }
        }

        Label {
            text: qsTr("What you will find here")
            color: Theme.textMuted
            font.pixelSize: Theme.fontCaption
            font.weight: Font.DemiBold
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 0.6
            Layout.topMargin: Theme.spacingXs
        }

        RowLayout {
            spacing: Theme.spacingLg
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacingXxl
            Repeater {
                model: root.plannedFeatures.length // see Sidebar: survive retranslation
                FeatureTile {
                    required property int index
                    readonly property var modelData: root.plannedFeatures[index]
                    iconName: modelData.icon
                    title: modelData.title
                    text: modelData.text
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                }
            }
        }
    }
}
