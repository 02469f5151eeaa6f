import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The account and this computer: profile, security (password, PIN, two-factor) and
// preferences (appearance, server, session). Each change applies at once and is remembered.
ScrollView {
    id: root

    readonly property bool signedIn: SessionController.status === SessionController.SignedIn
    property string section: signedIn ? "profile" : "preferences"

    objectName: "settingsPage"
    contentWidth: availableWidth
    clip: true
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Settings")

    ProfileController {
        id: profile
        session: root.signedIn ? SessionController : null
    }
    SecurityController {
        id: security
        session: root.signedIn ? SessionController : null
    }

    ColumnLayout {
        width: Math.min(root.availableWidth - 2 * Theme.spacingXxl, 760)
        x: Theme.spacingXxl
        spacing: Theme.spacingXl

        PageHeader {
            title: qsTr("Settings")
            description: qsTr("Your profile, how you sign in, and preferences for this computer.")
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXxl
        }

        SegmentedControl {
            objectName: "settingsSections"
            visible: root.signedIn
            accessibleName: qsTr("Settings sections")
            currentValue: root.section
            options: [
                { value: "profile", label: qsTr("Profile"), icon: "user" },
                { value: "security", label: qsTr("Security"), icon: "shield" },
                { value: "preferences", label: qsTr("Preferences"), icon: "settings" }
            ]
            onActivated: value => root.section = value
        }

        ProfileSection {
            visible: root.section === "profile" && root.signedIn
            controller: profile
            Layout.fillWidth: true
        }
        SecuritySection {
            visible: root.section === "security" && root.signedIn
            controller: security
            Layout.fillWidth: true
        }
        PreferencesSection {
            visible: root.section === "preferences" || !root.signedIn
            profile: profile
            Layout.fillWidth: true
        }

        Item { Layout.preferredHeight: Theme.spacingXl }
    }
}
