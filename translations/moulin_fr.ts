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
        <message>
            <source>Without opening a window, run every enabled feed once, print one line per feed and exit (non-zero if any failed).</source>
            <translation>Sans ouvrir de fenêtre, exécuter une fois chaque flux activé, afficher une ligne par flux et quitter (code non nul en cas d’échec).</translation>
        </message>
        <message>
            <source>--connector is only used with --sync-now.</source>
            <translation>--connector ne s’utilise qu’avec --sync-now.</translation>
        </message>
        <message>
            <source>Usage:</source>
            <translation>Utilisation :</translation>
        </message>
        <message>
            <source>With --sign-in: give up after &lt;seconds&gt; without an answer (default: 300).</source>
            <translation>Avec --sign-in : abandonner après &lt;seconds&gt; secondes sans réponse (par défaut : 300).</translation>
        </message>
        <message>
            <source>With --sign-in: do not try to open a web browser, only print the address.</source>
            <translation>Avec --sign-in : ne pas essayer d’ouvrir un navigateur web, seulement afficher l’adresse.</translation>
        </message>
        <message>
            <source>With --export: first day of the period (YYYY-MM-DD).</source>
            <translation>Avec --export : premier jour de la période (AAAA-MM-JJ).</translation>
        </message>
        <message>
            <source>With --export: last day of the period, included (YYYY-MM-DD).</source>
            <translation>Avec --export : dernier jour de la période, inclus (AAAA-MM-JJ).</translation>
        </message>
        <message>
            <source>With --export fec: the company's SIREN (default: the one saved by the accounting export).</source>
            <translation>Avec --export fec : le SIREN de l’entreprise (par défaut : celui enregistré par l’export comptable).</translation>
        </message>
        <message>
            <source>With --export fec: last day of the fiscal year (default: 31 December of the --to year).</source>
            <translation>Avec --export fec : dernier jour de l’exercice (par défaut : le 31 décembre de l’année de --to).</translation>
        </message>
        <message>
            <source>--%1 is only used with --sign-in.</source>
            <translation>--%1 ne s’utilise qu’avec --sign-in.</translation>
        </message>
        <message>
            <source>--%1 is only used with --export.</source>
            <translation>--%1 ne s’utilise qu’avec --export.</translation>
        </message>
        <message>
            <source>--timeout: "%1" is not a number of seconds between 1 and %2.</source>
            <translation>--timeout : « %1 » n’est pas un nombre de secondes entre 1 et %2.</translation>
        </message>
        <message>
            <source>--import-config cannot be combined with --export.</source>
            <translation>--import-config ne se combine pas avec --export.</translation>
        </message>
        <message>
            <source>--export %1 needs --%2.</source>
            <translation>--export %1 demande --%2.</translation>
        </message>
        <message>
            <source>--%1 is only used with --export fec.</source>
            <translation>--%1 ne s’utilise qu’avec --export fec.</translation>
        </message>
        <message>
            <source>--%1: "%2" is not a date written YYYY-MM-DD.</source>
            <translation>--%1 : « %2 » n’est pas une date écrite AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>--from (%1) is after --to (%2).</source>
            <translation>--from (%1) est après --to (%2).</translation>
        </message>
        <message>
            <source>--fiscal-year-end (%1) is before --to (%2): the period must lie within the fiscal year.</source>
            <translation>--fiscal-year-end (%1) est avant --to (%2) : la période doit être comprise dans l’exercice.</translation>
        </message>
        <message>
            <source>--siren needs the company's SIREN (9 digits).</source>
            <translation>--siren attend le SIREN de l’entreprise (9 chiffres).</translation>
        </message>
        <message>
            <source>--out: "%1" is not a folder.</source>
            <translation>--out : « %1 » n’est pas un dossier.</translation>
        </message>
        <message>
            <source>With --sync-now: only this connector (its id, as --sync-now prints it).</source>
            <translation>Avec --sync-now : seulement ce connecteur (son identifiant, tel que --sync-now l’affiche).</translation>
        </message>
        <message>
            <source>Without opening a window, sign in to the OAuth connector &lt;id&gt; (its id, as --sync-now prints it): prints the address to open in a web browser, waits for the answer, keeps the access in the system keychain and exits (non-zero if it failed).</source>
            <translation>Sans ouvrir de fenêtre, se connecter au connecteur OAuth &lt;id&gt; (son identifiant, tel que --sync-now l’affiche) : affiche l’adresse à ouvrir dans un navigateur web, attend la réponse, garde l’accès dans le trousseau système et quitte (code non nul en cas d’échec).</translation>
        </message>
        <message>
            <source>--sign-in needs the id of a connector, as --sync-now prints it.</source>
            <translation>--sign-in attend l’identifiant d’un connecteur, tel que --sync-now l’affiche.</translation>
        </message>
        <message>
            <source>Without opening a window, keep running: every enabled feed on its schedule and, when turned on, the webhook receiver; one line per feed run and per webhook. Stops cleanly on SIGTERM or Ctrl+C.</source>
            <translation>Sans ouvrir de fenêtre, rester en marche : chaque flux activé selon sa fréquence et, s’il est activé, le récepteur de webhooks ; une ligne par synchronisation et par webhook. S’arrête proprement sur SIGTERM ou Ctrl+C.</translation>
        </message>
        <message>
            <source>--import-config cannot be combined with --serve: import the configuration first, then serve.</source>
            <translation>--import-config ne peut pas être combiné avec --serve : importez d’abord la configuration, puis lancez --serve.</translation>
        </message>
        <message>
            <source>With --export: the folder to write the file to (with --export roster: the file).</source>
            <translation>Avec --export : le dossier où écrire le fichier (avec --export roster : le fichier).</translation>
        </message>
        <message>
            <source>With --export roster: the ISO week (YYYY-Www, e.g. 2026-W50).</source>
            <translation>Avec --export roster : la semaine ISO (AAAA-Wss, par ex. 2026-W50).</translation>
        </message>
        <message>
            <source>--week: "%1" is not an ISO week written YYYY-Www (e.g. 2026-W50).</source>
            <translation>--week : « %1 » n’est pas une semaine ISO écrite AAAA-Wss (par ex. 2026-W50).</translation>
        </message>
        <message>
            <source>--out: "%1" is a folder, not a file.</source>
            <translation>--out : « %1 » est un dossier, pas un fichier.</translation>
        </message>
        <message>
            <source>--%1 is not used with --export %2.</source>
            <translation>--%1 ne sert pas avec --export %2.</translation>
        </message>
        <message>
            <source>--week is only used with --export roster and --export payroll.</source>
            <translation>--week ne sert qu’avec --export roster et --export payroll.</translation>
        </message>
        <message>
            <source>Without opening a window, write an export of the local database and exit: fec (the FEC for the accountant, validated before it is written), z (the daily summary, CSV), roster (a week's shifts for payroll, CSV), payroll (a week's hours per person: night, Sunday and holiday hours, split shifts, labour cost, CSV) or orders (the supplier orders of the period, each as UBL XML and PDF).</source>
            <translation>Sans ouvrir de fenêtre, écrire un export de la base locale puis quitter : fec (le FEC pour l’expert-comptable, validé avant d’être écrit), z (le récapitulatif quotidien, CSV), roster (les services d’une semaine pour la paie, CSV), payroll (les heures d’une semaine par personne : heures de nuit, du dimanche et fériées, coupures, coût salarial, CSV) ou orders (les commandes fournisseurs de la période, chacune en XML UBL et en PDF).</translation>
        </message>
        <message>
            <source>With --export orders: ubl (UBL XML and PDF, the default) or eancom (also the EANCOM ORDERS message, EDIFACT D.01B).</source>
            <translation>Avec --export orders : ubl (XML UBL et PDF, par défaut) ou eancom (aussi le message EANCOM ORDERS, EDIFACT D.01B).</translation>
        </message>
        <message>
            <source>--format is only used with --export orders.</source>
            <translation>--format ne sert qu’avec --export orders.</translation>
        </message>
        <message>
            <source>--format: "%1" is neither ubl nor eancom.</source>
            <translation>--format : « %1 » n’est ni ubl ni eancom.</translation>
        </message>
        <message>
            <source>Unknown export "%1": use fec (the FEC), z (the daily summary), roster (a week's shifts), payroll (a week's hours per person) or orders (the supplier orders).</source>
            <translation>Export « %1 » inconnu : utilisez fec (le FEC), z (le récapitulatif quotidien), roster (les services d’une semaine), payroll (les heures d’une semaine par personne) ou orders (les commandes fournisseurs).</translation>
        </message>
        <message>
            <source>Without opening a window, back up the local database: the daily backup into the backup folder (the oldest ones beyond the number kept are removed), or with --out into that folder (kept). Prints the file written.</source>
            <translation>Sans ouvrir de fenêtre, sauvegarder la base locale : la sauvegarde quotidienne dans le dossier des sauvegardes (les plus anciennes au-delà du nombre gardé sont supprimées), ou avec --out dans ce dossier (conservée). Affiche le fichier écrit.</translation>
        </message>
        <message>
            <source>Without opening a window, replace the local database by the backup &lt;file&gt;; the database replaced is kept in the backup folder. Refused while Moulin is open elsewhere.</source>
            <translation>Sans ouvrir de fenêtre, remplacer la base locale par la sauvegarde &lt;file&gt; ; la base remplacée est conservée dans le dossier des sauvegardes. Refusé tant que Moulin est ouvert ailleurs.</translation>
        </message>
        <message>
            <source>--sync-now, --serve, --sign-in, --export, --backup and --restore cannot be combined: run them one after the other.</source>
            <translation>--sync-now, --serve, --sign-in, --export, --backup et --restore ne se combinent pas : lancez-les l’un après l’autre.</translation>
        </message>
        <message>
            <source>--restore: file "%1" not found.</source>
            <translation>--restore : fichier « %1 » introuvable.</translation>
        </message>
        <message>
            <source>--out is only used with --export and --backup.</source>
            <translation>--out ne sert qu’avec --export et --backup.</translation>
        </message>
    </context>
    <context>
        <name>HeadlessSync</name>
        <message>
            <source>No connector named "%1" is configured (configured: %2).</source>
            <translation>Aucun connecteur nommé « %1 » n’est configuré (configurés : %2).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>%1: skipped — not supported by this version of Moulin yet</source>
            <translation>%1 : ignoré — pas encore pris en charge par cette version de Moulin</translation>
        </message>
        <message>
            <source>%1: OK — %2 record(s) in %3 s</source>
            <translation>%1 : OK — %2 enregistrement(s) en %3 s</translation>
        </message>
        <message>
            <source>%1: FAILED — %2</source>
            <translation>%1 : ÉCHEC — %2</translation>
        </message>
        <message>
            <source>Nothing to synchronise: no enabled feed.</source>
            <translation>Rien à synchroniser : aucun flux activé.</translation>
        </message>
        <message numerus="yes">
            <source>Gave up after 30 minutes: %n feed(s) still running.</source>
            <translation>
                <numerusform>Abandon après 30 minutes : %n flux encore en cours.</numerusform>
                <numerusform>Abandon après 30 minutes : %n flux encore en cours.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: not signed in yet — run moulin --sign-in %1</source>
            <translation>%1 : pas encore connecté — lancez moulin --sign-in %1</translation>
        </message>
        <message>
            <source>%1: sign in again — run moulin --sign-in %1</source>
            <translation>%1 : reconnectez-vous — lancez moulin --sign-in %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::AccountingExportDialog</name>
        <message>
            <source>Export the &amp;FEC</source>
            <translation>Exporter le &amp;FEC</translation>
        </message>
        <message>
            <source>Export the daily &amp;summary (CSV)</source>
            <translation>Exporter le &amp;Z de caisse (CSV)</translation>
        </message>
        <message>
            <source>Accounting export</source>
            <translation>Export comptable</translation>
        </message>
        <message>
            <source>9 digits, e.g. 732829320</source>
            <translation>9 chiffres, par ex. 732829320</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <source>Fiscal &amp;year end:</source>
            <translation>&amp;Clôture de l’exercice :</translation>
        </message>
        <message>
            <source>S&amp;IREN:</source>
            <translation>S&amp;IREN :</translation>
        </message>
        <message>
            <source>F&amp;older:</source>
            <translation>D&amp;ossier :</translation>
        </message>
        <message>
            <source>The FEC lists every sales entry of the period (sales per VAT rate, collected VAT, payments) in the format the tax administration requires. It is checked (balance, numbering, format) before it is written; nothing is written if a line is wrong.</source>
            <translation>Le FEC liste toutes les écritures de ventes de la période (ventes par taux de TVA, TVA collectée, encaissements) au format exigé par l’administration fiscale. Il est contrôlé (équilibre, numérotation, format) avant d’être écrit ; rien n’est écrit si une ligne est incorrecte.</translation>
        </message>
        <message>
            <source>Export folder</source>
            <translation>Dossier d’export</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>La date de début est postérieure à la date de fin.</translation>
        </message>
        <message>
            <source>The folder "%1" does not exist.</source>
            <translation>Le dossier « %1 » n’existe pas.</translation>
        </message>
        <message>
            <source>"%1" is not a valid SIREN: 9 digits with a valid check digit.</source>
            <translation>« %1 » n’est pas un SIREN valide : 9 chiffres avec une clé de contrôle correcte.</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>ligne %1 : %2</translation>
        </message>
        <message>
            <source>The FEC was not written:</source>
            <translation>Le FEC n’a pas été écrit :</translation>
        </message>
        <message numerus="yes">
            <source>FEC written: %1 (%n entry line(s)).</source>
            <translation>
                <numerusform>FEC écrit : %1 (%n ligne d’écriture).</numerusform>
                <numerusform>FEC écrit : %1 (%n lignes d’écriture).</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>Daily summary written: %1</source>
            <translation>Z de caisse écrit : %1</translation>
        </message>
        <message>
            <source>Open Settings ▸ &amp;Accounting</source>
            <translation>Ouvrir Paramètres ▸ &amp;Comptabilité</translation>
        </message>
    </context>
    <context>
        <name>Moulin::AccountingSettingsPage</name>
        <message>
            <source>Enter an account number.</source>
            <translation>Saisissez un numéro de compte.</translation>
        </message>
        <message>
            <source>“%1” is not an account number (3 to 20 letters or digits).</source>
            <translation>« %1 » n’est pas un numéro de compte (3 à 20 lettres ou chiffres).</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>The accounts of the FEC export (File ▸ Accounting export…). Ask your accountant for them: they must exist in the chart of accounts.</source>
            <translation>Les comptes de l’export FEC (Fichier ▸ Export comptable…). Demandez-les à votre expert-comptable : ils doivent exister dans son plan comptable.</translation>
        </message>
        <message>
            <source>The saved accounting settings could not be read (%1): the default accounts are shown, and OK saves them.</source>
            <translation>Le paramétrage comptable enregistré est illisible (%1) : les comptes par défaut sont affichés, et OK les enregistre.</translation>
        </message>
        <message>
            <source>Company and journal</source>
            <translation>Entreprise et journal</translation>
        </message>
        <message>
            <source>S&amp;IREN:</source>
            <translation>S&amp;IREN :</translation>
        </message>
        <message>
            <source>9 digits, e.g. 732 829 320</source>
            <translation>9 chiffres, p. ex. 732 829 320</translation>
        </message>
        <message>
            <source>Names the FEC file.</source>
            <translation>Donne son nom au fichier FEC.</translation>
        </message>
        <message>
            <source>Journal &amp;code:</source>
            <translation>&amp;Code journal :</translation>
        </message>
        <message>
            <source>Journal &amp;label:</source>
            <translation>&amp;Libellé du journal :</translation>
        </message>
        <message>
            <source>VAT rates</source>
            <translation>Taux de TVA</translation>
        </message>
        <message>
            <source>Each rate's sales (without VAT) and collected VAT go to their own account. Double-click an account to change it.</source>
            <translation>Les ventes hors taxes et la TVA collectée de chaque taux vont chacune sur leur compte. Double-cliquez sur un compte pour le modifier.</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Taux</translation>
        </message>
        <message>
            <source>On the till</source>
            <translation>Sur la caisse</translation>
        </message>
        <message>
            <source>Sales account (excl. VAT)</source>
            <translation>Compte de ventes (HT)</translation>
        </message>
        <message>
            <source>Collected VAT account</source>
            <translation>Compte de TVA collectée</translation>
        </message>
        <message>
            <source>Accounts per VAT rate</source>
            <translation>Comptes par taux de TVA</translation>
        </message>
        <message>
            <source>Payment methods of the till</source>
            <translation>Moyens de paiement de la caisse</translation>
        </message>
        <message>
            <source>The account set on the till is used unless you enter another one here. The FEC export stops while a payment method used in the period has no account.</source>
            <translation>Le compte défini sur la caisse est utilisé, sauf si vous en saisissez un autre ici. L’export FEC s’arrête tant qu’un moyen de paiement utilisé sur la période n’a pas de compte.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Moyen de paiement</translation>
        </message>
        <message>
            <source>Account on the till</source>
            <translation>Compte sur la caisse</translation>
        </message>
        <message>
            <source>Account used</source>
            <translation>Compte utilisé</translation>
        </message>
        <message>
            <source>Accounts per payment method</source>
            <translation>Comptes par moyen de paiement</translation>
        </message>
        <message>
            <source>No payment method has come from the till yet: they appear after the next synchronisation of the sales.</source>
            <translation>La caisse n’a encore transmis aucun moyen de paiement : ils apparaîtront après la prochaine synchronisation des ventes.</translation>
        </message>
        <message>
            <source>Rounding differences</source>
            <translation>Écarts d’arrondi</translation>
        </message>
        <message>
            <source>Loss account (&amp;debit):</source>
            <translation>Compte de charges (&amp;débit) :</translation>
        </message>
        <message>
            <source>Gain account (c&amp;redit):</source>
            <translation>Compte de produits (c&amp;rédit) :</translation>
        </message>
        <message>
            <source>A few cents a day at most, left by the till's rounding of its amounts.</source>
            <translation>Quelques centimes par jour au plus, laissés par les arrondis de la caisse.</translation>
        </message>
        <message>
            <source>%1 · not a French rate</source>
            <translation>%1 · taux non français</translation>
        </message>
        <message>
            <source>%1 is not a French VAT rate (20 %, 10 %, 5,5 %, 2,1 %). The FEC export stops while sales of the period carry it: correct the rate on the till, then synchronise again.</source>
            <translation>%1 n’est pas un taux de TVA français (20 %, 10 %, 5,5 %, 2,1 %). L’export FEC s’arrête tant que des ventes de la période le portent : corrigez le taux sur la caisse, puis synchronisez à nouveau.</translation>
        </message>
        <message>
            <source>No sale at this rate yet.</source>
            <translation>Aucune vente à ce taux pour l’instant.</translation>
        </message>
        <message>
            <source>%1 – sales account</source>
            <translation>%1 – compte de ventes</translation>
        </message>
        <message>
            <source>%1 – VAT account</source>
            <translation>%1 – compte de TVA</translation>
        </message>
        <message>
            <source>to be set</source>
            <translation>à paramétrer</translation>
        </message>
        <message>
            <source>Disabled on the till.</source>
            <translation>Désactivé sur la caisse.</translation>
        </message>
        <message>
            <source>Found in the sales, not in the till's list of payment methods.</source>
            <translation>Présent dans les ventes, absent de la liste des moyens de paiement de la caisse.</translation>
        </message>
        <message>
            <source>“%1” is not an account number: it is ignored.</source>
            <translation>« %1 » n’est pas un numéro de compte : il est ignoré.</translation>
        </message>
        <message>
            <source>Payment method %1</source>
            <translation>Moyen de paiement %1</translation>
        </message>
        <message>
            <source>Enter the account of this payment method.</source>
            <translation>Saisissez le compte de ce moyen de paiement.</translation>
        </message>
        <message>
            <source>Leave empty to use the account set on the till (%1).</source>
            <translation>Laissez vide pour utiliser le compte défini sur la caisse (%1).</translation>
        </message>
        <message numerus="yes">
            <source>%n payment method(s) without account: %1.</source>
            <translation>
                <numerusform>%n moyen de paiement sans compte : %1.</numerusform>
                <numerusform>%n moyens de paiement sans compte : %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>A SIREN is 9 digits with a valid check digit: “%1” is not one.</source>
            <translation>Un SIREN compte 9 chiffres avec une clé de contrôle valable : « %1 » n’en est pas un.</translation>
        </message>
        <message>
            <source>Enter the code of the sales journal, e.g. VE.</source>
            <translation>Saisissez le code du journal des ventes, p. ex. VE.</translation>
        </message>
        <message>
            <source>Letters and digits only, e.g. VE.</source>
            <translation>Lettres et chiffres uniquement, p. ex. VE.</translation>
        </message>
        <message>
            <source>Enter the name of the journal, e.g. Ventes.</source>
            <translation>Saisissez le libellé du journal, p. ex. Ventes.</translation>
        </message>
        <message>
            <source>Accounting: correct what is marked in red.</source>
            <translation>Comptabilité : corrigez ce qui est signalé en rouge.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::AlertRulesDialog</name>
        <message>
            <source>&amp;Raise alerts about the connections</source>
            <translation>&amp;Signaler les problèmes de connexion</translation>
        </message>
        <message>
            <source>No successful synchronisation for</source>
            <translation>Aucune synchronisation réussie depuis</translation>
        </message>
        <message>
            <source>Failed requests over the last hour above</source>
            <translation>Requêtes en échec sur la dernière heure au-delà de</translation>
        </message>
        <message>
            <source>The circuit breaker opens (the provider keeps failing)</source>
            <translation>Le disjoncteur s’ouvre (le fournisseur échoue sans cesse)</translation>
        </message>
        <message>
            <source>The provider refuses the credentials (sign in again)</source>
            <translation>Le fournisseur refuse les identifiants (reconnexion nécessaire)</translation>
        </message>
        <message>
            <source>Connection alerts</source>
            <translation>Alertes de connexion</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>counted from</source>
            <translation>à partir de</translation>
        </message>
        <message>
            <source>requests in the hour</source>
            <translation>requêtes dans l’heure</translation>
        </message>
        <message>
            <source>An alert shows at the top of the Integrations tab and in the status bar as soon as it is raised.</source>
            <translation>Une alerte s’affiche en haut de l’onglet Intégrations et dans la barre d’état dès qu’elle se déclenche.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Authenticator</name>
        <message>
            <source>The sign-in to %1 took too long and was cancelled. Click “Connect…” to try again.</source>
            <translation>La connexion à %1 a pris trop de temps et a été annulée. Cliquez sur « Se connecter… » pour réessayer.</translation>
        </message>
        <message>
            <source>No API key is stored for %1. Enter it in File ▸ Settings.</source>
            <translation>Aucune clé d’API n’est enregistrée pour %1. Saisissez-la dans Fichier ▸ Paramètres.</translation>
        </message>
        <message>
            <source>No client secret is stored for %1. Enter it in File ▸ Settings.</source>
            <translation>Aucun secret client n’est enregistré pour %1. Saisissez-le dans Fichier ▸ Paramètres.</translation>
        </message>
        <message>
            <source>Moulin is not connected to %1 yet. Click “Connect…” and sign in to %1 to allow access.</source>
            <translation>Moulin n’est pas encore connecté à %1. Cliquez sur « Se connecter… » et identifiez-vous sur %1 pour autoriser l’accès.</translation>
        </message>
        <message>
            <source>Connected to %1.</source>
            <translation>Connecté à %1.</translation>
        </message>
        <message>
            <source>%1 refused the API key. Check it in File ▸ Settings, then try again.</source>
            <translation>%1 a refusé la clé d’API. Vérifiez-la dans Fichier ▸ Paramètres, puis réessayez.</translation>
        </message>
        <message>
            <source>The access to %1 has expired. Click “Connect…” and sign in to %1 again.</source>
            <translation>L’accès à %1 a expiré. Cliquez sur « Se connecter… » et identifiez-vous de nouveau sur %1.</translation>
        </message>
        <message>
            <source>Renewing the access to %1…</source>
            <translation>Renouvellement de l’accès à %1…</translation>
        </message>
        <message>
            <source>%1 refused to issue an access token (%2). Check the connection settings in File ▸ Settings.</source>
            <translation>%1 a refusé de délivrer un jeton d’accès (%2). Vérifiez les paramètres de connexion dans Fichier ▸ Paramètres.</translation>
        </message>
        <message>
            <source>%1 refused Moulin’s client ID or client secret. Check them in File ▸ Settings, then try again.</source>
            <translation>%1 a refusé l’identifiant client ou le secret client de Moulin. Vérifiez-les dans Fichier ▸ Paramètres, puis réessayez.</translation>
        </message>
        <message>
            <source>The access to %1 has expired or was withdrawn. Click “Connect…” and sign in to %1 again.</source>
            <translation>L’accès à %1 a expiré ou a été retiré. Cliquez sur « Se connecter… » et identifiez-vous de nouveau sur %1.</translation>
        </message>
        <message>
            <source>Could not renew the access to %1: %2</source>
            <translation>Impossible de renouveler l’accès à %1 : %2</translation>
        </message>
        <message>
            <source>%1 answered the token request with something Moulin does not understand.</source>
            <translation>%1 a répondu à la demande de jeton par un message que Moulin ne comprend pas.</translation>
        </message>
        <message>
            <source>token type “%1” is not supported</source>
            <translation>le type de jeton « %1 » n’est pas pris en charge</translation>
        </message>
        <message>
            <source>Connected to %1, but the access could not be saved in the system keyring, so you will have to connect again after restarting Moulin. %2</source>
            <translation>Connecté à %1, mais l’accès n’a pas pu être enregistré dans le trousseau système : il faudra vous reconnecter après le redémarrage de Moulin. %2</translation>
        </message>
        <message>
            <source>%1 does not use a sign-in in the web browser.</source>
            <translation>%1 n’utilise pas de connexion dans le navigateur web.</translation>
        </message>
        <message>
            <source>Moulin could not open a local port to receive the answer of %1. Try again in a moment.</source>
            <translation>Moulin n’a pas pu ouvrir de port local pour recevoir la réponse de %1. Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>Moulin could not open local port %2 to receive the answer of %1. Close the program using that port, then try again.</source>
            <translation>Moulin n’a pas pu ouvrir le port local %2 pour recevoir la réponse de %1. Fermez le programme qui utilise ce port, puis réessayez.</translation>
        </message>
        <message>
            <source>Moulin received the answer of %1. You can close this tab and go back to Moulin.</source>
            <translation>Moulin a reçu la réponse de %1. Vous pouvez fermer cet onglet et revenir à Moulin.</translation>
        </message>
        <message>
            <source>Waiting for you to sign in to %1 in your web browser…</source>
            <translation>En attente de votre identification sur %1 dans votre navigateur web…</translation>
        </message>
        <message>
            <source>The answer from %1 did not match the sign-in Moulin started, so it was ignored. Click “Connect…” to try again.</source>
            <translation>La réponse de %1 ne correspond pas à la connexion lancée par Moulin ; elle a été ignorée. Cliquez sur « Se connecter… » pour réessayer.</translation>
        </message>
        <message>
            <source>Access to %1 was refused in the web browser. Click “Connect…” to try again.</source>
            <translation>L’accès à %1 a été refusé dans le navigateur web. Cliquez sur « Se connecter… » pour réessayer.</translation>
        </message>
        <message>
            <source>%1 did not grant access (%2). Click “Connect…” to try again.</source>
            <translation>%1 n’a pas accordé l’accès (%2). Cliquez sur « Se connecter… » pour réessayer.</translation>
        </message>
        <message>
            <source>Moulin is connected to %1.</source>
            <translation>Moulin est connecté à %1.</translation>
        </message>
        <message>
            <source>Could not reach %1 to finish the sign-in: %2</source>
            <translation>Impossible de joindre %1 pour terminer la connexion : %2</translation>
        </message>
        <message>
            <source>%1 refused the sign-in (%2). Click “Connect…” to try again.</source>
            <translation>%1 a refusé la connexion (%2). Cliquez sur « Se connecter… » pour réessayer.</translation>
        </message>
        <message>
            <source>The sign-in to %1 was cancelled.</source>
            <translation>La connexion à %1 a été annulée.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::BackupSection</name>
        <message>
            <source>Daily backup</source>
            <translation>Sauvegarde quotidienne</translation>
        </message>
        <message>
            <source>Back up the database every day</source>
            <translation>Sauvegarder la base chaque jour</translation>
        </message>
        <message>
            <source>Everything Moulin keeps (sales, orders, invoices, bookings, guests, rosters) is copied once a day while Moulin runs. Passwords and keys stay in the system keychain and are not in the backups.</source>
            <translation>Tout ce que Moulin garde (ventes, commandes, factures, réservations, clients, plannings) est copié une fois par jour pendant que Moulin tourne. Les mots de passe et clés restent dans le trousseau du système et ne sont pas dans les sauvegardes.</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Dossier des sauvegardes</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>The oldest daily backups beyond this are removed. Backups made with « Back up now » and the databases kept by a restore are never removed.</source>
            <translation>Les sauvegardes quotidiennes plus anciennes sont supprimées. Celles faites avec « Sauvegarder maintenant » et les bases conservées par une restauration ne sont jamais supprimées.</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Dossier :</translation>
        </message>
        <message>
            <source>Keep the daily backups of the last:</source>
            <translation>Garder les sauvegardes quotidiennes des derniers :</translation>
        </message>
        <message>
            <source>Choose a folder on another drive (a USB key, a synchronised cloud folder) so that the backups survive this computer.</source>
            <translation>Choisissez un dossier sur un autre support (clé USB, dossier synchronisé dans le cloud) pour que les sauvegardes survivent à cet ordinateur.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Backups in the folder</source>
            <translation>Sauvegardes du dossier</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <source>Restore &amp;another file…</source>
            <translation>Restaurer un &amp;autre fichier…</translation>
        </message>
        <message>
            <source>Open the folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Quotidienne</translation>
        </message>
        <message>
            <source>Asked for</source>
            <translation>Demandée</translation>
        </message>
        <message>
            <source>Kept by a restore</source>
            <translation>Conservée par une restauration</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The last backup failed (%1): %2</source>
            <translation>La dernière sauvegarde a échoué (%1) : %2</translation>
        </message>
        <message>
            <source>Last backup: %1.</source>
            <translation>Dernière sauvegarde : %1.</translation>
        </message>
        <message>
            <source>No backup in this folder yet.</source>
            <translation>Aucune sauvegarde dans ce dossier pour l’instant.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Moulin backups (*.sqlite);;All files (*)</source>
            <translation>Sauvegardes Moulin (*.sqlite);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Restore %1?</source>
            <translation>Restaurer %1 ?</translation>
        </message>
        <message>
            <source>Restore the backup of %1?</source>
            <translation>Restaurer la sauvegarde du %1 ?</translation>
        </message>
        <message>
            <source>Moulin will restart on that backup. The current database is kept in the backup folder first, so nothing is lost. Sales, bookings and orders recorded at the till, the platforms and the suppliers since the backup are fetched again at the next synchronisation; what was typed in Moulin since then (notes, counts, drafts) is only in the kept database.</source>
            <translation>Moulin va redémarrer sur cette sauvegarde. La base actuelle est d’abord conservée dans le dossier des sauvegardes : rien n’est perdu. Les ventes, réservations et commandes enregistrées depuis à la caisse, sur les plateformes et chez les fournisseurs seront récupérées à la prochaine synchronisation ; ce qui a été saisi dans Moulin depuis (notes, inventaires, brouillons) reste seulement dans la base conservée.</translation>
        </message>
        <message>
            <source>Restore and restart</source>
            <translation>Restaurer et redémarrer</translation>
        </message>
        <message>
            <source>The restore could not be started.</source>
            <translation>La restauration n’a pas pu être lancée.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Backups</name>
        <message>
            <source>%1 MB</source>
            <translation>%1 Mo</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 Ko</translation>
        </message>
        <message>
            <source>Choose a folder for the backups.</source>
            <translation>Choisissez un dossier pour les sauvegardes.</translation>
        </message>
        <message>
            <source>Give the whole path of the folder (for example %1).</source>
            <translation>Indiquez le chemin complet du dossier (par exemple %1).</translation>
        </message>
        <message>
            <source>%1 is a file, not a folder.</source>
            <translation>%1 est un fichier, pas un dossier.</translation>
        </message>
        <message>
            <source>Moulin cannot create the folder %1: check the path, or that the drive is connected.</source>
            <translation>Moulin ne peut pas créer le dossier %1 : vérifiez le chemin, ou que le support est branché.</translation>
        </message>
        <message>
            <source>Moulin may not write in %1 (%2).</source>
            <translation>Moulin n’a pas le droit d’écrire dans %1 (%2).</translation>
        </message>
        <message>
            <source>No backup: the database is not open.</source>
            <translation>Pas de sauvegarde : la base n’est pas ouverte.</translation>
        </message>
        <message>
            <source>No backup: %1</source>
            <translation>Pas de sauvegarde : %1</translation>
        </message>
        <message>
            <source>No backup written in %1: %2. The database itself is untouched.</source>
            <translation>Aucune sauvegarde écrite dans %1 : %2. La base elle-même n’est pas touchée.</translation>
        </message>
        <message>
            <source>The backup written in %1 did not read back (%2); it was removed.</source>
            <translation>La sauvegarde écrite dans %1 ne se relit pas (%2) ; elle a été supprimée.</translation>
        </message>
        <message>
            <source>No backup: Moulin could not name the file %1.</source>
            <translation>Pas de sauvegarde : Moulin n’a pas pu nommer le fichier %1.</translation>
        </message>
        <message>
            <source>Backup written: %1 (%2).</source>
            <translation>Sauvegarde écrite : %1 (%2).</translation>
        </message>
        <message>
            <source>%1 was saved by a newer version of Moulin (schema %2; this one knows up to %3). Install the latest Moulin to restore it.</source>
            <translation>%1 a été enregistrée par une version plus récente de Moulin (schéma %2 ; celle-ci connaît jusqu’au %3). Installez la dernière version de Moulin pour la restaurer.</translation>
        </message>
        <message>
            <source>Moulin cannot read %1 (%2).</source>
            <translation>Moulin ne peut pas lire %1 (%2).</translation>
        </message>
        <message>
            <source>%1 is not a readable Moulin backup (%2). Choose another one.</source>
            <translation>%1 n’est pas une sauvegarde Moulin lisible (%2). Choisissez-en une autre.</translation>
        </message>
        <message>
            <source>%1 is an SQLite file but not a Moulin database. Choose a backup made by Moulin.</source>
            <translation>%1 est un fichier SQLite mais pas une base Moulin. Choisissez une sauvegarde faite par Moulin.</translation>
        </message>
        <message>
            <source>%1 can be restored.</source>
            <translation>%1 peut être restaurée.</translation>
        </message>
        <message>
            <source>%1 is the database in use, not a backup.</source>
            <translation>%1 est la base en cours d’utilisation, pas une sauvegarde.</translation>
        </message>
        <message>
            <source>The database %1 is open in another Moulin (a window, or moulin --serve). Close it, then restore again. Nothing was changed.</source>
            <translation>La base %1 est ouverte dans un autre Moulin (une fenêtre, ou moulin --serve). Fermez-le, puis relancez la restauration. Rien n’a été modifié.</translation>
        </message>
        <message>
            <source>Nothing was restored: %1</source>
            <translation>Rien n’a été restauré : %1</translation>
        </message>
        <message>
            <source>Nothing was restored: the copy of %1 failed (%2).</source>
            <translation>Rien n’a été restauré : la copie de %1 a échoué (%2).</translation>
        </message>
        <message>
            <source>Nothing was restored: Moulin could not move the current database to %1.</source>
            <translation>Rien n’a été restauré : Moulin n’a pas pu déplacer la base actuelle vers %1.</translation>
        </message>
        <message>
            <source>Nothing was restored: Moulin could not move the current database's journal.</source>
            <translation>Rien n’a été restauré : Moulin n’a pas pu déplacer le journal de la base actuelle.</translation>
        </message>
        <message>
            <source>Nothing was restored: Moulin could not write %1.</source>
            <translation>Rien n’a été restauré : Moulin n’a pas pu écrire %1.</translation>
        </message>
        <message>
            <source>Restored %1.</source>
            <translation>%1 restaurée.</translation>
        </message>
        <message>
            <source>Restored %1. The database it replaced is kept as %2.</source>
            <translation>%1 restaurée. La base qu’elle remplace est conservée sous %2.</translation>
        </message>
        <message>
            <source>Moulin could not record the restore in its settings.</source>
            <translation>Moulin n’a pas pu enregistrer la restauration dans ses réglages.</translation>
        </message>
        <message>
            <source>No backup: the database worker stopped.</source>
            <translation>Pas de sauvegarde : le processus d’accès à la base s’est arrêté.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::BarBreakdownChart</name>
        <message>
            <source>Last year: %1</source>
            <translation>N-1 : %1</translation>
        </message>
        <message>
            <source>Click to see the receipts</source>
            <translation>Cliquez pour voir les tickets</translation>
        </message>
    </context>
    <context>
        <name>Moulin::BookStore</name>
        <message>
            <source>The booking has no channel.</source>
            <translation>La réservation n’a pas de canal.</translation>
        </message>
        <message>
            <source>The booking has no id (reservation_id).</source>
            <translation>La réservation n’a pas d’identifiant (reservation_id).</translation>
        </message>
        <message>
            <source>The booking has no valid date and time (date).</source>
            <translation>La réservation n’a pas de date et d’heure valides (date).</translation>
        </message>
        <message>
            <source>The party size must be a positive number (party_size: %1).</source>
            <translation>Le nombre de couverts doit être un nombre positif (party_size : %1).</translation>
        </message>
        <message>
            <source>The party size is not plausible (party_size: %1).</source>
            <translation>Le nombre de couverts n’est pas plausible (party_size : %1).</translation>
        </message>
        <message>
            <source>The booking no longer exists.</source>
            <translation>La réservation n’existe plus.</translation>
        </message>
        <message>
            <source>This duplicate was already settled.</source>
            <translation>Ce doublon a déjà été réglé.</translation>
        </message>
        <message>
            <source>The booking to cancel is not one of the two.</source>
            <translation>La réservation à annuler n’est pas l’une des deux.</translation>
        </message>
        <message numerus="yes">
            <source>Created by %1 at %2: %n cover(s), %3</source>
            <translation>
                <numerusform>Créée par %1 le %2 : %n couvert, %3</numerusform>
                <numerusform>Créée par %1 le %2 : %n couverts, %3</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 → %2 covers</source>
            <translation>%1 → %2 couverts</translation>
        </message>
        <message>
            <source>time %1 → %2</source>
            <translation>horaire %1 → %2</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>name « %1 » → « %2 »</source>
            <translation>nom « %1 » → « %2 »</translation>
        </message>
        <message>
            <source>phone changed</source>
            <translation>téléphone modifié</translation>
        </message>
        <message>
            <source>requests « %1 »</source>
            <translation>demandes « %1 »</translation>
        </message>
        <message>
            <source>allergies « %1 »</source>
            <translation>allergies « %1 »</translation>
        </message>
        <message>
            <source>Cancelled by %1 at %2</source>
            <translation>Annulée par %1 le %2</translation>
        </message>
        <message>
            <source>Changed by %1 at %2: %3</source>
            <translation>Modifiée par %1 le %2 : %3</translation>
        </message>
        <message>
            <source>booking #%1</source>
            <translation>réservation n° %1</translation>
        </message>
        <message>
            <source>Flagged at %1 as a probable duplicate of %2</source>
            <translation>Signalée le %1 comme doublon probable : %2</translation>
        </message>
        <message>
            <source>Settled by %1 at %2: same booking as %3</source>
            <translation>Réglée par %1 le %2 : même réservation que %3</translation>
        </message>
        <message>
            <source>Settled by %1 at %2: not the same booking as %3</source>
            <translation>Réglée par %1 le %2 : pas la même réservation que %3</translation>
        </message>
        <message>
            <source>Taken off %1 by the host at %2</source>
            <translation>Retirée de %1 par l’hôte à %2</translation>
        </message>
        <message>
            <source>Placed at %1 by the whole-service assignment at %2</source>
            <translation>Placée à %1 par le placement du service à %2</translation>
        </message>
        <message>
            <source>Placed at %1 by the host at %2</source>
            <translation>Placée à %1 par l’hôte à %2</translation>
        </message>
        <message>
            <source>Rules overridden by %1 at %2 to seat at %3: %4</source>
            <translation>Règles outrepassées par %1 à %2 pour installer à %3 : %4</translation>
        </message>
        <message>
            <source>The new time is not a time of day.</source>
            <translation>La nouvelle heure n’est pas une heure de la journée.</translation>
        </message>
        <message>
            <source>no zone wish</source>
            <translation>plus de souhait de zone</translation>
        </message>
        <message>
            <source>zone « %1 » required</source>
            <translation>zone « %1 » exigée</translation>
        </message>
        <message>
            <source>zone « %1 » wished</source>
            <translation>zone « %1 » souhaitée</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Booking</name>
        <message>
            <source>Requested</source>
            <translation>Demandée</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmée</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Seated</source>
            <translation>Installée</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Partie</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>No-show</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusée</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Sur place</translation>
        </message>
        <message>
            <source>the host</source>
            <translation>l’hôte</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Lunch</source>
            <translation>Midi</translation>
        </message>
        <message>
            <source>Dinner</source>
            <translation>Soir</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Réglée</translation>
        </message>
    </context>
    <context>
        <name>Moulin::BookingDetailsPanel</name>
        <message>
            <source>Select a booking to see the guest, their requests and the booking's history.</source>
            <translation>Choisissez une réservation pour voir le client, ses demandes et l’historique de la réservation.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>%1 at %2 · %3</source>
            <translation>%1 à %2 · %3</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>Téléphone : %1</translation>
        </message>
        <message>
            <source>Email: %1</source>
            <translation>E-mail : %1</translation>
        </message>
        <message>
            <source>No phone or email</source>
            <translation>Ni téléphone ni e-mail</translation>
        </message>
        <message>
            <source>⚠ Allergies: %1</source>
            <translation>⚠ Allergies : %1</translation>
        </message>
        <message>
            <source>Requests: %1</source>
            <translation>Demandes : %1</translation>
        </message>
        <message>
            <source>Probable duplicate of a booking from another channel: settle it from the banner above the list.</source>
            <translation>Doublon probable d’une réservation d’un autre canal : à régler depuis le bandeau au-dessus de la liste.</translation>
        </message>
        <message>
            <source>Zone: %1 (required)</source>
            <translation>Zone : %1 (exigée)</translation>
        </message>
        <message>
            <source>Zone wished: %1</source>
            <translation>Zone souhaitée : %1</translation>
        </message>
        <message>
            <source>The requests mention « %1 »: a zone wish?</source>
            <translation>Les demandes mentionnent « %1 » : un souhait de zone ?</translation>
        </message>
        <message>
            <source>Wish for it</source>
            <translation>En faire un souhait</translation>
        </message>
        <message>
            <source>No zone wish</source>
            <translation>Pas de souhait de zone</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Exigée</translation>
        </message>
        <message>
            <source>%1 (guest profile)</source>
            <translation>%1 (fiche client)</translation>
        </message>
        <message>
            <source>%1 · guest profile: %2</source>
            <translation>%1 · fiche client : %2</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>First visit</source>
            <translation>Première visite</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier visit(s)</source>
            <translation>
                <numerusform>%n visite précédente</numerusform>
                <numerusform>%n visites précédentes</numerusform>
            </translation>
        </message>
        <message>
            <source>, last on %1</source>
            <translation>, la dernière le %1</translation>
        </message>
        <message>
            <source>%1 spent</source>
            <translation>%1 dépensés</translation>
        </message>
        <message numerus="yes">
            <source>%n no-show(s)</source>
            <translation>
                <numerusform>%n absence</numerusform>
                <numerusform>%n absences</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reward(s) to give</source>
            <translation>
                <numerusform>%n récompense à offrir</numerusform>
                <numerusform>%n récompenses à offrir</numerusform>
            </translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Note : %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::BookingTableModel</name>
        <message>
            <source>Allergies: %1</source>
            <translation>Allergies : %1</translation>
        </message>
        <message>
            <source>No name</source>
            <translation>Sans nom</translation>
        </message>
        <message>
            <source>Probable duplicate: another channel has a booking for the same guest and service. Check it from the banner above the list.</source>
            <translation>Doublon probable : un autre canal a une réservation pour le même client au même service. À vérifier depuis le bandeau au-dessus de la liste.</translation>
        </message>
        <message>
            <source>probable duplicate</source>
            <translation>doublon probable</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Couverts</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Requests and allergies</source>
            <translation>Demandes et allergies</translation>
        </message>
        <message>
            <source>duplicate?</source>
            <translation>doublon ?</translation>
        </message>
    </context>
    <context>
        <name>Moulin::BrevoFeed</name>
        <message>
            <source>Brevo refused the attribute %1 (%2, HTTP %3): %4</source>
            <translation>Brevo a refusé l’attribut %1 (%2, HTTP %3) : %4</translation>
        </message>
        <message>
            <source>Brevo refused %1 (HTTP %2): %3</source>
            <translation>Brevo a refusé %1 (HTTP %2) : %3</translation>
        </message>
        <message>
            <source>The profiles to send to Brevo could not be read: %1</source>
            <translation>Les fiches à envoyer à Brevo n’ont pas pu être lues : %1</translation>
        </message>
        <message>
            <source>Brevo's list of contacts could not be read (no contacts).</source>
            <translation>La liste des contacts de Brevo est illisible (pas de contacts).</translation>
        </message>
        <message>
            <source>A Brevo contact has no id or no modifiedAt.</source>
            <translation>Un contact Brevo n’a pas d’identifiant ou pas de modifiedAt.</translation>
        </message>
        <message>
            <source>Brevo did not answer the creation of the attribute %1: %2</source>
            <translation>Brevo n’a pas répondu à la création de l’attribut %1 : %2</translation>
        </message>
        <message>
            <source>the creation of the attribute %1</source>
            <translation>la création de l’attribut %1</translation>
        </message>
        <message>
            <source>Brevo did not answer a deletion: %1</source>
            <translation>Brevo n’a pas répondu à une suppression : %1</translation>
        </message>
        <message>
            <source>Brevo did not answer the contacts sent: %1</source>
            <translation>Brevo n’a pas répondu aux contacts envoyés : %1</translation>
        </message>
        <message>
            <source>the contacts sent</source>
            <translation>les contacts envoyés</translation>
        </message>
        <message>
            <source>%1 It is not asked again: delete the contact in Brevo by hand.</source>
            <translation>%1 Elle n’est plus redemandée : supprimez le contact dans Brevo à la main.</translation>
        </message>
        <message>
            <source>the deletion of the contact %1</source>
            <translation>la suppression du contact %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::BrevoLists</name>
        <message>
            <source>the list %1</source>
            <translation>la liste %1</translation>
        </message>
        <message>
            <source>Brevo created the list %1 without saying its id.</source>
            <translation>Brevo a créé la liste %1 sans en donner l’identifiant.</translation>
        </message>
        <message>
            <source>A Brevo list needs a name.</source>
            <translation>Une liste Brevo doit avoir un nom.</translation>
        </message>
        <message>
            <source>The Brevo connection %1 is not running.</source>
            <translation>La connexion Brevo %1 n’est pas active.</translation>
        </message>
        <message>
            <source>Brevo's API key could not be read: %1</source>
            <translation>La clé d’API Brevo n’a pas pu être lue : %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CapacityRulesPage</name>
        <message>
            <source>The rules every seating in the Service tab is held to. A placement that breaks one is refused with the reason; the host may still force it, and that is kept in the booking's history.</source>
            <translation>Les règles que respecte chaque placement dans l'onglet Service. Un placement qui en enfreint une est refusé avec la raison ; l'hôte peut tout de même le forcer, et c'est noté dans l'historique de la réservation.</translation>
        </message>
        <message>
            <source>Party size and minutes at the table, from the smallest party: « 2:90, 6:135 » gives 1 h 30 to a party of 1 or 2, 2 h 15 from 6 on.</source>
            <translation>Taille du groupe et minutes à table, du plus petit groupe au plus grand : « 2:90, 6:135 » donne 1 h 30 à un groupe de 1 ou 2, 2 h 15 à partir de 6.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>sans limite</translation>
        </message>
        <message>
            <source> covers</source>
            <translation> couverts</translation>
        </message>
        <message>
            <source>e.g. terrasse</source>
            <translation>par ex. terrasse</translation>
        </message>
        <message>
            <source>Zones whose tables are not offered, separated by commas.</source>
            <translation>Zones dont les tables ne sont pas proposées, séparées par des virgules.</translation>
        </message>
        <message>
            <source>Time at the table by party size:</source>
            <translation>Temps à table selon la taille du groupe :</translation>
        </message>
        <message>
            <source>Reset between two parties:</source>
            <translation>Remise en place entre deux groupes :</translation>
        </message>
        <message>
            <source>Pacing at lunch (per quarter hour):</source>
            <translation>Cadence au déjeuner (par quart d'heure) :</translation>
        </message>
        <message>
            <source>Pacing at dinner (per quarter hour):</source>
            <translation>Cadence au dîner (par quart d'heure) :</translation>
        </message>
        <message>
            <source>Closed zones:</source>
            <translation>Zones fermées :</translation>
        </message>
        <message>
            <source>Time at the table: %1</source>
            <translation>Temps à table : %1</translation>
        </message>
        <message>
            <source>Assign a table automatically when a booking arrives or changes</source>
            <translation>Attribuer une table automatiquement quand une réservation arrive ou change</translation>
        </message>
        <message>
            <source>A booking that comes in (a platform, the booking site, the phone) or changes for a service is placed at once with the others of the service still without a table; the bookings already placed stay where they are unless moving one is the only way. Each placement is written in the Service tab's log.</source>
            <translation>Une réservation qui arrive (une plateforme, le site, le téléphone) ou qui change pour un service est placée aussitôt avec celles du service encore sans table ; les réservations déjà placées restent où elles sont, sauf si en déplacer une est le seul moyen. Chaque placement est écrit dans le journal de l’onglet Service.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CataloguePage</name>
        <message>
            <source>All suppliers</source>
            <translation>Tous les fournisseurs</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Tous les rayons</translation>
        </message>
        <message numerus="yes">
            <source>%Ln product(s)</source>
            <translation>
                <numerusform>%Ln produit</numerusform>
                <numerusform>%Ln produits</numerusform>
            </translation>
        </message>
        <message>
            <source>No product yet</source>
            <translation>Aucun produit pour l’instant</translation>
        </message>
        <message>
            <source>No product selected</source>
            <translation>Aucun produit sélectionné</translation>
        </message>
        <message>
            <source>GTIN %1</source>
            <translation>GTIN %1</translation>
        </message>
        <message>
            <source>VAT %1</source>
            <translation>TVA %1</translation>
        </message>
        <message numerus="yes">
            <source>at %n supplier(s)</source>
            <translation>
                <numerusform>chez %n fournisseur</numerusform>
                <numerusform>chez %n fournisseurs</numerusform>
            </translation>
        </message>
        <message>
            <source>Cheapest: &lt;b&gt;%1&lt;/b&gt;, %2</source>
            <translation>Le moins cher : &lt;b&gt;%1&lt;/b&gt;, %2</translation>
        </message>
        <message>
            <source>%1: %2, %3 per pack</source>
            <translation>%1 : %2, %3 le colis</translation>
        </message>
        <message>
            <source>Price history (unit price excl. VAT)</source>
            <translation>Historique des prix (prix unitaire HT)</translation>
        </message>
        <message>
            <source>€ excl. VAT</source>
            <translation>€ HT</translation>
        </message>
        <message>
            <source>Search every catalogue: product, reference or GTIN…</source>
            <translation>Rechercher dans tous les catalogues : produit, référence ou GTIN…</translation>
        </message>
        <message>
            <source>Price alerts (%L1)</source>
            <translation>Alertes prix (%L1)</translation>
        </message>
        <message>
            <source>Price alerts</source>
            <translation>Alertes prix</translation>
        </message>
        <message>
            <source>Rows set aside (%L1)</source>
            <translation>Lignes écartées (%L1)</translation>
        </message>
        <message>
            <source>Rows set aside</source>
            <translation>Lignes écartées</translation>
        </message>
        <message>
            <source>Alert when a price rises by more than</source>
            <translation>Alerter quand un prix augmente de plus de</translation>
        </message>
        <message>
            <source>No product's last price change is a rise above %1.</source>
            <translation>Aucun produit dont la dernière variation de prix est une hausse de plus de %1.</translation>
        </message>
        <message>
            <source>Saved as suppliers/price_alert_percent; the list follows at once.</source>
            <translation>Enregistré dans suppliers/price_alert_percent ; la liste suit aussitôt.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Fournisseur</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <source>Rise</source>
            <translation>Hausse</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Depuis le</translation>
        </message>
        <message>
            <source>Catalogue rows a supplier sent with a bad price, unit or GTIN are not stored: they wait here with the reason until the supplier sends them right.</source>
            <translation>Les lignes de catalogue qu’un fournisseur envoie avec un prix, une unité ou un GTIN invalide ne sont pas enregistrées : elles attendent ici avec leur motif jusqu’à ce que le fournisseur les envoie correctement.</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçue le</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>The first %L1 of %L2 products</source>
            <translation>Les %L1 premiers sur %L2 produits</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CatalogueResultsModel</name>
        <message>
            <source>Cheapest</source>
            <comment>the cheapest of the suppliers carrying the product</comment>
            <translation>Le moins cher</translation>
        </message>
        <message>
            <source>%1 (promo)</source>
            <translation>%1 (promo)</translation>
        </message>
        <message>
            <source>other unit</source>
            <translation>autre unité</translation>
        </message>
        <message>
            <source>%1 until %2; usual price %3</source>
            <translation>%1 jusqu’au %2 ; prix habituel %3</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Promotion</translation>
        </message>
        <message numerus="yes">
            <source>The lowest unit price excl. VAT of the %n suppliers carrying this GTIN</source>
            <translation>
                <numerusform>Le prix unitaire HT le plus bas des %n fournisseurs qui proposent ce GTIN</numerusform>
                <numerusform>Le prix unitaire HT le plus bas des %n fournisseurs qui proposent ce GTIN</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Fournisseur</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <source>GTIN</source>
            <translation>GTIN</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Conditionnement</translation>
        </message>
        <message>
            <source>Unit price excl. VAT</source>
            <translation>Prix unitaire HT</translation>
        </message>
        <message>
            <source>Pack excl. VAT</source>
            <translation>Prix colis HT</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>TVA</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Comparaison</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ClosedServicesPage</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>The services the restaurant does not serve. They show « Closed » in the Reservations tab, take no booking or walk-in and are not forecast; the host can still reopen one for a single day there.</source>
            <translation>Les services que le restaurant n’assure pas. Ils apparaissent « Fermé » dans l’onglet Réservations, ne prennent ni réservation ni client sans réservation et ne sont pas prévus ; l’hôte peut toujours en rouvrir un pour une seule journée depuis cet onglet.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Closed every week&lt;/b&gt;</source>
            <translation>&lt;b&gt;Fermé chaque semaine&lt;/b&gt;</translation>
        </message>
        <message>
            <source>%1: closed at %2</source>
            <translation>%1 : fermé le %2</translation>
        </message>
        <message>
            <source>day/month, e.g. 25/12</source>
            <translation>jour/mois, par ex. 25/12</translation>
        </message>
        <message>
            <source>&lt;b&gt;Closed every year on&lt;/b&gt;</source>
            <translation>&lt;b&gt;Fermé chaque année le&lt;/b&gt;</translation>
        </message>
        <message>
            <source>The stored value « %1 » is not understood (%2): every service is open until you save this page.</source>
            <translation>La valeur enregistrée « %1 » n’est pas comprise (%2) : tous les services sont ouverts tant que cette page n’est pas enregistrée.</translation>
        </message>
        <message>
            <source>Demo mode shows the demo restaurant's closures; these are your restaurant's.</source>
            <translation>Le mode démo affiche les fermetures du restaurant de démonstration ; celles-ci sont celles de votre restaurant.</translation>
        </message>
        <message>
            <source>« %1 » is not a day of the year: type the day and the month, e.g. 25/12.</source>
            <translation>« %1 » n’est pas un jour de l’année : saisissez le jour et le mois, par ex. 25/12.</translation>
        </message>
        <message>
            <source>Every service of the week is closed: leave at least one open.</source>
            <translation>Tous les services de la semaine sont fermés : laissez-en au moins un ouvert.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ConfigImporter</name>
        <message>
            <source>Cannot read %1: %2.</source>
            <translation>Impossible de lire %1 : %2.</translation>
        </message>
        <message>
            <source>The settings file could not be written, so the configuration of %1 was not changed.</source>
            <translation>Le fichier de paramètres n’a pas pu être écrit : la configuration de %1 n’a pas été modifiée.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ConnectionAlert</name>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1: no successful synchronisation for %2.</source>
            <translation>%1 : aucune synchronisation réussie depuis %2.</translation>
        </message>
        <message>
            <source>%1: no synchronisation has succeeded yet.</source>
            <translation>%1 : aucune synchronisation n’a encore réussi.</translation>
        </message>
        <message>
            <source>%1: %2 % of the requests failed in the last hour (%3 of %4).</source>
            <translation>%1 : %2 % des requêtes ont échoué au cours de la dernière heure (%3 sur %4).</translation>
        </message>
        <message>
            <source>%1: the circuit breaker is open; requests are paused.</source>
            <translation>%1 : le disjoncteur est ouvert ; les requêtes sont suspendues.</translation>
        </message>
        <message>
            <source>%1: the provider refused the credentials; sign in again.</source>
            <translation>%1 : le fournisseur a refusé les identifiants ; reconnectez-vous.</translation>
        </message>
        <message>
            <source>%1: not signed in yet — sign in with Integrations ▸ Sign in….</source>
            <translation>%1 : pas encore connecté — connectez-vous (Intégrations ▸ Se connecter…).</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ConnectionDetail</name>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Réussies</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>En échec</translation>
        </message>
        <message>
            <source>Latency (95th percentile)</source>
            <translation>Latence (95ᵉ centile)</translation>
        </message>
        <message>
            <source>%d ms</source>
            <translation>%d ms</translation>
        </message>
        <message>
            <source>Select a connection to see its last 24 hours</source>
            <translation>Sélectionnez une connexion pour voir ses dernières 24 heures</translation>
        </message>
        <message>
            <source>%1 — last 24 hours</source>
            <translation>%1 — dernières 24 heures</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>%1 (%2 failed)</source>
            <translation>%1 (dont %2 en échec)</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Flux</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>running</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requêtes</translation>
        </message>
        <message>
            <source>Latency (median / 95 %)</source>
            <translation>Latence (médiane / 95 %)</translation>
        </message>
        <message>
            <source>Synchronisations</source>
            <translation>Synchronisations</translation>
        </message>
        <message>
            <source>Records received</source>
            <translation>Enregistrements reçus</translation>
        </message>
        <message>
            <source>Requests per hour</source>
            <translation>Requêtes par heure</translation>
        </message>
        <message>
            <source>Last synchronisations</source>
            <translation>Dernières synchronisations</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçus</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Requête</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Latency</source>
            <translation>Latence</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Essai</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>%1
Request id: %2</source>
            <translation>%1
Identifiant de requête : %2</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>sans réponse</translation>
        </message>
        <message>
            <source>Request log</source>
            <translation>Journal des requêtes</translation>
        </message>
        <message>
            <source>&amp;Failed requests only</source>
            <translation>Requêtes en é&amp;chec seulement</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Réception</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Webhook refused (%1)</source>
            <translation>Webhook refusé (%1)</translation>
        </message>
        <message>
            <source>Webhook received (%1)</source>
            <translation>Webhook reçu (%1)</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message numerus="yes">
            <source>Webhooks (%n refused)</source>
            <translation>
                <numerusform>Webhooks (%n refusé)</numerusform>
                <numerusform>Webhooks (%n refusés)</numerusform>
            </translation>
        </message>
        <message>
            <source>Webhooks</source>
            <translation>Webhooks</translation>
        </message>
        <message>
            <source>— (no synchronisation)</source>
            <translation>— (pas de synchronisation)</translation>
        </message>
        <message>
            <source>Events received</source>
            <translation>Événements reçus</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusés</translation>
        </message>
        <message>
            <source>Events per hour</source>
            <translation>Événements par heure</translation>
        </message>
        <message>
            <source>Not applicable (events pushed to Moulin)</source>
            <translation>Sans objet (événements envoyés à Moulin)</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Depuis le</translation>
        </message>
        <message numerus="yes">
            <source>Held back (%n)</source>
            <translation>
                <numerusform>En quarantaine (%n)</numerusform>
                <numerusform>En quarantaine (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Hour (local time)</source>
            <translation>Heure (locale)</translation>
        </message>
        <message>
            <source>%1h</source>
            <comment>an hour of the day</comment>
            <translation>%1 h</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ConnectionStatus</name>
        <message>
            <source>webhooks are off (Settings ▸ Live bookings)</source>
            <translation>webhooks désactivés (Paramètres ▸ Réservations en direct)</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ConnectionStatusModel</name>
        <message>
            <source>Not configured</source>
            <translation>Non configurée</translation>
        </message>
        <message>
            <source>Waiting for first sync</source>
            <translation>En attente de la première synchro</translation>
        </message>
        <message>
            <source>Synchronising…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Connectée</translation>
        </message>
        <message>
            <source>Errors, retrying</source>
            <translation>En erreur, nouvelle tentative</translation>
        </message>
        <message>
            <source>Unreachable</source>
            <translation>Injoignable</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Closed (normal)</source>
            <translation>Fermé (normal)</translation>
        </message>
        <message>
            <source>Open: calls suspended</source>
            <translation>Ouvert : appels suspendus</translation>
        </message>
        <message>
            <source>Half-open: testing</source>
            <translation>Semi-ouvert : test en cours</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Circuit breaker</source>
            <translation>Disjoncteur</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Dernière synchro</translation>
        </message>
        <message>
            <source>Last success</source>
            <translation>Dernier succès</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Dernière erreur</translation>
        </message>
        <message>
            <source>Not supported yet</source>
            <translation>Pas encore pris en charge</translation>
        </message>
        <message>
            <source>Receiving on %1</source>
            <translation>En réception sur %1</translation>
        </message>
        <message>
            <source>Not receiving</source>
            <translation>Pas en réception</translation>
        </message>
        <message>
            <source>Not receiving: %1</source>
            <translation>Pas en réception : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) today</source>
            <translation>
                <numerusform>%n événement aujourd'hui</numerusform>
                <numerusform>%n événements aujourd'hui</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2 refused</source>
            <translation>%1, %2 refusé(s)</translation>
        </message>
        <message>
            <source>— (receives)</source>
            <translation>— (reçoit)</translation>
        </message>
        <message>
            <source>Event received %1</source>
            <translation>Événement reçu le %1</translation>
        </message>
        <message>
            <source>No event received yet</source>
            <translation>Aucun événement reçu pour l'instant</translation>
        </message>
        <message>
            <source>This connection does not synchronise: the site pushes each booking to Moulin's webhook receiver as it is made.</source>
            <translation>Cette connexion ne se synchronise pas : le site envoie chaque réservation au récepteur de webhooks de Moulin dès qu'elle est faite.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ConnectorCatalog</name>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Menu items and prices</source>
            <translation>Articles et prix de la carte</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promotions</translation>
        </message>
        <message>
            <source>Catalogue and prices</source>
            <translation>Catalogue et prix</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Commandes</translation>
        </message>
        <message>
            <source>Deliveries</source>
            <translation>Livraisons</translation>
        </message>
        <message>
            <source>Reservations</source>
            <translation>Réservations</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Convives</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Brevo (Sendinblue)</source>
            <translation>Brevo (Sendinblue)</translation>
        </message>
        <message>
            <source>Lightspeed Restaurant (K-Series)</source>
            <translation>Lightspeed Restaurant (K-Series)</translation>
        </message>
        <message>
            <source>TheFork (LaFourchette)</source>
            <translation>TheFork (LaFourchette)</translation>
        </message>
        <message>
            <source>OpenTable</source>
            <translation>OpenTable</translation>
        </message>
        <message>
            <source>Resy</source>
            <translation>Resy</translation>
        </message>
        <message>
            <source>Own booking site (signed webhook)</source>
            <translation>Site de réservation du restaurant (webhook signé)</translation>
        </message>
        <message>
            <source>METRO France</source>
            <translation>METRO France</translation>
        </message>
        <message>
            <source>Transgourmet</source>
            <translation>Transgourmet</translation>
        </message>
        <message>
            <source>Pomona</source>
            <translation>Pomona</translation>
        </message>
        <message>
            <source>Local supplier (PEPPOL / UBL)</source>
            <translation>Fournisseur local (PEPPOL / UBL)</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Factures</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ConnectorConfig</name>
        <message>
            <source>%1: unknown key.</source>
            <translation>%1 : clé inconnue.</translation>
        </message>
        <message>
            <source>%1: required field is missing.</source>
            <translation>%1 : champ obligatoire manquant.</translation>
        </message>
        <message>
            <source>%1: must be %2.</source>
            <translation>%1 : doit être %2.</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>« %1 »</translation>
        </message>
        <message>
            <source>a string (between quotes)</source>
            <translation>une chaîne de caractères (entre guillemets)</translation>
        </message>
        <message>
            <source>an object { … }</source>
            <translation>un objet { … }</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true ou false</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un nombre entier</translation>
        </message>
        <message>
            <source>%1: must not be empty.</source>
            <translation>%1 : ne doit pas être vide.</translation>
        </message>
        <message>
            <source>%1: a file configures a single connector, but %2 is also given.</source>
            <translation>%1 : un fichier ne configure qu’un seul connecteur, or %2 est aussi indiqué.</translation>
        </message>
        <message>
            <source>%1: unknown connector type %2. Known types: %3.</source>
            <translation>%1 : type de connecteur %2 inconnu. Types connus : %3.</translation>
        </message>
        <message>
            <source>%1: %2 is not supported by %3. Use one of: %4.</source>
            <translation>%1 : %2 n’est pas pris en charge par %3. Valeurs possibles : %4.</translation>
        </message>
        <message>
            <source>%1: not used when auth_method is “none”; remove it.</source>
            <translation>%1 : inutilisé quand auth_method vaut « none » ; retirez-le.</translation>
        </message>
        <message>
            <source>%1: %2 is not a valid address; expected something like https://api.example.com/v1/.</source>
            <translation>%1 : %2 n’est pas une adresse valide ; attendu par exemple https://api.example.com/v1/.</translation>
        </message>
        <message>
            <source>%1: must start with https:// (plain http:// is only accepted for the local sandbox on 127.0.0.1, ::1 or localhost).</source>
            <translation>%1 : doit commencer par https:// (http:// n’est accepté que pour le bac à sable local sur 127.0.0.1, ::1 ou localhost).</translation>
        </message>
        <message>
            <source>%1: must not contain a user name or password; put credentials in client_id and client_secret.</source>
            <translation>%1 : ne doit contenir ni nom d’utilisateur ni mot de passe ; indiquez les identifiants dans client_id et client_secret.</translation>
        </message>
        <message>
            <source>%1: %2 has no feed named %3. Known feeds: %4.</source>
            <translation>%1 : %2 n’a pas de flux nommé %3. Flux connus : %4.</translation>
        </message>
        <message>
            <source>%1: must be between %2 and %3 minutes.</source>
            <translation>%1 : doit être compris entre %2 et %3 minutes.</translation>
        </message>
        <message>
            <source>%1: must be between %2 and %3.</source>
            <translation>%1 : doit être compris entre %2 et %3.</translation>
        </message>
        <message>
            <source>%1: %2 is not a valid e-mail address.</source>
            <translation>%1 : %2 n’est pas une adresse e-mail valide.</translation>
        </message>
        <message>
            <source>Line %1, column %2: %3. The file is not valid JSON.</source>
            <translation>Ligne %1, colonne %2 : %3. Le fichier n’est pas un JSON valide.</translation>
        </message>
        <message>
            <source>The file must contain one JSON object { … } describing a connector.</source>
            <translation>Le fichier doit contenir un objet JSON { … } décrivant un connecteur.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ConnectorRuntime</name>
        <message>
            <source>%1 does not use a browser sign-in: its key or secret is set in Settings.</source>
            <translation>%1 n’utilise pas de connexion par navigateur : sa clé ou son secret se règle dans les Paramètres.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CredentialStore</name>
        <message>
            <source>%1 (The keyring said: %2)</source>
            <translation>%1 (message du trousseau : %2)</translation>
        </message>
        <message>
            <source>No secret is stored for this connection yet. Enter it in File ▸ Settings or import a configuration file.</source>
            <translation>Aucun secret n’est encore enregistré pour cette connexion. Saisissez-le dans Fichier ▸ Paramètres ou importez un fichier de configuration.</translation>
        </message>
        <message>
            <source>No system keyring is available, so Moulin cannot keep passwords and saved nothing. Install and unlock a Secret Service keyring such as GNOME Keyring or KWallet, make sure it runs in your desktop session, then try again.</source>
            <translation>Aucun trousseau système n’est disponible : Moulin ne peut pas conserver de mots de passe et n’a rien enregistré. Installez et déverrouillez un trousseau Secret Service tel que GNOME Keyring ou KWallet, vérifiez qu’il fonctionne dans votre session de bureau, puis réessayez.</translation>
        </message>
        <message>
            <source>Access to the system keyring was refused. Unlock your keyring (GNOME Keyring or KWallet) and allow Moulin to use it, then try again.</source>
            <translation>L’accès au trousseau système a été refusé. Déverrouillez votre trousseau (GNOME Keyring ou KWallet) et autorisez Moulin à l’utiliser, puis réessayez.</translation>
        </message>
        <message>
            <source>The system keyring could not complete the operation. Make sure a keyring is unlocked (for example the “Login” keyring of GNOME Keyring, or KWallet) and try again.</source>
            <translation>Le trousseau système n’a pas pu terminer l’opération. Vérifiez qu’un trousseau est déverrouillé (par exemple le trousseau « Connexion » de GNOME Keyring, ou KWallet) et réessayez.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CreditRequestPdf</name>
        <message>
            <source>Credit-note request %1</source>
            <translation>Demande d'avoir n° %1</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>Impossible d'écrire %1.</translation>
        </message>
        <message>
            <source>SIRET %1</source>
            <translation>SIRET %1</translation>
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
            <source>Date: %1</source>
            <translation>Date : %1</translation>
        </message>
        <message>
            <source>Order: %1</source>
            <translation>Commande : %1</translation>
        </message>
        <message>
            <source>Despatch advice: %1</source>
            <translation>Avis d'expédition : %1</translation>
        </message>
        <message>
            <source>On receiving this order we found the following goods missing or damaged. Please send us a credit note for the amounts below.</source>
            <translation>À la réception de cette commande, les marchandises suivantes manquaient ou étaient abîmées. Merci de nous adresser un avoir pour les montants ci-dessous.</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Désignation</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qté</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Unit price excl. VAT</source>
            <translation>PU HT</translation>
        </message>
        <message>
            <source>Amount excl. VAT</source>
            <translation>Montant HT</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>TVA</translation>
        </message>
        <message>
            <source>Base excl. VAT at %1</source>
            <translation>Base HT à %1</translation>
        </message>
        <message>
            <source>VAT at %1</source>
            <translation>TVA à %1</translation>
        </message>
        <message>
            <source>Total excl. VAT</source>
            <translation>Total HT</translation>
        </message>
        <message>
            <source>Total VAT</source>
            <translation>Total TVA</translation>
        </message>
        <message>
            <source>Total incl. VAT to credit</source>
            <translation>Total TTC à créditer</translation>
        </message>
        <message>
            <source>Prepared with Moulin on %1</source>
            <translation>Établi avec Moulin le %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CrmAllergies</name>
        <message>
            <source>Type the allergy or the diet to add, e.g. peanuts or vegetarian.</source>
            <translation>Tapez l’allergie ou le régime à ajouter, p. ex. arachides ou végétarien.</translation>
        </message>
        <message>
            <source>The allergy is too long (%1 characters, %2 at most).</source>
            <translation>L’allergie est trop longue (%1 caractères, %2 au plus).</translation>
        </message>
        <message>
            <source>This guest's profile no longer exists.</source>
            <translation>La fiche de ce client n’existe plus.</translation>
        </message>
        <message>
            <source>This allergy is no longer on the profile.</source>
            <translation>Cette allergie n’est plus sur la fiche.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CrmSegments</name>
        <message>
            <source>Visits at least</source>
            <translation>Visites au moins</translation>
        </message>
        <message>
            <source>Visits at most</source>
            <translation>Visites au plus</translation>
        </message>
        <message>
            <source>Not back for (days)</source>
            <translation>Pas revenus depuis (jours)</translation>
        </message>
        <message>
            <source>Came in the last (days)</source>
            <translation>Venus ces derniers (jours)</translation>
        </message>
        <message>
            <source>Lifetime spend at least (€)</source>
            <translation>Dépense totale au moins (€)</translation>
        </message>
        <message>
            <source>Allergy or diet contains</source>
            <translation>Allergie ou régime contient</translation>
        </message>
        <message>
            <source>Booked via</source>
            <translation>A réservé via</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>Language (code)</source>
            <translation>Langue (code)</translation>
        </message>
        <message>
            <source>RFM class</source>
            <translation>Classe RFM</translation>
        </message>
        <message>
            <source>Birthday this month</source>
            <translation>Anniversaire ce mois-ci</translation>
        </message>
        <message>
            <source>Agreed to e-mails</source>
            <translation>Acceptent les e-mails</translation>
        </message>
        <message>
            <source>Agreed to text messages</source>
            <translation>Acceptent les SMS</translation>
        </message>
        <message>
            <source>the website</source>
            <translation>le site web</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>sans réservation</translation>
        </message>
        <message>
            <source>the till</source>
            <translation>la caisse</translation>
        </message>
        <message>
            <source>Champions</source>
            <translation>Champions</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveaux</translation>
        </message>
        <message>
            <source>Loyal</source>
            <translation>Fidèles</translation>
        </message>
        <message>
            <source>Promising</source>
            <translation>Prometteurs</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>À risque</translation>
        </message>
        <message>
            <source>Sleeping</source>
            <translation>Endormis</translation>
        </message>
        <message>
            <source>Need attention</source>
            <translation>À surveiller</translation>
        </message>
        <message>
            <source>No visit</source>
            <translation>Sans visite</translation>
        </message>
        <message>
            <source>Type a number of visits (0 or more).</source>
            <translation>Tapez un nombre de visites (0 ou plus).</translation>
        </message>
        <message>
            <source>Type a number of days (0 or more).</source>
            <translation>Tapez un nombre de jours (0 ou plus).</translation>
        </message>
        <message>
            <source>Type an amount in euros, e.g. 150 or 150,50.</source>
            <translation>Tapez un montant en euros, par exemple 150 ou 150,50.</translation>
        </message>
        <message>
            <source>Type a tag.</source>
            <translation>Tapez une étiquette.</translation>
        </message>
        <message>
            <source>Type an allergy or a diet, e.g. gluten.</source>
            <translation>Tapez une allergie ou un régime, par exemple gluten.</translation>
        </message>
        <message>
            <source>Choose a channel: TheFork, OpenTable, Resy, the website, phone, walk-in or the till.</source>
            <translation>Choisissez un canal : TheFork, OpenTable, Resy, le site web, téléphone, sans réservation ou la caisse.</translation>
        </message>
        <message>
            <source>Type a two-letter language code, e.g. en or fr.</source>
            <translation>Tapez le code de la langue en deux lettres, par exemple en ou fr.</translation>
        </message>
        <message>
            <source>Choose an RFM class.</source>
            <translation>Choisissez une classe RFM.</translation>
        </message>
        <message numerus="yes">
            <source>came ≥ %n time(s)</source>
            <translation>
                <numerusform>venus ≥ %n fois</numerusform>
                <numerusform>venus ≥ %n fois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>came ≤ %n time(s)</source>
            <translation>
                <numerusform>venus ≤ %n fois</numerusform>
                <numerusform>venus ≤ %n fois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>not back for %n day(s)</source>
            <translation>
                <numerusform>pas revenus depuis %n jour</numerusform>
                <numerusform>pas revenus depuis %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>came in the last %n day(s)</source>
            <translation>
                <numerusform>venus depuis moins de %n jour</numerusform>
                <numerusform>venus ces %n derniers jours</numerusform>
            </translation>
        </message>
        <message>
            <source>spent ≥ %1</source>
            <translation>dépensé ≥ %1</translation>
        </message>
        <message>
            <source>allergy: %1</source>
            <translation>allergie : %1</translation>
        </message>
        <message>
            <source>paid at the till</source>
            <translation>passés en caisse</translation>
        </message>
        <message>
            <source>came without booking</source>
            <translation>venus sans réserver</translation>
        </message>
        <message>
            <source>booked by phone</source>
            <translation>a réservé par téléphone</translation>
        </message>
        <message>
            <source>booked on the website</source>
            <translation>a réservé sur le site web</translation>
        </message>
        <message>
            <source>booked via %1</source>
            <translation>a réservé via %1</translation>
        </message>
        <message>
            <source>tag: %1</source>
            <translation>étiquette : %1</translation>
        </message>
        <message>
            <source>language: %1</source>
            <translation>langue : %1</translation>
        </message>
        <message>
            <source>RFM class: %1</source>
            <translation>classe RFM : %1</translation>
        </message>
        <message>
            <source>birthday this month</source>
            <translation>anniversaire ce mois-ci</translation>
        </message>
        <message>
            <source>agreed to e-mails</source>
            <translation>acceptent les e-mails</translation>
        </message>
        <message>
            <source>agreed to text messages</source>
            <translation>acceptent les SMS</translation>
        </message>
        <message>
            <source>every guest</source>
            <translation>tous les clients</translation>
        </message>
        <message>
            <source> ; or </source>
            <translation> ; ou </translation>
        </message>
        <message>
            <source>This segment no longer exists.</source>
            <translation>Ce segment n’existe plus.</translation>
        </message>
        <message>
            <source>Give the segment a name.</source>
            <translation>Donnez un nom au segment.</translation>
        </message>
        <message>
            <source>A segment named « %1 » already exists.</source>
            <translation>Un segment nommé « %1 » existe déjà.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visites</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Dernière visite</translation>
        </message>
        <message>
            <source>Lifetime spend (€)</source>
            <translation>Dépense totale (€)</translation>
        </message>
        <message>
            <source>The segment could not be read: %1</source>
            <translation>Le segment n’a pas pu être lu : %1</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CrmStore</name>
        <message>
            <source>These two profiles cannot be merged (one of them is already merged).</source>
            <translation>Ces deux fiches ne peuvent pas être fusionnées (l'une d'elles l'est déjà).</translation>
        </message>
        <message>
            <source>This pair was already settled.</source>
            <translation>Ce cas a déjà été tranché.</translation>
        </message>
        <message>
            <source>This merge does not exist.</source>
            <translation>Cette fusion n'existe pas.</translation>
        </message>
        <message>
            <source>This merge was already undone.</source>
            <translation>Cette fusion a déjà été annulée.</translation>
        </message>
        <message>
            <source>This merge cannot be undone any more: the profile was merged again since.</source>
            <translation>Cette fusion ne peut plus être annulée : la fiche a été fusionnée de nouveau depuis.</translation>
        </message>
        <message>
            <source>Unknown reward state "%1".</source>
            <translation>État de récompense inconnu « %1 ».</translation>
        </message>
        <message>
            <source>The birthday "%1" is not a day of the year (MM-DD).</source>
            <translation>L'anniversaire « %1 » n'est pas un jour de l'année (MM-JJ).</translation>
        </message>
        <message>
            <source>A loyalty rule needs a threshold above zero.</source>
            <translation>Une règle de fidélité a besoin d'un seuil supérieur à zéro.</translation>
        </message>
        <message>
            <source>A remote deletion needs a provider and an e-mail or a phone number.</source>
            <translation>Une suppression à distance demande un fournisseur et une adresse e-mail ou un numéro de téléphone.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CsvExport</name>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Exporter en CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CustomersArea</name>
        <message>
            <source>&amp;Customers</source>
            <translation>&amp;Clients</translation>
        </message>
        <message>
            <source>Guest profiles, loyalty and segments</source>
            <translation>Profils clients, fidélité et segments</translation>
        </message>
        <message>
            <source>Brevo is not connected.</source>
            <translation>Brevo n'est pas connecté.</translation>
        </message>
        <message numerus="yes">
            <source>Brevo list « %1 »: %n guest(s) added</source>
            <translation>
                <numerusform>Liste Brevo « %1 » : %n client ajouté</numerusform>
                <numerusform>Liste Brevo « %1 » : %n clients ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n removed.</source>
            <translation>
                <numerusform>, %n retiré.</numerusform>
                <numerusform>, %n retirés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n guest(s) not at Brevo yet: send the list again after the next sync.</source>
            <translation>
                <numerusform>%n client pas encore chez Brevo : renvoyez la liste après la prochaine synchronisation.</numerusform>
                <numerusform>%n clients pas encore chez Brevo : renvoyez la liste après la prochaine synchronisation.</numerusform>
            </translation>
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
        <message>
            <source>website</source>
            <translation>site</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>sans réservation</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n visite</numerusform>
                <numerusform>%n visites</numerusform>
            </translation>
        </message>
        <message>
            <source>invalid phone: %1</source>
            <translation>téléphone invalide : %1</translation>
        </message>
        <message>
            <source>invalid e-mail: %1</source>
            <translation>e-mail invalide : %1</translation>
        </message>
        <message>
            <source>Allergies and diet:</source>
            <translation>Allergies et régime :</translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s), last on %1</source>
            <translation>
                <numerusform>%n visite, la dernière le %1</numerusform>
                <numerusform>%n visites, la dernière le %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Lifetime value %1 · average spend %2</source>
            <translation>Valeur client %1 · ticket moyen %2</translation>
        </message>
        <message>
            <source>No-shows: %1 · late cancellations: %2</source>
            <translation>Absences : %1 · annulations tardives : %2</translation>
        </message>
        <message>
            <source>%1: not known</source>
            <translation>%1 : inconnu</translation>
        </message>
        <message>
            <source>%1: %2 (%3, %4)</source>
            <translation>%1 : %2 (%3, %4)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>E-mail consent</source>
            <translation>Consentement e-mail</translation>
        </message>
        <message>
            <source>SMS consent</source>
            <translation>Consentement SMS</translation>
        </message>
        <message>
            <source>Favourite dishes</source>
            <translation>Plats préférés</translation>
        </message>
        <message>
            <source>Rewards</source>
            <translation>Récompenses</translation>
        </message>
        <message>
            <source>None yet.</source>
            <translation>Aucune pour l'instant.</translation>
        </message>
        <message>
            <source>%1th visit</source>
            <translation>%1e visite</translation>
        </message>
        <message>
            <source>%1 spent</source>
            <translation>%1 dépensés</translation>
        </message>
        <message>
            <source>birthday %1</source>
            <translation>anniversaire %1</translation>
        </message>
        <message>
            <source>used</source>
            <translation>utilisée</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expirée</translation>
        </message>
        <message>
            <source>granted</source>
            <translation>accordée</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visites</translation>
        </message>
        <message>
            <source>came</source>
            <translation>venu</translation>
        </message>
        <message>
            <source>no-show</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>late cancellation</source>
            <translation>annulation tardive</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>réservé</translation>
        </message>
        <message>
            <source>lunch</source>
            <translation>midi</translation>
        </message>
        <message>
            <source>dinner</source>
            <translation>soir</translation>
        </message>
        <message numerus="yes">
            <source>%n guest(s)</source>
            <translation>
                <numerusform>%n couvert</numerusform>
                <numerusform>%n couverts</numerusform>
            </translation>
        </message>
        <message>
            <source>table %1</source>
            <translation>table %1</translation>
        </message>
        <message>
            <source>Same phone, another name</source>
            <translation>Même téléphone, autre nom</translation>
        </message>
        <message>
            <source>Same e-mail, similar name</source>
            <translation>Même e-mail, nom proche</translation>
        </message>
        <message>
            <source>%1 ← %2</source>
            <translation>%1 ← %2</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatique</translation>
        </message>
        <message>
            <source>by the manager</source>
            <translation>par le responsable</translation>
        </message>
        <message>
            <source>undone</source>
            <translation>annulée</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>À vérifier</translation>
        </message>
        <message>
            <source>To review (%1)</source>
            <translation>À vérifier (%1)</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Search by name, phone or e-mail</source>
            <translation>Rechercher par nom, téléphone ou e-mail</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Other guest</source>
            <translation>Autre client</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Keep apart</source>
            <translation>Garder séparés</translation>
        </message>
        <message>
            <source>Undo a merge</source>
            <translation>Annuler une fusion</translation>
        </message>
        <message>
            <source>RFM class: %1 (recency %2, frequency %3, spend %4 out of 5)</source>
            <translation>Classe RFM : %1 (récence %2, fréquence %3, dépense %4 sur 5)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Synchronisation conflicts</source>
            <translation>Conflits de synchronisation</translation>
        </message>
        <message>
            <source>%1: %2 (%3, %4) kept over %5 (%6, %7)</source>
            <translation>%1 : %2 (%3, %4) conservé au lieu de %5 (%6, %7)</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Langue : %1</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segments</translation>
        </message>
        <message>
            <source>Loyalty</source>
            <translation>Fidélité</translation>
        </message>
        <message>
            <source>Profile not saved</source>
            <translation>Fiche non enregistrée</translation>
        </message>
        <message>
            <source>The changes to this guest's profile are not saved.</source>
            <translation>Les modifications de la fiche de ce client ne sont pas enregistrées.</translation>
        </message>
        <message>
            <source>The changes to %1's profile are not saved.</source>
            <translation>Les modifications de la fiche de %1 ne sont pas enregistrées.</translation>
        </message>
        <message>
            <source>Save them now, or leave them and keep the profile as it was saved?</source>
            <translation>Les enregistrer maintenant, ou les abandonner et garder la fiche telle qu’elle était enregistrée ?</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Don't Save</source>
            <translation>&amp;Ne pas enregistrer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s) with a till receipt out of %1</source>
            <translation>
                <numerusform>%n visite avec un ticket de caisse sur %1</numerusform>
                <numerusform>%n visites avec un ticket de caisse sur %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Lifetime value not known: no till receipt linked to their visits</source>
            <translation>Valeur client inconnue : aucun ticket de caisse rattaché à ses visites</translation>
        </message>
        <message>
            <source>%1 merged into %2</source>
            <translation>%1 fusionné dans %2</translation>
        </message>
        <message>
            <source>Nothing to review. Two profiles that may be one guest (the same phone under another name, the same e-mail with a similar name) are listed here to merge or keep apart.</source>
            <translation>Rien à vérifier. Deux fiches qui pourraient être le même client (le même téléphone sous un autre nom, le même e-mail avec un nom proche) sont listées ici pour les fusionner ou les garder séparées.</translation>
        </message>
        <message>
            <source>No merge yet. The profiles merged, automatically or by you, are listed here and can be undone.</source>
            <translation>Aucune fusion pour l’instant. Les fiches fusionnées, automatiquement ou par vous, sont listées ici et peuvent être défaites.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::DailyChart</name>
        <message>
            <source>Turnover incl. VAT: %1</source>
            <translation>CA TTC : %1</translation>
        </message>
        <message>
            <source>Last year (%1): %2</source>
            <translation>N-1 (%1) : %2</translation>
        </message>
        <message>
            <source>Click to see the receipts</source>
            <translation>Cliquez pour voir les tickets</translation>
        </message>
        <message>
            <source>Turnover incl. VAT</source>
            <translation>CA TTC</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>N-1</translation>
        </message>
        <message>
            <source>Daily turnover with last year's curve. Use the left and right arrows to pick a day and Enter to see its receipts.</source>
            <translation>Chiffre d’affaires par jour avec la courbe de l’an dernier. Flèches gauche et droite pour choisir un jour, Entrée pour voir ses tickets.</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>Semaine du %1</translation>
        </message>
        <message>
            <source>Turnover incl. VAT until %1: %2</source>
            <translation>CA TTC jusqu’à %1 : %2</translation>
        </message>
        <message>
            <source>Last year until %1: %2</source>
            <translation>N-1 jusqu’à %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Database</name>
        <message>
            <source>the file is too short to be an SQLite database</source>
            <translation>le fichier est trop court pour être une base SQLite</translation>
        </message>
        <message>
            <source>the file is not an SQLite database</source>
            <translation>le fichier n’est pas une base SQLite</translation>
        </message>
        <message>
            <source>the file header is damaged</source>
            <translation>l’en-tête du fichier est endommagé</translation>
        </message>
        <message>
            <source>the file is shorter than its header says (truncated)</source>
            <translation>le fichier est plus court que ne l’indique son en-tête (tronqué)</translation>
        </message>
        <message>
            <source>The database %1 is damaged or is not a Moulin database (%2). Moulin left it untouched. Restore it from a backup, or move it elsewhere so that Moulin can create a new one.</source>
            <translation>La base de données %1 est endommagée ou n’est pas une base Moulin (%2). Moulin ne l’a pas modifiée. Restaurez-la depuis une sauvegarde, ou déplacez-la ailleurs pour que Moulin en crée une nouvelle.</translation>
        </message>
        <message>
            <source>The database %1 was created by a newer version of Moulin (schema version %2; this version knows up to %3). Moulin left it untouched. Install the latest version of Moulin, or start with another data folder (--data-dir).</source>
            <translation>La base de données %1 a été créée par une version plus récente de Moulin (schéma version %2 ; cette version connaît jusqu’à la version %3). Moulin ne l’a pas modifiée. Installez la dernière version de Moulin, ou démarrez avec un autre dossier de données (--data-dir).</translation>
        </message>
        <message>
            <source>Moulin cannot open the database %1 for writing (%2). Check that its folder exists and that you may write to it, or start with another data folder (--data-dir).</source>
            <translation>Moulin ne peut pas ouvrir la base de données %1 en écriture (%2). Vérifiez que son dossier existe et que vous avez le droit d’y écrire, ou démarrez avec un autre dossier de données (--data-dir).</translation>
        </message>
        <message>
            <source>Moulin could not update the database %1 (%2). Nothing was changed: the database is still at version %3. Please report this problem.</source>
            <translation>Moulin n’a pas pu mettre à jour la base de données %1 (%2). Rien n’a été modifié : la base est toujours en version %3. Merci de signaler ce problème.</translation>
        </message>
        <message>
            <source>the built-in migrations are inconsistent: %1</source>
            <translation>les migrations intégrées sont incohérentes : %1</translation>
        </message>
        <message>
            <source>no migration leads to schema version %1</source>
            <translation>aucune migration ne mène à la version de schéma %1</translation>
        </message>
        <message>
            <source>the Qt SQLite driver is not installed</source>
            <translation>le pilote SQLite de Qt n’est pas installé</translation>
        </message>
        <message>
            <source>it is not a regular file</source>
            <translation>ce n’est pas un fichier ordinaire</translation>
        </message>
        <message>
            <source>the file is read-only</source>
            <translation>le fichier est en lecture seule</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>impossible de créer le dossier %1</translation>
        </message>
        <message>
            <source>the folder %1 is read-only</source>
            <translation>le dossier %1 est en lecture seule</translation>
        </message>
        <message>
            <source>migration %1 failed: %2</source>
            <translation>la migration %1 a échoué : %2</translation>
        </message>
        <message>
            <source>the migrations leave a broken foreign key in table %1</source>
            <translation>les migrations laissent une clé étrangère rompue dans la table %1</translation>
        </message>
        <message>
            <source>the file does not exist</source>
            <translation>le fichier n’existe pas</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>le fichier est vide</translation>
        </message>
    </context>
    <context>
        <name>Moulin::DeliveriesPage</name>
        <message>
            <source>&amp;Deliveries</source>
            <translation>&amp;Livraisons</translation>
        </message>
        <message>
            <source>&amp;Deliveries (%1)</source>
            <translation>&amp;Livraisons (%1)</translation>
        </message>
        <message>
            <source>Previous month or week (Page Up)</source>
            <translation>Mois ou semaine précédents (Page préc.)</translation>
        </message>
        <message>
            <source>Next month or week (Page Down)</source>
            <translation>Mois ou semaine suivants (Page suiv.)</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Aujourd'hui</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Month view (Ctrl+M)</source>
            <translation>Vue du mois (Ctrl+M)</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <source>Week view (Ctrl+W)</source>
            <translation>Vue de la semaine (Ctrl+W)</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Fournisseur</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Livraison</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Demandée</translation>
        </message>
        <message>
            <source>Announced</source>
            <translation>Annoncée</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçue</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Amount excl. VAT</source>
            <translation>Montant HT</translation>
        </message>
        <message>
            <source>&amp;Receive…</source>
            <translation>&amp;Réceptionner…</translation>
        </message>
        <message>
            <source>Tick what arrived against the order (Enter, Ctrl+R)</source>
            <translation>Pointer ce qui est arrivé par rapport à la commande (Entrée, Ctrl+R)</translation>
        </message>
        <message>
            <source>Credit-note request (&amp;PDF)…</source>
            <translation>Demande d'avoir (&amp;PDF)…</translation>
        </message>
        <message>
            <source>Credit-note request (&amp;CSV)…</source>
            <translation>Demande d'avoir (&amp;CSV)…</translation>
        </message>
        <message numerus="yes">
            <source>%n late delivery(ies): %1</source>
            <translation>
                <numerusform>%n livraison en retard : %1</numerusform>
                <numerusform>%n livraisons en retard : %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deliveries are late.</source>
            <translation>
                <numerusform>%n livraison est en retard.</numerusform>
                <numerusform>%n livraisons sont en retard.</numerusform>
            </translation>
        </message>
        <message>
            <source>Late delivery</source>
            <translation>Livraison en retard</translation>
        </message>
        <message>
            <source>Week %1 — %2 to %3</source>
            <translation>Semaine %1 — du %2 au %3</translation>
        </message>
        <message>
            <source>%1: no delivery expected</source>
            <translation>%1 : aucune livraison attendue</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n delivery(ies)</source>
            <translation>
                <numerusform>%1 : %n livraison</numerusform>
                <numerusform>%1 : %n livraisons</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (late)</source>
            <translation>%1 (en retard)</translation>
        </message>
        <message>
            <source>Receipt stored: order %1 is delivered.</source>
            <translation>Réception enregistrée : la commande %1 est livrée.</translation>
        </message>
        <message>
            <source>Receipt stored: order %1 is partially delivered.</source>
            <translation>Réception enregistrée : la commande %1 est partiellement livrée.</translation>
        </message>
        <message>
            <source>Credit-note request %1 ready: %2 incl. VAT — save it as PDF or CSV below.</source>
            <translation>Demande d'avoir %1 prête : %2 TTC — enregistrez-la en PDF ou en CSV ci-dessous.</translation>
        </message>
        <message>
            <source>Save the credit-note request (PDF)</source>
            <translation>Enregistrer la demande d'avoir (PDF)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Credit-note request saved: %1</source>
            <translation>Demande d'avoir enregistrée : %1</translation>
        </message>
        <message>
            <source>Export the credit-note request (CSV)</source>
            <translation>Exporter la demande d'avoir (CSV)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <source>Credit-note request exported: %1</source>
            <translation>Demande d'avoir exportée : %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::DeliveryCalendar</name>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>+%1 more</source>
            <translation>+%1 autres</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::DeliverySchedule</name>
        <message>
            <source>Upcoming</source>
            <translation>À venir</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>Partielle</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçue</translation>
        </message>
        <message>
            <source>%1: order %2 expected on %3 has not arrived</source>
            <translation>%1 : la commande %2 attendue le %3 n'est pas arrivée</translation>
        </message>
        <message>
            <source>%1: order %2 requested for %3 is announced for %4</source>
            <translation>%1 : la commande %2 demandée pour le %3 est annoncée pour le %4</translation>
        </message>
        <message>
            <source>%1: order %2, %3</source>
            <translation>%1 : commande %2, %3</translation>
        </message>
    </context>
    <context>
        <name>Moulin::DuplicatesDialog</name>
        <message>
            <source>%1 at %2 · %3</source>
            <translation>%1 à %2 · %3</translation>
        </message>
        <message>
            <source>Probable duplicates</source>
            <translation>Doublons probables</translation>
        </message>
        <message>
            <source>These bookings come from different channels but look like the same guest at the same service. Keep one, or say they are two different bookings.</source>
            <translation>Ces réservations viennent de canaux différents mais semblent être celles du même client au même service. Gardez-en une, ou indiquez qu’il s’agit de deux réservations distinctes.</translation>
        </message>
        <message numerus="yes">
            <source>%n probable duplicate(s)</source>
            <translation>
                <numerusform>%n doublon probable</numerusform>
                <numerusform>%n doublons probables</numerusform>
            </translation>
        </message>
        <message>
            <source>Same phone number, same service</source>
            <translation>Même numéro de téléphone, même service</translation>
        </message>
        <message>
            <source>Same name, same service</source>
            <translation>Même nom, même service</translation>
        </message>
        <message>
            <source>Same booking — cancel the one from %1</source>
            <translation>Même réservation — annuler celle de %1</translation>
        </message>
        <message>
            <source>Two different bookings</source>
            <translation>Deux réservations distinctes</translation>
        </message>
    </context>
    <context>
        <name>Moulin::EmailOrdering</name>
        <message>
            <source>The stored e-mail is unreadable; it cannot be sent.</source>
            <translation>L’e-mail enregistré est illisible ; il ne peut pas être envoyé.</translation>
        </message>
        <message>
            <source>Sending orders by e-mail is not set up (Settings ▸ E-mail orders): %1</source>
            <translation>L’envoi des commandes par e-mail n’est pas configuré (Paramètres ▸ Envoi des commandes par e-mail) : %1</translation>
        </message>
        <message>
            <source>The mail server's password could not be read from the system keychain yet.</source>
            <translation>Le mot de passe du serveur de messagerie n’a pas encore pu être lu dans le trousseau du système.</translation>
        </message>
        <message>
            <source>The supplier has no order e-mail address: set suppliers/%1/order_email.</source>
            <translation>Le fournisseur n’a pas d’adresse e-mail de commande : renseignez suppliers/%1/order_email.</translation>
        </message>
        <message>
            <source>Sending orders by e-mail is not set up: fill in Settings ▸ E-mail orders first.</source>
            <translation>L’envoi des commandes par e-mail n’est pas configuré : remplissez d’abord Paramètres ▸ Envoi des commandes par e-mail.</translation>
        </message>
        <message>
            <source>The order breaks the PEPPOL rules and was not sent.</source>
            <translation>La commande enfreint les règles PEPPOL et n’a pas été envoyée.</translation>
        </message>
        <message>
            <source>The order could not be stored: %1</source>
            <translation>La commande n’a pas pu être enregistrée : %1</translation>
        </message>
        <message>
            <source>The order was stored, but not its e-mail.</source>
            <translation>La commande a été enregistrée, mais pas son e-mail.</translation>
        </message>
        <message>
            <source>There is no order %1 of %2 sent by e-mail.</source>
            <translation>Il n’y a pas de commande %1 de %2 envoyée par e-mail.</translation>
        </message>
        <message>
            <source>Order %1 was not refused: it is %2.</source>
            <translation>La commande %1 n’a pas été refusée : elle est à l’état %2.</translation>
        </message>
        <message>
            <source>not queued</source>
            <translation>hors file d’envoi</translation>
        </message>
        <message>
            <source>"%1" is not an e-mail address.</source>
            <translation>« %1 » n’est pas une adresse e-mail.</translation>
        </message>
        <message>
            <source>The stored order cannot be read: %1</source>
            <translation>La commande enregistrée est illisible : %1</translation>
        </message>
        <message>
            <source>The order could not be queued again: %1</source>
            <translation>La commande n’a pas pu être remise en file d’envoi : %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::EmailOrdersPage</name>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Tester</translation>
        </message>
        <message>
            <source>STARTTLS (port 587)</source>
            <translation>STARTTLS (port 587)</translation>
        </message>
        <message>
            <source>TLS (port 465)</source>
            <translation>TLS (port 465)</translation>
        </message>
        <message>
            <source>kept in the system keychain; empty: unchanged</source>
            <translation>gardé dans le trousseau du système ; vide : inchangé</translation>
        </message>
        <message>
            <source>optional: a CA certificate file for a server with its own</source>
            <translation>facultatif : le certificat d’autorité d’un serveur qui a le sien</translation>
        </message>
        <message>
            <source>Mail server (SMTP):</source>
            <translation>Serveur de messagerie (SMTP) :</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port :</translation>
        </message>
        <message>
            <source>Security:</source>
            <translation>Sécurité :</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Utilisateur :</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Mot de passe :</translation>
        </message>
        <message>
            <source>Sender address:</source>
            <translation>Adresse d’expédition :</translation>
        </message>
        <message>
            <source>Sender name:</source>
            <translation>Nom de l’expéditeur :</translation>
        </message>
        <message>
            <source>CA certificate:</source>
            <translation>Certificat d’autorité :</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connexion à %1…</translation>
        </message>
        <message>
            <source>Connected to %1 with TLS and logged in: orders can be sent.</source>
            <translation>Connecté à %1 en TLS et identifié : les commandes peuvent partir.</translation>
        </message>
        <message>
            <source>Orders to a supplier without an online ordering interface (set to "By e-mail" below) leave by e-mail from this account, with the order as a PDF and as UBL XML.</source>
            <translation>Les commandes à un fournisseur sans interface de commande en ligne (réglé sur « Par e-mail » ci-dessous) partent par e-mail depuis ce compte, avec la commande en PDF et en XML UBL.</translation>
        </message>
        <message>
            <source>How each supplier receives the orders</source>
            <translation>Comment chaque fournisseur reçoit les commandes</translation>
        </message>
        <message>
            <source>Through its ordering interface</source>
            <translation>Par son interface de commande</translation>
        </message>
        <message>
            <source>By e-mail</source>
            <translation>Par e-mail</translation>
        </message>
        <message>
            <source>The supplier's address for orders: each order leaves to it with its PDF and its UBL XML</source>
            <translation>L'adresse de commande du fournisseur : chaque commande y part avec son PDF et son XML UBL</translation>
        </message>
        <message>
            <source>%1 receives the orders by e-mail: enter its order address.</source>
            <translation>%1 reçoit les commandes par e-mail : saisissez son adresse de commande.</translation>
        </message>
        <message>
            <source>The order address of %1, "%2", is not an e-mail address.</source>
            <translation>L'adresse de commande de %1, « %2 », n'est pas une adresse e-mail.</translation>
        </message>
        <message>
            <source>Orders leave by e-mail: fill in the mail server and the sender address first.</source>
            <translation>Des commandes partent par e-mail : renseignez d'abord le serveur de messagerie et l'adresse d'expédition.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::FecExport</name>
        <message>
            <source>The FEC mapping is not a JSON object: %1</source>
            <translation>Le paramétrage du FEC n’est pas un objet JSON : %1</translation>
        </message>
        <message>
            <source>%1: "account" must be an account number (3 to 20 letters or digits).</source>
            <translation>%1 : « account » doit être un numéro de compte (3 à 20 lettres ou chiffres).</translation>
        </message>
        <message>
            <source>Unknown key "%1" in the FEC mapping.</source>
            <translation>Clé « %1 » inconnue dans le paramétrage du FEC.</translation>
        </message>
        <message>
            <source>journalCode and journalLabel must not be empty.</source>
            <translation>journalCode et journalLabel ne doivent pas être vides.</translation>
        </message>
        <message>
            <source>%1: "%2" is not a VAT rate such as "10.00".</source>
            <translation>%1 : « %2 » n’est pas un taux de TVA comme « 10.00 ».</translation>
        </message>
        <message>
            <source>The file starts with a UTF-8 byte order mark; a FEC is ISO 8859-15.</source>
            <translation>Le fichier commence par une marque d’ordre UTF-8 ; un FEC est en ISO 8859-15.</translation>
        </message>
        <message>
            <source>The file is encoded in UTF-8; a FEC must be ISO 8859-15.</source>
            <translation>Le fichier est encodé en UTF-8 ; un FEC doit être en ISO 8859-15.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <source>The first line must name the 18 columns JournalCode … Idevise, separated by tabs.</source>
            <translation>La première ligne doit nommer les 18 colonnes JournalCode … Idevise, séparées par des tabulations.</translation>
        </message>
        <message>
            <source>Entry %1 is not balanced: debit %2, credit %3.</source>
            <translation>L’écriture %1 n’est pas équilibrée : débit %2, crédit %3.</translation>
        </message>
        <message>
            <source>%1 columns instead of 18.</source>
            <translation>%1 colonnes au lieu de 18.</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 est vide.</translation>
        </message>
        <message>
            <source>%1 is not a date AAAAMMJJ ("%2").</source>
            <translation>%1 n’est pas une date AAAAMMJJ (« %2 »).</translation>
        </message>
        <message>
            <source>DateLet is not a date AAAAMMJJ ("%1").</source>
            <translation>DateLet n’est pas une date AAAAMMJJ (« %1 »).</translation>
        </message>
        <message>
            <source>CompteNum "%1" is not an account number.</source>
            <translation>CompteNum « %1 » n’est pas un numéro de compte.</translation>
        </message>
        <message>
            <source>%1 "%2" is not an amount with a decimal comma and no thousands separator.</source>
            <translation>%1 « %2 » n’est pas un montant avec une virgule décimale et sans séparateur de milliers.</translation>
        </message>
        <message>
            <source>Both Debit and Credit are set.</source>
            <translation>Debit et Credit sont tous deux renseignés.</translation>
        </message>
        <message>
            <source>Montantdevise and Idevise go together.</source>
            <translation>Montantdevise et Idevise vont ensemble.</translation>
        </message>
        <message>
            <source>The lines of entry %1 are not together.</source>
            <translation>Les lignes de l’écriture %1 ne se suivent pas.</translation>
        </message>
        <message>
            <source>EcritureNum "%1" has no sequence number.</source>
            <translation>EcritureNum « %1 » n’a pas de numéro d’ordre.</translation>
        </message>
        <message>
            <source>EcritureNum %1 follows %2: the numbering must be continuous.</source>
            <translation>EcritureNum %1 suit %2 : la numérotation doit être continue.</translation>
        </message>
        <message>
            <source>Entry %1 is dated before the previous one: entries must be in chronological order.</source>
            <translation>L’écriture %1 est datée avant la précédente : les écritures doivent être dans l’ordre chronologique.</translation>
        </message>
        <message>
            <source>The lines of entry %1 have different dates.</source>
            <translation>Les lignes de l’écriture %1 ont des dates différentes.</translation>
        </message>
        <message>
            <source>The file is not balanced: total debit %1, total credit %2.</source>
            <translation>Le fichier n’est pas équilibré : total débit %1, total crédit %2.</translation>
        </message>
        <message>
            <source>The file name must be &lt;SIREN&gt;FEC&lt;AAAAMMJJ&gt;.txt.</source>
            <translation>Le nom du fichier doit être &lt;SIREN&gt;FEC&lt;AAAAMMJJ&gt;.txt.</translation>
        </message>
        <message>
            <source>%1 is not a valid SIREN.</source>
            <translation>%1 n’est pas un SIREN valide.</translation>
        </message>
        <message>
            <source>%1 is not a date AAAAMMJJ.</source>
            <translation>%1 n’est pas une date AAAAMMJJ.</translation>
        </message>
        <message>
            <source>There is nothing to export for this period.</source>
            <translation>Il n’y a rien à exporter pour cette période.</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>%1 n’a pas pu être écrit : %2</translation>
        </message>
        <message>
            <source>Map it in Settings ▸ Accounting.</source>
            <translation>Paramétrez-le dans Paramètres ▸ Comptabilité.</translation>
        </message>
        <message>
            <source>The payment method « %1 » (code %2) of the till has no account. %3</source>
            <translation>Le mode de règlement « %1 » (code %2) de la caisse n'a pas de compte. %3</translation>
        </message>
        <message>
            <source>Sales of %1 carry a VAT rate of %2, which is not a French rate (20 %, 10 %, 5,5 %, 2,1 %): check the rate on the till, then synchronise again.</source>
            <translation>Les ventes du %1 portent un taux de TVA de %2, qui n'est pas un taux français (20 %, 10 %, 5,5 %, 2,1 %) : vérifiez le taux sur la caisse, puis synchronisez à nouveau.</translation>
        </message>
        <message>
            <source>The VAT rate %1 has no sales or VAT account. %2</source>
            <translation>Le taux de TVA %1 n'a pas de compte de ventes ou de TVA. %2</translation>
        </message>
        <message>
            <source>On %1 the payments and the sales differ by %2 €: worth a look at the till's Z report.</source>
            <translation>Le %1, les règlements et les ventes diffèrent de %2 € : à vérifier sur le Z de caisse.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::FloorDocument</name>
        <message>
            <source>Move %1</source>
            <translation>Déplacer %1</translation>
        </message>
        <message numerus="yes">
            <source>Move %n table(s)</source>
            <translation>
                <numerusform>Déplacer %n table</numerusform>
                <numerusform>Déplacer %n tables</numerusform>
            </translation>
        </message>
        <message>
            <source>Main layout</source>
            <translation>Plan principal</translation>
        </message>
        <message>
            <source>Add room “%1”</source>
            <translation>Ajouter la salle « %1 »</translation>
        </message>
        <message>
            <source>Rename room “%1”</source>
            <translation>Renommer la salle « %1 »</translation>
        </message>
        <message>
            <source>Room “%1”: %2</source>
            <translation>Salle « %1 » : %2</translation>
        </message>
        <message>
            <source>Resize room “%1”</source>
            <translation>Redimensionner la salle « %1 »</translation>
        </message>
        <message>
            <source>Move room “%1”</source>
            <translation>Déplacer la salle « %1 »</translation>
        </message>
        <message>
            <source>A layout keeps at least one room.</source>
            <translation>Un plan garde au moins une salle.</translation>
        </message>
        <message numerus="yes">
            <source>“%1” still has %n table(s): move or remove them first.</source>
            <translation>
                <numerusform>« %1 » a encore %n table : déplacez-la ou supprimez-la d’abord.</numerusform>
                <numerusform>« %1 » a encore %n tables : déplacez-les ou supprimez-les d’abord.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove room “%1”</source>
            <translation>Supprimer la salle « %1 »</translation>
        </message>
        <message>
            <source>Add table %1</source>
            <translation>Ajouter la table %1</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>Supprimer %1</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n table(s)</source>
            <translation>
                <numerusform>Supprimer %n table</numerusform>
                <numerusform>Supprimer %n tables</numerusform>
            </translation>
        </message>
        <message>
            <source>Rotate %1</source>
            <translation>Pivoter %1</translation>
        </message>
        <message numerus="yes">
            <source>Rotate %n table(s)</source>
            <translation>
                <numerusform>Pivoter %n table</numerusform>
                <numerusform>Pivoter %n tables</numerusform>
            </translation>
        </message>
        <message>
            <source>Resize %1</source>
            <translation>Redimensionner %1</translation>
        </message>
        <message>
            <source>A table needs a label.</source>
            <translation>Une table doit avoir un nom.</translation>
        </message>
        <message>
            <source>Another table is already labelled %1.</source>
            <translation>Une autre table s’appelle déjà %1.</translation>
        </message>
        <message>
            <source>A table seats at least one guest.</source>
            <translation>Une table compte au moins une place.</translation>
        </message>
        <message>
            <source>The minimum party (%1) must be between 1 and the seats (%2).</source>
            <translation>Le groupe minimum (%1) doit être compris entre 1 et le nombre de places (%2).</translation>
        </message>
        <message>
            <source>That room is not in this layout.</source>
            <translation>Cette salle n’est pas dans ce plan.</translation>
        </message>
        <message>
            <source>%1 is part of a join: remove its joins before moving it to another room.</source>
            <translation>%1 fait partie d’une jonction : retirez ses jonctions avant de la changer de salle.</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Modifier %1</translation>
        </message>
        <message>
            <source>Block %1</source>
            <translation>Bloquer %1</translation>
        </message>
        <message>
            <source>Unblock %1</source>
            <translation>Débloquer %1</translation>
        </message>
        <message>
            <source>Join %1</source>
            <translation>Joindre %1</translation>
        </message>
        <message>
            <source>Remove join %1</source>
            <translation>Retirer la jonction %1</translation>
        </message>
        <message>
            <source>New layout “%1”</source>
            <translation>Nouveau plan « %1 »</translation>
        </message>
        <message>
            <source>Duplicate “%1”</source>
            <translation>Dupliquer « %1 »</translation>
        </message>
        <message>
            <source>Rename “%1”</source>
            <translation>Renommer « %1 »</translation>
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation>Supprimer « %1 »</translation>
        </message>
        <message>
            <source>“%1” by default</source>
            <translation>« %1 » par défaut</translation>
        </message>
        <message>
            <source>That layout does not exist.</source>
            <translation>Ce plan n’existe pas.</translation>
        </message>
        <message>
            <source>Give both the first and the last day.</source>
            <translation>Indiquez le premier et le dernier jour.</translation>
        </message>
        <message>
            <source>The last day (%1) is before the first (%2).</source>
            <translation>Le dernier jour (%1) précède le premier (%2).</translation>
        </message>
        <message>
            <source>That date range is already there.</source>
            <translation>Cette période existe déjà.</translation>
        </message>
        <message>
            <source>Use “%1” from %2 to %3</source>
            <translation>Utiliser « %1 » du %2 au %3</translation>
        </message>
        <message>
            <source>Remove the dates of “%1”</source>
            <translation>Retirer les dates de « %1 »</translation>
        </message>
    </context>
    <context>
        <name>Moulin::FloorEditor</name>
        <message>
            <source>Drag the name strip to move the room with its tables</source>
            <translation>Glissez le bandeau du nom pour déplacer la salle avec ses tables</translation>
        </message>
    </context>
    <context>
        <name>Moulin::FloorPlan</name>
        <message>
            <source>A table appears twice in the join.</source>
            <translation>Une table figure deux fois dans la jonction.</translation>
        </message>
        <message>
            <source>A join needs at least two tables.</source>
            <translation>Une jonction réunit au moins deux tables.</translation>
        </message>
        <message>
            <source>Table %1 is not in this layout.</source>
            <translation>La table %1 n’est pas dans ce plan.</translation>
        </message>
        <message>
            <source>%1 are not in the same room (%2 and %3): only tables of one room can be joined.</source>
            <translation>%1 ne sont pas dans la même salle (%2 et %3) : seules les tables d’une même salle peuvent être jointes.</translation>
        </message>
        <message>
            <source>%1 is already a join (%2).</source>
            <translation>%1 est déjà une jonction (%2).</translation>
        </message>
        <message>
            <source>A join seats at least 2 (%1 given).</source>
            <translation>Une jonction compte au moins 2 places (%1 indiquée(s)).</translation>
        </message>
        <message>
            <source>The minimum party (%1) must be between 1 and the join's seats (%2).</source>
            <translation>Le groupe minimum (%1) doit être compris entre 1 et le nombre de places de la jonction (%2).</translation>
        </message>
        <message>
            <source>A table has no id.</source>
            <translation>Une table n’a pas d’identifiant.</translation>
        </message>
        <message>
            <source>Two tables have the id %1.</source>
            <translation>Deux tables ont l’identifiant %1.</translation>
        </message>
        <message>
            <source>Two tables are labelled %1.</source>
            <translation>Deux tables portent le nom %1.</translation>
        </message>
        <message>
            <source>Table %1 has no seat.</source>
            <translation>La table %1 n’a aucune place.</translation>
        </message>
        <message>
            <source>Table %1: the minimum party (%2) must be between 1 and its seats (%3).</source>
            <translation>Table %1 : le groupe minimum (%2) doit être compris entre 1 et son nombre de places (%3).</translation>
        </message>
        <message>
            <source>Table %1 is in no room of the layout.</source>
            <translation>La table %1 n’est dans aucune salle du plan.</translation>
        </message>
        <message>
            <source>Layout “%1” has no id of its own.</source>
            <translation>Le plan « %1 » n’a pas d’identifiant propre.</translation>
        </message>
        <message>
            <source>A layout has no name.</source>
            <translation>Un plan n’a pas de nom.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>The default layout does not exist.</source>
            <translation>Le plan par défaut n’existe pas.</translation>
        </message>
        <message>
            <source>A date range names a layout that does not exist.</source>
            <translation>Une période désigne un plan qui n’existe pas.</translation>
        </message>
        <message>
            <source>A date range ends before it starts.</source>
            <translation>Une période se termine avant de commencer.</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Ronde</translation>
        </message>
        <message>
            <source>Square</source>
            <translation>Carrée</translation>
        </message>
        <message>
            <source>Rectangle</source>
            <translation>Rectangulaire</translation>
        </message>
        <message>
            <source>Dining room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <source>Terrace</source>
            <translation>Terrasse</translation>
        </message>
        <message>
            <source>Private room</source>
            <translation>Salon privé</translation>
        </message>
        <message numerus="yes">
            <source>%n seat(s)</source>
            <translation>
                <numerusform>%n place</numerusform>
                <numerusform>%n places</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Moulin::FloorPlanTab</name>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Undo: %1 (Ctrl+Z)</source>
            <translation>Annuler : %1 (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Rien à annuler</translation>
        </message>
        <message>
            <source>Redo: %1 (Ctrl+Shift+Z)</source>
            <translation>Rétablir : %1 (Ctrl+Maj+Z)</translation>
        </message>
        <message>
            <source>Nothing to redo</source>
            <translation>Rien à rétablir</translation>
        </message>
        <message>
            <source>New room</source>
            <translation>Nouvelle salle</translation>
        </message>
        <message>
            <source>Name of the room:</source>
            <translation>Nom de la salle :</translation>
        </message>
        <message>
            <source>Private room</source>
            <translation>Salon privé</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>Plan :</translation>
        </message>
        <message>
            <source>Layouts</source>
            <translation>Plans</translation>
        </message>
        <message>
            <source>&amp;New layout…</source>
            <translation>&amp;Nouveau plan…</translation>
        </message>
        <message>
            <source>&amp;Duplicate…</source>
            <translation>&amp;Dupliquer…</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Renommer…</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>Add a table</source>
            <translation>Ajouter une table</translation>
        </message>
        <message>
            <source>↶ Undo</source>
            <translation>↶ Annuler</translation>
        </message>
        <message>
            <source>Redo ↷</source>
            <translation>Rétablir ↷</translation>
        </message>
        <message>
            <source>Zoom out (−, Ctrl+wheel)</source>
            <translation>Dézoomer (−, Ctrl+molette)</translation>
        </message>
        <message>
            <source>Zoom in (+, Ctrl+wheel)</source>
            <translation>Zoomer (+, Ctrl+molette)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajuster</translation>
        </message>
        <message>
            <source>The whole plan in view (Ctrl+0)</source>
            <translation>Tout le plan à l’écran (Ctrl+0)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save every layout (Ctrl+S)</source>
            <translation>Enregistrer tous les plans (Ctrl+S)</translation>
        </message>
        <message>
            <source>Drag a table to move it (the selection follows, on a 10 cm grid) · corner handle: resize · round handle: turn · rubber band or Ctrl+click: select several · arrows: nudge 10 cm (Shift: 50 cm) · R: turn 15° (Shift+R: 90°) · Del: remove</source>
            <translation>Glissez une table pour la déplacer (la sélection suit, sur une grille de 10 cm) · poignée d’angle : redimensionner · poignée ronde : pivoter · cadre ou Ctrl+clic : sélection multiple · flèches : décaler de 10 cm (Maj : 50 cm) · R : pivoter de 15° (Maj+R : 90°) · Suppr : supprimer</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Forme</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Places</translation>
        </message>
        <message>
            <source>Smallest party</source>
            <translation>Groupe minimum</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Rotation</source>
            <translation>Rotation</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dimensions</translation>
        </message>
        <message>
            <source>Blocked (not offered)</source>
            <translation>Bloquée (non proposée)</translation>
        </message>
        <message>
            <source>Turn 90°</source>
            <translation>Pivoter de 90°</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Joins</source>
            <translation>Jonctions</translation>
        </message>
        <message>
            <source>Seats joined</source>
            <translation>Places jointes</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Joindre</translation>
        </message>
        <message>
            <source>Remove the join</source>
            <translation>Retirer la jonction</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Salles</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Add a room…</source>
            <translation>Ajouter une salle…</translation>
        </message>
        <message>
            <source>Remove the room</source>
            <translation>Supprimer la salle</translation>
        </message>
        <message>
            <source>Drag a room's name strip on the plan to move it with its tables.</source>
            <translation>Glissez le bandeau du nom d’une salle sur le plan pour la déplacer avec ses tables.</translation>
        </message>
        <message>
            <source>When this layout is used</source>
            <translation>Quand ce plan est utilisé</translation>
        </message>
        <message>
            <source>Default layout (every day without a date range)</source>
            <translation>Plan par défaut (tous les jours hors périodes)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Use over these dates</source>
            <translation>Utiliser sur ces dates</translation>
        </message>
        <message>
            <source>Remove the dates</source>
            <translation>Retirer les dates</translation>
        </message>
        <message>
            <source>Floor plan not read</source>
            <translation>Plan de salle non lu</translation>
        </message>
        <message>
            <source>Floor plan not saved</source>
            <translation>Plan de salle non enregistré</translation>
        </message>
        <message>
            <source>The database is not open.</source>
            <translation>La base de données n’est pas ouverte.</translation>
        </message>
        <message numerus="yes">
            <source>Floor plan saved (%n layout(s)).</source>
            <translation>
                <numerusform>Plan de salle enregistré (%n plan).</numerusform>
                <numerusform>Plan de salle enregistré (%n plans).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (default)</source>
            <translation>%1 (par défaut)</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message numerus="yes">
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n table</numerusform>
                <numerusform>%n tables</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>New plan, not saved yet</source>
            <translation>Nouveau plan, pas encore enregistré</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Click a table, or draw a frame round several.</source>
            <translation>Cliquez sur une table, ou tracez un cadre autour de plusieurs.</translation>
        </message>
        <message numerus="yes">
            <source>%n tables selected: %1</source>
            <translation>
                <numerusform>%n table sélectionnée : %1</numerusform>
                <numerusform>%n tables sélectionnées : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>(the room's)</source>
            <translation>(celle de la salle)</translation>
        </message>
        <message>
            <source>Table %1</source>
            <translation>Table %1</translation>
        </message>
        <message>
            <source>Select two tables or more of one room (Ctrl+click, or a frame) to declare that they may be joined, and how many they seat together.</source>
            <translation>Sélectionnez au moins deux tables d’une même salle (Ctrl+clic, ou un cadre) pour indiquer qu’elles peuvent être jointes, et combien de places elles offrent ensemble.</translation>
        </message>
        <message>
            <source>%1 is already a join.</source>
            <translation>%1 est déjà une jonction.</translation>
        </message>
        <message>
            <source>Join %1:</source>
            <translation>Joindre %1 :</translation>
        </message>
        <message>
            <source> (from %1)</source>
            <translation> (à partir de %1)</translation>
        </message>
        <message>
            <source>Joins (%1)</source>
            <translation>Jonctions (%1)</translation>
        </message>
        <message>
            <source>Today (%1): “%2”.</source>
            <translation>Aujourd’hui (%1) : « %2 ».</translation>
        </message>
        <message>
            <source>On %1</source>
            <translation>Le %1</translation>
        </message>
        <message>
            <source>From %1 to %2</source>
            <translation>Du %1 au %2</translation>
        </message>
        <message>
            <source>Every day without another layout</source>
            <translation>Tous les jours sans autre plan</translation>
        </message>
        <message>
            <source>No date yet: never used</source>
            <translation>Aucune date : jamais utilisé</translation>
        </message>
        <message>
            <source>Rooms (%1)</source>
            <translation>Salles (%1)</translation>
        </message>
        <message>
            <source>New layout</source>
            <translation>Nouveau plan</translation>
        </message>
        <message>
            <source>Name of the layout (e.g. “Summer terrace”):</source>
            <translation>Nom du plan (par ex. « Terrasse d’été ») :</translation>
        </message>
        <message>
            <source>Duplicate the layout</source>
            <translation>Dupliquer le plan</translation>
        </message>
        <message>
            <source>Name of the copy:</source>
            <translation>Nom de la copie :</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (copie)</translation>
        </message>
        <message>
            <source>Rename the layout</source>
            <translation>Renommer le plan</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <source>Delete the layout?</source>
            <translation>Supprimer le plan ?</translation>
        </message>
        <message numerus="yes">
            <source>Delete “%1”, its %n table(s) and its dates? (Undo brings it back until you save.)</source>
            <translation>
                <numerusform>Supprimer « %1 », sa table et ses dates ? (Annuler le rétablit tant que vous n’avez pas enregistré.)</numerusform>
                <numerusform>Supprimer « %1 », ses %n tables et ses dates ? (Annuler le rétablit tant que vous n’avez pas enregistré.)</numerusform>
            </translation>
        </message>
        <message>
            <source>The floor plan has changes that are not saved.</source>
            <translation>Le plan de salle a des modifications non enregistrées.</translation>
        </message>
        <message>
            <source>Save them now, or discard them and keep the plan as it was saved?</source>
            <translation>Les enregistrer maintenant, ou les abandonner et garder le plan tel qu’il était enregistré ?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Floor plan changes discarded.</source>
            <translation>Modifications du plan de salle abandonnées.</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>bloquée</translation>
        </message>
        <message>
            <source>Colours: %1</source>
            <translation>Couleurs : %1</translation>
        </message>
        <message>
            <source>A table's colour is its zone (its own, else its room's); a blocked table is grey and hatched.</source>
            <translation>La couleur d'une table est celle de sa zone (la sienne, sinon celle de sa salle) ; une table bloquée est grise et hachurée.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::FloorStore</name>
        <message>
            <source>The floor plan could not be saved (%1): %2</source>
            <translation>Le plan de salle n’a pas pu être enregistré (%1) : %2</translation>
        </message>
        <message>
            <source>The floor plan could not be read: %1</source>
            <translation>Le plan de salle n’a pas pu être lu : %1</translation>
        </message>
        <message>
            <source>The floor plan was not saved: %1</source>
            <translation>Le plan de salle n’a pas été enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ForecastView</name>
        <message numerus="yes">
            <source>%n week(s) of till history: weekday levels weighted towards recent weeks, with the trend and each weekday's hours</source>
            <translation>
                <numerusform>%n semaine d'historique de caisse : niveau de chaque jour de la semaine, les semaines récentes comptant davantage, avec la tendance et les horaires de chaque jour</numerusform>
                <numerusform>%n semaines d'historique de caisse : niveau de chaque jour de la semaine, les semaines récentes comptant davantage, avec la tendance et les horaires de chaque jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) of till history: weekday levels, no trend yet</source>
            <translation>
                <numerusform>%n semaine d'historique de caisse : niveau de chaque jour de la semaine, pas encore de tendance</numerusform>
                <numerusform>%n semaines d'historique de caisse : niveau de chaque jour de la semaine, pas encore de tendance</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) of till history: weekday means, a simple model until there are four weeks</source>
            <translation>
                <numerusform>%n semaine d'historique de caisse : moyenne de chaque jour de la semaine, un modèle simple jusqu'à quatre semaines</numerusform>
                <numerusform>%n semaines d'historique de caisse : moyenne de chaque jour de la semaine, un modèle simple jusqu'à quatre semaines</numerusform>
            </translation>
        </message>
        <message>
            <source>less than two weeks of till history: a rough forecast, from what there is</source>
            <translation>moins de deux semaines d'historique de caisse : une estimation grossière, à partir de ce qu'il y a</translation>
        </message>
        <message>
            <source>no till history yet</source>
            <translation>pas encore d'historique de caisse</translation>
        </message>
        <message>
            <source>Made from %1</source>
            <translation>Établie à partir de %1</translation>
        </message>
        <message>
            <source>; trend %1 % a week</source>
            <translation> ; tendance %1 % par semaine</translation>
        </message>
        <message>
            <source>; the book: how bookings usually fill up, %1 % of booked covers come</source>
            <translation> ; le carnet : le rythme habituel des réservations, %1 % des couverts réservés viennent</translation>
        </message>
        <message>
            <source>; no bookings to learn from yet</source>
            <translation> ; pas encore de réservations dont apprendre</translation>
        </message>
        <message>
            <source>%1 of the booked, %2 still to book, %3 walk-ins</source>
            <translation>%1 des réservés, %2 encore à réserver, %3 sans réservation</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>fermé</translation>
        </message>
        <message>
            <source>covers per day, both services</source>
            <translation>couverts par jour, midi et soir</translation>
        </message>
        <message>
            <source>Nothing to forecast from: connect the till or a booking platform.</source>
            <translation>Rien sur quoi fonder une prévision : connectez la caisse ou une plateforme de réservation.</translation>
        </message>
        <message>
            <source>The forecast is being computed…</source>
            <translation>Calcul de la prévision…</translation>
        </message>
        <message numerus="yes">
            <source>Footfall forecast, the next %n day(s)</source>
            <translation>
                <numerusform>Prévision d'affluence, le prochain jour</numerusform>
                <numerusform>Prévision d'affluence, les %n prochains jours</numerusform>
            </translation>
        </message>
        <message>
            <source>On the books</source>
            <translation>Au carnet</translation>
        </message>
        <message>
            <source>Bookings still to come</source>
            <translation>Réservations à venir</translation>
        </message>
        <message>
            <source>Walk-ins</source>
            <translation>Sans réservation</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Réservés</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Prévision</translation>
        </message>
        <message>
            <source>Of which</source>
            <translation>Dont</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
    </context>
    <context>
        <name>Moulin::FrenchHolidays</name>
        <message>
            <source>New Year's Day</source>
            <translation>Jour de l'an</translation>
        </message>
        <message>
            <source>Easter Monday</source>
            <translation>Lundi de Pâques</translation>
        </message>
        <message>
            <source>Labour Day</source>
            <translation>Fête du Travail</translation>
        </message>
        <message>
            <source>Victory in Europe Day</source>
            <translation>Victoire 1945</translation>
        </message>
        <message>
            <source>Ascension Day</source>
            <translation>Ascension</translation>
        </message>
        <message>
            <source>Whit Monday</source>
            <translation>Lundi de Pentecôte</translation>
        </message>
        <message>
            <source>Bastille Day</source>
            <translation>Fête nationale</translation>
        </message>
        <message>
            <source>Assumption Day</source>
            <translation>Assomption</translation>
        </message>
        <message>
            <source>All Saints' Day</source>
            <translation>Toussaint</translation>
        </message>
        <message>
            <source>Armistice Day</source>
            <translation>Armistice 1918</translation>
        </message>
        <message>
            <source>Christmas Day</source>
            <translation>Noël</translation>
        </message>
    </context>
    <context>
        <name>Moulin::GroupsPage</name>
        <message>
            <source>group “%1”</source>
            <translation>famille « %1 »</translation>
        </message>
        <message>
            <source>Accounting group</source>
            <translation>Famille</translation>
        </message>
        <message>
            <source>Excl. VAT</source>
            <translation>HT</translation>
        </message>
        <message>
            <source>Incl. VAT</source>
            <translation>TTC</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>N-1</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Évolution</translation>
        </message>
        <message>
            <source>Turnover by accounting group</source>
            <translation>CA par famille</translation>
        </message>
        <message>
            <source>incl. VAT</source>
            <translation>TTC</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>accounting-groups</source>
            <translation>familles</translation>
        </message>
        <message>
            <source>Last year until %1</source>
            <translation>N-1 jusqu’à %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::GuestExportPdf</name>
        <message>
            <source>Personal data of %1</source>
            <translation>Données personnelles de %1</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>Impossible d'écrire %1.</translation>
        </message>
        <message>
            <source>Personal data of %1 — exported on %2</source>
            <translation>Données personnelles de %1 — exportées le %2</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Page %1</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Aucun.</translation>
        </message>
        <message>
            <source>not told</source>
            <translation>non renseigné</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Everything this restaurant's Moulin holds about this guest, exported on %1 (GDPR, right of access).</source>
            <translation>Tout ce que le Moulin de ce restaurant conserve sur ce client, exporté le %1 (RGPD, droit d'accès).</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>Allergies</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Anniversaire</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>VIP guest</source>
            <translation>Client VIP</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visites</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Dernière visite</translation>
        </message>
        <message>
            <source>Lifetime spend</source>
            <translation>Dépense totale</translation>
        </message>
        <message>
            <source>No-shows</source>
            <translation>Absences (no-shows)</translation>
        </message>
        <message>
            <source>Profile created on</source>
            <translation>Profil créé le</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consentements</translation>
        </message>
        <message>
            <source>Marketing e-mails</source>
            <translation>E-mails marketing</translation>
        </message>
        <message>
            <source>Marketing text messages</source>
            <translation>SMS marketing</translation>
        </message>
        <message>
            <source>(on %1, source %2)</source>
            <translation>(le %1, source %2)</translation>
        </message>
        <message>
            <source>%1 said %2 for %3 on %4</source>
            <translation>%1 a indiqué %2 pour les %3 le %4</translation>
        </message>
        <message>
            <source>text messages</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>e-mails</source>
            <translation>e-mails</translation>
        </message>
        <message>
            <source>Identities (where the data comes from)</source>
            <translation>Identités (provenance des données)</translation>
        </message>
        <message>
            <source>%1, %2 guests, %3</source>
            <translation>%1, %2 pers., %3</translation>
        </message>
        <message>
            <source>table %1</source>
            <translation>table %1</translation>
        </message>
        <message>
            <source>came</source>
            <translation>venu</translation>
        </message>
        <message>
            <source>did not come</source>
            <translation>non venu</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <source>cancelled late</source>
            <translation>annulée tardivement</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>réservée</translation>
        </message>
        <message>
            <source>Bookings as the book holds them</source>
            <translation>Réservations telles que le cahier les conserve</translation>
        </message>
        <message>
            <source>%1 — %2, %3 guests (%4 %5)</source>
            <translation>%1 — %2, %3 pers. (%4 %5)</translation>
        </message>
        <message>
            <source>Requests: %1</source>
            <translation>Demandes : %1</translation>
        </message>
        <message>
            <source>Allergies: %1</source>
            <translation>Allergies : %1</translation>
        </message>
        <message>
            <source>Guest record at %1: %2</source>
            <translation>Fiche client chez %1 : %2</translation>
        </message>
        <message>
            <source>Notes: %1</source>
            <translation>Notes : %1</translation>
        </message>
        <message>
            <source>Dietary needs: %1</source>
            <translation>Régime : %1</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Tickets de caisse</translation>
        </message>
        <message>
            <source>Receipt %1 of %2: %3</source>
            <translation>Ticket %1 du %2 : %3</translation>
        </message>
        <message>
            <source>Loyalty</source>
            <translation>Fidélité</translation>
        </message>
        <message>
            <source>Reward %1 (%2), granted on %3</source>
            <translation>Récompense %1 (%2), accordée le %3</translation>
        </message>
        <message>
            <source>Merges of profiles</source>
            <translation>Fusions de profils</translation>
        </message>
        <message>
            <source>Profile %1 merged into %2 on %3 (%4)%5</source>
            <translation>Profil %1 fusionné dans %2 le %3 (%4)%5</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatique</translation>
        </message>
        <message>
            <source>by the manager</source>
            <translation>par le gérant</translation>
        </message>
        <message>
            <source>, undone</source>
            <translation>, annulée</translation>
        </message>
        <message>
            <source>Allergies and diet</source>
            <translation>Allergies et régime</translation>
        </message>
        <message>
            <source>%1 — added by the manager on %2</source>
            <translation>%1 — ajouté par le gérant le %2</translation>
        </message>
        <message>
            <source>%1 — removed by the manager on %2</source>
            <translation>%1 — retiré par le gérant le %2</translation>
        </message>
        <message>
            <source>%1 — stated by %2 on %3</source>
            <translation>%1 — indiqué par %2 le %3</translation>
        </message>
    </context>
    <context>
        <name>Moulin::GuestPrivacy</name>
        <message>
            <source>This guest's profile no longer exists.</source>
            <translation>Le profil de ce client n'existe plus.</translation>
        </message>
        <message>
            <source>The erasure failed in %1: %2</source>
            <translation>L'effacement a échoué dans %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::GuestPrivacyBar</name>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Erase %1 everywhere in Moulin?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Erased:&lt;/b&gt; the guest's profile with their names, e-mail, phone number, language, consents, allergies, notes, tags and rewards; in the reservation book, the names, contact details, requests and notes of their bookings; their name on the till's receipts. Moulin also asks Brevo to delete the contact.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kept, without the name:&lt;/b&gt; the bookings' dates, party sizes, statuses and tables (the statistics and the table plan), and the receipts' amounts (the accounts and the FEC are unchanged).&lt;/p&gt;&lt;p&gt;If this guest books again, the new booking appears in the book as usual and starts a new profile, without the erased history; their old bookings synced again from a platform do not bring the profile back. Ask the booking platforms to erase the guest too.&lt;/p&gt;&lt;p&gt;This cannot be undone.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Effacer %1 partout dans Moulin ?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Effacé :&lt;/b&gt; le profil du client avec ses noms, e-mail, numéro de téléphone, langue, consentements, allergies, notes, étiquettes et récompenses ; dans le cahier de réservations, les noms, coordonnées, demandes et notes de ses réservations ; son nom sur les tickets de caisse. Moulin demande aussi à Brevo de supprimer le contact.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Conservé, sans le nom :&lt;/b&gt; les dates, nombres de couverts, statuts et tables des réservations (statistiques et plan de salle), et les montants des tickets (la comptabilité et le FEC sont inchangés).&lt;/p&gt;&lt;p&gt;Si ce client réserve à nouveau, la nouvelle réservation apparaît normalement dans le cahier et crée un nouveau profil, sans l'historique effacé ; ses anciennes réservations resynchronisées depuis une plateforme ne font pas revenir le profil. Demandez aussi l'effacement aux plateformes de réservation.&lt;/p&gt;&lt;p&gt;Cette action est irréversible.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>personal-data</source>
            <translation>donnees-personnelles</translation>
        </message>
        <message>
            <source>Export the guest's data (PDF)</source>
            <translation>Exporter les données du client (PDF)</translation>
        </message>
        <message>
            <source>Export the guest's data (JSON)</source>
            <translation>Exporter les données du client (JSON)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>Export the guest's data</source>
            <translation>Exporter les données du client</translation>
        </message>
        <message>
            <source>Erase the guest</source>
            <translation>Effacer le client</translation>
        </message>
        <message>
            <source>Erase everywhere</source>
            <translation>Effacer partout</translation>
        </message>
        <message>
            <source>The guest was not erased: %1</source>
            <translation>Le client n'a pas été effacé : %1</translation>
        </message>
        <message>
            <source>GDPR:</source>
            <translation>RGPD :</translation>
        </message>
        <message>
            <source>Export (JSON)…</source>
            <translation>Exporter (JSON)…</translation>
        </message>
        <message>
            <source>Export (PDF)…</source>
            <translation>Exporter (PDF)…</translation>
        </message>
        <message>
            <source>Erase this guest…</source>
            <translation>Effacer ce client…</translation>
        </message>
        <message>
            <source>Erase the guest everywhere in Moulin and ask Brevo to delete the contact</source>
            <translation>Effacer le client partout dans Moulin et demander à Brevo de supprimer le contact</translation>
        </message>
    </context>
    <context>
        <name>Moulin::HeadlessCommands</name>
        <message>
            <source>Configuration imported: %1</source>
            <translation>Configuration importée : %1</translation>
        </message>
        <message>
            <source>%1 was not imported and nothing was changed:</source>
            <translation>%1 n’a pas été importé et rien n’a été modifié :</translation>
        </message>
        <message>
            <source>Demo mode needs no sign-in: the built-in sandbox's connectors do not use OAuth. Run moulin --sign-in without --demo to sign in to a configured connector.</source>
            <translation>Le mode démo ne demande aucune connexion : les connecteurs du bac à sable intégré n’utilisent pas OAuth. Lancez moulin --sign-in sans --demo pour vous connecter à un connecteur configuré.</translation>
        </message>
        <message>
            <source>%1 is not supported by this version of Moulin yet.</source>
            <translation>%1 n’est pas encore pris en charge par cette version de Moulin.</translation>
        </message>
        <message>
            <source>%1 needs no sign-in (authentication "%2").</source>
            <translation>%1 ne demande aucune connexion (authentification « %2 »).</translation>
        </message>
        <message>
            <source>%1 does not sign in with a web browser: its client secret or API key is all it needs (File ▸ Settings, or --import-config).</source>
            <translation>%1 ne se connecte pas par le navigateur web : son secret client ou sa clé d’API lui suffit (Fichier ▸ Paramètres, ou --import-config).</translation>
        </message>
        <message>
            <source>To sign in to %1, open this address in a web browser:</source>
            <translation>Pour vous connecter à %1, ouvrez cette adresse dans un navigateur web :</translation>
        </message>
        <message>
            <source>The answer comes back to %1 on this computer: open the address here, or from another computer through an SSH tunnel (ssh -L %2:127.0.0.1:%2 …).</source>
            <translation>La réponse revient à %1 sur cet ordinateur : ouvrez l’adresse ici, ou depuis un autre ordinateur à travers un tunnel SSH (ssh -L %2:127.0.0.1:%2 …).</translation>
        </message>
        <message>
            <source>A web browser was asked to open it.</source>
            <translation>Un navigateur web a été invité à l’ouvrir.</translation>
        </message>
        <message numerus="yes">
            <source>Waiting for the sign-in (at most %n second(s))…</source>
            <translation>
                <numerusform>En attente de la connexion (au plus %n seconde)…</numerusform>
                <numerusform>En attente de la connexion (au plus %n secondes)…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No answer within %n second(s): the sign-in to %1 was cancelled and nothing was stored. Run moulin --sign-in %2 again (--timeout gives more time).</source>
            <translation>
                <numerusform>Pas de réponse en %n seconde : la connexion à %1 a été annulée et rien n’a été enregistré. Relancez moulin --sign-in %2 (--timeout laisse plus de temps).</numerusform>
                <numerusform>Pas de réponse en %n secondes : la connexion à %1 a été annulée et rien n’a été enregistré. Relancez moulin --sign-in %2 (--timeout laisse plus de temps).</numerusform>
            </translation>
        </message>
        <message>
            <source>The sign-in to %1 did not complete. Run moulin --sign-in %2 to try again.</source>
            <translation>La connexion à %1 n’a pas abouti. Lancez moulin --sign-in %2 pour réessayer.</translation>
        </message>
        <message>
            <source>%1 accepted the sign-in, but the access could not be kept in the system keychain: %2</source>
            <translation>%1 a accepté la connexion, mais l’accès n’a pas pu être gardé dans le trousseau système : %2</translation>
        </message>
        <message>
            <source>Signed in to %1: the access is kept in the system keychain.</source>
            <translation>Connecté à %1 : l’accès est gardé dans le trousseau système.</translation>
        </message>
        <message>
            <source>There is no demonstration database in %1 yet: start Moulin once in demo mode first.</source>
            <translation>Il n’y a pas encore de base de démonstration dans %1 : lancez d’abord Moulin une fois en mode démo.</translation>
        </message>
        <message>
            <source>There is no local database in %1 yet: synchronise first (moulin --sync-now).</source>
            <translation>Il n’y a pas encore de base locale dans %1 : synchronisez d’abord (moulin --sync-now).</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>attention : %1</translation>
        </message>
        <message>
            <source>The FEC was not written:</source>
            <translation>Le FEC n’a pas été écrit :</translation>
        </message>
        <message>
            <source>The daily summary was not written:</source>
            <translation>Le Z de caisse n’a pas été écrit :</translation>
        </message>
        <message>
            <source>No area writes the export "%1".</source>
            <translation>Aucun domaine n’écrit l’export « %1 ».</translation>
        </message>
        <message>
            <source>There is no local database in %1 yet: nothing to back up.</source>
            <translation>Il n’y a pas encore de base locale dans %1 : rien à sauvegarder.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::HeadlessExport</name>
        <message>
            <source>The period needs a start and an end date.</source>
            <translation>La période demande une date de début et une date de fin.</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>La date de début est après la date de fin.</translation>
        </message>
        <message>
            <source>No folder to write to.</source>
            <translation>Aucun dossier où écrire.</translation>
        </message>
        <message>
            <source>No SIREN: give it with --siren (9 digits), or save it once in the window (File ▸ Accounting export (FEC)).</source>
            <translation>Pas de SIREN : donnez-le avec --siren (9 chiffres), ou enregistrez-le une fois dans la fenêtre (Fichier ▸ Export comptable (FEC)).</translation>
        </message>
        <message>
            <source>"%1" is not a valid SIREN: 9 digits with a valid check digit.</source>
            <translation>« %1 » n’est pas un SIREN valide : 9 chiffres avec une clé de contrôle valide.</translation>
        </message>
        <message>
            <source>The fiscal year ends (%1) before the end of the period (%2).</source>
            <translation>L’exercice se termine (%1) avant la fin de la période (%2).</translation>
        </message>
        <message>
            <source>The folder "%1" does not exist and could not be created.</source>
            <translation>Le dossier « %1 » n’existe pas et n’a pas pu être créé.</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>ligne %1 : %2</translation>
        </message>
        <message>
            <source>The FEC was not written.</source>
            <translation>Le FEC n’a pas été écrit.</translation>
        </message>
        <message>
            <source>The daily summary could not be built from the local database.</source>
            <translation>Le Z de caisse n’a pas pu être construit à partir de la base locale.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::HeadlessServe</name>
        <message>
            <source>Webhooks are off (webhooks/enabled).</source>
            <translation>Les webhooks sont désactivés (webhooks/enabled).</translation>
        </message>
        <message>
            <source>Webhooks are on, but no connector declares a webhook: nothing listens.</source>
            <translation>Les webhooks sont activés, mais aucun connecteur ne déclare de webhook : rien n’écoute.</translation>
        </message>
        <message>
            <source>Webhooks: listening on %1 port %2%3 (%4).</source>
            <translation>Webhooks : à l’écoute sur %1 port %2%3 (%4).</translation>
        </message>
        <message>
            <source>Nothing to serve: no enabled feed and no webhook. Configure a connector (File ▸ Settings in the window) or run with --demo.</source>
            <translation>Rien à servir : aucun flux activé et aucun webhook. Configurez un connecteur (Fichier ▸ Paramètres dans la fenêtre) ou lancez avec --demo.</translation>
        </message>
        <message>
            <source>Webhook %1 %2: %3</source>
            <translation>Webhook %1 %2 : %3</translation>
        </message>
        <message>
            <source>Webhook %1 %2: refused, %3 — %4</source>
            <translation>Webhook %1 %2 : refusé, %3 — %4</translation>
        </message>
        <message>
            <source>No enabled feed: serving webhooks only.</source>
            <translation>Aucun flux activé : seuls les webhooks sont servis.</translation>
        </message>
        <message numerus="yes">
            <source>Serving %n feed(s) on their schedules: %1.</source>
            <translation>
                <numerusform>%n flux servi selon sa fréquence : %1.</numerusform>
                <numerusform>%n flux servis selon leur fréquence : %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stop with Ctrl+C or SIGTERM.</source>
            <translation>Arrêt avec Ctrl+C ou SIGTERM.</translation>
        </message>
        <message>
            <source>%1 received: stopping (the page being stored is finished or rolled back)…</source>
            <translation>%1 reçu : arrêt en cours (la page en cours d’enregistrement est terminée ou annulée)…</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Arrêté.</translation>
        </message>
        <message>
            <source>Webhook %1 %2: %3 — %4</source>
            <translation>Webhook %1 %2 : %3 — %4</translation>
        </message>
    </context>
    <context>
        <name>Moulin::HeatMapWidget</name>
        <message>
            <source>Turnover by weekday and hour. Use the arrow keys to move between cells and Enter to see the receipts.</source>
            <translation>Chiffre d’affaires par jour de la semaine et par heure. Flèches pour se déplacer entre les cases, Entrée pour voir les tickets.</translation>
        </message>
        <message>
            <source>%1 of the period</source>
            <translation>%1 de la période</translation>
        </message>
        <message>
            <source>Click to see the receipts</source>
            <translation>Cliquez pour voir les tickets</translation>
        </message>
        <message>
            <source>Turnover incl. VAT per hour slot</source>
            <translation>CA TTC par créneau horaire</translation>
        </message>
    </context>
    <context>
        <name>Moulin::HttpClient</name>
        <message>
            <source>Gave up after %1 attempts.</source>
            <translation>Abandon après %1 tentatives.</translation>
        </message>
        <message>
            <source>%1 answered with HTTP status %2.</source>
            <translation>%1 a répondu avec le statut HTTP %2.</translation>
        </message>
        <message>
            <source>%1 answered with HTTP status %2 (%3).</source>
            <translation>%1 a répondu avec le statut HTTP %2 (%3).</translation>
        </message>
        <message>
            <source>Check the connector's credentials.</source>
            <translation>Vérifiez les identifiants du connecteur.</translation>
        </message>
        <message>
            <source>%1 did not answer within %2 s.</source>
            <translation>%1 n’a pas répondu dans le délai de %2 s.</translation>
        </message>
        <message>
            <source>%1 refused the connection.</source>
            <translation>%1 a refusé la connexion.</translation>
        </message>
        <message>
            <source>%1 closed the connection before the answer was complete.</source>
            <translation>%1 a fermé la connexion avant la fin de la réponse.</translation>
        </message>
        <message>
            <source>The server %1 could not be found; check the Internet connection.</source>
            <translation>Le serveur %1 est introuvable ; vérifiez la connexion Internet.</translation>
        </message>
        <message>
            <source>Network error while contacting %1: %2</source>
            <translation>Erreur réseau en contactant %1 : %2</translation>
        </message>
        <message>
            <source>The secure (TLS) connection to %1 failed: %2. Nothing was sent.</source>
            <translation>La connexion sécurisée (TLS) à %1 a échoué : %2. Rien n’a été envoyé.</translation>
        </message>
        <message>
            <source>%1 sent an answer that is not valid JSON (%2).</source>
            <translation>%1 a envoyé une réponse qui n’est pas du JSON valide (%2).</translation>
        </message>
        <message>
            <source>Requests to %1 are paused after repeated failures; the next try is in %2 s.</source>
            <translation>Les requêtes vers %1 sont suspendues après des échecs répétés ; prochain essai dans %2 s.</translation>
        </message>
        <message>
            <source>%1 asks Moulin to wait %2 s before the next request.</source>
            <translation>%1 demande à Moulin d’attendre %2 s avant la prochaine requête.</translation>
        </message>
        <message>
            <source>Refused to follow a redirect to %1: only HTTPS is allowed outside this computer.</source>
            <translation>Redirection vers %1 refusée : seul HTTPS est autorisé en dehors de cet ordinateur.</translation>
        </message>
        <message>
            <source>Refused to contact %1: only HTTPS is allowed outside this computer.</source>
            <translation>Connexion à %1 refusée : seul HTTPS est autorisé en dehors de cet ordinateur.</translation>
        </message>
        <message>
            <source>The request to %1 was cancelled.</source>
            <translation>La requête vers %1 a été annulée.</translation>
        </message>
        <message>
            <source>It said: %1</source>
            <translation>Réponse : %1</translation>
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
        <message>
            <source>Connections</source>
            <translation>Connexions</translation>
        </message>
        <message>
            <source>&amp;Sync selected</source>
            <translation>&amp;Synchroniser la sélection</translation>
        </message>
        <message>
            <source>Sync &amp;all now</source>
            <translation>Tout synchroniser &amp;maintenant</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>Para&amp;mètres…</translation>
        </message>
        <message>
            <source>Sign &amp;in…</source>
            <translation>Se &amp;connecter…</translation>
        </message>
        <message>
            <source>Sign in to the selected provider in your browser</source>
            <translation>Se connecter au fournisseur sélectionné dans le navigateur</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <source>A&amp;lerts…</source>
            <translation>A&amp;lertes…</translation>
        </message>
        <message>
            <source>When to raise an alert about a connection</source>
            <translation>Quand signaler un problème sur une connexion</translation>
        </message>
        <message numerus="yes">
            <source>%n webhook(s) refused in the last 24 hours at an address no connection declares; the last at %1: %2 %3 (%4) — %5</source>
            <translation>
                <numerusform>%n webhook refusé ces dernières 24 heures à une adresse qu'aucune connexion ne déclare ; le dernier à %1 : %2 %3 (%4) — %5</numerusform>
                <numerusform>%n webhooks refusés ces dernières 24 heures à une adresse qu'aucune connexion ne déclare ; le dernier à %1 : %2 %3 (%4) — %5</numerusform>
            </translation>
        </message>
        <message>
            <source>This connection pushes its events to Moulin as they happen: there is nothing to synchronise.</source>
            <translation>Cette connexion envoie ses événements à Moulin dès qu’ils se produisent : il n’y a rien à synchroniser.</translation>
        </message>
        <message>
            <source>Fetch what changed at the selected provider now</source>
            <translation>Récupérer maintenant ce qui a changé chez le fournisseur sélectionné</translation>
        </message>
        <message>
            <source>This connection receives signed webhooks: there is no account to sign in to.</source>
            <translation>Cette connexion reçoit des webhooks signés : il n'y a pas de compte auquel se connecter.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::InvoiceCsv</name>
        <message>
            <source>The column mapping needs a product code or GTIN, the quantity, the unit price and the VAT rate.</source>
            <translation>La correspondance des colonnes doit indiquer un code article ou un GTIN, la quantité, le prix unitaire et le taux de TVA.</translation>
        </message>
        <message>
            <source>column %1</source>
            <translation>colonne %1</translation>
        </message>
        <message>
            <source>Row %1, column "%2": "%3" is not a number.</source>
            <translation>Ligne %1, colonne « %2 » : « %3 » n'est pas un nombre.</translation>
        </message>
        <message>
            <source>Row %1: no product code or GTIN.</source>
            <translation>Ligne %1 : ni code article ni GTIN.</translation>
        </message>
        <message>
            <source>Row %1, column "%2": a negative price (%3).</source>
            <translation>Ligne %1, colonne « %2 » : prix négatif (%3).</translation>
        </message>
        <message>
            <source>Row %1, column "%2": %3 is not a French VAT rate (5,5, 10 or 20).</source>
            <translation>Ligne %1, colonne « %2 » : %3 n'est pas un taux de TVA français (5,5, 10 ou 20).</translation>
        </message>
        <message>
            <source>Row %1: the line total %2 is not quantity × unit price (%3).</source>
            <translation>Ligne %1 : le montant %2 n'est pas quantité × prix unitaire (%3).</translation>
        </message>
        <message>
            <source>The file holds no invoice line.</source>
            <translation>Le fichier ne contient aucune ligne de facture.</translation>
        </message>
        <message>
            <source>The column mapping could not be saved.</source>
            <translation>La correspondance des colonnes n'a pas pu être enregistrée.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::InvoiceCsvDialog</name>
        <message>
            <source>Product code</source>
            <translation>Code article</translation>
        </message>
        <message>
            <source>GTIN (EAN)</source>
            <translation>GTIN (EAN)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Désignation</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Unit price excl. VAT</source>
            <translation>Prix unitaire HT</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>Taux de TVA</translation>
        </message>
        <message>
            <source>Line total excl. VAT</source>
            <translation>Montant HT de la ligne</translation>
        </message>
        <message>
            <source>Import a CSV invoice</source>
            <translation>Importer une facture CSV</translation>
        </message>
        <message>
            <source>The number on the invoice</source>
            <translation>Le numéro porté sur la facture</translation>
        </message>
        <message>
            <source>Optional: PO-…</source>
            <translation>Facultatif : PO-…</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Fournisseur</translation>
        </message>
        <message>
            <source>Invoice number</source>
            <translation>N° de facture</translation>
        </message>
        <message>
            <source>Invoice date</source>
            <translation>Date de facture</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Semicolon (;)</source>
            <translation>Point-virgule (;)</translation>
        </message>
        <message>
            <source>Comma (,)</source>
            <translation>Virgule (,)</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tabulation</translation>
        </message>
        <message>
            <source>Decimal comma (12,50)</source>
            <translation>Virgule décimale (12,50)</translation>
        </message>
        <message>
            <source>The first row names the columns</source>
            <translation>La première ligne nomme les colonnes</translation>
        </message>
        <message>
            <source>Separator</source>
            <translation>Séparateur</translation>
        </message>
        <message>
            <source>&lt;b&gt;Columns&lt;/b&gt; (mapped once per supplier, saved)</source>
            <translation>&lt;b&gt;Colonnes&lt;/b&gt; (à indiquer une fois par fournisseur, enregistré)</translation>
        </message>
        <message>
            <source>&lt;b&gt;First rows&lt;/b&gt;</source>
            <translation>&lt;b&gt;Premières lignes&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Column %1</source>
            <translation>Colonne %1</translation>
        </message>
        <message>
            <source>Type the invoice's number.</source>
            <translation>Saisissez le numéro de la facture.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::InvoicesPage</name>
        <message>
            <source>Invoices</source>
            <translation>Factures</translation>
        </message>
        <message>
            <source>The suppliers' invoices against what was ordered and received. A approves the selected line (its billed price becomes the product's cost, the recipes follow), R refuses it, Ctrl+Enter approves the whole invoice.</source>
            <translation>Les factures des fournisseurs face à ce qui a été commandé et reçu. A approuve la ligne choisie (son prix facturé devient le coût du produit, les fiches techniques suivent), R la refuse, Ctrl+Entrée approuve toute la facture.</translation>
        </message>
        <message>
            <source>&amp;Import an invoice…</source>
            <translation>&amp;Importer une facture…</translation>
        </message>
        <message>
            <source>A UBL invoice (PEPPOL BIS Billing 3.0) or a CSV file (Ctrl+O)</source>
            <translation>Une facture UBL (PEPPOL BIS Billing 3.0) ou un fichier CSV (Ctrl+O)</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Fournisseur</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Facture</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Total incl. VAT</source>
            <translation>Total TTC</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Differences</source>
            <translation>Écarts</translation>
        </message>
        <message>
            <source>Unmatched</source>
            <translation>Non rapprochées</translation>
        </message>
        <message>
            <source>#</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Commandé</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Billed</source>
            <translation>Facturé</translation>
        </message>
        <message>
            <source>Ordered price</source>
            <translation>Prix commandé</translation>
        </message>
        <message>
            <source>Billed price</source>
            <translation>Prix facturé</translation>
        </message>
        <message>
            <source>Amount excl. VAT</source>
            <translation>Montant HT</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>&amp;Approve line (A)</source>
            <translation>&amp;Approuver la ligne (A)</translation>
        </message>
        <message>
            <source>&amp;Refuse line (R)</source>
            <translation>&amp;Refuser la ligne (R)</translation>
        </message>
        <message>
            <source>Approve the invoice (Ctrl+Enter)</source>
            <translation>Approuver la facture (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Refuse the invoice</source>
            <translation>Refuser la facture</translation>
        </message>
        <message>
            <source>Credit-note request (PDF)…</source>
            <translation>Demande d'avoir (PDF)…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Lines matching nothing&lt;/b&gt; — kept for review, never dropped</source>
            <translation>&lt;b&gt;Lignes non rapprochées&lt;/b&gt; — gardées pour examen, jamais écartées</translation>
        </message>
        <message>
            <source>%1 (credit note)</source>
            <translation>%1 (avoir)</translation>
        </message>
        <message>
            <source>&lt;b&gt;No invoice yet.&lt;/b&gt; They arrive with the suppliers' sync, or import one (Ctrl+O).</source>
            <translation>&lt;b&gt;Aucune facture pour l'instant.&lt;/b&gt; Elles arrivent avec la synchronisation des fournisseurs, ou importez-en une (Ctrl+O).</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt; — %2, order %3: %n line(s) to decide</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, commande %3 : %n ligne à trancher</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, commande %3 : %n lignes à trancher</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>pas encore</translation>
        </message>
        <message>
            <source>%1 (announced)</source>
            <translation>%1 (annoncé)</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approuvée</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusée</translation>
        </message>
        <message>
            <source>Matches nothing</source>
            <translation>Ne correspond à rien</translation>
        </message>
        <message>
            <source>Price and quantity differ</source>
            <translation>Prix et quantité diffèrent</translation>
        </message>
        <message>
            <source>Price differs</source>
            <translation>Prix différent</translation>
        </message>
        <message>
            <source>Quantity differs</source>
            <translation>Quantité différente</translation>
        </message>
        <message>
            <source>As ordered</source>
            <translation>Conforme</translation>
        </message>
        <message>
            <source>Billed %1 beyond what was received: in the credit-note request.</source>
            <translation>%1 facturé au-delà de ce qui a été reçu : dans la demande d'avoir.</translation>
        </message>
        <message>
            <source>%1 (%2 %)</source>
            <translation>%1 (%2 %)</translation>
        </message>
        <message>
            <source>VAT %1 %: %2 on %3 ✓</source>
            <translation>TVA %1 % : %2 sur %3 ✓</translation>
        </message>
        <message>
            <source>VAT %1 %: the lines make %2 (VAT %3), the invoice states %4 (VAT %5)</source>
            <translation>TVA %1 % : les lignes font %2 (TVA %3), la facture indique %4 (TVA %5)</translation>
        </message>
        <message>
            <source>Total excl. VAT %1, VAT %2, incl. VAT %3. %4</source>
            <translation>Total HT %1, TVA %2, TTC %3. %4</translation>
        </message>
        <message>
            <source>Billed beyond what was received: %1 incl. VAT to claim.</source>
            <translation>Facturé au-delà de ce qui a été reçu : %1 TTC à réclamer.</translation>
        </message>
        <message>
            <source>Import a supplier's invoice</source>
            <translation>Importer une facture fournisseur</translation>
        </message>
        <message>
            <source>Invoices (*.xml *.csv *.txt);;UBL (*.xml);;CSV (*.csv *.txt)</source>
            <translation>Factures (*.xml *.csv *.txt);;UBL (*.xml);;CSV (*.csv *.txt)</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>Invoice %1 imported and matched.</source>
            <translation>Facture %1 importée et rapprochée.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) approved; %1 product cost(s) updated, %2 recipe(s) recomputed.</source>
            <translation>
                <numerusform>%n ligne approuvée ; %1 coût(s) produit mis à jour, %2 fiche(s) technique(s) recalculée(s).</numerusform>
                <numerusform>%n lignes approuvées ; %1 coût(s) produit mis à jour, %2 fiche(s) technique(s) recalculée(s).</numerusform>
            </translation>
        </message>
        <message>
            <source>Invoice refused.</source>
            <translation>Facture refusée.</translation>
        </message>
        <message>
            <source>Line refused.</source>
            <translation>Ligne refusée.</translation>
        </message>
        <message>
            <source>Save the credit-note request (PDF)</source>
            <translation>Enregistrer la demande d'avoir (PDF)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Credit-note request saved: %1</source>
            <translation>Demande d'avoir enregistrée : %1</translation>
        </message>
        <message>
            <source>Export the credit-note request (CSV)</source>
            <translation>Exporter la demande d'avoir (CSV)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <source>Credit-note request exported: %1</source>
            <translation>Demande d'avoir exportée : %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Invoices received again with other content&lt;/b&gt; — the held invoice is unchanged until you decide: keep it, or replace it by the new one while it is not approved</source>
            <translation>&lt;b&gt;Factures reçues à nouveau avec un autre contenu&lt;/b&gt; — la facture enregistrée reste inchangée jusqu’à votre décision : la garder, ou la remplacer par la nouvelle tant qu’elle n’est pas approuvée</translation>
        </message>
        <message>
            <source>Received again</source>
            <translation>Reçue à nouveau le</translation>
        </message>
        <message>
            <source>Held: total incl. VAT</source>
            <translation>Enregistrée : total TTC</translation>
        </message>
        <message>
            <source>New: total incl. VAT</source>
            <translation>Nouvelle : total TTC</translation>
        </message>
        <message>
            <source>Held invoice</source>
            <translation>Facture enregistrée</translation>
        </message>
        <message>
            <source>&amp;Keep the held invoice</source>
            <translation>&amp;Garder la facture enregistrée</translation>
        </message>
        <message>
            <source>Re&amp;place by the new one</source>
            <translation>Rem&amp;placer par la nouvelle</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n line(s))</source>
            <translation>
                <numerusform>%1 (%n ligne)</numerusform>
                <numerusform>%1 (%n lignes)</numerusform>
            </translation>
        </message>
        <message>
            <source>Invoice %1 is already here with the same content: nothing changed.</source>
            <translation>La facture %1 est déjà là avec le même contenu : rien n’a changé.</translation>
        </message>
        <message>
            <source>Invoice %1 is already held with other content: the new one is set aside above for you to keep the held one or replace it.</source>
            <translation>La facture %1 est déjà enregistrée avec un autre contenu : la nouvelle est mise de côté ci-dessus, à vous de garder l’enregistrée ou de la remplacer.</translation>
        </message>
        <message>
            <source>Invoice %1 is approved: it is never replaced. Keep it and ask %2 for a credit note cancelling it, then a new invoice with the corrected amounts.</source>
            <translation>La facture %1 est approuvée : elle n’est jamais remplacée. Gardez-la et demandez à %2 un avoir qui l’annule, puis une nouvelle facture aux montants corrigés.</translation>
        </message>
        <message>
            <source>Invoice %1 is not approved yet: replacing it matches the new one against the order and the receipts (the held document is kept).</source>
            <translation>La facture %1 n’est pas encore approuvée : la remplacer rapproche la nouvelle de la commande et des réceptions (le document enregistré est conservé).</translation>
        </message>
        <message>
            <source>Invoice %1 replaced by the one received again, and matched.</source>
            <translation>Facture %1 remplacée par celle reçue à nouveau, et rapprochée.</translation>
        </message>
        <message>
            <source>Invoice %1 kept as held; the one received again is set aside.</source>
            <translation>Facture %1 conservée telle qu’enregistrée ; celle reçue à nouveau est écartée.</translation>
        </message>
        <message>
            <source>Credit-note request (CSV)…</source>
            <translation>Demande d'avoir (CSV)…</translation>
        </message>
        <message>
            <source>No supplier invoice yet: they arrive with the suppliers' synchronisation, or choose “Import an invoice…” for a UBL or CSV file.</source>
            <translation>Aucune facture fournisseur pour l’instant : elles arrivent avec la synchronisation des fournisseurs, ou choisissez « Importer une facture… » pour un fichier UBL ou CSV.</translation>
        </message>
        <message>
            <source>Choose an invoice above to compare its lines with the order and the delivery.</source>
            <translation>Choisissez une facture ci-dessus pour comparer ses lignes à la commande et à la livraison.</translation>
        </message>
        <message>
            <source>No invoice line waiting: every line billed matches an order.</source>
            <translation>Aucune ligne en attente : chaque ligne facturée correspond à une commande.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ItemsPage</name>
        <message>
            <source>%1 sold</source>
            <translation>%1 vendu(s)</translation>
        </message>
        <message>
            <source>item “%1”</source>
            <translation>article « %1 »</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Incl. VAT</source>
            <translation>TTC</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Best sellers</source>
            <translation>Meilleures ventes</translation>
        </message>
        <message>
            <source>Slowest sellers</source>
            <translation>Moins vendus</translation>
        </message>
        <message>
            <source>top %1, incl. VAT</source>
            <translation>%1 premiers, TTC</translation>
        </message>
        <message>
            <source>bottom %1, incl. VAT</source>
            <translation>%1 derniers, TTC</translation>
        </message>
        <message>
            <source>All items sold</source>
            <translation>Tous les articles vendus</translation>
        </message>
        <message>
            <source>items</source>
            <translation>articles</translation>
        </message>
    </context>
    <context>
        <name>Moulin::KpiCard</name>
        <message>
            <source>importing…</source>
            <translation>import en cours…</translation>
        </message>
        <message>
            <source>The sales history is still being imported from the till: the change against last year will show once it is complete.</source>
            <translation>L’historique des ventes est encore en cours d’import depuis la caisse : l’évolution par rapport à l’an dernier s’affichera une fois l’import terminé.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::KpiCards</name>
        <message>
            <source>Last year: %1</source>
            <translation>N-1 : %1</translation>
        </message>
        <message>
            <source>Lunch</source>
            <translation>Midi</translation>
        </message>
        <message>
            <source>Dinner</source>
            <translation>Soir</translation>
        </message>
        <message>
            <source>Turnover excl. VAT</source>
            <translation>CA HT</translation>
        </message>
        <message>
            <source>Turnover incl. VAT</source>
            <translation>CA TTC</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Couverts</translation>
        </message>
        <message>
            <source>Average ticket</source>
            <translation>Ticket moyen</translation>
        </message>
        <message>
            <source>Guests served</source>
            <translation>Nombre de clients servis</translation>
        </message>
        <message>
            <source>Turnover incl. VAT divided by the number of receipts</source>
            <translation>CA TTC divisé par le nombre de tickets</translation>
        </message>
        <message>
            <source>Last year until %1: %2</source>
            <translation>N-1 jusqu’à %1 : %2</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>pas encore commencé</translation>
        </message>
        <message>
            <source>Dinner starts at %1</source>
            <translation>Le service du soir commence à %1</translation>
        </message>
        <message>
            <source>being imported</source>
            <translation>en cours d’import</translation>
        </message>
    </context>
    <context>
        <name>Moulin::LightspeedConnector</name>
        <message>
            <source>The POS sent a page of sales that could not be read (%1); it will be asked for again.</source>
            <translation>La caisse a envoyé une page de ventes illisible (%1) ; elle sera redemandée.</translation>
        </message>
        <message>
            <source>Lightspeed sent a list of businesses that could not be read: %1</source>
            <translation>Lightspeed a envoyé une liste d’établissements illisible : %1</translation>
        </message>
        <message>
            <source>Lightspeed's answer to %1 could not be read: %2</source>
            <translation>La réponse de Lightspeed à %1 est illisible : %2</translation>
        </message>
        <message>
            <source>The tax rate « %1 » has no code or no rate given as a multiplier such as 1.1 (got %2).</source>
            <translation>Le taux de TVA « %1 » n'a pas de code, ou pas de taux donné en multiplicateur tel que 1.1 (reçu : %2).</translation>
        </message>
        <message>
            <source>The payment method « %1 » has no code.</source>
            <translation>Le mode de règlement « %1 » n'a pas de code.</translation>
        </message>
        <message>
            <source>The discount « %1 » has no code, or no readable discountPercentage or discountAmount.</source>
            <translation>La remise « %1 » n'a pas de code, ou pas de discountPercentage ni de discountAmount lisible.</translation>
        </message>
        <message>
            <source>The item « %1 » (%2) has no id or no readable price (prices[0].amount).</source>
            <translation>L'article « %1 » (%2) n'a pas d'identifiant ou pas de prix lisible (prices[0].amount).</translation>
        </message>
    </context>
    <context>
        <name>Moulin::LightspeedModule</name>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>Moulin::LoadCell</name>
        <message numerus="yes">
            <source>%1, %2: %3, %n booking(s)%4</source>
            <translation>
                <numerusform>%1, %2 : %3, %n réservation%4</numerusform>
                <numerusform>%1, %2 : %3, %n réservations%4</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Moulin::LoyaltyRulesPage</name>
        <message>
            <source>Every %1 visits</source>
            <translation>Toutes les %1 visites</translation>
        </message>
        <message>
            <source>%1 spent in all</source>
            <translation>%1 dépensés au total</translation>
        </message>
        <message>
            <source>Birthday (the week before)</source>
            <translation>Anniversaire (la semaine qui précède)</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>inactive</translation>
        </message>
        <message>
            <source>The number of visits must be a whole number from 1 to %1 (not "%2").</source>
            <translation>Le nombre de visites doit être un nombre entier de 1 à %1 (et non « %2 »).</translation>
        </message>
        <message>
            <source>The spend threshold must be an amount in euros above zero, e.g. 500 or 499,90 (not "%1").</source>
            <translation>Le seuil de dépense doit être un montant en euros supérieur à zéro, par ex. 500 ou 499,90 (et non « %1 »).</translation>
        </message>
        <message>
            <source>This rule exists already (%1): select it to change or reactivate it.</source>
            <translation>Cette règle existe déjà (%1) : sélectionnez-la pour la modifier ou la réactiver.</translation>
        </message>
        <message>
            <source>The rule was not added: %1</source>
            <translation>La règle n'a pas été ajoutée : %1</translation>
        </message>
        <message>
            <source>Select a rule first.</source>
            <translation>Sélectionnez d'abord une règle.</translation>
        </message>
        <message>
            <source>The rule was not saved: %1</source>
            <translation>La règle n'a pas été enregistrée : %1</translation>
        </message>
        <message>
            <source>Rule saved: %1.</source>
            <translation>Règle enregistrée : %1.</translation>
        </message>
        <message>
            <source>The rule was not changed: %1</source>
            <translation>La règle n'a pas été modifiée : %1</translation>
        </message>
        <message>
            <source>Rule activated: %1.</source>
            <translation>Règle activée : %1.</translation>
        </message>
        <message>
            <source>Rule deactivated: %1. The rewards already granted stay.</source>
            <translation>Règle désactivée : %1. Les récompenses déjà accordées restent.</translation>
        </message>
        <message>
            <source>&amp;Threshold (€)</source>
            <translation>&amp;Seuil (€)</translation>
        </message>
        <message>
            <source>&amp;Threshold (visits)</source>
            <translation>&amp;Seuil (visites)</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Désactiver</translation>
        </message>
        <message>
            <source>Acti&amp;vate</source>
            <translation>Acti&amp;ver</translation>
        </message>
        <message>
            <source>A guest earns a reward once per milestone: every N visits, a lifetime spend, or the week before their birthday. Deactivating a rule grants no new reward; those granted stay.</source>
            <translation>Un client obtient une récompense une fois par palier : toutes les N visites, un montant dépensé au total, ou la semaine qui précède son anniversaire. Une règle désactivée n'accorde plus de récompense ; celles déjà accordées restent.</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>Every N visits</source>
            <translation>Toutes les N visites</translation>
        </message>
        <message>
            <source>Lifetime spend (€)</source>
            <translation>Dépense totale (€)</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Anniversaire</translation>
        </message>
        <message>
            <source>&amp;Add a rule</source>
            <translation>A&amp;jouter une règle</translation>
        </message>
        <message>
            <source>&amp;Save the rule</source>
            <translation>En&amp;registrer la règle</translation>
        </message>
        <message>
            <source>Granting the rewards now due…</source>
            <translation>Attribution des récompenses désormais dues…</translation>
        </message>
        <message>
            <source>The rewards could not be granted now (%1): guests will get them as their profiles change.</source>
            <translation>Les récompenses n’ont pas pu être attribuées maintenant (%1) : les clients les recevront au fil des changements de leur fiche.</translation>
        </message>
        <message>
            <source>No new reward was due.</source>
            <translation>Aucune nouvelle récompense n’était due.</translation>
        </message>
        <message numerus="yes">
            <source>%n reward(s) granted at once to the guests who had reached it.</source>
            <translation>
                <numerusform>%n récompense accordée tout de suite au client qui y avait droit.</numerusform>
                <numerusform>%n récompenses accordées tout de suite aux clients qui y avaient droit.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rule added: %1.</source>
            <translation>Règle ajoutée : %1.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::MainWindow</name>
        <message>
            <source>Moulin — Restaurant back-office</source>
            <translation>Moulin — Back-office du restaurant</translation>
        </message>
        <message>
            <source>&amp;Integrations</source>
            <translation>&amp;Intégrations</translation>
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
        <message>
            <source>&amp;Integrations (%1)</source>
            <translation>&amp;Intégrations (%1)</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Sauvegardes…</translation>
        </message>
    </context>
    <context>
        <name>Moulin::MenuItemsModel</name>
        <message>
            <source>Synchronised</source>
            <translation>Synchronisé</translation>
        </message>
        <message>
            <source>Waiting for the till</source>
            <translation>En attente de la caisse</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Conflit</translation>
        </message>
        <message>
            <source>Rejected by the till</source>
            <translation>Refusé par la caisse</translation>
        </message>
        <message>
            <source>The till has this price.</source>
            <translation>La caisse a ce prix.</translation>
        </message>
        <message>
            <source>The new price is saved here and will be sent to the till at the next synchronisation.</source>
            <translation>Le nouveau prix est enregistré ici et sera envoyé à la caisse à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>The price was changed on the till too. Choose which price to keep.</source>
            <translation>Le prix a aussi été modifié sur la caisse. Choisissez le prix à garder.</translation>
        </message>
        <message>
            <source>The till refused this price; the Integrations tab has the details.</source>
            <translation>La caisse a refusé ce prix ; l’onglet Intégrations en donne le détail.</translation>
        </message>
        <message>
            <source>Price on the till: %1</source>
            <translation>Prix sur la caisse : %1</translation>
        </message>
        <message>
            <source>Double-click or press F2 to change the price</source>
            <translation>Double-cliquez ou appuyez sur F2 pour modifier le prix</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Accounting group</source>
            <translation>Famille</translation>
        </message>
        <message>
            <source>Price incl. VAT</source>
            <translation>Prix TTC</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>TVA</translation>
        </message>
        <message>
            <source>Till</source>
            <translation>Caisse</translation>
        </message>
        <message>
            <source>The till gives no VAT rate for this item nor for its group; each sale carries its own.</source>
            <translation>La caisse n’indique pas de taux de TVA pour cet article ni pour sa famille ; chaque vente porte le sien.</translation>
        </message>
        <message>
            <source>%1, according to the sales: the till gives no VAT rate for this item nor for its group.</source>
            <translation>%1, d'après les ventes : la caisse ne donne de taux de TVA ni pour cet article ni pour sa famille.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::MenuPriceView</name>
        <message>
            <source>The price of “%1” was also changed on the till. Keep %2, or take the till's price?</source>
            <translation>Le prix de « %1 » a aussi été modifié sur la caisse. Garder %2, ou reprendre le prix de la caisse ?</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for the till</source>
            <translation>
                <numerusform>%n en attente de la caisse</numerusform>
                <numerusform>%n en attente de la caisse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in conflict</source>
            <translation>
                <numerusform>%n en conflit</numerusform>
                <numerusform>%n en conflit</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%n refusé</numerusform>
                <numerusform>%n refusés</numerusform>
            </translation>
        </message>
        <message>
            <source>Change price…</source>
            <translation>Modifier le prix…</translation>
        </message>
        <message>
            <source>Edit the selected item's price (F2)</source>
            <translation>Modifier le prix de l’article sélectionné (F2)</translation>
        </message>
        <message>
            <source>Keep my price</source>
            <translation>Garder mon prix</translation>
        </message>
        <message>
            <source>Take the till's price</source>
            <translation>Reprendre le prix de la caisse</translation>
        </message>
        <message>
            <source>menu-prices</source>
            <translation>menu-prix</translation>
        </message>
        <message>
            <source>The price of “%1” was also changed on the till, to %2. Keep %3, or take the till's price?</source>
            <translation>Le prix de « %1 » a aussi été modifié sur la caisse, à %2. Garder %3, ou reprendre le prix de la caisse ?</translation>
        </message>
        <message>
            <source>The till refused the price of “%1”. Change it to try again.</source>
            <translation>La caisse a refusé le prix de « %1 ». Modifiez-le pour réessayer.</translation>
        </message>
        <message>
            <source>The till refused the price of “%1”: %2</source>
            <translation>La caisse a refusé le prix de « %1 » : %2</translation>
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
        <message>
            <source>Cannot open the local database</source>
            <translation>Impossible d’ouvrir la base locale</translation>
        </message>
        <message>
            <source>Import a connector configuration</source>
            <translation>Importer une configuration de connecteur</translation>
        </message>
        <message>
            <source>JSON configuration (*.json);;All files (*)</source>
            <translation>Configuration JSON (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Import de %1…</translation>
        </message>
        <message>
            <source>Configuration imported: %1</source>
            <translation>Configuration importée : %1</translation>
        </message>
        <message>
            <source>Import refused: nothing was changed</source>
            <translation>Import refusé : rien n’a été modifié</translation>
        </message>
        <message>
            <source>Configuration not imported</source>
            <translation>Configuration non importée</translation>
        </message>
        <message>
            <source>%1 was not imported and nothing was changed:</source>
            <translation>%1 n’a pas été importé et rien n’a été modifié :</translation>
        </message>
        <message numerus="yes">
            <source>%n connection(s) configured — waiting for the first sync</source>
            <translation>
                <numerusform>%n connexion configurée — en attente de la première synchro</numerusform>
                <numerusform>%n connexions configurées — en attente de la première synchro</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 connections up — %3 in error (see Integrations)</source>
            <translation>%1 connexion(s) active(s) sur %2 — %3 en erreur (voir Intégrations)</translation>
        </message>
        <message>
            <source>%1 — %2: %3</source>
            <translation>%1 — %2 : %3</translation>
        </message>
        <message>
            <source>Could not open a browser. Open this address to sign in: %1</source>
            <translation>Impossible d’ouvrir un navigateur. Ouvrez cette adresse pour vous connecter : %1</translation>
        </message>
        <message>
            <source>Nothing to synchronise: no enabled feed.</source>
            <translation>Rien à synchroniser : aucun flux activé.</translation>
        </message>
        <message>
            <source>Not supported by this version of Moulin yet</source>
            <translation>Pas encore pris en charge par cette version de Moulin</translation>
        </message>
        <message>
            <source>Backup not restored</source>
            <translation>Sauvegarde non restaurée</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Sauvegarde restaurée</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Moulin could not start again by itself: close it and open it again, the backup will be restored then.</source>
            <translation>Moulin n’a pas pu redémarrer seul : fermez-le et rouvrez-le, la sauvegarde sera restaurée à ce moment-là.</translation>
        </message>
        <message>
            <source>Backup failed: %1</source>
            <translation>Échec de la sauvegarde : %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::NeedsEditor</name>
        <message>
            <source>Apply to the selected times</source>
            <translation>Appliquer aux horaires sélectionnés</translation>
        </message>
        <message>
            <source>Follow the forecast</source>
            <translation>Suivre la prévision</translation>
        </message>
        <message>
            <source>Staff needed — %1, %2</source>
            <translation>Effectif nécessaire — %1, %2</translation>
        </message>
        <message>
            <source>Staff needed per quarter of an hour. &lt;b&gt;Computed&lt;/b&gt; is what the covers forecast and the role's ratio give; change the &lt;b&gt;minimum&lt;/b&gt; (kept by every roster) or the &lt;b&gt;need&lt;/b&gt; (what the optimiser aims for). Times you change keep your values until you give them back to the forecast.</source>
            <translation>Effectif nécessaire par quart d'heure. &lt;b&gt;Calculé&lt;/b&gt; est ce que donnent la prévision d'affluence et le ratio du rôle ; modifiez le &lt;b&gt;minimum&lt;/b&gt; (respecté par tout planning) ou le &lt;b&gt;besoin&lt;/b&gt; (ce que vise l'optimiseur). Les horaires modifiés gardent vos valeurs jusqu'à ce que vous les rendiez à la prévision.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Covers (forecast)</source>
            <translation>Couverts (prévision)</translation>
        </message>
        <message>
            <source>Computed (min. / need)</source>
            <translation>Calculé (min. / besoin)</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <source>Need</source>
            <translation>Besoin</translation>
        </message>
        <message>
            <source>Give the selected times (all when none is selected) their computed values back.</source>
            <translation>Rendre aux horaires sélectionnés (à tous si aucun n'est sélectionné) leurs valeurs calculées.</translation>
        </message>
        <message>
            <source>Changed by hand (computed: minimum %1, need %2)</source>
            <translation>Modifié à la main (calcul : minimum %1, besoin %2)</translation>
        </message>
        <message>
            <source>Needs not saved</source>
            <translation>Besoins non enregistrés</translation>
        </message>
    </context>
    <context>
        <name>Moulin::NewBookingForm</name>
        <message>
            <source>Name: required for a booking by phone.</source>
            <translation>Nom : obligatoire pour une réservation par téléphone.</translation>
        </message>
        <message>
            <source>Covers: must be a positive number (e.g. 4).</source>
            <translation>Couverts : un nombre positif (par ex. 4).</translation>
        </message>
        <message>
            <source>Covers: %1 is not plausible.</source>
            <translation>Couverts : %1, ce n’est pas plausible.</translation>
        </message>
        <message>
            <source>Time: required (e.g. 20:30).</source>
            <translation>Heure : obligatoire (par ex. 20:30).</translation>
        </message>
        <message>
            <source>Time: « %1 » is not a time (e.g. 20:30 or 20h30).</source>
            <translation>Heure : « %1 » n’est pas une heure (par ex. 20:30 ou 20h30).</translation>
        </message>
        <message>
            <source>New booking for %1</source>
            <translation>Nouvelle réservation pour %1</translation>
        </message>
        <message>
            <source>New booking</source>
            <translation>Nouvelle réservation</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Téléphone</translation>
        </message>
        <message>
            <source>C&amp;overs</source>
            <translation>C&amp;ouverts</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>&amp;Heure</translation>
        </message>
        <message>
            <source>&amp;Requests</source>
            <translation>&amp;Demandes</translation>
        </message>
        <message>
            <source>A&amp;llergies</source>
            <translation>A&amp;llergies</translation>
        </message>
        <message>
            <source>Guest's name</source>
            <translation>Nom du client</translation>
        </message>
        <message>
            <source>06 12 34 56 78</source>
            <translation>06 12 34 56 78</translation>
        </message>
        <message>
            <source>20:30</source>
            <translation>20:30</translation>
        </message>
        <message>
            <source>Birthday, high chair, terrace…</source>
            <translation>Anniversaire, chaise haute, terrasse…</translation>
        </message>
        <message>
            <source>Peanuts, gluten…</source>
            <translation>Arachides, gluten…</translation>
        </message>
        <message>
            <source>At the &amp;door</source>
            <translation>Sur &amp;place</translation>
        </message>
        <message>
            <source>The guests are here without a booking: recorded as a walk-in, arrived now</source>
            <translation>Les clients sont là sans réservation : enregistrée sur place, arrivée maintenant</translation>
        </message>
        <message>
            <source>Save (Enter)</source>
            <translation>Enregistrer (Entrée)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Annuler (Échap)</translation>
        </message>
        <message>
            <source>&amp;Zone</source>
            <translation>&amp;Zone</translation>
        </message>
        <message>
            <source>No wish</source>
            <translation>Pas de souhait</translation>
        </message>
        <message>
            <source>The part of the floor plan the guests asked for: the table plan seats them there when it can</source>
            <translation>La partie de la salle demandée par les clients : le plan de table les y place quand il le peut</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Exigée</translation>
        </message>
        <message>
            <source>Seat them in this zone or not at all (else: a preference)</source>
            <translation>Les placer dans cette zone ou pas du tout (sinon : une préférence)</translation>
        </message>
    </context>
    <context>
        <name>Moulin::OpenTableFeeds</name>
        <message>
            <source>OpenTable's answer to %1 could not be read: %2</source>
            <translation>La réponse d’OpenTable à %1 est illisible : %2</translation>
        </message>
        <message>
            <source>The reservation %1 has an invalid %2: %3.</source>
            <translation>La réservation %1 a un champ %2 invalide : %3.</translation>
        </message>
        <message>
            <source>A reservation has no id (%1).</source>
            <translation>Une réservation n’a pas d’identifiant (%1).</translation>
        </message>
        <message>
            <source>The reservation %1 has an unknown %2: %3.</source>
            <translation>La réservation %1 a un champ %2 inconnu : %3.</translation>
        </message>
        <message>
            <source>A guest has no id (%1).</source>
            <translation>Un client n’a pas d’identifiant (%1).</translation>
        </message>
        <message>
            <source>The guest %1 has an invalid %2: %3.</source>
            <translation>Le client %1 a un champ %2 invalide : %3.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::OpeningSchedule</name>
        <message>
            <source>%1: not a day of the year</source>
            <translation>%1 : pas un jour de l'année</translation>
        </message>
        <message>
            <source>%1: not understood (mon…sun, optionally -lunch or -dinner, or MM-DD)</source>
            <translation>%1 : non compris (mon…sun, éventuellement -lunch ou -dinner, ou MM-JJ)</translation>
        </message>
    </context>
    <context>
        <name>Moulin::OrderDraft</name>
        <message>
            <source>« %1 » is not a quantity: type a number, e.g. 3, 2,5 or 15 kg.</source>
            <translation>« %1 » n’est pas une quantité : tapez un nombre, par exemple 3, 2,5 ou 15 kg.</translation>
        </message>
        <message>
            <source>« %1 » is not a quantity above zero.</source>
            <translation>« %1 » n’est pas une quantité supérieure à zéro.</translation>
        </message>
        <message>
            <source>%1 is counted in %2 or in packs (%3), not in « %4 ».</source>
            <translation>%1 se compte en %2 ou par colis (%3), pas en « %4 ».</translation>
        </message>
        <message>
            <source>Choose a delivery day; the next possible one is %1.</source>
            <translation>Choisissez un jour de livraison ; le prochain possible est le %1.</translation>
        </message>
        <message>
            <source>%1 has no delivery day.</source>
            <translation>%1 n’a aucun jour de livraison.</translation>
        </message>
        <message>
            <source>The order has no line yet.</source>
            <translation>La commande n’a encore aucune ligne.</translation>
        </message>
        <message>
            <source>%1 (%2) is no longer in %3's catalogue: remove the line.</source>
            <translation>%1 (%2) n’est plus au catalogue de %3 : supprimez la ligne.</translation>
        </message>
        <message>
            <source>Below franco (%1): %2 more for free delivery, otherwise a delivery fee of %3 excl. VAT.</source>
            <translation>Sous le franco (%1) : encore %2 pour la livraison gratuite, sinon %3 HT de frais de livraison.</translation>
        </message>
        <message>
            <source>%1 → %2: whole packs only</source>
            <translation>%1 → %2 : colis entiers uniquement</translation>
        </message>
        <message>
            <source>%1 → %2 of %3 (%4): sold by the pack only</source>
            <translation>%1 → %2 de %3 (%4) : vendu au colis uniquement</translation>
        </message>
    </context>
    <context>
        <name>Moulin::OrderEditorPage</name>
        <message>
            <source>%1 of %2 %3</source>
            <translation>%1 de %2 %3</translation>
        </message>
        <message>
            <source>&amp;Supplier:</source>
            <translation>&amp;Fournisseur :</translation>
        </message>
        <message>
            <source>&amp;Delivery:</source>
            <translation>&amp;Livraison :</translation>
        </message>
        <message>
            <source>&amp;Product:</source>
            <translation>&amp;Produit :</translation>
        </message>
        <message>
            <source>Type a few letters, an article number or a GTIN, then Enter</source>
            <translation>Tapez quelques lettres, une référence ou un GTIN, puis Entrée</translation>
        </message>
        <message>
            <source>&amp;Quantity:</source>
            <translation>&amp;Quantité :</translation>
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation>&amp;Envoyer maintenant</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Send…</source>
            <translation>Envoyer…</translation>
        </message>
        <message>
            <source>Send the order (Ctrl+Enter)</source>
            <translation>Envoyer la commande (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Soit</translation>
        </message>
        <message>
            <source>Net price</source>
            <translation>Prix net HT</translation>
        </message>
        <message>
            <source>Amount excl. VAT</source>
            <translation>Montant HT</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>TVA</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>The draft could not be saved: %1</source>
            <translation>Le brouillon n’a pas pu être enregistré : %1</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message numerus="yes">
            <source>Order (%n line(s))</source>
            <translation>
                <numerusform>Commande (%n ligne)</numerusform>
                <numerusform>Commande (%n lignes)</numerusform>
            </translation>
        </message>
        <message>
            <source>in %1 d %2 h</source>
            <translation>dans %1 j %2 h</translation>
        </message>
        <message>
            <source>in %1 h %2 min</source>
            <translation>dans %1 h %2</translation>
        </message>
        <message>
            <source>in %1 min</source>
            <translation>dans %1 min</translation>
        </message>
        <message>
            <source>Type a new quantity (e.g. 3, 2,5 or 15 kg); Del removes the line</source>
            <translation>Tapez une nouvelle quantité (par exemple 3, 2,5 ou 15 kg) ; Suppr supprime la ligne</translation>
        </message>
        <message>
            <source>No longer in the catalogue: remove the line</source>
            <translation>Plus au catalogue : supprimez la ligne</translation>
        </message>
        <message>
            <source>No supplier yet: the suppliers appear here once their catalogues are synchronised.</source>
            <translation>Aucun fournisseur pour l’instant : ils apparaissent ici une fois leurs catalogues synchronisés.</translation>
        </message>
        <message>
            <source>Total excl. VAT: %1</source>
            <translation>Total HT : %1</translation>
        </message>
        <message>
            <source>delivery: %1</source>
            <translation>livraison : %1</translation>
        </message>
        <message>
            <source>VAT %1: %2</source>
            <translation>TVA %1 : %2</translation>
        </message>
        <message>
            <source>Total incl. VAT: %1</source>
            <translation>Total TTC : %1</translation>
        </message>
        <message>
            <source>Franco reached (%1): free delivery</source>
            <translation>Franco atteint (%1) : livraison gratuite</translation>
        </message>
        <message>
            <source>%1 more for franco, otherwise %2 delivery fee</source>
            <translation>encore %1 pour le franco, sinon %2 de frais</translation>
        </message>
        <message>
            <source>Order by %1 (%2)</source>
            <translation>À commander avant %1 (%2)</translation>
        </message>
        <message>
            <source>Cut-off passed (%1)</source>
            <translation>Heure limite dépassée (%1)</translation>
        </message>
        <message>
            <source>&amp;Use %1</source>
            <translation>Li&amp;vrer le %1</translation>
        </message>
        <message>
            <source>%1 per %2</source>
            <translation>%1 le %2</translation>
        </message>
        <message>
            <source>No product of %1 matches « %2 ».</source>
            <translation>Aucun produit de %1 ne correspond à « %2 ».</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>packs (%1)</source>
            <translation>colis (%1)</translation>
        </message>
        <message>
            <source>Choose a product first: type its name, then Enter.</source>
            <translation>Choisissez d’abord un produit : tapez son nom, puis Entrée.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1: %2 added</source>
            <translation>%1 : %2 ajouté(s)</translation>
        </message>
        <message>
            <source>%1 removed</source>
            <translation>%1 supprimé</translation>
        </message>
        <message>
            <source>Settings ▸ Establishment: %1</source>
            <translation>Paramètres ▸ Établissement : %1</translation>
        </message>
        <message>
            <source>%1 has no connection to send the order through.</source>
            <translation>%1 n’a aucune connexion par laquelle envoyer la commande.</translation>
        </message>
        <message numerus="yes">
            <source>The order cannot be sent yet: %n problem(s) listed above.</source>
            <translation>
                <numerusform>La commande ne peut pas encore partir : %n problème, indiqué ci-dessus.</numerusform>
                <numerusform>La commande ne peut pas encore partir : %n problèmes, indiqués ci-dessus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Send %n line(s) to %1 for delivery on %2, %3 incl. VAT? Enter sends, Esc goes back.</source>
            <translation>
                <numerusform>Envoyer %n ligne à %1 pour une livraison le %2, %3 TTC ? Entrée envoie, Échap revient.</numerusform>
                <numerusform>Envoyer %n lignes à %1 pour une livraison le %2, %3 TTC ? Entrée envoie, Échap revient.</numerusform>
            </translation>
        </message>
        <message>
            <source>The order could not be prepared: %1</source>
            <translation>La commande n’a pas pu être préparée : %1</translation>
        </message>
        <message>
            <source>Order %1 to %2 stored and queued for sending.</source>
            <translation>Commande %1 à %2 enregistrée et mise en file d’envoi.</translation>
        </message>
        <message>
            <source>(promo)</source>
            <translation>(promo)</translation>
        </message>
        <message>
            <source>%1 until %2: instead of %3</source>
            <translation>%1 jusqu'au %2 : au lieu de %3</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Promotion</translation>
        </message>
        <message>
            <source>Minimum order reached (%1)</source>
            <translation>Minimum de commande atteint (%1)</translation>
        </message>
        <message>
            <source>%1 more to reach the minimum order of %2</source>
            <translation>encore %1 pour atteindre le minimum de commande de %2</translation>
        </message>
        <message>
            <source>Split at the best price…</source>
            <translation>Répartir au meilleur prix…</translation>
        </message>
        <message>
            <source>Choose who supplies each line so that prices and delivery fees are lowest, with the other drafts for the same day (Ctrl+Shift+R)</source>
            <translation>Choisir qui livre chaque ligne pour payer le moins en prix et frais de livraison, avec les autres brouillons du même jour (Ctrl+Maj+R)</translation>
        </message>
        <message>
            <source>Remove the lines no longer in the catalogue before splitting the order.</source>
            <translation>Retirez les lignes qui ne sont plus au catalogue avant de répartir la commande.</translation>
        </message>
        <message>
            <source>The order has no line to split across the suppliers.</source>
            <translation>La commande n’a aucune ligne à répartir entre les fournisseurs.</translation>
        </message>
        <message numerus="yes">
            <source>The split was written as %n draft(s), one per supplier and delivery day.</source>
            <translation>
                <numerusform>La répartition a été écrite en %n brouillon, un par fournisseur et jour de livraison.</numerusform>
                <numerusform>La répartition a été écrite en %n brouillons, un par fournisseur et jour de livraison.</numerusform>
            </translation>
        </message>
        <message>
            <source>No product matches « %1 ».</source>
            <translation>Aucun produit ne correspond à « %1 ».</translation>
        </message>
        <message>
            <source>The order has no line yet: type a product's name, reference or GTIN in Product above, then Enter.</source>
            <translation>La commande n’a encore aucune ligne : tapez le nom, la référence ou le GTIN d’un produit dans Produit ci-dessus, puis Entrée.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::OrderSplit</name>
        <message>
            <source>%1: the quantity must be above zero.</source>
            <translation>%1 : la quantité doit être supérieure à zéro.</translation>
        </message>
        <message>
            <source>No supplier carries %1.</source>
            <translation>Aucun fournisseur ne propose %1.</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 le %2</translation>
        </message>
        <message>
            <source>%1 has no delivery day</source>
            <translation>%1 n’a aucun jour de livraison</translation>
        </message>
        <message>
            <source>No supplier can deliver %1 by %2 (cut-off passed or no delivery that day); the earliest: %3.</source>
            <translation>Aucun fournisseur ne peut livrer %1 d’ici le %2 (heure limite passée ou pas de livraison ce jour-là) ; au plus tôt : %3.</translation>
        </message>
        <message>
            <source>%1 is pinned to %2, which cannot deliver it by %3 (next possible delivery: %4).</source>
            <translation>%1 est fixé chez %2, qui ne peut pas le livrer d’ici le %3 (prochaine livraison possible : %4).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>%1 is pinned to %2, which does not carry it.</source>
            <translation>%1 est fixé chez %2, qui ne le propose pas.</translation>
        </message>
        <message>
            <source>%1: %2 requires a minimum order of %3, and the lines it can supply for %4 come to %5.</source>
            <translation>%1 : %2 exige un minimum de commande de %3, et les lignes qu’il peut livrer le %4 ne font que %5.</translation>
        </message>
        <message>
            <source>The search was stopped before a split was found.</source>
            <translation>Le calcul a été arrêté avant de trouver une répartition.</translation>
        </message>
        <message>
            <source>No split meets every supplier's minimum order; pin fewer lines or order more.</source>
            <translation>Aucune répartition ne respecte le minimum de commande de chaque fournisseur ; fixez moins de lignes ou commandez davantage.</translation>
        </message>
        <message>
            <source>%1 has no usual supplier.</source>
            <translation>%1 n’a pas de fournisseur habituel.</translation>
        </message>
        <message>
            <source>%1: the usual supplier, %2, cannot deliver it by %3.</source>
            <translation>%1 : le fournisseur habituel, %2, ne peut pas le livrer d’ici le %3.</translation>
        </message>
        <message>
            <source>%1's minimum order (%2) is not reached from the usual supplier.</source>
            <translation>Le minimum de commande de %1 (%2) n’est pas atteint chez le fournisseur habituel.</translation>
        </message>
        <message>
            <source>minimum order %1 reached</source>
            <translation>minimum de commande de %1 atteint</translation>
        </message>
        <message>
            <source>minimum order %1 not reached</source>
            <translation>minimum de commande de %1 non atteint</translation>
        </message>
        <message>
            <source>franco %1 reached</source>
            <translation>franco de %1 atteint</translation>
        </message>
        <message>
            <source>%1 delivery fee, franco %2 not reached</source>
            <translation>%1 de frais de livraison, franco de %2 non atteint</translation>
        </message>
        <message>
            <source>%1 — delivery on %2: %3</source>
            <translation>%1 — livraison le %2 : %3</translation>
        </message>
        <message>
            <source>The split has no order to write.</source>
            <translation>La répartition n’a aucune commande à écrire.</translation>
        </message>
        <message>
            <source>%1 is no longer a supplier.</source>
            <translation>%1 n’est plus un fournisseur.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::OrderSplitDialog</name>
        <message>
            <source>Split at the best price</source>
            <translation>Répartir au meilleur prix</translation>
        </message>
        <message>
            <source>Each line goes to the supplier that makes the whole purchase cheapest: prices of the delivery day, whole packs, delivery fees below franco and minimum orders, cut-off times and delivery days. Choose a line's supplier below to pin it.</source>
            <translation>Chaque ligne va au fournisseur qui rend l’ensemble de l’achat le moins cher : prix du jour de livraison, colis entiers, frais de livraison sous le franco et minimums de commande, heures limites et jours de livraison. Choisissez ci-dessous le fournisseur d’une ligne pour la fixer.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Besoin</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Fournisseur</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Livraison</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Commandé</translation>
        </message>
        <message>
            <source>Net price</source>
            <translation>Prix net</translation>
        </message>
        <message>
            <source>Amount excl. VAT</source>
            <translation>Montant HT</translation>
        </message>
        <message>
            <source>Usual supplier</source>
            <translation>Fournisseur habituel</translation>
        </message>
        <message>
            <source>&amp;Supplier of the line:</source>
            <translation>&amp;Fournisseur de la ligne :</translation>
        </message>
        <message>
            <source>&amp;Link to another product…</source>
            <translation>&amp;Lier à un autre produit…</translation>
        </message>
        <message>
            <source>Declare another supplier's product the same as the selected line's (no common GTIN)</source>
            <translation>Déclarer le produit d’un autre fournisseur identique à celui de la ligne choisie (sans GTIN commun)</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Appliquer</translation>
        </message>
        <message>
            <source>Write one order draft per supplier and delivery day</source>
            <translation>Écrire un brouillon de commande par fournisseur et jour de livraison</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Working out the cheapest split…</source>
            <translation>Calcul de la répartition la moins chère…</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>(pinned)</source>
            <translation>(fixé)</translation>
        </message>
        <message>
            <source>(promo)</source>
            <translation>(promo)</translation>
        </message>
        <message>
            <source>Total: %1 excl. VAT</source>
            <translation>Total : %1 HT</translation>
        </message>
        <message>
            <source>(of which delivery fees %1)</source>
            <translation>(dont frais de livraison %1)</translation>
        </message>
        <message>
            <source>everything from the usual supplier: %1</source>
            <translation>tout chez le fournisseur habituel : %1</translation>
        </message>
        <message>
            <source>saving: %1</source>
            <translation>économie : %1</translation>
        </message>
        <message>
            <source>%1 more than from the usual supplier</source>
            <translation>%1 de plus que chez le fournisseur habituel</translation>
        </message>
        <message>
            <source>best found in the time allowed (%1 % from the bound)</source>
            <translation>meilleure trouvée dans le temps imparti (à %1 % de la borne)</translation>
        </message>
        <message>
            <source>Usual supplier: %1</source>
            <translation>Fournisseur habituel : %1</translation>
        </message>
        <message>
            <source>Every line needs a supplier before the split can replace the draft: pin or remove the lines without one.</source>
            <translation>Chaque ligne doit avoir un fournisseur pour que la répartition remplace le brouillon : fixez ou retirez les lignes qui n’en ont pas.</translation>
        </message>
        <message>
            <source>The cheapest (automatic)</source>
            <translation>Le moins cher (automatique)</translation>
        </message>
        <message>
            <source>The drafts could not be written: %1</source>
            <translation>Les brouillons n’ont pas pu être écrits : %1</translation>
        </message>
        <message>
            <source>Link to another product</source>
            <translation>Lier à un autre produit</translation>
        </message>
        <message>
            <source>Another supplier's product that is the same as « %1 » (it will be offered in its place in every split):</source>
            <translation>Le produit d’un autre fournisseur identique à « %1 » (il sera proposé à sa place dans chaque répartition) :</translation>
        </message>
        <message>
            <source>Type a few letters, an article number or a GTIN</source>
            <translation>Tapez quelques lettres, un numéro d’article ou un GTIN</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Lier</translation>
        </message>
        <message>
            <source>&amp;Undo its links</source>
            <translation>&amp;Défaire ses liens</translation>
        </message>
        <message>
            <source>Linked already: %1</source>
            <translation>Déjà lié à : %1</translation>
        </message>
        <message>
            <source>Choose the product to link in the list.</source>
            <translation>Choisissez dans la liste le produit à lier.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::OrdersPage</name>
        <message>
            <source>queued</source>
            <translation>en file</translation>
        </message>
        <message>
            <source>acknowledged</source>
            <translation>accusée</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>acceptée</translation>
        </message>
        <message>
            <source>changed by the supplier</source>
            <translation>modifiée</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refusée</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>expédiée</translation>
        </message>
        <message>
            <source>partially shipped</source>
            <translation>partiellement expédiée</translation>
        </message>
        <message>
            <source>partially delivered</source>
            <translation>partiellement livrée</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>livrée</translation>
        </message>
        <message>
            <source>ordered</source>
            <translation>commandée</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modifiée</translation>
        </message>
        <message>
            <source>added by the supplier</source>
            <translation>ajoutée par le fournisseur</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Acceptée</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusée</translation>
        </message>
        <message>
            <source>Accepted with changes</source>
            <translation>Acceptée avec modifications</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Accusé de réception</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Commandes</translation>
        </message>
        <message>
            <source>&amp;Supplier:</source>
            <translation>&amp;Fournisseur :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;au :</translation>
        </message>
        <message>
            <source>&amp;Order again</source>
            <translation>&amp;Recommander</translation>
        </message>
        <message>
            <source>Copy this order's lines into a new draft in the order editor</source>
            <translation>Copier les lignes de cette commande dans un nouveau brouillon de l’éditeur de commande</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Fournisseur</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Émise le</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Livraison</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>Total excl. VAT</source>
            <translation>Total HT</translation>
        </message>
        <message>
            <source>Total incl. VAT</source>
            <translation>Total TTC</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Commandé</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmé</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Livré</translation>
        </message>
        <message>
            <source>Still to come</source>
            <translation>Reste à livrer</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçue le</translation>
        </message>
        <message>
            <source>Promised delivery</source>
            <translation>Livraison promise</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Order named</source>
            <translation>Commande citée</translation>
        </message>
        <message>
            <source>Why it is not applied</source>
            <translation>Pourquoi elle n’est pas appliquée</translation>
        </message>
        <message>
            <source>All suppliers</source>
            <translation>Tous les fournisseurs</translation>
        </message>
        <message>
            <source>No order in this period.</source>
            <translation>Aucune commande sur cette période.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; — %2, delivery %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — %2, livraison le %3</translation>
        </message>
        <message>
            <source>The order could not be copied: %1</source>
            <translation>La commande n’a pas pu être copiée : %1</translation>
        </message>
        <message>
            <source>Copied into a new draft: the order editor shows it.</source>
            <translation>Copiée dans un nouveau brouillon : l’éditeur de commande l’affiche.</translation>
        </message>
        <message>
            <source>No order %1 was sent to this supplier.</source>
            <translation>Aucune commande %1 n’a été envoyée à ce fournisseur.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Unmatched responses&lt;/b&gt;: none</source>
            <translation>&lt;b&gt;Réponses non rattachées&lt;/b&gt; : aucune</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Unmatched responses&lt;/b&gt; (%n): answers that name no order sent; shown, never applied.</source>
            <translation>
                <numerusform>&lt;b&gt;Réponses non rattachées&lt;/b&gt; (%n) : réponse qui ne correspond à aucune commande envoyée ; affichée, jamais appliquée.</numerusform>
                <numerusform>&lt;b&gt;Réponses non rattachées&lt;/b&gt; (%n) : réponses qui ne correspondent à aucune commande envoyée ; affichées, jamais appliquées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Send the order again</source>
            <translation>Renvoyer la commande</translation>
        </message>
        <message>
            <source>The supplier's order address (corrected):</source>
            <translation>Adresse de commande du fournisseur (corrigée) :</translation>
        </message>
        <message>
            <source>Export the order into…</source>
            <translation>Exporter la commande dans…</translation>
        </message>
        <message>
            <source>sent by e-mail</source>
            <translation>envoyée par e-mail</translation>
        </message>
        <message>
            <source>refused by the mail server: not sent</source>
            <translation>refusée par le serveur de messagerie : non envoyée</translation>
        </message>
        <message>
            <source>refused by the mail server (%1): not sent</source>
            <translation>refusée par le serveur de messagerie (%1) : non envoyée</translation>
        </message>
        <message>
            <source>waiting to be sent by e-mail (last attempt: %1)</source>
            <translation>en attente d'envoi par e-mail (dernière tentative : %1)</translation>
        </message>
        <message>
            <source>waiting to be sent by e-mail</source>
            <translation>en attente d'envoi par e-mail</translation>
        </message>
        <message>
            <source>e-mail refused (%1)</source>
            <translation>e-mail refusé (%1)</translation>
        </message>
        <message>
            <source>e-mail refused</source>
            <translation>e-mail refusé</translation>
        </message>
        <message>
            <source>e-mail waiting</source>
            <translation>e-mail en attente</translation>
        </message>
        <message>
            <source>Re&amp;send…</source>
            <translation>Ren&amp;voyer…</translation>
        </message>
        <message>
            <source>Send this refused e-mail order again, to a corrected address</source>
            <translation>Renvoyer cette commande refusée par e-mail, à une adresse corrigée</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>Write this order's PDF and UBL file into a directory</source>
            <translation>Écrire le PDF et le fichier UBL de cette commande dans un dossier</translation>
        </message>
        <message>
            <source>with EANCOM</source>
            <translation>avec EANCOM</translation>
        </message>
        <message>
            <source>Also write the order as an EANCOM ORDERS message (.edi)</source>
            <translation>Écrire aussi la commande en message EANCOM ORDERS (.edi)</translation>
        </message>
        <message>
            <source>By e-mail to %1: %2.</source>
            <translation>Par e-mail à %1 : %2.</translation>
        </message>
        <message>
            <source>Correct the address with &lt;i&gt;Resend…&lt;/i&gt;</source>
            <translation>Corrigez l'adresse avec &lt;i&gt;Renvoyer…&lt;/i&gt;</translation>
        </message>
        <message>
            <source>"%1" is not an e-mail address: the order was not sent again.</source>
            <translation>« %1 » n'est pas une adresse e-mail : la commande n'a pas été renvoyée.</translation>
        </message>
        <message>
            <source>The order was not sent again: %1</source>
            <translation>La commande n'a pas été renvoyée : %1</translation>
        </message>
        <message>
            <source>Order %1 is queued again, to %2.</source>
            <translation>La commande %1 est de nouveau en file d'envoi, vers %2.</translation>
        </message>
        <message>
            <source>Order %1 was not exported: %2</source>
            <translation>La commande %1 n'a pas été exportée : %2</translation>
        </message>
        <message>
            <source>Order %1 exported: %2</source>
            <translation>Commande %1 exportée : %2</translation>
        </message>
        <message>
            <source>Choose an order above to see its lines.</source>
            <translation>Choisissez une commande ci-dessus pour voir ses lignes.</translation>
        </message>
        <message>
            <source>No answer set aside: every answer received from a supplier matched one of your orders.</source>
            <translation>Aucune réponse mise de côté : chaque réponse reçue d’un fournisseur correspondait à l’une de vos commandes.</translation>
        </message>
        <message>
            <source>No answer from the supplier for this order yet: its acceptance, changes or refusal appear here when they arrive.</source>
            <translation>Pas encore de réponse du fournisseur à cette commande : son acceptation, ses modifications ou son refus s’affichent ici dès leur arrivée.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Outbox</name>
        <message>
            <source>The provider said: %1</source>
            <translation>Réponse du fournisseur : %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::OverviewPage</name>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Turnover by hour</source>
            <translation>CA par heure</translation>
        </message>
        <message>
            <source>Daily turnover</source>
            <translation>CA par jour</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>N-1</translation>
        </message>
        <message>
            <source>Busy hours</source>
            <translation>Heures d’affluence</translation>
        </message>
        <message>
            <source>incl. VAT, by weekday and hour</source>
            <translation>TTC, par jour de la semaine et par heure</translation>
        </message>
        <message>
            <source>week of %1</source>
            <translation>semaine du %1</translation>
        </message>
        <message>
            <source>Weekly turnover</source>
            <translation>CA par semaine</translation>
        </message>
        <message>
            <source>Monthly turnover</source>
            <translation>CA par mois</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ParStock</name>
        <message>
            <source>A safety stock cannot be negative.</source>
            <translation>Un stock de sécurité ne peut pas être négatif.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::PaymentsChart</name>
        <message numerus="yes">
            <source>%n payment(s)</source>
            <translation>
                <numerusform>%n paiement</numerusform>
                <numerusform>%n paiements</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to see the receipts</source>
            <translation>Cliquez pour voir les tickets</translation>
        </message>
        <message>
            <source>collected</source>
            <translation>encaissés</translation>
        </message>
    </context>
    <context>
        <name>Moulin::PaymentsPage</name>
        <message>
            <source>paid by %1</source>
            <translation>payés en %1</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Moyen de paiement</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Paiements</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Payment methods</source>
            <translation>Moyens de paiement</translation>
        </message>
        <message>
            <source>payment-methods</source>
            <translation>moyens-de-paiement</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Payroll</name>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>Moulin::PeriodPicker</name>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Personnalisée</translation>
        </message>
        <message>
            <source>Today's sales</source>
            <translation>Les ventes du jour</translation>
        </message>
        <message>
            <source>This week, Monday to Sunday</source>
            <translation>Cette semaine, du lundi au dimanche</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Ce mois-ci</translation>
        </message>
        <message>
            <source>Choose the first and last day</source>
            <translation>Choisir le premier et le dernier jour</translation>
        </message>
        <message>
            <source>Previous period (Alt+Page Up)</source>
            <translation>Période précédente (Alt+Page préc.)</translation>
        </message>
        <message>
            <source>Next period (Alt+Page Down)</source>
            <translation>Période suivante (Alt+Page suiv.)</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Période précédente</translation>
        </message>
        <message>
            <source>Next period</source>
            <translation>Période suivante</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
    </context>
    <context>
        <name>Moulin::PersonalData</name>
        <message>
            <source>Erased guest</source>
            <translation>Client effacé</translation>
        </message>
    </context>
    <context>
        <name>Moulin::PosArea</name>
        <message>
            <source>Accounting</source>
            <translation>Comptabilité</translation>
        </message>
        <message>
            <source>&amp;Sales</source>
            <translation>&amp;Ventes</translation>
        </message>
        <message>
            <source>Turnover, covers and receipts from the till</source>
            <translation>Chiffre d’affaires, couverts et tickets de la caisse</translation>
        </message>
        <message>
            <source>&amp;Accounting export (FEC)…</source>
            <translation>&amp;Export comptable (FEC)…</translation>
        </message>
        <message>
            <source>A price was changed on the till since your edit: choose which one to keep in Sales ▸ Menu &amp; prices.</source>
            <translation>Un prix a été modifié sur la caisse depuis votre saisie : choisissez lequel garder dans Ventes ▸ Menu &amp; prix.</translation>
        </message>
        <message>
            <source>Importing the sales history from the till: %1 % done, sales up to %2 are in. Figures after that date are not complete yet.</source>
            <translation>Import de l’historique des ventes depuis la caisse : %1 % effectués, les ventes jusqu’au %2 sont arrivées. Les chiffres postérieurs à cette date ne sont pas encore complets.</translation>
        </message>
        <message>
            <source>Importing the latest sales from the till first: %1 % of the weeks since %2 are in. The older history comes next.</source>
            <translation>Import des dernières ventes de la caisse en premier : %1 % des semaines depuis le %2 sont arrivées. L’historique plus ancien suivra.</translation>
        </message>
        <message>
            <source>The sales since %1 are in. Importing the older history from the till: %2 % done, sales up to %3 are in; comparisons with last year are complete once it is done.</source>
            <translation>Les ventes depuis le %1 sont arrivées. Import de l’historique plus ancien depuis la caisse : %2 % effectués, ventes jusqu’au %3 arrivées ; les comparaisons avec l’an dernier seront complètes une fois l’import terminé.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::PriceUpdates</name>
        <message>
            <source>The item no longer exists on the POS.</source>
            <translation>L’article n’existe plus dans la caisse.</translation>
        </message>
        <message>
            <source>The POS sent the item without a readable price.</source>
            <translation>La caisse a envoyé l’article sans prix lisible.</translation>
        </message>
        <message>
            <source>Lightspeed refused the new price: %1</source>
            <translation>Lightspeed a refusé le nouveau prix : %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ProductLinks</name>
        <message>
            <source>A product cannot be linked to itself.</source>
            <translation>Un produit ne peut pas être lié à lui-même.</translation>
        </message>
        <message>
            <source>Article %1 is not in the catalogue.</source>
            <translation>L’article %1 n’est pas dans le catalogue.</translation>
        </message>
        <message>
            <source>%1 is counted in %2 and %3 in %4: only products counted in the same unit can be linked.</source>
            <translation>%1 se compte en %2 et %3 en %4 : seuls des produits comptés dans la même unité peuvent être liés.</translation>
        </message>
        <message>
            <source>The link could not be stored.</source>
            <translation>Le lien n’a pas pu être enregistré.</translation>
        </message>
        <message>
            <source>The link could not be read.</source>
            <translation>Le lien n’a pas pu être lu.</translation>
        </message>
        <message>
            <source>The link could not be removed.</source>
            <translation>Le lien n’a pas pu être supprimé.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ProfileEditor</name>
        <message>
            <source>%1th visit</source>
            <translation>%1e visite</translation>
        </message>
        <message>
            <source>%1 spent</source>
            <translation>%1 dépensés</translation>
        </message>
        <message>
            <source>Birthday %1</source>
            <translation>Anniversaire %1</translation>
        </message>
        <message>
            <source>used</source>
            <translation>utilisée</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expirée</translation>
        </message>
        <message>
            <source>granted</source>
            <translation>accordée</translation>
        </message>
        <message>
            <source>The birthday "%1" is not a day of the year: type it as DD/MM (e.g. 14/05).</source>
            <translation>L'anniversaire « %1 » n'est pas un jour de l'année : saisissez-le en JJ/MM (par ex. 14/05).</translation>
        </message>
        <message>
            <source>The notes are too long (%1 characters, 4,000 at most).</source>
            <translation>Les notes sont trop longues (%1 caractères, 4 000 au plus).</translation>
        </message>
        <message>
            <source>The profile was not saved: %1</source>
            <translation>La fiche n'a pas été enregistrée : %1</translation>
        </message>
        <message>
            <source>Profile saved.</source>
            <translation>Fiche enregistrée.</translation>
        </message>
        <message>
            <source>Select a reward first.</source>
            <translation>Sélectionnez d'abord une récompense.</translation>
        </message>
        <message>
            <source>The reward was not changed: %1</source>
            <translation>La récompense n'a pas été modifiée : %1</translation>
        </message>
        <message>
            <source>%1: marked as used.</source>
            <translation>%1 : marquée comme utilisée.</translation>
        </message>
        <message>
            <source>%1: marked as expired.</source>
            <translation>%1 : marquée comme expirée.</translation>
        </message>
        <message>
            <source>%1: granted again.</source>
            <translation>%1 : de nouveau accordée.</translation>
        </message>
        <message>
            <source>Manager's notes</source>
            <translation>Notes du gérant</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>Preferred table, occasions, what to remember…</source>
            <translation>Table préférée, occasions, ce qu'il faut retenir…</translation>
        </message>
        <message>
            <source>Ta&amp;gs</source>
            <translation>É&amp;tiquettes</translation>
        </message>
        <message>
            <source>Comma-separated, e.g. regular, wine lover</source>
            <translation>Séparées par des virgules, par ex. habitué, amateur de vin</translation>
        </message>
        <message>
            <source>&amp;VIP</source>
            <translation>&amp;VIP</translation>
        </message>
        <message>
            <source>&amp;Birthday</source>
            <translation>&amp;Anniversaire</translation>
        </message>
        <message>
            <source>DD/MM</source>
            <translation>JJ/MM</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save the notes, tags, VIP and birthday (Ctrl+S)</source>
            <translation>Enregistrer les notes, étiquettes, VIP et anniversaire (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;Rewards</source>
            <translation>&amp;Récompenses</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>Récompense</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Granted on</source>
            <translation>Accordée le</translation>
        </message>
        <message>
            <source>Mark &amp;used</source>
            <translation>Marquer &amp;utilisée</translation>
        </message>
        <message>
            <source>The guest used the reward (U)</source>
            <translation>Le client a utilisé la récompense (U)</translation>
        </message>
        <message>
            <source>Mark e&amp;xpired</source>
            <translation>Marquer e&amp;xpirée</translation>
        </message>
        <message>
            <source>The reward expired unused (X)</source>
            <translation>La récompense a expiré sans être utilisée (X)</translation>
        </message>
        <message>
            <source>Grant aga&amp;in</source>
            <translation>Accor&amp;der de nouveau</translation>
        </message>
        <message>
            <source>Back to granted, e.g. marked by mistake (G)</source>
            <translation>Revenir à « accordée », par ex. après une erreur (G)</translation>
        </message>
        <message>
            <source>the manager</source>
            <translation>le gérant</translation>
        </message>
        <message>
            <source>website</source>
            <translation>site</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>sans réservation</translation>
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <translation>%1 — %2, %3</translation>
        </message>
        <message>
            <source>The allergy was not recorded: %1</source>
            <translation>L’allergie n’a pas été enregistrée : %1</translation>
        </message>
        <message>
            <source>Recorded on the profile: %1. The host sees it with the guest's bookings.</source>
            <translation>Enregistré sur la fiche : %1. L’accueil le voit avec les réservations du client.</translation>
        </message>
        <message>
            <source>Select an allergy first.</source>
            <translation>Sélectionnez d’abord une allergie.</translation>
        </message>
        <message>
            <source>The allergy was not removed: %1</source>
            <translation>L’allergie n’a pas été retirée : %1</translation>
        </message>
        <message>
            <source>%1 removed from the profile. Only a booking made from now on that states it brings it back.</source>
            <translation>%1 retiré de la fiche. Seule une réservation faite à partir de maintenant qui le mentionne le fera revenir.</translation>
        </message>
        <message>
            <source>&amp;Allergies and diet</source>
            <translation>&amp;Allergies et régime</translation>
        </message>
        <message>
            <source>Add an allergy or a diet, e.g. peanuts, vegetarian (Enter)</source>
            <translation>Ajouter une allergie ou un régime, p. ex. arachides, végétarien (Entrée)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Record it on the profile: the host sees it with every booking (Enter)</source>
            <translation>L’enregistrer sur la fiche : l’accueil le voit à chaque réservation (Entrée)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Recorded wrongly: off the profile until a newer booking states it (Del)</source>
            <translation>Enregistré par erreur : retiré de la fiche jusqu’à ce qu’une réservation plus récente le mentionne (Suppr)</translation>
        </message>
    </context>
    <context>
        <name>Moulin::QuarantineModel</name>
        <message>
            <source>Received</source>
            <translation>Reçu le</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Data received</source>
            <translation>Données reçues</translation>
        </message>
    </context>
    <context>
        <name>Moulin::QuarantineView</name>
        <message>
            <source>Nothing in quarantine: every line was booked.</source>
            <translation>Rien en quarantaine : toutes les lignes ont été comptabilisées.</translation>
        </message>
        <message>
            <source>Receipt %1, received %2</source>
            <translation>Ticket %1, reçu le %2</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Motif : %1</translation>
        </message>
        <message>
            <source>Lines sent by the till that could not be booked. They are left out of every figure until corrected on the till; the next synchronisation then brings them in.</source>
            <translation>Lignes envoyées par la caisse qui n’ont pas pu être comptabilisées. Elles sont exclues de tous les chiffres jusqu’à leur correction sur la caisse ; la synchronisation suivante les intègre alors.</translation>
        </message>
        <message>
            <source>quarantine</source>
            <translation>quarantaine</translation>
        </message>
        <message>
            <source>Selected line</source>
            <translation>Ligne sélectionnée</translation>
        </message>
        <message numerus="yes">
            <source>%n sale(s) released automatically once the data they lacked (a tax rate, an item) came from the till: they are now in every figure.</source>
            <translation>
                <numerusform>%n vente libérée automatiquement dès que la caisse a envoyé la donnée qui lui manquait (un taux de TVA, un article) : elle compte désormais dans tous les chiffres.</numerusform>
                <numerusform>%n ventes libérées automatiquement dès que la caisse a envoyé les données qui leur manquaient (un taux de TVA, un article) : elles comptent désormais dans tous les chiffres.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last release: %1.</source>
            <translation>Dernière libération : %1.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ReceiptsModel</name>
        <message>
            <source>Closed at</source>
            <translation>Clôturé le</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Couverts</translation>
        </message>
        <message>
            <source>Excl. VAT</source>
            <translation>HT</translation>
        </message>
        <message>
            <source>Incl. VAT</source>
            <translation>TTC</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Paiement</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ReceiptsView</name>
        <message>
            <source>Receipts of %1</source>
            <translation>Tickets du %1</translation>
        </message>
        <message>
            <source>Receipts: %1</source>
            <translation>Tickets : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s), %1 incl. VAT</source>
            <translation>
                <numerusform>%n ticket, %1 TTC</numerusform>
                <numerusform>%n tickets, %1 TTC</numerusform>
            </translation>
        </message>
        <message>
            <source>Show all receipts of the period</source>
            <translation>Voir tous les tickets de la période</translation>
        </message>
        <message>
            <source>receipts</source>
            <translation>tickets</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Receiving</name>
        <message>
            <source>Missing</source>
            <translation>Manquant</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Abîmé</translation>
        </message>
        <message>
            <source>Substituted</source>
            <translation>Substitué</translation>
        </message>
        <message>
            <source>Excess</source>
            <translation>Excédent</translation>
        </message>
        <message>
            <source>Order %1 is not in the database.</source>
            <translation>La commande %1 n'est pas dans la base.</translation>
        </message>
        <message>
            <source>The order's lines could not be read.</source>
            <translation>Les lignes de la commande n'ont pas pu être lues.</translation>
        </message>
        <message>
            <source>Despatch advice %1 of order %2 is not in the database.</source>
            <translation>L'avis d'expédition %1 de la commande %2 n'est pas dans la base.</translation>
        </message>
        <message>
            <source>Despatch advice %1 cannot be read.</source>
            <translation>L'avis d'expédition %1 est illisible.</translation>
        </message>
        <message>
            <source>The receipt names no order.</source>
            <translation>La réception ne nomme aucune commande.</translation>
        </message>
        <message>
            <source>The receipt has no date.</source>
            <translation>La réception n'a pas de date.</translation>
        </message>
        <message>
            <source>The receipt has no line.</source>
            <translation>La réception n'a aucune ligne.</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>ligne %1</translation>
        </message>
        <message>
            <source>%1 appears twice in the receipt.</source>
            <translation>%1 figure deux fois dans la réception.</translation>
        </message>
        <message>
            <source>%1: a quantity cannot be negative.</source>
            <translation>%1 : une quantité ne peut pas être négative.</translation>
        </message>
        <message>
            <source>%1: %2 received and %3 %4 is more than the %5 expected.</source>
            <translation>%1 : %2 reçu(s) et %3 %4, c'est plus que les %5 attendu(s).</translation>
        </message>
        <message>
            <source>%1: say which product was delivered instead.</source>
            <translation>%1 : indiquez le produit livré à la place.</translation>
        </message>
        <message>
            <source>Order %1 has no line %2.</source>
            <translation>La commande %1 n'a pas de ligne %2.</translation>
        </message>
        <message>
            <source>Credit-note request</source>
            <translation>Demande d'avoir</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Fournisseur</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Despatch advice</source>
            <translation>Avis d'expédition</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Désignation</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Unit price excl. VAT</source>
            <translation>Prix unitaire HT</translation>
        </message>
        <message>
            <source>Amount excl. VAT</source>
            <translation>Montant HT</translation>
        </message>
        <message>
            <source>VAT rate (%)</source>
            <translation>Taux de TVA (%)</translation>
        </message>
        <message>
            <source>Base excl. VAT</source>
            <translation>Base HT</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>TVA</translation>
        </message>
        <message>
            <source>Total excl. VAT</source>
            <translation>Total HT</translation>
        </message>
        <message>
            <source>Total VAT</source>
            <translation>Total TVA</translation>
        </message>
        <message>
            <source>Total incl. VAT</source>
            <translation>Total TTC</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ReceivingDialog</name>
        <message>
            <source>Receive — %1 — %2</source>
            <translation>Réception — %1 — %2</translation>
        </message>
        <message>
            <source>Substituted</source>
            <translation>Substitué</translation>
        </message>
        <message>
            <source>What was delivered instead of %1?</source>
            <translation>Qu'est-ce qui a été livré à la place de %1 ?</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Note on %1:</source>
            <translation>Note sur %1 :</translation>
        </message>
        <message>
            <source>Order %1 from %2</source>
            <translation>Commande %1 de %2</translation>
        </message>
        <message>
            <source>Order %1 from %2, delivery %3</source>
            <translation>Commande %1 de %2, livraison %3</translation>
        </message>
        <message>
            <source>correcting the receipt of %1</source>
            <translation>correction de la réception du %1</translation>
        </message>
        <message>
            <source>Space: all received · digits: quantity received · M missing · D damaged · S substituted · N note · Del clears · Enter validates · Esc cancels</source>
            <translation>Espace : tout reçu · chiffres : quantité reçue · M manquant · D détérioré (abîmé) · S substitué · N note · Suppr efface · Entrée valide · Échap annule</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Commandé</translation>
        </message>
        <message>
            <source>Announced</source>
            <translation>Annoncé</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Discrepancy</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>Substitute / note</source>
            <translation>Substitut / note</translation>
        </message>
        <message>
            <source>Delivery note number, driver, temperature…</source>
            <translation>N° de bon de livraison, chauffeur, température…</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Reçue le</translation>
        </message>
        <message>
            <source>&amp;All received</source>
            <translation>&amp;Tout reçu</translation>
        </message>
        <message>
            <source>&amp;Validate</source>
            <translation>&amp;Valider</translation>
        </message>
        <message>
            <source>→ %1</source>
            <translation>→ %1</translation>
        </message>
        <message>
            <source>%1: "%2" is not a quantity.</source>
            <translation>%1 : « %2 » n'est pas une quantité.</translation>
        </message>
        <message>
            <source>Everything announced arrived.</source>
            <translation>Tout ce qui était annoncé est arrivé.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) with a discrepancy.</source>
            <translation>
                <numerusform>%n ligne avec un écart.</numerusform>
                <numerusform>%n lignes avec un écart.</numerusform>
            </translation>
        </message>
        <message>
            <source>Credit note to request: %1 incl. VAT (%2 excl. VAT).</source>
            <translation>Avoir à demander : %1 TTC (%2 HT).</translation>
        </message>
        <message>
            <source>The receipt could not be stored: %1</source>
            <translation>La réception n'a pas pu être enregistrée : %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RecipeCosting</name>
        <message>
            <source>%1: the yield must be above 0 %.</source>
            <translation>%1 : le rendement doit être supérieur à 0 %.</translation>
        </message>
        <message>
            <source>%1: a sub-recipe no longer exists.</source>
            <translation>%1 : une sous-recette n'existe plus.</translation>
        </message>
        <message>
            <source>%1 uses %2, which uses it back.</source>
            <translation>%1 utilise %2, qui l'utilise à son tour.</translation>
        </message>
        <message>
            <source>%1: the sub-recipe %2 is not fully costed.</source>
            <translation>%1 : la sous-recette %2 n'est pas entièrement chiffrée.</translation>
        </message>
        <message>
            <source>%1: the product %2 is no longer in any catalogue.</source>
            <translation>%1 : le produit %2 n'est plus dans aucun catalogue.</translation>
        </message>
        <message>
            <source>The recipe needs a name.</source>
            <translation>La fiche technique doit avoir un nom.</translation>
        </message>
        <message>
            <source>%1: the number of portions must be above zero.</source>
            <translation>%1 : le nombre de portions doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>%1: unknown unit %2.</source>
            <translation>%1 : unité inconnue %2.</translation>
        </message>
        <message>
            <source>%1, line %2: choose a product or a sub-recipe.</source>
            <translation>%1, ligne %2 : choisissez un produit ou une sous-recette.</translation>
        </message>
        <message>
            <source>%1, line %2: the quantity must be above zero.</source>
            <translation>%1, ligne %2 : la quantité doit être supérieure à zéro.</translation>
        </message>
        <message>
            <source>%1, line %2: the yield must be between 0 and 100 %.</source>
            <translation>%1, ligne %2 : le rendement doit être compris entre 0 et 100 %.</translation>
        </message>
        <message>
            <source>%1, line %2: unknown unit %3.</source>
            <translation>%1, ligne %2 : unité inconnue %3.</translation>
        </message>
        <message>
            <source>%1 cannot use itself.</source>
            <translation>%1 ne peut pas s'utiliser elle-même.</translation>
        </message>
        <message>
            <source>%1, line %2: that sub-recipe does not exist.</source>
            <translation>%1, ligne %2 : cette sous-recette n'existe pas.</translation>
        </message>
        <message>
            <source>%1 would use itself through its sub-recipes: refused.</source>
            <translation>%1 s'utiliserait elle-même par ses sous-recettes : refusé.</translation>
        </message>
        <message>
            <source>« %1 » uses the sub-recipe « %2 » in %3, but it is made in %4: these do not convert. Write that line of « %1 » in %4.</source>
            <translation>« %1 » utilise la sous-recette « %2 » en %3, mais elle se prépare en %4 : ces unités ne se convertissent pas. Saisissez cette ligne de « %1 » en %4.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RecipeStore</name>
        <message>
            <source>This dish already has a recipe (%1).</source>
            <translation>Ce plat a déjà une fiche technique (%1).</translation>
        </message>
        <message>
            <source>The recipe could not be saved.</source>
            <translation>La fiche technique n'a pas pu être enregistrée.</translation>
        </message>
        <message>
            <source>%1 uses this recipe: remove it from there first.</source>
            <translation>%1 utilise cette recette : retirez-la d'abord de là.</translation>
        </message>
        <message>
            <source>The conversion could not be saved.</source>
            <translation>La conversion n'a pas pu être enregistrée.</translation>
        </message>
        <message>
            <source>The food cost of %1 could not be saved.</source>
            <translation>Le coût matière de %1 n'a pas pu être enregistré.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RecipesPage</name>
        <message>
            <source>&amp;Recipes</source>
            <translation>&amp;Fiches techniques</translation>
        </message>
        <message>
            <source>Dish</source>
            <translation>Plat</translation>
        </message>
        <message>
            <source>Price incl. VAT</source>
            <translation>Prix TTC</translation>
        </message>
        <message>
            <source>Food cost</source>
            <translation>Coût matière</translation>
        </message>
        <message>
            <source>Food cost %</source>
            <translation>Coût matière %</translation>
        </message>
        <message>
            <source>Margin excl. VAT</source>
            <translation>Marge HT</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Ingredient</source>
            <translation>Ingrédient</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Yield</source>
            <translation>Rendement</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Acheté</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coût</translation>
        </message>
        <message>
            <source>Portions:</source>
            <translation>Portions :</translation>
        </message>
        <message>
            <source>Yield in percent (80 after peeling)</source>
            <translation>Rendement en pourcentage (80 après épluchage)</translation>
        </message>
        <message>
            <source>&amp;Add line</source>
            <translation>&amp;Ajouter la ligne</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Retirer la ligne</translation>
        </message>
        <message>
            <source>&amp;Save recipe</source>
            <translation>&amp;Enregistrer la fiche</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>No dish selected</source>
            <translation>Aucun plat sélectionné</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) not costed</source>
            <translation>
                <numerusform>%n ligne non chiffrée</numerusform>
                <numerusform>%n lignes non chiffrées</numerusform>
            </translation>
        </message>
        <message>
            <source>No recipe yet</source>
            <translation>Pas encore de fiche</translation>
        </message>
        <message>
            <source>Select a dish first.</source>
            <translation>Sélectionnez d'abord un plat.</translation>
        </message>
        <message>
            <source>Type a product and choose it in the list.</source>
            <translation>Tapez un produit et choisissez-le dans la liste.</translation>
        </message>
        <message>
            <source>Type a quantity above zero (e.g. 150 or 0,5).</source>
            <translation>Tapez une quantité supérieure à zéro (par ex. 150 ou 0,5).</translation>
        </message>
        <message>
            <source>The yield is a percentage between 0 and 100 (80 after peeling).</source>
            <translation>Le rendement est un pourcentage entre 0 et 100 (80 après épluchage).</translation>
        </message>
        <message>
            <source>The recipe could not be saved.</source>
            <translation>La fiche technique n'a pas pu être enregistrée.</translation>
        </message>
        <message>
            <source>Recipe saved.</source>
            <translation>Fiche technique enregistrée.</translation>
        </message>
        <message>
            <source>%1 (sub-recipe)</source>
            <translation>%1 (sous-recette)</translation>
        </message>
        <message>
            <source>not convertible</source>
            <translation>non convertible</translation>
        </message>
        <message>
            <source>Price %1 excl. VAT: margin %2, food cost %3 %.</source>
            <translation>Prix %1 HT : marge %2, coût matière %3 %.</translation>
        </message>
        <message>
            <source>Food cost and margin of each dish at its current menu price, worst first, then the sub-recipes. Select one to edit its recipe.</source>
            <translation>Coût matière et marge de chaque plat à son prix actuel, du pire au meilleur, puis les sous-recettes. Choisissez-en une pour modifier sa fiche.</translation>
        </message>
        <message>
            <source>New sub-recipe: its name, Enter (Ctrl+N)</source>
            <translation>Nouvelle sous-recette : son nom, Entrée (Ctrl+N)</translation>
        </message>
        <message>
            <source>New sub-recipe</source>
            <translation>Nouvelle sous-recette</translation>
        </message>
        <message>
            <source>counted in:</source>
            <translation>comptée en :</translation>
        </message>
        <message>
            <source>portions</source>
            <translation>portions</translation>
        </message>
        <message>
            <source>Type to find a product (name, article number, EAN) or a sub-recipe…</source>
            <translation>Tapez pour trouver un produit (nom, référence, EAN) ou une sous-recette…</translation>
        </message>
        <message>
            <source>Con&amp;version…</source>
            <translation>Con&amp;version…</translation>
        </message>
        <message>
            <source>Add a unit conversion for the selected line's product (Ctrl+U)</source>
            <translation>Ajouter une conversion d'unité pour le produit de la ligne choisie (Ctrl+U)</translation>
        </message>
        <message>
            <source>Add conversion</source>
            <translation>Ajouter la conversion</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>portion</source>
            <translation>portion</translation>
        </message>
        <message>
            <source>Sub-recipe</source>
            <translation>Sous-recette</translation>
        </message>
        <message>
            <source>Type the sub-recipe's name first (e.g. Fond de veau).</source>
            <translation>Tapez d'abord le nom de la sous-recette (p. ex. Fond de veau).</translation>
        </message>
        <message>
            <source>A recipe named « %1 » exists already: choose it in the list.</source>
            <translation>Une fiche nommée « %1 » existe déjà : choisissez-la dans la liste.</translation>
        </message>
        <message>
            <source>No product or sub-recipe matches « %1 ».</source>
            <translation>Aucun produit ni sous-recette ne correspond à « %1 ».</translation>
        </message>
        <message>
            <source>« %1 » uses « %2 » already (through its sub-recipes): a recipe cannot contain itself. Line refused.</source>
            <translation>« %1 » utilise déjà « %2 » (par ses sous-recettes) : une fiche ne peut pas se contenir elle-même. Ligne refusée.</translation>
        </message>
        <message>
            <source>Select an ingredient line (a product) first, then Ctrl+U.</source>
            <translation>Choisissez d'abord une ligne d'ingrédient (un produit), puis Ctrl+U.</translation>
        </message>
        <message>
            <source>That product is no longer in the catalogue.</source>
            <translation>Ce produit n'est plus au catalogue.</translation>
        </message>
        <message>
            <source>Unit conversion for « %1 » (priced per %2): 1 %2 = how much?</source>
            <translation>Conversion d'unité pour « %1 » (prix par %2) : 1 %2 = combien ?</translation>
        </message>
        <message>
            <source>Type the quantity as a number (e.g. 0,25).</source>
            <translation>Tapez la quantité en chiffres (p. ex. 0,25).</translation>
        </message>
        <message>
            <source>Conversion saved: 1 %1 = %2 %3.</source>
            <translation>Conversion enregistrée : 1 %1 = %2 %3.</translation>
        </message>
        <message>
            <source>1 %1 = %2 %3</source>
            <translation>1 %1 = %2 %3</translation>
        </message>
        <message>
            <source>No conversion for this product yet.</source>
            <translation>Aucune conversion pour ce produit pour l'instant.</translation>
        </message>
        <message>
            <source>Conversions: %1</source>
            <translation>Conversions : %1</translation>
        </message>
        <message>
            <source>Conversion saved</source>
            <translation>Conversion enregistrée</translation>
        </message>
        <message>
            <source>promo price until %1</source>
            <translation>prix promo jusqu'au %1</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1
Ctrl+U: add the conversion.</source>
            <translation>%1
Ctrl+U : ajouter la conversion.</translation>
        </message>
        <message>
            <source>Food cost: %1 per %2 (%3 in all).</source>
            <translation>Coût matière : %1 par %2 (%3 en tout).</translation>
        </message>
        <message>
            <source>At regular prices (without promotions): %1 per %2.</source>
            <translation>Aux prix habituels (sans promotion) : %1 par %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) not costed (Ctrl+U on a red line adds its conversion)</source>
            <translation>
                <numerusform>%n ligne non chiffrée (Ctrl+U sur une ligne rouge ajoute sa conversion)</numerusform>
                <numerusform>%n lignes non chiffrées (Ctrl+U sur une ligne rouge ajoute sa conversion)</numerusform>
            </translation>
        </message>
        <message>
            <source>« %1 » is made in %2: a sub-recipe has no conversion of its own, so type this line again in %2 (Del removes it).</source>
            <translation>« %1 » se prépare en %2 : une sous-recette n’a pas de conversion propre, saisissez donc cette ligne à nouveau en %2 (Suppr la retire).</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ReservationArea</name>
        <message>
            <source>&amp;Reservations</source>
            <translation>&amp;Réservations</translation>
        </message>
        <message>
            <source>Bookings from every platform, the phone and the door</source>
            <translation>Les réservations de toutes les plateformes, par téléphone et sur place</translation>
        </message>
        <message>
            <source>Live bookings</source>
            <translation>Réservations en direct</translation>
        </message>
        <message>
            <source>Closing days</source>
            <translation>Jours de fermeture</translation>
        </message>
        <message>
            <source>Rooms, tables and the tables that may be joined, in every layout</source>
            <translation>Salles, tables et jonctions possibles, dans chaque plan</translation>
        </message>
        <message>
            <source>F&amp;loor plan</source>
            <translation>Plan de &amp;salle</translation>
        </message>
        <message>
            <source>S&amp;ervice</source>
            <translation>S&amp;ervice</translation>
        </message>
        <message>
            <source>The service on the floor: bookings on their tables, walk-ins, the waitlist</source>
            <translation>Le service en salle : réservations à leurs tables, clients sans réservation, liste d’attente</translation>
        </message>
        <message>
            <source>Service rules</source>
            <translation>Service en salle</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ReservationFormat</name>
        <message>
            <source>%1 / %2 covers</source>
            <translation>%1 / %2 couverts</translation>
        </message>
        <message numerus="yes">
            <source>%n cover(s)</source>
            <translation>
                <numerusform>%n couvert</numerusform>
                <numerusform>%n couverts</numerusform>
            </translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Fermé</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Complet</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ReservationStatsPage</name>
        <message>
            <source>Average covers per service</source>
            <translation>Couverts moyens par service</translation>
        </message>
        <message>
            <source>by weekday, on the days with bookings</source>
            <translation>par jour de la semaine, les jours avec réservations</translation>
        </message>
        <message>
            <source>No-show rate per channel</source>
            <translation>Taux de no-show par canal</translation>
        </message>
        <message>
            <source>Median lead time per channel</source>
            <translation>Délai médian de réservation par canal</translation>
        </message>
        <message>
            <source>days between booking and meal</source>
            <translation>jours entre la réservation et le repas</translation>
        </message>
        <message numerus="yes">
            <source>The last %n week(s): %1 to %2</source>
            <translation>
                <numerusform>La dernière semaine : du %1 au %2</numerusform>
                <numerusform>Les %n dernières semaines : du %1 au %2</numerusform>
            </translation>
        </message>
        <message>
            <source>No covers booked over these weeks yet.</source>
            <translation>Aucun couvert réservé sur ces semaines pour l’instant.</translation>
        </message>
        <message>
            <source>@value %</source>
            <translation>@value %</translation>
        </message>
        <message>
            <source>No past bookings over these weeks yet.</source>
            <translation>Aucune réservation passée sur ces semaines pour l’instant.</translation>
        </message>
        <message>
            <source>%.0f d</source>
            <comment>axis: days</comment>
            <translation>%.0f j</translation>
        </message>
        <message>
            <source>@value d</source>
            <comment>bar label: days</comment>
            <translation>@value j</translation>
        </message>
        <message>
            <source>No booking time known over these weeks yet.</source>
            <translation>Aucune date de réservation connue sur ces semaines pour l’instant.</translation>
        </message>
        <message>
            <source>%1 · 0 %</source>
            <comment>no-show chart: a channel without no-shows</comment>
            <translation>%1 · 0 %</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ReservationsTab</name>
        <message>
            <source>No reservations yet</source>
            <translation>Aucune réservation pour l’instant</translation>
        </message>
        <message>
            <source>Connect a platform…</source>
            <translation>Connecter une plateforme…</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n probable duplicate(s) to check: the same guest booked twice through different channels?</source>
            <translation>
                <numerusform>⚠ %n doublon probable à vérifier : le même client a-t-il réservé deux fois par des canaux différents ?</numerusform>
                <numerusform>⚠ %n doublons probables à vérifier : le même client a-t-il réservé deux fois par des canaux différents ?</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2, %3)</source>
            <translation>%1 (%2, %3)</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>New booking: %1</source>
            <translation>Nouvelle réservation : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new booking(s): %1</source>
            <translation>
                <numerusform>%n nouvelle réservation : %1</numerusform>
                <numerusform>%n nouvelles réservations : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2, %3 — %4</source>
            <translation>%1, %2, %3 — %4</translation>
        </message>
        <message>
            <source>%1 · today</source>
            <translation>%1 · aujourd’hui</translation>
        </message>
        <message>
            <source>%1 · tomorrow</source>
            <translation>%1 · demain</translation>
        </message>
        <message>
            <source>%1 · yesterday</source>
            <translation>%1 · hier</translation>
        </message>
        <message>
            <source>No booking matches « %1 » from today on. Esc: back to the day.</source>
            <translation>Aucune réservation ne correspond à « %1 » à partir d’aujourd’hui. Échap : retour à la journée.</translation>
        </message>
        <message numerus="yes">
            <source>%n booking(s) match « %1 » from today on. Enter: open the day · Esc: back to the day.</source>
            <translation>
                <numerusform>%n réservation correspond à « %1 » à partir d’aujourd’hui. Entrée : ouvrir la journée · Échap : retour à la journée.</numerusform>
                <numerusform>%n réservations correspondent à « %1 » à partir d’aujourd’hui. Entrée : ouvrir la journée · Échap : retour à la journée.</numerusform>
            </translation>
        </message>
        <message>
            <source>No booking on this day. Ctrl+N takes one by phone.</source>
            <translation>Aucune réservation ce jour-là. Ctrl+N pour en prendre une par téléphone.</translation>
        </message>
        <message>
            <source>No booking for this service. Ctrl+N takes one by phone.</source>
            <translation>Aucune réservation pour ce service. Ctrl+N pour en prendre une par téléphone.</translation>
        </message>
        <message numerus="yes">
            <source>%n booking(s)</source>
            <translation>
                <numerusform>%n réservation</numerusform>
                <numerusform>%n réservations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n still expected</source>
            <translation>
                <numerusform>%n encore attendue</numerusform>
                <numerusform>%n encore attendues</numerusform>
            </translation>
        </message>
        <message>
            <source>The platforms are not told automatically yet: change it on their side too.</source>
            <translation>Les plateformes ne sont pas encore informées automatiquement : faites aussi le changement chez elles.</translation>
        </message>
        <message>
            <source>Told to: %1.</source>
            <translation>Transmis à : %1.</translation>
        </message>
        <message>
            <source>The status could not be changed: %1</source>
            <translation>Le statut n’a pas pu être changé : %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Cancel the booking of %1 (%2 at %3, %4)?</source>
            <translation>Annuler la réservation de %1 (%2 à %3, %4) ?</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non enregistrée : %1</translation>
        </message>
        <message>
            <source>Saved: %1, %2 at %3 (%4)</source>
            <translation>Enregistrée : %1, %2 à %3 (%4)</translation>
        </message>
        <message>
            <source>careful, over capacity (%1)</source>
            <translation>attention, au-delà de la capacité (%1)</translation>
        </message>
        <message>
            <source>Not settled: %1</source>
            <translation>Non réglé : %1</translation>
        </message>
        <message>
            <source>Duplicate settled: one booking kept, the other cancelled.</source>
            <translation>Doublon réglé : une réservation gardée, l’autre annulée.</translation>
        </message>
        <message>
            <source>Duplicate settled: two different bookings.</source>
            <translation>Doublon réglé : deux réservations distinctes.</translation>
        </message>
        <message>
            <source>The service could not be changed: %1</source>
            <translation>Le service n’a pas pu être modifié : %1</translation>
        </message>
        <message>
            <source>%1 closed. %2</source>
            <translation>%1 : fermé. %2</translation>
        </message>
        <message>
            <source>%1 marked full. %2</source>
            <translation>%1 : marqué complet. %2</translation>
        </message>
        <message>
            <source>%1 open again.</source>
            <translation>%1 : de nouveau ouvert.</translation>
        </message>
        <message>
            <source>Connect a booking platform in Settings to see every booking here. To take a booking by phone now, press Ctrl+N.</source>
            <translation>Connectez une plateforme de réservation dans les Paramètres pour voir ici toutes les réservations. Pour prendre une réservation par téléphone dès maintenant, appuyez sur Ctrl+N.</translation>
        </message>
        <message>
            <source>Connect %1 in Settings to see every booking in one list. To take a booking by phone now, press Ctrl+N.</source>
            <translation>Connectez %1 dans les Paramètres pour voir toutes les réservations dans une seule liste. Pour prendre une réservation par téléphone dès maintenant, appuyez sur Ctrl+N.</translation>
        </message>
        <message>
            <source>Reservations</source>
            <translation>Réservations</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistiques</translation>
        </message>
        <message>
            <source>Seven days of covers against capacity; click a day to open it</source>
            <translation>Sept jours de couverts face à la capacité ; cliquez sur un jour pour l’ouvrir</translation>
        </message>
        <message>
            <source>Covers, no-shows and lead times over the last weeks</source>
            <translation>Couverts, no-shows et délais de réservation des dernières semaines</translation>
        </message>
        <message>
            <source>Previous day (Alt+PageUp, or ← in the list)</source>
            <translation>Jour précédent (Alt+Page préc., ou ← dans la liste)</translation>
        </message>
        <message>
            <source>Next day (Alt+PageDown, or → in the list)</source>
            <translation>Jour suivant (Alt+Page suiv., ou → dans la liste)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Back to today (Alt+Home)</source>
            <translation>Retour à aujourd’hui (Alt+Début)</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Les deux</translation>
        </message>
        <message>
            <source>Search a name or a phone (Ctrl+F)</source>
            <translation>Chercher un nom ou un téléphone (Ctrl+F)</translation>
        </message>
        <message>
            <source>+ New booking (Ctrl+N)</source>
            <translation>+ Nouvelle réservation (Ctrl+N)</translation>
        </message>
        <message>
            <source>Check… (Ctrl+D)</source>
            <translation>Vérifier… (Ctrl+D)</translation>
        </message>
        <message>
            <source>Cancel the booking (Enter)</source>
            <translation>Annuler la réservation (Entrée)</translation>
        </message>
        <message>
            <source>Keep it (Esc)</source>
            <translation>La garder (Échap)</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Seated</source>
            <translation>Installée</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Partie</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>No-show</translation>
        </message>
        <message>
            <source>Cancel the booking…</source>
            <translation>Annuler la réservation…</translation>
        </message>
        <message>
            <source>Back to confirmed</source>
            <translation>Revenir à « Confirmée »</translation>
        </message>
        <message>
            <source>In the list: A arrived · S seated · P left · N no-show · Del cancel · ← → day · Ctrl+N new booking · Ctrl+F search</source>
            <translation>Dans la liste : A arrivée · S installée · P partie · N no-show · Suppr annuler · ← → jour · Ctrl+N nouvelle réservation · Ctrl+F rechercher</translation>
        </message>
        <message>
            <source>Closed by the host</source>
            <translation>Fermé par l'établissement</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Prévision</translation>
        </message>
        <message>
            <source>Footfall forecast of the coming days: booked, still to book, walk-ins</source>
            <translation>Prévision d'affluence des prochains jours : réservés, à réserver, sans réservation</translation>
        </message>
        <message>
            <source>Closed on this day by the opening schedule. Reopen the service to take bookings this once.</source>
            <translation>Fermé ce jour-là selon les horaires d'ouverture. Rouvrez le service pour prendre des réservations exceptionnellement.</translation>
        </message>
        <message>
            <source>Closed (opening schedule)</source>
            <translation>Fermé (horaires d'ouverture)</translation>
        </message>
        <message>
            <source>%1 %2 is closed: reopen the service first to take a booking or a walk-in.</source>
            <translation>%1 du %2 : service fermé. Rouvrez-le d'abord pour prendre une réservation ou un client sur place.</translation>
        </message>
        <message>
            <source>%1 is closed on this day and takes no booking. « %2 » on its card opens it for this day only.</source>
            <translation>Le service %1 est fermé ce jour et ne prend aucune réservation. « %2 » sur sa carte l’ouvre pour ce jour seulement.</translation>
        </message>
        <message>
            <source>Closed on this day: no service takes bookings. « %1 » on a service's card opens it for this day only.</source>
            <translation>Fermé ce jour : aucun service ne prend de réservation. « %1 » sur la carte d’un service l’ouvre pour ce jour seulement.</translation>
        </message>
        <message>
            <source>No booking on this day. %1 is closed (« %2 » on its card opens it for this day only); Ctrl+N takes a booking by phone for %3.</source>
            <translation>Aucune réservation ce jour. Le service %1 est fermé (« %2 » sur sa carte l’ouvre pour ce jour seulement) ; Ctrl+N prend une réservation par téléphone pour le service %3.</translation>
        </message>
        <message>
            <source>On the floor…</source>
            <translation>En salle…</translation>
        </message>
        <message>
            <source>This service in the Service tab: the bookings on their tables</source>
            <translation>Ce service dans l'onglet Service : les réservations à leurs tables</translation>
        </message>
        <message>
            <source>Zone wish not saved: %1</source>
            <translation>Souhait de zone non enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RestaurantBuyer</name>
        <message>
            <source>The legal name is missing: every order names the restaurant by it.</source>
            <translation>La raison sociale manque : chaque commande désigne le restaurant par elle.</translation>
        </message>
        <message>
            <source>The SIRET is missing: suppliers identify the restaurant by it.</source>
            <translation>Le SIRET manque : les fournisseurs identifient le restaurant par lui.</translation>
        </message>
        <message>
            <source>The SIRET « %1 » must be 14 digits (spaces allowed).</source>
            <translation>Le SIRET « %1 » doit compter 14 chiffres (espaces permises).</translation>
        </message>
        <message>
            <source>The SIRET %1 is not valid: its check key does not match (a typing error?).</source>
            <translation>Le SIRET %1 n’est pas valide : sa clé de contrôle ne correspond pas (une faute de frappe ?).</translation>
        </message>
        <message>
            <source>The VAT number « %1 » must start with its country code (FR…).</source>
            <translation>Le numéro de TVA « %1 » doit commencer par le code de son pays (FR…).</translation>
        </message>
        <message>
            <source>The VAT number %1 is not valid: its key does not match its SIREN.</source>
            <translation>Le numéro de TVA %1 n’est pas valide : sa clé ne correspond pas à son SIREN.</translation>
        </message>
        <message>
            <source>The VAT number %1 is not the one of the SIRET's SIREN (%2).</source>
            <translation>Le numéro de TVA %1 n’est pas celui du SIREN du SIRET (%2).</translation>
        </message>
        <message>
            <source>The street address is missing (it is also the delivery address).</source>
            <translation>L’adresse manque (c’est aussi l’adresse de livraison).</translation>
        </message>
        <message>
            <source>The country « %1 » must be a two-letter code (FR).</source>
            <translation>Le pays « %1 » doit être un code de deux lettres (FR).</translation>
        </message>
        <message>
            <source>The postal code is missing.</source>
            <translation>Le code postal manque.</translation>
        </message>
        <message>
            <source>The postal code « %1 » must be 5 digits.</source>
            <translation>Le code postal « %1 » doit compter 5 chiffres.</translation>
        </message>
        <message>
            <source>The city is missing.</source>
            <translation>La ville manque.</translation>
        </message>
        <message>
            <source>The e-mail address « %1 » is not valid.</source>
            <translation>L’adresse e-mail « %1 » n’est pas valide.</translation>
        </message>
        <message>
            <source>The phone number « %1 » is not valid.</source>
            <translation>Le numéro de téléphone « %1 » n’est pas valide.</translation>
        </message>
        <message>
            <source>The PEPPOL scheme « %1 » must be a four-digit code (0009 for a SIRET).</source>
            <translation>Le schéma PEPPOL « %1 » doit être un code à quatre chiffres (0009 pour un SIRET).</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RestaurantIdentityPage</name>
        <message>
            <source>The restaurant as its suppliers know it: every order names it as the buyer and delivers to its address.</source>
            <translation>Le restaurant tel que ses fournisseurs le connaissent : chaque commande le désigne comme acheteur et le livre à son adresse.</translation>
        </message>
        <message>
            <source>&amp;Legal name:</source>
            <translation>&amp;Raison sociale :</translation>
        </message>
        <message>
            <source>&amp;Trading name:</source>
            <translation>&amp;Enseigne :</translation>
        </message>
        <message>
            <source>&amp;SIRET:</source>
            <translation>&amp;SIRET :</translation>
        </message>
        <message>
            <source>&amp;VAT number:</source>
            <translation>N° de &amp;TVA :</translation>
        </message>
        <message>
            <source>S&amp;treet:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <source>&amp;Postal code:</source>
            <translation>Code &amp;postal :</translation>
        </message>
        <message>
            <source>&amp;City:</source>
            <translation>&amp;Ville :</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>Pa&amp;ys :</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>Télé&amp;phone :</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>E-&amp;mail :</translation>
        </message>
        <message>
            <source>Co&amp;ntact:</source>
            <translation>&amp;Contact :</translation>
        </message>
        <message>
            <source>PEPPOL sc&amp;heme:</source>
            <translation>Sc&amp;héma PEPPOL :</translation>
        </message>
        <message>
            <source>PEPPOL &amp;endpoint:</source>
            <translation>Identifiant PEPPO&amp;L :</translation>
        </message>
        <message>
            <source>e.g. SAS Le Vieux Moulin</source>
            <translation>par exemple SAS Le Vieux Moulin</translation>
        </message>
        <message>
            <source>14 digits</source>
            <translation>14 chiffres</translation>
        </message>
        <message>
            <source>the SIRET</source>
            <translation>le SIRET</translation>
        </message>
        <message>
            <source>Demo mode uses the demo restaurant, Le Vieux Moulin, while nothing is entered here.</source>
            <translation>Le mode démo utilise le restaurant de démonstration, Le Vieux Moulin, tant que rien n’est saisi ici.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ResyFeed</name>
        <message>
            <source>Resy's answer to %1 could not be read: %2</source>
            <translation>La réponse de Resy à %1 est illisible : %2</translation>
        </message>
        <message>
            <source>The Resy reservation %1 has an invalid %2: %3.</source>
            <translation>La réservation Resy %1 a un champ %2 invalide : %3.</translation>
        </message>
        <message>
            <source>A Resy reservation has no id (%1).</source>
            <translation>Une réservation Resy n’a pas d’identifiant (%1).</translation>
        </message>
        <message>
            <source>The Resy reservation %1 has an unknown %2: %3.</source>
            <translation>La réservation Resy %1 a un champ %2 inconnu : %3.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RosterCovers</name>
        <message>
            <source>Special event</source>
            <translation>Événement spécial</translation>
        </message>
        <message>
            <source>%1 %2 ×%3</source>
            <translation>%1 %2 ×%3</translation>
        </message>
        <message>
            <source>No covers forecast for this week (no till history or bookings to read, or too far ahead): the needs are the minimum staff of each role while open.</source>
            <translation>Pas de prévision d'affluence pour cette semaine (ni historique de caisse ni réservations à lire, ou trop loin) : les besoins sont l'effectif minimum de chaque rôle pendant l'ouverture.</translation>
        </message>
        <message numerus="yes">
            <source>Needs from the covers forecast: %n cover(s) expected this week (%1).</source>
            <translation>
                <numerusform>Besoins d'après la prévision d'affluence : %n couvert attendu cette semaine (%1).</numerusform>
                <numerusform>Besoins d'après la prévision d'affluence : %n couverts attendus cette semaine (%1).</numerusform>
            </translation>
        </message>
        <message>
            <source>Special days: %1.</source>
            <translation>Jours particuliers : %1.</translation>
        </message>
        <message numerus="yes">
            <source>based on %n week(s) of till history and the bookings</source>
            <translation>
                <numerusform>calculés à partir de %n semaine d'historique de caisse et des réservations</numerusform>
                <numerusform>calculés à partir de %n semaines d'historique de caisse et des réservations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>based on %n week(s) of till history</source>
            <translation>
                <numerusform>calculés à partir de %n semaine d'historique de caisse</numerusform>
                <numerusform>calculés à partir de %n semaines d'historique de caisse</numerusform>
            </translation>
        </message>
        <message>
            <source>based on less than two weeks of till history and the bookings</source>
            <translation>calculés à partir de moins de deux semaines d'historique de caisse et des réservations</translation>
        </message>
        <message>
            <source>based on less than two weeks of till history</source>
            <translation>calculés à partir de moins de deux semaines d'historique de caisse</translation>
        </message>
        <message>
            <source>based on the bookings alone, without till history</source>
            <translation>calculés à partir des seules réservations, sans historique de caisse</translation>
        </message>
        <message>
            <source>without till history</source>
            <translation>sans historique de caisse</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RosterDocument</name>
        <message>
            <source>A published week is history: its needs cannot be changed.</source>
            <translation>Une semaine publiée fait partie de l'historique : ses besoins ne peuvent plus être modifiés.</translation>
        </message>
        <message>
            <source>The needs cannot be changed now.</source>
            <translation>Les besoins ne peuvent pas être modifiés pour l'instant.</translation>
        </message>
        <message>
            <source>At %1, the need (%2) is below the minimum (%3).</source>
            <translation>À %1, le besoin (%2) est inférieur au minimum (%3).</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RosterGrid</name>
        <message>
            <source>No staff yet: import the staffing configuration (with its "staff" list).</source>
            <translation>Personne pour l’instant : importez la configuration du personnel (avec sa liste « staff »).</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RosterOptimizer</name>
        <message>
            <source>Optimal roster.</source>
            <translation>Planning optimal.</translation>
        </message>
        <message>
            <source>Roster within %1 % of the best possible.</source>
            <translation>Planning à %1 % au plus du meilleur possible.</translation>
        </message>
        <message>
            <source>Roster within %1 % of the best possible (time limit reached).</source>
            <translation>Planning à %1 % au plus du meilleur possible (temps limite atteint).</translation>
        </message>
        <message>
            <source>No roster found within the time limit: allow more time.</source>
            <translation>Aucun planning trouvé dans le temps imparti : accordez plus de temps.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>%1 missing on %2 %3: min_staff cannot be met with these people.</source>
            <translation>Il manque %1 le %2, %3 : le minimum ne peut pas être tenu avec cette équipe.</translation>
        </message>
        <message>
            <source>%1 would exceed %2 (by %3) to keep min_staff.</source>
            <translation>%1 dépasserait %2 (de %3) pour tenir le minimum.</translation>
        </message>
        <message>
            <source>No roster found that keeps every rule within the time limit.</source>
            <translation>Aucun planning respectant toutes les règles trouvé dans le temps imparti.</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 à %2</translation>
        </message>
        <message>
            <source>%1 already works as %2 then</source>
            <translation>%1 travaille déjà comme %2 à ce moment-là</translation>
        </message>
        <message>
            <source>%1 must rest %2 after the shift ending %3</source>
            <translation>%1 doit se reposer %2 après son service finissant %3</translation>
        </message>
        <message>
            <source>%1 must rest %2 before the shift starting %3</source>
            <translation>%1 doit se reposer %2 avant son service commençant %3</translation>
        </message>
        <message>
            <source>%1 would work %2 days in a row (%3 at most, counting the previous week)</source>
            <translation>%1 travaillerait %2 jours de suite (%3 au plus, semaine précédente comprise)</translation>
        </message>
        <message>
            <source>%1 would work %2 days in a row (%3 at most)</source>
            <translation>%1 travaillerait %2 jours de suite (%3 au plus)</translation>
        </message>
        <message>
            <source>%1 would exceed %2</source>
            <translation>%1 dépasserait %2</translation>
        </message>
        <message>
            <source>%1 already works %2 that day</source>
            <translation>%1 travaille déjà %2 ce jour-là</translation>
        </message>
        <message numerus="yes">
            <source>%n other(s) likewise</source>
            <translation>
                <numerusform>%n autre personne dans le même cas</numerusform>
                <numerusform>%n autres personnes dans le même cas</numerusform>
            </translation>
        </message>
        <message>
            <source>on leave: %1</source>
            <translation>en congé : %1</translation>
        </message>
        <message>
            <source>not available then: %1</source>
            <translation>indisponibles à ces heures : %1</translation>
        </message>
        <message>
            <source>nobody holds the role %1</source>
            <translation>personne n’occupe le poste de %1</translation>
        </message>
        <message>
            <source>Why: %1.</source>
            <translation>Pourquoi : %1.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RosterPdf</name>
        <message>
            <source>Week %1 — from %2 to %3</source>
            <translation>Semaine %1 — du %2 au %3</translation>
        </message>
        <message>
            <source>Roster — %1</source>
            <translation>Planning — %1</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>Impossible d’écrire %1.</translation>
        </message>
        <message>
            <source>Printed by Moulin on %1</source>
            <translation>Imprimé par Moulin le %1</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Page %1</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>Planning</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Salarié</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Roster (continued)</source>
            <translation>Planning (suite)</translation>
        </message>
        <message>
            <source>Hours per day</source>
            <translation>Heures par jour</translation>
        </message>
        <message>
            <source>Shifts</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Night (%1–%2)</source>
            <translation>Nuit (%1–%2)</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Dimanche</translation>
        </message>
        <message>
            <source>Public holiday</source>
            <translation>Férié</translation>
        </message>
        <message>
            <source>Split shifts</source>
            <translation>Coupures</translation>
        </message>
        <message>
            <source>Hourly cost</source>
            <translation>Coût horaire</translation>
        </message>
        <message>
            <source>Labour cost</source>
            <translation>Coût salarial</translation>
        </message>
        <message>
            <source>Payroll summary</source>
            <translation>Récapitulatif de paie</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RosterStore</name>
        <message>
            <source>%1 is not a Monday.</source>
            <translation>Le %1 n’est pas un lundi.</translation>
        </message>
        <message>
            <source>The roster of week %1 is published: it can no longer be changed.</source>
            <translation>Le planning de la semaine %1 est publié : il ne peut plus être modifié.</translation>
        </message>
        <message>
            <source>A shift on %1 is not in the week of %2.</source>
            <translation>Un service le %1 n’est pas dans la semaine du %2.</translation>
        </message>
        <message>
            <source>The roster of week %1 is already published.</source>
            <translation>Le planning de la semaine %1 est déjà publié.</translation>
        </message>
        <message>
            <source>There is no roster to publish for week %1.</source>
            <translation>Il n’y a pas de planning à publier pour la semaine %1.</translation>
        </message>
        <message>
            <source>A need must be at least the minimum, and the minimum at least 0.</source>
            <translation>Un besoin doit être au moins égal au minimum, et le minimum au moins 0.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RosterValidator</name>
        <message>
            <source>cook</source>
            <translation>cuisinier</translation>
        </message>
        <message>
            <source>server</source>
            <translation>serveur</translation>
        </message>
        <message>
            <source>bartender</source>
            <translation>barman</translation>
        </message>
        <message numerus="yes">
            <source>%n cook(s)</source>
            <translation>
                <numerusform>%n cuisinier</numerusform>
                <numerusform>%n cuisiniers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n server(s)</source>
            <translation>
                <numerusform>%n serveur</numerusform>
                <numerusform>%n serveurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bartender(s)</source>
            <translation>
                <numerusform>%n barman</numerusform>
                <numerusform>%n barmans</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2</source>
            <translation>%1 h %2</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 is not on the staff list.</source>
            <translation>%1 ne fait pas partie du personnel.</translation>
        </message>
        <message>
            <source>%1 does not work as %2 (%3 %4).</source>
            <translation>%1 ne travaille pas comme %2 (%3 %4).</translation>
        </message>
        <message>
            <source>%1: a shift of %2 on %3 (%4), outside %5 to %6.</source>
            <translation>%1 : un service de %2 le %3 (%4), hors de %5 à %6.</translation>
        </message>
        <message>
            <source>%1 is on leave on %2.</source>
            <translation>%1 est en congé le %2.</translation>
        </message>
        <message>
            <source>%1 is not available on %2 %3.</source>
            <translation>%1 n’est pas disponible le %2 %3.</translation>
        </message>
        <message>
            <source>%1 has two shifts at the same time on %2 (%3 and %4).</source>
            <translation>%1 a deux services en même temps le %2 (%3 et %4).</translation>
        </message>
        <message>
            <source>%1 has %2 shifts on %3: at most two (one coupure).</source>
            <translation>%1 a %2 services le %3 : deux au plus (une coupure).</translation>
        </message>
        <message>
            <source>%1 does not work split shifts (two shifts on %2).</source>
            <translation>%1 ne fait pas de coupure (deux services le %2).</translation>
        </message>
        <message>
            <source>%1: a break of %2 between two shifts on %3, less than %4.</source>
            <translation>%1 : une pause de %2 entre deux services le %3, moins de %4.</translation>
        </message>
        <message>
            <source>%1 rests only %2 between %3 and %4 (at least %5).</source>
            <translation>%1 ne se repose que %2 entre le %3 et le %4 (au moins %5).</translation>
        </message>
        <message>
            <source>%1 works %2 days in a row from %3 (at most %4).</source>
            <translation>%1 travaille %2 jours d’affilée à partir du %3 (%4 au plus).</translation>
        </message>
        <message>
            <source>%1: %2 in the week, above the %3 allowed.</source>
            <translation>%1 : %2 dans la semaine, au-delà des %3 permises.</translation>
        </message>
        <message>
            <source>%1: %2 in the week, above the contract's %3.</source>
            <translation>%1 : %2 dans la semaine, au-delà des %3 du contrat.</translation>
        </message>
        <message>
            <source>Short of %1 on %2 %3.</source>
            <translation>Il manque %1 le %2 %3.</translation>
        </message>
        <message>
            <source>%1:%2</source>
            <comment>time of day: hours (0-23), minutes (two digits)</comment>
            <translation>%1 h %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RostersArea</name>
        <message>
            <source>R&amp;osters</source>
            <translation>&amp;Plannings</translation>
        </message>
        <message>
            <source>Staff needs and generated rosters</source>
            <translation>Besoins en personnel et plannings générés</translation>
        </message>
        <message>
            <source>--week: "%1" is not an ISO week of that year.</source>
            <translation>--week : « %1 » n’est pas une semaine ISO de cette année.</translation>
        </message>
        <message>
            <source>There is no roster for week %1.</source>
            <translation>Il n’y a pas de planning pour la semaine %1.</translation>
        </message>
        <message>
            <source>warning: the roster of week %1 is a draft, not published yet.</source>
            <translation>attention : le planning de la semaine %1 est un brouillon, pas encore publié.</translation>
        </message>
        <message>
            <source>Could not create the folder %1.</source>
            <translation>Impossible de créer le dossier %1.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RostersTab</name>
        <message>
            <source>Week %1 · %2 – %3</source>
            <translation>Semaine %1 · %2 – %3</translation>
        </message>
        <message>
            <source>Nothing planned yet</source>
            <translation>Rien de planifié</translation>
        </message>
        <message>
            <source>New draft, not saved</source>
            <translation>Nouveau brouillon, non enregistré</translation>
        </message>
        <message>
            <source>Draft, changed since saved</source>
            <translation>Brouillon, modifié depuis l’enregistrement</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Published — read-only</source>
            <translation>Publié — lecture seule</translation>
        </message>
        <message>
            <source>Every rule is kept.</source>
            <translation>Toutes les règles sont respectées.</translation>
        </message>
        <message numerus="yes">
            <source>%n rule(s) broken:</source>
            <translation>
                <numerusform>%n règle non respectée :</numerusform>
                <numerusform>%n règles non respectées :</numerusform>
            </translation>
        </message>
        <message>
            <source>Understaffed in the coming days:</source>
            <translation>Sous-effectif dans les prochains jours :</translation>
        </message>
        <message numerus="yes">
            <source> (and %n more)</source>
            <translation>
                <numerusform> (et %n autre)</numerusform>
                <numerusform> (et %n autres)</numerusform>
            </translation>
        </message>
        <message>
            <source>Staff needed and planned — %1</source>
            <translation>Personnel nécessaire et planifié — %1</translation>
        </message>
        <message>
            <source>needed (covers)</source>
            <translation>nécessaire (couverts)</translation>
        </message>
        <message>
            <source>minimum</source>
            <translation>minimum</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>planifié</translation>
        </message>
        <message>
            <source>Roster not saved</source>
            <translation>Planning non enregistré</translation>
        </message>
        <message>
            <source>Roster of week %1 saved.</source>
            <translation>Planning de la semaine %1 enregistré.</translation>
        </message>
        <message>
            <source>Publish the roster?</source>
            <translation>Publier le planning ?</translation>
        </message>
        <message numerus="yes">
            <source>%n rule(s) are broken in this roster. Publish it anyway? Once published, it can no longer be changed.</source>
            <translation>
                <numerusform>%n règle n’est pas respectée dans ce planning. Le publier quand même ? Une fois publié, il ne pourra plus être modifié.</numerusform>
                <numerusform>%n règles ne sont pas respectées dans ce planning. Le publier quand même ? Une fois publié, il ne pourra plus être modifié.</numerusform>
            </translation>
        </message>
        <message>
            <source>Roster not published</source>
            <translation>Planning non publié</translation>
        </message>
        <message>
            <source>Roster of week %1 published.</source>
            <translation>Planning de la semaine %1 publié.</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Roster not exported</source>
            <translation>Planning non exporté</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>Roster exported to %1.</source>
            <translation>Planning exporté dans %1.</translation>
        </message>
        <message>
            <source>Configuration not imported</source>
            <translation>Configuration non importée</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was changed: %n issue(s) in %1.</source>
            <translation>
                <numerusform>Rien n’a été modifié : %n problème dans %1.</numerusform>
                <numerusform>Rien n’a été modifié : %n problèmes dans %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Staffing configuration imported: %n person(s).</source>
            <translation>
                <numerusform>Configuration du personnel importée : %n personne.</numerusform>
                <numerusform>Configuration du personnel importée : %n personnes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import the staffing configuration</source>
            <translation>Importer la configuration du personnel</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Semaine précédente</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Semaine suivante</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publier</translation>
        </message>
        <message>
            <source>Publish the week: it becomes read-only and the next week counts its rests from it.</source>
            <translation>Publier la semaine : elle passe en lecture seule et la semaine suivante compte ses repos à partir d’elle.</translation>
        </message>
        <message>
            <source>Import configuration…</source>
            <translation>Importer la configuration…</translation>
        </message>
        <message>
            <source>The staffing configuration (roles, constraints, opening hours, staff) as JSON.</source>
            <translation>La configuration du personnel (rôles, contraintes, horaires d’ouverture, équipe) en JSON.</translation>
        </message>
        <message>
            <source>No staff yet</source>
            <translation>Pas encore d’équipe</translation>
        </message>
        <message>
            <source>Import the staffing configuration (roles with min_staff and optimal_ratio, constraints, opening hours and the staff list) to plan the weeks.</source>
            <translation>Importez la configuration du personnel (rôles avec min_staff et optimal_ratio, contraintes, horaires d’ouverture et liste de l’équipe) pour planifier les semaines.</translation>
        </message>
        <message>
            <source>A published week is history: it cannot be generated again.</source>
            <translation>Une semaine publiée appartient à l’historique : elle ne peut pas être générée à nouveau.</translation>
        </message>
        <message>
            <source>Compute the week's roster from the needs, the staff and the rules (replaces the shifts shown).</source>
            <translation>Calcule le planning de la semaine à partir des besoins, de l’équipe et des règles (remplace les services affichés).</translation>
        </message>
        <message>
            <source>Replace the roster?</source>
            <translation>Remplacer le planning ?</translation>
        </message>
        <message numerus="yes">
            <source>This week has %n shift(s) entered or changed by hand. The generated roster replaces them all. Generate anyway?</source>
            <translation>
                <numerusform>Cette semaine a %n service saisi ou modifié à la main. Le planning généré le remplace. Générer quand même ?</numerusform>
                <numerusform>Cette semaine a %n services saisis ou modifiés à la main. Le planning généré les remplace tous. Générer quand même ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopping… %1 s</source>
            <translation>Arrêt en cours… %1 s</translation>
        </message>
        <message>
            <source>Generating the roster… %1 s</source>
            <translation>Génération du planning… %1 s</translation>
        </message>
        <message>
            <source>best objective %1</source>
            <translation>meilleur objectif %1</translation>
        </message>
        <message>
            <source>gap %1 %</source>
            <translation>écart %1 %</translation>
        </message>
        <message>
            <source>looking for a first roster</source>
            <translation>recherche d’un premier planning</translation>
        </message>
        <message>
            <source>Optimal roster</source>
            <translation>Planning optimal</translation>
        </message>
        <message>
            <source>Roster %1 % from the optimum</source>
            <translation>Planning à %1 % de l’optimum</translation>
        </message>
        <message>
            <source> (time limit reached)</source>
            <translation> (limite de temps atteinte)</translation>
        </message>
        <message>
            <source>, computed in %1 s</source>
            <translation>, calculé en %1 s</translation>
        </message>
        <message numerus="yes">
            <source>%n shift(s), labour cost %1. Check it, then save or publish.</source>
            <translation>
                <numerusform>%n service, coût salarial %1. Vérifiez-le, puis enregistrez ou publiez.</numerusform>
                <numerusform>%n services, coût salarial %1. Vérifiez-le, puis enregistrez ou publiez.</numerusform>
            </translation>
        </message>
        <message>
            <source>Best roster found before the stop (%1 s)</source>
            <translation>Meilleur planning trouvé avant l’arrêt (%1 s)</translation>
        </message>
        <message>
            <source>Generation stopped.</source>
            <translation>Génération interrompue.</translation>
        </message>
        <message>
            <source>The best roster found in %1 s is shown; it keeps every rule but may not be the best one. Generate again and let it finish for the optimum.</source>
            <translation>Le meilleur planning trouvé en %1 s est affiché ; il respecte toutes les règles mais n’est peut-être pas le meilleur. Relancez la génération et laissez-la aller au bout pour l’optimum.</translation>
        </message>
        <message>
            <source>No roster had been found yet: the shifts are unchanged.</source>
            <translation>Aucun planning n’avait encore été trouvé : les services sont inchangés.</translation>
        </message>
        <message>
            <source>No roster can keep every rule this week; the shifts were not changed. What stands in the way:</source>
            <translation>Aucun planning ne peut respecter toutes les règles cette semaine ; les services n’ont pas été modifiés. Ce qui bloque :</translation>
        </message>
        <message>
            <source>No roster keeping every rule was found in %1 s; the shifts were not changed. What stands in the way:</source>
            <translation>Aucun planning respectant toutes les règles n’a été trouvé en %1 s ; les services n’ont pas été modifiés. Ce qui bloque :</translation>
        </message>
        <message>
            <source>Export the shifts (CSV)</source>
            <translation>Exporter les services (CSV)</translation>
        </message>
        <message>
            <source>Export the payroll summary (CSV)</source>
            <translation>Exporter le récapitulatif de paie (CSV)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export the roster (PDF)</source>
            <translation>Exporter le planning (PDF)</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Générer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop the optimiser: the best roster found so far, if any, is kept.</source>
            <translation>Arrête l’optimiseur : le meilleur planning trouvé jusque-là, s’il y en a un, est conservé.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>The week for payroll: the shifts or the payroll summary as CSV, or a PDF.</source>
            <translation>La semaine pour la paie : les services ou le récapitulatif de paie en CSV, ou un PDF.</translation>
        </message>
        <message>
            <source>Export CSV (shifts)…</source>
            <translation>Export CSV (services)…</translation>
        </message>
        <message>
            <source>One row per shift: person, role, start, end.</source>
            <translation>Une ligne par service : personne, rôle, début, fin.</translation>
        </message>
        <message>
            <source>Export CSV (payroll)…</source>
            <translation>Export CSV (paie)…</translation>
        </message>
        <message>
            <source>One row per person: hours, night, Sunday and holiday hours, split shifts, labour cost; the total.</source>
            <translation>Une ligne par personne : heures, heures de nuit, du dimanche et des jours fériés, coupures, coût salarial ; puis le total.</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>A published week is history: its needs cannot be changed.</source>
            <translation>Une semaine publiée fait partie de l'historique : ses besoins ne peuvent plus être modifiés.</translation>
        </message>
        <message>
            <source>Change by hand the staff needed for this role on this day.</source>
            <translation>Modifier à la main l'effectif nécessaire pour ce rôle ce jour-là.</translation>
        </message>
        <message>
            <source>covers per quarter hour (forecast)</source>
            <translation>couverts par quart d'heure (prévision)</translation>
        </message>
        <message>
            <source>covers</source>
            <translation>couverts</translation>
        </message>
        <message>
            <source>Computing the covers forecast for this week…</source>
            <translation>Calcul de la prévision d'affluence de la semaine…</translation>
        </message>
        <message>
            <source>Needs of %1 on %2 saved.</source>
            <translation>Besoins « %1 » du %2 enregistrés.</translation>
        </message>
        <message>
            <source>Edit needs…</source>
            <translation>Modifier les besoins…</translation>
        </message>
        <message>
            <source>people</source>
            <translation>personnes</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SalesFormat</name>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1:00</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1:00–%2:00</source>
            <translation>%1 h – %2 h</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1:%2</source>
            <comment>time of day: hours (0-23), minutes (two digits)</comment>
            <translation>%1 h %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SalesPage</name>
        <message>
            <source>The sales of this period are still being imported…</source>
            <translation>Les ventes de cette période sont en cours d’import…</translation>
        </message>
        <message>
            <source>No sales in this period</source>
            <translation>Aucune vente sur cette période</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SalesRepository</name>
        <message>
            <source>Unclassified</source>
            <translation>Non classé</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SalesStore</name>
        <message>
            <source>line %1</source>
            <translation>ligne %1</translation>
        </message>
        <message>
            <source>The sale has no receiptId.</source>
            <translation>La vente n’a pas de receiptId.</translation>
        </message>
        <message>
            <source>The sale has no valid timeClosed ("%1").</source>
            <translation>La vente n’a pas de timeClosed valide (« %1 »).</translation>
        </message>
        <message>
            <source>The sale has an impossible number of covers (%1).</source>
            <translation>La vente a un nombre de couverts impossible (%1).</translation>
        </message>
        <message>
            <source>salesLines is not a list.</source>
            <translation>salesLines n’est pas une liste.</translation>
        </message>
        <message>
            <source>Line %1 is not an object.</source>
            <translation>La ligne %1 n’est pas un objet.</translation>
        </message>
        <message>
            <source>%1: the quantity is not a number.</source>
            <translation>%1 : la quantité n’est pas un nombre.</translation>
        </message>
        <message>
            <source>%1: %2 is not a decimal amount (%3).</source>
            <translation>%1 : %2 n’est pas un montant décimal (%3).</translation>
        </message>
        <message>
            <source>%1: the list price or the cost price is not a decimal amount.</source>
            <translation>%1 : le prix de carte ou le prix de revient n’est pas un montant décimal.</translation>
        </message>
        <message>
            <source>%1: VAT line %2 has no decimal taxAmount.</source>
            <translation>%1 : la ligne de TVA %2 n’a pas de taxAmount décimal.</translation>
        </message>
        <message>
            <source>%1: VAT line %2 has a malformed taxableAmount.</source>
            <translation>%1 : la ligne de TVA %2 a un taxableAmount mal formé.</translation>
        </message>
        <message>
            <source>%1 has no tax code.</source>
            <translation>%1 n’a pas de code de TVA.</translation>
        </message>
        <message>
            <source>%1 does not add up: %2 with VAT ≠ %3 without VAT + %4 VAT.</source>
            <translation>%1 ne tombe pas juste : %2 TTC ≠ %3 HT + %4 de TVA.</translation>
        </message>
        <message>
            <source>%1 does not add up: its VAT lines total %2, its VAT is %3.</source>
            <translation>%1 ne tombe pas juste : ses lignes de TVA totalisent %2, sa TVA est de %3.</translation>
        </message>
        <message>
            <source>%1: the tax code %2 is unknown.</source>
            <translation>%1 : le code de TVA %2 est inconnu.</translation>
        </message>
        <message>
            <source>%1: the item %2 is not on the menu.</source>
            <translation>%1 : l’article %2 n’est pas à la carte.</translation>
        </message>
        <message>
            <source>payments is not a list.</source>
            <translation>payments n’est pas une liste.</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Payment %1 (%2) has no decimal amount.</source>
            <translation>Le règlement %1 (%2) n’a pas de montant décimal.</translation>
        </message>
        <message>
            <source>The payments (%1) do not match the lines (%2).</source>
            <translation>Les règlements (%1) ne correspondent pas aux lignes (%2).</translation>
        </message>
        <message>
            <source>A sale in the page is not an object.</source>
            <translation>Une vente de la page n’est pas un objet.</translation>
        </message>
        <message>
            <source>%1: taxRatePercentage is not a VAT rate (%2).</source>
            <translation>%1 : taxRatePercentage n'est pas un taux de TVA (%2).</translation>
        </message>
        <message>
            <source>%1: VAT line %2 has a taxRate that is not a VAT multiplier such as 1.1 (%3).</source>
            <translation>%1 : la ligne de TVA %2 a un taxRate qui n'est pas un multiplicateur de TVA tel que 1.1 (%3).</translation>
        </message>
        <message>
            <source>%1: its VAT line says %2 but the line says %3.</source>
            <translation>%1 : sa ligne de TVA indique %2, mais la ligne indique %3.</translation>
        </message>
        <message>
            <source>%1: its VAT rate is %2, but its amounts give %3 (%4 VAT on %5 without VAT).</source>
            <translation>%1 : son taux de TVA est de %2, mais ses montants donnent %3 (%4 de TVA sur %5 HT).</translation>
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
        <message>
            <source>Week %1 · %2</source>
            <translation>Semaine %1 · %2</translation>
        </message>
        <message>
            <source>Compared with %1</source>
            <translation>Comparé à la période %1</translation>
        </message>
        <message>
            <source>To %1, compared with %2</source>
            <translation>Jusqu’au %1, comparé à la période %2</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Ventes</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d’ensemble</translation>
        </message>
        <message>
            <source>Accounting groups</source>
            <translation>Familles</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Paiements</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>Menu &amp;&amp; prices</source>
            <translation>Menu &amp;&amp; prix</translation>
        </message>
        <message>
            <source>Quarantine (%1)</source>
            <translation>Quarantaine (%1)</translation>
        </message>
        <message>
            <source>Quarantine</source>
            <translation>Quarantaine</translation>
        </message>
        <message>
            <source>Lines from the till that could not be booked</source>
            <translation>Lignes de la caisse qui n’ont pas pu être comptabilisées</translation>
        </message>
        <message>
            <source>Items, current prices and their state on the till</source>
            <translation>Articles, prix actuels et leur état sur la caisse</translation>
        </message>
        <message>
            <source>The receipts of the period, or of the chart element you clicked</source>
            <translation>Les tickets de la période, ou de l’élément de graphique cliqué</translation>
        </message>
        <message>
            <source>To %1 at %2, compared with %3 up to the same time</source>
            <translation>Jusqu’au %1 à %2, comparé à la période %3 jusqu’à la même heure</translation>
        </message>
        <message>
            <source>Until %1 today, compared with %2 up to the same time</source>
            <translation>Jusqu’à %1 aujourd’hui, comparé à la période %2 jusqu’à la même heure</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SalesTablePanel</name>
        <message>
            <source>Export as CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>Save this table as a spreadsheet file (rows as shown)</source>
            <translation>Enregistrer ce tableau pour un tableur (lignes telles qu’affichées)</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Rechercher…</translation>
        </message>
        <message>
            <source>Search the table</source>
            <translation>Rechercher dans le tableau</translation>
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
        <name>Moulin::SegmentsPage</name>
        <message>
            <source>e.g. 150</source>
            <translation>p. ex. 150</translation>
        </message>
        <message>
            <source>e.g. en</source>
            <translation>p. ex. en</translation>
        </message>
        <message>
            <source>e.g. gluten</source>
            <translation>p. ex. gluten</translation>
        </message>
        <message>
            <source>e.g. 3</source>
            <translation>p. ex. 3</translation>
        </message>
        <message>
            <source>or: %1</source>
            <translation>ou : %1</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Comptage…</translation>
        </message>
        <message>
            <source>The segment could not be counted: %1</source>
            <translation>Le segment n’a pas pu être compté : %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 guest(s) · %2 reachable by e-mail · %3 by SMS</source>
            <translation>
                <numerusform>%1 client · joignables : %2 par e-mail, %3 par SMS</numerusform>
                <numerusform>%1 clients · joignables : %2 par e-mail, %3 par SMS</numerusform>
            </translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>The first %1 guests, most visits first.</source>
            <translation>Les %1 premiers clients, les plus fidèles d’abord.</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>RFM classes (%1 without a visit)</source>
            <translation>Classes RFM (%1 sans visite)</translation>
        </message>
        <message>
            <source>Segment « %1 » saved.</source>
            <translation>Segment « %1 » enregistré.</translation>
        </message>
        <message>
            <source>Delete the segment</source>
            <translation>Supprimer le segment</translation>
        </message>
        <message>
            <source>Delete the segment « %1 »? The guests stay; only the filter goes.</source>
            <translation>Supprimer le segment « %1 » ? Les clients restent ; seul le filtre disparaît.</translation>
        </message>
        <message>
            <source>Segment « %1 » deleted.</source>
            <translation>Segment « %1 » supprimé.</translation>
        </message>
        <message>
            <source>segment</source>
            <translation>segment</translation>
        </message>
        <message>
            <source>Export the segment</source>
            <translation>Exporter le segment</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV pour Excel (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Export en cours…</translation>
        </message>
        <message numerus="yes">
            <source>%n guest(s) left out: no e-mail consent or no valid address.</source>
            <translation>
                <numerusform>%n client écarté : pas de consentement e-mail ou pas d’adresse valide.</numerusform>
                <numerusform>%n clients écartés : pas de consentement e-mail ou pas d’adresse valide.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n guest(s) left out: no SMS consent or no valid phone.</source>
            <translation>
                <numerusform>%n client écarté : pas de consentement SMS ou pas de numéro valide.</numerusform>
                <numerusform>%n clients écartés : pas de consentement SMS ou pas de numéro valide.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n guest(s) exported to %1.</source>
            <translation>
                <numerusform>%n client exporté dans %1.</numerusform>
                <numerusform>%n clients exportés dans %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending to Brevo…</source>
            <translation>Envoi vers Brevo…</translation>
        </message>
        <message>
            <source>The segment could not be read.</source>
            <translation>Le segment n'a pas pu être lu.</translation>
        </message>
        <message>
            <source>No Brevo connection is configured: add one in Settings.</source>
            <translation>Aucune connexion Brevo n’est configurée : ajoutez-en une dans les Paramètres.</translation>
        </message>
        <message>
            <source>Save the segment first.</source>
            <translation>Enregistrez d’abord le segment.</translation>
        </message>
        <message>
            <source>Sends the guests who agreed to the chosen channel as a Brevo list.</source>
            <translation>Envoie à Brevo, comme liste, les clients qui ont accepté le canal choisi.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Segment name, e.g. Regulars to win back</source>
            <translation>Nom du segment, p. ex. Habitués à relancer</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Choose a rule, type its value, Enter adds it.</source>
            <translation>Choisissez une règle, tapez sa valeur, Entrée l’ajoute.</translation>
        </message>
        <message>
            <source>or</source>
            <translation>ou</translation>
        </message>
        <message>
            <source>Starts another group: a guest is in the segment when one group holds.</source>
            <translation>Commence un autre groupe : un client est dans le segment dès qu’un groupe est vrai.</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>Ajouter la règle</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Del removes the selected rule.</source>
            <translation>Suppr retire la règle choisie.</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visites</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Dernière visite</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Dépense</translation>
        </message>
        <message>
            <source>RFM class</source>
            <translation>Classe RFM</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Only the guests who agreed to this channel are exported.</source>
            <translation>Seuls les clients qui ont accepté ce canal sont exportés.</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>Send to Brevo</source>
            <translation>Envoyer vers Brevo</translation>
        </message>
        <message>
            <source>No till receipt linked to their visits.</source>
            <translation>Aucun ticket de caisse rattaché à ses visites.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No saved segment yet. Add rules on the right, name the segment and choose Save: it will be listed here, counted again each time you open it.</source>
            <translation>Aucun segment enregistré pour l’instant. Ajoutez des règles à droite, nommez le segment et choisissez Enregistrer : il sera listé ici et recompté à chaque ouverture.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ServiceBoard</name>
        <message>
            <source>The booking is not in this service.</source>
            <translation>La réservation n’est pas de ce service.</translation>
        </message>
        <message>
            <source>A party of at least one guest.</source>
            <translation>Au moins un couvert.</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Sans réservation</translation>
        </message>
        <message>
            <source>%1 assigned automatically to %2 (%3 p)</source>
            <translation>%1 attribuée automatiquement à %2 (%3 p)</translation>
        </message>
        <message>
            <source>%1 (%2 p) moved automatically from %3 to %4</source>
            <translation>%1 (%2 p) déplacé automatiquement de %3 à %4</translation>
        </message>
        <message>
            <source>%1 is not a time of this service.</source>
            <translation>%1 n’est pas une heure de ce service.</translation>
        </message>
        <message>
            <source>The booking sits at no table.</source>
            <translation>La réservation n’est à aucune table.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ServiceCard</name>
        <message numerus="yes">
            <source>%n booking(s)</source>
            <translation>
                <numerusform>%n réservation</numerusform>
                <numerusform>%n réservations</numerusform>
            </translation>
        </message>
        <message>
            <source>Booked up</source>
            <translation>Capacité atteinte</translation>
        </message>
        <message>
            <source>Forecast: about %1</source>
            <translation>Prévision : environ %1</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Marquer complet</translation>
        </message>
        <message>
            <source>Take no more bookings for this service</source>
            <translation>Ne plus prendre de réservations pour ce service</translation>
        </message>
        <message>
            <source>Close the service</source>
            <translation>Fermer le service</translation>
        </message>
        <message>
            <source>The restaurant is closed for this service</source>
            <translation>Le restaurant est fermé pour ce service</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <source>Take bookings again for this service</source>
            <translation>Reprendre les réservations pour ce service</translation>
        </message>
        <message>
            <source>Footfall forecast: %1.</source>
            <translation>Prévision d'affluence : %1.</translation>
        </message>
        <message>
            <source>%1: ×%2.</source>
            <translation>%1 : ×%2.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ServiceFloorView</name>
        <message>
            <source>blocked</source>
            <translation>bloquée</translation>
        </message>
        <message>
            <source>%1 · %2 p · %3</source>
            <translation>%1 · %2 p · %3</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Bloquée</translation>
        </message>
        <message>
            <source>%1, %2 p, %3–%4, %5</source>
            <translation>%1, %2 p, %3–%4, %5</translation>
        </message>
        <message>
            <source>  ⚠ Allergies: %1</source>
            <translation>  ⚠ Allergies : %1</translation>
        </message>
        <message>
            <source>  Zone: %1 (required)</source>
            <translation>  Zone : %1 (exigée)</translation>
        </message>
        <message>
            <source>  Zone wished: %1</source>
            <translation>  Zone souhaitée : %1</translation>
        </message>
        <message>
            <source>%1 p</source>
            <translation>%1 p</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ServiceSeating</name>
        <message>
            <source>« %1 » is not a party size and minutes (such as 2:90).</source>
            <translation>« %1 » n’est pas un nombre de couverts et des minutes (comme 2:90).</translation>
        </message>
        <message>
            <source>No turn time given.</source>
            <translation>Aucune durée de table donnée.</translation>
        </message>
        <message>
            <source>%1 is no table nor declared join of this layout.</source>
            <translation>%1 n’est ni une table ni une jonction déclarée de ce plan.</translation>
        </message>
        <message>
            <source>%1 is blocked.</source>
            <translation>%1 est bloquée.</translation>
        </message>
        <message>
            <source>%1 are blocked.</source>
            <translation>%1 sont bloquées.</translation>
        </message>
        <message>
            <source>The zone « %1 » is closed for this service.</source>
            <translation>La zone « %1 » est fermée pour ce service.</translation>
        </message>
        <message>
            <source>%1 guests for %2 seats at %3.</source>
            <translation>%1 couverts pour %2 places à %3.</translation>
        </message>
        <message>
            <source>%1 takes parties of %2 or more; this one is %3.</source>
            <translation>%1 accueille des groupes de %2 ou plus ; celui-ci est de %3.</translation>
        </message>
        <message>
            <source>%1 is taken by %2 (%3) from %4 to %5.</source>
            <translation>%1 est prise par %2 (%3) de %4 à %5.</translation>
        </message>
        <message>
            <source>a booking</source>
            <translation>une réservation</translation>
        </message>
        <message>
            <source>Pacing: %1 covers already seated between %2 and %3; %4 more would make %5 (at most %6 per quarter hour).</source>
            <translation>Cadence : %1 couverts déjà installés entre %2 et %3 ; %4 de plus feraient %5 (au plus %6 par quart d’heure).</translation>
        </message>
        <message>
            <source>%1 asked for the zone « %2 » (required); %3 is in « %4 ».</source>
            <translation>%1 a demandé la zone « %2 » (exigée) ; %3 est en « %4 ».</translation>
        </message>
        <message>
            <source>The booking</source>
            <translation>La réservation</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ServiceTab</name>
        <message>
            <source>Solving… %1 s</source>
            <translation>Calcul… %1 s</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <source>Place the whole service</source>
            <translation>Placer tout le service</translation>
        </message>
        <message>
            <source>Seat every booking not seated yet, respecting the rules, the held tables and the fewest empty seats</source>
            <translation>Placer chaque réservation pas encore installée, en respectant les règles, les tables tenues et le moins de places vides</translation>
        </message>
        <message>
            <source>Print plan and list…</source>
            <translation>Imprimer le plan et la liste…</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>Outrepasser</translation>
        </message>
        <message>
            <source>Seat the booking anyway: the override is logged in its history</source>
            <translation>Installer quand même : l’exception est consignée dans son historique</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>To seat (drag onto a table)</source>
            <translation>À placer (glisser sur une table)</translation>
        </message>
        <message>
            <source>Whole-service assignment</source>
            <translation>Placement du service</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>Liste d’attente</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Take off the table</source>
            <translation>Retirer de la table</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Installer</translation>
        </message>
        <message>
            <source>party</source>
            <translation>couverts</translation>
        </message>
        <message>
            <source>Arrived (A)</source>
            <translation>Arrivée (A)</translation>
        </message>
        <message>
            <source>Seated (S)</source>
            <translation>Installée (S)</translation>
        </message>
        <message>
            <source>Paid (P)</source>
            <translation>Réglée (P)</translation>
        </message>
        <message>
            <source>Left (L)</source>
            <translation>Partie (L)</translation>
        </message>
        <message>
            <source>No-show (N)</source>
            <translation>Absente (N)</translation>
        </message>
        <message>
            <source>%1 · %2 p · %3</source>
            <translation>%1 · %2 p · %3</translation>
        </message>
        <message>
            <source>Allergies: %1</source>
            <translation>Allergies : %1</translation>
        </message>
        <message>
            <source>No floor plan: draw one in the Floor plan tab.</source>
            <translation>Aucun plan de salle : dessinez-en un dans l’onglet Plan de salle.</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n booking(s) to seat, %2 of %3 covers placed</source>
            <translation>
                <numerusform>%1 — %n réservation à placer, %2 couverts placés sur %3</numerusform>
                <numerusform>%1 — %n réservations à placer, %2 couverts placés sur %3</numerusform>
            </translation>
        </message>
        <message>
            <source>no table</source>
            <translation>aucune table</translation>
        </message>
        <message>
            <source>quoted %1 min</source>
            <translation>annoncé %1 min</translation>
        </message>
        <message>
            <source>%1 free now</source>
            <translation>%1 libre maintenant</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 à %2</translation>
        </message>
        <message>
            <source>no table of that size</source>
            <translation>aucune table de cette taille</translation>
        </message>
        <message>
            <source>%1 (%2) — %3; %4</source>
            <translation>%1 (%2) — %3 ; %4</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Sans réservation</translation>
        </message>
        <message>
            <source>A table for %1 now (%2)</source>
            <translation>Une table pour %1 maintenant (%2)</translation>
        </message>
        <message>
            <source>A table for %1 in about %2 min (%3 at %4)</source>
            <translation>Une table pour %1 dans environ %2 min (%3 à %4)</translation>
        </message>
        <message>
            <source>No table for %1 this service</source>
            <translation>Aucune table pour %1 ce service</translation>
        </message>
        <message>
            <source>No booking selected</source>
            <translation>Aucune réservation choisie</translation>
        </message>
        <message>
            <source>Click a table or a booking; drag a booking onto a table.</source>
            <translation>Cliquez une table ou une réservation ; glissez une réservation sur une table.</translation>
        </message>
        <message>
            <source>Not seated anywhere</source>
            <translation>Placée nulle part</translation>
        </message>
        <message>
            <source>At %1</source>
            <translation>À %1</translation>
        </message>
        <message>
            <source>⚠ Allergies: %1</source>
            <translation>⚠ Allergies : %1</translation>
        </message>
        <message>
            <source>Walk-in at %1 (%2 seats): party size, then Enter</source>
            <translation>Sans réservation à %1 (%2 places) : nombre de couverts, puis Entrée</translation>
        </message>
        <message>
            <source>Walk-in: click a free table</source>
            <translation>Sans réservation : cliquez une table libre</translation>
        </message>
        <message>
            <source>%1 cannot sit at %2:</source>
            <translation>%1 ne peut pas s’installer à %2 :</translation>
        </message>
        <message>
            <source>Not stored</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>%1 seated at %2</source>
            <translation>%1 installée à %2</translation>
        </message>
        <message>
            <source>A walk-in of %1 cannot sit at %2:</source>
            <translation>Un groupe sans réservation de %1 ne peut pas s’installer à %2 :</translation>
        </message>
        <message>
            <source>Walk-in of %1 seated at %2</source>
            <translation>Groupe sans réservation de %1 installé à %2</translation>
        </message>
        <message>
            <source>Seated at %1 by override (logged)</source>
            <translation>Installée à %1 par exception (consignée)</translation>
        </message>
        <message>
            <source>The status could not be changed</source>
            <translation>Le statut n’a pas pu être changé</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Solving…</source>
            <translation>Calcul…</translation>
        </message>
        <message>
            <source>Optimal</source>
            <translation>Optimal</translation>
        </message>
        <message>
            <source>Time limit: gap %1 %</source>
            <translation>Limite de temps : écart %1 %</translation>
        </message>
        <message>
            <source>Some held tables cannot all be kept</source>
            <translation>Des tables tenues ne peuvent pas toutes être gardées</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>The plan or the bookings are inconsistent: %1</source>
            <translation>Le plan ou les réservations sont incohérents : %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n booking(s) placed or moved, %2 left out, %3 s</source>
            <translation>
                <numerusform>%1 — %n réservation placée ou déplacée, %2 laissées de côté, %3 s</numerusform>
                <numerusform>%1 — %n réservations placées ou déplacées, %2 laissées de côté, %3 s</numerusform>
            </translation>
        </message>
        <message>
            <source>Print the plan and list</source>
            <translation>Imprimer le plan et la liste</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Non imprimé</translation>
        </message>
        <message>
            <source>Plan and list written to %1</source>
            <translation>Plan et liste écrits dans %1</translation>
        </message>
        <message>
            <source>Plan — %1 %2</source>
            <translation>Plan — %1 %2</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>%1 ne peut pas être écrit.</translation>
        </message>
        <message>
            <source>%1 — %2, %3 (%4)</source>
            <translation>%1 — %2, %3 (%4)</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Couverts</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Allergies, requests</source>
            <translation>Allergies, demandes</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Seat now</source>
            <translation>Installer</translation>
        </message>
        <message>
            <source>Seat the selected party at the table free for them now (or double-click it)</source>
            <translation>Installer le groupe choisi à la table libre pour lui maintenant (ou double-cliquez dessus)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Take the selected party off the waitlist (they left)</source>
            <translation>Retirer le groupe choisi de la liste d'attente (il est parti)</translation>
        </message>
        <message>
            <source>No table for %1 is free yet: %2 at %3.</source>
            <translation>Aucune table pour %1 n'est encore libre : %2 à %3.</translation>
        </message>
        <message>
            <source>No table for %1 this service.</source>
            <translation>Aucune table pour %1 ce service.</translation>
        </message>
        <message>
            <source>%1 (%2) cannot sit at %3:</source>
            <translation>%1 (%2) ne peut pas s'installer à %3 :</translation>
        </message>
        <message>
            <source>%1 (%2) seated at %3 from the waitlist</source>
            <translation>%1 (%2) installé(e) à %3 depuis la liste d'attente</translation>
        </message>
        <message>
            <source>Log and pacing</source>
            <translation>Journal et cadence</translation>
        </message>
        <message>
            <source>Zone: %1 (required)</source>
            <translation>Zone : %1 (exigée)</translation>
        </message>
        <message>
            <source>Zone wished: %1</source>
            <translation>Zone souhaitée : %1</translation>
        </message>
        <message>
            <source>Wish for the zone « %1 »</source>
            <translation>Souhait : zone « %1 »</translation>
        </message>
        <message>
            <source>%1 cannot move to %2 at %3:</source>
            <translation>%1 ne peut pas passer à %2 à %3 :</translation>
        </message>
        <message>
            <source>%1 moved to %2</source>
            <translation>%1 déplacé à %2</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message numerus="yes">
            <source>Automatic assignment: %n booking(s) still without a table</source>
            <translation>
                <numerusform>Attribution automatique : %n réservation encore sans table</numerusform>
                <numerusform>Attribution automatique : %n réservations encore sans table</numerusform>
            </translation>
        </message>
        <message>
            <source>Forced: %1 moved to %2 at %3 (%4)</source>
            <translation>Forcé : %1 déplacé à %2 à %3 (%4)</translation>
        </message>
        <message>
            <source>%1 — %2 closed on this day (« Reopen » in Reservations opens it)</source>
            <translation>%1 — %2 fermé ce jour-là (« Rouvrir » dans Réservations l’ouvre)</translation>
        </message>
        <message>
            <source>No booking left to seat.</source>
            <translation>Aucune réservation à placer.</translation>
        </message>
        <message>
            <source>“Place the whole service” seats every booking at once; what it did shows here.</source>
            <translation>« Placer tout le service » installe toutes les réservations d'un coup ; ce qu'il a fait s'affiche ici.</translation>
        </message>
        <message>
            <source>Arrivals, seatings and departures show here as they happen.</source>
            <translation>Les arrivées, installations et départs s'affichent ici au fil du service.</translation>
        </message>
        <message>
            <source>Nobody is waiting. Add a walk-in party below.</source>
            <translation>Personne n'attend. Ajoutez un client sans réservation ci-dessous.</translation>
        </message>
        <message>
            <source>Nothing set aside: every booking placed has its table.</source>
            <translation>Rien de laissé de côté : chaque réservation placée a sa table.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Co&amp;nnections:</source>
            <translation>Co&amp;nnexions :</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>A&amp;jouter…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>API &amp;URL:</source>
            <translation>&amp;URL de l’API :</translation>
        </message>
        <message>
            <source>&amp;Store ID:</source>
            <translation>Identifiant de &amp;boutique :</translation>
        </message>
        <message>
            <source>Au&amp;thentication:</source>
            <translation>Au&amp;thentification :</translation>
        </message>
        <message>
            <source>Client &amp;ID:</source>
            <translation>&amp;Identifiant client :</translation>
        </message>
        <message>
            <source>Client s&amp;ecret:</source>
            <translation>S&amp;ecret client :</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Retr&amp;y attempts:</source>
            <translation>Nouvelles tentati&amp;ves :</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
        <message>
            <source>Notification e-&amp;mail:</source>
            <translation>E-&amp;mail de notification :</translation>
        </message>
        <message>
            <source>No connection is configured yet. Choose “Add…” to set one up.</source>
            <translation>Aucune connexion n’est encore configurée. Choisissez « Ajouter… » pour en créer une.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Interval for %1, in minutes</source>
            <translation>Intervalle pour %1, en minutes</translation>
        </message>
        <message>
            <source>every</source>
            <translation>toutes les</translation>
        </message>
        <message>
            <source>OAuth 2.0</source>
            <translation>OAuth 2.0</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clé d’API</translation>
        </message>
        <message>
            <source>HMAC signature</source>
            <translation>Signature HMAC</translation>
        </message>
        <message>
            <source>Signed webhook (HMAC)</source>
            <translation>Webhook signé (HMAC)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Obligatoire</translation>
        </message>
        <message>
            <source>This authentication method uses no secret.</source>
            <translation>Cette méthode d’authentification n’utilise pas de secret.</translation>
        </message>
        <message>
            <source>Checking the system keyring…</source>
            <translation>Vérification du trousseau système…</translation>
        </message>
        <message>
            <source>A secret is stored in the system keyring. Leave the field empty to keep it.</source>
            <translation>Un secret est enregistré dans le trousseau système. Laissez le champ vide pour le conserver.</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Inchangé</translation>
        </message>
        <message>
            <source>No secret is stored yet: enter it above. It will be kept in the system keyring.</source>
            <translation>Aucun secret n’est encore enregistré : saisissez-le ci-dessus. Il sera conservé dans le trousseau système.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>The settings file could not be written; %1 was not removed.</source>
            <translation>Le fichier de paramètres n’a pas pu être écrit ; %1 n’a pas été retiré.</translation>
        </message>
        <message>
            <source>&amp;Find my locations…</source>
            <translation>&amp;Trouver mes établissements…</translation>
        </message>
        <message>
            <source>Ask the provider which locations these credentials can reach</source>
            <translation>Demander au fournisseur quels établissements ces identifiants permettent d’atteindre</translation>
        </message>
        <message>
            <source>Locations found</source>
            <translation>Établissements trouvés</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Recherche…</translation>
        </message>
        <message>
            <source>No location found for these credentials.</source>
            <translation>Aucun établissement trouvé pour ces identifiants.</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>Connexions</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SmtpClient</name>
        <message>
            <source>The e-mail library could not start.</source>
            <translation>La bibliothèque d’envoi d’e-mails n’a pas pu démarrer.</translation>
        </message>
        <message>
            <source>The mail server %1 refused the login of "%2": %3 %4</source>
            <translation>Le serveur de messagerie %1 a refusé l’identification de « %2 » : %3 %4</translation>
        </message>
        <message>
            <source>The mail server %1 refused the message: %2 %3</source>
            <translation>Le serveur de messagerie %1 a refusé le message : %2 %3</translation>
        </message>
        <message>
            <source>The connection to the mail server %1 was lost before it confirmed the message (%2); it will be sent again.</source>
            <translation>La connexion au serveur de messagerie %1 a été perdue avant qu’il ne confirme le message (%2) ; il sera renvoyé.</translation>
        </message>
        <message>
            <source>Could not talk to the mail server %1: %2</source>
            <translation>Impossible de dialoguer avec le serveur de messagerie %1 : %2</translation>
        </message>
        <message>
            <source>The mail server (SMTP) is missing.</source>
            <translation>Le serveur de messagerie (SMTP) manque.</translation>
        </message>
        <message>
            <source>The port %1 is not between 1 and 65535.</source>
            <translation>Le port %1 n’est pas compris entre 1 et 65535.</translation>
        </message>
        <message>
            <source>The sender "%1" is not an e-mail address.</source>
            <translation>L’expéditeur « %1 » n’est pas une adresse e-mail.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SpendChart</name>
        <message>
            <source>&lt;b&gt;Spend per month&lt;/b&gt; — the twelve months up to the last visit</source>
            <translation>&lt;b&gt;Dépense par mois&lt;/b&gt; — les douze mois jusqu’à la dernière visite</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Dépense</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 (%n visit(s))</source>
            <translation>
                <numerusform>%1 : %2 (%n visite)</numerusform>
                <numerusform>%1 : %2 (%n visites)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Moulin::StaffingConfig</name>
        <message>
            <source>%1: missing (a number from %2 to %3).</source>
            <translation>%1 : manquant (un nombre de %2 à %3).</translation>
        </message>
        <message>
            <source>%1: expected a number from %2 to %3, found %4.</source>
            <translation>%1 : un nombre de %2 à %3 est attendu, trouvé %4.</translation>
        </message>
        <message>
            <source>%1: missing (a whole number from %2 to %3).</source>
            <translation>%1 : manquant (un nombre entier de %2 à %3).</translation>
        </message>
        <message>
            <source>%1: expected a whole number from %2 to %3, found %4.</source>
            <translation>%1 : un nombre entier de %2 à %3 est attendu, trouvé %4.</translation>
        </message>
        <message>
            <source>%1: expected true or false, found %2.</source>
            <translation>%1 : true ou false est attendu, trouvé %2.</translation>
        </message>
        <message>
            <source>%1: expected a non-empty text, found %2.</source>
            <translation>%1 : un texte non vide est attendu, trouvé %2.</translation>
        </message>
        <message>
            <source>%1: expected a date YYYY-MM-DD, found %2.</source>
            <translation>%1 : une date AAAA-MM-JJ est attendue, trouvé %2.</translation>
        </message>
        <message>
            <source>%1: expected an object of weekdays, found %2.</source>
            <translation>%1 : un objet par jour de la semaine est attendu, trouvé %2.</translation>
        </message>
        <message>
            <source>%1: not a weekday (monday … sunday).</source>
            <translation>%1 : n’est pas un jour de la semaine (monday … sunday, ou lundi … dimanche).</translation>
        </message>
        <message>
            <source>%1: expected a list of hours such as "12:00-14:30", found %2.</source>
            <translation>%1 : une liste d’horaires comme « 12:00-14:30 » est attendue, trouvé %2.</translation>
        </message>
        <message>
            <source>%1: expected hours such as "12:00-14:30" on quarter-hours, found %2.</source>
            <translation>%1 : un horaire comme « 12:00-14:30 », au quart d’heure, est attendu, trouvé %2.</translation>
        </message>
        <message>
            <source>%1: %2 and %3 overlap.</source>
            <translation>%1 : %2 et %3 se chevauchent.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>une liste</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un objet</translation>
        </message>
        <message>
            <source>Not valid JSON at line %1, column %2: %3.</source>
            <translation>JSON invalide ligne %1, colonne %2 : %3.</translation>
        </message>
        <message>
            <source>Expected a JSON object with "roles", "constraints" and "forecasting".</source>
            <translation>Un objet JSON avec « roles », « constraints » et « forecasting » est attendu.</translation>
        </message>
        <message>
            <source>roles: expected a list of roles such as {"id": "server", "min_staff": 1, "optimal_ratio": 0.2}, found %1.</source>
            <translation>roles : une liste de rôles comme {"id": "server", "min_staff": 1, "optimal_ratio": 0.2} est attendue, trouvé %1.</translation>
        </message>
        <message>
            <source>%1: expected an object, found %2.</source>
            <translation>%1 : un objet est attendu, trouvé %2.</translation>
        </message>
        <message>
            <source>%1id: the role "%2" is listed twice.</source>
            <translation>%1id : le rôle « %2 » figure deux fois.</translation>
        </message>
        <message>
            <source>constraints: expected an object, found %1.</source>
            <translation>constraints : un objet est attendu, trouvé %1.</translation>
        </message>
        <message>
            <source>constraints.min_shift_hours: above max_shift_hours.</source>
            <translation>constraints.min_shift_hours : supérieur à max_shift_hours.</translation>
        </message>
        <message>
            <source>forecasting: expected an object, found %1.</source>
            <translation>forecasting : un objet est attendu, trouvé %1.</translation>
        </message>
        <message>
            <source>%1special_events: expected a list, found %2.</source>
            <translation>%1special_events : une liste est attendue, trouvé %2.</translation>
        </message>
        <message>
            <source>staff: expected a list of people, found %1.</source>
            <translation>staff : une liste de personnes est attendue, trouvé %1.</translation>
        </message>
        <message>
            <source>%1id: "%2" is listed twice.</source>
            <translation>%1id : « %2 » figure deux fois.</translation>
        </message>
        <message>
            <source>%1roles: expected a list of role ids, found %2.</source>
            <translation>%1roles : une liste d’identifiants de rôles est attendue, trouvé %2.</translation>
        </message>
        <message>
            <source>%1: "%2" is not one of the roles.</source>
            <translation>%1 : « %2 » n’est pas l’un des rôles.</translation>
        </message>
        <message>
            <source>%1days_off: expected a list of weekdays, found %2.</source>
            <translation>%1days_off : une liste de jours de la semaine est attendue, trouvé %2.</translation>
        </message>
        <message>
            <source>%1leave: expected a list of dates or {"from", "to"}, found %2.</source>
            <translation>%1leave : une liste de dates ou de {"from", "to"} est attendue, trouvé %2.</translation>
        </message>
        <message>
            <source>%1: "to" must follow "from" within a year.</source>
            <translation>%1 : « to » doit suivre « from », à moins d’un an.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Stock</name>
        <message>
            <source>Cold room</source>
            <translation>Chambre froide</translation>
        </message>
        <message>
            <source>Freezer</source>
            <translation>Congélateur</translation>
        </message>
        <message>
            <source>Dry store</source>
            <translation>Réserve sèche</translation>
        </message>
        <message>
            <source>Cellar</source>
            <translation>Cave</translation>
        </message>
        <message>
            <source>Bar</source>
            <translation>Bar</translation>
        </message>
        <message>
            <source>%1: a negative count (%2). Store it anyway?</source>
            <translation>%1 : un comptage négatif (%2). L'enregistrer quand même ?</translation>
        </message>
        <message>
            <source>%1: %2 is more than %3 times the usual count (%4). Store it anyway?</source>
            <translation>%1 : %2, c'est plus de %3 fois le comptage habituel (%4). L'enregistrer quand même ?</translation>
        </message>
        <message>
            <source>A count needs a day, a storage area and a product.</source>
            <translation>Un comptage demande un jour, une zone de stockage et un produit.</translation>
        </message>
        <message>
            <source>The count could not be saved.</source>
            <translation>Le comptage n'a pas pu être enregistré.</translation>
        </message>
        <message>
            <source>The count could not be removed.</source>
            <translation>Le comptage n'a pas pu être supprimé.</translation>
        </message>
        <message>
            <source>Waste needs a day, a product and a quantity above zero.</source>
            <translation>Une perte demande un jour, un produit et une quantité supérieure à zéro.</translation>
        </message>
        <message>
            <source>The waste could not be saved.</source>
            <translation>La perte n'a pas pu être enregistrée.</translation>
        </message>
        <message>
            <source>%1: a delivery in %2 cannot be counted in %3.</source>
            <translation>%1 : une livraison en %2 ne peut pas être comptée en %3.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::StockPage</name>
        <message>
            <source>Check the count</source>
            <translation>Vérifiez le comptage</translation>
        </message>
        <message>
            <source>No product matches: type part of its name, its article number or its EAN.</source>
            <translation>Aucun produit ne correspond : tapez une partie de son nom, sa référence ou son EAN.</translation>
        </message>
        <message>
            <source>S&amp;tock</source>
            <translation>S&amp;tock</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>Jour :</translation>
        </message>
        <message>
            <source>Storage area:</source>
            <translation>Zone de stockage :</translation>
        </message>
        <message>
            <source>Product (name, article number, EAN)…</source>
            <translation>Produit (nom, référence, EAN)…</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Comptage</translation>
        </message>
        <message>
            <source>Waste</source>
            <translation>Perte</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Compté</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Theoretical stock and variance</source>
            <translation>Stock théorique et écarts</translation>
        </message>
        <message>
            <source>Previous count</source>
            <translation>Inventaire précédent</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Consumed (sales)</source>
            <translation>Consommé (ventes)</translation>
        </message>
        <message>
            <source>Theoretical</source>
            <translation>Théorique</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>Variance (€)</source>
            <translation>Écart (€)</translation>
        </message>
        <message>
            <source>Type a product and choose it in the list.</source>
            <translation>Tapez un produit et choisissez-le dans la liste.</translation>
        </message>
        <message>
            <source>Type the count as a number (e.g. 12 or 2,5).</source>
            <translation>Tapez la quantité comptée en chiffres (par ex. 12 ou 2,5).</translation>
        </message>
        <message>
            <source>Choose or type a storage area.</source>
            <translation>Choisissez ou tapez une zone de stockage.</translation>
        </message>
        <message>
            <source>Count not stored: %1</source>
            <translation>Comptage non enregistré : %1</translation>
        </message>
        <message>
            <source>%1: %2 counted in %3.</source>
            <translation>%1 : %2 enregistré dans « %3 ».</translation>
        </message>
        <message>
            <source>Type a product and the quantity wasted, then Ctrl+P.</source>
            <translation>Tapez un produit et la quantité perdue, puis Ctrl+P.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>first count</source>
            <translation>premier inventaire</translation>
        </message>
        <message>
            <source>Inventory: choose the day and the storage area, type a product, Enter, type the count in the product's unit, Enter. Ctrl+P records the quantity typed as waste, with its reason, on that day.</source>
            <translation>Inventaire : choisissez le jour et la zone de stockage, tapez un produit, Entrée, tapez le comptage dans l'unité du produit, Entrée. Ctrl+P enregistre la quantité tapée comme perte, avec son motif, à ce jour.</translation>
        </message>
        <message>
            <source>Record the quantity typed as waste (Ctrl+P)</source>
            <translation>Enregistrer la quantité tapée comme perte (Ctrl+P)</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Motif :</translation>
        </message>
        <message>
            <source>Past its date</source>
            <translation>Périmé</translation>
        </message>
        <message>
            <source>Broken or spilt</source>
            <translation>Casse</translation>
        </message>
        <message>
            <source>Kitchen error</source>
            <translation>Erreur en cuisine</translation>
        </message>
        <message>
            <source>Sent back by a guest</source>
            <translation>Retour client</translation>
        </message>
        <message>
            <source>Staff meal</source>
            <translation>Repas du personnel</translation>
        </message>
        <message>
            <source>Stock and variance</source>
            <translation>Stock et écarts</translation>
        </message>
        <message>
            <source>Waste list</source>
            <translation>Pertes</translation>
        </message>
        <message>
            <source>Waste per week, valued at the current prices (excl. VAT, promotions left out)</source>
            <translation>Pertes par semaine, valorisées aux prix actuels (HT, hors promotions)</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Saisies</translation>
        </message>
        <message>
            <source>Value excl. VAT</source>
            <translation>Valeur HT</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>The quantity wasted is above zero (e.g. 2 or 0,5).</source>
            <translation>La quantité perdue est supérieure à zéro (p. ex. 2 ou 0,5).</translation>
        </message>
        <message>
            <source>Choose or type the reason of the waste.</source>
            <translation>Choisissez ou tapez le motif de la perte.</translation>
        </message>
        <message>
            <source>Waste recorded: %1 %2 (%3) on %4.</source>
            <translation>Perte enregistrée : %1 %2 (%3) le %4.</translation>
        </message>
        <message>
            <source>Week %1 (%2 – %3)</source>
            <translation>Semaine %1 (%2 – %3)</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) not valued: the product is no longer in the catalogue.</source>
            <translation>
                <numerusform>%n saisie non valorisée : le produit n'est plus au catalogue.</numerusform>
                <numerusform>%n saisies non valorisées : le produit n'est plus au catalogue.</numerusform>
            </translation>
        </message>
        <message>
            <source>No product followed yet: a product's theoretical stock starts at its first count.</source>
            <translation>Aucun produit suivi pour l’instant : le stock théorique d’un produit part de son premier comptage.</translation>
        </message>
        <message>
            <source>No waste recorded yet: type a product and the quantity lost, then Ctrl+P.</source>
            <translation>Aucune perte enregistrée : tapez un produit et la quantité perdue, puis Ctrl+P.</translation>
        </message>
        <message>
            <source>No waste recorded yet.</source>
            <translation>Aucune perte enregistrée.</translation>
        </message>
        <message>
            <source>No count on %1: choose a storage area, type a product, Enter, then its count.</source>
            <translation>Aucun comptage le %1 : choisissez une zone de stockage, tapez un produit, Entrée, puis son comptage.</translation>
        </message>
        <message>
            <source>No count in %1 on %2 yet: type a product above, Enter, then its count.</source>
            <translation>Aucun comptage dans « %1 » le %2 : tapez un produit ci-dessus, Entrée, puis son comptage.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SuggestedOrders</name>
        <message>
            <source>No covers forecast yet: the forecast needs the till's history (two weeks of sales) or bookings.</source>
            <translation>Pas encore de prévision de couverts : la prévision a besoin de l’historique de la caisse (deux semaines de ventes) ou de réservations.</translation>
        </message>
        <message>
            <source>No sales in the last four weeks: the dish mix (portions of each dish per cover) comes from the till's sales.</source>
            <translation>Aucune vente ces quatre dernières semaines : la répartition des plats (portions de chaque plat par couvert) vient des ventes de la caisse.</translation>
        </message>
        <message>
            <source>No recipe for the dishes sold: write the recipes in Fiches techniques to get suggested orders.</source>
            <translation>Aucune fiche technique pour les plats vendus : saisissez les recettes dans Fiches techniques pour obtenir des suggestions de commande.</translation>
        </message>
        <message>
            <source>%1 covers forecast from %2 to %3, %4 portion(s) of %5: %6 needed</source>
            <translation>%1 couverts prévus du %2 au %3, %4 portion(s) de %5 : besoin %6</translation>
        </message>
        <message>
            <source>no dish</source>
            <translation>aucun plat</translation>
        </message>
        <message>
            <source>; stock at delivery %1 (%2 now − %3 used before)</source>
            <translation> ; stock à la livraison %1 (%2 aujourd’hui − %3 consommés d’ici là)</translation>
        </message>
        <message>
            <source>; stock at delivery unknown (not counted), taken as 0</source>
            <translation> ; stock à la livraison inconnu (pas d’inventaire), compté 0</translation>
        </message>
        <message>
            <source>; on order %1; safety stock %2</source>
            <translation> ; déjà en commande %1 ; stock de sécurité %2</translation>
        </message>
        <message>
            <source> → %1 to order</source>
            <translation> → %1 à commander</translation>
        </message>
        <message>
            <source>, rounded up: %1</source>
            <translation>, arrondi au-dessus : %1</translation>
        </message>
        <message>
            <source>: %1</source>
            <translation> : %1</translation>
        </message>
        <message>
            <source> → nothing to order</source>
            <translation> → rien à commander</translation>
        </message>
        <message>
            <source>Not counted (unit not convertible): %1</source>
            <translation>Non compté (unité non convertible) : %1</translation>
        </message>
        <message>
            <source>%1 → %2: rounded up</source>
            <translation>%1 → %2 : arrondi au-dessus</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SuggestionsPage</name>
        <message>
            <source>Suggestions</source>
            <translation>Suggestions</translation>
        </message>
        <message>
            <source>Orders suggested for each supplier's next delivery: the covers forecast until the delivery after it × the dishes' usual mix × the recipes, less the stock expected at delivery and what is already on order, plus the safety stock, rounded up to whole packs. ↑/↓ a supplier, Enter its lines, type a quantity or a safety stock, Ctrl+Enter prepares the order in Commande.</source>
            <translation>Commandes suggérées pour la prochaine livraison de chaque fournisseur : les couverts prévus jusqu’à la livraison suivante × la répartition habituelle des plats × les fiches techniques, moins le stock attendu à la livraison et ce qui est déjà en commande, plus le stock de sécurité, arrondi au colis entier. ↑/↓ un fournisseur, Entrée ses lignes, tapez une quantité ou un stock de sécurité, Ctrl+Entrée prépare la commande dans Commande.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qté</translation>
        </message>
        <message>
            <source>Ordered in</source>
            <translation>Commandé en</translation>
        </message>
        <message>
            <source>i.e.</source>
            <translation>Soit</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Couverts</translation>
        </message>
        <message>
            <source>Portions</source>
            <translation>Portions</translation>
        </message>
        <message>
            <source>Need</source>
            <translation>Besoin</translation>
        </message>
        <message>
            <source>Stock at delivery</source>
            <translation>Stock à la livraison</translation>
        </message>
        <message>
            <source>On order</source>
            <translation>En commande</translation>
        </message>
        <message>
            <source>Safety stock</source>
            <translation>Stock de sécurité</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Prepare the order (Ctrl+Enter)</source>
            <translation>Préparer la commande (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Cheapest split… (Ctrl+Shift+R)</source>
            <translation>Répartir au meilleur prix… (Ctrl+Maj+R)</translation>
        </message>
        <message>
            <source>Shares every supplier's suggestion among the suppliers carrying the same products so that prices and delivery fees cost least, then prepares the drafts.</source>
            <translation>Répartit les suggestions de tous les fournisseurs entre ceux qui proposent les mêmes produits pour payer le moins possible (prix et frais de livraison), puis prépare les brouillons.</translation>
        </message>
        <message>
            <source>No supplier yet</source>
            <translation>Pas encore de fournisseur</translation>
        </message>
        <message>
            <source>The suggestions need the suppliers' catalogues and delivery days: connect a supplier and let its catalogue synchronise.</source>
            <translation>Les suggestions ont besoin des catalogues et des jours de livraison des fournisseurs : connectez un fournisseur et laissez son catalogue se synchroniser.</translation>
        </message>
        <message>
            <source>No suggestion yet</source>
            <translation>Pas encore de suggestion</translation>
        </message>
        <message>
            <source>Nothing to order</source>
            <translation>Rien à commander</translation>
        </message>
        <message>
            <source>The stock and the orders on their way cover the forecast until each supplier's delivery after next.</source>
            <translation>Le stock et les commandes en route couvrent la prévision jusqu’à la livraison suivante de chaque fournisseur.</translation>
        </message>
        <message>
            <source>Compute again</source>
            <translation>Recalculer</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing to order</source>
            <translation>rien à commander</translation>
        </message>
        <message>
            <source>%1 — %2
delivery %3, order %4</source>
            <translation>%1 — %2
livraison %3, commande %4</translation>
        </message>
        <message>
            <source>%1: delivery on %2 (covers until %3). Order before %4 — %5. %6 covers expected; about %7 excl. VAT.</source>
            <translation>%1 : livraison le %2 (couvre jusqu’au %3). Commander avant %4 — %5. %6 couverts prévus ; environ %7 HT.</translation>
        </message>
        <message>
            <source>delivery %1, order %2</source>
            <translation>livraison %1, commande %2</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>pas d’inventaire</translation>
        </message>
        <message>
            <source>typed over (suggested: %1)</source>
            <translation>modifié (suggéré : %1)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>"%1" is not a safety stock: type a quantity in %2, 0 for none.</source>
            <translation>« %1 » n’est pas un stock de sécurité : tapez une quantité en %2, 0 pour aucun.</translation>
        </message>
        <message>
            <source>The safety stock could not be saved: %1</source>
            <translation>Le stock de sécurité n’a pas pu être enregistré : %1</translation>
        </message>
        <message>
            <source>Safety stock of %1: %2</source>
            <translation>Stock de sécurité de %1 : %2</translation>
        </message>
        <message>
            <source>Nothing to order from %1.</source>
            <translation>Rien à commander chez %1.</translation>
        </message>
        <message>
            <source>The draft could not be saved: %1</source>
            <translation>Le brouillon n’a pas pu être enregistré : %1</translation>
        </message>
        <message>
            <source>%1: the order is ready in Commande — Ctrl+Enter, then Enter, sends it.</source>
            <translation>%1 : la commande est prête dans Commande — Ctrl+Entrée puis Entrée l’envoie.</translation>
        </message>
        <message>
            <source>Order to %1 sent.</source>
            <translation>Commande à %1 envoyée.</translation>
        </message>
        <message numerus="yes">
            <source>%n draft(s) prepared with the cheapest split: see Commande.</source>
            <translation>
                <numerusform>%n brouillon préparé au meilleur prix : voir Commande.</numerusform>
                <numerusform>%n brouillons préparés au meilleur prix : voir Commande.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unit not convertible: %1 (Ctrl+U to fix)</source>
            <translation>Unité non convertible : %1 (Ctrl+U pour corriger)</translation>
        </message>
        <message>
            <source>Ctrl+U works on a line whose unit does not convert (marked in red).</source>
            <translation>Ctrl+U s’applique à une ligne dont l’unité ne se convertit pas (en rouge).</translation>
        </message>
        <message>
            <source>Nothing to order from %1 for this delivery: the stock and the orders on their way cover the forecast.</source>
            <translation>Rien à commander chez %1 pour cette livraison : le stock et les commandes en route couvrent la prévision.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Supplier</name>
        <message>
            <source>The product has no article number.</source>
            <translation>Le produit n'a pas de référence article.</translation>
        </message>
        <message>
            <source>Article %1 has no name.</source>
            <translation>L'article %1 n'a pas de désignation.</translation>
        </message>
        <message>
            <source>Article %1: the GTIN %2 is not valid (check digit).</source>
            <translation>Article %1 : le GTIN %2 n'est pas valide (clé de contrôle).</translation>
        </message>
        <message>
            <source>Article %1: unknown unit "%2".</source>
            <translation>Article %1 : unité « %2 » inconnue.</translation>
        </message>
        <message>
            <source>Article %1: unknown pack unit "%2".</source>
            <translation>Article %1 : conditionnement « %2 » inconnu.</translation>
        </message>
        <message>
            <source>Article %1: the pack size must be above zero.</source>
            <translation>Article %1 : le nombre d'unités par colis doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>Article %1: the price must be above zero.</source>
            <translation>Article %1 : le prix doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>Article %1: the promotion has no valid price or period.</source>
            <translation>Article %1 : la promotion n'a pas de prix ou de période valide.</translation>
        </message>
        <message>
            <source>%1 has no delivery day.</source>
            <translation>%1 n'a aucun jour de livraison.</translation>
        </message>
        <message>
            <source>%1 does not deliver on %2; the next possible delivery is %3.</source>
            <translation>%1 ne livre pas le %2 ; prochaine livraison possible : %3.</translation>
        </message>
        <message>
            <source>The cut-off for a delivery on %1 was %2; the next possible delivery is %3.</source>
            <translation>L'heure limite de commande pour une livraison le %1 était %2 ; prochaine livraison possible : %3.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SupplierFeeds</name>
        <message>
            <source>The catalogue page has no product list.</source>
            <translation>La page du catalogue ne contient pas de liste d'articles.</translation>
        </message>
        <message>
            <source>Article %1: supplier "%2" is not in the catalogue.</source>
            <translation>Article %1 : le fournisseur « %2 » n'est pas dans le catalogue.</translation>
        </message>
        <message>
            <source>The answer has no document list.</source>
            <translation>La réponse ne contient pas de liste de documents.</translation>
        </message>
        <message>
            <source>No supplier for the answer to order %1.</source>
            <translation>Aucun fournisseur pour la réponse à la commande %1.</translation>
        </message>
        <message>
            <source>A supplier without id or name.</source>
            <translation>Un fournisseur sans identifiant ni nom.</translation>
        </message>
        <message>
            <source>Supplier %1: no PEPPOL endpoint.</source>
            <translation>Fournisseur %1 : pas d'adresse PEPPOL.</translation>
        </message>
        <message>
            <source>Supplier %1: unreadable order cut-off "%2".</source>
            <translation>Fournisseur %1 : heure limite de commande illisible « %2 ».</translation>
        </message>
        <message>
            <source>A product without supplier or article number.</source>
            <translation>Un article sans fournisseur ni référence.</translation>
        </message>
        <message>
            <source>Article %1: unreadable pack size or price.</source>
            <translation>Article %1 : conditionnement ou prix illisible.</translation>
        </message>
        <message>
            <source>Article %1: VAT rate "%2" is not a French rate.</source>
            <translation>Article %1 : le taux de TVA « %2 » n'est pas un taux français.</translation>
        </message>
        <message>
            <source>Article %1: unreadable promotion (price, or days as YYYY-MM-DD).</source>
            <translation>Article %1 : promotion illisible (prix, ou jours au format AAAA-MM-JJ).</translation>
        </message>
        <message>
            <source>Article %1: the promotion's price %2 is not below the price %3.</source>
            <translation>Article %1 : le prix promotionnel %2 n'est pas inférieur au prix %3.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SupplierFormat</name>
        <message>
            <source>%1/%2</source>
            <comment>unit price: money per unit</comment>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <comment>a pack of pieces: carton of 20</comment>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>%1 of %2 %3</source>
            <comment>a pack: box of 10 kg</comment>
            <translation>%1 de %2 %3</translation>
        </message>
        <message>
            <source>%1 %</source>
            <comment>a VAT rate</comment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1%2 %</source>
            <comment>a change in percent: +12.5 %</comment>
            <translation>%1%2 %</translation>
        </message>
        <message>
            <source>Local supplier</source>
            <translation>Fournisseur local</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <comment>a duration: 2 days 4 hours</comment>
            <translation>%1 j %2 h</translation>
        </message>
        <message>
            <source>%1 h %2</source>
            <comment>a duration: 3 hours 20 minutes</comment>
            <translation>%1 h %2</translation>
        </message>
        <message>
            <source>%1 min</source>
            <comment>a duration in minutes</comment>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>today %1</source>
            <comment>an order cut-off: today 12:00</comment>
            <translation>aujourd’hui %1</translation>
        </message>
        <message>
            <source>tomorrow %1</source>
            <comment>an order cut-off: tomorrow 12:00</comment>
            <translation>demain %1</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>an order cut-off: thursday 12:00, thursday 18 December 12:00</comment>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SupplierOrderExport</name>
        <message>
            <source>order %1 of %2: its stored UBL cannot be read: %3</source>
            <translation>commande %1 de %2 : son UBL enregistré est illisible : %3</translation>
        </message>
        <message>
            <source>There is no order %1 of %2.</source>
            <translation>Il n’y a pas de commande %1 de %2.</translation>
        </message>
        <message>
            <source>No supplier order was issued between %1 and %2.</source>
            <translation>Aucune commande fournisseur n’a été passée entre le %1 et le %2.</translation>
        </message>
        <message>
            <source>Could not create the folder %1.</source>
            <translation>Impossible de créer le dossier %1.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SupplierOrdering</name>
        <message>
            <source>The order breaks the PEPPOL rules and was not sent.</source>
            <translation>La commande enfreint les règles PEPPOL et n'a pas été envoyée.</translation>
        </message>
        <message>
            <source>The order could not be stored: %1</source>
            <translation>La commande n'a pas pu être enregistrée : %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SupplierOverviewPage</name>
        <message>
            <source>Synchronising…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Connecté</translation>
        </message>
        <message>
            <source>Last sync failed, retrying</source>
            <translation>Dernière synchro en échec, nouvel essai</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <source>Not connected (stored catalogue)</source>
            <translation>Non connecté (catalogue enregistré)</translation>
        </message>
        <message>
            <source>Waiting for the first sync</source>
            <translation>En attente de la première synchro</translation>
        </message>
        <message>
            <source>Last successful sync: %1</source>
            <translation>Dernière synchro réussie : %1</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Dernière erreur : %1</translation>
        </message>
        <message>
            <source>No delivery day</source>
            <translation>Aucun jour de livraison</translation>
        </message>
        <message>
            <source>Delivers: %1</source>
            <translation>Livre : %1</translation>
        </message>
        <message>
            <source>No minimum order, delivery free</source>
            <translation>Pas de minimum, livraison offerte</translation>
        </message>
        <message>
            <source>Minimum order %1 excl. VAT, delivery free</source>
            <translation>Minimum de commande %1 HT, livraison offerte</translation>
        </message>
        <message>
            <source>Free delivery from %1 excl. VAT, else %2</source>
            <translation>Franco %1 HT, sinon %2 de livraison</translation>
        </message>
        <message numerus="yes">
            <source>%Ln product(s)</source>
            <translation>
                <numerusform>%Ln produit</numerusform>
                <numerusform>%Ln produits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n price alert(s)</source>
            <translation>
                <numerusform>%n alerte prix</numerusform>
                <numerusform>%n alertes prix</numerusform>
            </translation>
        </message>
        <message>
            <source>No price alert</source>
            <translation>Aucune alerte prix</translation>
        </message>
        <message>
            <source>No delivery planned</source>
            <translation>Aucune livraison prévue</translation>
        </message>
        <message>
            <source>Next delivery: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Prochaine livraison : &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Order before %1 — in %2</source>
            <translation>Commande avant %1 — dans %2</translation>
        </message>
        <message>
            <source>Your suppliers, their delivery days and the next order cut-off. Catalogues and prices are in Catalogue.</source>
            <translation>Vos fournisseurs, leurs jours de livraison et la prochaine heure limite de commande. Catalogues et prix : onglet Catalogue.</translation>
        </message>
        <message>
            <source>No supplier stored yet.</source>
            <translation>Aucun fournisseur enregistré pour l’instant.</translation>
        </message>
        <message>
            <source>The suppliers' catalogues are being synchronised; they appear here as they arrive.</source>
            <translation>Les catalogues des fournisseurs sont en cours de synchronisation ; ils apparaissent ici au fur et à mesure.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SuppliersArea</name>
        <message>
            <source>Su&amp;ppliers</source>
            <translation>F&amp;ournisseurs</translation>
        </message>
        <message>
            <source>Catalogues, orders and deliveries</source>
            <translation>Catalogues, commandes et livraisons</translation>
        </message>
        <message>
            <source>Establishment</source>
            <translation>Établissement</translation>
        </message>
        <message>
            <source>E-mail orders</source>
            <translation>Envoi des commandes par e-mail</translation>
        </message>
        <message>
            <source>--export orders needs a period: --from and --to (YYYY-MM-DD), --from first.</source>
            <translation>--export orders demande une période : --from et --to (AAAA-MM-JJ), --from d’abord.</translation>
        </message>
        <message>
            <source>--format: "%1" is neither ubl nor eancom.</source>
            <translation>--format : « %1 » n’est ni ubl ni eancom.</translation>
        </message>
        <message>
            <source>The orders' PDFs need the graphical libraries (a QGuiApplication).</source>
            <translation>Les PDF des commandes demandent les bibliothèques graphiques (une QGuiApplication).</translation>
        </message>
        <message>
            <source>The orders were not exported:</source>
            <translation>Les commandes n’ont pas été exportées :</translation>
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
        <message>
            <source>Suppliers</source>
            <translation>Fournisseurs</translation>
        </message>
        <message numerus="yes">
            <source>Catalogue (%n price alert(s))</source>
            <translation>
                <numerusform>Catalogue (%n alerte prix)</numerusform>
                <numerusform>Catalogue (%n alertes prix)</numerusform>
            </translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Catalogue</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SyncEngine</name>
        <message>
            <source>The synchronisation was cancelled.</source>
            <translation>La synchronisation a été annulée.</translation>
        </message>
        <message>
            <source>The local database is not available.</source>
            <translation>La base de données locale n’est pas disponible.</translation>
        </message>
        <message>
            <source>The request could not be prepared: %1</source>
            <translation>La requête n’a pas pu être préparée : %1</translation>
        </message>
        <message>
            <source>%1 sent a page that could not be read: %2</source>
            <translation>%1 a envoyé une page illisible : %2</translation>
        </message>
        <message>
            <source>%1 returned the same position twice; the synchronisation stopped to avoid a loop.</source>
            <translation>%1 a renvoyé deux fois la même position ; la synchronisation s’est arrêtée pour éviter une boucle.</translation>
        </message>
        <message>
            <source>The page could not be saved: %1</source>
            <translation>La page n’a pas pu être enregistrée : %1</translation>
        </message>
        <message>
            <source>%1 asked for more than %2 rounds of requests for one page.</source>
            <translation>%1 a demandé plus de %2 séries de requêtes pour une seule page.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::TableAssignmentSolver</name>
        <message>
            <source>%1:00</source>
            <comment>time of day on the hour</comment>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1:%2</source>
            <comment>time of day, hours and minutes</comment>
            <translation>%1 h %2</translation>
        </message>
        <message>
            <source>Held on %1, which is not in the plan</source>
            <translation>Retenue sur %1, absente du plan</translation>
        </message>
        <message>
            <source>Held on %1, which is blocked</source>
            <translation>Retenue sur %1, qui est bloquée</translation>
        </message>
        <message>
            <source>Held on %1, which has %2 seats for a party of %3</source>
            <translation>Retenue sur %1, qui a %2 places pour %3 personnes</translation>
        </message>
        <message>
            <source>Held on %1, which takes parties of %2 or more</source>
            <translation>Retenue sur %1, qui n’accueille que les groupes d’au moins %2 personnes</translation>
        </message>
        <message>
            <source>Held on %1, also held for another booking at %2</source>
            <translation>Retenue sur %1, aussi retenue pour une autre réservation à %2</translation>
        </message>
        <message>
            <source>No table or join of 1 seat in the plan</source>
            <translation>Aucune table ni jonction d’une place dans le plan</translation>
        </message>
        <message>
            <source>No table or join of %1 seats in the plan</source>
            <translation>Aucune table ni jonction de %1 places dans le plan</translation>
        </message>
        <message>
            <source>The tables and joins take parties larger than 1</source>
            <translation>Les tables et jonctions n’accueillent que des groupes de plus d’une personne</translation>
        </message>
        <message>
            <source>The tables and joins of %1 seats or more take larger parties</source>
            <translation>Les tables et jonctions d’au moins %1 places n’accueillent que des groupes plus grands</translation>
        </message>
        <message>
            <source>Every table or join of 1 seat or more is blocked</source>
            <translation>Toutes les tables et jonctions sont bloquées</translation>
        </message>
        <message>
            <source>Every table or join of %1 seats or more is blocked</source>
            <translation>Toutes les tables et jonctions d’au moins %1 places sont bloquées</translation>
        </message>
        <message>
            <source>No free table or join of 1 seat at %1</source>
            <translation>Aucune table ni jonction d’une place libre à %1</translation>
        </message>
        <message>
            <source>No free table or join of %1 seats at %2</source>
            <translation>Aucune table ni jonction de %1 places libre à %2</translation>
        </message>
        <message>
            <source>A table has no id</source>
            <translation>Une table n’a pas d’identifiant</translation>
        </message>
        <message>
            <source>Two tables have the id %1</source>
            <translation>Deux tables ont l’identifiant %1</translation>
        </message>
        <message>
            <source>The join %1 has fewer than two tables</source>
            <translation>La jonction %1 a moins de deux tables</translation>
        </message>
        <message>
            <source>The join %1 names the table %2, not in the plan</source>
            <translation>La jonction %1 cite la table %2, absente du plan</translation>
        </message>
        <message>
            <source>The join %1 is declared twice</source>
            <translation>La jonction %1 est déclarée deux fois</translation>
        </message>
        <message>
            <source>Two bookings have the id %1</source>
            <translation>Deux réservations ont l’identifiant %1</translation>
        </message>
        <message>
            <source>The booking %1 has no guests</source>
            <translation>La réservation %1 n’a aucun couvert</translation>
        </message>
        <message>
            <source>The booking %1 lasts no time</source>
            <translation>La réservation %1 n’a pas de durée</translation>
        </message>
        <message>
            <source>Optimal assignment.</source>
            <translation>Placement optimal.</translation>
        </message>
        <message>
            <source>Assignment within %1 % of the best possible.</source>
            <translation>Placement à %1 % du meilleur possible.</translation>
        </message>
        <message>
            <source>The held tables cannot all be kept.</source>
            <translation>Les tables retenues ne peuvent pas toutes être gardées.</translation>
        </message>
        <message>
            <source>Assignment stopped: the best one found so far.</source>
            <translation>Placement interrompu : le meilleur trouvé jusque-là.</translation>
        </message>
        <message>
            <source>The table plan or the bookings are inconsistent: %1</source>
            <translation>Le plan de salle ou les réservations sont incohérents : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n booking(s) not placed.</source>
            <translation>
                <numerusform>%n réservation non placée.</numerusform>
                <numerusform>%n réservations non placées.</numerusform>
            </translation>
        </message>
        <message>
            <source>No open table or join of 1 seat in the zone « %1 » (required)</source>
            <translation>Aucune table ni jonction ouverte de 1 place dans la zone « %1 » (exigée)</translation>
        </message>
        <message>
            <source>No open table or join of %1 seats in the zone « %2 » (required)</source>
            <translation>Aucune table ni jonction ouverte de %1 places dans la zone « %2 » (exigée)</translation>
        </message>
        <message>
            <source>No free table or join of 1 seat in the zone « %1 » at %2 (required)</source>
            <translation>Aucune table ni jonction de 1 place libre dans la zone « %1 » à %2 (exigée)</translation>
        </message>
        <message>
            <source>No free table or join of %1 seats in the zone « %2 » at %3 (required)</source>
            <translation>Aucune table ni jonction de %1 places libre dans la zone « %2 » à %3 (exigée)</translation>
        </message>
        <message>
            <source>Pacing: %1 covers start between %2 and %3 (at most %4 per quarter hour)</source>
            <translation>Cadence : %1 couverts commencent entre %2 et %3 (au plus %4 par quart d’heure)</translation>
        </message>
    </context>
    <context>
        <name>Moulin::TheForkFeeds</name>
        <message>
            <source>TheFork's list of reservations could not be read (%1).</source>
            <translation>La liste des réservations de TheFork n’a pas pu être lue (%1).</translation>
        </message>
        <message>
            <source>no data or totalCount</source>
            <translation>pas de data ni de totalCount</translation>
        </message>
        <message>
            <source>The reservation %1 no longer exists at TheFork (%2).</source>
            <translation>La réservation %1 n’existe plus chez TheFork (%2).</translation>
        </message>
        <message>
            <source>The reservation %1 could not be read: %2</source>
            <translation>La réservation %1 n’a pas pu être lue : %2</translation>
        </message>
        <message>
            <source>The reservation %1 is not a JSON object.</source>
            <translation>La réservation %1 n’est pas un objet JSON.</translation>
        </message>
        <message>
            <source>The guest %1 could not be read: %2</source>
            <translation>Le client %1 n’a pas pu être lu : %2</translation>
        </message>
        <message>
            <source>The guest %1 is not a JSON object.</source>
            <translation>Le client %1 n’est pas un objet JSON.</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>The reservation %1 has an invalid %2: %3.</source>
            <translation>La réservation %1 a un %2 invalide : %3.</translation>
        </message>
        <message>
            <source>A reservation has no id (%1).</source>
            <translation>Une réservation n’a pas d’identifiant (%1).</translation>
        </message>
        <message>
            <source>TheFork offer −%1 %</source>
            <translation>Offre TheFork −%1 %</translation>
        </message>
        <message>
            <source>TheFork set menu</source>
            <translation>Menu TheFork</translation>
        </message>
    </context>
    <context>
        <name>Moulin::TheForkWebhook</name>
        <message>
            <source>The body is not a JSON object (%1).</source>
            <translation>Le corps n’est pas un objet JSON (%1).</translation>
        </message>
        <message>
            <source>The eventType %1 is unknown (%2).</source>
            <translation>L’eventType %1 est inconnu (%2).</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>The field uuid is missing.</source>
            <translation>Le champ uuid est absent.</translation>
        </message>
        <message>
            <source>The restaurantUuid %1 is not this restaurant's.</source>
            <translation>Le restaurantUuid %1 n’est pas celui de ce restaurant.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ThreeWayMatch</name>
        <message>
            <source>To match</source>
            <translation>À rapprocher</translation>
        </message>
        <message>
            <source>Discrepancies</source>
            <translation>Écarts</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approuvée</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusée</translation>
        </message>
        <message>
            <source>%1 is not on order %2 (or is billed twice).</source>
            <translation>%1 ne figure pas sur la commande %2 (ou est facturé deux fois).</translation>
        </message>
        <message>
            <source>%1 is on no order of this supplier.</source>
            <translation>%1 ne figure sur aucune commande de ce fournisseur.</translation>
        </message>
        <message>
            <source>Order %1 is unknown and %2 is on no other order of this supplier.</source>
            <translation>La commande %1 est inconnue et %2 ne figure sur aucune autre commande de ce fournisseur.</translation>
        </message>
        <message>
            <source>%1 is billed in %2 but was ordered in %3.</source>
            <translation>%1 est facturé en %2 mais a été commandé en %3.</translation>
        </message>
        <message>
            <source>Invoice %1: the supplier "%2" is unknown.</source>
            <translation>Facture %1 : le fournisseur « %2 » est inconnu.</translation>
        </message>
        <message>
            <source>An invoice needs a number, a date and at least one line.</source>
            <translation>Une facture doit avoir un numéro, une date et au moins une ligne.</translation>
        </message>
        <message>
            <source>The invoice was refused, nothing was stored: %1</source>
            <translation>Facture refusée, rien n'a été enregistré : %1</translation>
        </message>
        <message>
            <source>Invoice %1: no supplier has the PEPPOL endpoint %2:%3 (%4); nothing was stored.</source>
            <translation>Facture %1 : aucun fournisseur n'a l'adresse PEPPOL %2:%3 (%4) ; rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>Invoice %1 is not stored.</source>
            <translation>La facture %1 n'est pas enregistrée.</translation>
        </message>
        <message>
            <source>Line %1 of invoice %2 is already decided.</source>
            <translation>La ligne %1 de la facture %2 est déjà tranchée.</translation>
        </message>
        <message>
            <source>Invoice %1 has no line %2.</source>
            <translation>La facture %1 n'a pas de ligne %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) of invoice %1 match nothing: approve or refuse them one by one first.</source>
            <translation>
                <numerusform>%n ligne de la facture %1 ne correspond à rien : approuvez-la ou refusez-la d'abord.</numerusform>
                <numerusform>%n lignes de la facture %1 ne correspondent à rien : approuvez-les ou refusez-les une à une d'abord.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every line of invoice %1 is already decided.</source>
            <translation>Toutes les lignes de la facture %1 sont déjà tranchées.</translation>
        </message>
        <message>
            <source>Line %1 of invoice %2 is already decided or does not exist.</source>
            <translation>La ligne %1 de la facture %2 est déjà tranchée ou n'existe pas.</translation>
        </message>
        <message>
            <source>Invoice %1: the invoice held under that number could not be read.</source>
            <translation>Facture %1 : la facture enregistrée sous ce numéro n’a pas pu être lue.</translation>
        </message>
        <message>
            <source>That invoice received again was already settled.</source>
            <translation>Cette facture reçue à nouveau a déjà été traitée.</translation>
        </message>
        <message>
            <source>Invoice %1 is approved (its prices are already the products' costs): it is never replaced. Keep it, and ask the supplier for a credit note cancelling it and a new invoice with the corrected amounts.</source>
            <translation>La facture %1 est approuvée (ses prix sont déjà les coûts des produits) : elle n’est jamais remplacée. Gardez-la et demandez au fournisseur un avoir qui l’annule, puis une nouvelle facture aux montants corrigés.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Ubl</name>
        <message>
            <source>%1 (line %2)</source>
            <translation>%1 (ligne %2)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>not well-formed XML at line %1: %2</source>
            <translation>XML mal formé à la ligne %1 : %2</translation>
        </message>
        <message>
            <source>the document is empty</source>
            <translation>le document est vide</translation>
        </message>
    </context>
    <context>
        <name>Moulin::UblInvoice</name>
        <message>
            <source>required element missing</source>
            <translation>élément obligatoire absent</translation>
        </message>
        <message>
            <source>empty element</source>
            <translation>élément vide</translation>
        </message>
        <message>
            <source>not a date (YYYY-MM-DD): "%1"</source>
            <translation>pas une date (AAAA-MM-JJ) : « %1 »</translation>
        </message>
        <message>
            <source>not a number: "%1"</source>
            <translation>pas un nombre : « %1 »</translation>
        </message>
        <message>
            <source>the currency "%1" differs from the document's %2</source>
            <translation>la devise « %1 » diffère de celle du document, %2</translation>
        </message>
        <message>
            <source>an amount has at most two decimals: %1</source>
            <translation>un montant a au plus deux décimales : %1</translation>
        </message>
        <message>
            <source>VAT category "%1" on %2: only the standard category S at a French rate is read</source>
            <translation>catégorie de TVA « %1 » sur %2 : seule la catégorie normale S à un taux français est lue</translation>
        </message>
        <message>
            <source>the VAT rate %1 % is not a French rate (5.5, 10 or 20)</source>
            <translation>le taux de TVA %1 % n'est pas un taux français (5,5, 10 ou 20)</translation>
        </message>
        <message>
            <source>the schemeID attribute is missing</source>
            <translation>l'attribut schemeID manque</translation>
        </message>
        <message>
            <source>expected a UBL Invoice or CreditNote document (namespace %1), found %2</source>
            <translation>document UBL Invoice ou CreditNote attendu (espace de noms %1), trouvé %2</translation>
        </message>
        <message>
            <source>unexpected specification "%1" (expected %2)</source>
            <translation>spécification inattendue « %1 » (attendu %2)</translation>
        </message>
        <message>
            <source>unexpected profile "%1" (urn:fdc:peppol.eu:2017:poacc:billing:NN:1.0)</source>
            <translation>profil inattendu « %1 » (urn:fdc:peppol.eu:2017:poacc:billing:NN:1.0)</translation>
        </message>
        <message>
            <source>unknown document type code "%1"</source>
            <translation>code de type de document inconnu « %1 »</translation>
        </message>
        <message>
            <source>only invoices in euros are read, not %1</source>
            <translation>seules les factures en euros sont lues, pas en %1</translation>
        </message>
        <message>
            <source>a buyer reference or an order reference must be given</source>
            <translation>une référence acheteur ou une référence de commande est obligatoire</translation>
        </message>
        <message>
            <source>an invoice has at least one line</source>
            <translation>une facture a au moins une ligne</translation>
        </message>
        <message>
            <source>the unitCode attribute is missing</source>
            <translation>l'attribut unitCode manque</translation>
        </message>
        <message>
            <source>unknown unit code "%1"</source>
            <translation>code d'unité inconnu « %1 »</translation>
        </message>
        <message>
            <source>the GTIN %1 has a wrong check digit</source>
            <translation>le GTIN %1 a une clé de contrôle fausse</translation>
        </message>
        <message>
            <source>negative price: %1</source>
            <translation>prix négatif : %1</translation>
        </message>
        <message>
            <source>the base quantity must be positive: %1</source>
            <translation>la quantité de base doit être positive : %1</translation>
        </message>
        <message>
            <source>the line amount %1 is not quantity × price (%2)</source>
            <translation>le montant de ligne %1 n'est pas quantité × prix (%2)</translation>
        </message>
        <message>
            <source>the lines add up to %1, not %2</source>
            <translation>les lignes font %1, pas %2</translation>
        </message>
        <message>
            <source>lines − allowances + charges make %1, not %2</source>
            <translation>lignes − remises + frais font %1, pas %2</translation>
        </message>
        <message>
            <source>the VAT breakdown is missing</source>
            <translation>la ventilation de la TVA manque</translation>
        </message>
        <message>
            <source>the VAT rate %1 % is broken down twice</source>
            <translation>le taux de TVA %1 % est ventilé deux fois</translation>
        </message>
        <message>
            <source>at %1 % the lines make %2, not %3</source>
            <translation>à %1 % les lignes font %2, pas %3</translation>
        </message>
        <message>
            <source>at %1 % the VAT on %2 is %3, not %4</source>
            <translation>à %1 % la TVA sur %2 est %3, pas %4</translation>
        </message>
        <message>
            <source>no VAT breakdown for the lines at %1 %</source>
            <translation>aucune ventilation de TVA pour les lignes à %1 %</translation>
        </message>
        <message>
            <source>the VAT per rate adds up to %1, not %2</source>
            <translation>la TVA par taux fait %1, pas %2</translation>
        </message>
        <message>
            <source>total excl. VAT + VAT make %1, not %2</source>
            <translation>total HT + TVA font %1, pas %2</translation>
        </message>
        <message>
            <source>the amount due should be %1, not %2</source>
            <translation>le montant à payer devrait être %1, pas %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::UblOrderReader</name>
        <message>
            <source>not a UBL Order</source>
            <translation>ce n’est pas une commande UBL</translation>
        </message>
        <message>
            <source>the order has no number</source>
            <translation>la commande n’a pas de numéro</translation>
        </message>
        <message>
            <source>an order line has no LineItem</source>
            <translation>une ligne de commande n’a pas de LineItem</translation>
        </message>
        <message>
            <source>line %1: quantity or price missing</source>
            <translation>ligne %1 : quantité ou prix manquant</translation>
        </message>
        <message>
            <source>line %1: no French VAT rate</source>
            <translation>ligne %1 : pas de taux de TVA français</translation>
        </message>
    </context>
    <context>
        <name>Moulin::UblOrderValidator</name>
        <message>
            <source>The document must be well-formed XML</source>
            <translation>Le document doit être un XML bien formé</translation>
        </message>
        <message>
            <source>The document must be a UBL 2.1 Order (Order in the Order-2 namespace)</source>
            <translation>Le document doit être une commande UBL 2.1 (Order dans l'espace de noms Order-2)</translation>
        </message>
        <message>
            <source>A required element is missing</source>
            <translation>Un élément obligatoire est absent</translation>
        </message>
        <message>
            <source>This element is not allowed here</source>
            <translation>Cet élément n'est pas autorisé à cet endroit</translation>
        </message>
        <message>
            <source>This element is out of the order the UBL schema sets</source>
            <translation>Cet élément n'est pas à la place que fixe le schéma UBL</translation>
        </message>
        <message>
            <source>This element occurs more often than allowed</source>
            <translation>Cet élément apparaît plus souvent que permis</translation>
        </message>
        <message>
            <source>The document must not contain empty elements</source>
            <translation>Le document ne doit pas contenir d'éléments vides</translation>
        </message>
        <message>
            <source>A required attribute is missing</source>
            <translation>Un attribut obligatoire est absent</translation>
        </message>
        <message>
            <source>Currency codes must be ISO 4217 codes</source>
            <translation>Les codes devise doivent être des codes ISO 4217</translation>
        </message>
        <message>
            <source>Unit codes must be UN/ECE Recommendation 20 or 21 codes</source>
            <translation>Les codes d'unité doivent être des codes de la recommandation 20 ou 21 de la CEE-ONU</translation>
        </message>
        <message>
            <source>Endpoint identifiers must use a PEPPOL EAS scheme</source>
            <translation>Les identifiants d'adresse électronique doivent utiliser un schéma EAS PEPPOL</translation>
        </message>
        <message>
            <source>Country codes must be ISO 3166-1 alpha-2 codes</source>
            <translation>Les codes pays doivent être des codes ISO 3166-1 alpha-2</translation>
        </message>
        <message>
            <source>Tax category codes must be UNCL 5305 codes</source>
            <translation>Les catégories de TVA doivent être des codes UNCL 5305</translation>
        </message>
        <message>
            <source>The tax scheme must be VAT</source>
            <translation>Le régime de taxe doit être la TVA (VAT)</translation>
        </message>
        <message>
            <source>The order type code must be 220 (order) or 227 (consignment order)</source>
            <translation>Le type de commande doit être 220 (commande) ou 227 (commande en dépôt)</translation>
        </message>
        <message>
            <source>Identifier schemes must be ISO 6523 ICD codes</source>
            <translation>Les schémas d'identifiant doivent être des codes ICD ISO 6523</translation>
        </message>
        <message>
            <source>Allowance reason codes must be UNCL 5189 codes</source>
            <translation>Les motifs de remise doivent être des codes UNCL 5189</translation>
        </message>
        <message>
            <source>Charge reason codes must be UNCL 7161 codes</source>
            <translation>Les motifs de frais doivent être des codes UNCL 7161</translation>
        </message>
        <message>
            <source>Dates must be valid ISO dates (YYYY-MM-DD)</source>
            <translation>Les dates doivent être des dates ISO valides (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <source>Times must be valid ISO times (hh:mm:ss)</source>
            <translation>Les heures doivent être des heures ISO valides (hh:mm:ss)</translation>
        </message>
        <message>
            <source>Amounts, quantities and percentages must be decimal numbers</source>
            <translation>Les montants, quantités et pourcentages doivent être des nombres décimaux</translation>
        </message>
        <message>
            <source>A GTIN must have a valid check digit</source>
            <translation>Un GTIN doit avoir une clé de contrôle valide</translation>
        </message>
        <message>
            <source>An ordered quantity must be above zero</source>
            <translation>Une quantité commandée doit être supérieure à zéro</translation>
        </message>
        <message>
            <source>Indicators must be true or false</source>
            <translation>Les indicateurs doivent valoir true ou false</translation>
        </message>
        <message>
            <source>A period must not end before it starts</source>
            <translation>Une période ne doit pas finir avant de commencer</translation>
        </message>
        <message>
            <source>The requested delivery must not be before the order's issue date</source>
            <translation>La livraison demandée ne doit pas précéder la date de la commande</translation>
        </message>
        <message>
            <source>A SIRET or SIREN must have a valid check key</source>
            <translation>Un SIRET ou un SIREN doit avoir une clé de contrôle valide</translation>
        </message>
        <message>
            <source>A French VAT number must have the key of its SIREN</source>
            <translation>Un numéro de TVA français doit porter la clé de son SIREN</translation>
        </message>
        <message>
            <source>A standard-rated French VAT rate must be 2.1, 5.5, 10 or 20 %</source>
            <translation>Un taux de TVA français doit être de 2,1, 5,5, 10 ou 20 %</translation>
        </message>
        <message>
            <source>The price base quantity must use the ordered quantity's unit</source>
            <translation>La quantité de base du prix doit être dans l'unité de la quantité commandée</translation>
        </message>
        <message>
            <source>The order's tax amount must be the VAT of its lines and charges, rate by rate</source>
            <translation>Le montant de TVA de la commande doit être la TVA de ses lignes et de ses frais, taux par taux</translation>
        </message>
        <message>
            <source>Each order line must have an identifier unique within the order</source>
            <translation>Chaque ligne de commande doit avoir un identifiant unique dans la commande</translation>
        </message>
        <message>
            <source>An order should state its validity end date</source>
            <translation>Une commande devrait indiquer sa date de fin de validité</translation>
        </message>
        <message>
            <source>An order must be stated in a single currency</source>
            <translation>Une commande doit être établie dans une seule devise</translation>
        </message>
        <message>
            <source>An order line's quantity must not be negative</source>
            <translation>La quantité d'une ligne de commande ne doit pas être négative</translation>
        </message>
        <message>
            <source>An order line's item net price must not be negative</source>
            <translation>Le prix net d'un article ne doit pas être négatif</translation>
        </message>
        <message>
            <source>The expected amount for payment must not be negative</source>
            <translation>Le montant à payer prévu ne doit pas être négatif</translation>
        </message>
        <message>
            <source>The expected sum of line amounts must not be negative</source>
            <translation>Le total prévu des lignes ne doit pas être négatif</translation>
        </message>
        <message>
            <source>The expected sum of line amounts must equal the sum of the order lines' amounts</source>
            <translation>Le total prévu des lignes doit être égal à la somme des montants des lignes</translation>
        </message>
        <message>
            <source>The allowance total must equal the sum of the document-level allowances</source>
            <translation>Le total des remises doit être égal à la somme des remises du document</translation>
        </message>
        <message>
            <source>The charge total must equal the sum of the document-level charges</source>
            <translation>Le total des frais doit être égal à la somme des frais du document</translation>
        </message>
        <message>
            <source>The total without tax must equal the sum of lines minus allowances plus charges</source>
            <translation>Le total HT doit être égal au total des lignes, moins les remises, plus les frais</translation>
        </message>
        <message>
            <source>The originator party must have a name or an identifier</source>
            <translation>Le donneur d'ordre doit avoir un nom ou un identifiant</translation>
        </message>
        <message>
            <source>The amount for payment must equal the total with tax minus the prepaid amount plus rounding</source>
            <translation>Le montant à payer doit être égal au total TTC, moins l'acompte, plus l'arrondi</translation>
        </message>
        <message>
            <source>The total with tax must equal the total without tax plus the tax</source>
            <translation>Le total TTC doit être égal au total HT plus la TVA</translation>
        </message>
        <message>
            <source>The item net price must equal the gross price minus the price allowance</source>
            <translation>Le prix net doit être égal au prix brut moins la remise sur le prix</translation>
        </message>
        <message>
            <source>An allowance or charge with a percentage must state its base amount</source>
            <translation>Une remise ou des frais en pourcentage doivent indiquer leur montant de base</translation>
        </message>
        <message>
            <source>An allowance or charge with a base amount must state its percentage</source>
            <translation>Une remise ou des frais avec un montant de base doivent indiquer leur pourcentage</translation>
        </message>
        <message>
            <source>An allowance or charge amount must equal its base amount times its percentage</source>
            <translation>Le montant d'une remise ou de frais doit être égal à la base multipliée par le pourcentage</translation>
        </message>
        <message>
            <source>An allowance or charge must have a reason text or a reason code</source>
            <translation>Une remise ou des frais doivent avoir un motif ou un code motif</translation>
        </message>
        <message>
            <source>An order line's amount must equal quantity times net price (per base quantity), plus charges, minus allowances</source>
            <translation>Le montant d'une ligne doit être égal à la quantité multipliée par le prix net (par quantité de base), plus les frais, moins les remises</translation>
        </message>
        <message>
            <source>A price base quantity must be above zero</source>
            <translation>La quantité de base d'un prix doit être supérieure à zéro</translation>
        </message>
        <message>
            <source>A VAT identifier must start with an ISO 3166-1 country prefix</source>
            <translation>Un numéro de TVA doit commencer par un préfixe pays ISO 3166-1</translation>
        </message>
        <message>
            <source>The item gross price must not be negative</source>
            <translation>Le prix brut d'un article ne doit pas être négatif</translation>
        </message>
        <message>
            <source>Amounts other than prices must not have more than 2 decimals</source>
            <translation>Les montants autres que les prix ne doivent pas avoir plus de 2 décimales</translation>
        </message>
        <message>
            <source>Each tax category must have a rate, unless the order is not subject to tax (O)</source>
            <translation>Chaque catégorie de TVA doit avoir un taux, sauf si la commande n'est pas soumise à la TVA (O)</translation>
        </message>
        <message>
            <source>A standard-rated (S) tax category must have a rate above zero</source>
            <translation>Une catégorie de TVA au taux normal (S) doit avoir un taux supérieur à zéro</translation>
        </message>
        <message>
            <source>The profile must be order only, ordering or advanced ordering</source>
            <translation>Le profil doit être order only, ordering ou advanced ordering</translation>
        </message>
        <message>
            <source>Allowance and charge amounts must not be negative</source>
            <translation>Les montants de remises et de frais ne doivent pas être négatifs</translation>
        </message>
        <message>
            <source>Price allowance amounts must not be negative</source>
            <translation>Les remises sur le prix ne doivent pas être négatives</translation>
        </message>
        <message>
            <source>The specification identifier must start with urn:fdc:peppol.eu:poacc:trns:order:3</source>
            <translation>L'identifiant de spécification doit commencer par urn:fdc:peppol.eu:poacc:trns:order:3</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1, the document is in %2</source>
            <translation>%1, le document est en %2</translation>
        </message>
        <message>
            <source>%1 × %2 % ≠ %3</source>
            <translation>%1 × %2 % ≠ %3</translation>
        </message>
        <message>
            <source>%1, the quantity is in %2</source>
            <translation>%1, la quantité est en %2</translation>
        </message>
        <message>
            <source>%1 − %2 ≠ %3</source>
            <translation>%1 − %2 ≠ %3</translation>
        </message>
        <message>
            <source>%1 expected, %2 stated</source>
            <translation>%1 attendu, %2 indiqué</translation>
        </message>
        <message>
            <source>%1 &lt; %2</source>
            <translation>%1 &lt; %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::UblReaders</name>
        <message>
            <source>required element missing</source>
            <translation>élément obligatoire absent</translation>
        </message>
        <message>
            <source>empty element</source>
            <translation>élément vide</translation>
        </message>
        <message>
            <source>not a date (YYYY-MM-DD): "%1"</source>
            <translation>date invalide (AAAA-MM-JJ) : « %1 »</translation>
        </message>
        <message>
            <source>not a number: "%1"</source>
            <translation>nombre invalide : « %1 »</translation>
        </message>
        <message>
            <source>negative quantity: %1</source>
            <translation>quantité négative : %1</translation>
        </message>
        <message>
            <source>the unitCode attribute is missing</source>
            <translation>l'attribut unitCode est absent</translation>
        </message>
        <message>
            <source>unknown unit code "%1"</source>
            <translation>code d'unité « %1 » inconnu</translation>
        </message>
        <message>
            <source>expected a UBL %1 document (namespace %2), found %3</source>
            <translation>document UBL %1 attendu (espace de noms %2), %3 trouvé</translation>
        </message>
        <message>
            <source>unexpected specification "%1" (expected %2)</source>
            <translation>spécification « %1 » inattendue (%2 attendue)</translation>
        </message>
        <message>
            <source>unknown response code "%1" (AP, RE, CA or AB)</source>
            <translation>code de réponse « %1 » inconnu (AP, RE, CA ou AB)</translation>
        </message>
        <message>
            <source>unknown line status "%1" (1, 3, 5 or 7)</source>
            <translation>statut de ligne « %1 » inconnu (1, 3, 5 ou 7)</translation>
        </message>
        <message>
            <source>order line %1 is answered twice</source>
            <translation>la ligne de commande %1 reçoit deux réponses</translation>
        </message>
        <message>
            <source>negative price: %1</source>
            <translation>prix négatif : %1</translation>
        </message>
        <message>
            <source>currency %1 differs from the document's %2</source>
            <translation>la devise %1 diffère de celle du document (%2)</translation>
        </message>
        <message>
            <source>a changed line must state what changed (quantity, price, date or substitute)</source>
            <translation>une ligne modifiée doit indiquer ce qui change (quantité, prix, date ou produit de remplacement)</translation>
        </message>
        <message>
            <source>a conditionally accepted order response must list the lines it changes</source>
            <translation>une réponse d'acceptation sous conditions doit lister les lignes modifiées</translation>
        </message>
        <message>
            <source>unit %1 differs from the delivered quantity's %2</source>
            <translation>l'unité %1 diffère de celle de la quantité livrée (%2)</translation>
        </message>
        <message>
            <source>the GTIN %1 has a wrong check digit</source>
            <translation>le GTIN %1 a une clé de contrôle erronée</translation>
        </message>
    </context>
    <context>
        <name>Moulin::UnitCode</name>
        <message>
            <source>piece</source>
            <translation>pièce</translation>
        </message>
        <message>
            <source>each</source>
            <translation>unité</translation>
        </message>
        <message>
            <source>kg</source>
            <translation>kg</translation>
        </message>
        <message>
            <source>g</source>
            <translation>g</translation>
        </message>
        <message>
            <source>L</source>
            <translation>L</translation>
        </message>
        <message>
            <source>cL</source>
            <translation>cL</translation>
        </message>
        <message>
            <source>mL</source>
            <translation>mL</translation>
        </message>
        <message>
            <source>dozen</source>
            <translation>douzaine</translation>
        </message>
        <message>
            <source>pair</source>
            <translation>paire</translation>
        </message>
        <message>
            <source>set</source>
            <translation>lot</translation>
        </message>
        <message>
            <source>box</source>
            <translation>colis</translation>
        </message>
        <message>
            <source>carton</source>
            <translation>carton</translation>
        </message>
        <message>
            <source>case</source>
            <translation>caisse</translation>
        </message>
        <message>
            <source>bottle</source>
            <translation>bouteille</translation>
        </message>
        <message>
            <source>bag</source>
            <translation>sac</translation>
        </message>
        <message>
            <source>crate</source>
            <translation>cagette</translation>
        </message>
        <message>
            <source>package</source>
            <translation>paquet</translation>
        </message>
        <message>
            <source>packet</source>
            <translation>sachet</translation>
        </message>
        <message>
            <source>tin</source>
            <translation>bidon</translation>
        </message>
        <message>
            <source>bucket</source>
            <translation>seau</translation>
        </message>
        <message>
            <source>jar</source>
            <translation>bocal</translation>
        </message>
        <message>
            <source>sack</source>
            <translation>sac</translation>
        </message>
        <message>
            <source>pallet</source>
            <translation>palette</translation>
        </message>
        <message numerus="yes">
            <source>%1 piece(s)</source>
            <translation>
                <numerusform>%1 pièce</numerusform>
                <numerusform>%1 pièces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 each</source>
            <translation>
                <numerusform>%1 unité</numerusform>
                <numerusform>%1 unités</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 dozen</source>
            <translation>
                <numerusform>%1 douzaine</numerusform>
                <numerusform>%1 douzaines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 pair(s)</source>
            <translation>
                <numerusform>%1 paire</numerusform>
                <numerusform>%1 paires</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 set(s)</source>
            <translation>
                <numerusform>%1 lot</numerusform>
                <numerusform>%1 lots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 box(es)</source>
            <translation>
                <numerusform>%1 colis</numerusform>
                <numerusform>%1 colis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 carton(s)</source>
            <translation>
                <numerusform>%1 carton</numerusform>
                <numerusform>%1 cartons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 case(s)</source>
            <translation>
                <numerusform>%1 caisse</numerusform>
                <numerusform>%1 caisses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 bottle(s)</source>
            <translation>
                <numerusform>%1 bouteille</numerusform>
                <numerusform>%1 bouteilles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 bag(s)</source>
            <translation>
                <numerusform>%1 sac</numerusform>
                <numerusform>%1 sacs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 crate(s)</source>
            <translation>
                <numerusform>%1 cagette</numerusform>
                <numerusform>%1 cagettes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 package(s)</source>
            <translation>
                <numerusform>%1 paquet</numerusform>
                <numerusform>%1 paquets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 packet(s)</source>
            <translation>
                <numerusform>%1 sachet</numerusform>
                <numerusform>%1 sachets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 tin(s)</source>
            <translation>
                <numerusform>%1 bidon</numerusform>
                <numerusform>%1 bidons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 bucket(s)</source>
            <translation>
                <numerusform>%1 seau</numerusform>
                <numerusform>%1 seaux</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 jar(s)</source>
            <translation>
                <numerusform>%1 bocal</numerusform>
                <numerusform>%1 bocaux</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 sack(s)</source>
            <translation>
                <numerusform>%1 sac</numerusform>
                <numerusform>%1 sacs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 pallet(s)</source>
            <translation>
                <numerusform>%1 palette</numerusform>
                <numerusform>%1 palettes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Moulin::Units</name>
        <message>
            <source>%1: cannot convert %2 to %3 — add a conversion for this product (e.g. 1 %2 = … %3).</source>
            <translation>%1 : impossible de convertir %2 en %3 — ajoutez une conversion pour ce produit (par ex. 1 %2 = … %3).</translation>
        </message>
        <message>
            <source>Unknown unit in the conversion.</source>
            <translation>Unité inconnue dans la conversion.</translation>
        </message>
        <message>
            <source>A conversion must link two different units.</source>
            <translation>Une conversion doit relier deux unités différentes.</translation>
        </message>
        <message>
            <source>A conversion needs a quantity above zero.</source>
            <translation>Une conversion demande une quantité supérieure à zéro.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::WebhookReceiver</name>
        <message>
            <source>%1: the webhook path "%2" must start with /.</source>
            <translation>%1 : le chemin du webhook « %2 » doit commencer par /.</translation>
        </message>
        <message>
            <source>%1: the webhook route %2 has no handler.</source>
            <translation>%1 : la route de webhook %2 n’a pas de traitement.</translation>
        </message>
        <message>
            <source>%1: the webhook path %2 is already used by %3.</source>
            <translation>%1 : le chemin de webhook %2 est déjà utilisé par %3.</translation>
        </message>
        <message>
            <source>The webhook receiver is turned off (webhooks/enabled).</source>
            <translation>La réception des webhooks est désactivée (webhooks/enabled).</translation>
        </message>
        <message>
            <source>HTTPS webhooks need TLS support, which this Qt installation lacks (%1).</source>
            <translation>Les webhooks en HTTPS demandent la prise en charge de TLS, absente de cette installation de Qt (%1).</translation>
        </message>
        <message>
            <source>The webhook certificate %1 cannot be read as a PEM certificate (%2).</source>
            <translation>Le certificat des webhooks %1 ne peut pas être lu comme un certificat PEM (%2).</translation>
        </message>
        <message>
            <source>The webhook key %1 cannot be read: %2 (%3).</source>
            <translation>La clé des webhooks %1 ne peut pas être lue : %2 (%3).</translation>
        </message>
        <message>
            <source>The webhook key %1 is not an unencrypted PEM RSA or EC private key (%2).</source>
            <translation>La clé des webhooks %1 n’est pas une clé privée RSA ou EC au format PEM non chiffré (%2).</translation>
        </message>
        <message>
            <source>HTTPS webhooks need TLS support, which this Qt build lacks (%1, %2).</source>
            <translation>Les webhooks en HTTPS demandent la prise en charge de TLS, absente de cette version de Qt (%1, %2).</translation>
        </message>
        <message>
            <source>The webhook receiver cannot listen on %1 port %2: %3</source>
            <translation>La réception des webhooks ne peut pas écouter sur %1 port %2 : %3</translation>
        </message>
        <message>
            <source>Too many webhook requests at once; try again later.</source>
            <translation>Trop de requêtes de webhook à la fois ; réessayez plus tard.</translation>
        </message>
        <message>
            <source>The request was not received completely within %1 ms.</source>
            <translation>La requête n’a pas été reçue entièrement en %1 ms.</translation>
        </message>
        <message>
            <source>The request line and headers exceed %1 bytes.</source>
            <translation>La ligne de requête et les en-têtes dépassent %1 octets.</translation>
        </message>
        <message>
            <source>The request is not valid HTTP/1.1 (request line or Content-Length).</source>
            <translation>La requête n’est pas du HTTP/1.1 valide (ligne de requête ou Content-Length).</translation>
        </message>
        <message>
            <source>Chunked request bodies are not accepted; send Content-Length.</source>
            <translation>Les corps de requête découpés (chunked) ne sont pas acceptés ; envoyez Content-Length.</translation>
        </message>
        <message>
            <source>The body (%1 bytes) exceeds the limit of %2 bytes.</source>
            <translation>Le corps (%1 octets) dépasse la limite de %2 octets.</translation>
        </message>
        <message>
            <source>No webhook is declared at this path.</source>
            <translation>Aucun webhook n’est déclaré à ce chemin.</translation>
        </message>
        <message>
            <source>Webhooks are delivered with POST only.</source>
            <translation>Les webhooks se livrent uniquement en POST.</translation>
        </message>
        <message>
            <source>No webhook secret is configured for this connector.</source>
            <translation>Aucun secret de webhook n’est configuré pour ce connecteur.</translation>
        </message>
        <message>
            <source>No webhook token is configured for this connector.</source>
            <translation>Aucun jeton de webhook n’est configuré pour ce connecteur.</translation>
        </message>
        <message>
            <source>The token in the webhook URL is not the configured one.</source>
            <translation>Le jeton de l’adresse du webhook n’est pas celui qui est configuré.</translation>
        </message>
        <message>
            <source>The webhook URL carries no token.</source>
            <translation>L’adresse du webhook ne porte aucun jeton.</translation>
        </message>
        <message>
            <source>%1: the webhook route %2 names no query parameter for its token.</source>
            <translation>%1 : la route de webhook %2 ne nomme aucun paramètre de requête pour son jeton.</translation>
        </message>
        <message>
            <source>The webhook URL carries its token in the path; it belongs in the query string (?%1=…).</source>
            <translation>L’adresse du webhook porte son jeton dans le chemin ; il doit figurer dans les paramètres de la requête (?%1=…).</translation>
        </message>
        <message>
            <source>The webhook URL carries no %1 parameter.</source>
            <translation>L’adresse du webhook ne porte pas de paramètre %1.</translation>
        </message>
        <message>
            <source>The webhook URL carries the %1 parameter more than once.</source>
            <translation>L’adresse du webhook porte le paramètre %1 plus d’une fois.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::WebhookReceiverSettings</name>
        <message>
            <source>The setting %1 must be true or false, not "%2".</source>
            <translation>Le réglage %1 doit valoir true ou false, pas « %2 ».</translation>
        </message>
        <message>
            <source>The setting %1 must be an IP address such as 127.0.0.1, not "%2".</source>
            <translation>Le réglage %1 doit être une adresse IP comme 127.0.0.1, pas « %2 ».</translation>
        </message>
        <message>
            <source>The setting %1 must be a port number from 0 to 65535, not "%2".</source>
            <translation>Le réglage %1 doit être un numéro de port de 0 à 65535, pas « %2 ».</translation>
        </message>
        <message>
            <source>The setting %1 is set but %2 is not: HTTPS needs both the certificate and its key.</source>
            <translation>Le réglage %1 est renseigné mais pas %2 : le HTTPS demande le certificat et sa clé.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::WebhookSettingsPage</name>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
            <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Receive bookings as they are made (webhooks)</source>
            <translation>Recevoir les réservations dès qu’elles sont faites (webhooks)</translation>
        </message>
        <message>
            <source>none: plain HTTP (behind a proxy that adds TLS)</source>
            <translation>aucun : HTTP simple (derrière un proxy qui ajoute TLS)</translation>
        </message>
        <message>
            <source>The booking site and TheFork send each booking to this computer the moment it is made. Off, Moulin still reads them at each synchronisation.</source>
            <translation>Le site de réservation et TheFork envoient chaque réservation à cet ordinateur dès qu’elle est faite. Désactivé, Moulin les lit quand même à chaque synchronisation.</translation>
        </message>
        <message>
            <source>Listen on address:</source>
            <translation>Écouter sur l’adresse :</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port :</translation>
        </message>
        <message>
            <source>TLS certificate:</source>
            <translation>Certificat TLS :</translation>
        </message>
        <message>
            <source>TLS certificate</source>
            <translation>Certificat TLS</translation>
        </message>
        <message>
            <source>TLS private key:</source>
            <translation>Clé privée TLS :</translation>
        </message>
        <message>
            <source>TLS private key</source>
            <translation>Clé privée TLS</translation>
        </message>
        <message>
            <source>&lt;b&gt;Addresses to give&lt;/b&gt;</source>
            <translation>&lt;b&gt;Adresses à communiquer&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;this computer's address&gt;</source>
            <translation>‹adresse de cet ordinateur›</translation>
        </message>
        <message>
            <source>TheFork: %1</source>
            <translation>TheFork : %1</translation>
        </message>
        <message>
            <source>&lt;made at the next start&gt;</source>
            <translation>‹créé au prochain démarrage›</translation>
        </message>
        <message>
            <source>Booking site: %1 (signed with the secret of its connection)</source>
            <translation>Site de réservation : %1 (signé avec le secret de sa connexion)</translation>
        </message>
        <message>
            <source>Off: nothing listens until the box above is ticked.</source>
            <translation>Désactivé : rien n’écoute tant que la case ci-dessus n’est pas cochée.</translation>
        </message>
        <message>
            <source>The address must be an IP address such as 127.0.0.1 or 0.0.0.0, not "%1".</source>
            <translation>L’adresse doit être une adresse IP comme 127.0.0.1 ou 0.0.0.0, pas « %1 ».</translation>
        </message>
        <message>
            <source>HTTPS needs both the certificate and its private key.</source>
            <translation>HTTPS demande le certificat et sa clé privée.</translation>
        </message>
        <message>
            <source>The file %1 cannot be read.</source>
            <translation>Le fichier %1 ne peut pas être lu.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::WebhookVerifier</name>
        <message>
            <source>Valid signature.</source>
            <translation>Signature valide.</translation>
        </message>
        <message>
            <source>The X-Moulin-Signature header is missing.</source>
            <translation>L’en-tête X-Moulin-Signature est absent.</translation>
        </message>
        <message>
            <source>The X-Moulin-Signature header is malformed (expected t=&lt;seconds&gt;,v1=&lt;hex&gt;).</source>
            <translation>L’en-tête X-Moulin-Signature est mal formé (attendu : t=&lt;secondes&gt;,v1=&lt;hex&gt;).</translation>
        </message>
        <message>
            <source>The signature does not match the body: wrong secret or altered content.</source>
            <translation>La signature ne correspond pas au contenu : secret erroné ou contenu modifié.</translation>
        </message>
        <message>
            <source>The signature timestamp is more than 5 minutes old.</source>
            <translation>L’horodatage de la signature date de plus de 5 minutes.</translation>
        </message>
        <message>
            <source>The signature timestamp is more than 5 minutes in the future; check the sender's clock.</source>
            <translation>L’horodatage de la signature est en avance de plus de 5 minutes ; vérifiez l’horloge de l’expéditeur.</translation>
        </message>
        <message>
            <source>This signed request was already received (replay).</source>
            <translation>Cette requête signée a déjà été reçue (rejeu).</translation>
        </message>
    </context>
    <context>
        <name>Moulin::WebsiteWebhook</name>
        <message>
            <source>The body is not valid JSON (%1 at byte %2).</source>
            <translation>Le corps n'est pas du JSON valide (%1 à l'octet %2).</translation>
        </message>
        <message>
            <source>The body must be a JSON object.</source>
            <translation>Le corps doit être un objet JSON.</translation>
        </message>
        <message>
            <source>The field %1 is missing or is not a non-empty string.</source>
            <translation>Le champ %1 est absent ou n'est pas une chaîne non vide.</translation>
        </message>
        <message>
            <source>The event_type %1 is unknown (reservation.created, reservation.updated or reservation.cancelled).</source>
            <translation>L'event_type %1 est inconnu (reservation.created, reservation.updated ou reservation.cancelled).</translation>
        </message>
        <message>
            <source>The restaurant_id %1 is not this restaurant's.</source>
            <translation>Le restaurant_id %1 n'est pas celui de ce restaurant.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>The field date must be an ISO 8601 date and time with its offset, e.g. 2026-12-12T20:00:00+01:00.</source>
            <translation>Le champ date doit être une date et heure ISO 8601 avec son décalage, par ex. 2026-12-12T20:00:00+01:00.</translation>
        </message>
        <message>
            <source>The field party_size must be a positive whole number of guests.</source>
            <translation>Le champ party_size doit être un nombre entier positif de couverts.</translation>
        </message>
        <message>
            <source>The customer has no name (customer.name).</source>
            <translation>Le client n'a pas de nom (customer.name).</translation>
        </message>
        <message>
            <source>The booking could not be stored: %1</source>
            <translation>La réservation n'a pas pu être enregistrée : %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::WeekOverview</name>
        <message>
            <source>Previous week</source>
            <translation>Semaine précédente</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Semaine suivante</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Journée</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <source>Week of %1 to %2</source>
            <translation>Semaine du %1 au %2</translation>
        </message>
        <message>
            <source>%1 · today</source>
            <translation>%1 · aujourd’hui</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ZReport</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Couverts</translation>
        </message>
        <message>
            <source>Average ticket incl. VAT</source>
            <translation>Ticket moyen TTC</translation>
        </message>
        <message>
            <source>Sales incl. VAT</source>
            <translation>CA TTC</translation>
        </message>
        <message>
            <source>Sales excl. VAT</source>
            <translation>CA HT</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>TVA</translation>
        </message>
        <message>
            <source>Base excl. VAT %1</source>
            <translation>Base HT %1</translation>
        </message>
        <message>
            <source>VAT %1</source>
            <translation>TVA %1</translation>
        </message>
        <message>
            <source>Voided receipts</source>
            <translation>Tickets annulés</translation>
        </message>
        <message>
            <source>Refunds incl. VAT</source>
            <translation>Remboursements TTC</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>TerminationSignals</name>
        <message>
            <source>Cannot watch for SIGTERM and SIGINT (%1: %2).</source>
            <translation>Impossible de surveiller SIGTERM et SIGINT (%1 : %2).</translation>
        </message>
    </context>
</TS>
