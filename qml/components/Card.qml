import QtQuick
import QtQuick.Controls.Basic
import Paydesk

// A surface with a subtle border: the building block of every page.
Pane {
    padding: Theme.spacingXl
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radiusLg
    }
}
