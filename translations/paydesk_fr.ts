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
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
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
        <source>Preferences for this computer and your session.</source>
        <translation>Les préférences de cet ordinateur et de votre session.</translation>
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
        <source>Applies immediately to every screen.</source>
        <translation>S’applique immédiatement à tous les écrans.</translation>
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
        <source>Leave preview</source>
        <translation>Quitter l’aperçu</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
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
    <name>SignInPage</name>
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
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Réponse inattendue du serveur</translation>
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
        <source>The sign-in request answered HTTP %1.</source>
        <translation>La demande de connexion a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Welcome back. Enter your details to open your console.</source>
        <translation>Bon retour parmi nous. Saisissez vos identifiants pour ouvrir votre console.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
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
        <source>Request ID: %1</source>
        <translation>Identifiant de requête : %1</translation>
    </message>
    <message>
        <source>Continue in preview</source>
        <translation>Continuer en mode aperçu</translation>
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
        <source>Create account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Accounts are created on the server</source>
        <translation>Les comptes sont créés sur le serveur</translation>
    </message>
    <message>
        <source>Self-service sign-up arrives with the server&apos;s identity API. Until then, ask your Paydesk administrator for an account.</source>
        <translation>L’inscription en libre-service arrivera avec l’API d’identité du serveur. D’ici là, demandez un compte à votre administrateur Paydesk.</translation>
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
