<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>CommandLine</name>
        <message>
            <source>Moulin — restaurant back-office: sales, suppliers, reservations, customers and rosters.</source>
            <translation>Moulin — back-office du restaurant : ventes, fournisseurs, réservations, clients et plannings.</translation>
        </message>
        <message>
            <source>Run on the built-in sandbox with demonstration data.</source>
            <translation>Démarrer sur le bac à sable intégré avec des données de démonstration.</translation>
        </message>
        <message>
            <source>Keep the database, logs and settings in &lt;dir&gt;.</source>
            <translation>Conserver la base de données, les journaux et les paramètres dans &lt;dir&gt;.</translation>
        </message>
        <message>
            <source>Import a connector configuration (JSON) at start-up.</source>
            <translation>Importer une configuration de connecteur (JSON) au démarrage.</translation>
        </message>
        <message>
            <source>Interface language: fr or en (default: system language).</source>
            <translation>Langue de l’interface : fr ou en (par défaut : langue du système).</translation>
        </message>
        <message>
            <source>Unexpected argument: %1</source>
            <translation>Argument inattendu : %1</translation>
        </message>
        <message>
            <source>Unknown language "%1": use fr or en.</source>
            <translation>Langue « %1 » inconnue : utilisez fr ou en.</translation>
        </message>
        <message>
            <source>--data-dir: "%1" is not a directory.</source>
            <translation>--data-dir : « %1 » n’est pas un dossier.</translation>
        </message>
        <message>
            <source>--import-config: file "%1" not found.</source>
            <translation>--import-config : fichier « %1 » introuvable.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CustomersTab</name>
        <message>
            <source>No guest profiles yet</source>
            <translation>Aucun profil client pour l’instant</translation>
        </message>
        <message>
            <source>Guest profiles are built from reservations and receipts. Connect a reservation platform or Brevo in Settings.</source>
            <translation>Les profils clients sont construits à partir des réservations et des tickets. Connectez une plateforme de réservation ou Brevo dans les Paramètres.</translation>
        </message>
        <message>
            <source>Open settings…</source>
            <translation>Ouvrir les paramètres…</translation>
        </message>
    </context>
    <context>
        <name>Moulin::IntegrationsTab</name>
        <message>
            <source>No connection configured</source>
            <translation>Aucune connexion configurée</translation>
        </message>
        <message>
            <source>Every connector you configure appears here with its status, last sync and error history.</source>
            <translation>Chaque connecteur configuré apparaît ici avec son état, sa dernière synchronisation et l’historique des erreurs.</translation>
        </message>
        <message>
            <source>Configure a connection…</source>
            <translation>Configurer une connexion…</translation>
        </message>
    </context>
    <context>
        <name>Moulin::MainWindow</name>
        <message>
            <source>Moulin — Restaurant back-office</source>
            <translation>Moulin — Back-office du restaurant</translation>
        </message>
        <message>
            <source>&amp;Sales</source>
            <translation>&amp;Ventes</translation>
        </message>
        <message>
            <source>Su&amp;ppliers</source>
            <translation>F&amp;ournisseurs</translation>
        </message>
        <message>
            <source>&amp;Reservations</source>
            <translation>&amp;Réservations</translation>
        </message>
        <message>
            <source>&amp;Customers</source>
            <translation>&amp;Clients</translation>
        </message>
        <message>
            <source>R&amp;osters</source>
            <translation>&amp;Plannings</translation>
        </message>
        <message>
            <source>&amp;Integrations</source>
            <translation>&amp;Intégrations</translation>
        </message>
        <message>
            <source>Turnover, covers and receipts from the till</source>
            <translation>Chiffre d’affaires, couverts et tickets de la caisse</translation>
        </message>
        <message>
            <source>Catalogues, orders and deliveries</source>
            <translation>Catalogues, commandes et livraisons</translation>
        </message>
        <message>
            <source>Table plan and bookings from every platform</source>
            <translation>Plan de salle et réservations de toutes les plateformes</translation>
        </message>
        <message>
            <source>Guest profiles, loyalty and segments</source>
            <translation>Profils clients, fidélité et segments</translation>
        </message>
        <message>
            <source>Staff needs and generated rosters</source>
            <translation>Besoins en personnel et plannings générés</translation>
        </message>
        <message>
            <source>State of every connection, logs and alerts</source>
            <translation>État de chaque connexion, journaux et alertes</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>&amp;Import a configuration…</source>
            <translation>&amp;Importer une configuration…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;About Moulin</source>
            <translation>À &amp;propos de Moulin</translation>
        </message>
        <message>
            <source>Sync %p%</source>
            <translation>Synchro %p %</translation>
        </message>
        <message>
            <source>Synchronisation in progress</source>
            <translation>Synchronisation en cours</translation>
        </message>
    </context>
    <context>
        <name>Moulin::MoulinApplication</name>
        <message>
            <source>Demo mode unavailable</source>
            <translation>Mode démo indisponible</translation>
        </message>
        <message>
            <source>Demo mode</source>
            <translation>Mode démo</translation>
        </message>
        <message>
            <source>Built-in sandbox on 127.0.0.1:%1 — no real data is sent anywhere</source>
            <translation>Bac à sable intégré sur 127.0.0.1:%1 — aucune donnée réelle n’est envoyée</translation>
        </message>
        <message>
            <source>No connection configured — File ▸ Settings to add one</source>
            <translation>Aucune connexion configurée — Fichier ▸ Paramètres pour en ajouter une</translation>
        </message>
        <message>
            <source>%1 of %2 connections up</source>
            <translation>%1 connexion(s) active(s) sur %2</translation>
        </message>
        <message>
            <source>About Moulin</source>
            <translation>À propos de Moulin</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Moulin %1&lt;/h3&gt;&lt;p&gt;Back-office for restaurants: sales, suppliers, reservations, customers and rosters, connected to the till, suppliers and booking platforms.&lt;/p&gt;&lt;p&gt;Data is kept on this computer; passwords and keys stay in the system keychain.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Moulin %1&lt;/h3&gt;&lt;p&gt;Back-office pour restaurants : ventes, fournisseurs, réservations, clients et plannings, relié à la caisse, aux fournisseurs et aux plateformes de réservation.&lt;/p&gt;&lt;p&gt;Les données restent sur cet ordinateur ; mots de passe et clés restent dans le trousseau du système.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ReservationsTab</name>
        <message>
            <source>No reservations yet</source>
            <translation>Aucune réservation pour l’instant</translation>
        </message>
        <message>
            <source>Connect TheFork, OpenTable, Resy or your own booking site in Settings to manage one table plan.</source>
            <translation>Connectez TheFork, OpenTable, Resy ou votre propre site de réservation dans les Paramètres pour gérer un plan de salle unique.</translation>
        </message>
        <message>
            <source>Connect a platform…</source>
            <translation>Connecter une plateforme…</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RostersTab</name>
        <message>
            <source>No roster yet</source>
            <translation>Aucun planning pour l’instant</translation>
        </message>
        <message>
            <source>Rosters are generated from reservations, sales history and special events once those are connected.</source>
            <translation>Les plannings sont générés à partir des réservations, de l’historique des ventes et des événements spéciaux dès qu’ils sont connectés.</translation>
        </message>
        <message>
            <source>Open settings…</source>
            <translation>Ouvrir les paramètres…</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SalesTab</name>
        <message>
            <source>No sales yet</source>
            <translation>Aucune vente pour l’instant</translation>
        </message>
        <message>
            <source>Connect the Lightspeed till in Settings to see turnover, covers and average ticket here.</source>
            <translation>Connectez la caisse Lightspeed dans les Paramètres pour voir ici le chiffre d’affaires, les couverts et le ticket moyen.</translation>
        </message>
        <message>
            <source>Connect the till…</source>
            <translation>Connecter la caisse…</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SandboxServer</name>
        <message>
            <source>The sandbox could not listen on 127.0.0.1:%1 (port already in use?)</source>
            <translation>Le bac à sable n’a pas pu écouter sur 127.0.0.1:%1 (port déjà utilisé ?)</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SuppliersTab</name>
        <message>
            <source>No supplier connected</source>
            <translation>Aucun fournisseur connecté</translation>
        </message>
        <message>
            <source>Add Metro, Transgourmet, Pomona or a local supplier in Settings to see catalogues, suggested orders and deliveries.</source>
            <translation>Ajoutez Metro, Transgourmet, Pomona ou un fournisseur local dans les Paramètres pour voir catalogues, commandes suggérées et livraisons.</translation>
        </message>
        <message>
            <source>Add a supplier…</source>
            <translation>Ajouter un fournisseur…</translation>
        </message>
    </context>
</TS>
