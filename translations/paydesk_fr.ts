<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountCard</name>
    <message>
        <source>Preview mode, not signed in</source>
        <translation>Mode aperçu, non connecté</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Preview mode</source>
        <translation>Mode aperçu</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
</context>
<context>
    <name>AddMoneyDialog</name>
    <message>
        <source>Money added</source>
        <translation>Argent ajouté</translation>
    </message>
    <message>
        <source>Finish in your browser</source>
        <translation>Terminez dans votre navigateur</translation>
    </message>
    <message>
        <source>Top-up declined</source>
        <translation>Rechargement refusé</translation>
    </message>
    <message>
        <source>Add money</source>
        <translation>Ajouter de l’argent</translation>
    </message>
    <message>
        <source>Pay by card on the secure checkout page. The money is in your wallet as soon as the payment is confirmed.</source>
        <translation>Payez par carte sur la page de paiement sécurisée. L’argent arrive dans votre portefeuille dès que le paiement est confirmé.</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>Au moins %1.</translation>
    </message>
    <message>
        <source>Waiting for the card payment of %1. Complete it on the checkout page that opened in your browser; this window updates by itself.</source>
        <translation>En attente du paiement par carte de %1. Terminez-le sur la page de paiement ouverte dans votre navigateur ; cette fenêtre se met à jour d’elle-même.</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Open checkout again</source>
        <translation>Rouvrir la page de paiement</translation>
    </message>
    <message>
        <source>Continue to checkout</source>
        <translation>Continuer vers le paiement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Call rates</source>
        <translation>Tarifs d’appel</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>People, money movements and the ledger&apos;s health across the whole system.</source>
        <translation>Les personnes, les mouvements d&apos;argent et la santé du grand livre, sur tout le système.</translation>
    </message>
    <message>
        <source>Admin section</source>
        <translation>Section d&apos;administration</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation>Rechercher un nom ou un e-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Merchants</source>
        <translation>Marchands</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <source>Person (email or ID)</source>
        <translation>Personne (e-mail ou ID)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>No one matches</source>
        <translation>Personne ne correspond</translation>
    </message>
    <message>
        <source>Try another name, email or role.</source>
        <translation>Essayez un autre nom, e-mail ou rôle.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>No transactions match</source>
        <translation>Aucune transaction ne correspond</translation>
    </message>
    <message>
        <source>Money movements of every wallet appear here.</source>
        <translation>Les mouvements d&apos;argent de chaque portefeuille apparaissent ici.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Coming with calls</source>
        <translation>Avec les appels</translation>
    </message>
    <message>
        <source>Call rates arrive with the calls feature</source>
        <translation>Les tarifs d&apos;appel arrivent avec les appels</translation>
    </message>
    <message>
        <source>Per-minute rates for calls between users will be set here once calls are available on the server. Nothing on this tab changes prices today.</source>
        <translation>Les tarifs à la minute des appels entre utilisateurs se régleront ici dès que le serveur proposera les appels. Rien sur cet onglet ne modifie les prix aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>AdminTransactionsModel</name>
    <message>
        <source>Outside money</source>
        <translation>Argent extérieur</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>You will send exactly %1</source>
        <translation>Vous enverrez exactement %1</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Enter a valid email address, like name@example.com.</source>
        <translation>Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.</translation>
    </message>
    <message>
        <source>Enter a name of at most 80 characters.</source>
        <translation>Saisissez un nom d’au plus 80 caractères.</translation>
    </message>
    <message>
        <source>Use the international format, e.g. +234 803 123 4567.</source>
        <translation>Utilisez le format international, par exemple +33 6 12 34 56 78.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation>Un code PIN compte 4 à 6 chiffres.</translation>
    </message>
    <message>
        <source>Choose one of the offered colours.</source>
        <translation>Choisissez l’une des couleurs proposées.</translation>
    </message>
    <message>
        <source>This referral code is not valid.</source>
        <translation>Ce code de parrainage n’est pas valide.</translation>
    </message>
    <message>
        <source>Choose a personal or a business account.</source>
        <translation>Choisissez un compte personnel ou entreprise.</translation>
    </message>
    <message>
        <source>Check the highlighted field.</source>
        <translation>Vérifiez le champ signalé.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check your connection and try again.</source>
        <translation>Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>Le serveur a rencontré un problème. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Unexpected answer from the server (HTTP %1).</source>
        <translation>Réponse inattendue du serveur (HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de codes PIN erronés. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de codes PIN erronés. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email or password is incorrect.</source>
        <translation>E-mail ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Saisissez le code à 6 chiffres de votre application d’authentification.</translation>
    </message>
    <message>
        <source>That code did not work. Enter the current code from your authenticator app, or a recovery code.</source>
        <translation>Ce code n’a pas fonctionné. Saisissez le code actuel de votre application d’authentification, ou un code de récupération.</translation>
    </message>
    <message>
        <source>Start two-factor set-up again: no set-up is in progress.</source>
        <translation>Recommencez l’activation à deux facteurs : aucune activation n’est en cours.</translation>
    </message>
    <message>
        <source>Two-factor authentication is already on.</source>
        <translation>L’authentification à deux facteurs est déjà activée.</translation>
    </message>
    <message>
        <source>An account with this email already exists. Sign in instead.</source>
        <translation>Un compte existe déjà avec cet e-mail. Connectez-vous plutôt.</translation>
    </message>
    <message>
        <source>Choose a stronger password: at least 10 characters, not a common one and not your email.</source>
        <translation>Choisissez un mot de passe plus solide : au moins 10 caractères, pas un mot de passe courant ni votre e-mail.</translation>
    </message>
    <message>
        <source>The password is incorrect.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The PIN is incorrect.</source>
        <translation>Le code PIN est incorrect.</translation>
    </message>
    <message>
        <source>Set a transaction PIN first.</source>
        <translation>Définissez d’abord un code PIN de transaction.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Votre session est terminée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>For your security this session was ended. Sign in again.</source>
        <translation>Pour votre sécurité, cette session a été fermée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Votre compte n’est pas autorisé à faire cela.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>Le serveur est occupé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The request failed (%1).</source>
        <translation>La requête a échoué (%1).</translation>
    </message>
</context>
<context>
    <name>ApiKeysController</name>
    <message numerus="yes">
        <source>Works for %n more hour(s), until %1</source>
        <translation>
            <numerusform>Fonctionne encore %n heure, jusqu&apos;au %1</numerusform>
            <numerusform>Fonctionne encore %n heures, jusqu&apos;au %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation>Utilisée le %1</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Jamais utilisée</translation>
    </message>
    <message>
        <source>App created.</source>
        <translation>Application créée.</translation>
    </message>
    <message>
        <source>Your new app&apos;s API key</source>
        <translation>La clé API de votre nouvelle application</translation>
    </message>
    <message>
        <source>Webhook URL saved.</source>
        <translation>URL de webhook enregistrée.</translation>
    </message>
    <message>
        <source>Your new API key</source>
        <translation>Votre nouvelle clé API</translation>
    </message>
    <message>
        <source>The replacement API key</source>
        <translation>La clé API de remplacement</translation>
    </message>
    <message>
        <source>Key revoked. Requests with it are refused from now on.</source>
        <translation>Clé révoquée. Les requêtes qui l&apos;utilisent sont désormais refusées.</translation>
    </message>
    <message>
        <source>Signing secret rotated. The previous one keeps signing during the grace period.</source>
        <translation>Secret de signature renouvelé. L&apos;ancien signe encore pendant la période de grâce.</translation>
    </message>
    <message>
        <source>App deactivated. Its keys no longer work.</source>
        <translation>Application désactivée. Ses clés ne fonctionnent plus.</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <source>API keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>Your apps, the keys they use to call Paydesk, and where their webhooks go.</source>
        <translation>Vos applications, les clés qu&apos;elles utilisent pour appeler Paydesk et la destination de leurs webhooks.</translation>
    </message>
    <message>
        <source>New app</source>
        <translation>Nouvelle application</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créée le %1</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>No apps yet</source>
        <translation>Aucune application pour l&apos;instant</translation>
    </message>
    <message>
        <source>Create an app to get your first API key.</source>
        <translation>Créez une application pour obtenir votre première clé API.</translation>
    </message>
    <message>
        <source>This app is deactivated</source>
        <translation>Cette application est désactivée</translation>
    </message>
    <message>
        <source>Its keys are refused and it accepts no new payments. Its history stays in your reports.</source>
        <translation>Ses clés sont refusées et elle n&apos;accepte plus de paiements. Son historique reste dans vos rapports.</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>ID de l&apos;application</translation>
    </message>
</context>
<context>
    <name>AppSettingsCard</name>
    <message>
        <source>Webhook settings</source>
        <translation>Réglages des webhooks</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>The previous secret also signs until %1.</source>
        <translation>L&apos;ancien secret signe aussi jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Deactivate app</source>
        <translation>Désactiver l&apos;application</translation>
    </message>
    <message>
        <source>Its keys stop working at once. Payments already made stay in your reports.</source>
        <translation>Ses clés cessent aussitôt de fonctionner. Les paiements déjà faits restent dans vos rapports.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Rotate the signing secret?</source>
        <translation>Renouveler le secret de signature ?</translation>
    </message>
    <message>
        <source>Webhooks will be signed with a new secret. The current one keeps signing too during the grace period, so your receiver can switch over.</source>
        <translation>Les webhooks seront signés avec un nouveau secret. L&apos;actuel signe aussi pendant la période de grâce, le temps que votre récepteur change.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>Désactiver %1 ?</translation>
    </message>
    <message>
        <source>Every key of this app stops working at once.</source>
        <translation>Toutes les clés de cette application cessent aussitôt de fonctionner.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Preview mode: this server does not support sign-in yet, so nothing here belongs to an account.</source>
        <translation>Mode aperçu : ce serveur ne prend pas encore en charge la connexion, rien ici n’est lié à un compte.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Webhook endpoint disabled</source>
        <translation>Point de terminaison de webhook désactivé</translation>
    </message>
    <message>
        <source>%1 kept failing, so deliveries to it are paused. Re-enable it on the Webhooks page.</source>
        <translation>%1 échouait sans cesse : ses envois sont suspendus. Réactivez-le sur la page Webhooks.</translation>
    </message>
</context>
<context>
    <name>BalanceCard</name>
    <message>
        <source>Balance %1</source>
        <translation>Solde %1</translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation>Solde disponible</translation>
    </message>
    <message>
        <source>Spent today %1 of %2 · up to %3 per payment</source>
        <translation>Dépensé aujourd’hui : %1 sur %2 · jusqu’à %3 par paiement</translation>
    </message>
    <message>
        <source>Wallet active</source>
        <translation>Portefeuille actif</translation>
    </message>
    <message>
        <source>Wallet turned off</source>
        <translation>Portefeuille désactivé</translation>
    </message>
    <message>
        <source>Add money</source>
        <translation>Ajouter de l’argent</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Pay a request</source>
        <translation>Payer une demande</translation>
    </message>
</context>
<context>
    <name>Breakdown</name>
    <message>
        <source>Breakdown</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Par type</translation>
    </message>
    <message>
        <source>No money moved in this period.</source>
        <translation>Aucun mouvement d’argent sur cette période.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation>1 transaction</translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation>%1 transactions</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Chat</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aucune conversation pour l’instant</translation>
    </message>
    <message>
        <source>Unread: %1. Messages, receipts and money, in one place.</source>
        <translation>Non lus : %1. Messages, reçus et argent, au même endroit.</translation>
    </message>
    <message>
        <source>Messages, receipts and money, in one place.</source>
        <translation>Messages, reçus et argent, au même endroit.</translation>
    </message>
    <message>
        <source>Pick a conversation</source>
        <translation>Choisissez une conversation</translation>
    </message>
    <message>
        <source>Choose someone on the left, or search for a person to start a new chat.</source>
        <translation>Choisissez quelqu’un à gauche, ou recherchez une personne pour lancer une nouvelle discussion.</translation>
    </message>
    <message>
        <source>Search for a Paydesk user by name or email to send your first message.</source>
        <translation>Recherchez un utilisateur Paydesk par nom ou e-mail pour envoyer votre premier message.</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>Message non envoyé</translation>
    </message>
    <message>
        <source>Money sent</source>
        <translation>Argent envoyé</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnexion dans %n s</numerusform>
            <numerusform>Reconnexion dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Catching up…</source>
        <translation>Rattrapage…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>the realtime connection is up</comment>
        <translation>En direct</translation>
    </message>
</context>
<context>
    <name>ConsoleAction</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Search people or start a chat</source>
        <translation>Rechercher des personnes ou lancer une discussion</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation>Personne ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Chat with %1</source>
        <translation>Discuter avec %1</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Aucune conversation pour l’instant.</translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message>
        <source>%1, unread: %2</source>
        <translation>%1, non lus : %2</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>écrit…</translation>
    </message>
</context>
<context>
    <name>ConversationsModel</name>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Dernière connexion le %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Money sent: %1</source>
        <translation>Argent envoyé : %1</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payment(s).</source>
        <translation>
            <numerusform>%n paiement exporté.</numerusform>
            <numerusform>%n paiements exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>L&apos;export s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>The server refused the export (HTTP %1).</source>
        <translation>Le serveur a refusé l&apos;export (HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transaction(s).</source>
        <translation>
            <numerusform>%n transaction exportée.</numerusform>
            <numerusform>%n transactions exportées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <source>%1 of %2 finished</source>
        <translation>%1 sur %2 terminés</translation>
    </message>
    <message numerus="yes">
        <source>%n successful payment(s)</source>
        <translation>
            <numerusform>%n paiement réussi</numerusform>
            <numerusform>%n paiements réussis</numerusform>
        </translation>
    </message>
    <message>
        <source>and %1</source>
        <translation>et %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Your payments at a glance, updated as they happen.</source>
        <translation>Vos paiements en un coup d&apos;œil, mis à jour en direct.</translation>
    </message>
    <message>
        <source>Some figures could not be loaded</source>
        <translation>Certains chiffres n&apos;ont pas pu être chargés</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Total payments</source>
        <translation>Paiements au total</translation>
    </message>
    <message>
        <source>%1 created in the last 24 h</source>
        <translation>%1 créés ces dernières 24 h</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Volume, last 24 h</source>
        <translation>Volume, dernières 24 h</translation>
    </message>
    <message>
        <source>Active apps</source>
        <translation>Applications actives</translation>
    </message>
    <message>
        <source>%1 payments pending</source>
        <translation>%1 paiements en attente</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <source>Retry queue</source>
        <translation>File de nouvelles tentatives</translation>
    </message>
    <message>
        <source>Back to the retry queue</source>
        <translation>Retour à la file de nouvelles tentatives</translation>
    </message>
    <message>
        <source>Nothing is waiting: every delivery has been sent or has given up.</source>
        <translation>Rien n&apos;attend : chaque envoi a abouti ou a été abandonné.</translation>
    </message>
    <message>
        <source>Deliveries waiting for their next attempt, the next due first.</source>
        <translation>Envois en attente de leur prochaine tentative, la plus proche d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt %1  ·  %n attempt(s) so far</source>
        <translation>
            <numerusform>Prochaine tentative %1  ·  %n tentative jusqu&apos;ici</numerusform>
            <numerusform>Prochaine tentative %1  ·  %n tentatives jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>ID du webhook</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Tentative %1</translation>
    </message>
    <message>
        <source> (manual)</source>
        <translation> (manuelle)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
</context>
<context>
    <name>DetailLine</name>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>EndpointStrip</name>
    <message numerus="yes">
        <source>Disabled after failing since %1  ·  %n waiting</source>
        <translation>
            <numerusform>Désactivé après des échecs depuis le %1  ·  %n en attente</numerusform>
            <numerusform>Désactivé après des échecs depuis le %1  ·  %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation>En échec depuis le %1</translation>
    </message>
    <message>
        <source>Last success %1</source>
        <translation>Dernier succès le %1</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>Réactiver</translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <source>Money in and out</source>
        <translation>Entrées et sorties d’argent</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Entrées %1</translation>
    </message>
    <message>
        <source>Out %1</source>
        <translation>Sorties %1</translation>
    </message>
    <message>
        <source>Chart period</source>
        <translation>Période du graphique</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 semaines</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 mois</translation>
    </message>
</context>
<context>
    <name>FundingController</name>
    <message>
        <source>The server did not answer. Try again: the same top-up is repeated, never created twice.</source>
        <translation>Le serveur n’a pas répondu. Réessayez : le même rechargement est relancé, jamais créé deux fois.</translation>
    </message>
    <message>
        <source>%1 was added to your wallet.</source>
        <translation>%1 a été ajouté à votre portefeuille.</translation>
    </message>
    <message>
        <source>The card payment did not go through. Nothing was charged.</source>
        <translation>Le paiement par carte n’a pas abouti. Rien n’a été débité.</translation>
    </message>
    <message>
        <source>The card payment did not go through: %1</source>
        <translation>Le paiement par carte n’a pas abouti : %1</translation>
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
        <translation>Paiements, portefeuilles et conversations dans une seule console.</translation>
    </message>
    <message>
        <source>Accept payments with API keys and signed webhooks</source>
        <translation>Acceptez des paiements avec des clés API et des webhooks signés</translation>
    </message>
    <message>
        <source>Every movement recorded in a double-entry ledger</source>
        <translation>Chaque mouvement inscrit dans un grand livre en partie double</translation>
    </message>
    <message>
        <source>Chat, pay and call from the same window</source>
        <translation>Discutez, payez et appelez depuis la même fenêtre</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Export wallet history as CSV</source>
        <translation>Exporter l’historique du portefeuille en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Note or reference</source>
        <translation>Note ou référence</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Virements</translation>
    </message>
    <message>
        <source>Added money</source>
        <translation>Ajout d’argent</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>Entrées et sorties</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>Entrées d’argent</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>Sorties d’argent</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Counterparty email</source>
        <translation>E-mail du correspondant</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Du (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>Au (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation>1 transaction</translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation>%1 transactions</translation>
    </message>
    <message>
        <source>, more as you scroll</source>
        <translation>, d&apos;autres en faisant défiler</translation>
    </message>
    <message>
        <source>Exporting… %1 rows written</source>
        <translation>Export… %1 lignes écrites</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <translation>Rien ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>No transactions yet</source>
        <translation>Aucune transaction pour l’instant</translation>
    </message>
    <message>
        <source>Change or clear the filters to see more.</source>
        <translation>Modifiez ou effacez les filtres pour en voir davantage.</translation>
    </message>
    <message>
        <source>Add money or receive a transfer and it shows here.</source>
        <translation>Ajoutez de l’argent ou recevez un virement : il apparaîtra ici.</translation>
    </message>
</context>
<context>
    <name>IdempotentCall</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
</context>
<context>
    <name>KeysCard</name>
    <message>
        <source>API keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>Your server sends one of these as a Bearer token. Only the start of each key is shown.</source>
        <translation>Votre serveur envoie l&apos;une d&apos;elles comme jeton Bearer. Seul le début de chaque clé est affiché.</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Créer une clé</translation>
    </message>
    <message>
        <source>Created %1  ·  %2</source>
        <translation>Créée le %1  ·  %2</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>This app has no keys. Create one to start accepting payments.</source>
        <translation>Cette application n&apos;a pas de clé. Créez-en une pour accepter des paiements.</translation>
    </message>
    <message>
        <source>Rotate this key?</source>
        <translation>Renouveler cette clé ?</translation>
    </message>
    <message>
        <source>You get a new key now. The old one keeps working for the grace period you choose, so you can deploy the new key without downtime.</source>
        <translation>Vous obtenez une nouvelle clé tout de suite. L&apos;ancienne fonctionne encore pendant la période de grâce choisie, pour déployer la nouvelle sans interruption.</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Période de grâce</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Renouveler la clé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>Révoquer cette clé ?</translation>
    </message>
    <message>
        <source>Requests signed with it are refused at once. This cannot be undone.</source>
        <translation>Les requêtes qui l&apos;utilisent sont aussitôt refusées. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Révoquer la clé</translation>
    </message>
</context>
<context>
    <name>ListState</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This could not be loaded</source>
        <translation>Impossible de charger ceci</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>LiveMonitor</name>
    <message>
        <source>Live monitor</source>
        <translation>Moniteur en direct</translation>
    </message>
    <message>
        <source>Waiting for payments</source>
        <translation>En attente de paiements</translation>
    </message>
    <message>
        <source>Payments created or completed while this window is open appear here the moment they happen.</source>
        <translation>Les paiements créés ou terminés pendant que cette fenêtre est ouverte apparaissent ici à l&apos;instant même.</translation>
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
        <translation>Vous : %1</translation>
    </message>
    <message>
        <source>You sent %1</source>
        <translation>Vous avez envoyé %1</translation>
    </message>
    <message>
        <source>Sent you %1</source>
        <translation>Vous a envoyé %1</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
</context>
<context>
    <name>MessageTicks</name>
    <message>
        <source>Waiting to send</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <source>Test or live data</source>
        <translation>Données de test ou de production</translation>
    </message>
    <message>
        <source>Test data</source>
        <translation>Données de test</translation>
    </message>
    <message>
        <source>Live data</source>
        <translation>Données de production</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>This currency is not supported.</source>
        <translation>Cette devise n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation>Les montants en %1 n’ont pas de décimales.</translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts have at most %n decimal(s).</source>
        <translation>
            <numerusform>Les montants en %1 ont au plus %n décimale.</numerusform>
            <numerusform>Les montants en %1 ont au plus %n décimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>Ce montant est trop élevé.</translation>
    </message>
    <message>
        <source>Enter an amount like %1.</source>
        <translation>Saisissez un montant, par exemple %1.</translation>
    </message>
</context>
<context>
    <name>NewAppDialog</name>
    <message>
        <source>Create an app</source>
        <translation>Créer une application</translation>
    </message>
    <message>
        <source>Each app gets its own API keys and webhook signing secret. Test apps never move real money.</source>
        <translation>Chaque application a ses propres clés API et son secret de signature. Les applications de test ne déplacent jamais d&apos;argent réel.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Online store</source>
        <translation>p. ex. Boutique en ligne</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Webhook URL (optional)</source>
        <translation>URL du webhook (facultative)</translation>
    </message>
    <message>
        <source>Live apps need an HTTPS address.</source>
        <translation>Les applications de production exigent une adresse HTTPS.</translation>
    </message>
    <message>
        <source>Create app</source>
        <translation>Créer l&apos;application</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PagedModel</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
</context>
<context>
    <name>PasswordCard</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Changing it signs you out everywhere else.</source>
        <translation>Le changer vous déconnecte partout ailleurs.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Au moins 10 caractères</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Répétez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>The password was not changed</source>
        <translation>Le mot de passe n’a pas été changé</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Other computers and phones were signed out. This one stays signed in.</source>
        <translation>Les autres ordinateurs et téléphones ont été déconnectés. Celui-ci reste connecté.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
</context>
<context>
    <name>PayRequestDialog</name>
    <message>
        <source>Payment sent</source>
        <translation>Paiement envoyé</translation>
    </message>
    <message>
        <source>Pay a request</source>
        <translation>Payer une demande</translation>
    </message>
    <message>
        <source>Paste the payment link a merchant sent you, or its payment ID.</source>
        <translation>Collez le lien de paiement qu’un marchand vous a envoyé, ou son ID de paiement.</translation>
    </message>
    <message>
        <source>Pay %1 to %2.</source>
        <translation>Payer %1 à %2.</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Payment link or ID</source>
        <translation>Lien ou ID de paiement</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>ID du paiement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Payer %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PaymentDetail</name>
    <message>
        <source>Completed by hand in the console</source>
        <translation>Terminé à la main dans la console</translation>
    </message>
    <message>
        <source>Payment marked as successful.</source>
        <translation>Paiement marqué comme réussi.</translation>
    </message>
    <message>
        <source>Payment marked as failed.</source>
        <translation>Paiement marqué comme échoué.</translation>
    </message>
</context>
<context>
    <name>PaymentDrawer</name>
    <message>
        <source>Payment %1</source>
        <translation>Paiement %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Mark succeeded</source>
        <translation>Marquer réussi</translation>
    </message>
    <message>
        <source>Mark failed</source>
        <translation>Marquer échoué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>ID du paiement</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Payment page</source>
        <translation>Page de paiement</translation>
    </message>
    <message>
        <source>QR code of the payment page</source>
        <translation>Code QR de la page de paiement</translation>
    </message>
    <message>
        <source>Customers scan this code or open the link to pay.</source>
        <translation>Les clients scannent ce code ou ouvrent le lien pour payer.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>No webhook was sent for this payment: its app has no webhook URL.</source>
        <translation>Aucun webhook n&apos;a été envoyé pour ce paiement : son application n&apos;a pas d&apos;URL de webhook.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentRequest</name>
    <message>
        <source>This request was already paid or closed.</source>
        <translation>Cette demande a déjà été payée ou clôturée.</translation>
    </message>
    <message>
        <source>This request has expired. Ask the merchant for a new one.</source>
        <translation>Cette demande a expiré. Demandez-en une nouvelle au marchand.</translation>
    </message>
    <message>
        <source>This is a test request: it cannot be paid with real money.</source>
        <translation>Ceci est une demande de test : elle ne peut pas être payée avec de l’argent réel.</translation>
    </message>
    <message>
        <source>This request is from your own business; you cannot pay yourself.</source>
        <translation>Cette demande vient de votre propre entreprise ; vous ne pouvez pas vous payer vous-même.</translation>
    </message>
    <message>
        <source>This request is in another currency than your wallet.</source>
        <translation>Cette demande est dans une autre devise que celle de votre portefeuille.</translation>
    </message>
    <message>
        <source>Your balance is too low for this payment. Add money first.</source>
        <translation>Votre solde est insuffisant pour ce paiement. Ajoutez d’abord de l’argent.</translation>
    </message>
    <message>
        <source>Your wallet is turned off. Turn it on to pay.</source>
        <translation>Votre portefeuille est désactivé. Activez-le pour payer.</translation>
    </message>
    <message>
        <source>No payment request with this link was found.</source>
        <translation>Aucune demande de paiement ne correspond à ce lien.</translation>
    </message>
    <message>
        <source>This request cannot be paid (%1).</source>
        <translation>Cette demande ne peut pas être payée (%1).</translation>
    </message>
    <message>
        <source>Paste a payment link like https://…/pay/pay_… or a payment id.</source>
        <translation>Collez un lien de paiement comme https://…/pay/pay_… ou un ID de paiement.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>You paid %1 to %2.</source>
        <translation>Vous avez payé %1 à %2.</translation>
    </message>
    <message>
        <source>The server did not answer. Try again: the payment is repeated, never made twice.</source>
        <translation>Le serveur n’a pas répondu. Réessayez : le paiement est relancé, jamais effectué deux fois.</translation>
    </message>
</context>
<context>
    <name>PaymentRow</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Export payments as CSV</source>
        <translation>Exporter les paiements en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 payments loaded%2</source>
        <translation>%1 paiements chargés%2</translation>
    </message>
    <message>
        <source>, more as you scroll</source>
        <translation>, d&apos;autres en faisant défiler</translation>
    </message>
    <message>
        <source>Every payment request your apps created.</source>
        <translation>Toutes les demandes de paiement créées par vos applications.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Search by payment ID or reference</source>
        <translation>Rechercher par ID de paiement ou référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Toutes les applications</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Du (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>Au (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Exporting… %1 rows written</source>
        <translation>Export… %1 lignes écrites</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PaymentsTable</name>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>, sorted ascending</source>
        <translation>, tri croissant</translation>
    </message>
    <message>
        <source>, sorted descending</source>
        <translation>, tri décroissant</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Loading more payments…</source>
        <translation>Chargement d&apos;autres paiements…</translation>
    </message>
    <message>
        <source>No payments match</source>
        <translation>Aucun paiement ne correspond</translation>
    </message>
    <message>
        <source>Payments your apps create appear here. Change the filters or the search to see more.</source>
        <translation>Les paiements créés par vos applications apparaissent ici. Modifiez les filtres ou la recherche pour en voir davantage.</translation>
    </message>
</context>
<context>
    <name>PinCard</name>
    <message>
        <source>Transaction PIN</source>
        <translation>Code PIN de transaction</translation>
    </message>
    <message>
        <source>4 to 6 digits you enter to confirm payments and transfers.</source>
        <translation>4 à 6 chiffres à saisir pour confirmer paiements et virements.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Défini</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Répétez le code PIN</translation>
    </message>
    <message>
        <source>The PIN was not saved</source>
        <translation>Le code PIN n’a pas été enregistré</translation>
    </message>
    <message>
        <source>PIN saved</source>
        <translation>Code PIN enregistré</translation>
    </message>
    <message>
        <source>Use it the next time you confirm a payment.</source>
        <translation>Utilisez-le la prochaine fois que vous confirmez un paiement.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Changer le code PIN</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Définir le code PIN</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Saisissez votre code PIN</translation>
    </message>
    <message>
        <source>The 4 to 6 digits you chose in Settings › Security.</source>
        <translation>Les 4 à 6 chiffres choisis dans Paramètres › Sécurité.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PinField</name>
    <message>
        <source>Transaction PIN</source>
        <translation>Code PIN de transaction</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Coming soon</source>
        <translation>Bientôt disponible</translation>
    </message>
    <message>
        <source>What you will find here</source>
        <translation>Ce que vous trouverez ici</translation>
    </message>
</context>
<context>
    <name>PreferencesSection</name>
    <message>
        <source>Enter the server address.</source>
        <translation>Saisissez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>Enter a full address starting with http:// or https://.</source>
        <translation>Saisissez une adresse complète commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Choose how Paydesk looks on this computer.</source>
        <translation>Choisissez l’apparence de Paydesk sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Applies immediately to every screen, and to messages from Paydesk.</source>
        <translation>S’applique immédiatement à chaque écran et aux messages de Paydesk.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Used the next time you sign in.</source>
        <translation>Utilisée lors de votre prochaine connexion.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Signing out ends this session on the server and forgets it on this computer.</source>
        <translation>Se déconnecter met fin à cette session sur le serveur et l’oublie sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Leave preview</source>
        <translation>Quitter l’aperçu</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Enter a name of at most 80 characters.</source>
        <translation>Saisissez un nom d’au plus 80 caractères.</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>How other people see you in chats, transfers and receipts.</source>
        <translation>Comment les autres vous voient dans les discussions, virements et reçus.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Business account</source>
        <translation>Compte entreprise</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Compte personnel</translation>
    </message>
    <message>
        <source>Avatar colour</source>
        <translation>Couleur de l’avatar</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Couleur %1</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Téléphone (facultatif)</translation>
    </message>
    <message>
        <source>International format, with the country code.</source>
        <translation>Format international, avec l’indicatif du pays.</translation>
    </message>
    <message>
        <source>Email notifications</source>
        <translation>Notifications par e-mail</translation>
    </message>
    <message>
        <source>Receipts, sign-ins from new devices and security changes.</source>
        <translation>Reçus, connexions depuis de nouveaux appareils et changements de sécurité.</translation>
    </message>
    <message>
        <source>Push notifications</source>
        <translation>Notifications push</translation>
    </message>
    <message>
        <source>Incoming payments, messages and calls on this computer.</source>
        <translation>Paiements reçus, messages et appels sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The profile was not saved</source>
        <translation>Le profil n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>RecentActivity</name>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Aucune activité pour l&apos;instant</translation>
    </message>
    <message>
        <source>Create a payment with your API key and its progress shows up here.</source>
        <translation>Créez un paiement avec votre clé API : son avancement s&apos;affiche ici.</translation>
    </message>
</context>
<context>
    <name>ReconciliationReport</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>ReconciliationView</name>
    <message>
        <source>Each wallet&apos;s balance is checked against the sum of its ledger entries, and every currency must sum to zero.</source>
        <translation>Le solde de chaque portefeuille est comparé à la somme de ses écritures, et chaque devise doit s&apos;équilibrer à zéro.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>The ledger balances</source>
        <translation>Le grand livre est équilibré</translation>
    </message>
    <message>
        <source>The ledger does not balance</source>
        <translation>Le grand livre n&apos;est pas équilibré</translation>
    </message>
    <message>
        <source>Checked %1 accounts at %2 in %3.</source>
        <translation>%1 comptes vérifiés le %2 en %3.</translation>
    </message>
    <message>
        <source>Accounts checked</source>
        <translation>Comptes vérifiés</translation>
    </message>
    <message>
        <source>Mismatched balances</source>
        <translation>Soldes discordants</translation>
    </message>
    <message>
        <source>Unbalanced transactions</source>
        <translation>Transactions déséquilibrées</translation>
    </message>
    <message>
        <source>Sums to zero</source>
        <translation>S&apos;équilibre à zéro</translation>
    </message>
    <message>
        <source>Does not sum to zero</source>
        <translation>Ne s&apos;équilibre pas à zéro</translation>
    </message>
</context>
<context>
    <name>RestoringPage</name>
    <message>
        <source>Waiting for the server…</source>
        <translation>En attente du serveur…</translation>
    </message>
    <message>
        <source>Signing you back in…</source>
        <translation>Reconnexion en cours…</translation>
    </message>
    <message>
        <source>%1 does not answer yet. Paydesk keeps trying and opens your console as soon as it does.</source>
        <translation>%1 ne répond pas encore. Paydesk continue d’essayer et ouvre votre console dès qu’il répond.</translation>
    </message>
    <message>
        <source>Sign in with another account</source>
        <translation>Se connecter avec un autre compte</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Copy this key now and store it somewhere safe, such as your server&apos;s secret manager.</source>
        <translation>Copiez cette clé maintenant et rangez-la en lieu sûr, par exemple dans le gestionnaire de secrets de votre serveur.</translation>
    </message>
    <message>
        <source>You will not see this key again</source>
        <translation>Vous ne reverrez plus cette clé</translation>
    </message>
    <message>
        <source>Paydesk keeps only a fingerprint of it. If it is lost, rotate the key to get a new one.</source>
        <translation>Paydesk n&apos;en garde qu&apos;une empreinte. Si elle est perdue, renouvelez la clé pour en obtenir une autre.</translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation>La nouvelle clé API</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiée</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copier la clé</translation>
    </message>
</context>
<context>
    <name>SecurityController</name>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Use at least 10 characters.</source>
        <translation>Utilisez au moins 10 caractères.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Enter your password to confirm it is you.</source>
        <translation>Saisissez votre mot de passe pour confirmer que c’est bien vous.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation>Un code PIN compte 4 à 6 chiffres.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN diffèrent.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your app shows.</source>
        <translation>Saisissez le code à 6 chiffres affiché par votre application.</translation>
    </message>
    <message>
        <source>Enter a code from your app or a recovery code.</source>
        <translation>Saisissez un code de votre application ou un code de récupération.</translation>
    </message>
</context>
<context>
    <name>ServerField</name>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
</context>
<context>
    <name>SessionFailureBanner</name>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1</source>
        <translation>Impossible de joindre le serveur %1</translation>
    </message>
    <message>
        <source>The server at %1 did not answer like a Paydesk server</source>
        <translation>Le serveur %1 n’a pas répondu comme un serveur Paydesk</translation>
    </message>
    <message>
        <source>This server does not support sign-in yet</source>
        <translation>Ce serveur ne prend pas encore en charge la connexion</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Réponse inattendue du serveur</translation>
    </message>
    <message>
        <source>You were signed out</source>
        <translation>Vous avez été déconnecté</translation>
    </message>
    <message>
        <source>Check the address and that the Paydesk server is running, then try again.</source>
        <translation>Vérifiez l’adresse et que le serveur Paydesk est démarré, puis réessayez.</translation>
    </message>
    <message>
        <source>Its health check answered HTTP %1. Check the address.</source>
        <translation>Son contrôle d’état a répondu HTTP %1. Vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>Accounts arrive in a later server version. Meanwhile you can look around the console in preview mode, with no account and no data.</source>
        <translation>Les comptes arrivent dans une prochaine version du serveur. En attendant, vous pouvez découvrir la console en mode aperçu, sans compte ni données.</translation>
    </message>
    <message>
        <source>The request answered HTTP %1.</source>
        <translation>La requête a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Identifiant de requête : %1</translation>
    </message>
    <message>
        <source>Continue in preview</source>
        <translation>Continuer en mode aperçu</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Your profile, how you sign in, and preferences for this computer.</source>
        <translation>Votre profil, votre façon de vous connecter et les préférences de cet ordinateur.</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Main navigation</source>
        <translation>Navigation principale</translation>
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
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Welcome back. Enter your details to open your console.</source>
        <translation>Bon retour parmi nous. Saisissez vos identifiants pour ouvrir votre console.</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Saisissez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>Enter a full address starting with http:// or https://.</source>
        <translation>Saisissez une adresse complète commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.fr</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter a valid email address, like name@example.com.</source>
        <translation>Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Checking server…</source>
        <translation>Vérification du serveur…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>New to Paydesk?</source>
        <translation>Nouveau sur Paydesk ?</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
</context>
<context>
    <name>SignUpForm</name>
    <message>
        <source>Create your account</source>
        <translation>Créez votre compte</translation>
    </message>
    <message>
        <source>It takes a minute, and your wallet is ready at once.</source>
        <translation>Cela prend une minute, et votre portefeuille est prêt aussitôt.</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Saisissez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>Enter a full address starting with http:// or https://.</source>
        <translation>Saisissez une adresse complète commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Accept payments with API keys and webhooks, and keep a wallet.</source>
        <translation>Acceptez des paiements avec des clés d’API et des webhooks, et gardez un portefeuille.</translation>
    </message>
    <message>
        <source>A wallet to pay, send money and chat.</source>
        <translation>Un portefeuille pour payer, envoyer de l’argent et discuter.</translation>
    </message>
    <message>
        <source>Business or your name</source>
        <translation>Entreprise ou votre nom</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Ada Lovelace</source>
        <translation>Ada Lovelace</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
    <message>
        <source>Use at most 80 characters.</source>
        <translation>Utilisez au plus 80 caractères.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.fr</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter a valid email address, like name@example.com.</source>
        <translation>Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Au moins 10 caractères</translation>
    </message>
    <message>
        <source>Use 10 or more characters; a short sentence is easy to remember.</source>
        <translation>Utilisez au moins 10 caractères ; une courte phrase se retient facilement.</translation>
    </message>
    <message>
        <source>Choose a password.</source>
        <translation>Choisissez un mot de passe.</translation>
    </message>
    <message>
        <source>Use at least 10 characters.</source>
        <translation>Utilisez au moins 10 caractères.</translation>
    </message>
    <message>
        <source>Referral code (optional)</source>
        <translation>Code de parrainage (facultatif)</translation>
    </message>
    <message>
        <source>The account was not created</source>
        <translation>Le compte n’a pas été créé</translation>
    </message>
    <message>
        <source>Checking server…</source>
        <translation>Vérification du serveur…</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Création de votre compte…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Already have an account?</source>
        <translation>Vous avez déjà un compte ?</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
</context>
<context>
    <name>StatusBreakdown</name>
    <message>
        <source>Payments by status</source>
        <translation>Paiements par statut</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Every payment of this mode by status</source>
        <translation>Tous les paiements de ce mode, par statut</translation>
    </message>
    <message>
        <source>success rate</source>
        <translation>taux de réussite</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>typing…</source>
        <translation>écrit…</translation>
    </message>
    <message>
        <source>Send money</source>
        <translation>Envoyer de l’argent</translation>
    </message>
    <message>
        <source>Say hello</source>
        <translation>Dites bonjour</translation>
    </message>
    <message>
        <source>Messages you write while offline are kept and sent when you reconnect.</source>
        <translation>Les messages écrits hors ligne sont conservés et envoyés dès que vous êtes reconnecté.</translation>
    </message>
    <message>
        <source>You are offline. Waiting to send: %1. They go out, in order, when the connection is back.</source>
        <translation>Vous êtes hors ligne. En attente d’envoi : %1. Ils partiront, dans l’ordre, au retour de la connexion.</translation>
    </message>
    <message>
        <source>You are offline. Messages you write are sent when the connection is back.</source>
        <translation>Vous êtes hors ligne. Les messages que vous écrivez partiront au retour de la connexion.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Écrivez un message…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>TotpStepForm</name>
    <message>
        <source>Two-step verification</source>
        <translation>Vérification en deux étapes</translation>
    </message>
    <message>
        <source>Open your authenticator app and enter the 6-digit code it shows for Paydesk.</source>
        <translation>Ouvrez votre application d’authentification et saisissez le code à 6 chiffres affiché pour Paydesk.</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>Lost your phone? Enter one of your recovery codes instead.</source>
        <translation>Téléphone perdu ? Saisissez plutôt l’un de vos codes de récupération.</translation>
    </message>
    <message>
        <source>Enter the code from your app.</source>
        <translation>Saisissez le code de votre application.</translation>
    </message>
    <message>
        <source>Enter 6 digits, or a recovery code like abcd-efgh.</source>
        <translation>Saisissez 6 chiffres, ou un code de récupération comme abcd-efgh.</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Échec de la vérification</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Verify and sign in</source>
        <translation>Vérifier et se connecter</translation>
    </message>
    <message>
        <source>Back to sign in</source>
        <translation>Retour à la connexion</translation>
    </message>
</context>
<context>
    <name>TransactionDrawer</name>
    <message>
        <source>Transaction %1</source>
        <translation>Transaction %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>ID de la transaction</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>En attente du serveur</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Every movement is recorded twice in the ledger: once from the sender, once to the receiver.</source>
        <translation>Chaque mouvement est inscrit deux fois dans le grand livre : une fois côté expéditeur, une fois côté destinataire.</translation>
    </message>
</context>
<context>
    <name>TransactionRow</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>%1 · %2 · “%3”</source>
        <translation>%1 · %2 · « %3 »</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <source>Choose who receives the money.</source>
        <translation>Choisissez qui reçoit l’argent.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>No answer yet (attempt %1). Trying again in %2 s — it will not be sent twice.</source>
        <translation>Pas encore de réponse (tentative %1). Nouvel essai dans %2 s — il ne sera pas envoyé deux fois.</translation>
    </message>
    <message>
        <source>The server did not answer, so it is not known yet whether the money left. Try again: the same transfer is repeated, never sent twice.</source>
        <translation>Le serveur n’a pas répondu : on ne sait pas encore si l’argent est parti. Réessayez : le même virement est relancé, jamais envoyé deux fois.</translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation>%1 envoyé à %2.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Money sent</source>
        <translation>Argent envoyé</translation>
    </message>
    <message>
        <source>Transfer not sent</source>
        <translation>Virement non envoyé</translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <translation>Pas de réponse du serveur</translation>
    </message>
    <message>
        <source>Confirm the transfer</source>
        <translation>Confirmez le virement</translation>
    </message>
    <message>
        <source>Send money</source>
        <translation>Envoyer de l’argent</translation>
    </message>
    <message>
        <source>To another Paydesk user, instantly. You confirm with your PIN.</source>
        <translation>À un autre utilisateur Paydesk, instantanément. Vous confirmez avec votre code PIN.</translation>
    </message>
    <message>
        <source>Send %1 to %2.</source>
        <translation>Envoyer %1 à %2.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Search people by name or email</source>
        <translation>Rechercher une personne par nom ou e-mail</translation>
    </message>
    <message>
        <source>Nobody found with this name or email.</source>
        <translation>Personne n’a été trouvé avec ce nom ou cet e-mail.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <source>What it is for, e.g. “Rent share”</source>
        <translation>Son objet, p. ex. « Part du loyer »</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Confirm and enter PIN</source>
        <translation>Confirmer et saisir le code PIN</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Edit transfer</source>
        <translation>Modifier le virement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TwoFactorCard</name>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Connexion à deux facteurs</translation>
    </message>
    <message>
        <source>Ask for a code from an authenticator app on your phone when you sign in.</source>
        <translation>Demander un code d’une application d’authentification sur votre téléphone à la connexion.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Activer la connexion à deux facteurs</translation>
    </message>
    <message>
        <source>QR code to scan with your authenticator app</source>
        <translation>Code QR à scanner avec votre application d’authentification</translation>
    </message>
    <message>
        <source>1. Scan the code with an authenticator app, such as Google Authenticator, 1Password or Aegis.</source>
        <translation>1. Scannez le code avec une application d’authentification, comme Google Authenticator, 1Password ou Aegis.</translation>
    </message>
    <message>
        <source>Cannot scan? Enter this key instead:</source>
        <translation>Impossible de scanner ? Saisissez plutôt cette clé :</translation>
    </message>
    <message>
        <source>2. Enter the 6-digit code the app shows.</source>
        <translation>2. Saisissez le code à 6 chiffres affiché par l’application.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save your recovery codes now</source>
        <translation>Enregistrez vos codes de récupération maintenant</translation>
    </message>
    <message>
        <source>Each code signs you in once if you lose your phone. They will not be shown again: print them or keep them in a password manager.</source>
        <translation>Chaque code vous connecte une fois si vous perdez votre téléphone. Ils ne seront plus affichés : imprimez-les ou gardez-les dans un gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>I have saved my codes</source>
        <translation>J’ai enregistré mes codes</translation>
    </message>
    <message>
        <source>To turn it off, confirm with your password and a code from your app.</source>
        <translation>Pour la désactiver, confirmez avec votre mot de passe et un code de votre application.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Turn off two-factor sign-in</source>
        <translation>Désactiver la connexion à deux facteurs</translation>
    </message>
    <message>
        <source>Two-factor sign-in was not changed</source>
        <translation>La connexion à deux facteurs n’a pas été modifiée</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off</source>
        <translation>La connexion à deux facteurs est désactivée</translation>
    </message>
    <message>
        <source>You now sign in with your password only.</source>
        <translation>Vous vous connectez désormais avec votre mot de passe seul.</translation>
    </message>
</context>
<context>
    <name>TypingIndicator</name>
    <message>
        <source>typing…</source>
        <translation>écrit…</translation>
    </message>
</context>
<context>
    <name>VolumeChart</name>
    <message>
        <source>Payment volume</source>
        <translation>Volume des paiements</translation>
    </message>
    <message>
        <source>No successful payments in this period</source>
        <translation>Aucun paiement réussi sur cette période</translation>
    </message>
    <message>
        <source>%1 succeeded in this period</source>
        <translation>%1 encaissés sur cette période</translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation>Période du graphique</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
</context>
<context>
    <name>WalletController</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
</context>
<context>
    <name>WalletHistoryModel</name>
    <message>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Added money</source>
        <translation>Ajout d’argent</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Card top-up</source>
        <translation>Rechargement par carte</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Your balance, money in and out, transfers and payments.</source>
        <translation>Votre solde, vos entrées et sorties d’argent, vos virements et vos paiements.</translation>
    </message>
    <message>
        <source>Wallet view</source>
        <translation>Vue du portefeuille</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Your wallet could not be loaded</source>
        <translation>Impossible de charger votre portefeuille</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Recent transactions</source>
        <translation>Transactions récentes</translation>
    </message>
    <message>
        <source>See all</source>
        <translation>Tout voir</translation>
    </message>
    <message>
        <source>No transactions yet</source>
        <translation>Aucune transaction pour l’instant</translation>
    </message>
    <message>
        <source>Add money to get started, then send it to anyone on Paydesk.</source>
        <translation>Ajoutez de l’argent pour commencer, puis envoyez-le à qui vous voulez sur Paydesk.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Money sent</source>
        <translation>Argent envoyé</translation>
    </message>
</context>
<context>
    <name>WebhooksController</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Delivery queued to be sent again now.</source>
        <translation>Envoi remis en file pour partir maintenant.</translation>
    </message>
    <message>
        <source>Test event queued. Its attempts appear in the log.</source>
        <translation>Événement de test en file. Ses tentatives apparaissent dans le journal.</translation>
    </message>
    <message>
        <source>Endpoint re-enabled. Its paused deliveries resume.</source>
        <translation>Point de terminaison réactivé. Ses envois suspendus reprennent.</translation>
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
        <translation>Journal des envois</translation>
    </message>
    <message>
        <source>Every event sent to your endpoints, each attempt and what your server answered.</source>
        <translation>Chaque événement envoyé à vos points de terminaison, chaque tentative et la réponse de votre serveur.</translation>
    </message>
    <message>
        <source>App to send a test event to</source>
        <translation>Application à qui envoyer un événement de test</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Envoyer un événement de test</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Toutes les applications</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>Statut d&apos;envoi</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>No deliveries match</source>
        <translation>Aucun envoi ne correspond</translation>
    </message>
    <message>
        <source>Set a webhook URL on an app and every payment status change is sent there and logged here.</source>
        <translation>Indiquez une URL de webhook sur une application : chaque changement de statut y est envoyé et consigné ici.</translation>
    </message>
</context>
<context>
    <name>WithdrawController</name>
    <message>
        <source>An account number is 10 digits.</source>
        <translation>Un numéro de compte comporte 10 chiffres.</translation>
    </message>
    <message>
        <source>No account with this number at this bank.</source>
        <translation>Aucun compte à ce numéro dans cette banque.</translation>
    </message>
    <message>
        <source>Choose a bank.</source>
        <translation>Choisissez une banque.</translation>
    </message>
    <message>
        <source>Enter the 10-digit account number.</source>
        <translation>Saisissez le numéro de compte à 10 chiffres.</translation>
    </message>
    <message>
        <source>The server did not answer. Try again: the same withdrawal is repeated, never made twice.</source>
        <translation>Le serveur n’a pas répondu. Réessayez : le même retrait est relancé, jamais effectué deux fois.</translation>
    </message>
    <message>
        <source>%1 is on its way to %2.</source>
        <translation>%1 est en route vers %2.</translation>
    </message>
    <message>
        <source>The bank refused the payout. The money is back in your wallet.</source>
        <translation>La banque a refusé le versement. L’argent est revenu dans votre portefeuille.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Payout on its way</source>
        <translation>Versement en route</translation>
    </message>
    <message>
        <source>Money withdrawn</source>
        <translation>Argent retiré</translation>
    </message>
    <message>
        <source>Payout refused</source>
        <translation>Versement refusé</translation>
    </message>
    <message>
        <source>Withdraw to a bank</source>
        <translation>Retirer vers une banque</translation>
    </message>
    <message>
        <source>The amount is held from your balance at once and reaches the account in a few moments.</source>
        <translation>Le montant est aussitôt réservé sur votre solde et arrive sur le compte en quelques instants.</translation>
    </message>
    <message>
        <source>Withdraw %1 to %2 (%3).</source>
        <translation>Retirer %1 vers %2 (%3).</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Choose a bank</source>
        <translation>Choisissez une banque</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 chiffres</translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation>Vérification du compte…</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titulaire du compte</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>Disponible : %1</translation>
    </message>
    <message>
        <source>%1 is held from your balance and being paid to %2 (%3).</source>
        <translation>%1 est réservé sur votre solde et en cours de versement à %2 (%3).</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
