import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Paydesk

// The merchant's apps on the left; the selected app's keys, webhook URL and signing secret on
// the right. New keys are shown once, in SecretDialog.
Item {
    id: root

    // The app picked in the list; until then the first active one.
    property int picked: -1
    readonly property int selected: {
        if (picked >= 0 && picked < apps.count)
            return picked
        for (let i = 0; i < apps.count; ++i)
            if (apps.get(i).active)
                return i
        return apps.count > 0 ? 0 : -1
    }
    readonly property var app: selected >= 0 ? apps.get(selected) : null

    objectName: "apiKeysPage"
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("API keys")

    AppsModel {
        id: apps
        objectName: "appsModel"
        pageSize: 100
    }
    ApiKeysController {
        id: keys
        objectName: "apiKeysController"
        appId: root.app ? root.app.appId : ""
        onAppsChanged: apps.reload()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingXxl
        anchors.rightMargin: Theme.spacingXxl
        anchors.topMargin: Theme.spacingXxl
        anchors.bottomMargin: Theme.spacingXl
        spacing: Theme.spacingXl

        RowLayout {
            Layout.fillWidth: true
            PageHeader {
                title: qsTr("API keys")
                description: qsTr("Your apps, the keys they use to call Paydesk, and where their webhooks go.")
                Layout.fillWidth: true
            }
            AppButton {
                objectName: "newAppButton"
                text: qsTr("New app")
                iconName: "plus"
                Layout.alignment: Qt.AlignTop
                onClicked: newApp.open()
            }
        }
        Banner {
            visible: keys.error !== "" || keys.notice !== ""
            kind: keys.error !== "" ? "error" : "success"
            title: keys.error !== "" ? keys.error : keys.notice
            Layout.fillWidth: true
        }

        RowLayout {
            spacing: Theme.spacingXl
            Layout.fillWidth: true
            Layout.fillHeight: true

            Rectangle {
                Layout.preferredWidth: 280
                Layout.fillHeight: true
                radius: Theme.radiusLg
                color: Theme.surface
                border.color: Theme.border
                ListView {
                    id: appList
                    objectName: "appList"
                    anchors.fill: parent
                    anchors.margins: Theme.spacingSm
                    model: apps
                    clip: true
                    spacing: 2
                    currentIndex: root.selected
                    keyNavigationEnabled: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Apps")
                    delegate: AbstractButton {
                        id: appEntry
                        required property int index
                        required property string name
                        required property string environment
                        required property bool active
                        required property string created
                        width: ListView.view.width
                        height: 60
                        focusPolicy: Qt.StrongFocus
                        Accessible.role: Accessible.ListItem
                        Accessible.name: name
                        onClicked: root.picked = index
                        background: Rectangle {
                            radius: Theme.radius
                            color: appEntry.index === root.selected ? Theme.brandSoft : appEntry.hovered ? Theme.surfaceMuted : "transparent"
                            border.color: appEntry.visualFocus ? Theme.focusRing : "transparent"
                        }
                        contentItem: RowLayout {
                            spacing: Theme.spacingSm
                            ColumnLayout {
                                spacing: 2
                                Layout.fillWidth: true
                                Label {
                                    text: appEntry.name
                                    color: appEntry.active ? Theme.text : Theme.textSubtle
                                    font.weight: Font.DemiBold
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: appEntry.active ? qsTr("Created %1").arg(appEntry.created) : qsTr("Deactivated")
                                    color: Theme.textSubtle
                                    font.pixelSize: Theme.fontCaption
                                }
                            }
                            StatusChip {
                                kind: appEntry.environment === "live" ? "success" : "warning"
                                text: appEntry.environment === "live" ? qsTr("Live") : qsTr("Test")
                            }
                        }
                    }
                    ListState {
                        anchors.fill: parent
                        loading: apps.loading
                        error: apps.error
                        empty: apps.count === 0
                        iconName: "key"
                        emptyTitle: qsTr("No apps yet")
                        emptyText: qsTr("Create an app to get your first API key.")
                        onRetry: apps.reload()
                    }
                }
            }

            ScrollView {
                id: detailScroll
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentWidth: availableWidth
                clip: true
                visible: root.app !== null
                ColumnLayout {
                    width: detailScroll.availableWidth
                    spacing: Theme.spacingLg
                    RowLayout {
                        spacing: Theme.spacingMd
                        Layout.fillWidth: true
                        Label {
                            objectName: "selectedAppName"
                            text: root.app ? root.app.name : ""
                            color: Theme.text
                            font.pixelSize: Theme.fontSubtitle + 4
                            font.weight: Font.Bold
                        }
                        StatusChip {
                            visible: root.app !== null
                            kind: root.app && root.app.environment === "live" ? "success" : "warning"
                            text: root.app && root.app.environment === "live" ? qsTr("Live") : qsTr("Test")
                        }
                        Item { Layout.fillWidth: true }
                    }
                    Banner {
                        visible: root.app !== null && !root.app.active
                        kind: "warning"
                        title: qsTr("This app is deactivated")
                        message: qsTr("Its keys are refused and it accepts no new payments. Its history stays in your reports.")
                        Layout.fillWidth: true
                    }
                    DetailLine {
                        label: qsTr("App ID")
                        value: root.app ? root.app.appId : ""
                        copyable: true
                        mono: true
                        Layout.fillWidth: true
                    }
                    KeysCard {
                        keys: keys
                        Layout.fillWidth: true
                    }
                    AppSettingsCard {
                        keys: keys
                        app: root.app
                        Layout.fillWidth: true
                        Layout.bottomMargin: Theme.spacingLg
                    }
                }
            }
        }
    }

    NewAppDialog {
        id: newApp
        keys: keys
    }
    SecretDialog {
        keys: keys
    }
}
