import QtQuick
import Paydesk

// The merchant's API keys. Placeholder until the API keys model exists.
PlaceholderPage {
    objectName: "apiKeysPage"
    title: qsTr("API keys")
    description: qsTr("The keys your apps use to call the Paydesk API. Test and live keys are kept apart.")
    iconName: "key"
    emptyTitle: qsTr("No API keys yet")
    emptyText: qsTr("Create a key to start accepting payments from your app. A secret key is shown only once.")
    plannedFeatures: [
        { icon: "lock", title: qsTr("Test and live keys"), text: qsTr("Build against test mode, then switch to live when you are ready.") },
        { icon: "refresh", title: qsTr("Roll and revoke"), text: qsTr("Replace a key without downtime, or revoke a leaked one at once.") },
        { icon: "clock", title: qsTr("Last used"), text: qsTr("See when and from where each key was last used.") }
    ]
}
