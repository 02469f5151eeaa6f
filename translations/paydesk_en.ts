<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountCard</name>
    <message>
        <source>Preview mode, not signed in</source>
        <translation>Preview mode, not signed in</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Preview mode</source>
        <translation>Preview mode</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Tools for operators: users, all transactions, call rates and reconciliation.</source>
        <translation>Tools for operators: users, all transactions, call rates and reconciliation.</translation>
    </message>
    <message>
        <source>Administration tools are on their way</source>
        <translation>Administration tools are on their way</translation>
    </message>
    <message>
        <source>Only administrators will see this area. It will list users and transactions and show the ledger reconciliation report.</source>
        <translation>Only administrators will see this area. It will list users and transactions and show the ledger reconciliation report.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Search users, see their wallets and disable an account if needed.</source>
        <translation>Search users, see their wallets and disable an account if needed.</translation>
    </message>
    <message>
        <source>Call rates</source>
        <translation>Call rates</translation>
    </message>
    <message>
        <source>Set the per-minute rate; each call records the rate in force.</source>
        <translation>Set the per-minute rate; each call records the rate in force.</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Reconciliation</translation>
    </message>
    <message>
        <source>Prove that every balance equals the sum of its ledger entries.</source>
        <translation>Prove that every balance equals the sum of its ledger entries.</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <source>API keys</source>
        <translation>API keys</translation>
    </message>
    <message>
        <source>The keys your apps use to call the Paydesk API. Test and live keys are kept apart.</source>
        <translation>The keys your apps use to call the Paydesk API. Test and live keys are kept apart.</translation>
    </message>
    <message>
        <source>No API keys yet</source>
        <translation>No API keys yet</translation>
    </message>
    <message>
        <source>Create a key to start accepting payments from your app. A secret key is shown only once.</source>
        <translation>Create a key to start accepting payments from your app. A secret key is shown only once.</translation>
    </message>
    <message>
        <source>Test and live keys</source>
        <translation>Test and live keys</translation>
    </message>
    <message>
        <source>Build against test mode, then switch to live when you are ready.</source>
        <translation>Build against test mode, then switch to live when you are ready.</translation>
    </message>
    <message>
        <source>Roll and revoke</source>
        <translation>Roll and revoke</translation>
    </message>
    <message>
        <source>Replace a key without downtime, or revoke a leaked one at once.</source>
        <translation>Replace a key without downtime, or revoke a leaked one at once.</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <source>See when and from where each key was last used.</source>
        <translation>See when and from where each key was last used.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API keys</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Preview mode: this server does not support sign-in yet, so nothing here belongs to an account.</source>
        <translation>Preview mode: this server does not support sign-in yet, so nothing here belongs to an account.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Conversations with other Paydesk users, with payments right in the thread.</source>
        <translation>Conversations with other Paydesk users, with payments right in the thread.</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>No conversations yet</translation>
    </message>
    <message>
        <source>Start a conversation to chat, send money and call your contacts.</source>
        <translation>Start a conversation to chat, send money and call your contacts.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Messages written while offline are sent when you reconnect.</source>
        <translation>Messages written while offline are sent when you reconnect.</translation>
    </message>
    <message>
        <source>Money in chat</source>
        <translation>Money in chat</translation>
    </message>
    <message>
        <source>Send or request money without leaving the conversation.</source>
        <translation>Send or request money without leaving the conversation.</translation>
    </message>
    <message>
        <source>Voice calls</source>
        <translation>Voice calls</translation>
    </message>
    <message>
        <source>Call a contact; the per-minute rate is shown before you start.</source>
        <translation>Call a contact; the per-minute rate is shown before you start.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Your business at a glance: volume, successful payments, refunds and what is happening right now.</source>
        <translation>Your business at a glance: volume, successful payments, refunds and what is happening right now.</translation>
    </message>
    <message>
        <source>No activity to show yet</source>
        <translation>No activity to show yet</translation>
    </message>
    <message>
        <source>Key figures and charts appear here as soon as payments start flowing through your account.</source>
        <translation>Key figures and charts appear here as soon as payments start flowing through your account.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Gross volume, net volume and success rate for the period you choose.</source>
        <translation>Gross volume, net volume and success rate for the period you choose.</translation>
    </message>
    <message>
        <source>Volume charts</source>
        <translation>Volume charts</translation>
    </message>
    <message>
        <source>Daily and hourly charts to spot trends, peaks and dips.</source>
        <translation>Daily and hourly charts to spot trends, peaks and dips.</translation>
    </message>
    <message>
        <source>Live monitor</source>
        <translation>Live monitor</translation>
    </message>
    <message>
        <source>Payments and webhook deliveries as they happen, without refreshing.</source>
        <translation>Payments and webhook deliveries as they happen, without refreshing.</translation>
    </message>
</context>
<context>
    <name>HeroPanel</name>
    <message>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
    </message>
    <message>
        <source>Payments, wallets and conversations in one console.</source>
        <translation>Payments, wallets and conversations in one console.</translation>
    </message>
    <message>
        <source>Accept payments with API keys and signed webhooks</source>
        <translation>Accept payments with API keys and signed webhooks</translation>
    </message>
    <message>
        <source>Every movement recorded in a double-entry ledger</source>
        <translation>Every movement recorded in a double-entry ledger</translation>
    </message>
    <message>
        <source>Chat, pay and call from the same window</source>
        <translation>Chat, pay and call from the same window</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Every payment your apps create through the API, with its status, amount and customer.</source>
        <translation>Every payment your apps create through the API, with its status, amount and customer.</translation>
    </message>
    <message>
        <source>No payments yet</source>
        <translation>No payments yet</translation>
    </message>
    <message>
        <source>Payments created with your API keys will be listed here, newest first.</source>
        <translation>Payments created with your API keys will be listed here, newest first.</translation>
    </message>
    <message>
        <source>Search and filters</source>
        <translation>Search and filters</translation>
    </message>
    <message>
        <source>Find a payment by status, amount, date or customer in a moment.</source>
        <translation>Find a payment by status, amount, date or customer in a moment.</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Payment details</translation>
    </message>
    <message>
        <source>A timeline of each payment with its ledger entries and refunds.</source>
        <translation>A timeline of each payment with its ledger entries and refunds.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Download any filtered list as CSV for your accounting.</source>
        <translation>Download any filtered list as CSV for your accounting.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Coming soon</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <source>What you will find here</source>
        <translation>What you will find here</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <source>Enter a full address starting with http:// or https://.</source>
        <translation>Enter a full address starting with http:// or https://.</translation>
    </message>
    <message>
        <source>Preferences for this computer and your session.</source>
        <translation>Preferences for this computer and your session.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Choose how Paydesk looks on this computer.</source>
        <translation>Choose how Paydesk looks on this computer.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Applies immediately to every screen.</source>
        <translation>Applies immediately to every screen.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Used the next time you sign in.</source>
        <translation>Used the next time you sign in.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Leave preview</source>
        <translation>Leave preview</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Main navigation</source>
        <translation>Main navigation</translation>
    </message>
    <message>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Cannot reach the server at %1</source>
        <translation>Cannot reach the server at %1</translation>
    </message>
    <message>
        <source>The server at %1 did not answer like a Paydesk server</source>
        <translation>The server at %1 did not answer like a Paydesk server</translation>
    </message>
    <message>
        <source>This server does not support sign-in yet</source>
        <translation>This server does not support sign-in yet</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Unexpected answer from the server</translation>
    </message>
    <message>
        <source>Check the address and that the Paydesk server is running, then try again.</source>
        <translation>Check the address and that the Paydesk server is running, then try again.</translation>
    </message>
    <message>
        <source>Its health check answered HTTP %1. Check the address.</source>
        <translation>Its health check answered HTTP %1. Check the address.</translation>
    </message>
    <message>
        <source>Accounts arrive in a later server version. Meanwhile you can look around the console in preview mode, with no account and no data.</source>
        <translation>Accounts arrive in a later server version. Meanwhile you can look around the console in preview mode, with no account and no data.</translation>
    </message>
    <message>
        <source>The sign-in request answered HTTP %1.</source>
        <translation>The sign-in request answered HTTP %1.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Welcome back. Enter your details to open your console.</source>
        <translation>Welcome back. Enter your details to open your console.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <source>Enter a full address starting with http:// or https://.</source>
        <translation>Enter a full address starting with http:// or https://.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Enter your email address.</translation>
    </message>
    <message>
        <source>Enter a valid email address, like name@example.com.</source>
        <translation>Enter a valid email address, like name@example.com.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Request ID: %1</translation>
    </message>
    <message>
        <source>Continue in preview</source>
        <translation>Continue in preview</translation>
    </message>
    <message>
        <source>Checking server…</source>
        <translation>Checking server…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>New to Paydesk?</source>
        <translation>New to Paydesk?</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Accounts are created on the server</source>
        <translation>Accounts are created on the server</translation>
    </message>
    <message>
        <source>Self-service sign-up arrives with the server&apos;s identity API. Until then, ask your Paydesk administrator for an account.</source>
        <translation>Self-service sign-up arrives with the server&apos;s identity API. Until then, ask your Paydesk administrator for an account.</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Your balance, money in and out, transfers to other users and bill payments.</source>
        <translation>Your balance, money in and out, transfers to other users and bill payments.</translation>
    </message>
    <message>
        <source>No wallet activity yet</source>
        <translation>No wallet activity yet</translation>
    </message>
    <message>
        <source>Add money, send transfers and pay bills from here. Every movement appears in your history.</source>
        <translation>Add money, send transfers and pay bills from here. Every movement appears in your history.</translation>
    </message>
    <message>
        <source>Balance and history</source>
        <translation>Balance and history</translation>
    </message>
    <message>
        <source>Your balance and every movement, each backed by the ledger.</source>
        <translation>Your balance and every movement, each backed by the ledger.</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Send money to another Paydesk user in a few seconds.</source>
        <translation>Send money to another Paydesk user in a few seconds.</translation>
    </message>
    <message>
        <source>Bills and airtime</source>
        <translation>Bills and airtime</translation>
    </message>
    <message>
        <source>Pay electricity, internet, water and airtime, with cashback.</source>
        <translation>Pay electricity, internet, water and airtime, with cashback.</translation>
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>The endpoints that receive your signed events, and a log of every delivery attempt.</source>
        <translation>The endpoints that receive your signed events, and a log of every delivery attempt.</translation>
    </message>
    <message>
        <source>No webhook endpoints</source>
        <translation>No webhook endpoints</translation>
    </message>
    <message>
        <source>Add an endpoint to receive payment events, each one signed with your secret.</source>
        <translation>Add an endpoint to receive payment events, each one signed with your secret.</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Choose which events each URL receives, and roll its signing secret.</source>
        <translation>Choose which events each URL receives, and roll its signing secret.</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Delivery log</translation>
    </message>
    <message>
        <source>Status code, response time and retries for every attempt.</source>
        <translation>Status code, response time and retries for every attempt.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Send a past event again once your endpoint is fixed.</source>
        <translation>Send a past event again once your endpoint is fixed.</translation>
    </message>
</context>
</TS>
