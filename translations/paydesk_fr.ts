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
    <name>AdminPage</name>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Tools for operators: users, all transactions, call rates and reconciliation.</source>
        <translation>Les outils des opérateurs : utilisateurs, toutes les transactions, tarifs d’appel et rapprochement.</translation>
    </message>
    <message>
        <source>Administration tools are on their way</source>
        <translation>Les outils d’administration arrivent bientôt</translation>
    </message>
    <message>
        <source>Only administrators will see this area. It will list users and transactions and show the ledger reconciliation report.</source>
        <translation>Seuls les administrateurs verront cet espace. Il listera les utilisateurs et les transactions et affichera le rapport de rapprochement du grand livre.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Search users, see their wallets and disable an account if needed.</source>
        <translation>Rechercher des utilisateurs, voir leurs portefeuilles et désactiver un compte si besoin.</translation>
    </message>
    <message>
        <source>Call rates</source>
        <translation>Tarifs d’appel</translation>
    </message>
    <message>
        <source>Set the per-minute rate; each call records the rate in force.</source>
        <translation>Fixer le tarif à la minute ; chaque appel enregistre le tarif en vigueur.</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Prove that every balance equals the sum of its ledger entries.</source>
        <translation>Prouver que chaque solde est égal à la somme de ses écritures.</translation>
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
    <name>ApiKeysPage</name>
    <message>
        <source>API keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>The keys your apps use to call the Paydesk API. Test and live keys are kept apart.</source>
        <translation>Les clés que vos applications utilisent pour appeler l’API Paydesk. Les clés de test et de production restent séparées.</translation>
    </message>
    <message>
        <source>No API keys yet</source>
        <translation>Aucune clé API pour l’instant</translation>
    </message>
    <message>
        <source>Create a key to start accepting payments from your app. A secret key is shown only once.</source>
        <translation>Créez une clé pour commencer à accepter des paiements depuis votre application. Une clé secrète n’est affichée qu’une seule fois.</translation>
    </message>
    <message>
        <source>Test and live keys</source>
        <translation>Clés de test et de production</translation>
    </message>
    <message>
        <source>Build against test mode, then switch to live when you are ready.</source>
        <translation>Développez en mode test, puis passez en production quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Roll and revoke</source>
        <translation>Renouveler et révoquer</translation>
    </message>
    <message>
        <source>Replace a key without downtime, or revoke a leaked one at once.</source>
        <translation>Remplacer une clé sans interruption, ou révoquer immédiatement une clé divulguée.</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>See when and from where each key was last used.</source>
        <translation>Voir quand et d’où chaque clé a été utilisée pour la dernière fois.</translation>
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
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Chat</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Conversations with other Paydesk users, with payments right in the thread.</source>
        <translation>Vos conversations avec d’autres utilisateurs Paydesk, avec les paiements directement dans le fil.</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aucune conversation pour l’instant</translation>
    </message>
    <message>
        <source>Start a conversation to chat, send money and call your contacts.</source>
        <translation>Lancez une conversation pour discuter, envoyer de l’argent et appeler vos contacts.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Messages written while offline are sent when you reconnect.</source>
        <translation>Les messages écrits hors ligne partent dès que vous êtes reconnecté.</translation>
    </message>
    <message>
        <source>Money in chat</source>
        <translation>L’argent dans la discussion</translation>
    </message>
    <message>
        <source>Send or request money without leaving the conversation.</source>
        <translation>Envoyer ou demander de l’argent sans quitter la conversation.</translation>
    </message>
    <message>
        <source>Voice calls</source>
        <translation>Appels vocaux</translation>
    </message>
    <message>
        <source>Call a contact; the per-minute rate is shown before you start.</source>
        <translation>Appeler un contact ; le tarif à la minute est affiché avant de commencer.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Your business at a glance: volume, successful payments, refunds and what is happening right now.</source>
        <translation>Votre activité en un coup d’œil : volume, paiements réussis, remboursements et ce qui se passe en ce moment.</translation>
    </message>
    <message>
        <source>No activity to show yet</source>
        <translation>Aucune activité à afficher pour l’instant</translation>
    </message>
    <message>
        <source>Key figures and charts appear here as soon as payments start flowing through your account.</source>
        <translation>Les chiffres clés et les graphiques apparaîtront ici dès que des paiements passeront par votre compte.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Gross volume, net volume and success rate for the period you choose.</source>
        <translation>Volume brut, volume net et taux de réussite sur la période de votre choix.</translation>
    </message>
    <message>
        <source>Volume charts</source>
        <translation>Graphiques de volume</translation>
    </message>
    <message>
        <source>Daily and hourly charts to spot trends, peaks and dips.</source>
        <translation>Des graphiques par jour et par heure pour repérer tendances, pics et creux.</translation>
    </message>
    <message>
        <source>Live monitor</source>
        <translation>Suivi en direct</translation>
    </message>
    <message>
        <source>Payments and webhook deliveries as they happen, without refreshing.</source>
        <translation>Les paiements et les envois de webhooks au fil de l’eau, sans actualiser.</translation>
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
    <name>Main</name>
    <message>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
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
    <name>PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Every payment your apps create through the API, with its status, amount and customer.</source>
        <translation>Chaque paiement créé par vos applications via l’API, avec son statut, son montant et son client.</translation>
    </message>
    <message>
        <source>No payments yet</source>
        <translation>Aucun paiement pour l’instant</translation>
    </message>
    <message>
        <source>Payments created with your API keys will be listed here, newest first.</source>
        <translation>Les paiements créés avec vos clés API seront listés ici, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Search and filters</source>
        <translation>Recherche et filtres</translation>
    </message>
    <message>
        <source>Find a payment by status, amount, date or customer in a moment.</source>
        <translation>Retrouver en un instant un paiement par statut, montant, date ou client.</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Détail des paiements</translation>
    </message>
    <message>
        <source>A timeline of each payment with its ledger entries and refunds.</source>
        <translation>L’historique de chaque paiement avec ses écritures et ses remboursements.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Download any filtered list as CSV for your accounting.</source>
        <translation>Télécharger toute liste filtrée en CSV pour votre comptabilité.</translation>
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
    <name>WalletPage</name>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Your balance, money in and out, transfers to other users and bill payments.</source>
        <translation>Votre solde, vos entrées et sorties d’argent, vos virements à d’autres utilisateurs et vos paiements de factures.</translation>
    </message>
    <message>
        <source>No wallet activity yet</source>
        <translation>Aucune activité dans le portefeuille pour l’instant</translation>
    </message>
    <message>
        <source>Add money, send transfers and pay bills from here. Every movement appears in your history.</source>
        <translation>Alimentez votre compte, faites des virements et payez vos factures d’ici. Chaque mouvement apparaît dans votre historique.</translation>
    </message>
    <message>
        <source>Balance and history</source>
        <translation>Solde et historique</translation>
    </message>
    <message>
        <source>Your balance and every movement, each backed by the ledger.</source>
        <translation>Votre solde et chacun de vos mouvements, tous adossés au grand livre.</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Virements</translation>
    </message>
    <message>
        <source>Send money to another Paydesk user in a few seconds.</source>
        <translation>Envoyer de l’argent à un autre utilisateur Paydesk en quelques secondes.</translation>
    </message>
    <message>
        <source>Bills and airtime</source>
        <translation>Factures et recharges</translation>
    </message>
    <message>
        <source>Pay electricity, internet, water and airtime, with cashback.</source>
        <translation>Payer l’électricité, internet, l’eau et les recharges mobiles, avec remise en argent.</translation>
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
        <translation>Les points de terminaison qui reçoivent vos événements signés, et le journal de chaque tentative d’envoi.</translation>
    </message>
    <message>
        <source>No webhook endpoints</source>
        <translation>Aucun point de terminaison</translation>
    </message>
    <message>
        <source>Add an endpoint to receive payment events, each one signed with your secret.</source>
        <translation>Ajoutez un point de terminaison pour recevoir les événements de paiement, chacun signé avec votre secret.</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>Choose which events each URL receives, and roll its signing secret.</source>
        <translation>Choisir les événements reçus par chaque URL, et renouveler son secret de signature.</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Journal des envois</translation>
    </message>
    <message>
        <source>Status code, response time and retries for every attempt.</source>
        <translation>Code de statut, temps de réponse et nouvelles tentatives pour chaque envoi.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Renvoi</translation>
    </message>
    <message>
        <source>Send a past event again once your endpoint is fixed.</source>
        <translation>Renvoyer un événement passé une fois votre point de terminaison corrigé.</translation>
    </message>
</context>
</TS>
