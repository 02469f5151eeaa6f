import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The heading of a card on a settings-like page, with an optional line of explanation and an
// optional status chip on the right.
ColumnLayout {
    property alias title: titleLabel.text
    property alias description: descriptionLabel.text
    property alias chipText: chip.text
    property alias chipKind: chip.kind

    spacing: 2

    RowLayout {
        spacing: Theme.spacingMd
        Layout.fillWidth: true
        Label {
            id: titleLabel
            color: Theme.text
            font.pixelSize: Theme.fontSubtitle
            font.weight: Font.Bold
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        StatusChip {
            id: chip
            objectName: "sectionChip"
            visible: text !== ""
        }
    }
    Label {
        id: descriptionLabel
        visible: text !== ""
        color: Theme.textMuted
        font.pixelSize: Theme.fontLabel
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
