import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// Appearance, language, server address and the session. Every change applies at once and is
// remembered (Preferences, SessionController).
ScrollView {
    id: root

    objectName: "settingsPage"
    contentWidth: availableWidth
    clip: true
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Settings")

    function serverProblemText(problem) {
        if (problem === SessionController.Missing)
            return qsTr("Enter the server address.")
        if (problem === SessionController.Malformed)
            return qsTr("Enter a full address starting with http:// or https://.")
        return ""
    }

    ColumnLayout {
        width: Math.min(root.availableWidth - 2 * Theme.spacingXxl, 760)
        x: Theme.spacingXxl
        spacing: Theme.spacingXl

        PageHeader {
            title: qsTr("Settings")
            description: qsTr("Preferences for this computer and your session.")
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXxl
        }

        Card {
            Layout.fillWidth: true
            contentItem: ColumnLayout {
                spacing: Theme.spacingLg
                Label {
                    text: qsTr("Appearance")
                    color: Theme.text
                    font.pixelSize: Theme.fontSubtitle
                    font.weight: Font.Bold
                }
                SettingsRow {
                    title: qsTr("Theme")
                    description: qsTr("Choose how Paydesk looks on this computer.")
                    Layout.fillWidth: true
                    SegmentedControl {
                        objectName: "themeSwitch"
                        accessibleName: qsTr("Theme")
                        currentValue: Preferences.darkTheme ? "dark" : "light"
                        options: [
                            { value: "light", label: qsTr("Light"), icon: "sun" },
                            { value: "dark", label: qsTr("Dark"), icon: "moon" }
                        ]
                        onActivated: value => Preferences.darkTheme = (value === "dark")
                    }
                }
                Rectangle { color: Theme.border; Layout.fillWidth: true; Layout.preferredHeight: 1 }
                SettingsRow {
                    title: qsTr("Language")
                    description: qsTr("Applies immediately to every screen.")
                    Layout.fillWidth: true
                    SegmentedControl {
                        objectName: "languageSwitch"
                        accessibleName: qsTr("Language")
                        currentValue: Preferences.language
                        // Each language is named in itself, so anyone can find their own.
                        options: [
                            { value: "en", label: "English" },
                            { value: "fr", label: "Français" }
                        ]
                        onActivated: value => Preferences.language = value
                    }
                }
            }
        }

        Card {
            Layout.fillWidth: true
            contentItem: ColumnLayout {
                spacing: Theme.spacingLg
                Label {
                    text: qsTr("Server")
                    color: Theme.text
                    font.pixelSize: Theme.fontSubtitle
                    font.weight: Font.Bold
                }
                RowLayout {
                    spacing: Theme.spacingMd
                    Layout.fillWidth: true
                    FormField {
                        id: serverField
                        objectName: "settingsServerField"
                        label: qsTr("Server address")
                        iconName: "server"
                        text: SessionController.serverUrl
                        errorText: root.serverProblemText(SessionController.serverUrlProblem)
                        helpText: qsTr("Used the next time you sign in.")
                        Layout.fillWidth: true
                        onAccepted: SessionController.serverUrl = text
                    }
                    AppButton {
                        text: qsTr("Save")
                        kind: "secondary"
                        enabled: serverField.text.trim() !== SessionController.serverUrl
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 24
                        onClicked: SessionController.serverUrl = serverField.text
                    }
                }
            }
        }

        Card {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacingXxl
            contentItem: ColumnLayout {
                spacing: Theme.spacingLg
                Label {
                    text: qsTr("Session")
                    color: Theme.text
                    font.pixelSize: Theme.fontSubtitle
                    font.weight: Font.Bold
                }
                RowLayout {
                    spacing: Theme.spacingLg
                    Layout.fillWidth: true
                    AccountCard {
                        Layout.fillWidth: true
                    }
                    AppButton {
                        objectName: "signOutButton"
                        text: SessionController.status === SessionController.Preview ? qsTr("Leave preview")
                                                                                     : qsTr("Sign out")
                        kind: "danger"
                        iconName: "logout"
                        onClicked: SessionController.signOut()
                    }
                }
            }
        }
    }
}
