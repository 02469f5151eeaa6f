import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// This computer: theme and language, the server address, and the session.
ColumnLayout {
    id: root

    // Saves the chosen language to the account too, so e-mails follow it.
    required property ProfileController profile

    function serverProblemText(problem) {
        if (problem === SessionController.Missing)
            return qsTr("Enter the server address.")
        if (problem === SessionController.Malformed)
            return qsTr("Enter a full address starting with http:// or https://.")
        return ""
    }

    spacing: Theme.spacingXl

    Card {
        Layout.fillWidth: true
        contentItem: ColumnLayout {
            spacing: Theme.spacingLg
            SectionTitle {
                title: qsTr("Appearance")
                Layout.fillWidth: true
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
                description: qsTr("Applies immediately to every screen, and to messages from Paydesk.")
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
                    onActivated: value => {
                        Preferences.language = value
                        if (root.profile.session && SessionController.user.language !== value)
                            root.profile.save({ language: value })
                    }
                }
            }
        }
    }

    Card {
        Layout.fillWidth: true
        contentItem: ColumnLayout {
            spacing: Theme.spacingLg
            SectionTitle {
                title: qsTr("Server")
                Layout.fillWidth: true
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
        contentItem: ColumnLayout {
            spacing: Theme.spacingLg
            SectionTitle {
                title: qsTr("Session")
                description: SessionController.status === SessionController.SignedIn
                             ? qsTr("Signing out ends this session on the server and forgets it on this computer.") : ""
                Layout.fillWidth: true
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
