import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The sign-in page's brand side: what Paydesk is, in three lines.
Rectangle {
    id: root

    gradient: Gradient {
        orientation: Gradient.Vertical
        GradientStop { position: 0; color: Theme.heroStart }
        GradientStop { position: 1; color: Theme.heroEnd }
    }
    readonly property var highlights: [
        qsTr("Accept payments with API keys and signed webhooks"),
        qsTr("Every movement recorded in a double-entry ledger"),
        qsTr("Chat, pay and call from the same window")
    ]

    clip: true

    // Soft decorative rings in the corner; pure shapes, no image files.
    Repeater {
        model: 3
        Rectangle {
            required property int index
            width: 420 + index * 160
            height: width
            radius: width / 2
            x: root.width - width / 2
            y: root.height - width / 2
            color: "transparent"
            border.color: Theme.textOnBrand
            opacity: 0.08
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingHuge
        spacing: Theme.spacingXl

        RowLayout {
            spacing: Theme.spacingMd
            BrandMark {
                inverted: true
                Layout.preferredWidth: 32
                Layout.preferredHeight: 32
            }
            Label {
                text: qsTr("Paydesk")
                color: Theme.textOnBrand
                font.pixelSize: Theme.fontSubtitle + 4
                font.weight: Font.Bold
            }
        }

        Item { Layout.fillHeight: true }

        Label {
            text: qsTr("Payments, wallets and conversations in one console.")
            color: Theme.textOnBrand
            font.pixelSize: Theme.fontDisplay
            font.weight: Font.Bold
            wrapMode: Text.Wrap
            lineHeight: 1.1
            Layout.fillWidth: true
            Layout.maximumWidth: 440
        }

        ColumnLayout {
            spacing: Theme.spacingMd
            Layout.fillWidth: true
            Repeater {
                model: root.highlights.length // see Sidebar: survive retranslation
                RowLayout {
                    id: highlight
                    required property int index
                    readonly property string modelData: root.highlights[index]
                    spacing: Theme.spacingMd
                    Layout.fillWidth: true
                    Rectangle {
                        Layout.preferredWidth: 22
                        Layout.preferredHeight: 22
                        radius: 11
                        color: Theme.heroChip
                        Icon {
                            anchors.centerIn: parent
                            width: 14
                            height: 14
                            name: "check"
                            color: Theme.textOnBrand
                            strokeWidth: 2
                        }
                    }
                    Label {
                        text: highlight.modelData
                        color: Theme.textOnBrand
                        opacity: 0.9
                        font.pixelSize: Theme.fontBody + 1
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
        }

        Item { Layout.preferredHeight: Theme.spacingXl }
    }
}
