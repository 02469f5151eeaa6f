import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The profile form: name, phone, avatar colour and notification choices. Edits stay here until
// Save; SessionController.user holds what the server has.
Card {
    id: root

    required property ProfileController controller
    readonly property var user: SessionController.user
    readonly property var prefs: user.notification_prefs || ({})
    property string draftColor: ""
    // Set by the person's edits: a profile reload must not overwrite them.
    property bool edited: false
    readonly property string shownColor: draftColor !== "" ? draftColor : (user.avatar_color || Theme.brand)
    readonly property bool dirty: nameField.text !== (user.display_name || "")
                                  || phoneField.text !== (user.phone || "")
                                  || (draftColor !== "" && draftColor !== user.avatar_color)
                                  || emailSwitch.checked !== (prefs.email === true)
                                  || pushSwitch.checked !== (prefs.push === true)

    function markEdited() {
        edited = true
        controller.clearMessages()
    }
    function reset() {
        edited = false
        nameField.text = user.display_name || ""
        phoneField.text = user.phone || ""
        draftColor = ""
        emailSwitch.checked = prefs.email === true
        pushSwitch.checked = prefs.push === true
    }
    function save() {
        const changes = {}
        if (nameField.text !== (user.display_name || ""))
            changes.displayName = nameField.text
        if (phoneField.text !== (user.phone || ""))
            changes.phone = phoneField.text
        if (draftColor !== "" && draftColor !== user.avatar_color)
            changes.avatarColor = draftColor
        if (emailSwitch.checked !== (prefs.email === true))
            changes.notifyEmail = emailSwitch.checked
        if (pushSwitch.checked !== (prefs.push === true))
            changes.notifyPush = pushSwitch.checked
        controller.save(changes)
    }
    function initials(name) {
        const parts = (name || "").split(/\s+/).filter(p => p.length > 0)
        return parts.slice(0, 2).map(p => p[0].toUpperCase()).join("")
    }

    objectName: "profileSection"
    Component.onCompleted: reset()

    Connections {
        target: SessionController
        function onUserChanged() {
            if (!root.edited)
                root.reset()
        }
    }
    Connections {
        target: root.controller
        function onStateChanged() {
            if (root.controller.saved)
                root.reset()
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingLg
        enabled: !root.controller.saving

        SectionTitle {
            title: qsTr("Profile")
            description: qsTr("How other people see you in chats, transfers and receipts.")
            Layout.fillWidth: true
        }

        RowLayout {
            spacing: Theme.spacingLg
            Layout.fillWidth: true
            Rectangle {
                objectName: "avatarPreview"
                Layout.preferredWidth: 64
                Layout.preferredHeight: 64
                radius: 32
                color: root.shownColor
                Label {
                    anchors.centerIn: parent
                    text: root.initials(nameField.text) || root.user.initials || ""
                    color: Theme.textOnBrand
                    font.pixelSize: Theme.fontTitle - 2
                    font.weight: Font.Bold
                }
            }
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                Label {
                    text: nameField.text || root.user.display_name || ""
                    color: Theme.text
                    font.pixelSize: Theme.fontSubtitle
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: root.user.email || ""
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLabel
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            StatusChip {
                text: root.user.role === "admin" ? qsTr("Administrator")
                    : root.user.role === "merchant" ? qsTr("Business account") : qsTr("Personal account")
                kind: root.user.role === "admin" ? "warning" : root.user.role === "merchant" ? "brand" : "neutral"
            }
        }

        ColumnLayout {
            spacing: Theme.spacingXs + 2
            Layout.fillWidth: true
            Label {
                text: qsTr("Avatar colour")
                color: Theme.text
                font.pixelSize: Theme.fontLabel
                font.weight: Font.DemiBold
            }
            RowLayout {
                spacing: Theme.spacingSm
                Repeater {
                    model: root.controller.avatarColors
                    AbstractButton {
                        id: swatch
                        required property string modelData
                        readonly property bool current: Qt.colorEqual(modelData, root.shownColor)
                        objectName: "swatch_" + modelData.substring(1)
                        implicitWidth: 32
                        implicitHeight: 32
                        focusPolicy: Qt.StrongFocus
                        Accessible.role: Accessible.RadioButton
                        Accessible.name: qsTr("Colour %1").arg(modelData)
                        Accessible.checked: current
                        onClicked: { root.draftColor = modelData; root.markEdited() }
                        background: Rectangle {
                            radius: width / 2
                            color: "transparent"
                            border.width: swatch.current || swatch.visualFocus ? 2 : 0
                            border.color: swatch.visualFocus ? Theme.focusRing : swatch.modelData
                            Rectangle {
                                anchors.centerIn: parent
                                width: 24
                                height: 24
                                radius: 12
                                color: swatch.modelData
                            }
                        }
                    }
                }
            }
        }

        RowLayout {
            spacing: Theme.spacingLg
            Layout.fillWidth: true
            FormField {
                id: nameField
                objectName: "displayNameField"
                label: qsTr("Display name")
                iconName: "user"
                errorText: root.controller.errorField === "displayName" ? root.controller.errorMessage : ""
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                onEdited: root.markEdited()
            }
            FormField {
                id: phoneField
                objectName: "phoneField"
                label: qsTr("Phone (optional)")
                iconName: "phone"
                placeholderText: "+234 803 123 4567"
                helpText: qsTr("International format, with the country code.")
                errorText: root.controller.errorField === "phone" ? root.controller.errorMessage : ""
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                onEdited: root.markEdited()
            }
        }

        Rectangle { color: Theme.border; Layout.fillWidth: true; Layout.preferredHeight: 1 }

        SettingsRow {
            title: qsTr("Email notifications")
            description: qsTr("Receipts, sign-ins from new devices and security changes.")
            Layout.fillWidth: true
            ToggleSwitch {
                id: emailSwitch
                objectName: "notifyEmailSwitch"
                accessibleName: qsTr("Email notifications")
                onToggled: root.markEdited()
            }
        }
        SettingsRow {
            title: qsTr("Push notifications")
            description: qsTr("Incoming payments, messages and calls on this computer.")
            Layout.fillWidth: true
            ToggleSwitch {
                id: pushSwitch
                objectName: "notifyPushSwitch"
                accessibleName: qsTr("Push notifications")
                onToggled: root.markEdited()
            }
        }

        Banner {
            objectName: "profileError"
            visible: root.controller.errorMessage !== "" && root.controller.errorField === ""
            title: qsTr("The profile was not saved")
            message: root.controller.errorMessage
            Layout.fillWidth: true
        }

        RowLayout {
            spacing: Theme.spacingMd
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXs
            AppButton {
                objectName: "saveProfileButton"
                text: root.controller.saving ? qsTr("Saving…") : qsTr("Save changes")
                busy: root.controller.saving
                enabled: root.dirty && !root.controller.saving
                onClicked: root.save()
            }
            AppButton {
                text: qsTr("Discard")
                kind: "ghost"
                visible: root.dirty
                onClicked: { root.reset(); root.controller.clearMessages() }
            }
            RowLayout {
                objectName: "profileSaved"
                visible: root.controller.saved && !root.dirty
                spacing: Theme.spacingXs + 2
                Icon {
                    name: "checkCircle"
                    color: Theme.success
                    Layout.preferredWidth: 16
                    Layout.preferredHeight: 16
                }
                Label {
                    text: qsTr("Saved")
                    color: Theme.success
                    font.pixelSize: Theme.fontLabel
                    font.weight: Font.DemiBold
                }
            }
            Item { Layout.fillWidth: true }
            Spinner {
                visible: root.controller.loading
                Layout.preferredWidth: 16
                Layout.preferredHeight: 16
            }
        }
    }
}
