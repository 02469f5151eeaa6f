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
    <name>AddMoneyDialog</name>
    <message>
        <source>Money added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by card on the secure checkout page. The money is in your wallet as soon as the payment is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the card payment of %1. Complete it on the checkout page that opened in your browser; this window updates by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open checkout again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Call rates</source>
        <translation>Call rates</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Reconciliation</translation>
    </message>
    <message>
        <source>People, money movements and the ledger&apos;s health across the whole system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person (email or ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another name, email or role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactions match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money movements of every wallet appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming with calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call rates arrive with the calls feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-minute rates for calls between users will be set here once calls are available on the server. Nothing on this tab changes prices today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminTransactionsModel</name>
    <message>
        <source>Outside money</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will send exactly %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Enter a valid email address, like name@example.com.</source>
        <translation>Enter a valid email address, like name@example.com.</translation>
    </message>
    <message>
        <source>Enter a name of at most 80 characters.</source>
        <translation>Enter a name of at most 80 characters.</translation>
    </message>
    <message>
        <source>Use the international format, e.g. +234 803 123 4567.</source>
        <translation>Use the international format, e.g. +234 803 123 4567.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation>A PIN is 4 to 6 digits.</translation>
    </message>
    <message>
        <source>Choose one of the offered colours.</source>
        <translation>Choose one of the offered colours.</translation>
    </message>
    <message>
        <source>This referral code is not valid.</source>
        <translation>This referral code is not valid.</translation>
    </message>
    <message>
        <source>Choose a personal or a business account.</source>
        <translation>Choose a personal or a business account.</translation>
    </message>
    <message>
        <source>Check the highlighted field.</source>
        <translation>Check the highlighted field.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check your connection and try again.</source>
        <translation>Cannot reach the server. Check your connection and try again.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>The server had a problem. Try again in a moment.</translation>
    </message>
    <message>
        <source>Unexpected answer from the server (HTTP %1).</source>
        <translation>Unexpected answer from the server (HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email or password is incorrect.</source>
        <translation>Email or password is incorrect.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Enter the 6-digit code from your authenticator app.</translation>
    </message>
    <message>
        <source>That code did not work. Enter the current code from your authenticator app, or a recovery code.</source>
        <translation>That code did not work. Enter the current code from your authenticator app, or a recovery code.</translation>
    </message>
    <message>
        <source>Start two-factor set-up again: no set-up is in progress.</source>
        <translation>Start two-factor set-up again: no set-up is in progress.</translation>
    </message>
    <message>
        <source>Two-factor authentication is already on.</source>
        <translation>Two-factor authentication is already on.</translation>
    </message>
    <message>
        <source>An account with this email already exists. Sign in instead.</source>
        <translation>An account with this email already exists. Sign in instead.</translation>
    </message>
    <message>
        <source>Choose a stronger password: at least 10 characters, not a common one and not your email.</source>
        <translation>Choose a stronger password: at least 10 characters, not a common one and not your email.</translation>
    </message>
    <message>
        <source>The password is incorrect.</source>
        <translation>The password is incorrect.</translation>
    </message>
    <message>
        <source>The PIN is incorrect.</source>
        <translation>The PIN is incorrect.</translation>
    </message>
    <message>
        <source>Set a transaction PIN first.</source>
        <translation>Set a transaction PIN first.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Your session has ended. Sign in again.</translation>
    </message>
    <message>
        <source>For your security this session was ended. Sign in again.</source>
        <translation>For your security this session was ended. Sign in again.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Your account is not allowed to do this.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>The server is busy. Try again in a moment.</translation>
    </message>
    <message>
        <source>The request failed (%1).</source>
        <translation>The request failed (%1).</translation>
    </message>
</context>
<context>
    <name>ApiKeysController</name>
    <message numerus="yes">
        <source>Works for %n more hour(s), until %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new app&apos;s API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key revoked. Requests with it are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret rotated. The previous one keeps signing during the grace period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App deactivated. Its keys no longer work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <source>API keys</source>
        <translation>API keys</translation>
    </message>
    <message>
        <source>Your apps, the keys they use to call Paydesk, and where their webhooks go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No apps yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an app to get your first API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its keys are refused and it accepts no new payments. Its history stays in your reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettingsCard</name>
    <message>
        <source>Webhook settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished">Webhooks</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous secret also signs until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its keys stop working at once. Payments already made stay in your reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the signing secret?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks will be signed with a new secret. The current one keeps signing too during the grace period, so your receiver can switch over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key of this app stops working at once.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Webhook endpoint disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept failing, so deliveries to it are paused. Re-enable it on the Webhooks page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceCard</name>
    <message>
        <source>Balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent today %1 of %2 · up to %3 per payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay a request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Breakdown</name>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No money moved in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>No conversations yet</translation>
    </message>
    <message>
        <source>Unread: %1. Messages, receipts and money, in one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages, receipts and money, in one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone on the left, or search for a person to start a new chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a Paydesk user by name or email to send your first message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Catching up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <comment>the realtime connection is up</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleAction</name>
    <message>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Search people or start a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message>
        <source>%1, unread: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsModel</name>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payment(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the export (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transaction(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <source>%1 of %2 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n successful payment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>and %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Your payments at a glance, updated as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some figures could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created in the last 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume, last 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payments pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <source>Retry queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the retry queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting: every delivery has been sent or has given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries waiting for their next attempt, the next due first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next attempt %1  ·  %n attempt(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailLine</name>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointStrip</name>
    <message numerus="yes">
        <source>Disabled after failing since %1  ·  %n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <source>Money in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingController</name>
    <message>
        <source>The server did not answer. Try again: the same top-up is repeated, never created twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added to your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payment did not go through. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payment did not go through: %1</source>
        <translation type="unfinished"></translation>
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
    <name>HistoryView</name>
    <message>
        <source>Export wallet history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished">Transfers</translation>
    </message>
    <message>
        <source>Added money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished">Payments</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… %1 rows written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change or clear the filters to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add money or receive a transfer and it shows here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdempotentCall</name>
    <message>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysCard</name>
    <message>
        <source>API keys</source>
        <translation type="unfinished">API keys</translation>
    </message>
    <message>
        <source>Your server sends one of these as a Bearer token. Only the start of each key is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app has no keys. Create one to start accepting payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate this key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You get a new key now. The old one keeps working for the grace period you choose, so you can deploy the new key without downtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests signed with it are refused at once. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListState</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveMonitor</name>
    <message>
        <source>Live monitor</source>
        <translation type="unfinished">Live monitor</translation>
    </message>
    <message>
        <source>Waiting for payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments created or completed while this window is open appear here the moment they happen.</source>
        <translation type="unfinished"></translation>
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
    <name>MessageBubble</name>
    <message>
        <source>You: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent you %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTicks</name>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <source>Test or live data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>This currency is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts have at most %n decimal(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount like %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAppDialog</name>
    <message>
        <source>Create an app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each app gets its own API keys and webhook signing secret. Test apps never move real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Online store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live apps need an HTTPS address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>PagedModel</name>
    <message>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordCard</name>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Changing it signs you out everywhere else.</source>
        <translation>Changing it signs you out everywhere else.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>At least 10 characters</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>The password was not changed</source>
        <translation>The password was not changed</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Other computers and phones were signed out. This one stays signed in.</source>
        <translation>Other computers and phones were signed out. This one stays signed in.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Changing…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
</context>
<context>
    <name>PayRequestDialog</name>
    <message>
        <source>Payment sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the payment link a merchant sent you, or its payment ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>PaymentDetail</name>
    <message>
        <source>Completed by hand in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment marked as successful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment marked as failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDrawer</name>
    <message>
        <source>Payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the payment page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers scan this code or open the link to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished">Webhooks</translation>
    </message>
    <message>
        <source>No webhook was sent for this payment: its app has no webhook URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentRequest</name>
    <message>
        <source>This request was already paid or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has expired. Ask the merchant for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test request: it cannot be paid with real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is from your own business; you cannot pay yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is in another currency than your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance is too low for this payment. Add money first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet is turned off. Turn it on to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment request with this link was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request cannot be paid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a payment link like https://…/pay/pay_… or a payment id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You paid %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer. Try again: the payment is repeated, never made twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentRow</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export payments as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payments loaded%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every payment request your apps created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by payment ID or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… %1 rows written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsTable</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sorted ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sorted descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished">Payments</translation>
    </message>
    <message>
        <source>Loading more payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments your apps create appear here. Change the filters or the search to see more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinCard</name>
    <message>
        <source>Transaction PIN</source>
        <translation>Transaction PIN</translation>
    </message>
    <message>
        <source>4 to 6 digits you enter to confirm payments and transfers.</source>
        <translation>4 to 6 digits you enter to confirm payments and transfers.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Repeat PIN</translation>
    </message>
    <message>
        <source>The PIN was not saved</source>
        <translation>The PIN was not saved</translation>
    </message>
    <message>
        <source>PIN saved</source>
        <translation>PIN saved</translation>
    </message>
    <message>
        <source>Use it the next time you confirm a payment.</source>
        <translation>Use it the next time you confirm a payment.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Set PIN</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished">Confirm</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 4 to 6 digits you chose in Settings › Security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>PinField</name>
    <message>
        <source>Transaction PIN</source>
        <translation type="unfinished">Transaction PIN</translation>
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
    <name>PreferencesSection</name>
    <message>
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <source>Enter a full address starting with http:// or https://.</source>
        <translation>Enter a full address starting with http:// or https://.</translation>
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
        <source>Applies immediately to every screen, and to messages from Paydesk.</source>
        <translation>Applies immediately to every screen, and to messages from Paydesk.</translation>
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
        <source>Signing out ends this session on the server and forgets it on this computer.</source>
        <translation>Signing out ends this session on the server and forgets it on this computer.</translation>
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
    <name>ProfileController</name>
    <message>
        <source>Enter a name of at most 80 characters.</source>
        <translation>Enter a name of at most 80 characters.</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>How other people see you in chats, transfers and receipts.</source>
        <translation>How other people see you in chats, transfers and receipts.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Business account</source>
        <translation>Business account</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Personal account</translation>
    </message>
    <message>
        <source>Avatar colour</source>
        <translation>Avatar colour</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Colour %1</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>International format, with the country code.</source>
        <translation>International format, with the country code.</translation>
    </message>
    <message>
        <source>Email notifications</source>
        <translation>Email notifications</translation>
    </message>
    <message>
        <source>Receipts, sign-ins from new devices and security changes.</source>
        <translation>Receipts, sign-ins from new devices and security changes.</translation>
    </message>
    <message>
        <source>Push notifications</source>
        <translation>Push notifications</translation>
    </message>
    <message>
        <source>Incoming payments, messages and calls on this computer.</source>
        <translation>Incoming payments, messages and calls on this computer.</translation>
    </message>
    <message>
        <source>The profile was not saved</source>
        <translation>The profile was not saved</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>RecentActivity</name>
    <message>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a payment with your API key and its progress shows up here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconciliationReport</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconciliationView</name>
    <message>
        <source>Each wallet&apos;s balance is checked against the sum of its ledger entries, and every currency must sum to zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger does not balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 accounts at %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatched balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbalanced transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sums to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not sum to zero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoringPage</name>
    <message>
        <source>Waiting for the server…</source>
        <translation>Waiting for the server…</translation>
    </message>
    <message>
        <source>Signing you back in…</source>
        <translation>Signing you back in…</translation>
    </message>
    <message>
        <source>%1 does not answer yet. Paydesk keeps trying and opens your console as soon as it does.</source>
        <translation>%1 does not answer yet. Paydesk keeps trying and opens your console as soon as it does.</translation>
    </message>
    <message>
        <source>Sign in with another account</source>
        <translation>Sign in with another account</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Copy this key now and store it somewhere safe, such as your server&apos;s secret manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will not see this key again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk keeps only a fingerprint of it. If it is lost, rotate the key to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityController</name>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>Use at least 10 characters.</source>
        <translation>Use at least 10 characters.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Enter your password to confirm it is you.</source>
        <translation>Enter your password to confirm it is you.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation>A PIN is 4 to 6 digits.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your app shows.</source>
        <translation>Enter the 6-digit code your app shows.</translation>
    </message>
    <message>
        <source>Enter a code from your app or a recovery code.</source>
        <translation>Enter a code from your app or a recovery code.</translation>
    </message>
</context>
<context>
    <name>ServerField</name>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>SessionFailureBanner</name>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
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
        <source>Unexpected answer from the server</source>
        <translation>Unexpected answer from the server</translation>
    </message>
    <message>
        <source>You were signed out</source>
        <translation>You were signed out</translation>
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
        <source>The request answered HTTP %1.</source>
        <translation>The request answered HTTP %1.</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Request ID: %1</translation>
    </message>
    <message>
        <source>Continue in preview</source>
        <translation>Continue in preview</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your profile, how you sign in, and preferences for this computer.</source>
        <translation>Your profile, how you sign in, and preferences for this computer.</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Settings sections</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
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
    <name>SignInForm</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Welcome back. Enter your details to open your console.</source>
        <translation>Welcome back. Enter your details to open your console.</translation>
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
        <source>Create an account</source>
        <translation>Create an account</translation>
    </message>
</context>
<context>
    <name>SignUpForm</name>
    <message>
        <source>Create your account</source>
        <translation>Create your account</translation>
    </message>
    <message>
        <source>It takes a minute, and your wallet is ready at once.</source>
        <translation>It takes a minute, and your wallet is ready at once.</translation>
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
        <source>Account type</source>
        <translation>Account type</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Accept payments with API keys and webhooks, and keep a wallet.</source>
        <translation>Accept payments with API keys and webhooks, and keep a wallet.</translation>
    </message>
    <message>
        <source>A wallet to pay, send money and chat.</source>
        <translation>A wallet to pay, send money and chat.</translation>
    </message>
    <message>
        <source>Business or your name</source>
        <translation>Business or your name</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Ada Lovelace</source>
        <translation>Ada Lovelace</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>Use at most 80 characters.</source>
        <translation>Use at most 80 characters.</translation>
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
        <source>At least 10 characters</source>
        <translation>At least 10 characters</translation>
    </message>
    <message>
        <source>Use 10 or more characters; a short sentence is easy to remember.</source>
        <translation>Use 10 or more characters; a short sentence is easy to remember.</translation>
    </message>
    <message>
        <source>Choose a password.</source>
        <translation>Choose a password.</translation>
    </message>
    <message>
        <source>Use at least 10 characters.</source>
        <translation>Use at least 10 characters.</translation>
    </message>
    <message>
        <source>Referral code (optional)</source>
        <translation>Referral code (optional)</translation>
    </message>
    <message>
        <source>The account was not created</source>
        <translation>The account was not created</translation>
    </message>
    <message>
        <source>Checking server…</source>
        <translation>Checking server…</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Creating your account…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Already have an account?</source>
        <translation>Already have an account?</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
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
    <name>StatusBreakdown</name>
    <message>
        <source>Payments by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every payment of this mode by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages you write while offline are kept and sent when you reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline. Waiting to send: %1. They go out, in order, when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline. Messages you write are sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotpStepForm</name>
    <message>
        <source>Two-step verification</source>
        <translation>Two-step verification</translation>
    </message>
    <message>
        <source>Open your authenticator app and enter the 6-digit code it shows for Paydesk.</source>
        <translation>Open your authenticator app and enter the 6-digit code it shows for Paydesk.</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>Lost your phone? Enter one of your recovery codes instead.</source>
        <translation>Lost your phone? Enter one of your recovery codes instead.</translation>
    </message>
    <message>
        <source>Enter the code from your app.</source>
        <translation>Enter the code from your app.</translation>
    </message>
    <message>
        <source>Enter 6 digits, or a recovery code like abcd-efgh.</source>
        <translation>Enter 6 digits, or a recovery code like abcd-efgh.</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Verification failed</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>Verify and sign in</source>
        <translation>Verify and sign in</translation>
    </message>
    <message>
        <source>Back to sign in</source>
        <translation>Back to sign in</translation>
    </message>
</context>
<context>
    <name>TransactionDrawer</name>
    <message>
        <source>Transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every movement is recorded twice in the ledger: once from the sender, once to the receiver.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionRow</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <source>Choose who receives the money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet (attempt %1). Trying again in %2 s — it will not be sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer, so it is not known yet whether the money left. Try again: the same transfer is repeated, never sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Money sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To another Paydesk user, instantly. You confirm with your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Change</translation>
    </message>
    <message>
        <source>Search people by name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found with this name or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for, e.g. “Rent share”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and enter PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>TwoFactorCard</name>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Two-factor sign-in</translation>
    </message>
    <message>
        <source>Ask for a code from an authenticator app on your phone when you sign in.</source>
        <translation>Ask for a code from an authenticator app on your phone when you sign in.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Turn on two-factor sign-in</translation>
    </message>
    <message>
        <source>QR code to scan with your authenticator app</source>
        <translation>QR code to scan with your authenticator app</translation>
    </message>
    <message>
        <source>1. Scan the code with an authenticator app, such as Google Authenticator, 1Password or Aegis.</source>
        <translation>1. Scan the code with an authenticator app, such as Google Authenticator, 1Password or Aegis.</translation>
    </message>
    <message>
        <source>Cannot scan? Enter this key instead:</source>
        <translation>Cannot scan? Enter this key instead:</translation>
    </message>
    <message>
        <source>2. Enter the 6-digit code the app shows.</source>
        <translation>2. Enter the 6-digit code the app shows.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save your recovery codes now</source>
        <translation>Save your recovery codes now</translation>
    </message>
    <message>
        <source>Each code signs you in once if you lose your phone. They will not be shown again: print them or keep them in a password manager.</source>
        <translation>Each code signs you in once if you lose your phone. They will not be shown again: print them or keep them in a password manager.</translation>
    </message>
    <message>
        <source>I have saved my codes</source>
        <translation>I have saved my codes</translation>
    </message>
    <message>
        <source>To turn it off, confirm with your password and a code from your app.</source>
        <translation>To turn it off, confirm with your password and a code from your app.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Turn off two-factor sign-in</source>
        <translation>Turn off two-factor sign-in</translation>
    </message>
    <message>
        <source>Two-factor sign-in was not changed</source>
        <translation>Two-factor sign-in was not changed</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off</source>
        <translation>Two-factor sign-in is off</translation>
    </message>
    <message>
        <source>You now sign in with your password only.</source>
        <translation>You now sign in with your password only.</translation>
    </message>
</context>
<context>
    <name>TypingIndicator</name>
    <message>
        <source>typing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeChart</name>
    <message>
        <source>Payment volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No successful payments in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeded in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletController</name>
    <message>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletHistoryModel</name>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Your balance, money in and out, transfers and payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add money to get started, then send it to anyone on Paydesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhooksController</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery queued to be sent again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test event queued. Its attempts appear in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint re-enabled. Its paused deliveries resume.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Delivery log</translation>
    </message>
    <message>
        <source>Every event sent to your endpoints, each attempt and what your server answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App to send a test event to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliveries match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a webhook URL on an app and every payment status change is sent there and logged here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawController</name>
    <message>
        <source>An account number is 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account with this number at this bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 10-digit account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer. Try again: the same withdrawal is repeated, never made twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on its way to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank refused the payout. The money is back in your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Payout on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw to a bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is held from your balance at once and reaches the account in a few moments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is held from your balance and being paid to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
</TS>
