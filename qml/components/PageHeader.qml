import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// A page's title and the sentence that says what the page is for.
ColumnLayout {
    property alias title: titleLabel.text
    property alias description: descriptionLabel.text

    spacing: Theme.spacingXs + 2

    Label {
        id: titleLabel
        objectName: "pageTitle"
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        Accessible.role: Accessible.Heading
        Accessible.name: text
        Layout.fillWidth: true
        elide: Text.ElideRight
    }
    Label {
        id: descriptionLabel
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
