<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>CommandLine</name>
        <message>
            <source>Moulin — restaurant back-office: sales, suppliers, reservations, customers and rosters.</source>
            <translation>Moulin — restaurant back-office: sales, suppliers, reservations, customers and rosters.</translation>
        </message>
        <message>
            <source>Run on the built-in sandbox with demonstration data.</source>
            <translation>Run on the built-in sandbox with demonstration data.</translation>
        </message>
        <message>
            <source>Keep the database, logs and settings in &lt;dir&gt;.</source>
            <translation>Keep the database, logs and settings in &lt;dir&gt;.</translation>
        </message>
        <message>
            <source>Import a connector configuration (JSON) at start-up.</source>
            <translation>Import a connector configuration (JSON) at start-up.</translation>
        </message>
        <message>
            <source>Interface language: fr or en (default: system language).</source>
            <translation>Interface language: fr or en (default: system language).</translation>
        </message>
        <message>
            <source>Unexpected argument: %1</source>
            <translation>Unexpected argument: %1</translation>
        </message>
        <message>
            <source>Unknown language "%1": use fr or en.</source>
            <translation>Unknown language "%1": use fr or en.</translation>
        </message>
        <message>
            <source>--data-dir: "%1" is not a directory.</source>
            <translation>--data-dir: "%1" is not a directory.</translation>
        </message>
        <message>
            <source>--import-config: file "%1" not found.</source>
            <translation>--import-config: file "%1" not found.</translation>
        </message>
        <message>
            <source>Without opening a window, run every enabled feed once, print one line per feed and exit (non-zero if any failed).</source>
            <translation>Without opening a window, run every enabled feed once, print one line per feed and exit (non-zero if any failed).</translation>
        </message>
        <message>
            <source>--connector is only used with --sync-now.</source>
            <translation>--connector is only used with --sync-now.</translation>
        </message>
        <message>
            <source>Usage:</source>
            <translation>Usage:</translation>
        </message>
        <message>
            <source>With --sign-in: give up after &lt;seconds&gt; without an answer (default: 300).</source>
            <translation>With --sign-in: give up after &lt;seconds&gt; without an answer (default: 300).</translation>
        </message>
        <message>
            <source>With --sign-in: do not try to open a web browser, only print the address.</source>
            <translation>With --sign-in: do not try to open a web browser, only print the address.</translation>
        </message>
        <message>
            <source>With --export: first day of the period (YYYY-MM-DD).</source>
            <translation>With --export: first day of the period (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>With --export: last day of the period, included (YYYY-MM-DD).</source>
            <translation>With --export: last day of the period, included (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>With --export fec: the company's SIREN (default: the one saved by the accounting export).</source>
            <translation>With --export fec: the company's SIREN (default: the one saved by the accounting export).</translation>
        </message>
        <message>
            <source>With --export fec: last day of the fiscal year (default: 31 December of the --to year).</source>
            <translation>With --export fec: last day of the fiscal year (default: 31 December of the --to year).</translation>
        </message>
        <message>
            <source>--%1 is only used with --sign-in.</source>
            <translation>--%1 is only used with --sign-in.</translation>
        </message>
        <message>
            <source>--%1 is only used with --export.</source>
            <translation>--%1 is only used with --export.</translation>
        </message>
        <message>
            <source>--timeout: "%1" is not a number of seconds between 1 and %2.</source>
            <translation>--timeout: "%1" is not a number of seconds between 1 and %2.</translation>
        </message>
        <message>
            <source>--import-config cannot be combined with --export.</source>
            <translation>--import-config cannot be combined with --export.</translation>
        </message>
        <message>
            <source>--export %1 needs --%2.</source>
            <translation>--export %1 needs --%2.</translation>
        </message>
        <message>
            <source>--%1 is only used with --export fec.</source>
            <translation>--%1 is only used with --export fec.</translation>
        </message>
        <message>
            <source>--%1: "%2" is not a date written YYYY-MM-DD.</source>
            <translation>--%1: "%2" is not a date written YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>--from (%1) is after --to (%2).</source>
            <translation>--from (%1) is after --to (%2).</translation>
        </message>
        <message>
            <source>--fiscal-year-end (%1) is before --to (%2): the period must lie within the fiscal year.</source>
            <translation>--fiscal-year-end (%1) is before --to (%2): the period must lie within the fiscal year.</translation>
        </message>
        <message>
            <source>--siren needs the company's SIREN (9 digits).</source>
            <translation>--siren needs the company's SIREN (9 digits).</translation>
        </message>
        <message>
            <source>--out: "%1" is not a folder.</source>
            <translation>--out: "%1" is not a folder.</translation>
        </message>
        <message>
            <source>With --sync-now: only this connector (its id, as --sync-now prints it).</source>
            <translation>With --sync-now: only this connector (its id, as --sync-now prints it).</translation>
        </message>
        <message>
            <source>Without opening a window, sign in to the OAuth connector &lt;id&gt; (its id, as --sync-now prints it): prints the address to open in a web browser, waits for the answer, keeps the access in the system keychain and exits (non-zero if it failed).</source>
            <translation>Without opening a window, sign in to the OAuth connector &lt;id&gt; (its id, as --sync-now prints it): prints the address to open in a web browser, waits for the answer, keeps the access in the system keychain and exits (non-zero if it failed).</translation>
        </message>
        <message>
            <source>--sign-in needs the id of a connector, as --sync-now prints it.</source>
            <translation>--sign-in needs the id of a connector, as --sync-now prints it.</translation>
        </message>
        <message>
            <source>Without opening a window, keep running: every enabled feed on its schedule and, when turned on, the webhook receiver; one line per feed run and per webhook. Stops cleanly on SIGTERM or Ctrl+C.</source>
            <translation>Without opening a window, keep running: every enabled feed on its schedule and, when turned on, the webhook receiver; one line per feed run and per webhook. Stops cleanly on SIGTERM or Ctrl+C.</translation>
        </message>
        <message>
            <source>--import-config cannot be combined with --serve: import the configuration first, then serve.</source>
            <translation>--import-config cannot be combined with --serve: import the configuration first, then serve.</translation>
        </message>
        <message>
            <source>With --export: the folder to write the file to (with --export roster: the file).</source>
            <translation>With --export: the folder to write the file to (with --export roster: the file).</translation>
        </message>
        <message>
            <source>With --export roster: the ISO week (YYYY-Www, e.g. 2026-W50).</source>
            <translation>With --export roster: the ISO week (YYYY-Www, e.g. 2026-W50).</translation>
        </message>
        <message>
            <source>--week: "%1" is not an ISO week written YYYY-Www (e.g. 2026-W50).</source>
            <translation>--week: "%1" is not an ISO week written YYYY-Www (e.g. 2026-W50).</translation>
        </message>
        <message>
            <source>--out: "%1" is a folder, not a file.</source>
            <translation>--out: "%1" is a folder, not a file.</translation>
        </message>
        <message>
            <source>--%1 is not used with --export %2.</source>
            <translation>--%1 is not used with --export %2.</translation>
        </message>
        <message>
            <source>--week is only used with --export roster and --export payroll.</source>
            <translation>--week is only used with --export roster and --export payroll.</translation>
        </message>
        <message>
            <source>Without opening a window, write an export of the local database and exit: fec (the FEC for the accountant, validated before it is written), z (the daily summary, CSV), roster (a week's shifts for payroll, CSV), payroll (a week's hours per person: night, Sunday and holiday hours, split shifts, labour cost, CSV) or orders (the supplier orders of the period, each as UBL XML and PDF).</source>
            <translation>Without opening a window, write an export of the local database and exit: fec (the FEC for the accountant, validated before it is written), z (the daily summary, CSV), roster (a week's shifts for payroll, CSV), payroll (a week's hours per person: night, Sunday and holiday hours, split shifts, labour cost, CSV) or orders (the supplier orders of the period, each as UBL XML and PDF).</translation>
        </message>
        <message>
            <source>With --export orders: ubl (UBL XML and PDF, the default) or eancom (also the EANCOM ORDERS message, EDIFACT D.01B).</source>
            <translation>With --export orders: ubl (UBL XML and PDF, the default) or eancom (also the EANCOM ORDERS message, EDIFACT D.01B).</translation>
        </message>
        <message>
            <source>--format is only used with --export orders.</source>
            <translation>--format is only used with --export orders.</translation>
        </message>
        <message>
            <source>--format: "%1" is neither ubl nor eancom.</source>
            <translation>--format: "%1" is neither ubl nor eancom.</translation>
        </message>
        <message>
            <source>Unknown export "%1": use fec (the FEC), z (the daily summary), roster (a week's shifts), payroll (a week's hours per person) or orders (the supplier orders).</source>
            <translation>Unknown export "%1": use fec (the FEC), z (the daily summary), roster (a week's shifts), payroll (a week's hours per person) or orders (the supplier orders).</translation>
        </message>
        <message>
            <source>Without opening a window, back up the local database: the daily backup into the backup folder (the oldest ones beyond the number kept are removed), or with --out into that folder (kept). Prints the file written.</source>
            <translation>Without opening a window, back up the local database: the daily backup into the backup folder (the oldest ones beyond the number kept are removed), or with --out into that folder (kept). Prints the file written.</translation>
        </message>
        <message>
            <source>Without opening a window, replace the local database by the backup &lt;file&gt;; the database replaced is kept in the backup folder. Refused while Moulin is open elsewhere.</source>
            <translation>Without opening a window, replace the local database by the backup &lt;file&gt;; the database replaced is kept in the backup folder. Refused while Moulin is open elsewhere.</translation>
        </message>
        <message>
            <source>--sync-now, --serve, --sign-in, --export, --backup and --restore cannot be combined: run them one after the other.</source>
            <translation>--sync-now, --serve, --sign-in, --export, --backup and --restore cannot be combined: run them one after the other.</translation>
        </message>
        <message>
            <source>--restore: file "%1" not found.</source>
            <translation>--restore: file "%1" not found.</translation>
        </message>
        <message>
            <source>--out is only used with --export and --backup.</source>
            <translation>--out is only used with --export and --backup.</translation>
        </message>
    </context>
    <context>
        <name>HeadlessSync</name>
        <message>
            <source>No connector named "%1" is configured (configured: %2).</source>
            <translation>No connector named "%1" is configured (configured: %2).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>%1: skipped — not supported by this version of Moulin yet</source>
            <translation>%1: skipped — not supported by this version of Moulin yet</translation>
        </message>
        <message>
            <source>%1: OK — %2 record(s) in %3 s</source>
            <translation>%1: OK — %2 record(s) in %3 s</translation>
        </message>
        <message>
            <source>%1: FAILED — %2</source>
            <translation>%1: FAILED — %2</translation>
        </message>
        <message>
            <source>Nothing to synchronise: no enabled feed.</source>
            <translation>Nothing to synchronise: no enabled feed.</translation>
        </message>
        <message numerus="yes">
            <source>Gave up after 30 minutes: %n feed(s) still running.</source>
            <translation>
                <numerusform>Gave up after 30 minutes: %n feed(s) still running.</numerusform>
                <numerusform>Gave up after 30 minutes: %n feed(s) still running.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: not signed in yet — run moulin --sign-in %1</source>
            <translation>%1: not signed in yet — run moulin --sign-in %1</translation>
        </message>
        <message>
            <source>%1: sign in again — run moulin --sign-in %1</source>
            <translation>%1: sign in again — run moulin --sign-in %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::AccountingExportDialog</name>
        <message>
            <source>Export the &amp;FEC</source>
            <translation>Export the &amp;FEC</translation>
        </message>
        <message>
            <source>Export the daily &amp;summary (CSV)</source>
            <translation>Export the daily &amp;summary (CSV)</translation>
        </message>
        <message>
            <source>Accounting export</source>
            <translation>Accounting export</translation>
        </message>
        <message>
            <source>9 digits, e.g. 732829320</source>
            <translation>9 digits, e.g. 732829320</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>Fiscal &amp;year end:</source>
            <translation>Fiscal &amp;year end:</translation>
        </message>
        <message>
            <source>S&amp;IREN:</source>
            <translation>S&amp;IREN:</translation>
        </message>
        <message>
            <source>F&amp;older:</source>
            <translation>F&amp;older:</translation>
        </message>
        <message>
            <source>The FEC lists every sales entry of the period (sales per VAT rate, collected VAT, payments) in the format the tax administration requires. It is checked (balance, numbering, format) before it is written; nothing is written if a line is wrong.</source>
            <translation>The FEC lists every sales entry of the period (sales per VAT rate, collected VAT, payments) in the format the tax administration requires. It is checked (balance, numbering, format) before it is written; nothing is written if a line is wrong.</translation>
        </message>
        <message>
            <source>Export folder</source>
            <translation>Export folder</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>The start date is after the end date.</translation>
        </message>
        <message>
            <source>The folder "%1" does not exist.</source>
            <translation>The folder "%1" does not exist.</translation>
        </message>
        <message>
            <source>"%1" is not a valid SIREN: 9 digits with a valid check digit.</source>
            <translation>"%1" is not a valid SIREN: 9 digits with a valid check digit.</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>line %1: %2</translation>
        </message>
        <message>
            <source>The FEC was not written:</source>
            <translation>The FEC was not written:</translation>
        </message>
        <message numerus="yes">
            <source>FEC written: %1 (%n entry line(s)).</source>
            <translation>
                <numerusform>FEC written: %1 (%n entry line(s)).</numerusform>
                <numerusform>FEC written: %1 (%n entry line(s)).</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Could not write %1: %2</translation>
        </message>
        <message>
            <source>Daily summary written: %1</source>
            <translation>Daily summary written: %1</translation>
        </message>
        <message>
            <source>Open Settings ▸ &amp;Accounting</source>
            <translation>Open Settings ▸ &amp;Accounting</translation>
        </message>
    </context>
    <context>
        <name>Moulin::AccountingSettingsPage</name>
        <message>
            <source>Enter an account number.</source>
            <translation>Enter an account number.</translation>
        </message>
        <message>
            <source>“%1” is not an account number (3 to 20 letters or digits).</source>
            <translation>“%1” is not an account number (3 to 20 letters or digits).</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The accounts of the FEC export (File ▸ Accounting export…). Ask your accountant for them: they must exist in the chart of accounts.</source>
            <translation>The accounts of the FEC export (File ▸ Accounting export…). Ask your accountant for them: they must exist in the chart of accounts.</translation>
        </message>
        <message>
            <source>The saved accounting settings could not be read (%1): the default accounts are shown, and OK saves them.</source>
            <translation>The saved accounting settings could not be read (%1): the default accounts are shown, and OK saves them.</translation>
        </message>
        <message>
            <source>Company and journal</source>
            <translation>Company and journal</translation>
        </message>
        <message>
            <source>S&amp;IREN:</source>
            <translation>S&amp;IREN:</translation>
        </message>
        <message>
            <source>9 digits, e.g. 732 829 320</source>
            <translation>9 digits, e.g. 732 829 320</translation>
        </message>
        <message>
            <source>Names the FEC file.</source>
            <translation>Names the FEC file.</translation>
        </message>
        <message>
            <source>Journal &amp;code:</source>
            <translation>Journal &amp;code:</translation>
        </message>
        <message>
            <source>Journal &amp;label:</source>
            <translation>Journal &amp;label:</translation>
        </message>
        <message>
            <source>VAT rates</source>
            <translation>VAT rates</translation>
        </message>
        <message>
            <source>Each rate's sales (without VAT) and collected VAT go to their own account. Double-click an account to change it.</source>
            <translation>Each rate's sales (without VAT) and collected VAT go to their own account. Double-click an account to change it.</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>On the till</source>
            <translation>On the till</translation>
        </message>
        <message>
            <source>Sales account (excl. VAT)</source>
            <translation>Sales account (excl. VAT)</translation>
        </message>
        <message>
            <source>Collected VAT account</source>
            <translation>Collected VAT account</translation>
        </message>
        <message>
            <source>Accounts per VAT rate</source>
            <translation>Accounts per VAT rate</translation>
        </message>
        <message>
            <source>Payment methods of the till</source>
            <translation>Payment methods of the till</translation>
        </message>
        <message>
            <source>The account set on the till is used unless you enter another one here. The FEC export stops while a payment method used in the period has no account.</source>
            <translation>The account set on the till is used unless you enter another one here. The FEC export stops while a payment method used in the period has no account.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>Account on the till</source>
            <translation>Account on the till</translation>
        </message>
        <message>
            <source>Account used</source>
            <translation>Account used</translation>
        </message>
        <message>
            <source>Accounts per payment method</source>
            <translation>Accounts per payment method</translation>
        </message>
        <message>
            <source>No payment method has come from the till yet: they appear after the next synchronisation of the sales.</source>
            <translation>No payment method has come from the till yet: they appear after the next synchronisation of the sales.</translation>
        </message>
        <message>
            <source>Rounding differences</source>
            <translation>Rounding differences</translation>
        </message>
        <message>
            <source>Loss account (&amp;debit):</source>
            <translation>Loss account (&amp;debit):</translation>
        </message>
        <message>
            <source>Gain account (c&amp;redit):</source>
            <translation>Gain account (c&amp;redit):</translation>
        </message>
        <message>
            <source>A few cents a day at most, left by the till's rounding of its amounts.</source>
            <translation>A few cents a day at most, left by the till's rounding of its amounts.</translation>
        </message>
        <message>
            <source>%1 · not a French rate</source>
            <translation>%1 · not a French rate</translation>
        </message>
        <message>
            <source>%1 is not a French VAT rate (20 %, 10 %, 5,5 %, 2,1 %). The FEC export stops while sales of the period carry it: correct the rate on the till, then synchronise again.</source>
            <translation>%1 is not a French VAT rate (20 %, 10 %, 5,5 %, 2,1 %). The FEC export stops while sales of the period carry it: correct the rate on the till, then synchronise again.</translation>
        </message>
        <message>
            <source>No sale at this rate yet.</source>
            <translation>No sale at this rate yet.</translation>
        </message>
        <message>
            <source>%1 – sales account</source>
            <translation>%1 – sales account</translation>
        </message>
        <message>
            <source>%1 – VAT account</source>
            <translation>%1 – VAT account</translation>
        </message>
        <message>
            <source>to be set</source>
            <translation>to be set</translation>
        </message>
        <message>
            <source>Disabled on the till.</source>
            <translation>Disabled on the till.</translation>
        </message>
        <message>
            <source>Found in the sales, not in the till's list of payment methods.</source>
            <translation>Found in the sales, not in the till's list of payment methods.</translation>
        </message>
        <message>
            <source>“%1” is not an account number: it is ignored.</source>
            <translation>“%1” is not an account number: it is ignored.</translation>
        </message>
        <message>
            <source>Payment method %1</source>
            <translation>Payment method %1</translation>
        </message>
        <message>
            <source>Enter the account of this payment method.</source>
            <translation>Enter the account of this payment method.</translation>
        </message>
        <message>
            <source>Leave empty to use the account set on the till (%1).</source>
            <translation>Leave empty to use the account set on the till (%1).</translation>
        </message>
        <message numerus="yes">
            <source>%n payment method(s) without account: %1.</source>
            <translation>
                <numerusform>%n payment method(s) without account: %1.</numerusform>
                <numerusform>%n payment method(s) without account: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>A SIREN is 9 digits with a valid check digit: “%1” is not one.</source>
            <translation>A SIREN is 9 digits with a valid check digit: “%1” is not one.</translation>
        </message>
        <message>
            <source>Enter the code of the sales journal, e.g. VE.</source>
            <translation>Enter the code of the sales journal, e.g. VE.</translation>
        </message>
        <message>
            <source>Letters and digits only, e.g. VE.</source>
            <translation>Letters and digits only, e.g. VE.</translation>
        </message>
        <message>
            <source>Enter the name of the journal, e.g. Ventes.</source>
            <translation>Enter the name of the journal, e.g. Ventes.</translation>
        </message>
        <message>
            <source>Accounting: correct what is marked in red.</source>
            <translation>Accounting: correct what is marked in red.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::AlertRulesDialog</name>
        <message>
            <source>&amp;Raise alerts about the connections</source>
            <translation>&amp;Raise alerts about the connections</translation>
        </message>
        <message>
            <source>No successful synchronisation for</source>
            <translation>No successful synchronisation for</translation>
        </message>
        <message>
            <source>Failed requests over the last hour above</source>
            <translation>Failed requests over the last hour above</translation>
        </message>
        <message>
            <source>The circuit breaker opens (the provider keeps failing)</source>
            <translation>The circuit breaker opens (the provider keeps failing)</translation>
        </message>
        <message>
            <source>The provider refuses the credentials (sign in again)</source>
            <translation>The provider refuses the credentials (sign in again)</translation>
        </message>
        <message>
            <source>Connection alerts</source>
            <translation>Connection alerts</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>counted from</source>
            <translation>counted from</translation>
        </message>
        <message>
            <source>requests in the hour</source>
            <translation>requests in the hour</translation>
        </message>
        <message>
            <source>An alert shows at the top of the Integrations tab and in the status bar as soon as it is raised.</source>
            <translation>An alert shows at the top of the Integrations tab and in the status bar as soon as it is raised.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Authenticator</name>
        <message>
            <source>The sign-in to %1 took too long and was cancelled. Click “Connect…” to try again.</source>
            <translation>The sign-in to %1 took too long and was cancelled. Click “Connect…” to try again.</translation>
        </message>
        <message>
            <source>No API key is stored for %1. Enter it in File ▸ Settings.</source>
            <translation>No API key is stored for %1. Enter it in File ▸ Settings.</translation>
        </message>
        <message>
            <source>No client secret is stored for %1. Enter it in File ▸ Settings.</source>
            <translation>No client secret is stored for %1. Enter it in File ▸ Settings.</translation>
        </message>
        <message>
            <source>Moulin is not connected to %1 yet. Click “Connect…” and sign in to %1 to allow access.</source>
            <translation>Moulin is not connected to %1 yet. Click “Connect…” and sign in to %1 to allow access.</translation>
        </message>
        <message>
            <source>Connected to %1.</source>
            <translation>Connected to %1.</translation>
        </message>
        <message>
            <source>%1 refused the API key. Check it in File ▸ Settings, then try again.</source>
            <translation>%1 refused the API key. Check it in File ▸ Settings, then try again.</translation>
        </message>
        <message>
            <source>The access to %1 has expired. Click “Connect…” and sign in to %1 again.</source>
            <translation>The access to %1 has expired. Click “Connect…” and sign in to %1 again.</translation>
        </message>
        <message>
            <source>Renewing the access to %1…</source>
            <translation>Renewing the access to %1…</translation>
        </message>
        <message>
            <source>%1 refused to issue an access token (%2). Check the connection settings in File ▸ Settings.</source>
            <translation>%1 refused to issue an access token (%2). Check the connection settings in File ▸ Settings.</translation>
        </message>
        <message>
            <source>%1 refused Moulin’s client ID or client secret. Check them in File ▸ Settings, then try again.</source>
            <translation>%1 refused Moulin’s client ID or client secret. Check them in File ▸ Settings, then try again.</translation>
        </message>
        <message>
            <source>The access to %1 has expired or was withdrawn. Click “Connect…” and sign in to %1 again.</source>
            <translation>The access to %1 has expired or was withdrawn. Click “Connect…” and sign in to %1 again.</translation>
        </message>
        <message>
            <source>Could not renew the access to %1: %2</source>
            <translation>Could not renew the access to %1: %2</translation>
        </message>
        <message>
            <source>%1 answered the token request with something Moulin does not understand.</source>
            <translation>%1 answered the token request with something Moulin does not understand.</translation>
        </message>
        <message>
            <source>token type “%1” is not supported</source>
            <translation>token type “%1” is not supported</translation>
        </message>
        <message>
            <source>Connected to %1, but the access could not be saved in the system keyring, so you will have to connect again after restarting Moulin. %2</source>
            <translation>Connected to %1, but the access could not be saved in the system keyring, so you will have to connect again after restarting Moulin. %2</translation>
        </message>
        <message>
            <source>%1 does not use a sign-in in the web browser.</source>
            <translation>%1 does not use a sign-in in the web browser.</translation>
        </message>
        <message>
            <source>Moulin could not open a local port to receive the answer of %1. Try again in a moment.</source>
            <translation>Moulin could not open a local port to receive the answer of %1. Try again in a moment.</translation>
        </message>
        <message>
            <source>Moulin could not open local port %2 to receive the answer of %1. Close the program using that port, then try again.</source>
            <translation>Moulin could not open local port %2 to receive the answer of %1. Close the program using that port, then try again.</translation>
        </message>
        <message>
            <source>Moulin received the answer of %1. You can close this tab and go back to Moulin.</source>
            <translation>Moulin received the answer of %1. You can close this tab and go back to Moulin.</translation>
        </message>
        <message>
            <source>Waiting for you to sign in to %1 in your web browser…</source>
            <translation>Waiting for you to sign in to %1 in your web browser…</translation>
        </message>
        <message>
            <source>The answer from %1 did not match the sign-in Moulin started, so it was ignored. Click “Connect…” to try again.</source>
            <translation>The answer from %1 did not match the sign-in Moulin started, so it was ignored. Click “Connect…” to try again.</translation>
        </message>
        <message>
            <source>Access to %1 was refused in the web browser. Click “Connect…” to try again.</source>
            <translation>Access to %1 was refused in the web browser. Click “Connect…” to try again.</translation>
        </message>
        <message>
            <source>%1 did not grant access (%2). Click “Connect…” to try again.</source>
            <translation>%1 did not grant access (%2). Click “Connect…” to try again.</translation>
        </message>
        <message>
            <source>Moulin is connected to %1.</source>
            <translation>Moulin is connected to %1.</translation>
        </message>
        <message>
            <source>Could not reach %1 to finish the sign-in: %2</source>
            <translation>Could not reach %1 to finish the sign-in: %2</translation>
        </message>
        <message>
            <source>%1 refused the sign-in (%2). Click “Connect…” to try again.</source>
            <translation>%1 refused the sign-in (%2). Click “Connect…” to try again.</translation>
        </message>
        <message>
            <source>The sign-in to %1 was cancelled.</source>
            <translation>The sign-in to %1 was cancelled.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::BackupSection</name>
        <message>
            <source>Daily backup</source>
            <translation>Daily backup</translation>
        </message>
        <message>
            <source>Back up the database every day</source>
            <translation>Back up the database every day</translation>
        </message>
        <message>
            <source>Everything Moulin keeps (sales, orders, invoices, bookings, guests, rosters) is copied once a day while Moulin runs. Passwords and keys stay in the system keychain and are not in the backups.</source>
            <translation>Everything Moulin keeps (sales, orders, invoices, bookings, guests, rosters) is copied once a day while Moulin runs. Passwords and keys stay in the system keychain and are not in the backups.</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>The oldest daily backups beyond this are removed. Backups made with « Back up now » and the databases kept by a restore are never removed.</source>
            <translation>The oldest daily backups beyond this are removed. Backups made with « Back up now » and the databases kept by a restore are never removed.</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>Keep the daily backups of the last:</source>
            <translation>Keep the daily backups of the last:</translation>
        </message>
        <message>
            <source>Choose a folder on another drive (a USB key, a synchronised cloud folder) so that the backups survive this computer.</source>
            <translation>Choose a folder on another drive (a USB key, a synchronised cloud folder) so that the backups survive this computer.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Backups in the folder</source>
            <translation>Backups in the folder</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <source>Restore &amp;another file…</source>
            <translation>Restore &amp;another file…</translation>
        </message>
        <message>
            <source>Open the folder</source>
            <translation>Open the folder</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Daily</translation>
        </message>
        <message>
            <source>Asked for</source>
            <translation>Asked for</translation>
        </message>
        <message>
            <source>Kept by a restore</source>
            <translation>Kept by a restore</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The last backup failed (%1): %2</source>
            <translation>The last backup failed (%1): %2</translation>
        </message>
        <message>
            <source>Last backup: %1.</source>
            <translation>Last backup: %1.</translation>
        </message>
        <message>
            <source>No backup in this folder yet.</source>
            <translation>No backup in this folder yet.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Moulin backups (*.sqlite);;All files (*)</source>
            <translation>Moulin backups (*.sqlite);;All files (*)</translation>
        </message>
        <message>
            <source>Restore %1?</source>
            <translation>Restore %1?</translation>
        </message>
        <message>
            <source>Restore the backup of %1?</source>
            <translation>Restore the backup of %1?</translation>
        </message>
        <message>
            <source>Moulin will restart on that backup. The current database is kept in the backup folder first, so nothing is lost. Sales, bookings and orders recorded at the till, the platforms and the suppliers since the backup are fetched again at the next synchronisation; what was typed in Moulin since then (notes, counts, drafts) is only in the kept database.</source>
            <translation>Moulin will restart on that backup. The current database is kept in the backup folder first, so nothing is lost. Sales, bookings and orders recorded at the till, the platforms and the suppliers since the backup are fetched again at the next synchronisation; what was typed in Moulin since then (notes, counts, drafts) is only in the kept database.</translation>
        </message>
        <message>
            <source>Restore and restart</source>
            <translation>Restore and restart</translation>
        </message>
        <message>
            <source>The restore could not be started.</source>
            <translation>The restore could not be started.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Backups</name>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>Choose a folder for the backups.</source>
            <translation>Choose a folder for the backups.</translation>
        </message>
        <message>
            <source>Give the whole path of the folder (for example %1).</source>
            <translation>Give the whole path of the folder (for example %1).</translation>
        </message>
        <message>
            <source>%1 is a file, not a folder.</source>
            <translation>%1 is a file, not a folder.</translation>
        </message>
        <message>
            <source>Moulin cannot create the folder %1: check the path, or that the drive is connected.</source>
            <translation>Moulin cannot create the folder %1: check the path, or that the drive is connected.</translation>
        </message>
        <message>
            <source>Moulin may not write in %1 (%2).</source>
            <translation>Moulin may not write in %1 (%2).</translation>
        </message>
        <message>
            <source>No backup: the database is not open.</source>
            <translation>No backup: the database is not open.</translation>
        </message>
        <message>
            <source>No backup: %1</source>
            <translation>No backup: %1</translation>
        </message>
        <message>
            <source>No backup written in %1: %2. The database itself is untouched.</source>
            <translation>No backup written in %1: %2. The database itself is untouched.</translation>
        </message>
        <message>
            <source>The backup written in %1 did not read back (%2); it was removed.</source>
            <translation>The backup written in %1 did not read back (%2); it was removed.</translation>
        </message>
        <message>
            <source>No backup: Moulin could not name the file %1.</source>
            <translation>No backup: Moulin could not name the file %1.</translation>
        </message>
        <message>
            <source>Backup written: %1 (%2).</source>
            <translation>Backup written: %1 (%2).</translation>
        </message>
        <message>
            <source>%1 was saved by a newer version of Moulin (schema %2; this one knows up to %3). Install the latest Moulin to restore it.</source>
            <translation>%1 was saved by a newer version of Moulin (schema %2; this one knows up to %3). Install the latest Moulin to restore it.</translation>
        </message>
        <message>
            <source>Moulin cannot read %1 (%2).</source>
            <translation>Moulin cannot read %1 (%2).</translation>
        </message>
        <message>
            <source>%1 is not a readable Moulin backup (%2). Choose another one.</source>
            <translation>%1 is not a readable Moulin backup (%2). Choose another one.</translation>
        </message>
        <message>
            <source>%1 is an SQLite file but not a Moulin database. Choose a backup made by Moulin.</source>
            <translation>%1 is an SQLite file but not a Moulin database. Choose a backup made by Moulin.</translation>
        </message>
        <message>
            <source>%1 can be restored.</source>
            <translation>%1 can be restored.</translation>
        </message>
        <message>
            <source>%1 is the database in use, not a backup.</source>
            <translation>%1 is the database in use, not a backup.</translation>
        </message>
        <message>
            <source>The database %1 is open in another Moulin (a window, or moulin --serve). Close it, then restore again. Nothing was changed.</source>
            <translation>The database %1 is open in another Moulin (a window, or moulin --serve). Close it, then restore again. Nothing was changed.</translation>
        </message>
        <message>
            <source>Nothing was restored: %1</source>
            <translation>Nothing was restored: %1</translation>
        </message>
        <message>
            <source>Nothing was restored: the copy of %1 failed (%2).</source>
            <translation>Nothing was restored: the copy of %1 failed (%2).</translation>
        </message>
        <message>
            <source>Nothing was restored: Moulin could not move the current database to %1.</source>
            <translation>Nothing was restored: Moulin could not move the current database to %1.</translation>
        </message>
        <message>
            <source>Nothing was restored: Moulin could not move the current database's journal.</source>
            <translation>Nothing was restored: Moulin could not move the current database's journal.</translation>
        </message>
        <message>
            <source>Nothing was restored: Moulin could not write %1.</source>
            <translation>Nothing was restored: Moulin could not write %1.</translation>
        </message>
        <message>
            <source>Restored %1.</source>
            <translation>Restored %1.</translation>
        </message>
        <message>
            <source>Restored %1. The database it replaced is kept as %2.</source>
            <translation>Restored %1. The database it replaced is kept as %2.</translation>
        </message>
        <message>
            <source>Moulin could not record the restore in its settings.</source>
            <translation>Moulin could not record the restore in its settings.</translation>
        </message>
        <message>
            <source>No backup: the database worker stopped.</source>
            <translation>No backup: the database worker stopped.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::BarBreakdownChart</name>
        <message>
            <source>Last year: %1</source>
            <translation>Last year: %1</translation>
        </message>
        <message>
            <source>Click to see the receipts</source>
            <translation>Click to see the receipts</translation>
        </message>
    </context>
    <context>
        <name>Moulin::BookStore</name>
        <message>
            <source>The booking has no channel.</source>
            <translation>The booking has no channel.</translation>
        </message>
        <message>
            <source>The booking has no id (reservation_id).</source>
            <translation>The booking has no id (reservation_id).</translation>
        </message>
        <message>
            <source>The booking has no valid date and time (date).</source>
            <translation>The booking has no valid date and time (date).</translation>
        </message>
        <message>
            <source>The party size must be a positive number (party_size: %1).</source>
            <translation>The party size must be a positive number (party_size: %1).</translation>
        </message>
        <message>
            <source>The party size is not plausible (party_size: %1).</source>
            <translation>The party size is not plausible (party_size: %1).</translation>
        </message>
        <message>
            <source>The booking no longer exists.</source>
            <translation>The booking no longer exists.</translation>
        </message>
        <message>
            <source>This duplicate was already settled.</source>
            <translation>This duplicate was already settled.</translation>
        </message>
        <message>
            <source>The booking to cancel is not one of the two.</source>
            <translation>The booking to cancel is not one of the two.</translation>
        </message>
        <message numerus="yes">
            <source>Created by %1 at %2: %n cover(s), %3</source>
            <translation>
                <numerusform>Created by %1 at %2: %n cover(s), %3</numerusform>
                <numerusform>Created by %1 at %2: %n cover(s), %3</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 → %2 covers</source>
            <translation>%1 → %2 covers</translation>
        </message>
        <message>
            <source>time %1 → %2</source>
            <translation>time %1 → %2</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>name « %1 » → « %2 »</source>
            <translation>name « %1 » → « %2 »</translation>
        </message>
        <message>
            <source>phone changed</source>
            <translation>phone changed</translation>
        </message>
        <message>
            <source>requests « %1 »</source>
            <translation>requests « %1 »</translation>
        </message>
        <message>
            <source>allergies « %1 »</source>
            <translation>allergies « %1 »</translation>
        </message>
        <message>
            <source>Cancelled by %1 at %2</source>
            <translation>Cancelled by %1 at %2</translation>
        </message>
        <message>
            <source>Changed by %1 at %2: %3</source>
            <translation>Changed by %1 at %2: %3</translation>
        </message>
        <message>
            <source>booking #%1</source>
            <translation>booking #%1</translation>
        </message>
        <message>
            <source>Flagged at %1 as a probable duplicate of %2</source>
            <translation>Flagged at %1 as a probable duplicate of %2</translation>
        </message>
        <message>
            <source>Settled by %1 at %2: same booking as %3</source>
            <translation>Settled by %1 at %2: same booking as %3</translation>
        </message>
        <message>
            <source>Settled by %1 at %2: not the same booking as %3</source>
            <translation>Settled by %1 at %2: not the same booking as %3</translation>
        </message>
        <message>
            <source>Taken off %1 by the host at %2</source>
            <translation>Taken off %1 by the host at %2</translation>
        </message>
        <message>
            <source>Placed at %1 by the whole-service assignment at %2</source>
            <translation>Placed at %1 by the whole-service assignment at %2</translation>
        </message>
        <message>
            <source>Placed at %1 by the host at %2</source>
            <translation>Placed at %1 by the host at %2</translation>
        </message>
        <message>
            <source>Rules overridden by %1 at %2 to seat at %3: %4</source>
            <translation>Rules overridden by %1 at %2 to seat at %3: %4</translation>
        </message>
        <message>
            <source>The new time is not a time of day.</source>
            <translation>The new time is not a time of day.</translation>
        </message>
        <message>
            <source>no zone wish</source>
            <translation>no zone wish</translation>
        </message>
        <message>
            <source>zone « %1 » required</source>
            <translation>zone « %1 » required</translation>
        </message>
        <message>
            <source>zone « %1 » wished</source>
            <translation>zone « %1 » wished</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Booking</name>
        <message>
            <source>Requested</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <source>Seated</source>
            <translation>Seated</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>No-show</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Walk-in</translation>
        </message>
        <message>
            <source>the host</source>
            <translation>the host</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Lunch</source>
            <translation>Lunch</translation>
        </message>
        <message>
            <source>Dinner</source>
            <translation>Dinner</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
    </context>
    <context>
        <name>Moulin::BookingDetailsPanel</name>
        <message>
            <source>Select a booking to see the guest, their requests and the booking's history.</source>
            <translation>Select a booking to see the guest, their requests and the booking's history.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>%1 at %2 · %3</source>
            <translation>%1 at %2 · %3</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>Phone: %1</translation>
        </message>
        <message>
            <source>Email: %1</source>
            <translation>Email: %1</translation>
        </message>
        <message>
            <source>No phone or email</source>
            <translation>No phone or email</translation>
        </message>
        <message>
            <source>⚠ Allergies: %1</source>
            <translation>⚠ Allergies: %1</translation>
        </message>
        <message>
            <source>Requests: %1</source>
            <translation>Requests: %1</translation>
        </message>
        <message>
            <source>Probable duplicate of a booking from another channel: settle it from the banner above the list.</source>
            <translation>Probable duplicate of a booking from another channel: settle it from the banner above the list.</translation>
        </message>
        <message>
            <source>Zone: %1 (required)</source>
            <translation>Zone: %1 (required)</translation>
        </message>
        <message>
            <source>Zone wished: %1</source>
            <translation>Zone wished: %1</translation>
        </message>
        <message>
            <source>The requests mention « %1 »: a zone wish?</source>
            <translation>The requests mention « %1 »: a zone wish?</translation>
        </message>
        <message>
            <source>Wish for it</source>
            <translation>Wish for it</translation>
        </message>
        <message>
            <source>No zone wish</source>
            <translation>No zone wish</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>%1 (guest profile)</source>
            <translation>%1 (guest profile)</translation>
        </message>
        <message>
            <source>%1 · guest profile: %2</source>
            <translation>%1 · guest profile: %2</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>First visit</source>
            <translation>First visit</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier visit(s)</source>
            <translation>
                <numerusform>%n earlier visit(s)</numerusform>
                <numerusform>%n earlier visit(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>, last on %1</source>
            <translation>, last on %1</translation>
        </message>
        <message>
            <source>%1 spent</source>
            <translation>%1 spent</translation>
        </message>
        <message numerus="yes">
            <source>%n no-show(s)</source>
            <translation>
                <numerusform>%n no-show(s)</numerusform>
                <numerusform>%n no-show(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reward(s) to give</source>
            <translation>
                <numerusform>%n reward(s) to give</numerusform>
                <numerusform>%n reward(s) to give</numerusform>
            </translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Note: %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::BookingTableModel</name>
        <message>
            <source>Allergies: %1</source>
            <translation>Allergies: %1</translation>
        </message>
        <message>
            <source>No name</source>
            <translation>No name</translation>
        </message>
        <message>
            <source>Probable duplicate: another channel has a booking for the same guest and service. Check it from the banner above the list.</source>
            <translation>Probable duplicate: another channel has a booking for the same guest and service. Check it from the banner above the list.</translation>
        </message>
        <message>
            <source>probable duplicate</source>
            <translation>probable duplicate</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Guest</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Covers</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Requests and allergies</source>
            <translation>Requests and allergies</translation>
        </message>
        <message>
            <source>duplicate?</source>
            <translation>duplicate?</translation>
        </message>
    </context>
    <context>
        <name>Moulin::BrevoFeed</name>
        <message>
            <source>Brevo refused the attribute %1 (%2, HTTP %3): %4</source>
            <translation>Brevo refused the attribute %1 (%2, HTTP %3): %4</translation>
        </message>
        <message>
            <source>Brevo refused %1 (HTTP %2): %3</source>
            <translation>Brevo refused %1 (HTTP %2): %3</translation>
        </message>
        <message>
            <source>The profiles to send to Brevo could not be read: %1</source>
            <translation>The profiles to send to Brevo could not be read: %1</translation>
        </message>
        <message>
            <source>Brevo's list of contacts could not be read (no contacts).</source>
            <translation>Brevo's list of contacts could not be read (no contacts).</translation>
        </message>
        <message>
            <source>A Brevo contact has no id or no modifiedAt.</source>
            <translation>A Brevo contact has no id or no modifiedAt.</translation>
        </message>
        <message>
            <source>Brevo did not answer the creation of the attribute %1: %2</source>
            <translation>Brevo did not answer the creation of the attribute %1: %2</translation>
        </message>
        <message>
            <source>the creation of the attribute %1</source>
            <translation>the creation of the attribute %1</translation>
        </message>
        <message>
            <source>Brevo did not answer a deletion: %1</source>
            <translation>Brevo did not answer a deletion: %1</translation>
        </message>
        <message>
            <source>Brevo did not answer the contacts sent: %1</source>
            <translation>Brevo did not answer the contacts sent: %1</translation>
        </message>
        <message>
            <source>the contacts sent</source>
            <translation>the contacts sent</translation>
        </message>
        <message>
            <source>%1 It is not asked again: delete the contact in Brevo by hand.</source>
            <translation>%1 It is not asked again: delete the contact in Brevo by hand.</translation>
        </message>
        <message>
            <source>the deletion of the contact %1</source>
            <translation>the deletion of the contact %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::BrevoLists</name>
        <message>
            <source>the list %1</source>
            <translation>the list %1</translation>
        </message>
        <message>
            <source>Brevo created the list %1 without saying its id.</source>
            <translation>Brevo created the list %1 without saying its id.</translation>
        </message>
        <message>
            <source>A Brevo list needs a name.</source>
            <translation>A Brevo list needs a name.</translation>
        </message>
        <message>
            <source>The Brevo connection %1 is not running.</source>
            <translation>The Brevo connection %1 is not running.</translation>
        </message>
        <message>
            <source>Brevo's API key could not be read: %1</source>
            <translation>Brevo's API key could not be read: %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CapacityRulesPage</name>
        <message>
            <source>The rules every seating in the Service tab is held to. A placement that breaks one is refused with the reason; the host may still force it, and that is kept in the booking's history.</source>
            <translation>The rules every seating in the Service tab is held to. A placement that breaks one is refused with the reason; the host may still force it, and that is kept in the booking's history.</translation>
        </message>
        <message>
            <source>Party size and minutes at the table, from the smallest party: « 2:90, 6:135 » gives 1 h 30 to a party of 1 or 2, 2 h 15 from 6 on.</source>
            <translation>Party size and minutes at the table, from the smallest party: « 2:90, 6:135 » gives 1 h 30 to a party of 1 or 2, 2 h 15 from 6 on.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source> covers</source>
            <translation> covers</translation>
        </message>
        <message>
            <source>e.g. terrasse</source>
            <translation>e.g. terrasse</translation>
        </message>
        <message>
            <source>Zones whose tables are not offered, separated by commas.</source>
            <translation>Zones whose tables are not offered, separated by commas.</translation>
        </message>
        <message>
            <source>Time at the table by party size:</source>
            <translation>Time at the table by party size:</translation>
        </message>
        <message>
            <source>Reset between two parties:</source>
            <translation>Reset between two parties:</translation>
        </message>
        <message>
            <source>Pacing at lunch (per quarter hour):</source>
            <translation>Pacing at lunch (per quarter hour):</translation>
        </message>
        <message>
            <source>Pacing at dinner (per quarter hour):</source>
            <translation>Pacing at dinner (per quarter hour):</translation>
        </message>
        <message>
            <source>Closed zones:</source>
            <translation>Closed zones:</translation>
        </message>
        <message>
            <source>Time at the table: %1</source>
            <translation>Time at the table: %1</translation>
        </message>
        <message>
            <source>Assign a table automatically when a booking arrives or changes</source>
            <translation>Assign a table automatically when a booking arrives or changes</translation>
        </message>
        <message>
            <source>A booking that comes in (a platform, the booking site, the phone) or changes for a service is placed at once with the others of the service still without a table; the bookings already placed stay where they are unless moving one is the only way. Each placement is written in the Service tab's log.</source>
            <translation>A booking that comes in (a platform, the booking site, the phone) or changes for a service is placed at once with the others of the service still without a table; the bookings already placed stay where they are unless moving one is the only way. Each placement is written in the Service tab's log.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CataloguePage</name>
        <message>
            <source>All suppliers</source>
            <translation>All suppliers</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message numerus="yes">
            <source>%Ln product(s)</source>
            <translation>
                <numerusform>%Ln product(s)</numerusform>
                <numerusform>%Ln product(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>No product yet</source>
            <translation>No product yet</translation>
        </message>
        <message>
            <source>No product selected</source>
            <translation>No product selected</translation>
        </message>
        <message>
            <source>GTIN %1</source>
            <translation>GTIN %1</translation>
        </message>
        <message>
            <source>VAT %1</source>
            <translation>VAT %1</translation>
        </message>
        <message numerus="yes">
            <source>at %n supplier(s)</source>
            <translation>
                <numerusform>at %n supplier(s)</numerusform>
                <numerusform>at %n supplier(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Cheapest: &lt;b&gt;%1&lt;/b&gt;, %2</source>
            <translation>Cheapest: &lt;b&gt;%1&lt;/b&gt;, %2</translation>
        </message>
        <message>
            <source>%1: %2, %3 per pack</source>
            <translation>%1: %2, %3 per pack</translation>
        </message>
        <message>
            <source>Price history (unit price excl. VAT)</source>
            <translation>Price history (unit price excl. VAT)</translation>
        </message>
        <message>
            <source>€ excl. VAT</source>
            <translation>€ excl. VAT</translation>
        </message>
        <message>
            <source>Search every catalogue: product, reference or GTIN…</source>
            <translation>Search every catalogue: product, reference or GTIN…</translation>
        </message>
        <message>
            <source>Price alerts (%L1)</source>
            <translation>Price alerts (%L1)</translation>
        </message>
        <message>
            <source>Price alerts</source>
            <translation>Price alerts</translation>
        </message>
        <message>
            <source>Rows set aside (%L1)</source>
            <translation>Rows set aside (%L1)</translation>
        </message>
        <message>
            <source>Rows set aside</source>
            <translation>Rows set aside</translation>
        </message>
        <message>
            <source>Alert when a price rises by more than</source>
            <translation>Alert when a price rises by more than</translation>
        </message>
        <message>
            <source>No product's last price change is a rise above %1.</source>
            <translation>No product's last price change is a rise above %1.</translation>
        </message>
        <message>
            <source>Saved as suppliers/price_alert_percent; the list follows at once.</source>
            <translation>Saved as suppliers/price_alert_percent; the list follows at once.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Rise</source>
            <translation>Rise</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Catalogue rows a supplier sent with a bad price, unit or GTIN are not stored: they wait here with the reason until the supplier sends them right.</source>
            <translation>Catalogue rows a supplier sent with a bad price, unit or GTIN are not stored: they wait here with the reason until the supplier sends them right.</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connection</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>The first %L1 of %L2 products</source>
            <translation>The first %L1 of %L2 products</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CatalogueResultsModel</name>
        <message>
            <source>Cheapest</source>
            <comment>the cheapest of the suppliers carrying the product</comment>
            <translation>Cheapest</translation>
        </message>
        <message>
            <source>%1 (promo)</source>
            <translation>%1 (promo)</translation>
        </message>
        <message>
            <source>other unit</source>
            <translation>other unit</translation>
        </message>
        <message>
            <source>%1 until %2; usual price %3</source>
            <translation>%1 until %2; usual price %3</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Promotion</translation>
        </message>
        <message numerus="yes">
            <source>The lowest unit price excl. VAT of the %n suppliers carrying this GTIN</source>
            <translation>
                <numerusform>The lowest unit price excl. VAT of the %n suppliers carrying this GTIN</numerusform>
                <numerusform>The lowest unit price excl. VAT of the %n suppliers carrying this GTIN</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <source>GTIN</source>
            <translation>GTIN</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Pack</translation>
        </message>
        <message>
            <source>Unit price excl. VAT</source>
            <translation>Unit price excl. VAT</translation>
        </message>
        <message>
            <source>Pack excl. VAT</source>
            <translation>Pack excl. VAT</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>VAT</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Comparison</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ClosedServicesPage</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>The services the restaurant does not serve. They show « Closed » in the Reservations tab, take no booking or walk-in and are not forecast; the host can still reopen one for a single day there.</source>
            <translation>The services the restaurant does not serve. They show « Closed » in the Reservations tab, take no booking or walk-in and are not forecast; the host can still reopen one for a single day there.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Closed every week&lt;/b&gt;</source>
            <translation>&lt;b&gt;Closed every week&lt;/b&gt;</translation>
        </message>
        <message>
            <source>%1: closed at %2</source>
            <translation>%1: closed at %2</translation>
        </message>
        <message>
            <source>day/month, e.g. 25/12</source>
            <translation>day/month, e.g. 25/12</translation>
        </message>
        <message>
            <source>&lt;b&gt;Closed every year on&lt;/b&gt;</source>
            <translation>&lt;b&gt;Closed every year on&lt;/b&gt;</translation>
        </message>
        <message>
            <source>The stored value « %1 » is not understood (%2): every service is open until you save this page.</source>
            <translation>The stored value « %1 » is not understood (%2): every service is open until you save this page.</translation>
        </message>
        <message>
            <source>Demo mode shows the demo restaurant's closures; these are your restaurant's.</source>
            <translation>Demo mode shows the demo restaurant's closures; these are your restaurant's.</translation>
        </message>
        <message>
            <source>« %1 » is not a day of the year: type the day and the month, e.g. 25/12.</source>
            <translation>« %1 » is not a day of the year: type the day and the month, e.g. 25/12.</translation>
        </message>
        <message>
            <source>Every service of the week is closed: leave at least one open.</source>
            <translation>Every service of the week is closed: leave at least one open.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ConfigImporter</name>
        <message>
            <source>Cannot read %1: %2.</source>
            <translation>Cannot read %1: %2.</translation>
        </message>
        <message>
            <source>The settings file could not be written, so the configuration of %1 was not changed.</source>
            <translation>The settings file could not be written, so the configuration of %1 was not changed.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ConnectionAlert</name>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1: no successful synchronisation for %2.</source>
            <translation>%1: no successful synchronisation for %2.</translation>
        </message>
        <message>
            <source>%1: no synchronisation has succeeded yet.</source>
            <translation>%1: no synchronisation has succeeded yet.</translation>
        </message>
        <message>
            <source>%1: %2 % of the requests failed in the last hour (%3 of %4).</source>
            <translation>%1: %2 % of the requests failed in the last hour (%3 of %4).</translation>
        </message>
        <message>
            <source>%1: the circuit breaker is open; requests are paused.</source>
            <translation>%1: the circuit breaker is open; requests are paused.</translation>
        </message>
        <message>
            <source>%1: the provider refused the credentials; sign in again.</source>
            <translation>%1: the provider refused the credentials; sign in again.</translation>
        </message>
        <message>
            <source>%1: not signed in yet — sign in with Integrations ▸ Sign in….</source>
            <translation>%1: not signed in yet — sign in with Integrations ▸ Sign in….</translation>
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
            <translation>Answered</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Latency (95th percentile)</source>
            <translation>Latency (95th percentile)</translation>
        </message>
        <message>
            <source>%d ms</source>
            <translation>%d ms</translation>
        </message>
        <message>
            <source>Select a connection to see its last 24 hours</source>
            <translation>Select a connection to see its last 24 hours</translation>
        </message>
        <message>
            <source>%1 — last 24 hours</source>
            <translation>%1 — last 24 hours</translation>
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
            <translation>%1 (%2 failed)</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Feed</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>running</source>
            <translation>running</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Latency (median / 95 %)</source>
            <translation>Latency (median / 95 %)</translation>
        </message>
        <message>
            <source>Synchronisations</source>
            <translation>Synchronisations</translation>
        </message>
        <message>
            <source>Records received</source>
            <translation>Records received</translation>
        </message>
        <message>
            <source>Requests per hour</source>
            <translation>Requests per hour</translation>
        </message>
        <message>
            <source>Last synchronisations</source>
            <translation>Last synchronisations</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Request</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Latency</source>
            <translation>Latency</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Attempt</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>%1
Request id: %2</source>
            <translation>%1
Request id: %2</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>no answer</translation>
        </message>
        <message>
            <source>Request log</source>
            <translation>Request log</translation>
        </message>
        <message>
            <source>&amp;Failed requests only</source>
            <translation>&amp;Failed requests only</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Webhook refused (%1)</source>
            <translation>Webhook refused (%1)</translation>
        </message>
        <message>
            <source>Webhook received (%1)</source>
            <translation>Webhook received (%1)</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message numerus="yes">
            <source>Webhooks (%n refused)</source>
            <translation>
                <numerusform>Webhooks (%n refused)</numerusform>
                <numerusform>Webhooks (%n refused)</numerusform>
            </translation>
        </message>
        <message>
            <source>Webhooks</source>
            <translation>Webhooks</translation>
        </message>
        <message>
            <source>— (no synchronisation)</source>
            <translation>— (no synchronisation)</translation>
        </message>
        <message>
            <source>Events received</source>
            <translation>Events received</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Events per hour</source>
            <translation>Events per hour</translation>
        </message>
        <message>
            <source>Not applicable (events pushed to Moulin)</source>
            <translation>Not applicable (events pushed to Moulin)</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message numerus="yes">
            <source>Held back (%n)</source>
            <translation>
                <numerusform>Held back (%n)</numerusform>
                <numerusform>Held back (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Hour (local time)</source>
            <translation>Hour (local time)</translation>
        </message>
        <message>
            <source>%1h</source>
            <comment>an hour of the day</comment>
            <translation>%1h</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ConnectionStatus</name>
        <message>
            <source>webhooks are off (Settings ▸ Live bookings)</source>
            <translation>webhooks are off (Settings ▸ Live bookings)</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ConnectionStatusModel</name>
        <message>
            <source>Not configured</source>
            <translation>Not configured</translation>
        </message>
        <message>
            <source>Waiting for first sync</source>
            <translation>Waiting for first sync</translation>
        </message>
        <message>
            <source>Synchronising…</source>
            <translation>Synchronising…</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Connected</translation>
        </message>
        <message>
            <source>Errors, retrying</source>
            <translation>Errors, retrying</translation>
        </message>
        <message>
            <source>Unreachable</source>
            <translation>Unreachable</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Closed (normal)</source>
            <translation>Closed (normal)</translation>
        </message>
        <message>
            <source>Open: calls suspended</source>
            <translation>Open: calls suspended</translation>
        </message>
        <message>
            <source>Half-open: testing</source>
            <translation>Half-open: testing</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connection</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Circuit breaker</source>
            <translation>Circuit breaker</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Last sync</translation>
        </message>
        <message>
            <source>Last success</source>
            <translation>Last success</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Last error</translation>
        </message>
        <message>
            <source>Not supported yet</source>
            <translation>Not supported yet</translation>
        </message>
        <message>
            <source>Receiving on %1</source>
            <translation>Receiving on %1</translation>
        </message>
        <message>
            <source>Not receiving</source>
            <translation>Not receiving</translation>
        </message>
        <message>
            <source>Not receiving: %1</source>
            <translation>Not receiving: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) today</source>
            <translation>
                <numerusform>%n event(s) today</numerusform>
                <numerusform>%n event(s) today</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2 refused</source>
            <translation>%1, %2 refused</translation>
        </message>
        <message>
            <source>— (receives)</source>
            <translation>— (receives)</translation>
        </message>
        <message>
            <source>Event received %1</source>
            <translation>Event received %1</translation>
        </message>
        <message>
            <source>No event received yet</source>
            <translation>No event received yet</translation>
        </message>
        <message>
            <source>This connection does not synchronise: the site pushes each booking to Moulin's webhook receiver as it is made.</source>
            <translation>This connection does not synchronise: the site pushes each booking to Moulin's webhook receiver as it is made.</translation>
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
            <translation>Menu items and prices</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promotions</translation>
        </message>
        <message>
            <source>Catalogue and prices</source>
            <translation>Catalogue and prices</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <source>Deliveries</source>
            <translation>Deliveries</translation>
        </message>
        <message>
            <source>Reservations</source>
            <translation>Reservations</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Guests</translation>
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
            <translation>Own booking site (signed webhook)</translation>
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
            <translation>Local supplier (PEPPOL / UBL)</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Invoices</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ConnectorConfig</name>
        <message>
            <source>%1: unknown key.</source>
            <translation>%1: unknown key.</translation>
        </message>
        <message>
            <source>%1: required field is missing.</source>
            <translation>%1: required field is missing.</translation>
        </message>
        <message>
            <source>%1: must be %2.</source>
            <translation>%1: must be %2.</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>a string (between quotes)</source>
            <translation>a string (between quotes)</translation>
        </message>
        <message>
            <source>an object { … }</source>
            <translation>an object { … }</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>a whole number</translation>
        </message>
        <message>
            <source>%1: must not be empty.</source>
            <translation>%1: must not be empty.</translation>
        </message>
        <message>
            <source>%1: a file configures a single connector, but %2 is also given.</source>
            <translation>%1: a file configures a single connector, but %2 is also given.</translation>
        </message>
        <message>
            <source>%1: unknown connector type %2. Known types: %3.</source>
            <translation>%1: unknown connector type %2. Known types: %3.</translation>
        </message>
        <message>
            <source>%1: %2 is not supported by %3. Use one of: %4.</source>
            <translation>%1: %2 is not supported by %3. Use one of: %4.</translation>
        </message>
        <message>
            <source>%1: not used when auth_method is “none”; remove it.</source>
            <translation>%1: not used when auth_method is “none”; remove it.</translation>
        </message>
        <message>
            <source>%1: %2 is not a valid address; expected something like https://api.example.com/v1/.</source>
            <translation>%1: %2 is not a valid address; expected something like https://api.example.com/v1/.</translation>
        </message>
        <message>
            <source>%1: must start with https:// (plain http:// is only accepted for the local sandbox on 127.0.0.1, ::1 or localhost).</source>
            <translation>%1: must start with https:// (plain http:// is only accepted for the local sandbox on 127.0.0.1, ::1 or localhost).</translation>
        </message>
        <message>
            <source>%1: must not contain a user name or password; put credentials in client_id and client_secret.</source>
            <translation>%1: must not contain a user name or password; put credentials in client_id and client_secret.</translation>
        </message>
        <message>
            <source>%1: %2 has no feed named %3. Known feeds: %4.</source>
            <translation>%1: %2 has no feed named %3. Known feeds: %4.</translation>
        </message>
        <message>
            <source>%1: must be between %2 and %3 minutes.</source>
            <translation>%1: must be between %2 and %3 minutes.</translation>
        </message>
        <message>
            <source>%1: must be between %2 and %3.</source>
            <translation>%1: must be between %2 and %3.</translation>
        </message>
        <message>
            <source>%1: %2 is not a valid e-mail address.</source>
            <translation>%1: %2 is not a valid e-mail address.</translation>
        </message>
        <message>
            <source>Line %1, column %2: %3. The file is not valid JSON.</source>
            <translation>Line %1, column %2: %3. The file is not valid JSON.</translation>
        </message>
        <message>
            <source>The file must contain one JSON object { … } describing a connector.</source>
            <translation>The file must contain one JSON object { … } describing a connector.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ConnectorRuntime</name>
        <message>
            <source>%1 does not use a browser sign-in: its key or secret is set in Settings.</source>
            <translation>%1 does not use a browser sign-in: its key or secret is set in Settings.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CredentialStore</name>
        <message>
            <source>%1 (The keyring said: %2)</source>
            <translation>%1 (The keyring said: %2)</translation>
        </message>
        <message>
            <source>No secret is stored for this connection yet. Enter it in File ▸ Settings or import a configuration file.</source>
            <translation>No secret is stored for this connection yet. Enter it in File ▸ Settings or import a configuration file.</translation>
        </message>
        <message>
            <source>No system keyring is available, so Moulin cannot keep passwords and saved nothing. Install and unlock a Secret Service keyring such as GNOME Keyring or KWallet, make sure it runs in your desktop session, then try again.</source>
            <translation>No system keyring is available, so Moulin cannot keep passwords and saved nothing. Install and unlock a Secret Service keyring such as GNOME Keyring or KWallet, make sure it runs in your desktop session, then try again.</translation>
        </message>
        <message>
            <source>Access to the system keyring was refused. Unlock your keyring (GNOME Keyring or KWallet) and allow Moulin to use it, then try again.</source>
            <translation>Access to the system keyring was refused. Unlock your keyring (GNOME Keyring or KWallet) and allow Moulin to use it, then try again.</translation>
        </message>
        <message>
            <source>The system keyring could not complete the operation. Make sure a keyring is unlocked (for example the “Login” keyring of GNOME Keyring, or KWallet) and try again.</source>
            <translation>The system keyring could not complete the operation. Make sure a keyring is unlocked (for example the “Login” keyring of GNOME Keyring, or KWallet) and try again.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CreditRequestPdf</name>
        <message>
            <source>Credit-note request %1</source>
            <translation>Credit-note request %1</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>Could not write %1.</translation>
        </message>
        <message>
            <source>SIRET %1</source>
            <translation>SIRET %1</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Date: %1</source>
            <translation>Date: %1</translation>
        </message>
        <message>
            <source>Order: %1</source>
            <translation>Order: %1</translation>
        </message>
        <message>
            <source>Despatch advice: %1</source>
            <translation>Despatch advice: %1</translation>
        </message>
        <message>
            <source>On receiving this order we found the following goods missing or damaged. Please send us a credit note for the amounts below.</source>
            <translation>On receiving this order we found the following goods missing or damaged. Please send us a credit note for the amounts below.</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Unit price excl. VAT</source>
            <translation>Unit price excl. VAT</translation>
        </message>
        <message>
            <source>Amount excl. VAT</source>
            <translation>Amount excl. VAT</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>VAT</translation>
        </message>
        <message>
            <source>Base excl. VAT at %1</source>
            <translation>Base excl. VAT at %1</translation>
        </message>
        <message>
            <source>VAT at %1</source>
            <translation>VAT at %1</translation>
        </message>
        <message>
            <source>Total excl. VAT</source>
            <translation>Total excl. VAT</translation>
        </message>
        <message>
            <source>Total VAT</source>
            <translation>Total VAT</translation>
        </message>
        <message>
            <source>Total incl. VAT to credit</source>
            <translation>Total incl. VAT to credit</translation>
        </message>
        <message>
            <source>Prepared with Moulin on %1</source>
            <translation>Prepared with Moulin on %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CrmAllergies</name>
        <message>
            <source>Type the allergy or the diet to add, e.g. peanuts or vegetarian.</source>
            <translation>Type the allergy or the diet to add, e.g. peanuts or vegetarian.</translation>
        </message>
        <message>
            <source>The allergy is too long (%1 characters, %2 at most).</source>
            <translation>The allergy is too long (%1 characters, %2 at most).</translation>
        </message>
        <message>
            <source>This guest's profile no longer exists.</source>
            <translation>This guest's profile no longer exists.</translation>
        </message>
        <message>
            <source>This allergy is no longer on the profile.</source>
            <translation>This allergy is no longer on the profile.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CrmSegments</name>
        <message>
            <source>Visits at least</source>
            <translation>Visits at least</translation>
        </message>
        <message>
            <source>Visits at most</source>
            <translation>Visits at most</translation>
        </message>
        <message>
            <source>Not back for (days)</source>
            <translation>Not back for (days)</translation>
        </message>
        <message>
            <source>Came in the last (days)</source>
            <translation>Came in the last (days)</translation>
        </message>
        <message>
            <source>Lifetime spend at least (€)</source>
            <translation>Lifetime spend at least (€)</translation>
        </message>
        <message>
            <source>Allergy or diet contains</source>
            <translation>Allergy or diet contains</translation>
        </message>
        <message>
            <source>Booked via</source>
            <translation>Booked via</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>Language (code)</source>
            <translation>Language (code)</translation>
        </message>
        <message>
            <source>RFM class</source>
            <translation>RFM class</translation>
        </message>
        <message>
            <source>Birthday this month</source>
            <translation>Birthday this month</translation>
        </message>
        <message>
            <source>Agreed to e-mails</source>
            <translation>Agreed to e-mails</translation>
        </message>
        <message>
            <source>Agreed to text messages</source>
            <translation>Agreed to text messages</translation>
        </message>
        <message>
            <source>the website</source>
            <translation>the website</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>walk-in</translation>
        </message>
        <message>
            <source>the till</source>
            <translation>the till</translation>
        </message>
        <message>
            <source>Champions</source>
            <translation>Champions</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Loyal</source>
            <translation>Loyal</translation>
        </message>
        <message>
            <source>Promising</source>
            <translation>Promising</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>At risk</translation>
        </message>
        <message>
            <source>Sleeping</source>
            <translation>Sleeping</translation>
        </message>
        <message>
            <source>Need attention</source>
            <translation>Need attention</translation>
        </message>
        <message>
            <source>No visit</source>
            <translation>No visit</translation>
        </message>
        <message>
            <source>Type a number of visits (0 or more).</source>
            <translation>Type a number of visits (0 or more).</translation>
        </message>
        <message>
            <source>Type a number of days (0 or more).</source>
            <translation>Type a number of days (0 or more).</translation>
        </message>
        <message>
            <source>Type an amount in euros, e.g. 150 or 150,50.</source>
            <translation>Type an amount in euros, e.g. 150 or 150,50.</translation>
        </message>
        <message>
            <source>Type a tag.</source>
            <translation>Type a tag.</translation>
        </message>
        <message>
            <source>Type an allergy or a diet, e.g. gluten.</source>
            <translation>Type an allergy or a diet, e.g. gluten.</translation>
        </message>
        <message>
            <source>Choose a channel: TheFork, OpenTable, Resy, the website, phone, walk-in or the till.</source>
            <translation>Choose a channel: TheFork, OpenTable, Resy, the website, phone, walk-in or the till.</translation>
        </message>
        <message>
            <source>Type a two-letter language code, e.g. en or fr.</source>
            <translation>Type a two-letter language code, e.g. en or fr.</translation>
        </message>
        <message>
            <source>Choose an RFM class.</source>
            <translation>Choose an RFM class.</translation>
        </message>
        <message numerus="yes">
            <source>came ≥ %n time(s)</source>
            <translation>
                <numerusform>came ≥ %n time(s)</numerusform>
                <numerusform>came ≥ %n time(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>came ≤ %n time(s)</source>
            <translation>
                <numerusform>came ≤ %n time(s)</numerusform>
                <numerusform>came ≤ %n time(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>not back for %n day(s)</source>
            <translation>
                <numerusform>not back for %n day(s)</numerusform>
                <numerusform>not back for %n day(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>came in the last %n day(s)</source>
            <translation>
                <numerusform>came in the last %n day(s)</numerusform>
                <numerusform>came in the last %n day(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>spent ≥ %1</source>
            <translation>spent ≥ %1</translation>
        </message>
        <message>
            <source>allergy: %1</source>
            <translation>allergy: %1</translation>
        </message>
        <message>
            <source>paid at the till</source>
            <translation>paid at the till</translation>
        </message>
        <message>
            <source>came without booking</source>
            <translation>came without booking</translation>
        </message>
        <message>
            <source>booked by phone</source>
            <translation>booked by phone</translation>
        </message>
        <message>
            <source>booked on the website</source>
            <translation>booked on the website</translation>
        </message>
        <message>
            <source>booked via %1</source>
            <translation>booked via %1</translation>
        </message>
        <message>
            <source>tag: %1</source>
            <translation>tag: %1</translation>
        </message>
        <message>
            <source>language: %1</source>
            <translation>language: %1</translation>
        </message>
        <message>
            <source>RFM class: %1</source>
            <translation>RFM class: %1</translation>
        </message>
        <message>
            <source>birthday this month</source>
            <translation>birthday this month</translation>
        </message>
        <message>
            <source>agreed to e-mails</source>
            <translation>agreed to e-mails</translation>
        </message>
        <message>
            <source>agreed to text messages</source>
            <translation>agreed to text messages</translation>
        </message>
        <message>
            <source>every guest</source>
            <translation>every guest</translation>
        </message>
        <message>
            <source> ; or </source>
            <translation> ; or </translation>
        </message>
        <message>
            <source>This segment no longer exists.</source>
            <translation>This segment no longer exists.</translation>
        </message>
        <message>
            <source>Give the segment a name.</source>
            <translation>Give the segment a name.</translation>
        </message>
        <message>
            <source>A segment named « %1 » already exists.</source>
            <translation>A segment named « %1 » already exists.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <source>Lifetime spend (€)</source>
            <translation>Lifetime spend (€)</translation>
        </message>
        <message>
            <source>The segment could not be read: %1</source>
            <translation>The segment could not be read: %1</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Could not write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CrmStore</name>
        <message>
            <source>These two profiles cannot be merged (one of them is already merged).</source>
            <translation>These two profiles cannot be merged (one of them is already merged).</translation>
        </message>
        <message>
            <source>This pair was already settled.</source>
            <translation>This pair was already settled.</translation>
        </message>
        <message>
            <source>This merge does not exist.</source>
            <translation>This merge does not exist.</translation>
        </message>
        <message>
            <source>This merge was already undone.</source>
            <translation>This merge was already undone.</translation>
        </message>
        <message>
            <source>This merge cannot be undone any more: the profile was merged again since.</source>
            <translation>This merge cannot be undone any more: the profile was merged again since.</translation>
        </message>
        <message>
            <source>Unknown reward state "%1".</source>
            <translation>Unknown reward state "%1".</translation>
        </message>
        <message>
            <source>The birthday "%1" is not a day of the year (MM-DD).</source>
            <translation>The birthday "%1" is not a day of the year (MM-DD).</translation>
        </message>
        <message>
            <source>A loyalty rule needs a threshold above zero.</source>
            <translation>A loyalty rule needs a threshold above zero.</translation>
        </message>
        <message>
            <source>A remote deletion needs a provider and an e-mail or a phone number.</source>
            <translation>A remote deletion needs a provider and an e-mail or a phone number.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CsvExport</name>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 cannot be written: %2</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Export as CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>Moulin::CustomersArea</name>
        <message>
            <source>&amp;Customers</source>
            <translation>&amp;Customers</translation>
        </message>
        <message>
            <source>Guest profiles, loyalty and segments</source>
            <translation>Guest profiles, loyalty and segments</translation>
        </message>
        <message>
            <source>Brevo is not connected.</source>
            <translation>Brevo is not connected.</translation>
        </message>
        <message numerus="yes">
            <source>Brevo list « %1 »: %n guest(s) added</source>
            <translation>
                <numerusform>Brevo list « %1 »: %n guest(s) added</numerusform>
                <numerusform>Brevo list « %1 »: %n guest(s) added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n removed.</source>
            <translation>
                <numerusform>, %n removed.</numerusform>
                <numerusform>, %n removed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n guest(s) not at Brevo yet: send the list again after the next sync.</source>
            <translation>
                <numerusform>%n guest(s) not at Brevo yet: send the list again after the next sync.</numerusform>
                <numerusform>%n guest(s) not at Brevo yet: send the list again after the next sync.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Moulin::CustomersTab</name>
        <message>
            <source>No guest profiles yet</source>
            <translation>No guest profiles yet</translation>
        </message>
        <message>
            <source>Guest profiles are built from reservations and receipts. Connect a reservation platform or Brevo in Settings.</source>
            <translation>Guest profiles are built from reservations and receipts. Connect a reservation platform or Brevo in Settings.</translation>
        </message>
        <message>
            <source>Open settings…</source>
            <translation>Open settings…</translation>
        </message>
        <message>
            <source>website</source>
            <translation>website</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>walk-in</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n visit(s)</numerusform>
                <numerusform>%n visit(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>invalid phone: %1</source>
            <translation>invalid phone: %1</translation>
        </message>
        <message>
            <source>invalid e-mail: %1</source>
            <translation>invalid e-mail: %1</translation>
        </message>
        <message>
            <source>Allergies and diet:</source>
            <translation>Allergies and diet:</translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s), last on %1</source>
            <translation>
                <numerusform>%n visit(s), last on %1</numerusform>
                <numerusform>%n visit(s), last on %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Lifetime value %1 · average spend %2</source>
            <translation>Lifetime value %1 · average spend %2</translation>
        </message>
        <message>
            <source>No-shows: %1 · late cancellations: %2</source>
            <translation>No-shows: %1 · late cancellations: %2</translation>
        </message>
        <message>
            <source>%1: not known</source>
            <translation>%1: not known</translation>
        </message>
        <message>
            <source>%1: %2 (%3, %4)</source>
            <translation>%1: %2 (%3, %4)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>E-mail consent</source>
            <translation>E-mail consent</translation>
        </message>
        <message>
            <source>SMS consent</source>
            <translation>SMS consent</translation>
        </message>
        <message>
            <source>Favourite dishes</source>
            <translation>Favourite dishes</translation>
        </message>
        <message>
            <source>Rewards</source>
            <translation>Rewards</translation>
        </message>
        <message>
            <source>None yet.</source>
            <translation>None yet.</translation>
        </message>
        <message>
            <source>%1th visit</source>
            <translation>%1th visit</translation>
        </message>
        <message>
            <source>%1 spent</source>
            <translation>%1 spent</translation>
        </message>
        <message>
            <source>birthday %1</source>
            <translation>birthday %1</translation>
        </message>
        <message>
            <source>used</source>
            <translation>used</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>granted</source>
            <translation>granted</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>came</source>
            <translation>came</translation>
        </message>
        <message>
            <source>no-show</source>
            <translation>no-show</translation>
        </message>
        <message>
            <source>late cancellation</source>
            <translation>late cancellation</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>booked</translation>
        </message>
        <message>
            <source>lunch</source>
            <translation>lunch</translation>
        </message>
        <message>
            <source>dinner</source>
            <translation>dinner</translation>
        </message>
        <message numerus="yes">
            <source>%n guest(s)</source>
            <translation>
                <numerusform>%n guest(s)</numerusform>
                <numerusform>%n guest(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>table %1</source>
            <translation>table %1</translation>
        </message>
        <message>
            <source>Same phone, another name</source>
            <translation>Same phone, another name</translation>
        </message>
        <message>
            <source>Same e-mail, similar name</source>
            <translation>Same e-mail, similar name</translation>
        </message>
        <message>
            <source>%1 ← %2</source>
            <translation>%1 ← %2</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatic</translation>
        </message>
        <message>
            <source>by the manager</source>
            <translation>by the manager</translation>
        </message>
        <message>
            <source>undone</source>
            <translation>undone</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>To review</translation>
        </message>
        <message>
            <source>To review (%1)</source>
            <translation>To review (%1)</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>Search by name, phone or e-mail</source>
            <translation>Search by name, phone or e-mail</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Guests</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Guest</translation>
        </message>
        <message>
            <source>Other guest</source>
            <translation>Other guest</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Keep apart</source>
            <translation>Keep apart</translation>
        </message>
        <message>
            <source>Undo a merge</source>
            <translation>Undo a merge</translation>
        </message>
        <message>
            <source>RFM class: %1 (recency %2, frequency %3, spend %4 out of 5)</source>
            <translation>RFM class: %1 (recency %2, frequency %3, spend %4 out of 5)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>not known</translation>
        </message>
        <message>
            <source>Synchronisation conflicts</source>
            <translation>Synchronisation conflicts</translation>
        </message>
        <message>
            <source>%1: %2 (%3, %4) kept over %5 (%6, %7)</source>
            <translation>%1: %2 (%3, %4) kept over %5 (%6, %7)</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Language: %1</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segments</translation>
        </message>
        <message>
            <source>Loyalty</source>
            <translation>Loyalty</translation>
        </message>
        <message>
            <source>Profile not saved</source>
            <translation>Profile not saved</translation>
        </message>
        <message>
            <source>The changes to this guest's profile are not saved.</source>
            <translation>The changes to this guest's profile are not saved.</translation>
        </message>
        <message>
            <source>The changes to %1's profile are not saved.</source>
            <translation>The changes to %1's profile are not saved.</translation>
        </message>
        <message>
            <source>Save them now, or leave them and keep the profile as it was saved?</source>
            <translation>Save them now, or leave them and keep the profile as it was saved?</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Don't Save</source>
            <translation>&amp;Don't Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s) with a till receipt out of %1</source>
            <translation>
                <numerusform>%n visit(s) with a till receipt out of %1</numerusform>
                <numerusform>%n visit(s) with a till receipt out of %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Lifetime value not known: no till receipt linked to their visits</source>
            <translation>Lifetime value not known: no till receipt linked to their visits</translation>
        </message>
        <message>
            <source>%1 merged into %2</source>
            <translation>%1 merged into %2</translation>
        </message>
        <message>
            <source>Nothing to review. Two profiles that may be one guest (the same phone under another name, the same e-mail with a similar name) are listed here to merge or keep apart.</source>
            <translation>Nothing to review. Two profiles that may be one guest (the same phone under another name, the same e-mail with a similar name) are listed here to merge or keep apart.</translation>
        </message>
        <message>
            <source>No merge yet. The profiles merged, automatically or by you, are listed here and can be undone.</source>
            <translation>No merge yet. The profiles merged, automatically or by you, are listed here and can be undone.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::DailyChart</name>
        <message>
            <source>Turnover incl. VAT: %1</source>
            <translation>Turnover incl. VAT: %1</translation>
        </message>
        <message>
            <source>Last year (%1): %2</source>
            <translation>Last year (%1): %2</translation>
        </message>
        <message>
            <source>Click to see the receipts</source>
            <translation>Click to see the receipts</translation>
        </message>
        <message>
            <source>Turnover incl. VAT</source>
            <translation>Turnover incl. VAT</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Last year</translation>
        </message>
        <message>
            <source>Daily turnover with last year's curve. Use the left and right arrows to pick a day and Enter to see its receipts.</source>
            <translation>Daily turnover with last year's curve. Use the left and right arrows to pick a day and Enter to see its receipts.</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>Week of %1</translation>
        </message>
        <message>
            <source>Turnover incl. VAT until %1: %2</source>
            <translation>Turnover incl. VAT until %1: %2</translation>
        </message>
        <message>
            <source>Last year until %1: %2</source>
            <translation>Last year until %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Database</name>
        <message>
            <source>the file is too short to be an SQLite database</source>
            <translation>the file is too short to be an SQLite database</translation>
        </message>
        <message>
            <source>the file is not an SQLite database</source>
            <translation>the file is not an SQLite database</translation>
        </message>
        <message>
            <source>the file header is damaged</source>
            <translation>the file header is damaged</translation>
        </message>
        <message>
            <source>the file is shorter than its header says (truncated)</source>
            <translation>the file is shorter than its header says (truncated)</translation>
        </message>
        <message>
            <source>The database %1 is damaged or is not a Moulin database (%2). Moulin left it untouched. Restore it from a backup, or move it elsewhere so that Moulin can create a new one.</source>
            <translation>The database %1 is damaged or is not a Moulin database (%2). Moulin left it untouched. Restore it from a backup, or move it elsewhere so that Moulin can create a new one.</translation>
        </message>
        <message>
            <source>The database %1 was created by a newer version of Moulin (schema version %2; this version knows up to %3). Moulin left it untouched. Install the latest version of Moulin, or start with another data folder (--data-dir).</source>
            <translation>The database %1 was created by a newer version of Moulin (schema version %2; this version knows up to %3). Moulin left it untouched. Install the latest version of Moulin, or start with another data folder (--data-dir).</translation>
        </message>
        <message>
            <source>Moulin cannot open the database %1 for writing (%2). Check that its folder exists and that you may write to it, or start with another data folder (--data-dir).</source>
            <translation>Moulin cannot open the database %1 for writing (%2). Check that its folder exists and that you may write to it, or start with another data folder (--data-dir).</translation>
        </message>
        <message>
            <source>Moulin could not update the database %1 (%2). Nothing was changed: the database is still at version %3. Please report this problem.</source>
            <translation>Moulin could not update the database %1 (%2). Nothing was changed: the database is still at version %3. Please report this problem.</translation>
        </message>
        <message>
            <source>the built-in migrations are inconsistent: %1</source>
            <translation>the built-in migrations are inconsistent: %1</translation>
        </message>
        <message>
            <source>no migration leads to schema version %1</source>
            <translation>no migration leads to schema version %1</translation>
        </message>
        <message>
            <source>the Qt SQLite driver is not installed</source>
            <translation>the Qt SQLite driver is not installed</translation>
        </message>
        <message>
            <source>it is not a regular file</source>
            <translation>it is not a regular file</translation>
        </message>
        <message>
            <source>the file is read-only</source>
            <translation>the file is read-only</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>cannot create the folder %1</translation>
        </message>
        <message>
            <source>the folder %1 is read-only</source>
            <translation>the folder %1 is read-only</translation>
        </message>
        <message>
            <source>migration %1 failed: %2</source>
            <translation>migration %1 failed: %2</translation>
        </message>
        <message>
            <source>the migrations leave a broken foreign key in table %1</source>
            <translation>the migrations leave a broken foreign key in table %1</translation>
        </message>
        <message>
            <source>the file does not exist</source>
            <translation>the file does not exist</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>the file is empty</translation>
        </message>
    </context>
    <context>
        <name>Moulin::DeliveriesPage</name>
        <message>
            <source>&amp;Deliveries</source>
            <translation>&amp;Deliveries</translation>
        </message>
        <message>
            <source>&amp;Deliveries (%1)</source>
            <translation>&amp;Deliveries (%1)</translation>
        </message>
        <message>
            <source>Previous month or week (Page Up)</source>
            <translation>Previous month or week (Page Up)</translation>
        </message>
        <message>
            <source>Next month or week (Page Down)</source>
            <translation>Next month or week (Page Down)</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Month view (Ctrl+M)</source>
            <translation>Month view (Ctrl+M)</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Week view (Ctrl+W)</source>
            <translation>Week view (Ctrl+W)</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>Announced</source>
            <translation>Announced</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Amount excl. VAT</source>
            <translation>Amount excl. VAT</translation>
        </message>
        <message>
            <source>&amp;Receive…</source>
            <translation>&amp;Receive…</translation>
        </message>
        <message>
            <source>Tick what arrived against the order (Enter, Ctrl+R)</source>
            <translation>Tick what arrived against the order (Enter, Ctrl+R)</translation>
        </message>
        <message>
            <source>Credit-note request (&amp;PDF)…</source>
            <translation>Credit-note request (&amp;PDF)…</translation>
        </message>
        <message>
            <source>Credit-note request (&amp;CSV)…</source>
            <translation>Credit-note request (&amp;CSV)…</translation>
        </message>
        <message numerus="yes">
            <source>%n late delivery(ies): %1</source>
            <translation>
                <numerusform>%n late delivery(ies): %1</numerusform>
                <numerusform>%n late delivery(ies): %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deliveries are late.</source>
            <translation>
                <numerusform>%n deliveries are late.</numerusform>
                <numerusform>%n deliveries are late.</numerusform>
            </translation>
        </message>
        <message>
            <source>Late delivery</source>
            <translation>Late delivery</translation>
        </message>
        <message>
            <source>Week %1 — %2 to %3</source>
            <translation>Week %1 — %2 to %3</translation>
        </message>
        <message>
            <source>%1: no delivery expected</source>
            <translation>%1: no delivery expected</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n delivery(ies)</source>
            <translation>
                <numerusform>%1: %n delivery(ies)</numerusform>
                <numerusform>%1: %n delivery(ies)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (late)</source>
            <translation>%1 (late)</translation>
        </message>
        <message>
            <source>Receipt stored: order %1 is delivered.</source>
            <translation>Receipt stored: order %1 is delivered.</translation>
        </message>
        <message>
            <source>Receipt stored: order %1 is partially delivered.</source>
            <translation>Receipt stored: order %1 is partially delivered.</translation>
        </message>
        <message>
            <source>Credit-note request %1 ready: %2 incl. VAT — save it as PDF or CSV below.</source>
            <translation>Credit-note request %1 ready: %2 incl. VAT — save it as PDF or CSV below.</translation>
        </message>
        <message>
            <source>Save the credit-note request (PDF)</source>
            <translation>Save the credit-note request (PDF)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Credit-note request saved: %1</source>
            <translation>Credit-note request saved: %1</translation>
        </message>
        <message>
            <source>Export the credit-note request (CSV)</source>
            <translation>Export the credit-note request (CSV)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Could not write %1: %2</translation>
        </message>
        <message>
            <source>Credit-note request exported: %1</source>
            <translation>Credit-note request exported: %1</translation>
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
            <translation>+%1 more</translation>
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
            <translation>Upcoming</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Late</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>Partial</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>%1: order %2 expected on %3 has not arrived</source>
            <translation>%1: order %2 expected on %3 has not arrived</translation>
        </message>
        <message>
            <source>%1: order %2 requested for %3 is announced for %4</source>
            <translation>%1: order %2 requested for %3 is announced for %4</translation>
        </message>
        <message>
            <source>%1: order %2, %3</source>
            <translation>%1: order %2, %3</translation>
        </message>
    </context>
    <context>
        <name>Moulin::DuplicatesDialog</name>
        <message>
            <source>%1 at %2 · %3</source>
            <translation>%1 at %2 · %3</translation>
        </message>
        <message>
            <source>Probable duplicates</source>
            <translation>Probable duplicates</translation>
        </message>
        <message>
            <source>These bookings come from different channels but look like the same guest at the same service. Keep one, or say they are two different bookings.</source>
            <translation>These bookings come from different channels but look like the same guest at the same service. Keep one, or say they are two different bookings.</translation>
        </message>
        <message numerus="yes">
            <source>%n probable duplicate(s)</source>
            <translation>
                <numerusform>%n probable duplicate(s)</numerusform>
                <numerusform>%n probable duplicate(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Same phone number, same service</source>
            <translation>Same phone number, same service</translation>
        </message>
        <message>
            <source>Same name, same service</source>
            <translation>Same name, same service</translation>
        </message>
        <message>
            <source>Same booking — cancel the one from %1</source>
            <translation>Same booking — cancel the one from %1</translation>
        </message>
        <message>
            <source>Two different bookings</source>
            <translation>Two different bookings</translation>
        </message>
    </context>
    <context>
        <name>Moulin::EmailOrdering</name>
        <message>
            <source>The stored e-mail is unreadable; it cannot be sent.</source>
            <translation>The stored e-mail is unreadable; it cannot be sent.</translation>
        </message>
        <message>
            <source>Sending orders by e-mail is not set up (Settings ▸ E-mail orders): %1</source>
            <translation>Sending orders by e-mail is not set up (Settings ▸ E-mail orders): %1</translation>
        </message>
        <message>
            <source>The mail server's password could not be read from the system keychain yet.</source>
            <translation>The mail server's password could not be read from the system keychain yet.</translation>
        </message>
        <message>
            <source>The supplier has no order e-mail address: set suppliers/%1/order_email.</source>
            <translation>The supplier has no order e-mail address: set suppliers/%1/order_email.</translation>
        </message>
        <message>
            <source>Sending orders by e-mail is not set up: fill in Settings ▸ E-mail orders first.</source>
            <translation>Sending orders by e-mail is not set up: fill in Settings ▸ E-mail orders first.</translation>
        </message>
        <message>
            <source>The order breaks the PEPPOL rules and was not sent.</source>
            <translation>The order breaks the PEPPOL rules and was not sent.</translation>
        </message>
        <message>
            <source>The order could not be stored: %1</source>
            <translation>The order could not be stored: %1</translation>
        </message>
        <message>
            <source>The order was stored, but not its e-mail.</source>
            <translation>The order was stored, but not its e-mail.</translation>
        </message>
        <message>
            <source>There is no order %1 of %2 sent by e-mail.</source>
            <translation>There is no order %1 of %2 sent by e-mail.</translation>
        </message>
        <message>
            <source>Order %1 was not refused: it is %2.</source>
            <translation>Order %1 was not refused: it is %2.</translation>
        </message>
        <message>
            <source>not queued</source>
            <translation>not queued</translation>
        </message>
        <message>
            <source>"%1" is not an e-mail address.</source>
            <translation>"%1" is not an e-mail address.</translation>
        </message>
        <message>
            <source>The stored order cannot be read: %1</source>
            <translation>The stored order cannot be read: %1</translation>
        </message>
        <message>
            <source>The order could not be queued again: %1</source>
            <translation>The order could not be queued again: %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::EmailOrdersPage</name>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Test</translation>
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
            <translation>kept in the system keychain; empty: unchanged</translation>
        </message>
        <message>
            <source>optional: a CA certificate file for a server with its own</source>
            <translation>optional: a CA certificate file for a server with its own</translation>
        </message>
        <message>
            <source>Mail server (SMTP):</source>
            <translation>Mail server (SMTP):</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Security:</source>
            <translation>Security:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Sender address:</source>
            <translation>Sender address:</translation>
        </message>
        <message>
            <source>Sender name:</source>
            <translation>Sender name:</translation>
        </message>
        <message>
            <source>CA certificate:</source>
            <translation>CA certificate:</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connecting to %1…</translation>
        </message>
        <message>
            <source>Connected to %1 with TLS and logged in: orders can be sent.</source>
            <translation>Connected to %1 with TLS and logged in: orders can be sent.</translation>
        </message>
        <message>
            <source>Orders to a supplier without an online ordering interface (set to "By e-mail" below) leave by e-mail from this account, with the order as a PDF and as UBL XML.</source>
            <translation>Orders to a supplier without an online ordering interface (set to "By e-mail" below) leave by e-mail from this account, with the order as a PDF and as UBL XML.</translation>
        </message>
        <message>
            <source>How each supplier receives the orders</source>
            <translation>How each supplier receives the orders</translation>
        </message>
        <message>
            <source>Through its ordering interface</source>
            <translation>Through its ordering interface</translation>
        </message>
        <message>
            <source>By e-mail</source>
            <translation>By e-mail</translation>
        </message>
        <message>
            <source>The supplier's address for orders: each order leaves to it with its PDF and its UBL XML</source>
            <translation>The supplier's address for orders: each order leaves to it with its PDF and its UBL XML</translation>
        </message>
        <message>
            <source>%1 receives the orders by e-mail: enter its order address.</source>
            <translation>%1 receives the orders by e-mail: enter its order address.</translation>
        </message>
        <message>
            <source>The order address of %1, "%2", is not an e-mail address.</source>
            <translation>The order address of %1, "%2", is not an e-mail address.</translation>
        </message>
        <message>
            <source>Orders leave by e-mail: fill in the mail server and the sender address first.</source>
            <translation>Orders leave by e-mail: fill in the mail server and the sender address first.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::FecExport</name>
        <message>
            <source>The FEC mapping is not a JSON object: %1</source>
            <translation>The FEC mapping is not a JSON object: %1</translation>
        </message>
        <message>
            <source>%1: "account" must be an account number (3 to 20 letters or digits).</source>
            <translation>%1: "account" must be an account number (3 to 20 letters or digits).</translation>
        </message>
        <message>
            <source>Unknown key "%1" in the FEC mapping.</source>
            <translation>Unknown key "%1" in the FEC mapping.</translation>
        </message>
        <message>
            <source>journalCode and journalLabel must not be empty.</source>
            <translation>journalCode and journalLabel must not be empty.</translation>
        </message>
        <message>
            <source>%1: "%2" is not a VAT rate such as "10.00".</source>
            <translation>%1: "%2" is not a VAT rate such as "10.00".</translation>
        </message>
        <message>
            <source>The file starts with a UTF-8 byte order mark; a FEC is ISO 8859-15.</source>
            <translation>The file starts with a UTF-8 byte order mark; a FEC is ISO 8859-15.</translation>
        </message>
        <message>
            <source>The file is encoded in UTF-8; a FEC must be ISO 8859-15.</source>
            <translation>The file is encoded in UTF-8; a FEC must be ISO 8859-15.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>The file is empty.</translation>
        </message>
        <message>
            <source>The first line must name the 18 columns JournalCode … Idevise, separated by tabs.</source>
            <translation>The first line must name the 18 columns JournalCode … Idevise, separated by tabs.</translation>
        </message>
        <message>
            <source>Entry %1 is not balanced: debit %2, credit %3.</source>
            <translation>Entry %1 is not balanced: debit %2, credit %3.</translation>
        </message>
        <message>
            <source>%1 columns instead of 18.</source>
            <translation>%1 columns instead of 18.</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 is empty.</translation>
        </message>
        <message>
            <source>%1 is not a date AAAAMMJJ ("%2").</source>
            <translation>%1 is not a date AAAAMMJJ ("%2").</translation>
        </message>
        <message>
            <source>DateLet is not a date AAAAMMJJ ("%1").</source>
            <translation>DateLet is not a date AAAAMMJJ ("%1").</translation>
        </message>
        <message>
            <source>CompteNum "%1" is not an account number.</source>
            <translation>CompteNum "%1" is not an account number.</translation>
        </message>
        <message>
            <source>%1 "%2" is not an amount with a decimal comma and no thousands separator.</source>
            <translation>%1 "%2" is not an amount with a decimal comma and no thousands separator.</translation>
        </message>
        <message>
            <source>Both Debit and Credit are set.</source>
            <translation>Both Debit and Credit are set.</translation>
        </message>
        <message>
            <source>Montantdevise and Idevise go together.</source>
            <translation>Montantdevise and Idevise go together.</translation>
        </message>
        <message>
            <source>The lines of entry %1 are not together.</source>
            <translation>The lines of entry %1 are not together.</translation>
        </message>
        <message>
            <source>EcritureNum "%1" has no sequence number.</source>
            <translation>EcritureNum "%1" has no sequence number.</translation>
        </message>
        <message>
            <source>EcritureNum %1 follows %2: the numbering must be continuous.</source>
            <translation>EcritureNum %1 follows %2: the numbering must be continuous.</translation>
        </message>
        <message>
            <source>Entry %1 is dated before the previous one: entries must be in chronological order.</source>
            <translation>Entry %1 is dated before the previous one: entries must be in chronological order.</translation>
        </message>
        <message>
            <source>The lines of entry %1 have different dates.</source>
            <translation>The lines of entry %1 have different dates.</translation>
        </message>
        <message>
            <source>The file is not balanced: total debit %1, total credit %2.</source>
            <translation>The file is not balanced: total debit %1, total credit %2.</translation>
        </message>
        <message>
            <source>The file name must be &lt;SIREN&gt;FEC&lt;AAAAMMJJ&gt;.txt.</source>
            <translation>The file name must be &lt;SIREN&gt;FEC&lt;AAAAMMJJ&gt;.txt.</translation>
        </message>
        <message>
            <source>%1 is not a valid SIREN.</source>
            <translation>%1 is not a valid SIREN.</translation>
        </message>
        <message>
            <source>%1 is not a date AAAAMMJJ.</source>
            <translation>%1 is not a date AAAAMMJJ.</translation>
        </message>
        <message>
            <source>There is nothing to export for this period.</source>
            <translation>There is nothing to export for this period.</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>%1 could not be written: %2</translation>
        </message>
        <message>
            <source>Map it in Settings ▸ Accounting.</source>
            <translation>Map it in Settings ▸ Accounting.</translation>
        </message>
        <message>
            <source>The payment method « %1 » (code %2) of the till has no account. %3</source>
            <translation>The payment method « %1 » (code %2) of the till has no account. %3</translation>
        </message>
        <message>
            <source>Sales of %1 carry a VAT rate of %2, which is not a French rate (20 %, 10 %, 5,5 %, 2,1 %): check the rate on the till, then synchronise again.</source>
            <translation>Sales of %1 carry a VAT rate of %2, which is not a French rate (20 %, 10 %, 5,5 %, 2,1 %): check the rate on the till, then synchronise again.</translation>
        </message>
        <message>
            <source>The VAT rate %1 has no sales or VAT account. %2</source>
            <translation>The VAT rate %1 has no sales or VAT account. %2</translation>
        </message>
        <message>
            <source>On %1 the payments and the sales differ by %2 €: worth a look at the till's Z report.</source>
            <translation>On %1 the payments and the sales differ by %2 €: worth a look at the till's Z report.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::FloorDocument</name>
        <message>
            <source>Move %1</source>
            <translation>Move %1</translation>
        </message>
        <message numerus="yes">
            <source>Move %n table(s)</source>
            <translation>
                <numerusform>Move %n table(s)</numerusform>
                <numerusform>Move %n table(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Main layout</source>
            <translation>Main layout</translation>
        </message>
        <message>
            <source>Add room “%1”</source>
            <translation>Add room “%1”</translation>
        </message>
        <message>
            <source>Rename room “%1”</source>
            <translation>Rename room “%1”</translation>
        </message>
        <message>
            <source>Room “%1”: %2</source>
            <translation>Room “%1”: %2</translation>
        </message>
        <message>
            <source>Resize room “%1”</source>
            <translation>Resize room “%1”</translation>
        </message>
        <message>
            <source>Move room “%1”</source>
            <translation>Move room “%1”</translation>
        </message>
        <message>
            <source>A layout keeps at least one room.</source>
            <translation>A layout keeps at least one room.</translation>
        </message>
        <message numerus="yes">
            <source>“%1” still has %n table(s): move or remove them first.</source>
            <translation>
                <numerusform>“%1” still has %n table(s): move or remove them first.</numerusform>
                <numerusform>“%1” still has %n table(s): move or remove them first.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove room “%1”</source>
            <translation>Remove room “%1”</translation>
        </message>
        <message>
            <source>Add table %1</source>
            <translation>Add table %1</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>Delete %1</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n table(s)</source>
            <translation>
                <numerusform>Delete %n table(s)</numerusform>
                <numerusform>Delete %n table(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Rotate %1</source>
            <translation>Rotate %1</translation>
        </message>
        <message numerus="yes">
            <source>Rotate %n table(s)</source>
            <translation>
                <numerusform>Rotate %n table(s)</numerusform>
                <numerusform>Rotate %n table(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Resize %1</source>
            <translation>Resize %1</translation>
        </message>
        <message>
            <source>A table needs a label.</source>
            <translation>A table needs a label.</translation>
        </message>
        <message>
            <source>Another table is already labelled %1.</source>
            <translation>Another table is already labelled %1.</translation>
        </message>
        <message>
            <source>A table seats at least one guest.</source>
            <translation>A table seats at least one guest.</translation>
        </message>
        <message>
            <source>The minimum party (%1) must be between 1 and the seats (%2).</source>
            <translation>The minimum party (%1) must be between 1 and the seats (%2).</translation>
        </message>
        <message>
            <source>That room is not in this layout.</source>
            <translation>That room is not in this layout.</translation>
        </message>
        <message>
            <source>%1 is part of a join: remove its joins before moving it to another room.</source>
            <translation>%1 is part of a join: remove its joins before moving it to another room.</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Edit %1</translation>
        </message>
        <message>
            <source>Block %1</source>
            <translation>Block %1</translation>
        </message>
        <message>
            <source>Unblock %1</source>
            <translation>Unblock %1</translation>
        </message>
        <message>
            <source>Join %1</source>
            <translation>Join %1</translation>
        </message>
        <message>
            <source>Remove join %1</source>
            <translation>Remove join %1</translation>
        </message>
        <message>
            <source>New layout “%1”</source>
            <translation>New layout “%1”</translation>
        </message>
        <message>
            <source>Duplicate “%1”</source>
            <translation>Duplicate “%1”</translation>
        </message>
        <message>
            <source>Rename “%1”</source>
            <translation>Rename “%1”</translation>
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation>Delete “%1”</translation>
        </message>
        <message>
            <source>“%1” by default</source>
            <translation>“%1” by default</translation>
        </message>
        <message>
            <source>That layout does not exist.</source>
            <translation>That layout does not exist.</translation>
        </message>
        <message>
            <source>Give both the first and the last day.</source>
            <translation>Give both the first and the last day.</translation>
        </message>
        <message>
            <source>The last day (%1) is before the first (%2).</source>
            <translation>The last day (%1) is before the first (%2).</translation>
        </message>
        <message>
            <source>That date range is already there.</source>
            <translation>That date range is already there.</translation>
        </message>
        <message>
            <source>Use “%1” from %2 to %3</source>
            <translation>Use “%1” from %2 to %3</translation>
        </message>
        <message>
            <source>Remove the dates of “%1”</source>
            <translation>Remove the dates of “%1”</translation>
        </message>
    </context>
    <context>
        <name>Moulin::FloorEditor</name>
        <message>
            <source>Drag the name strip to move the room with its tables</source>
            <translation>Drag the name strip to move the room with its tables</translation>
        </message>
    </context>
    <context>
        <name>Moulin::FloorPlan</name>
        <message>
            <source>A table appears twice in the join.</source>
            <translation>A table appears twice in the join.</translation>
        </message>
        <message>
            <source>A join needs at least two tables.</source>
            <translation>A join needs at least two tables.</translation>
        </message>
        <message>
            <source>Table %1 is not in this layout.</source>
            <translation>Table %1 is not in this layout.</translation>
        </message>
        <message>
            <source>%1 are not in the same room (%2 and %3): only tables of one room can be joined.</source>
            <translation>%1 are not in the same room (%2 and %3): only tables of one room can be joined.</translation>
        </message>
        <message>
            <source>%1 is already a join (%2).</source>
            <translation>%1 is already a join (%2).</translation>
        </message>
        <message>
            <source>A join seats at least 2 (%1 given).</source>
            <translation>A join seats at least 2 (%1 given).</translation>
        </message>
        <message>
            <source>The minimum party (%1) must be between 1 and the join's seats (%2).</source>
            <translation>The minimum party (%1) must be between 1 and the join's seats (%2).</translation>
        </message>
        <message>
            <source>A table has no id.</source>
            <translation>A table has no id.</translation>
        </message>
        <message>
            <source>Two tables have the id %1.</source>
            <translation>Two tables have the id %1.</translation>
        </message>
        <message>
            <source>Two tables are labelled %1.</source>
            <translation>Two tables are labelled %1.</translation>
        </message>
        <message>
            <source>Table %1 has no seat.</source>
            <translation>Table %1 has no seat.</translation>
        </message>
        <message>
            <source>Table %1: the minimum party (%2) must be between 1 and its seats (%3).</source>
            <translation>Table %1: the minimum party (%2) must be between 1 and its seats (%3).</translation>
        </message>
        <message>
            <source>Table %1 is in no room of the layout.</source>
            <translation>Table %1 is in no room of the layout.</translation>
        </message>
        <message>
            <source>Layout “%1” has no id of its own.</source>
            <translation>Layout “%1” has no id of its own.</translation>
        </message>
        <message>
            <source>A layout has no name.</source>
            <translation>A layout has no name.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The default layout does not exist.</source>
            <translation>The default layout does not exist.</translation>
        </message>
        <message>
            <source>A date range names a layout that does not exist.</source>
            <translation>A date range names a layout that does not exist.</translation>
        </message>
        <message>
            <source>A date range ends before it starts.</source>
            <translation>A date range ends before it starts.</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>Square</source>
            <translation>Square</translation>
        </message>
        <message>
            <source>Rectangle</source>
            <translation>Rectangle</translation>
        </message>
        <message>
            <source>Dining room</source>
            <translation>Dining room</translation>
        </message>
        <message>
            <source>Terrace</source>
            <translation>Terrace</translation>
        </message>
        <message>
            <source>Private room</source>
            <translation>Private room</translation>
        </message>
        <message numerus="yes">
            <source>%n seat(s)</source>
            <translation>
                <numerusform>%n seat(s)</numerusform>
                <numerusform>%n seat(s)</numerusform>
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
            <translation>Undo: %1 (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Nothing to undo</translation>
        </message>
        <message>
            <source>Redo: %1 (Ctrl+Shift+Z)</source>
            <translation>Redo: %1 (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>Nothing to redo</source>
            <translation>Nothing to redo</translation>
        </message>
        <message>
            <source>New room</source>
            <translation>New room</translation>
        </message>
        <message>
            <source>Name of the room:</source>
            <translation>Name of the room:</translation>
        </message>
        <message>
            <source>Private room</source>
            <translation>Private room</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>Layout:</translation>
        </message>
        <message>
            <source>Layouts</source>
            <translation>Layouts</translation>
        </message>
        <message>
            <source>&amp;New layout…</source>
            <translation>&amp;New layout…</translation>
        </message>
        <message>
            <source>&amp;Duplicate…</source>
            <translation>&amp;Duplicate…</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Rename…</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>De&amp;lete…</translation>
        </message>
        <message>
            <source>Add a table</source>
            <translation>Add a table</translation>
        </message>
        <message>
            <source>↶ Undo</source>
            <translation>↶ Undo</translation>
        </message>
        <message>
            <source>Redo ↷</source>
            <translation>Redo ↷</translation>
        </message>
        <message>
            <source>Zoom out (−, Ctrl+wheel)</source>
            <translation>Zoom out (−, Ctrl+wheel)</translation>
        </message>
        <message>
            <source>Zoom in (+, Ctrl+wheel)</source>
            <translation>Zoom in (+, Ctrl+wheel)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>The whole plan in view (Ctrl+0)</source>
            <translation>The whole plan in view (Ctrl+0)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save every layout (Ctrl+S)</source>
            <translation>Save every layout (Ctrl+S)</translation>
        </message>
        <message>
            <source>Drag a table to move it (the selection follows, on a 10 cm grid) · corner handle: resize · round handle: turn · rubber band or Ctrl+click: select several · arrows: nudge 10 cm (Shift: 50 cm) · R: turn 15° (Shift+R: 90°) · Del: remove</source>
            <translation>Drag a table to move it (the selection follows, on a 10 cm grid) · corner handle: resize · round handle: turn · rubber band or Ctrl+click: select several · arrows: nudge 10 cm (Shift: 50 cm) · R: turn 15° (Shift+R: 90°) · Del: remove</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Shape</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Seats</translation>
        </message>
        <message>
            <source>Smallest party</source>
            <translation>Smallest party</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Room</translation>
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
            <translation>Size</translation>
        </message>
        <message>
            <source>Blocked (not offered)</source>
            <translation>Blocked (not offered)</translation>
        </message>
        <message>
            <source>Turn 90°</source>
            <translation>Turn 90°</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Joins</source>
            <translation>Joins</translation>
        </message>
        <message>
            <source>Seats joined</source>
            <translation>Seats joined</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Join</translation>
        </message>
        <message>
            <source>Remove the join</source>
            <translation>Remove the join</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Rooms</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Add a room…</source>
            <translation>Add a room…</translation>
        </message>
        <message>
            <source>Remove the room</source>
            <translation>Remove the room</translation>
        </message>
        <message>
            <source>Drag a room's name strip on the plan to move it with its tables.</source>
            <translation>Drag a room's name strip on the plan to move it with its tables.</translation>
        </message>
        <message>
            <source>When this layout is used</source>
            <translation>When this layout is used</translation>
        </message>
        <message>
            <source>Default layout (every day without a date range)</source>
            <translation>Default layout (every day without a date range)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Use over these dates</source>
            <translation>Use over these dates</translation>
        </message>
        <message>
            <source>Remove the dates</source>
            <translation>Remove the dates</translation>
        </message>
        <message>
            <source>Floor plan not read</source>
            <translation>Floor plan not read</translation>
        </message>
        <message>
            <source>Floor plan not saved</source>
            <translation>Floor plan not saved</translation>
        </message>
        <message>
            <source>The database is not open.</source>
            <translation>The database is not open.</translation>
        </message>
        <message numerus="yes">
            <source>Floor plan saved (%n layout(s)).</source>
            <translation>
                <numerusform>Floor plan saved (%n layout(s)).</numerusform>
                <numerusform>Floor plan saved (%n layout(s)).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (default)</source>
            <translation>%1 (default)</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message numerus="yes">
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n table(s)</numerusform>
                <numerusform>%n table(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>New plan, not saved yet</source>
            <translation>New plan, not saved yet</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Click a table, or draw a frame round several.</source>
            <translation>Click a table, or draw a frame round several.</translation>
        </message>
        <message numerus="yes">
            <source>%n tables selected: %1</source>
            <translation>
                <numerusform>%n tables selected: %1</numerusform>
                <numerusform>%n tables selected: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>(the room's)</source>
            <translation>(the room's)</translation>
        </message>
        <message>
            <source>Table %1</source>
            <translation>Table %1</translation>
        </message>
        <message>
            <source>Select two tables or more of one room (Ctrl+click, or a frame) to declare that they may be joined, and how many they seat together.</source>
            <translation>Select two tables or more of one room (Ctrl+click, or a frame) to declare that they may be joined, and how many they seat together.</translation>
        </message>
        <message>
            <source>%1 is already a join.</source>
            <translation>%1 is already a join.</translation>
        </message>
        <message>
            <source>Join %1:</source>
            <translation>Join %1:</translation>
        </message>
        <message>
            <source> (from %1)</source>
            <translation> (from %1)</translation>
        </message>
        <message>
            <source>Joins (%1)</source>
            <translation>Joins (%1)</translation>
        </message>
        <message>
            <source>Today (%1): “%2”.</source>
            <translation>Today (%1): “%2”.</translation>
        </message>
        <message>
            <source>On %1</source>
            <translation>On %1</translation>
        </message>
        <message>
            <source>From %1 to %2</source>
            <translation>From %1 to %2</translation>
        </message>
        <message>
            <source>Every day without another layout</source>
            <translation>Every day without another layout</translation>
        </message>
        <message>
            <source>No date yet: never used</source>
            <translation>No date yet: never used</translation>
        </message>
        <message>
            <source>Rooms (%1)</source>
            <translation>Rooms (%1)</translation>
        </message>
        <message>
            <source>New layout</source>
            <translation>New layout</translation>
        </message>
        <message>
            <source>Name of the layout (e.g. “Summer terrace”):</source>
            <translation>Name of the layout (e.g. “Summer terrace”):</translation>
        </message>
        <message>
            <source>Duplicate the layout</source>
            <translation>Duplicate the layout</translation>
        </message>
        <message>
            <source>Name of the copy:</source>
            <translation>Name of the copy:</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (copy)</translation>
        </message>
        <message>
            <source>Rename the layout</source>
            <translation>Rename the layout</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <source>Delete the layout?</source>
            <translation>Delete the layout?</translation>
        </message>
        <message numerus="yes">
            <source>Delete “%1”, its %n table(s) and its dates? (Undo brings it back until you save.)</source>
            <translation>
                <numerusform>Delete “%1”, its %n table(s) and its dates? (Undo brings it back until you save.)</numerusform>
                <numerusform>Delete “%1”, its %n table(s) and its dates? (Undo brings it back until you save.)</numerusform>
            </translation>
        </message>
        <message>
            <source>The floor plan has changes that are not saved.</source>
            <translation>The floor plan has changes that are not saved.</translation>
        </message>
        <message>
            <source>Save them now, or discard them and keep the plan as it was saved?</source>
            <translation>Save them now, or discard them and keep the plan as it was saved?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Floor plan changes discarded.</source>
            <translation>Floor plan changes discarded.</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>blocked</translation>
        </message>
        <message>
            <source>Colours: %1</source>
            <translation>Colours: %1</translation>
        </message>
        <message>
            <source>A table's colour is its zone (its own, else its room's); a blocked table is grey and hatched.</source>
            <translation>A table's colour is its zone (its own, else its room's); a blocked table is grey and hatched.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::FloorStore</name>
        <message>
            <source>The floor plan could not be saved (%1): %2</source>
            <translation>The floor plan could not be saved (%1): %2</translation>
        </message>
        <message>
            <source>The floor plan could not be read: %1</source>
            <translation>The floor plan could not be read: %1</translation>
        </message>
        <message>
            <source>The floor plan was not saved: %1</source>
            <translation>The floor plan was not saved: %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ForecastView</name>
        <message numerus="yes">
            <source>%n week(s) of till history: weekday levels weighted towards recent weeks, with the trend and each weekday's hours</source>
            <translation>
                <numerusform>%n week(s) of till history: weekday levels weighted towards recent weeks, with the trend and each weekday's hours</numerusform>
                <numerusform>%n week(s) of till history: weekday levels weighted towards recent weeks, with the trend and each weekday's hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) of till history: weekday levels, no trend yet</source>
            <translation>
                <numerusform>%n week(s) of till history: weekday levels, no trend yet</numerusform>
                <numerusform>%n week(s) of till history: weekday levels, no trend yet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) of till history: weekday means, a simple model until there are four weeks</source>
            <translation>
                <numerusform>%n week(s) of till history: weekday means, a simple model until there are four weeks</numerusform>
                <numerusform>%n week(s) of till history: weekday means, a simple model until there are four weeks</numerusform>
            </translation>
        </message>
        <message>
            <source>less than two weeks of till history: a rough forecast, from what there is</source>
            <translation>less than two weeks of till history: a rough forecast, from what there is</translation>
        </message>
        <message>
            <source>no till history yet</source>
            <translation>no till history yet</translation>
        </message>
        <message>
            <source>Made from %1</source>
            <translation>Made from %1</translation>
        </message>
        <message>
            <source>; trend %1 % a week</source>
            <translation>; trend %1 % a week</translation>
        </message>
        <message>
            <source>; the book: how bookings usually fill up, %1 % of booked covers come</source>
            <translation>; the book: how bookings usually fill up, %1 % of booked covers come</translation>
        </message>
        <message>
            <source>; no bookings to learn from yet</source>
            <translation>; no bookings to learn from yet</translation>
        </message>
        <message>
            <source>%1 of the booked, %2 still to book, %3 walk-ins</source>
            <translation>%1 of the booked, %2 still to book, %3 walk-ins</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>covers per day, both services</source>
            <translation>covers per day, both services</translation>
        </message>
        <message>
            <source>Nothing to forecast from: connect the till or a booking platform.</source>
            <translation>Nothing to forecast from: connect the till or a booking platform.</translation>
        </message>
        <message>
            <source>The forecast is being computed…</source>
            <translation>The forecast is being computed…</translation>
        </message>
        <message numerus="yes">
            <source>Footfall forecast, the next %n day(s)</source>
            <translation>
                <numerusform>Footfall forecast, the next %n day(s)</numerusform>
                <numerusform>Footfall forecast, the next %n day(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>On the books</source>
            <translation>On the books</translation>
        </message>
        <message>
            <source>Bookings still to come</source>
            <translation>Bookings still to come</translation>
        </message>
        <message>
            <source>Walk-ins</source>
            <translation>Walk-ins</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Booked</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Forecast</translation>
        </message>
        <message>
            <source>Of which</source>
            <translation>Of which</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
    </context>
    <context>
        <name>Moulin::FrenchHolidays</name>
        <message>
            <source>New Year's Day</source>
            <translation>New Year's Day</translation>
        </message>
        <message>
            <source>Easter Monday</source>
            <translation>Easter Monday</translation>
        </message>
        <message>
            <source>Labour Day</source>
            <translation>Labour Day</translation>
        </message>
        <message>
            <source>Victory in Europe Day</source>
            <translation>Victory in Europe Day</translation>
        </message>
        <message>
            <source>Ascension Day</source>
            <translation>Ascension Day</translation>
        </message>
        <message>
            <source>Whit Monday</source>
            <translation>Whit Monday</translation>
        </message>
        <message>
            <source>Bastille Day</source>
            <translation>Bastille Day</translation>
        </message>
        <message>
            <source>Assumption Day</source>
            <translation>Assumption Day</translation>
        </message>
        <message>
            <source>All Saints' Day</source>
            <translation>All Saints' Day</translation>
        </message>
        <message>
            <source>Armistice Day</source>
            <translation>Armistice Day</translation>
        </message>
        <message>
            <source>Christmas Day</source>
            <translation>Christmas Day</translation>
        </message>
    </context>
    <context>
        <name>Moulin::GroupsPage</name>
        <message>
            <source>group “%1”</source>
            <translation>group “%1”</translation>
        </message>
        <message>
            <source>Accounting group</source>
            <translation>Accounting group</translation>
        </message>
        <message>
            <source>Excl. VAT</source>
            <translation>Excl. VAT</translation>
        </message>
        <message>
            <source>Incl. VAT</source>
            <translation>Incl. VAT</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Last year</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Turnover by accounting group</source>
            <translation>Turnover by accounting group</translation>
        </message>
        <message>
            <source>incl. VAT</source>
            <translation>incl. VAT</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>This period</translation>
        </message>
        <message>
            <source>accounting-groups</source>
            <translation>accounting-groups</translation>
        </message>
        <message>
            <source>Last year until %1</source>
            <translation>Last year until %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::GuestExportPdf</name>
        <message>
            <source>Personal data of %1</source>
            <translation>Personal data of %1</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>Could not write %1.</translation>
        </message>
        <message>
            <source>Personal data of %1 — exported on %2</source>
            <translation>Personal data of %1 — exported on %2</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Page %1</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>None.</translation>
        </message>
        <message>
            <source>not told</source>
            <translation>not told</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Everything this restaurant's Moulin holds about this guest, exported on %1 (GDPR, right of access).</source>
            <translation>Everything this restaurant's Moulin holds about this guest, exported on %1 (GDPR, right of access).</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>Allergies</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>VIP guest</source>
            <translation>VIP guest</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <source>Lifetime spend</source>
            <translation>Lifetime spend</translation>
        </message>
        <message>
            <source>No-shows</source>
            <translation>No-shows</translation>
        </message>
        <message>
            <source>Profile created on</source>
            <translation>Profile created on</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consents</translation>
        </message>
        <message>
            <source>Marketing e-mails</source>
            <translation>Marketing e-mails</translation>
        </message>
        <message>
            <source>Marketing text messages</source>
            <translation>Marketing text messages</translation>
        </message>
        <message>
            <source>(on %1, source %2)</source>
            <translation>(on %1, source %2)</translation>
        </message>
        <message>
            <source>%1 said %2 for %3 on %4</source>
            <translation>%1 said %2 for %3 on %4</translation>
        </message>
        <message>
            <source>text messages</source>
            <translation>text messages</translation>
        </message>
        <message>
            <source>e-mails</source>
            <translation>e-mails</translation>
        </message>
        <message>
            <source>Identities (where the data comes from)</source>
            <translation>Identities (where the data comes from)</translation>
        </message>
        <message>
            <source>%1, %2 guests, %3</source>
            <translation>%1, %2 guests, %3</translation>
        </message>
        <message>
            <source>table %1</source>
            <translation>table %1</translation>
        </message>
        <message>
            <source>came</source>
            <translation>came</translation>
        </message>
        <message>
            <source>did not come</source>
            <translation>did not come</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>cancelled late</source>
            <translation>cancelled late</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>booked</translation>
        </message>
        <message>
            <source>Bookings as the book holds them</source>
            <translation>Bookings as the book holds them</translation>
        </message>
        <message>
            <source>%1 — %2, %3 guests (%4 %5)</source>
            <translation>%1 — %2, %3 guests (%4 %5)</translation>
        </message>
        <message>
            <source>Requests: %1</source>
            <translation>Requests: %1</translation>
        </message>
        <message>
            <source>Allergies: %1</source>
            <translation>Allergies: %1</translation>
        </message>
        <message>
            <source>Guest record at %1: %2</source>
            <translation>Guest record at %1: %2</translation>
        </message>
        <message>
            <source>Notes: %1</source>
            <translation>Notes: %1</translation>
        </message>
        <message>
            <source>Dietary needs: %1</source>
            <translation>Dietary needs: %1</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <source>Receipt %1 of %2: %3</source>
            <translation>Receipt %1 of %2: %3</translation>
        </message>
        <message>
            <source>Loyalty</source>
            <translation>Loyalty</translation>
        </message>
        <message>
            <source>Reward %1 (%2), granted on %3</source>
            <translation>Reward %1 (%2), granted on %3</translation>
        </message>
        <message>
            <source>Merges of profiles</source>
            <translation>Merges of profiles</translation>
        </message>
        <message>
            <source>Profile %1 merged into %2 on %3 (%4)%5</source>
            <translation>Profile %1 merged into %2 on %3 (%4)%5</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatic</translation>
        </message>
        <message>
            <source>by the manager</source>
            <translation>by the manager</translation>
        </message>
        <message>
            <source>, undone</source>
            <translation>, undone</translation>
        </message>
        <message>
            <source>Allergies and diet</source>
            <translation>Allergies and diet</translation>
        </message>
        <message>
            <source>%1 — added by the manager on %2</source>
            <translation>%1 — added by the manager on %2</translation>
        </message>
        <message>
            <source>%1 — removed by the manager on %2</source>
            <translation>%1 — removed by the manager on %2</translation>
        </message>
        <message>
            <source>%1 — stated by %2 on %3</source>
            <translation>%1 — stated by %2 on %3</translation>
        </message>
    </context>
    <context>
        <name>Moulin::GuestPrivacy</name>
        <message>
            <source>This guest's profile no longer exists.</source>
            <translation>This guest's profile no longer exists.</translation>
        </message>
        <message>
            <source>The erasure failed in %1: %2</source>
            <translation>The erasure failed in %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::GuestPrivacyBar</name>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Could not write %1: %2</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Erase %1 everywhere in Moulin?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Erased:&lt;/b&gt; the guest's profile with their names, e-mail, phone number, language, consents, allergies, notes, tags and rewards; in the reservation book, the names, contact details, requests and notes of their bookings; their name on the till's receipts. Moulin also asks Brevo to delete the contact.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kept, without the name:&lt;/b&gt; the bookings' dates, party sizes, statuses and tables (the statistics and the table plan), and the receipts' amounts (the accounts and the FEC are unchanged).&lt;/p&gt;&lt;p&gt;If this guest books again, the new booking appears in the book as usual and starts a new profile, without the erased history; their old bookings synced again from a platform do not bring the profile back. Ask the booking platforms to erase the guest too.&lt;/p&gt;&lt;p&gt;This cannot be undone.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Erase %1 everywhere in Moulin?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Erased:&lt;/b&gt; the guest's profile with their names, e-mail, phone number, language, consents, allergies, notes, tags and rewards; in the reservation book, the names, contact details, requests and notes of their bookings; their name on the till's receipts. Moulin also asks Brevo to delete the contact.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kept, without the name:&lt;/b&gt; the bookings' dates, party sizes, statuses and tables (the statistics and the table plan), and the receipts' amounts (the accounts and the FEC are unchanged).&lt;/p&gt;&lt;p&gt;If this guest books again, the new booking appears in the book as usual and starts a new profile, without the erased history; their old bookings synced again from a platform do not bring the profile back. Ask the booking platforms to erase the guest too.&lt;/p&gt;&lt;p&gt;This cannot be undone.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>personal-data</source>
            <translation>personal-data</translation>
        </message>
        <message>
            <source>Export the guest's data (PDF)</source>
            <translation>Export the guest's data (PDF)</translation>
        </message>
        <message>
            <source>Export the guest's data (JSON)</source>
            <translation>Export the guest's data (JSON)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>Export the guest's data</source>
            <translation>Export the guest's data</translation>
        </message>
        <message>
            <source>Erase the guest</source>
            <translation>Erase the guest</translation>
        </message>
        <message>
            <source>Erase everywhere</source>
            <translation>Erase everywhere</translation>
        </message>
        <message>
            <source>The guest was not erased: %1</source>
            <translation>The guest was not erased: %1</translation>
        </message>
        <message>
            <source>GDPR:</source>
            <translation>GDPR:</translation>
        </message>
        <message>
            <source>Export (JSON)…</source>
            <translation>Export (JSON)…</translation>
        </message>
        <message>
            <source>Export (PDF)…</source>
            <translation>Export (PDF)…</translation>
        </message>
        <message>
            <source>Erase this guest…</source>
            <translation>Erase this guest…</translation>
        </message>
        <message>
            <source>Erase the guest everywhere in Moulin and ask Brevo to delete the contact</source>
            <translation>Erase the guest everywhere in Moulin and ask Brevo to delete the contact</translation>
        </message>
    </context>
    <context>
        <name>Moulin::HeadlessCommands</name>
        <message>
            <source>Configuration imported: %1</source>
            <translation>Configuration imported: %1</translation>
        </message>
        <message>
            <source>%1 was not imported and nothing was changed:</source>
            <translation>%1 was not imported and nothing was changed:</translation>
        </message>
        <message>
            <source>Demo mode needs no sign-in: the built-in sandbox's connectors do not use OAuth. Run moulin --sign-in without --demo to sign in to a configured connector.</source>
            <translation>Demo mode needs no sign-in: the built-in sandbox's connectors do not use OAuth. Run moulin --sign-in without --demo to sign in to a configured connector.</translation>
        </message>
        <message>
            <source>%1 is not supported by this version of Moulin yet.</source>
            <translation>%1 is not supported by this version of Moulin yet.</translation>
        </message>
        <message>
            <source>%1 needs no sign-in (authentication "%2").</source>
            <translation>%1 needs no sign-in (authentication "%2").</translation>
        </message>
        <message>
            <source>%1 does not sign in with a web browser: its client secret or API key is all it needs (File ▸ Settings, or --import-config).</source>
            <translation>%1 does not sign in with a web browser: its client secret or API key is all it needs (File ▸ Settings, or --import-config).</translation>
        </message>
        <message>
            <source>To sign in to %1, open this address in a web browser:</source>
            <translation>To sign in to %1, open this address in a web browser:</translation>
        </message>
        <message>
            <source>The answer comes back to %1 on this computer: open the address here, or from another computer through an SSH tunnel (ssh -L %2:127.0.0.1:%2 …).</source>
            <translation>The answer comes back to %1 on this computer: open the address here, or from another computer through an SSH tunnel (ssh -L %2:127.0.0.1:%2 …).</translation>
        </message>
        <message>
            <source>A web browser was asked to open it.</source>
            <translation>A web browser was asked to open it.</translation>
        </message>
        <message numerus="yes">
            <source>Waiting for the sign-in (at most %n second(s))…</source>
            <translation>
                <numerusform>Waiting for the sign-in (at most %n second(s))…</numerusform>
                <numerusform>Waiting for the sign-in (at most %n second(s))…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No answer within %n second(s): the sign-in to %1 was cancelled and nothing was stored. Run moulin --sign-in %2 again (--timeout gives more time).</source>
            <translation>
                <numerusform>No answer within %n second(s): the sign-in to %1 was cancelled and nothing was stored. Run moulin --sign-in %2 again (--timeout gives more time).</numerusform>
                <numerusform>No answer within %n second(s): the sign-in to %1 was cancelled and nothing was stored. Run moulin --sign-in %2 again (--timeout gives more time).</numerusform>
            </translation>
        </message>
        <message>
            <source>The sign-in to %1 did not complete. Run moulin --sign-in %2 to try again.</source>
            <translation>The sign-in to %1 did not complete. Run moulin --sign-in %2 to try again.</translation>
        </message>
        <message>
            <source>%1 accepted the sign-in, but the access could not be kept in the system keychain: %2</source>
            <translation>%1 accepted the sign-in, but the access could not be kept in the system keychain: %2</translation>
        </message>
        <message>
            <source>Signed in to %1: the access is kept in the system keychain.</source>
            <translation>Signed in to %1: the access is kept in the system keychain.</translation>
        </message>
        <message>
            <source>There is no demonstration database in %1 yet: start Moulin once in demo mode first.</source>
            <translation>There is no demonstration database in %1 yet: start Moulin once in demo mode first.</translation>
        </message>
        <message>
            <source>There is no local database in %1 yet: synchronise first (moulin --sync-now).</source>
            <translation>There is no local database in %1 yet: synchronise first (moulin --sync-now).</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>warning: %1</translation>
        </message>
        <message>
            <source>The FEC was not written:</source>
            <translation>The FEC was not written:</translation>
        </message>
        <message>
            <source>The daily summary was not written:</source>
            <translation>The daily summary was not written:</translation>
        </message>
        <message>
            <source>No area writes the export "%1".</source>
            <translation>No area writes the export "%1".</translation>
        </message>
        <message>
            <source>There is no local database in %1 yet: nothing to back up.</source>
            <translation>There is no local database in %1 yet: nothing to back up.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::HeadlessExport</name>
        <message>
            <source>The period needs a start and an end date.</source>
            <translation>The period needs a start and an end date.</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>The start date is after the end date.</translation>
        </message>
        <message>
            <source>No folder to write to.</source>
            <translation>No folder to write to.</translation>
        </message>
        <message>
            <source>No SIREN: give it with --siren (9 digits), or save it once in the window (File ▸ Accounting export (FEC)).</source>
            <translation>No SIREN: give it with --siren (9 digits), or save it once in the window (File ▸ Accounting export (FEC)).</translation>
        </message>
        <message>
            <source>"%1" is not a valid SIREN: 9 digits with a valid check digit.</source>
            <translation>"%1" is not a valid SIREN: 9 digits with a valid check digit.</translation>
        </message>
        <message>
            <source>The fiscal year ends (%1) before the end of the period (%2).</source>
            <translation>The fiscal year ends (%1) before the end of the period (%2).</translation>
        </message>
        <message>
            <source>The folder "%1" does not exist and could not be created.</source>
            <translation>The folder "%1" does not exist and could not be created.</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>line %1: %2</translation>
        </message>
        <message>
            <source>The FEC was not written.</source>
            <translation>The FEC was not written.</translation>
        </message>
        <message>
            <source>The daily summary could not be built from the local database.</source>
            <translation>The daily summary could not be built from the local database.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Could not write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::HeadlessServe</name>
        <message>
            <source>Webhooks are off (webhooks/enabled).</source>
            <translation>Webhooks are off (webhooks/enabled).</translation>
        </message>
        <message>
            <source>Webhooks are on, but no connector declares a webhook: nothing listens.</source>
            <translation>Webhooks are on, but no connector declares a webhook: nothing listens.</translation>
        </message>
        <message>
            <source>Webhooks: listening on %1 port %2%3 (%4).</source>
            <translation>Webhooks: listening on %1 port %2%3 (%4).</translation>
        </message>
        <message>
            <source>Nothing to serve: no enabled feed and no webhook. Configure a connector (File ▸ Settings in the window) or run with --demo.</source>
            <translation>Nothing to serve: no enabled feed and no webhook. Configure a connector (File ▸ Settings in the window) or run with --demo.</translation>
        </message>
        <message>
            <source>Webhook %1 %2: %3</source>
            <translation>Webhook %1 %2: %3</translation>
        </message>
        <message>
            <source>Webhook %1 %2: refused, %3 — %4</source>
            <translation>Webhook %1 %2: refused, %3 — %4</translation>
        </message>
        <message>
            <source>No enabled feed: serving webhooks only.</source>
            <translation>No enabled feed: serving webhooks only.</translation>
        </message>
        <message numerus="yes">
            <source>Serving %n feed(s) on their schedules: %1.</source>
            <translation>
                <numerusform>Serving %n feed(s) on their schedules: %1.</numerusform>
                <numerusform>Serving %n feed(s) on their schedules: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stop with Ctrl+C or SIGTERM.</source>
            <translation>Stop with Ctrl+C or SIGTERM.</translation>
        </message>
        <message>
            <source>%1 received: stopping (the page being stored is finished or rolled back)…</source>
            <translation>%1 received: stopping (the page being stored is finished or rolled back)…</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Stopped.</translation>
        </message>
        <message>
            <source>Webhook %1 %2: %3 — %4</source>
            <translation>Webhook %1 %2: %3 — %4</translation>
        </message>
    </context>
    <context>
        <name>Moulin::HeatMapWidget</name>
        <message>
            <source>Turnover by weekday and hour. Use the arrow keys to move between cells and Enter to see the receipts.</source>
            <translation>Turnover by weekday and hour. Use the arrow keys to move between cells and Enter to see the receipts.</translation>
        </message>
        <message>
            <source>%1 of the period</source>
            <translation>%1 of the period</translation>
        </message>
        <message>
            <source>Click to see the receipts</source>
            <translation>Click to see the receipts</translation>
        </message>
        <message>
            <source>Turnover incl. VAT per hour slot</source>
            <translation>Turnover incl. VAT per hour slot</translation>
        </message>
    </context>
    <context>
        <name>Moulin::HttpClient</name>
        <message>
            <source>Gave up after %1 attempts.</source>
            <translation>Gave up after %1 attempts.</translation>
        </message>
        <message>
            <source>%1 answered with HTTP status %2.</source>
            <translation>%1 answered with HTTP status %2.</translation>
        </message>
        <message>
            <source>%1 answered with HTTP status %2 (%3).</source>
            <translation>%1 answered with HTTP status %2 (%3).</translation>
        </message>
        <message>
            <source>Check the connector's credentials.</source>
            <translation>Check the connector's credentials.</translation>
        </message>
        <message>
            <source>%1 did not answer within %2 s.</source>
            <translation>%1 did not answer within %2 s.</translation>
        </message>
        <message>
            <source>%1 refused the connection.</source>
            <translation>%1 refused the connection.</translation>
        </message>
        <message>
            <source>%1 closed the connection before the answer was complete.</source>
            <translation>%1 closed the connection before the answer was complete.</translation>
        </message>
        <message>
            <source>The server %1 could not be found; check the Internet connection.</source>
            <translation>The server %1 could not be found; check the Internet connection.</translation>
        </message>
        <message>
            <source>Network error while contacting %1: %2</source>
            <translation>Network error while contacting %1: %2</translation>
        </message>
        <message>
            <source>The secure (TLS) connection to %1 failed: %2. Nothing was sent.</source>
            <translation>The secure (TLS) connection to %1 failed: %2. Nothing was sent.</translation>
        </message>
        <message>
            <source>%1 sent an answer that is not valid JSON (%2).</source>
            <translation>%1 sent an answer that is not valid JSON (%2).</translation>
        </message>
        <message>
            <source>Requests to %1 are paused after repeated failures; the next try is in %2 s.</source>
            <translation>Requests to %1 are paused after repeated failures; the next try is in %2 s.</translation>
        </message>
        <message>
            <source>%1 asks Moulin to wait %2 s before the next request.</source>
            <translation>%1 asks Moulin to wait %2 s before the next request.</translation>
        </message>
        <message>
            <source>Refused to follow a redirect to %1: only HTTPS is allowed outside this computer.</source>
            <translation>Refused to follow a redirect to %1: only HTTPS is allowed outside this computer.</translation>
        </message>
        <message>
            <source>Refused to contact %1: only HTTPS is allowed outside this computer.</source>
            <translation>Refused to contact %1: only HTTPS is allowed outside this computer.</translation>
        </message>
        <message>
            <source>The request to %1 was cancelled.</source>
            <translation>The request to %1 was cancelled.</translation>
        </message>
        <message>
            <source>It said: %1</source>
            <translation>It said: %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::IntegrationsTab</name>
        <message>
            <source>No connection configured</source>
            <translation>No connection configured</translation>
        </message>
        <message>
            <source>Every connector you configure appears here with its status, last sync and error history.</source>
            <translation>Every connector you configure appears here with its status, last sync and error history.</translation>
        </message>
        <message>
            <source>Configure a connection…</source>
            <translation>Configure a connection…</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>Connections</translation>
        </message>
        <message>
            <source>&amp;Sync selected</source>
            <translation>&amp;Sync selected</translation>
        </message>
        <message>
            <source>Sync &amp;all now</source>
            <translation>Sync &amp;all now</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>S&amp;ettings…</translation>
        </message>
        <message>
            <source>Sign &amp;in…</source>
            <translation>Sign &amp;in…</translation>
        </message>
        <message>
            <source>Sign in to the selected provider in your browser</source>
            <translation>Sign in to the selected provider in your browser</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <source>A&amp;lerts…</source>
            <translation>A&amp;lerts…</translation>
        </message>
        <message>
            <source>When to raise an alert about a connection</source>
            <translation>When to raise an alert about a connection</translation>
        </message>
        <message numerus="yes">
            <source>%n webhook(s) refused in the last 24 hours at an address no connection declares; the last at %1: %2 %3 (%4) — %5</source>
            <translation>
                <numerusform>%n webhook(s) refused in the last 24 hours at an address no connection declares; the last at %1: %2 %3 (%4) — %5</numerusform>
                <numerusform>%n webhook(s) refused in the last 24 hours at an address no connection declares; the last at %1: %2 %3 (%4) — %5</numerusform>
            </translation>
        </message>
        <message>
            <source>This connection pushes its events to Moulin as they happen: there is nothing to synchronise.</source>
            <translation>This connection pushes its events to Moulin as they happen: there is nothing to synchronise.</translation>
        </message>
        <message>
            <source>Fetch what changed at the selected provider now</source>
            <translation>Fetch what changed at the selected provider now</translation>
        </message>
        <message>
            <source>This connection receives signed webhooks: there is no account to sign in to.</source>
            <translation>This connection receives signed webhooks: there is no account to sign in to.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::InvoiceCsv</name>
        <message>
            <source>The column mapping needs a product code or GTIN, the quantity, the unit price and the VAT rate.</source>
            <translation>The column mapping needs a product code or GTIN, the quantity, the unit price and the VAT rate.</translation>
        </message>
        <message>
            <source>column %1</source>
            <translation>column %1</translation>
        </message>
        <message>
            <source>Row %1, column "%2": "%3" is not a number.</source>
            <translation>Row %1, column "%2": "%3" is not a number.</translation>
        </message>
        <message>
            <source>Row %1: no product code or GTIN.</source>
            <translation>Row %1: no product code or GTIN.</translation>
        </message>
        <message>
            <source>Row %1, column "%2": a negative price (%3).</source>
            <translation>Row %1, column "%2": a negative price (%3).</translation>
        </message>
        <message>
            <source>Row %1, column "%2": %3 is not a French VAT rate (5,5, 10 or 20).</source>
            <translation>Row %1, column "%2": %3 is not a French VAT rate (5,5, 10 or 20).</translation>
        </message>
        <message>
            <source>Row %1: the line total %2 is not quantity × unit price (%3).</source>
            <translation>Row %1: the line total %2 is not quantity × unit price (%3).</translation>
        </message>
        <message>
            <source>The file holds no invoice line.</source>
            <translation>The file holds no invoice line.</translation>
        </message>
        <message>
            <source>The column mapping could not be saved.</source>
            <translation>The column mapping could not be saved.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::InvoiceCsvDialog</name>
        <message>
            <source>Product code</source>
            <translation>Product code</translation>
        </message>
        <message>
            <source>GTIN (EAN)</source>
            <translation>GTIN (EAN)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Unit price excl. VAT</source>
            <translation>Unit price excl. VAT</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>VAT rate</translation>
        </message>
        <message>
            <source>Line total excl. VAT</source>
            <translation>Line total excl. VAT</translation>
        </message>
        <message>
            <source>Import a CSV invoice</source>
            <translation>Import a CSV invoice</translation>
        </message>
        <message>
            <source>The number on the invoice</source>
            <translation>The number on the invoice</translation>
        </message>
        <message>
            <source>Optional: PO-…</source>
            <translation>Optional: PO-…</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Invoice number</source>
            <translation>Invoice number</translation>
        </message>
        <message>
            <source>Invoice date</source>
            <translation>Invoice date</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Semicolon (;)</source>
            <translation>Semicolon (;)</translation>
        </message>
        <message>
            <source>Comma (,)</source>
            <translation>Comma (,)</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Decimal comma (12,50)</source>
            <translation>Decimal comma (12,50)</translation>
        </message>
        <message>
            <source>The first row names the columns</source>
            <translation>The first row names the columns</translation>
        </message>
        <message>
            <source>Separator</source>
            <translation>Separator</translation>
        </message>
        <message>
            <source>&lt;b&gt;Columns&lt;/b&gt; (mapped once per supplier, saved)</source>
            <translation>&lt;b&gt;Columns&lt;/b&gt; (mapped once per supplier, saved)</translation>
        </message>
        <message>
            <source>&lt;b&gt;First rows&lt;/b&gt;</source>
            <translation>&lt;b&gt;First rows&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Column %1</source>
            <translation>Column %1</translation>
        </message>
        <message>
            <source>Type the invoice's number.</source>
            <translation>Type the invoice's number.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::InvoicesPage</name>
        <message>
            <source>Invoices</source>
            <translation>Invoices</translation>
        </message>
        <message>
            <source>The suppliers' invoices against what was ordered and received. A approves the selected line (its billed price becomes the product's cost, the recipes follow), R refuses it, Ctrl+Enter approves the whole invoice.</source>
            <translation>The suppliers' invoices against what was ordered and received. A approves the selected line (its billed price becomes the product's cost, the recipes follow), R refuses it, Ctrl+Enter approves the whole invoice.</translation>
        </message>
        <message>
            <source>&amp;Import an invoice…</source>
            <translation>&amp;Import an invoice…</translation>
        </message>
        <message>
            <source>A UBL invoice (PEPPOL BIS Billing 3.0) or a CSV file (Ctrl+O)</source>
            <translation>A UBL invoice (PEPPOL BIS Billing 3.0) or a CSV file (Ctrl+O)</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Invoice</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Total incl. VAT</source>
            <translation>Total incl. VAT</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Differences</source>
            <translation>Differences</translation>
        </message>
        <message>
            <source>Unmatched</source>
            <translation>Unmatched</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Billed</source>
            <translation>Billed</translation>
        </message>
        <message>
            <source>Ordered price</source>
            <translation>Ordered price</translation>
        </message>
        <message>
            <source>Billed price</source>
            <translation>Billed price</translation>
        </message>
        <message>
            <source>Amount excl. VAT</source>
            <translation>Amount excl. VAT</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>&amp;Approve line (A)</source>
            <translation>&amp;Approve line (A)</translation>
        </message>
        <message>
            <source>&amp;Refuse line (R)</source>
            <translation>&amp;Refuse line (R)</translation>
        </message>
        <message>
            <source>Approve the invoice (Ctrl+Enter)</source>
            <translation>Approve the invoice (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Refuse the invoice</source>
            <translation>Refuse the invoice</translation>
        </message>
        <message>
            <source>Credit-note request (PDF)…</source>
            <translation>Credit-note request (PDF)…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Lines matching nothing&lt;/b&gt; — kept for review, never dropped</source>
            <translation>&lt;b&gt;Lines matching nothing&lt;/b&gt; — kept for review, never dropped</translation>
        </message>
        <message>
            <source>%1 (credit note)</source>
            <translation>%1 (credit note)</translation>
        </message>
        <message>
            <source>&lt;b&gt;No invoice yet.&lt;/b&gt; They arrive with the suppliers' sync, or import one (Ctrl+O).</source>
            <translation>&lt;b&gt;No invoice yet.&lt;/b&gt; They arrive with the suppliers' sync, or import one (Ctrl+O).</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt; — %2, order %3: %n line(s) to decide</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, order %3: %n line(s) to decide</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, order %3: %n line(s) to decide</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
        <message>
            <source>%1 (announced)</source>
            <translation>%1 (announced)</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Matches nothing</source>
            <translation>Matches nothing</translation>
        </message>
        <message>
            <source>Price and quantity differ</source>
            <translation>Price and quantity differ</translation>
        </message>
        <message>
            <source>Price differs</source>
            <translation>Price differs</translation>
        </message>
        <message>
            <source>Quantity differs</source>
            <translation>Quantity differs</translation>
        </message>
        <message>
            <source>As ordered</source>
            <translation>As ordered</translation>
        </message>
        <message>
            <source>Billed %1 beyond what was received: in the credit-note request.</source>
            <translation>Billed %1 beyond what was received: in the credit-note request.</translation>
        </message>
        <message>
            <source>%1 (%2 %)</source>
            <translation>%1 (%2 %)</translation>
        </message>
        <message>
            <source>VAT %1 %: %2 on %3 ✓</source>
            <translation>VAT %1 %: %2 on %3 ✓</translation>
        </message>
        <message>
            <source>VAT %1 %: the lines make %2 (VAT %3), the invoice states %4 (VAT %5)</source>
            <translation>VAT %1 %: the lines make %2 (VAT %3), the invoice states %4 (VAT %5)</translation>
        </message>
        <message>
            <source>Total excl. VAT %1, VAT %2, incl. VAT %3. %4</source>
            <translation>Total excl. VAT %1, VAT %2, incl. VAT %3. %4</translation>
        </message>
        <message>
            <source>Billed beyond what was received: %1 incl. VAT to claim.</source>
            <translation>Billed beyond what was received: %1 incl. VAT to claim.</translation>
        </message>
        <message>
            <source>Import a supplier's invoice</source>
            <translation>Import a supplier's invoice</translation>
        </message>
        <message>
            <source>Invoices (*.xml *.csv *.txt);;UBL (*.xml);;CSV (*.csv *.txt)</source>
            <translation>Invoices (*.xml *.csv *.txt);;UBL (*.xml);;CSV (*.csv *.txt)</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>Could not read %1: %2</translation>
        </message>
        <message>
            <source>Invoice %1 imported and matched.</source>
            <translation>Invoice %1 imported and matched.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) approved; %1 product cost(s) updated, %2 recipe(s) recomputed.</source>
            <translation>
                <numerusform>%n line(s) approved; %1 product cost(s) updated, %2 recipe(s) recomputed.</numerusform>
                <numerusform>%n line(s) approved; %1 product cost(s) updated, %2 recipe(s) recomputed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Invoice refused.</source>
            <translation>Invoice refused.</translation>
        </message>
        <message>
            <source>Line refused.</source>
            <translation>Line refused.</translation>
        </message>
        <message>
            <source>Save the credit-note request (PDF)</source>
            <translation>Save the credit-note request (PDF)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Credit-note request saved: %1</source>
            <translation>Credit-note request saved: %1</translation>
        </message>
        <message>
            <source>Export the credit-note request (CSV)</source>
            <translation>Export the credit-note request (CSV)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Could not write %1: %2</translation>
        </message>
        <message>
            <source>Credit-note request exported: %1</source>
            <translation>Credit-note request exported: %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Invoices received again with other content&lt;/b&gt; — the held invoice is unchanged until you decide: keep it, or replace it by the new one while it is not approved</source>
            <translation>&lt;b&gt;Invoices received again with other content&lt;/b&gt; — the held invoice is unchanged until you decide: keep it, or replace it by the new one while it is not approved</translation>
        </message>
        <message>
            <source>Received again</source>
            <translation>Received again</translation>
        </message>
        <message>
            <source>Held: total incl. VAT</source>
            <translation>Held: total incl. VAT</translation>
        </message>
        <message>
            <source>New: total incl. VAT</source>
            <translation>New: total incl. VAT</translation>
        </message>
        <message>
            <source>Held invoice</source>
            <translation>Held invoice</translation>
        </message>
        <message>
            <source>&amp;Keep the held invoice</source>
            <translation>&amp;Keep the held invoice</translation>
        </message>
        <message>
            <source>Re&amp;place by the new one</source>
            <translation>Re&amp;place by the new one</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n line(s))</source>
            <translation>
                <numerusform>%1 (%n line(s))</numerusform>
                <numerusform>%1 (%n line(s))</numerusform>
            </translation>
        </message>
        <message>
            <source>Invoice %1 is already here with the same content: nothing changed.</source>
            <translation>Invoice %1 is already here with the same content: nothing changed.</translation>
        </message>
        <message>
            <source>Invoice %1 is already held with other content: the new one is set aside above for you to keep the held one or replace it.</source>
            <translation>Invoice %1 is already held with other content: the new one is set aside above for you to keep the held one or replace it.</translation>
        </message>
        <message>
            <source>Invoice %1 is approved: it is never replaced. Keep it and ask %2 for a credit note cancelling it, then a new invoice with the corrected amounts.</source>
            <translation>Invoice %1 is approved: it is never replaced. Keep it and ask %2 for a credit note cancelling it, then a new invoice with the corrected amounts.</translation>
        </message>
        <message>
            <source>Invoice %1 is not approved yet: replacing it matches the new one against the order and the receipts (the held document is kept).</source>
            <translation>Invoice %1 is not approved yet: replacing it matches the new one against the order and the receipts (the held document is kept).</translation>
        </message>
        <message>
            <source>Invoice %1 replaced by the one received again, and matched.</source>
            <translation>Invoice %1 replaced by the one received again, and matched.</translation>
        </message>
        <message>
            <source>Invoice %1 kept as held; the one received again is set aside.</source>
            <translation>Invoice %1 kept as held; the one received again is set aside.</translation>
        </message>
        <message>
            <source>Credit-note request (CSV)…</source>
            <translation>Credit-note request (CSV)…</translation>
        </message>
        <message>
            <source>No supplier invoice yet: they arrive with the suppliers' synchronisation, or choose “Import an invoice…” for a UBL or CSV file.</source>
            <translation>No supplier invoice yet: they arrive with the suppliers' synchronisation, or choose “Import an invoice…” for a UBL or CSV file.</translation>
        </message>
        <message>
            <source>Choose an invoice above to compare its lines with the order and the delivery.</source>
            <translation>Choose an invoice above to compare its lines with the order and the delivery.</translation>
        </message>
        <message>
            <source>No invoice line waiting: every line billed matches an order.</source>
            <translation>No invoice line waiting: every line billed matches an order.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ItemsPage</name>
        <message>
            <source>%1 sold</source>
            <translation>%1 sold</translation>
        </message>
        <message>
            <source>item “%1”</source>
            <translation>item “%1”</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Incl. VAT</source>
            <translation>Incl. VAT</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Best sellers</source>
            <translation>Best sellers</translation>
        </message>
        <message>
            <source>Slowest sellers</source>
            <translation>Slowest sellers</translation>
        </message>
        <message>
            <source>top %1, incl. VAT</source>
            <translation>top %1, incl. VAT</translation>
        </message>
        <message>
            <source>bottom %1, incl. VAT</source>
            <translation>bottom %1, incl. VAT</translation>
        </message>
        <message>
            <source>All items sold</source>
            <translation>All items sold</translation>
        </message>
        <message>
            <source>items</source>
            <translation>items</translation>
        </message>
    </context>
    <context>
        <name>Moulin::KpiCard</name>
        <message>
            <source>importing…</source>
            <translation>importing…</translation>
        </message>
        <message>
            <source>The sales history is still being imported from the till: the change against last year will show once it is complete.</source>
            <translation>The sales history is still being imported from the till: the change against last year will show once it is complete.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::KpiCards</name>
        <message>
            <source>Last year: %1</source>
            <translation>Last year: %1</translation>
        </message>
        <message>
            <source>Lunch</source>
            <translation>Lunch</translation>
        </message>
        <message>
            <source>Dinner</source>
            <translation>Dinner</translation>
        </message>
        <message>
            <source>Turnover excl. VAT</source>
            <translation>Turnover excl. VAT</translation>
        </message>
        <message>
            <source>Turnover incl. VAT</source>
            <translation>Turnover incl. VAT</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Covers</translation>
        </message>
        <message>
            <source>Average ticket</source>
            <translation>Average ticket</translation>
        </message>
        <message>
            <source>Guests served</source>
            <translation>Guests served</translation>
        </message>
        <message>
            <source>Turnover incl. VAT divided by the number of receipts</source>
            <translation>Turnover incl. VAT divided by the number of receipts</translation>
        </message>
        <message>
            <source>Last year until %1: %2</source>
            <translation>Last year until %1: %2</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>not started</translation>
        </message>
        <message>
            <source>Dinner starts at %1</source>
            <translation>Dinner starts at %1</translation>
        </message>
        <message>
            <source>being imported</source>
            <translation>being imported</translation>
        </message>
    </context>
    <context>
        <name>Moulin::LightspeedConnector</name>
        <message>
            <source>The POS sent a page of sales that could not be read (%1); it will be asked for again.</source>
            <translation>The POS sent a page of sales that could not be read (%1); it will be asked for again.</translation>
        </message>
        <message>
            <source>Lightspeed sent a list of businesses that could not be read: %1</source>
            <translation>Lightspeed sent a list of businesses that could not be read: %1</translation>
        </message>
        <message>
            <source>Lightspeed's answer to %1 could not be read: %2</source>
            <translation>Lightspeed's answer to %1 could not be read: %2</translation>
        </message>
        <message>
            <source>The tax rate « %1 » has no code or no rate given as a multiplier such as 1.1 (got %2).</source>
            <translation>The tax rate « %1 » has no code or no rate given as a multiplier such as 1.1 (got %2).</translation>
        </message>
        <message>
            <source>The payment method « %1 » has no code.</source>
            <translation>The payment method « %1 » has no code.</translation>
        </message>
        <message>
            <source>The discount « %1 » has no code, or no readable discountPercentage or discountAmount.</source>
            <translation>The discount « %1 » has no code, or no readable discountPercentage or discountAmount.</translation>
        </message>
        <message>
            <source>The item « %1 » (%2) has no id or no readable price (prices[0].amount).</source>
            <translation>The item « %1 » (%2) has no id or no readable price (prices[0].amount).</translation>
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
                <numerusform>%1, %2: %3, %n booking(s)%4</numerusform>
                <numerusform>%1, %2: %3, %n booking(s)%4</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Moulin::LoyaltyRulesPage</name>
        <message>
            <source>Every %1 visits</source>
            <translation>Every %1 visits</translation>
        </message>
        <message>
            <source>%1 spent in all</source>
            <translation>%1 spent in all</translation>
        </message>
        <message>
            <source>Birthday (the week before)</source>
            <translation>Birthday (the week before)</translation>
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
            <translation>The number of visits must be a whole number from 1 to %1 (not "%2").</translation>
        </message>
        <message>
            <source>The spend threshold must be an amount in euros above zero, e.g. 500 or 499,90 (not "%1").</source>
            <translation>The spend threshold must be an amount in euros above zero, e.g. 500 or 499,90 (not "%1").</translation>
        </message>
        <message>
            <source>This rule exists already (%1): select it to change or reactivate it.</source>
            <translation>This rule exists already (%1): select it to change or reactivate it.</translation>
        </message>
        <message>
            <source>The rule was not added: %1</source>
            <translation>The rule was not added: %1</translation>
        </message>
        <message>
            <source>Select a rule first.</source>
            <translation>Select a rule first.</translation>
        </message>
        <message>
            <source>The rule was not saved: %1</source>
            <translation>The rule was not saved: %1</translation>
        </message>
        <message>
            <source>Rule saved: %1.</source>
            <translation>Rule saved: %1.</translation>
        </message>
        <message>
            <source>The rule was not changed: %1</source>
            <translation>The rule was not changed: %1</translation>
        </message>
        <message>
            <source>Rule activated: %1.</source>
            <translation>Rule activated: %1.</translation>
        </message>
        <message>
            <source>Rule deactivated: %1. The rewards already granted stay.</source>
            <translation>Rule deactivated: %1. The rewards already granted stay.</translation>
        </message>
        <message>
            <source>&amp;Threshold (€)</source>
            <translation>&amp;Threshold (€)</translation>
        </message>
        <message>
            <source>&amp;Threshold (visits)</source>
            <translation>&amp;Threshold (visits)</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Deactivate</translation>
        </message>
        <message>
            <source>Acti&amp;vate</source>
            <translation>Acti&amp;vate</translation>
        </message>
        <message>
            <source>A guest earns a reward once per milestone: every N visits, a lifetime spend, or the week before their birthday. Deactivating a rule grants no new reward; those granted stay.</source>
            <translation>A guest earns a reward once per milestone: every N visits, a lifetime spend, or the week before their birthday. Deactivating a rule grants no new reward; those granted stay.</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>Every N visits</source>
            <translation>Every N visits</translation>
        </message>
        <message>
            <source>Lifetime spend (€)</source>
            <translation>Lifetime spend (€)</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>&amp;Add a rule</source>
            <translation>&amp;Add a rule</translation>
        </message>
        <message>
            <source>&amp;Save the rule</source>
            <translation>&amp;Save the rule</translation>
        </message>
        <message>
            <source>Granting the rewards now due…</source>
            <translation>Granting the rewards now due…</translation>
        </message>
        <message>
            <source>The rewards could not be granted now (%1): guests will get them as their profiles change.</source>
            <translation>The rewards could not be granted now (%1): guests will get them as their profiles change.</translation>
        </message>
        <message>
            <source>No new reward was due.</source>
            <translation>No new reward was due.</translation>
        </message>
        <message numerus="yes">
            <source>%n reward(s) granted at once to the guests who had reached it.</source>
            <translation>
                <numerusform>%n reward(s) granted at once to the guests who had reached it.</numerusform>
                <numerusform>%n reward(s) granted at once to the guests who had reached it.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rule added: %1.</source>
            <translation>Rule added: %1.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::MainWindow</name>
        <message>
            <source>Moulin — Restaurant back-office</source>
            <translation>Moulin — Restaurant back-office</translation>
        </message>
        <message>
            <source>&amp;Integrations</source>
            <translation>&amp;Integrations</translation>
        </message>
        <message>
            <source>State of every connection, logs and alerts</source>
            <translation>State of every connection, logs and alerts</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Import a configuration…</source>
            <translation>&amp;Import a configuration…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Moulin</source>
            <translation>&amp;About Moulin</translation>
        </message>
        <message>
            <source>Sync %p%</source>
            <translation>Sync %p%</translation>
        </message>
        <message>
            <source>Synchronisation in progress</source>
            <translation>Synchronisation in progress</translation>
        </message>
        <message>
            <source>&amp;Integrations (%1)</source>
            <translation>&amp;Integrations (%1)</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Backups…</translation>
        </message>
    </context>
    <context>
        <name>Moulin::MenuItemsModel</name>
        <message>
            <source>Synchronised</source>
            <translation>Synchronised</translation>
        </message>
        <message>
            <source>Waiting for the till</source>
            <translation>Waiting for the till</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <source>Rejected by the till</source>
            <translation>Rejected by the till</translation>
        </message>
        <message>
            <source>The till has this price.</source>
            <translation>The till has this price.</translation>
        </message>
        <message>
            <source>The new price is saved here and will be sent to the till at the next synchronisation.</source>
            <translation>The new price is saved here and will be sent to the till at the next synchronisation.</translation>
        </message>
        <message>
            <source>The price was changed on the till too. Choose which price to keep.</source>
            <translation>The price was changed on the till too. Choose which price to keep.</translation>
        </message>
        <message>
            <source>The till refused this price; the Integrations tab has the details.</source>
            <translation>The till refused this price; the Integrations tab has the details.</translation>
        </message>
        <message>
            <source>Price on the till: %1</source>
            <translation>Price on the till: %1</translation>
        </message>
        <message>
            <source>Double-click or press F2 to change the price</source>
            <translation>Double-click or press F2 to change the price</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Accounting group</source>
            <translation>Accounting group</translation>
        </message>
        <message>
            <source>Price incl. VAT</source>
            <translation>Price incl. VAT</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>VAT</translation>
        </message>
        <message>
            <source>Till</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>The till gives no VAT rate for this item nor for its group; each sale carries its own.</source>
            <translation>The till gives no VAT rate for this item nor for its group; each sale carries its own.</translation>
        </message>
        <message>
            <source>%1, according to the sales: the till gives no VAT rate for this item nor for its group.</source>
            <translation>%1, according to the sales: the till gives no VAT rate for this item nor for its group.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::MenuPriceView</name>
        <message>
            <source>The price of “%1” was also changed on the till. Keep %2, or take the till's price?</source>
            <translation>The price of “%1” was also changed on the till. Keep %2, or take the till's price?</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item(s)</numerusform>
                <numerusform>%n item(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for the till</source>
            <translation>
                <numerusform>%n waiting for the till</numerusform>
                <numerusform>%n waiting for the till</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in conflict</source>
            <translation>
                <numerusform>%n in conflict</numerusform>
                <numerusform>%n in conflict</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%n rejected</numerusform>
                <numerusform>%n rejected</numerusform>
            </translation>
        </message>
        <message>
            <source>Change price…</source>
            <translation>Change price…</translation>
        </message>
        <message>
            <source>Edit the selected item's price (F2)</source>
            <translation>Edit the selected item's price (F2)</translation>
        </message>
        <message>
            <source>Keep my price</source>
            <translation>Keep my price</translation>
        </message>
        <message>
            <source>Take the till's price</source>
            <translation>Take the till's price</translation>
        </message>
        <message>
            <source>menu-prices</source>
            <translation>menu-prices</translation>
        </message>
        <message>
            <source>The price of “%1” was also changed on the till, to %2. Keep %3, or take the till's price?</source>
            <translation>The price of “%1” was also changed on the till, to %2. Keep %3, or take the till's price?</translation>
        </message>
        <message>
            <source>The till refused the price of “%1”. Change it to try again.</source>
            <translation>The till refused the price of “%1”. Change it to try again.</translation>
        </message>
        <message>
            <source>The till refused the price of “%1”: %2</source>
            <translation>The till refused the price of “%1”: %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::MoulinApplication</name>
        <message>
            <source>Demo mode unavailable</source>
            <translation>Demo mode unavailable</translation>
        </message>
        <message>
            <source>Demo mode</source>
            <translation>Demo mode</translation>
        </message>
        <message>
            <source>Built-in sandbox on 127.0.0.1:%1 — no real data is sent anywhere</source>
            <translation>Built-in sandbox on 127.0.0.1:%1 — no real data is sent anywhere</translation>
        </message>
        <message>
            <source>No connection configured — File ▸ Settings to add one</source>
            <translation>No connection configured — File ▸ Settings to add one</translation>
        </message>
        <message>
            <source>%1 of %2 connections up</source>
            <translation>%1 of %2 connections up</translation>
        </message>
        <message>
            <source>About Moulin</source>
            <translation>About Moulin</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Moulin %1&lt;/h3&gt;&lt;p&gt;Back-office for restaurants: sales, suppliers, reservations, customers and rosters, connected to the till, suppliers and booking platforms.&lt;/p&gt;&lt;p&gt;Data is kept on this computer; passwords and keys stay in the system keychain.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Moulin %1&lt;/h3&gt;&lt;p&gt;Back-office for restaurants: sales, suppliers, reservations, customers and rosters, connected to the till, suppliers and booking platforms.&lt;/p&gt;&lt;p&gt;Data is kept on this computer; passwords and keys stay in the system keychain.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Cannot open the local database</source>
            <translation>Cannot open the local database</translation>
        </message>
        <message>
            <source>Import a connector configuration</source>
            <translation>Import a connector configuration</translation>
        </message>
        <message>
            <source>JSON configuration (*.json);;All files (*)</source>
            <translation>JSON configuration (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importing %1…</translation>
        </message>
        <message>
            <source>Configuration imported: %1</source>
            <translation>Configuration imported: %1</translation>
        </message>
        <message>
            <source>Import refused: nothing was changed</source>
            <translation>Import refused: nothing was changed</translation>
        </message>
        <message>
            <source>Configuration not imported</source>
            <translation>Configuration not imported</translation>
        </message>
        <message>
            <source>%1 was not imported and nothing was changed:</source>
            <translation>%1 was not imported and nothing was changed:</translation>
        </message>
        <message numerus="yes">
            <source>%n connection(s) configured — waiting for the first sync</source>
            <translation>
                <numerusform>%n connection(s) configured — waiting for the first sync</numerusform>
                <numerusform>%n connection(s) configured — waiting for the first sync</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 connections up — %3 in error (see Integrations)</source>
            <translation>%1 of %2 connections up — %3 in error (see Integrations)</translation>
        </message>
        <message>
            <source>%1 — %2: %3</source>
            <translation>%1 — %2: %3</translation>
        </message>
        <message>
            <source>Could not open a browser. Open this address to sign in: %1</source>
            <translation>Could not open a browser. Open this address to sign in: %1</translation>
        </message>
        <message>
            <source>Nothing to synchronise: no enabled feed.</source>
            <translation>Nothing to synchronise: no enabled feed.</translation>
        </message>
        <message>
            <source>Not supported by this version of Moulin yet</source>
            <translation>Not supported by this version of Moulin yet</translation>
        </message>
        <message>
            <source>Backup not restored</source>
            <translation>Backup not restored</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Moulin could not start again by itself: close it and open it again, the backup will be restored then.</source>
            <translation>Moulin could not start again by itself: close it and open it again, the backup will be restored then.</translation>
        </message>
        <message>
            <source>Backup failed: %1</source>
            <translation>Backup failed: %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::NeedsEditor</name>
        <message>
            <source>Apply to the selected times</source>
            <translation>Apply to the selected times</translation>
        </message>
        <message>
            <source>Follow the forecast</source>
            <translation>Follow the forecast</translation>
        </message>
        <message>
            <source>Staff needed — %1, %2</source>
            <translation>Staff needed — %1, %2</translation>
        </message>
        <message>
            <source>Staff needed per quarter of an hour. &lt;b&gt;Computed&lt;/b&gt; is what the covers forecast and the role's ratio give; change the &lt;b&gt;minimum&lt;/b&gt; (kept by every roster) or the &lt;b&gt;need&lt;/b&gt; (what the optimiser aims for). Times you change keep your values until you give them back to the forecast.</source>
            <translation>Staff needed per quarter of an hour. &lt;b&gt;Computed&lt;/b&gt; is what the covers forecast and the role's ratio give; change the &lt;b&gt;minimum&lt;/b&gt; (kept by every roster) or the &lt;b&gt;need&lt;/b&gt; (what the optimiser aims for). Times you change keep your values until you give them back to the forecast.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Covers (forecast)</source>
            <translation>Covers (forecast)</translation>
        </message>
        <message>
            <source>Computed (min. / need)</source>
            <translation>Computed (min. / need)</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <source>Need</source>
            <translation>Need</translation>
        </message>
        <message>
            <source>Give the selected times (all when none is selected) their computed values back.</source>
            <translation>Give the selected times (all when none is selected) their computed values back.</translation>
        </message>
        <message>
            <source>Changed by hand (computed: minimum %1, need %2)</source>
            <translation>Changed by hand (computed: minimum %1, need %2)</translation>
        </message>
        <message>
            <source>Needs not saved</source>
            <translation>Needs not saved</translation>
        </message>
    </context>
    <context>
        <name>Moulin::NewBookingForm</name>
        <message>
            <source>Name: required for a booking by phone.</source>
            <translation>Name: required for a booking by phone.</translation>
        </message>
        <message>
            <source>Covers: must be a positive number (e.g. 4).</source>
            <translation>Covers: must be a positive number (e.g. 4).</translation>
        </message>
        <message>
            <source>Covers: %1 is not plausible.</source>
            <translation>Covers: %1 is not plausible.</translation>
        </message>
        <message>
            <source>Time: required (e.g. 20:30).</source>
            <translation>Time: required (e.g. 20:30).</translation>
        </message>
        <message>
            <source>Time: « %1 » is not a time (e.g. 20:30 or 20h30).</source>
            <translation>Time: « %1 » is not a time (e.g. 20:30 or 20h30).</translation>
        </message>
        <message>
            <source>New booking for %1</source>
            <translation>New booking for %1</translation>
        </message>
        <message>
            <source>New booking</source>
            <translation>New booking</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>C&amp;overs</source>
            <translation>C&amp;overs</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>&amp;Time</translation>
        </message>
        <message>
            <source>&amp;Requests</source>
            <translation>&amp;Requests</translation>
        </message>
        <message>
            <source>A&amp;llergies</source>
            <translation>A&amp;llergies</translation>
        </message>
        <message>
            <source>Guest's name</source>
            <translation>Guest's name</translation>
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
            <translation>Birthday, high chair, terrace…</translation>
        </message>
        <message>
            <source>Peanuts, gluten…</source>
            <translation>Peanuts, gluten…</translation>
        </message>
        <message>
            <source>At the &amp;door</source>
            <translation>At the &amp;door</translation>
        </message>
        <message>
            <source>The guests are here without a booking: recorded as a walk-in, arrived now</source>
            <translation>The guests are here without a booking: recorded as a walk-in, arrived now</translation>
        </message>
        <message>
            <source>Save (Enter)</source>
            <translation>Save (Enter)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <source>&amp;Zone</source>
            <translation>&amp;Zone</translation>
        </message>
        <message>
            <source>No wish</source>
            <translation>No wish</translation>
        </message>
        <message>
            <source>The part of the floor plan the guests asked for: the table plan seats them there when it can</source>
            <translation>The part of the floor plan the guests asked for: the table plan seats them there when it can</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>Seat them in this zone or not at all (else: a preference)</source>
            <translation>Seat them in this zone or not at all (else: a preference)</translation>
        </message>
    </context>
    <context>
        <name>Moulin::OpenTableFeeds</name>
        <message>
            <source>OpenTable's answer to %1 could not be read: %2</source>
            <translation>OpenTable's answer to %1 could not be read: %2</translation>
        </message>
        <message>
            <source>The reservation %1 has an invalid %2: %3.</source>
            <translation>The reservation %1 has an invalid %2: %3.</translation>
        </message>
        <message>
            <source>A reservation has no id (%1).</source>
            <translation>A reservation has no id (%1).</translation>
        </message>
        <message>
            <source>The reservation %1 has an unknown %2: %3.</source>
            <translation>The reservation %1 has an unknown %2: %3.</translation>
        </message>
        <message>
            <source>A guest has no id (%1).</source>
            <translation>A guest has no id (%1).</translation>
        </message>
        <message>
            <source>The guest %1 has an invalid %2: %3.</source>
            <translation>The guest %1 has an invalid %2: %3.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::OpeningSchedule</name>
        <message>
            <source>%1: not a day of the year</source>
            <translation>%1: not a day of the year</translation>
        </message>
        <message>
            <source>%1: not understood (mon…sun, optionally -lunch or -dinner, or MM-DD)</source>
            <translation>%1: not understood (mon…sun, optionally -lunch or -dinner, or MM-DD)</translation>
        </message>
    </context>
    <context>
        <name>Moulin::OrderDraft</name>
        <message>
            <source>« %1 » is not a quantity: type a number, e.g. 3, 2,5 or 15 kg.</source>
            <translation>« %1 » is not a quantity: type a number, e.g. 3, 2,5 or 15 kg.</translation>
        </message>
        <message>
            <source>« %1 » is not a quantity above zero.</source>
            <translation>« %1 » is not a quantity above zero.</translation>
        </message>
        <message>
            <source>%1 is counted in %2 or in packs (%3), not in « %4 ».</source>
            <translation>%1 is counted in %2 or in packs (%3), not in « %4 ».</translation>
        </message>
        <message>
            <source>Choose a delivery day; the next possible one is %1.</source>
            <translation>Choose a delivery day; the next possible one is %1.</translation>
        </message>
        <message>
            <source>%1 has no delivery day.</source>
            <translation>%1 has no delivery day.</translation>
        </message>
        <message>
            <source>The order has no line yet.</source>
            <translation>The order has no line yet.</translation>
        </message>
        <message>
            <source>%1 (%2) is no longer in %3's catalogue: remove the line.</source>
            <translation>%1 (%2) is no longer in %3's catalogue: remove the line.</translation>
        </message>
        <message>
            <source>Below franco (%1): %2 more for free delivery, otherwise a delivery fee of %3 excl. VAT.</source>
            <translation>Below franco (%1): %2 more for free delivery, otherwise a delivery fee of %3 excl. VAT.</translation>
        </message>
        <message>
            <source>%1 → %2: whole packs only</source>
            <translation>%1 → %2: whole packs only</translation>
        </message>
        <message>
            <source>%1 → %2 of %3 (%4): sold by the pack only</source>
            <translation>%1 → %2 of %3 (%4): sold by the pack only</translation>
        </message>
    </context>
    <context>
        <name>Moulin::OrderEditorPage</name>
        <message>
            <source>%1 of %2 %3</source>
            <translation>%1 of %2 %3</translation>
        </message>
        <message>
            <source>&amp;Supplier:</source>
            <translation>&amp;Supplier:</translation>
        </message>
        <message>
            <source>&amp;Delivery:</source>
            <translation>&amp;Delivery:</translation>
        </message>
        <message>
            <source>&amp;Product:</source>
            <translation>&amp;Product:</translation>
        </message>
        <message>
            <source>Type a few letters, an article number or a GTIN, then Enter</source>
            <translation>Type a few letters, an article number or a GTIN, then Enter</translation>
        </message>
        <message>
            <source>&amp;Quantity:</source>
            <translation>&amp;Quantity:</translation>
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation>&amp;Send now</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Send…</source>
            <translation>Send…</translation>
        </message>
        <message>
            <source>Send the order (Ctrl+Enter)</source>
            <translation>Send the order (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <source>Net price</source>
            <translation>Net price</translation>
        </message>
        <message>
            <source>Amount excl. VAT</source>
            <translation>Amount excl. VAT</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>VAT</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>The draft could not be saved: %1</source>
            <translation>The draft could not be saved: %1</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message numerus="yes">
            <source>Order (%n line(s))</source>
            <translation>
                <numerusform>Order (%n line(s))</numerusform>
                <numerusform>Order (%n line(s))</numerusform>
            </translation>
        </message>
        <message>
            <source>in %1 d %2 h</source>
            <translation>in %1 d %2 h</translation>
        </message>
        <message>
            <source>in %1 h %2 min</source>
            <translation>in %1 h %2 min</translation>
        </message>
        <message>
            <source>in %1 min</source>
            <translation>in %1 min</translation>
        </message>
        <message>
            <source>Type a new quantity (e.g. 3, 2,5 or 15 kg); Del removes the line</source>
            <translation>Type a new quantity (e.g. 3, 2,5 or 15 kg); Del removes the line</translation>
        </message>
        <message>
            <source>No longer in the catalogue: remove the line</source>
            <translation>No longer in the catalogue: remove the line</translation>
        </message>
        <message>
            <source>No supplier yet: the suppliers appear here once their catalogues are synchronised.</source>
            <translation>No supplier yet: the suppliers appear here once their catalogues are synchronised.</translation>
        </message>
        <message>
            <source>Total excl. VAT: %1</source>
            <translation>Total excl. VAT: %1</translation>
        </message>
        <message>
            <source>delivery: %1</source>
            <translation>delivery: %1</translation>
        </message>
        <message>
            <source>VAT %1: %2</source>
            <translation>VAT %1: %2</translation>
        </message>
        <message>
            <source>Total incl. VAT: %1</source>
            <translation>Total incl. VAT: %1</translation>
        </message>
        <message>
            <source>Franco reached (%1): free delivery</source>
            <translation>Franco reached (%1): free delivery</translation>
        </message>
        <message>
            <source>%1 more for franco, otherwise %2 delivery fee</source>
            <translation>%1 more for franco, otherwise %2 delivery fee</translation>
        </message>
        <message>
            <source>Order by %1 (%2)</source>
            <translation>Order by %1 (%2)</translation>
        </message>
        <message>
            <source>Cut-off passed (%1)</source>
            <translation>Cut-off passed (%1)</translation>
        </message>
        <message>
            <source>&amp;Use %1</source>
            <translation>&amp;Use %1</translation>
        </message>
        <message>
            <source>%1 per %2</source>
            <translation>%1 per %2</translation>
        </message>
        <message>
            <source>No product of %1 matches « %2 ».</source>
            <translation>No product of %1 matches « %2 ».</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>packs (%1)</source>
            <translation>packs (%1)</translation>
        </message>
        <message>
            <source>Choose a product first: type its name, then Enter.</source>
            <translation>Choose a product first: type its name, then Enter.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: %2 added</source>
            <translation>%1: %2 added</translation>
        </message>
        <message>
            <source>%1 removed</source>
            <translation>%1 removed</translation>
        </message>
        <message>
            <source>Settings ▸ Establishment: %1</source>
            <translation>Settings ▸ Establishment: %1</translation>
        </message>
        <message>
            <source>%1 has no connection to send the order through.</source>
            <translation>%1 has no connection to send the order through.</translation>
        </message>
        <message numerus="yes">
            <source>The order cannot be sent yet: %n problem(s) listed above.</source>
            <translation>
                <numerusform>The order cannot be sent yet: %n problem(s) listed above.</numerusform>
                <numerusform>The order cannot be sent yet: %n problem(s) listed above.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Send %n line(s) to %1 for delivery on %2, %3 incl. VAT? Enter sends, Esc goes back.</source>
            <translation>
                <numerusform>Send %n line(s) to %1 for delivery on %2, %3 incl. VAT? Enter sends, Esc goes back.</numerusform>
                <numerusform>Send %n line(s) to %1 for delivery on %2, %3 incl. VAT? Enter sends, Esc goes back.</numerusform>
            </translation>
        </message>
        <message>
            <source>The order could not be prepared: %1</source>
            <translation>The order could not be prepared: %1</translation>
        </message>
        <message>
            <source>Order %1 to %2 stored and queued for sending.</source>
            <translation>Order %1 to %2 stored and queued for sending.</translation>
        </message>
        <message>
            <source>(promo)</source>
            <translation>(promo)</translation>
        </message>
        <message>
            <source>%1 until %2: instead of %3</source>
            <translation>%1 until %2: instead of %3</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Promotion</translation>
        </message>
        <message>
            <source>Minimum order reached (%1)</source>
            <translation>Minimum order reached (%1)</translation>
        </message>
        <message>
            <source>%1 more to reach the minimum order of %2</source>
            <translation>%1 more to reach the minimum order of %2</translation>
        </message>
        <message>
            <source>Split at the best price…</source>
            <translation>Split at the best price…</translation>
        </message>
        <message>
            <source>Choose who supplies each line so that prices and delivery fees are lowest, with the other drafts for the same day (Ctrl+Shift+R)</source>
            <translation>Choose who supplies each line so that prices and delivery fees are lowest, with the other drafts for the same day (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Remove the lines no longer in the catalogue before splitting the order.</source>
            <translation>Remove the lines no longer in the catalogue before splitting the order.</translation>
        </message>
        <message>
            <source>The order has no line to split across the suppliers.</source>
            <translation>The order has no line to split across the suppliers.</translation>
        </message>
        <message numerus="yes">
            <source>The split was written as %n draft(s), one per supplier and delivery day.</source>
            <translation>
                <numerusform>The split was written as %n draft(s), one per supplier and delivery day.</numerusform>
                <numerusform>The split was written as %n draft(s), one per supplier and delivery day.</numerusform>
            </translation>
        </message>
        <message>
            <source>No product matches « %1 ».</source>
            <translation>No product matches « %1 ».</translation>
        </message>
        <message>
            <source>The order has no line yet: type a product's name, reference or GTIN in Product above, then Enter.</source>
            <translation>The order has no line yet: type a product's name, reference or GTIN in Product above, then Enter.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::OrderSplit</name>
        <message>
            <source>%1: the quantity must be above zero.</source>
            <translation>%1: the quantity must be above zero.</translation>
        </message>
        <message>
            <source>No supplier carries %1.</source>
            <translation>No supplier carries %1.</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 on %2</translation>
        </message>
        <message>
            <source>%1 has no delivery day</source>
            <translation>%1 has no delivery day</translation>
        </message>
        <message>
            <source>No supplier can deliver %1 by %2 (cut-off passed or no delivery that day); the earliest: %3.</source>
            <translation>No supplier can deliver %1 by %2 (cut-off passed or no delivery that day); the earliest: %3.</translation>
        </message>
        <message>
            <source>%1 is pinned to %2, which cannot deliver it by %3 (next possible delivery: %4).</source>
            <translation>%1 is pinned to %2, which cannot deliver it by %3 (next possible delivery: %4).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>%1 is pinned to %2, which does not carry it.</source>
            <translation>%1 is pinned to %2, which does not carry it.</translation>
        </message>
        <message>
            <source>%1: %2 requires a minimum order of %3, and the lines it can supply for %4 come to %5.</source>
            <translation>%1: %2 requires a minimum order of %3, and the lines it can supply for %4 come to %5.</translation>
        </message>
        <message>
            <source>The search was stopped before a split was found.</source>
            <translation>The search was stopped before a split was found.</translation>
        </message>
        <message>
            <source>No split meets every supplier's minimum order; pin fewer lines or order more.</source>
            <translation>No split meets every supplier's minimum order; pin fewer lines or order more.</translation>
        </message>
        <message>
            <source>%1 has no usual supplier.</source>
            <translation>%1 has no usual supplier.</translation>
        </message>
        <message>
            <source>%1: the usual supplier, %2, cannot deliver it by %3.</source>
            <translation>%1: the usual supplier, %2, cannot deliver it by %3.</translation>
        </message>
        <message>
            <source>%1's minimum order (%2) is not reached from the usual supplier.</source>
            <translation>%1's minimum order (%2) is not reached from the usual supplier.</translation>
        </message>
        <message>
            <source>minimum order %1 reached</source>
            <translation>minimum order %1 reached</translation>
        </message>
        <message>
            <source>minimum order %1 not reached</source>
            <translation>minimum order %1 not reached</translation>
        </message>
        <message>
            <source>franco %1 reached</source>
            <translation>franco %1 reached</translation>
        </message>
        <message>
            <source>%1 delivery fee, franco %2 not reached</source>
            <translation>%1 delivery fee, franco %2 not reached</translation>
        </message>
        <message>
            <source>%1 — delivery on %2: %3</source>
            <translation>%1 — delivery on %2: %3</translation>
        </message>
        <message>
            <source>The split has no order to write.</source>
            <translation>The split has no order to write.</translation>
        </message>
        <message>
            <source>%1 is no longer a supplier.</source>
            <translation>%1 is no longer a supplier.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::OrderSplitDialog</name>
        <message>
            <source>Split at the best price</source>
            <translation>Split at the best price</translation>
        </message>
        <message>
            <source>Each line goes to the supplier that makes the whole purchase cheapest: prices of the delivery day, whole packs, delivery fees below franco and minimum orders, cut-off times and delivery days. Choose a line's supplier below to pin it.</source>
            <translation>Each line goes to the supplier that makes the whole purchase cheapest: prices of the delivery day, whole packs, delivery fees below franco and minimum orders, cut-off times and delivery days. Choose a line's supplier below to pin it.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Needed</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <source>Net price</source>
            <translation>Net price</translation>
        </message>
        <message>
            <source>Amount excl. VAT</source>
            <translation>Amount excl. VAT</translation>
        </message>
        <message>
            <source>Usual supplier</source>
            <translation>Usual supplier</translation>
        </message>
        <message>
            <source>&amp;Supplier of the line:</source>
            <translation>&amp;Supplier of the line:</translation>
        </message>
        <message>
            <source>&amp;Link to another product…</source>
            <translation>&amp;Link to another product…</translation>
        </message>
        <message>
            <source>Declare another supplier's product the same as the selected line's (no common GTIN)</source>
            <translation>Declare another supplier's product the same as the selected line's (no common GTIN)</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Apply</translation>
        </message>
        <message>
            <source>Write one order draft per supplier and delivery day</source>
            <translation>Write one order draft per supplier and delivery day</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Working out the cheapest split…</source>
            <translation>Working out the cheapest split…</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>(pinned)</source>
            <translation>(pinned)</translation>
        </message>
        <message>
            <source>(promo)</source>
            <translation>(promo)</translation>
        </message>
        <message>
            <source>Total: %1 excl. VAT</source>
            <translation>Total: %1 excl. VAT</translation>
        </message>
        <message>
            <source>(of which delivery fees %1)</source>
            <translation>(of which delivery fees %1)</translation>
        </message>
        <message>
            <source>everything from the usual supplier: %1</source>
            <translation>everything from the usual supplier: %1</translation>
        </message>
        <message>
            <source>saving: %1</source>
            <translation>saving: %1</translation>
        </message>
        <message>
            <source>%1 more than from the usual supplier</source>
            <translation>%1 more than from the usual supplier</translation>
        </message>
        <message>
            <source>best found in the time allowed (%1 % from the bound)</source>
            <translation>best found in the time allowed (%1 % from the bound)</translation>
        </message>
        <message>
            <source>Usual supplier: %1</source>
            <translation>Usual supplier: %1</translation>
        </message>
        <message>
            <source>Every line needs a supplier before the split can replace the draft: pin or remove the lines without one.</source>
            <translation>Every line needs a supplier before the split can replace the draft: pin or remove the lines without one.</translation>
        </message>
        <message>
            <source>The cheapest (automatic)</source>
            <translation>The cheapest (automatic)</translation>
        </message>
        <message>
            <source>The drafts could not be written: %1</source>
            <translation>The drafts could not be written: %1</translation>
        </message>
        <message>
            <source>Link to another product</source>
            <translation>Link to another product</translation>
        </message>
        <message>
            <source>Another supplier's product that is the same as « %1 » (it will be offered in its place in every split):</source>
            <translation>Another supplier's product that is the same as « %1 » (it will be offered in its place in every split):</translation>
        </message>
        <message>
            <source>Type a few letters, an article number or a GTIN</source>
            <translation>Type a few letters, an article number or a GTIN</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Link</translation>
        </message>
        <message>
            <source>&amp;Undo its links</source>
            <translation>&amp;Undo its links</translation>
        </message>
        <message>
            <source>Linked already: %1</source>
            <translation>Linked already: %1</translation>
        </message>
        <message>
            <source>Choose the product to link in the list.</source>
            <translation>Choose the product to link in the list.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::OrdersPage</name>
        <message>
            <source>queued</source>
            <translation>queued</translation>
        </message>
        <message>
            <source>acknowledged</source>
            <translation>acknowledged</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>accepted</translation>
        </message>
        <message>
            <source>changed by the supplier</source>
            <translation>changed by the supplier</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>shipped</translation>
        </message>
        <message>
            <source>partially shipped</source>
            <translation>partially shipped</translation>
        </message>
        <message>
            <source>partially delivered</source>
            <translation>partially delivered</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>delivered</translation>
        </message>
        <message>
            <source>ordered</source>
            <translation>ordered</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>added by the supplier</source>
            <translation>added by the supplier</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Accepted with changes</source>
            <translation>Accepted with changes</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Acknowledged</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <source>&amp;Supplier:</source>
            <translation>&amp;Supplier:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;to:</translation>
        </message>
        <message>
            <source>&amp;Order again</source>
            <translation>&amp;Order again</translation>
        </message>
        <message>
            <source>Copy this order's lines into a new draft in the order editor</source>
            <translation>Copy this order's lines into a new draft in the order editor</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Lines</translation>
        </message>
        <message>
            <source>Total excl. VAT</source>
            <translation>Total excl. VAT</translation>
        </message>
        <message>
            <source>Total incl. VAT</source>
            <translation>Total incl. VAT</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Delivered</translation>
        </message>
        <message>
            <source>Still to come</source>
            <translation>Still to come</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Promised delivery</source>
            <translation>Promised delivery</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Order named</source>
            <translation>Order named</translation>
        </message>
        <message>
            <source>Why it is not applied</source>
            <translation>Why it is not applied</translation>
        </message>
        <message>
            <source>All suppliers</source>
            <translation>All suppliers</translation>
        </message>
        <message>
            <source>No order in this period.</source>
            <translation>No order in this period.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; — %2, delivery %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — %2, delivery %3</translation>
        </message>
        <message>
            <source>The order could not be copied: %1</source>
            <translation>The order could not be copied: %1</translation>
        </message>
        <message>
            <source>Copied into a new draft: the order editor shows it.</source>
            <translation>Copied into a new draft: the order editor shows it.</translation>
        </message>
        <message>
            <source>No order %1 was sent to this supplier.</source>
            <translation>No order %1 was sent to this supplier.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Unmatched responses&lt;/b&gt;: none</source>
            <translation>&lt;b&gt;Unmatched responses&lt;/b&gt;: none</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Unmatched responses&lt;/b&gt; (%n): answers that name no order sent; shown, never applied.</source>
            <translation>
                <numerusform>&lt;b&gt;Unmatched responses&lt;/b&gt; (%n): answers that name no order sent; shown, never applied.</numerusform>
                <numerusform>&lt;b&gt;Unmatched responses&lt;/b&gt; (%n): answers that name no order sent; shown, never applied.</numerusform>
            </translation>
        </message>
        <message>
            <source>Send the order again</source>
            <translation>Send the order again</translation>
        </message>
        <message>
            <source>The supplier's order address (corrected):</source>
            <translation>The supplier's order address (corrected):</translation>
        </message>
        <message>
            <source>Export the order into…</source>
            <translation>Export the order into…</translation>
        </message>
        <message>
            <source>sent by e-mail</source>
            <translation>sent by e-mail</translation>
        </message>
        <message>
            <source>refused by the mail server: not sent</source>
            <translation>refused by the mail server: not sent</translation>
        </message>
        <message>
            <source>refused by the mail server (%1): not sent</source>
            <translation>refused by the mail server (%1): not sent</translation>
        </message>
        <message>
            <source>waiting to be sent by e-mail (last attempt: %1)</source>
            <translation>waiting to be sent by e-mail (last attempt: %1)</translation>
        </message>
        <message>
            <source>waiting to be sent by e-mail</source>
            <translation>waiting to be sent by e-mail</translation>
        </message>
        <message>
            <source>e-mail refused (%1)</source>
            <translation>e-mail refused (%1)</translation>
        </message>
        <message>
            <source>e-mail refused</source>
            <translation>e-mail refused</translation>
        </message>
        <message>
            <source>e-mail waiting</source>
            <translation>e-mail waiting</translation>
        </message>
        <message>
            <source>Re&amp;send…</source>
            <translation>Re&amp;send…</translation>
        </message>
        <message>
            <source>Send this refused e-mail order again, to a corrected address</source>
            <translation>Send this refused e-mail order again, to a corrected address</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>Write this order's PDF and UBL file into a directory</source>
            <translation>Write this order's PDF and UBL file into a directory</translation>
        </message>
        <message>
            <source>with EANCOM</source>
            <translation>with EANCOM</translation>
        </message>
        <message>
            <source>Also write the order as an EANCOM ORDERS message (.edi)</source>
            <translation>Also write the order as an EANCOM ORDERS message (.edi)</translation>
        </message>
        <message>
            <source>By e-mail to %1: %2.</source>
            <translation>By e-mail to %1: %2.</translation>
        </message>
        <message>
            <source>Correct the address with &lt;i&gt;Resend…&lt;/i&gt;</source>
            <translation>Correct the address with &lt;i&gt;Resend…&lt;/i&gt;</translation>
        </message>
        <message>
            <source>"%1" is not an e-mail address: the order was not sent again.</source>
            <translation>"%1" is not an e-mail address: the order was not sent again.</translation>
        </message>
        <message>
            <source>The order was not sent again: %1</source>
            <translation>The order was not sent again: %1</translation>
        </message>
        <message>
            <source>Order %1 is queued again, to %2.</source>
            <translation>Order %1 is queued again, to %2.</translation>
        </message>
        <message>
            <source>Order %1 was not exported: %2</source>
            <translation>Order %1 was not exported: %2</translation>
        </message>
        <message>
            <source>Order %1 exported: %2</source>
            <translation>Order %1 exported: %2</translation>
        </message>
        <message>
            <source>Choose an order above to see its lines.</source>
            <translation>Choose an order above to see its lines.</translation>
        </message>
        <message>
            <source>No answer set aside: every answer received from a supplier matched one of your orders.</source>
            <translation>No answer set aside: every answer received from a supplier matched one of your orders.</translation>
        </message>
        <message>
            <source>No answer from the supplier for this order yet: its acceptance, changes or refusal appear here when they arrive.</source>
            <translation>No answer from the supplier for this order yet: its acceptance, changes or refusal appear here when they arrive.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Outbox</name>
        <message>
            <source>The provider said: %1</source>
            <translation>The provider said: %1</translation>
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
            <translation>Turnover by hour</translation>
        </message>
        <message>
            <source>Daily turnover</source>
            <translation>Daily turnover</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>This period</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Last year</translation>
        </message>
        <message>
            <source>Busy hours</source>
            <translation>Busy hours</translation>
        </message>
        <message>
            <source>incl. VAT, by weekday and hour</source>
            <translation>incl. VAT, by weekday and hour</translation>
        </message>
        <message>
            <source>week of %1</source>
            <translation>week of %1</translation>
        </message>
        <message>
            <source>Weekly turnover</source>
            <translation>Weekly turnover</translation>
        </message>
        <message>
            <source>Monthly turnover</source>
            <translation>Monthly turnover</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ParStock</name>
        <message>
            <source>A safety stock cannot be negative.</source>
            <translation>A safety stock cannot be negative.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::PaymentsChart</name>
        <message numerus="yes">
            <source>%n payment(s)</source>
            <translation>
                <numerusform>%n payment(s)</numerusform>
                <numerusform>%n payment(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to see the receipts</source>
            <translation>Click to see the receipts</translation>
        </message>
        <message>
            <source>collected</source>
            <translation>collected</translation>
        </message>
    </context>
    <context>
        <name>Moulin::PaymentsPage</name>
        <message>
            <source>paid by %1</source>
            <translation>paid by %1</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Payments</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Payment methods</source>
            <translation>Payment methods</translation>
        </message>
        <message>
            <source>payment-methods</source>
            <translation>payment-methods</translation>
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
            <translation>Today</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source>Today's sales</source>
            <translation>Today's sales</translation>
        </message>
        <message>
            <source>This week, Monday to Sunday</source>
            <translation>This week, Monday to Sunday</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Choose the first and last day</source>
            <translation>Choose the first and last day</translation>
        </message>
        <message>
            <source>Previous period (Alt+Page Up)</source>
            <translation>Previous period (Alt+Page Up)</translation>
        </message>
        <message>
            <source>Next period (Alt+Page Down)</source>
            <translation>Next period (Alt+Page Down)</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Previous period</translation>
        </message>
        <message>
            <source>Next period</source>
            <translation>Next period</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>First day</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
    </context>
    <context>
        <name>Moulin::PersonalData</name>
        <message>
            <source>Erased guest</source>
            <translation>Erased guest</translation>
        </message>
    </context>
    <context>
        <name>Moulin::PosArea</name>
        <message>
            <source>Accounting</source>
            <translation>Accounting</translation>
        </message>
        <message>
            <source>&amp;Sales</source>
            <translation>&amp;Sales</translation>
        </message>
        <message>
            <source>Turnover, covers and receipts from the till</source>
            <translation>Turnover, covers and receipts from the till</translation>
        </message>
        <message>
            <source>&amp;Accounting export (FEC)…</source>
            <translation>&amp;Accounting export (FEC)…</translation>
        </message>
        <message>
            <source>A price was changed on the till since your edit: choose which one to keep in Sales ▸ Menu &amp; prices.</source>
            <translation>A price was changed on the till since your edit: choose which one to keep in Sales ▸ Menu &amp; prices.</translation>
        </message>
        <message>
            <source>Importing the sales history from the till: %1 % done, sales up to %2 are in. Figures after that date are not complete yet.</source>
            <translation>Importing the sales history from the till: %1 % done, sales up to %2 are in. Figures after that date are not complete yet.</translation>
        </message>
        <message>
            <source>Importing the latest sales from the till first: %1 % of the weeks since %2 are in. The older history comes next.</source>
            <translation>Importing the latest sales from the till first: %1 % of the weeks since %2 are in. The older history comes next.</translation>
        </message>
        <message>
            <source>The sales since %1 are in. Importing the older history from the till: %2 % done, sales up to %3 are in; comparisons with last year are complete once it is done.</source>
            <translation>The sales since %1 are in. Importing the older history from the till: %2 % done, sales up to %3 are in; comparisons with last year are complete once it is done.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::PriceUpdates</name>
        <message>
            <source>The item no longer exists on the POS.</source>
            <translation>The item no longer exists on the POS.</translation>
        </message>
        <message>
            <source>The POS sent the item without a readable price.</source>
            <translation>The POS sent the item without a readable price.</translation>
        </message>
        <message>
            <source>Lightspeed refused the new price: %1</source>
            <translation>Lightspeed refused the new price: %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ProductLinks</name>
        <message>
            <source>A product cannot be linked to itself.</source>
            <translation>A product cannot be linked to itself.</translation>
        </message>
        <message>
            <source>Article %1 is not in the catalogue.</source>
            <translation>Article %1 is not in the catalogue.</translation>
        </message>
        <message>
            <source>%1 is counted in %2 and %3 in %4: only products counted in the same unit can be linked.</source>
            <translation>%1 is counted in %2 and %3 in %4: only products counted in the same unit can be linked.</translation>
        </message>
        <message>
            <source>The link could not be stored.</source>
            <translation>The link could not be stored.</translation>
        </message>
        <message>
            <source>The link could not be read.</source>
            <translation>The link could not be read.</translation>
        </message>
        <message>
            <source>The link could not be removed.</source>
            <translation>The link could not be removed.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ProfileEditor</name>
        <message>
            <source>%1th visit</source>
            <translation>%1th visit</translation>
        </message>
        <message>
            <source>%1 spent</source>
            <translation>%1 spent</translation>
        </message>
        <message>
            <source>Birthday %1</source>
            <translation>Birthday %1</translation>
        </message>
        <message>
            <source>used</source>
            <translation>used</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>granted</source>
            <translation>granted</translation>
        </message>
        <message>
            <source>The birthday "%1" is not a day of the year: type it as DD/MM (e.g. 14/05).</source>
            <translation>The birthday "%1" is not a day of the year: type it as DD/MM (e.g. 14/05).</translation>
        </message>
        <message>
            <source>The notes are too long (%1 characters, 4,000 at most).</source>
            <translation>The notes are too long (%1 characters, 4,000 at most).</translation>
        </message>
        <message>
            <source>The profile was not saved: %1</source>
            <translation>The profile was not saved: %1</translation>
        </message>
        <message>
            <source>Profile saved.</source>
            <translation>Profile saved.</translation>
        </message>
        <message>
            <source>Select a reward first.</source>
            <translation>Select a reward first.</translation>
        </message>
        <message>
            <source>The reward was not changed: %1</source>
            <translation>The reward was not changed: %1</translation>
        </message>
        <message>
            <source>%1: marked as used.</source>
            <translation>%1: marked as used.</translation>
        </message>
        <message>
            <source>%1: marked as expired.</source>
            <translation>%1: marked as expired.</translation>
        </message>
        <message>
            <source>%1: granted again.</source>
            <translation>%1: granted again.</translation>
        </message>
        <message>
            <source>Manager's notes</source>
            <translation>Manager's notes</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>Preferred table, occasions, what to remember…</source>
            <translation>Preferred table, occasions, what to remember…</translation>
        </message>
        <message>
            <source>Ta&amp;gs</source>
            <translation>Ta&amp;gs</translation>
        </message>
        <message>
            <source>Comma-separated, e.g. regular, wine lover</source>
            <translation>Comma-separated, e.g. regular, wine lover</translation>
        </message>
        <message>
            <source>&amp;VIP</source>
            <translation>&amp;VIP</translation>
        </message>
        <message>
            <source>&amp;Birthday</source>
            <translation>&amp;Birthday</translation>
        </message>
        <message>
            <source>DD/MM</source>
            <translation>DD/MM</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save the notes, tags, VIP and birthday (Ctrl+S)</source>
            <translation>Save the notes, tags, VIP and birthday (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;Rewards</source>
            <translation>&amp;Rewards</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>Reward</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Granted on</source>
            <translation>Granted on</translation>
        </message>
        <message>
            <source>Mark &amp;used</source>
            <translation>Mark &amp;used</translation>
        </message>
        <message>
            <source>The guest used the reward (U)</source>
            <translation>The guest used the reward (U)</translation>
        </message>
        <message>
            <source>Mark e&amp;xpired</source>
            <translation>Mark e&amp;xpired</translation>
        </message>
        <message>
            <source>The reward expired unused (X)</source>
            <translation>The reward expired unused (X)</translation>
        </message>
        <message>
            <source>Grant aga&amp;in</source>
            <translation>Grant aga&amp;in</translation>
        </message>
        <message>
            <source>Back to granted, e.g. marked by mistake (G)</source>
            <translation>Back to granted, e.g. marked by mistake (G)</translation>
        </message>
        <message>
            <source>the manager</source>
            <translation>the manager</translation>
        </message>
        <message>
            <source>website</source>
            <translation>website</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>walk-in</translation>
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <translation>%1 — %2, %3</translation>
        </message>
        <message>
            <source>The allergy was not recorded: %1</source>
            <translation>The allergy was not recorded: %1</translation>
        </message>
        <message>
            <source>Recorded on the profile: %1. The host sees it with the guest's bookings.</source>
            <translation>Recorded on the profile: %1. The host sees it with the guest's bookings.</translation>
        </message>
        <message>
            <source>Select an allergy first.</source>
            <translation>Select an allergy first.</translation>
        </message>
        <message>
            <source>The allergy was not removed: %1</source>
            <translation>The allergy was not removed: %1</translation>
        </message>
        <message>
            <source>%1 removed from the profile. Only a booking made from now on that states it brings it back.</source>
            <translation>%1 removed from the profile. Only a booking made from now on that states it brings it back.</translation>
        </message>
        <message>
            <source>&amp;Allergies and diet</source>
            <translation>&amp;Allergies and diet</translation>
        </message>
        <message>
            <source>Add an allergy or a diet, e.g. peanuts, vegetarian (Enter)</source>
            <translation>Add an allergy or a diet, e.g. peanuts, vegetarian (Enter)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Record it on the profile: the host sees it with every booking (Enter)</source>
            <translation>Record it on the profile: the host sees it with every booking (Enter)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Recorded wrongly: off the profile until a newer booking states it (Del)</source>
            <translation>Recorded wrongly: off the profile until a newer booking states it (Del)</translation>
        </message>
    </context>
    <context>
        <name>Moulin::QuarantineModel</name>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Data received</source>
            <translation>Data received</translation>
        </message>
    </context>
    <context>
        <name>Moulin::QuarantineView</name>
        <message>
            <source>Nothing in quarantine: every line was booked.</source>
            <translation>Nothing in quarantine: every line was booked.</translation>
        </message>
        <message>
            <source>Receipt %1, received %2</source>
            <translation>Receipt %1, received %2</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Reason: %1</translation>
        </message>
        <message>
            <source>Lines sent by the till that could not be booked. They are left out of every figure until corrected on the till; the next synchronisation then brings them in.</source>
            <translation>Lines sent by the till that could not be booked. They are left out of every figure until corrected on the till; the next synchronisation then brings them in.</translation>
        </message>
        <message>
            <source>quarantine</source>
            <translation>quarantine</translation>
        </message>
        <message>
            <source>Selected line</source>
            <translation>Selected line</translation>
        </message>
        <message numerus="yes">
            <source>%n sale(s) released automatically once the data they lacked (a tax rate, an item) came from the till: they are now in every figure.</source>
            <translation>
                <numerusform>%n sale(s) released automatically once the data they lacked (a tax rate, an item) came from the till: they are now in every figure.</numerusform>
                <numerusform>%n sale(s) released automatically once the data they lacked (a tax rate, an item) came from the till: they are now in every figure.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last release: %1.</source>
            <translation>Last release: %1.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ReceiptsModel</name>
        <message>
            <source>Closed at</source>
            <translation>Closed at</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Covers</translation>
        </message>
        <message>
            <source>Excl. VAT</source>
            <translation>Excl. VAT</translation>
        </message>
        <message>
            <source>Incl. VAT</source>
            <translation>Incl. VAT</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ReceiptsView</name>
        <message>
            <source>Receipts of %1</source>
            <translation>Receipts of %1</translation>
        </message>
        <message>
            <source>Receipts: %1</source>
            <translation>Receipts: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s), %1 incl. VAT</source>
            <translation>
                <numerusform>%n receipt(s), %1 incl. VAT</numerusform>
                <numerusform>%n receipt(s), %1 incl. VAT</numerusform>
            </translation>
        </message>
        <message>
            <source>Show all receipts of the period</source>
            <translation>Show all receipts of the period</translation>
        </message>
        <message>
            <source>receipts</source>
            <translation>receipts</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Receiving</name>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Damaged</translation>
        </message>
        <message>
            <source>Substituted</source>
            <translation>Substituted</translation>
        </message>
        <message>
            <source>Excess</source>
            <translation>Excess</translation>
        </message>
        <message>
            <source>Order %1 is not in the database.</source>
            <translation>Order %1 is not in the database.</translation>
        </message>
        <message>
            <source>The order's lines could not be read.</source>
            <translation>The order's lines could not be read.</translation>
        </message>
        <message>
            <source>Despatch advice %1 of order %2 is not in the database.</source>
            <translation>Despatch advice %1 of order %2 is not in the database.</translation>
        </message>
        <message>
            <source>Despatch advice %1 cannot be read.</source>
            <translation>Despatch advice %1 cannot be read.</translation>
        </message>
        <message>
            <source>The receipt names no order.</source>
            <translation>The receipt names no order.</translation>
        </message>
        <message>
            <source>The receipt has no date.</source>
            <translation>The receipt has no date.</translation>
        </message>
        <message>
            <source>The receipt has no line.</source>
            <translation>The receipt has no line.</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>line %1</translation>
        </message>
        <message>
            <source>%1 appears twice in the receipt.</source>
            <translation>%1 appears twice in the receipt.</translation>
        </message>
        <message>
            <source>%1: a quantity cannot be negative.</source>
            <translation>%1: a quantity cannot be negative.</translation>
        </message>
        <message>
            <source>%1: %2 received and %3 %4 is more than the %5 expected.</source>
            <translation>%1: %2 received and %3 %4 is more than the %5 expected.</translation>
        </message>
        <message>
            <source>%1: say which product was delivered instead.</source>
            <translation>%1: say which product was delivered instead.</translation>
        </message>
        <message>
            <source>Order %1 has no line %2.</source>
            <translation>Order %1 has no line %2.</translation>
        </message>
        <message>
            <source>Credit-note request</source>
            <translation>Credit-note request</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Despatch advice</source>
            <translation>Despatch advice</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Unit price excl. VAT</source>
            <translation>Unit price excl. VAT</translation>
        </message>
        <message>
            <source>Amount excl. VAT</source>
            <translation>Amount excl. VAT</translation>
        </message>
        <message>
            <source>VAT rate (%)</source>
            <translation>VAT rate (%)</translation>
        </message>
        <message>
            <source>Base excl. VAT</source>
            <translation>Base excl. VAT</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>VAT</translation>
        </message>
        <message>
            <source>Total excl. VAT</source>
            <translation>Total excl. VAT</translation>
        </message>
        <message>
            <source>Total VAT</source>
            <translation>Total VAT</translation>
        </message>
        <message>
            <source>Total incl. VAT</source>
            <translation>Total incl. VAT</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ReceivingDialog</name>
        <message>
            <source>Receive — %1 — %2</source>
            <translation>Receive — %1 — %2</translation>
        </message>
        <message>
            <source>Substituted</source>
            <translation>Substituted</translation>
        </message>
        <message>
            <source>What was delivered instead of %1?</source>
            <translation>What was delivered instead of %1?</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Note on %1:</source>
            <translation>Note on %1:</translation>
        </message>
        <message>
            <source>Order %1 from %2</source>
            <translation>Order %1 from %2</translation>
        </message>
        <message>
            <source>Order %1 from %2, delivery %3</source>
            <translation>Order %1 from %2, delivery %3</translation>
        </message>
        <message>
            <source>correcting the receipt of %1</source>
            <translation>correcting the receipt of %1</translation>
        </message>
        <message>
            <source>Space: all received · digits: quantity received · M missing · D damaged · S substituted · N note · Del clears · Enter validates · Esc cancels</source>
            <translation>Space: all received · digits: quantity received · M missing · D damaged · S substituted · N note · Del clears · Enter validates · Esc cancels</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <source>Announced</source>
            <translation>Announced</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Discrepancy</source>
            <translation>Discrepancy</translation>
        </message>
        <message>
            <source>Substitute / note</source>
            <translation>Substitute / note</translation>
        </message>
        <message>
            <source>Delivery note number, driver, temperature…</source>
            <translation>Delivery note number, driver, temperature…</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Received on</translation>
        </message>
        <message>
            <source>&amp;All received</source>
            <translation>&amp;All received</translation>
        </message>
        <message>
            <source>&amp;Validate</source>
            <translation>&amp;Validate</translation>
        </message>
        <message>
            <source>→ %1</source>
            <translation>→ %1</translation>
        </message>
        <message>
            <source>%1: "%2" is not a quantity.</source>
            <translation>%1: "%2" is not a quantity.</translation>
        </message>
        <message>
            <source>Everything announced arrived.</source>
            <translation>Everything announced arrived.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) with a discrepancy.</source>
            <translation>
                <numerusform>%n line(s) with a discrepancy.</numerusform>
                <numerusform>%n line(s) with a discrepancy.</numerusform>
            </translation>
        </message>
        <message>
            <source>Credit note to request: %1 incl. VAT (%2 excl. VAT).</source>
            <translation>Credit note to request: %1 incl. VAT (%2 excl. VAT).</translation>
        </message>
        <message>
            <source>The receipt could not be stored: %1</source>
            <translation>The receipt could not be stored: %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RecipeCosting</name>
        <message>
            <source>%1: the yield must be above 0 %.</source>
            <translation>%1: the yield must be above 0 %.</translation>
        </message>
        <message>
            <source>%1: a sub-recipe no longer exists.</source>
            <translation>%1: a sub-recipe no longer exists.</translation>
        </message>
        <message>
            <source>%1 uses %2, which uses it back.</source>
            <translation>%1 uses %2, which uses it back.</translation>
        </message>
        <message>
            <source>%1: the sub-recipe %2 is not fully costed.</source>
            <translation>%1: the sub-recipe %2 is not fully costed.</translation>
        </message>
        <message>
            <source>%1: the product %2 is no longer in any catalogue.</source>
            <translation>%1: the product %2 is no longer in any catalogue.</translation>
        </message>
        <message>
            <source>The recipe needs a name.</source>
            <translation>The recipe needs a name.</translation>
        </message>
        <message>
            <source>%1: the number of portions must be above zero.</source>
            <translation>%1: the number of portions must be above zero.</translation>
        </message>
        <message>
            <source>%1: unknown unit %2.</source>
            <translation>%1: unknown unit %2.</translation>
        </message>
        <message>
            <source>%1, line %2: choose a product or a sub-recipe.</source>
            <translation>%1, line %2: choose a product or a sub-recipe.</translation>
        </message>
        <message>
            <source>%1, line %2: the quantity must be above zero.</source>
            <translation>%1, line %2: the quantity must be above zero.</translation>
        </message>
        <message>
            <source>%1, line %2: the yield must be between 0 and 100 %.</source>
            <translation>%1, line %2: the yield must be between 0 and 100 %.</translation>
        </message>
        <message>
            <source>%1, line %2: unknown unit %3.</source>
            <translation>%1, line %2: unknown unit %3.</translation>
        </message>
        <message>
            <source>%1 cannot use itself.</source>
            <translation>%1 cannot use itself.</translation>
        </message>
        <message>
            <source>%1, line %2: that sub-recipe does not exist.</source>
            <translation>%1, line %2: that sub-recipe does not exist.</translation>
        </message>
        <message>
            <source>%1 would use itself through its sub-recipes: refused.</source>
            <translation>%1 would use itself through its sub-recipes: refused.</translation>
        </message>
        <message>
            <source>« %1 » uses the sub-recipe « %2 » in %3, but it is made in %4: these do not convert. Write that line of « %1 » in %4.</source>
            <translation>« %1 » uses the sub-recipe « %2 » in %3, but it is made in %4: these do not convert. Write that line of « %1 » in %4.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RecipeStore</name>
        <message>
            <source>This dish already has a recipe (%1).</source>
            <translation>This dish already has a recipe (%1).</translation>
        </message>
        <message>
            <source>The recipe could not be saved.</source>
            <translation>The recipe could not be saved.</translation>
        </message>
        <message>
            <source>%1 uses this recipe: remove it from there first.</source>
            <translation>%1 uses this recipe: remove it from there first.</translation>
        </message>
        <message>
            <source>The conversion could not be saved.</source>
            <translation>The conversion could not be saved.</translation>
        </message>
        <message>
            <source>The food cost of %1 could not be saved.</source>
            <translation>The food cost of %1 could not be saved.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RecipesPage</name>
        <message>
            <source>&amp;Recipes</source>
            <translation>&amp;Recipes</translation>
        </message>
        <message>
            <source>Dish</source>
            <translation>Dish</translation>
        </message>
        <message>
            <source>Price incl. VAT</source>
            <translation>Price incl. VAT</translation>
        </message>
        <message>
            <source>Food cost</source>
            <translation>Food cost</translation>
        </message>
        <message>
            <source>Food cost %</source>
            <translation>Food cost %</translation>
        </message>
        <message>
            <source>Margin excl. VAT</source>
            <translation>Margin excl. VAT</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Ingredient</source>
            <translation>Ingredient</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Yield</source>
            <translation>Yield</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Bought</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Portions:</source>
            <translation>Portions:</translation>
        </message>
        <message>
            <source>Yield in percent (80 after peeling)</source>
            <translation>Yield in percent (80 after peeling)</translation>
        </message>
        <message>
            <source>&amp;Add line</source>
            <translation>&amp;Add line</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Remove line</translation>
        </message>
        <message>
            <source>&amp;Save recipe</source>
            <translation>&amp;Save recipe</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>No dish selected</source>
            <translation>No dish selected</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) not costed</source>
            <translation>
                <numerusform>%n line(s) not costed</numerusform>
                <numerusform>%n line(s) not costed</numerusform>
            </translation>
        </message>
        <message>
            <source>No recipe yet</source>
            <translation>No recipe yet</translation>
        </message>
        <message>
            <source>Select a dish first.</source>
            <translation>Select a dish first.</translation>
        </message>
        <message>
            <source>Type a product and choose it in the list.</source>
            <translation>Type a product and choose it in the list.</translation>
        </message>
        <message>
            <source>Type a quantity above zero (e.g. 150 or 0,5).</source>
            <translation>Type a quantity above zero (e.g. 150 or 0,5).</translation>
        </message>
        <message>
            <source>The yield is a percentage between 0 and 100 (80 after peeling).</source>
            <translation>The yield is a percentage between 0 and 100 (80 after peeling).</translation>
        </message>
        <message>
            <source>The recipe could not be saved.</source>
            <translation>The recipe could not be saved.</translation>
        </message>
        <message>
            <source>Recipe saved.</source>
            <translation>Recipe saved.</translation>
        </message>
        <message>
            <source>%1 (sub-recipe)</source>
            <translation>%1 (sub-recipe)</translation>
        </message>
        <message>
            <source>not convertible</source>
            <translation>not convertible</translation>
        </message>
        <message>
            <source>Price %1 excl. VAT: margin %2, food cost %3 %.</source>
            <translation>Price %1 excl. VAT: margin %2, food cost %3 %.</translation>
        </message>
        <message>
            <source>Food cost and margin of each dish at its current menu price, worst first, then the sub-recipes. Select one to edit its recipe.</source>
            <translation>Food cost and margin of each dish at its current menu price, worst first, then the sub-recipes. Select one to edit its recipe.</translation>
        </message>
        <message>
            <source>New sub-recipe: its name, Enter (Ctrl+N)</source>
            <translation>New sub-recipe: its name, Enter (Ctrl+N)</translation>
        </message>
        <message>
            <source>New sub-recipe</source>
            <translation>New sub-recipe</translation>
        </message>
        <message>
            <source>counted in:</source>
            <translation>counted in:</translation>
        </message>
        <message>
            <source>portions</source>
            <translation>portions</translation>
        </message>
        <message>
            <source>Type to find a product (name, article number, EAN) or a sub-recipe…</source>
            <translation>Type to find a product (name, article number, EAN) or a sub-recipe…</translation>
        </message>
        <message>
            <source>Con&amp;version…</source>
            <translation>Con&amp;version…</translation>
        </message>
        <message>
            <source>Add a unit conversion for the selected line's product (Ctrl+U)</source>
            <translation>Add a unit conversion for the selected line's product (Ctrl+U)</translation>
        </message>
        <message>
            <source>Add conversion</source>
            <translation>Add conversion</translation>
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
            <translation>Sub-recipe</translation>
        </message>
        <message>
            <source>Type the sub-recipe's name first (e.g. Fond de veau).</source>
            <translation>Type the sub-recipe's name first (e.g. Fond de veau).</translation>
        </message>
        <message>
            <source>A recipe named « %1 » exists already: choose it in the list.</source>
            <translation>A recipe named « %1 » exists already: choose it in the list.</translation>
        </message>
        <message>
            <source>No product or sub-recipe matches « %1 ».</source>
            <translation>No product or sub-recipe matches « %1 ».</translation>
        </message>
        <message>
            <source>« %1 » uses « %2 » already (through its sub-recipes): a recipe cannot contain itself. Line refused.</source>
            <translation>« %1 » uses « %2 » already (through its sub-recipes): a recipe cannot contain itself. Line refused.</translation>
        </message>
        <message>
            <source>Select an ingredient line (a product) first, then Ctrl+U.</source>
            <translation>Select an ingredient line (a product) first, then Ctrl+U.</translation>
        </message>
        <message>
            <source>That product is no longer in the catalogue.</source>
            <translation>That product is no longer in the catalogue.</translation>
        </message>
        <message>
            <source>Unit conversion for « %1 » (priced per %2): 1 %2 = how much?</source>
            <translation>Unit conversion for « %1 » (priced per %2): 1 %2 = how much?</translation>
        </message>
        <message>
            <source>Type the quantity as a number (e.g. 0,25).</source>
            <translation>Type the quantity as a number (e.g. 0,25).</translation>
        </message>
        <message>
            <source>Conversion saved: 1 %1 = %2 %3.</source>
            <translation>Conversion saved: 1 %1 = %2 %3.</translation>
        </message>
        <message>
            <source>1 %1 = %2 %3</source>
            <translation>1 %1 = %2 %3</translation>
        </message>
        <message>
            <source>No conversion for this product yet.</source>
            <translation>No conversion for this product yet.</translation>
        </message>
        <message>
            <source>Conversions: %1</source>
            <translation>Conversions: %1</translation>
        </message>
        <message>
            <source>Conversion saved</source>
            <translation>Conversion saved</translation>
        </message>
        <message>
            <source>promo price until %1</source>
            <translation>promo price until %1</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1
Ctrl+U: add the conversion.</source>
            <translation>%1
Ctrl+U: add the conversion.</translation>
        </message>
        <message>
            <source>Food cost: %1 per %2 (%3 in all).</source>
            <translation>Food cost: %1 per %2 (%3 in all).</translation>
        </message>
        <message>
            <source>At regular prices (without promotions): %1 per %2.</source>
            <translation>At regular prices (without promotions): %1 per %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) not costed (Ctrl+U on a red line adds its conversion)</source>
            <translation>
                <numerusform>%n line(s) not costed (Ctrl+U on a red line adds its conversion)</numerusform>
                <numerusform>%n line(s) not costed (Ctrl+U on a red line adds its conversion)</numerusform>
            </translation>
        </message>
        <message>
            <source>« %1 » is made in %2: a sub-recipe has no conversion of its own, so type this line again in %2 (Del removes it).</source>
            <translation>« %1 » is made in %2: a sub-recipe has no conversion of its own, so type this line again in %2 (Del removes it).</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ReservationArea</name>
        <message>
            <source>&amp;Reservations</source>
            <translation>&amp;Reservations</translation>
        </message>
        <message>
            <source>Bookings from every platform, the phone and the door</source>
            <translation>Bookings from every platform, the phone and the door</translation>
        </message>
        <message>
            <source>Live bookings</source>
            <translation>Live bookings</translation>
        </message>
        <message>
            <source>Closing days</source>
            <translation>Closing days</translation>
        </message>
        <message>
            <source>Rooms, tables and the tables that may be joined, in every layout</source>
            <translation>Rooms, tables and the tables that may be joined, in every layout</translation>
        </message>
        <message>
            <source>F&amp;loor plan</source>
            <translation>F&amp;loor plan</translation>
        </message>
        <message>
            <source>S&amp;ervice</source>
            <translation>S&amp;ervice</translation>
        </message>
        <message>
            <source>The service on the floor: bookings on their tables, walk-ins, the waitlist</source>
            <translation>The service on the floor: bookings on their tables, walk-ins, the waitlist</translation>
        </message>
        <message>
            <source>Service rules</source>
            <translation>Service rules</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ReservationFormat</name>
        <message>
            <source>%1 / %2 covers</source>
            <translation>%1 / %2 covers</translation>
        </message>
        <message numerus="yes">
            <source>%n cover(s)</source>
            <translation>
                <numerusform>%n cover(s)</numerusform>
                <numerusform>%n cover(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Full</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ReservationStatsPage</name>
        <message>
            <source>Average covers per service</source>
            <translation>Average covers per service</translation>
        </message>
        <message>
            <source>by weekday, on the days with bookings</source>
            <translation>by weekday, on the days with bookings</translation>
        </message>
        <message>
            <source>No-show rate per channel</source>
            <translation>No-show rate per channel</translation>
        </message>
        <message>
            <source>Median lead time per channel</source>
            <translation>Median lead time per channel</translation>
        </message>
        <message>
            <source>days between booking and meal</source>
            <translation>days between booking and meal</translation>
        </message>
        <message numerus="yes">
            <source>The last %n week(s): %1 to %2</source>
            <translation>
                <numerusform>The last %n week(s): %1 to %2</numerusform>
                <numerusform>The last %n week(s): %1 to %2</numerusform>
            </translation>
        </message>
        <message>
            <source>No covers booked over these weeks yet.</source>
            <translation>No covers booked over these weeks yet.</translation>
        </message>
        <message>
            <source>@value %</source>
            <translation>@value %</translation>
        </message>
        <message>
            <source>No past bookings over these weeks yet.</source>
            <translation>No past bookings over these weeks yet.</translation>
        </message>
        <message>
            <source>%.0f d</source>
            <comment>axis: days</comment>
            <translation>%.0f d</translation>
        </message>
        <message>
            <source>@value d</source>
            <comment>bar label: days</comment>
            <translation>@value d</translation>
        </message>
        <message>
            <source>No booking time known over these weeks yet.</source>
            <translation>No booking time known over these weeks yet.</translation>
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
            <translation>No reservations yet</translation>
        </message>
        <message>
            <source>Connect a platform…</source>
            <translation>Connect a platform…</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n probable duplicate(s) to check: the same guest booked twice through different channels?</source>
            <translation>
                <numerusform>⚠ %n probable duplicate(s) to check: the same guest booked twice through different channels?</numerusform>
                <numerusform>⚠ %n probable duplicate(s) to check: the same guest booked twice through different channels?</numerusform>
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
            <translation>New booking: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new booking(s): %1</source>
            <translation>
                <numerusform>%n new booking(s): %1</numerusform>
                <numerusform>%n new booking(s): %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2, %3 — %4</source>
            <translation>%1, %2, %3 — %4</translation>
        </message>
        <message>
            <source>%1 · today</source>
            <translation>%1 · today</translation>
        </message>
        <message>
            <source>%1 · tomorrow</source>
            <translation>%1 · tomorrow</translation>
        </message>
        <message>
            <source>%1 · yesterday</source>
            <translation>%1 · yesterday</translation>
        </message>
        <message>
            <source>No booking matches « %1 » from today on. Esc: back to the day.</source>
            <translation>No booking matches « %1 » from today on. Esc: back to the day.</translation>
        </message>
        <message numerus="yes">
            <source>%n booking(s) match « %1 » from today on. Enter: open the day · Esc: back to the day.</source>
            <translation>
                <numerusform>%n booking(s) match « %1 » from today on. Enter: open the day · Esc: back to the day.</numerusform>
                <numerusform>%n booking(s) match « %1 » from today on. Enter: open the day · Esc: back to the day.</numerusform>
            </translation>
        </message>
        <message>
            <source>No booking on this day. Ctrl+N takes one by phone.</source>
            <translation>No booking on this day. Ctrl+N takes one by phone.</translation>
        </message>
        <message>
            <source>No booking for this service. Ctrl+N takes one by phone.</source>
            <translation>No booking for this service. Ctrl+N takes one by phone.</translation>
        </message>
        <message numerus="yes">
            <source>%n booking(s)</source>
            <translation>
                <numerusform>%n booking(s)</numerusform>
                <numerusform>%n booking(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n still expected</source>
            <translation>
                <numerusform>%n still expected</numerusform>
                <numerusform>%n still expected</numerusform>
            </translation>
        </message>
        <message>
            <source>The platforms are not told automatically yet: change it on their side too.</source>
            <translation>The platforms are not told automatically yet: change it on their side too.</translation>
        </message>
        <message>
            <source>Told to: %1.</source>
            <translation>Told to: %1.</translation>
        </message>
        <message>
            <source>The status could not be changed: %1</source>
            <translation>The status could not be changed: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Cancel the booking of %1 (%2 at %3, %4)?</source>
            <translation>Cancel the booking of %1 (%2 at %3, %4)?</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <source>Saved: %1, %2 at %3 (%4)</source>
            <translation>Saved: %1, %2 at %3 (%4)</translation>
        </message>
        <message>
            <source>careful, over capacity (%1)</source>
            <translation>careful, over capacity (%1)</translation>
        </message>
        <message>
            <source>Not settled: %1</source>
            <translation>Not settled: %1</translation>
        </message>
        <message>
            <source>Duplicate settled: one booking kept, the other cancelled.</source>
            <translation>Duplicate settled: one booking kept, the other cancelled.</translation>
        </message>
        <message>
            <source>Duplicate settled: two different bookings.</source>
            <translation>Duplicate settled: two different bookings.</translation>
        </message>
        <message>
            <source>The service could not be changed: %1</source>
            <translation>The service could not be changed: %1</translation>
        </message>
        <message>
            <source>%1 closed. %2</source>
            <translation>%1 closed. %2</translation>
        </message>
        <message>
            <source>%1 marked full. %2</source>
            <translation>%1 marked full. %2</translation>
        </message>
        <message>
            <source>%1 open again.</source>
            <translation>%1 open again.</translation>
        </message>
        <message>
            <source>Connect a booking platform in Settings to see every booking here. To take a booking by phone now, press Ctrl+N.</source>
            <translation>Connect a booking platform in Settings to see every booking here. To take a booking by phone now, press Ctrl+N.</translation>
        </message>
        <message>
            <source>Connect %1 in Settings to see every booking in one list. To take a booking by phone now, press Ctrl+N.</source>
            <translation>Connect %1 in Settings to see every booking in one list. To take a booking by phone now, press Ctrl+N.</translation>
        </message>
        <message>
            <source>Reservations</source>
            <translation>Reservations</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>Seven days of covers against capacity; click a day to open it</source>
            <translation>Seven days of covers against capacity; click a day to open it</translation>
        </message>
        <message>
            <source>Covers, no-shows and lead times over the last weeks</source>
            <translation>Covers, no-shows and lead times over the last weeks</translation>
        </message>
        <message>
            <source>Previous day (Alt+PageUp, or ← in the list)</source>
            <translation>Previous day (Alt+PageUp, or ← in the list)</translation>
        </message>
        <message>
            <source>Next day (Alt+PageDown, or → in the list)</source>
            <translation>Next day (Alt+PageDown, or → in the list)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Back to today (Alt+Home)</source>
            <translation>Back to today (Alt+Home)</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Both</translation>
        </message>
        <message>
            <source>Search a name or a phone (Ctrl+F)</source>
            <translation>Search a name or a phone (Ctrl+F)</translation>
        </message>
        <message>
            <source>+ New booking (Ctrl+N)</source>
            <translation>+ New booking (Ctrl+N)</translation>
        </message>
        <message>
            <source>Check… (Ctrl+D)</source>
            <translation>Check… (Ctrl+D)</translation>
        </message>
        <message>
            <source>Cancel the booking (Enter)</source>
            <translation>Cancel the booking (Enter)</translation>
        </message>
        <message>
            <source>Keep it (Esc)</source>
            <translation>Keep it (Esc)</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <source>Seated</source>
            <translation>Seated</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>No-show</translation>
        </message>
        <message>
            <source>Cancel the booking…</source>
            <translation>Cancel the booking…</translation>
        </message>
        <message>
            <source>Back to confirmed</source>
            <translation>Back to confirmed</translation>
        </message>
        <message>
            <source>In the list: A arrived · S seated · P left · N no-show · Del cancel · ← → day · Ctrl+N new booking · Ctrl+F search</source>
            <translation>In the list: A arrived · S seated · P left · N no-show · Del cancel · ← → day · Ctrl+N new booking · Ctrl+F search</translation>
        </message>
        <message>
            <source>Closed by the host</source>
            <translation>Closed by the host</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Forecast</translation>
        </message>
        <message>
            <source>Footfall forecast of the coming days: booked, still to book, walk-ins</source>
            <translation>Footfall forecast of the coming days: booked, still to book, walk-ins</translation>
        </message>
        <message>
            <source>Closed on this day by the opening schedule. Reopen the service to take bookings this once.</source>
            <translation>Closed on this day by the opening schedule. Reopen the service to take bookings this once.</translation>
        </message>
        <message>
            <source>Closed (opening schedule)</source>
            <translation>Closed (opening schedule)</translation>
        </message>
        <message>
            <source>%1 %2 is closed: reopen the service first to take a booking or a walk-in.</source>
            <translation>%1 %2 is closed: reopen the service first to take a booking or a walk-in.</translation>
        </message>
        <message>
            <source>%1 is closed on this day and takes no booking. « %2 » on its card opens it for this day only.</source>
            <translation>%1 is closed on this day and takes no booking. « %2 » on its card opens it for this day only.</translation>
        </message>
        <message>
            <source>Closed on this day: no service takes bookings. « %1 » on a service's card opens it for this day only.</source>
            <translation>Closed on this day: no service takes bookings. « %1 » on a service's card opens it for this day only.</translation>
        </message>
        <message>
            <source>No booking on this day. %1 is closed (« %2 » on its card opens it for this day only); Ctrl+N takes a booking by phone for %3.</source>
            <translation>No booking on this day. %1 is closed (« %2 » on its card opens it for this day only); Ctrl+N takes a booking by phone for %3.</translation>
        </message>
        <message>
            <source>On the floor…</source>
            <translation>On the floor…</translation>
        </message>
        <message>
            <source>This service in the Service tab: the bookings on their tables</source>
            <translation>This service in the Service tab: the bookings on their tables</translation>
        </message>
        <message>
            <source>Zone wish not saved: %1</source>
            <translation>Zone wish not saved: %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RestaurantBuyer</name>
        <message>
            <source>The legal name is missing: every order names the restaurant by it.</source>
            <translation>The legal name is missing: every order names the restaurant by it.</translation>
        </message>
        <message>
            <source>The SIRET is missing: suppliers identify the restaurant by it.</source>
            <translation>The SIRET is missing: suppliers identify the restaurant by it.</translation>
        </message>
        <message>
            <source>The SIRET « %1 » must be 14 digits (spaces allowed).</source>
            <translation>The SIRET « %1 » must be 14 digits (spaces allowed).</translation>
        </message>
        <message>
            <source>The SIRET %1 is not valid: its check key does not match (a typing error?).</source>
            <translation>The SIRET %1 is not valid: its check key does not match (a typing error?).</translation>
        </message>
        <message>
            <source>The VAT number « %1 » must start with its country code (FR…).</source>
            <translation>The VAT number « %1 » must start with its country code (FR…).</translation>
        </message>
        <message>
            <source>The VAT number %1 is not valid: its key does not match its SIREN.</source>
            <translation>The VAT number %1 is not valid: its key does not match its SIREN.</translation>
        </message>
        <message>
            <source>The VAT number %1 is not the one of the SIRET's SIREN (%2).</source>
            <translation>The VAT number %1 is not the one of the SIRET's SIREN (%2).</translation>
        </message>
        <message>
            <source>The street address is missing (it is also the delivery address).</source>
            <translation>The street address is missing (it is also the delivery address).</translation>
        </message>
        <message>
            <source>The country « %1 » must be a two-letter code (FR).</source>
            <translation>The country « %1 » must be a two-letter code (FR).</translation>
        </message>
        <message>
            <source>The postal code is missing.</source>
            <translation>The postal code is missing.</translation>
        </message>
        <message>
            <source>The postal code « %1 » must be 5 digits.</source>
            <translation>The postal code « %1 » must be 5 digits.</translation>
        </message>
        <message>
            <source>The city is missing.</source>
            <translation>The city is missing.</translation>
        </message>
        <message>
            <source>The e-mail address « %1 » is not valid.</source>
            <translation>The e-mail address « %1 » is not valid.</translation>
        </message>
        <message>
            <source>The phone number « %1 » is not valid.</source>
            <translation>The phone number « %1 » is not valid.</translation>
        </message>
        <message>
            <source>The PEPPOL scheme « %1 » must be a four-digit code (0009 for a SIRET).</source>
            <translation>The PEPPOL scheme « %1 » must be a four-digit code (0009 for a SIRET).</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RestaurantIdentityPage</name>
        <message>
            <source>The restaurant as its suppliers know it: every order names it as the buyer and delivers to its address.</source>
            <translation>The restaurant as its suppliers know it: every order names it as the buyer and delivers to its address.</translation>
        </message>
        <message>
            <source>&amp;Legal name:</source>
            <translation>&amp;Legal name:</translation>
        </message>
        <message>
            <source>&amp;Trading name:</source>
            <translation>&amp;Trading name:</translation>
        </message>
        <message>
            <source>&amp;SIRET:</source>
            <translation>&amp;SIRET:</translation>
        </message>
        <message>
            <source>&amp;VAT number:</source>
            <translation>&amp;VAT number:</translation>
        </message>
        <message>
            <source>S&amp;treet:</source>
            <translation>S&amp;treet:</translation>
        </message>
        <message>
            <source>&amp;Postal code:</source>
            <translation>&amp;Postal code:</translation>
        </message>
        <message>
            <source>&amp;City:</source>
            <translation>&amp;City:</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>C&amp;ountry:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>P&amp;hone:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>Co&amp;ntact:</source>
            <translation>Co&amp;ntact:</translation>
        </message>
        <message>
            <source>PEPPOL sc&amp;heme:</source>
            <translation>PEPPOL sc&amp;heme:</translation>
        </message>
        <message>
            <source>PEPPOL &amp;endpoint:</source>
            <translation>PEPPOL &amp;endpoint:</translation>
        </message>
        <message>
            <source>e.g. SAS Le Vieux Moulin</source>
            <translation>e.g. SAS Le Vieux Moulin</translation>
        </message>
        <message>
            <source>14 digits</source>
            <translation>14 digits</translation>
        </message>
        <message>
            <source>the SIRET</source>
            <translation>the SIRET</translation>
        </message>
        <message>
            <source>Demo mode uses the demo restaurant, Le Vieux Moulin, while nothing is entered here.</source>
            <translation>Demo mode uses the demo restaurant, Le Vieux Moulin, while nothing is entered here.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ResyFeed</name>
        <message>
            <source>Resy's answer to %1 could not be read: %2</source>
            <translation>Resy's answer to %1 could not be read: %2</translation>
        </message>
        <message>
            <source>The Resy reservation %1 has an invalid %2: %3.</source>
            <translation>The Resy reservation %1 has an invalid %2: %3.</translation>
        </message>
        <message>
            <source>A Resy reservation has no id (%1).</source>
            <translation>A Resy reservation has no id (%1).</translation>
        </message>
        <message>
            <source>The Resy reservation %1 has an unknown %2: %3.</source>
            <translation>The Resy reservation %1 has an unknown %2: %3.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RosterCovers</name>
        <message>
            <source>Special event</source>
            <translation>Special event</translation>
        </message>
        <message>
            <source>%1 %2 ×%3</source>
            <translation>%1 %2 ×%3</translation>
        </message>
        <message>
            <source>No covers forecast for this week (no till history or bookings to read, or too far ahead): the needs are the minimum staff of each role while open.</source>
            <translation>No covers forecast for this week (no till history or bookings to read, or too far ahead): the needs are the minimum staff of each role while open.</translation>
        </message>
        <message numerus="yes">
            <source>Needs from the covers forecast: %n cover(s) expected this week (%1).</source>
            <translation>
                <numerusform>Needs from the covers forecast: %n cover(s) expected this week (%1).</numerusform>
                <numerusform>Needs from the covers forecast: %n cover(s) expected this week (%1).</numerusform>
            </translation>
        </message>
        <message>
            <source>Special days: %1.</source>
            <translation>Special days: %1.</translation>
        </message>
        <message numerus="yes">
            <source>based on %n week(s) of till history and the bookings</source>
            <translation>
                <numerusform>based on %n week(s) of till history and the bookings</numerusform>
                <numerusform>based on %n week(s) of till history and the bookings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>based on %n week(s) of till history</source>
            <translation>
                <numerusform>based on %n week(s) of till history</numerusform>
                <numerusform>based on %n week(s) of till history</numerusform>
            </translation>
        </message>
        <message>
            <source>based on less than two weeks of till history and the bookings</source>
            <translation>based on less than two weeks of till history and the bookings</translation>
        </message>
        <message>
            <source>based on less than two weeks of till history</source>
            <translation>based on less than two weeks of till history</translation>
        </message>
        <message>
            <source>based on the bookings alone, without till history</source>
            <translation>based on the bookings alone, without till history</translation>
        </message>
        <message>
            <source>without till history</source>
            <translation>without till history</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RosterDocument</name>
        <message>
            <source>A published week is history: its needs cannot be changed.</source>
            <translation>A published week is history: its needs cannot be changed.</translation>
        </message>
        <message>
            <source>The needs cannot be changed now.</source>
            <translation>The needs cannot be changed now.</translation>
        </message>
        <message>
            <source>At %1, the need (%2) is below the minimum (%3).</source>
            <translation>At %1, the need (%2) is below the minimum (%3).</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RosterGrid</name>
        <message>
            <source>No staff yet: import the staffing configuration (with its "staff" list).</source>
            <translation>No staff yet: import the staffing configuration (with its "staff" list).</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RosterOptimizer</name>
        <message>
            <source>Optimal roster.</source>
            <translation>Optimal roster.</translation>
        </message>
        <message>
            <source>Roster within %1 % of the best possible.</source>
            <translation>Roster within %1 % of the best possible.</translation>
        </message>
        <message>
            <source>Roster within %1 % of the best possible (time limit reached).</source>
            <translation>Roster within %1 % of the best possible (time limit reached).</translation>
        </message>
        <message>
            <source>No roster found within the time limit: allow more time.</source>
            <translation>No roster found within the time limit: allow more time.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <source>%1 missing on %2 %3: min_staff cannot be met with these people.</source>
            <translation>%1 missing on %2 %3: min_staff cannot be met with these people.</translation>
        </message>
        <message>
            <source>%1 would exceed %2 (by %3) to keep min_staff.</source>
            <translation>%1 would exceed %2 (by %3) to keep min_staff.</translation>
        </message>
        <message>
            <source>No roster found that keeps every rule within the time limit.</source>
            <translation>No roster found that keeps every rule within the time limit.</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 at %2</translation>
        </message>
        <message>
            <source>%1 already works as %2 then</source>
            <translation>%1 already works as %2 then</translation>
        </message>
        <message>
            <source>%1 must rest %2 after the shift ending %3</source>
            <translation>%1 must rest %2 after the shift ending %3</translation>
        </message>
        <message>
            <source>%1 must rest %2 before the shift starting %3</source>
            <translation>%1 must rest %2 before the shift starting %3</translation>
        </message>
        <message>
            <source>%1 would work %2 days in a row (%3 at most, counting the previous week)</source>
            <translation>%1 would work %2 days in a row (%3 at most, counting the previous week)</translation>
        </message>
        <message>
            <source>%1 would work %2 days in a row (%3 at most)</source>
            <translation>%1 would work %2 days in a row (%3 at most)</translation>
        </message>
        <message>
            <source>%1 would exceed %2</source>
            <translation>%1 would exceed %2</translation>
        </message>
        <message>
            <source>%1 already works %2 that day</source>
            <translation>%1 already works %2 that day</translation>
        </message>
        <message numerus="yes">
            <source>%n other(s) likewise</source>
            <translation>
                <numerusform>%n other(s) likewise</numerusform>
                <numerusform>%n other(s) likewise</numerusform>
            </translation>
        </message>
        <message>
            <source>on leave: %1</source>
            <translation>on leave: %1</translation>
        </message>
        <message>
            <source>not available then: %1</source>
            <translation>not available then: %1</translation>
        </message>
        <message>
            <source>nobody holds the role %1</source>
            <translation>nobody holds the role %1</translation>
        </message>
        <message>
            <source>Why: %1.</source>
            <translation>Why: %1.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RosterPdf</name>
        <message>
            <source>Week %1 — from %2 to %3</source>
            <translation>Week %1 — from %2 to %3</translation>
        </message>
        <message>
            <source>Roster — %1</source>
            <translation>Roster — %1</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>Could not write %1.</translation>
        </message>
        <message>
            <source>Printed by Moulin on %1</source>
            <translation>Printed by Moulin on %1</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Page %1</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>Roster</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Roster (continued)</source>
            <translation>Roster (continued)</translation>
        </message>
        <message>
            <source>Hours per day</source>
            <translation>Hours per day</translation>
        </message>
        <message>
            <source>Shifts</source>
            <translation>Shifts</translation>
        </message>
        <message>
            <source>Night (%1–%2)</source>
            <translation>Night (%1–%2)</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>Public holiday</source>
            <translation>Public holiday</translation>
        </message>
        <message>
            <source>Split shifts</source>
            <translation>Split shifts</translation>
        </message>
        <message>
            <source>Hourly cost</source>
            <translation>Hourly cost</translation>
        </message>
        <message>
            <source>Labour cost</source>
            <translation>Labour cost</translation>
        </message>
        <message>
            <source>Payroll summary</source>
            <translation>Payroll summary</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RosterStore</name>
        <message>
            <source>%1 is not a Monday.</source>
            <translation>%1 is not a Monday.</translation>
        </message>
        <message>
            <source>The roster of week %1 is published: it can no longer be changed.</source>
            <translation>The roster of week %1 is published: it can no longer be changed.</translation>
        </message>
        <message>
            <source>A shift on %1 is not in the week of %2.</source>
            <translation>A shift on %1 is not in the week of %2.</translation>
        </message>
        <message>
            <source>The roster of week %1 is already published.</source>
            <translation>The roster of week %1 is already published.</translation>
        </message>
        <message>
            <source>There is no roster to publish for week %1.</source>
            <translation>There is no roster to publish for week %1.</translation>
        </message>
        <message>
            <source>A need must be at least the minimum, and the minimum at least 0.</source>
            <translation>A need must be at least the minimum, and the minimum at least 0.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RosterValidator</name>
        <message>
            <source>cook</source>
            <translation>cook</translation>
        </message>
        <message>
            <source>server</source>
            <translation>server</translation>
        </message>
        <message>
            <source>bartender</source>
            <translation>bartender</translation>
        </message>
        <message numerus="yes">
            <source>%n cook(s)</source>
            <translation>
                <numerusform>%n cook(s)</numerusform>
                <numerusform>%n cook(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n server(s)</source>
            <translation>
                <numerusform>%n server(s)</numerusform>
                <numerusform>%n server(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bartender(s)</source>
            <translation>
                <numerusform>%n bartender(s)</numerusform>
                <numerusform>%n bartender(s)</numerusform>
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
            <translation>%1 is not on the staff list.</translation>
        </message>
        <message>
            <source>%1 does not work as %2 (%3 %4).</source>
            <translation>%1 does not work as %2 (%3 %4).</translation>
        </message>
        <message>
            <source>%1: a shift of %2 on %3 (%4), outside %5 to %6.</source>
            <translation>%1: a shift of %2 on %3 (%4), outside %5 to %6.</translation>
        </message>
        <message>
            <source>%1 is on leave on %2.</source>
            <translation>%1 is on leave on %2.</translation>
        </message>
        <message>
            <source>%1 is not available on %2 %3.</source>
            <translation>%1 is not available on %2 %3.</translation>
        </message>
        <message>
            <source>%1 has two shifts at the same time on %2 (%3 and %4).</source>
            <translation>%1 has two shifts at the same time on %2 (%3 and %4).</translation>
        </message>
        <message>
            <source>%1 has %2 shifts on %3: at most two (one coupure).</source>
            <translation>%1 has %2 shifts on %3: at most two (one coupure).</translation>
        </message>
        <message>
            <source>%1 does not work split shifts (two shifts on %2).</source>
            <translation>%1 does not work split shifts (two shifts on %2).</translation>
        </message>
        <message>
            <source>%1: a break of %2 between two shifts on %3, less than %4.</source>
            <translation>%1: a break of %2 between two shifts on %3, less than %4.</translation>
        </message>
        <message>
            <source>%1 rests only %2 between %3 and %4 (at least %5).</source>
            <translation>%1 rests only %2 between %3 and %4 (at least %5).</translation>
        </message>
        <message>
            <source>%1 works %2 days in a row from %3 (at most %4).</source>
            <translation>%1 works %2 days in a row from %3 (at most %4).</translation>
        </message>
        <message>
            <source>%1: %2 in the week, above the %3 allowed.</source>
            <translation>%1: %2 in the week, above the %3 allowed.</translation>
        </message>
        <message>
            <source>%1: %2 in the week, above the contract's %3.</source>
            <translation>%1: %2 in the week, above the contract's %3.</translation>
        </message>
        <message>
            <source>Short of %1 on %2 %3.</source>
            <translation>Short of %1 on %2 %3.</translation>
        </message>
        <message>
            <source>%1:%2</source>
            <comment>time of day: hours (0-23), minutes (two digits)</comment>
            <translation>%1:%2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RostersArea</name>
        <message>
            <source>R&amp;osters</source>
            <translation>R&amp;osters</translation>
        </message>
        <message>
            <source>Staff needs and generated rosters</source>
            <translation>Staff needs and generated rosters</translation>
        </message>
        <message>
            <source>--week: "%1" is not an ISO week of that year.</source>
            <translation>--week: "%1" is not an ISO week of that year.</translation>
        </message>
        <message>
            <source>There is no roster for week %1.</source>
            <translation>There is no roster for week %1.</translation>
        </message>
        <message>
            <source>warning: the roster of week %1 is a draft, not published yet.</source>
            <translation>warning: the roster of week %1 is a draft, not published yet.</translation>
        </message>
        <message>
            <source>Could not create the folder %1.</source>
            <translation>Could not create the folder %1.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Could not write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RostersTab</name>
        <message>
            <source>Week %1 · %2 – %3</source>
            <translation>Week %1 · %2 – %3</translation>
        </message>
        <message>
            <source>Nothing planned yet</source>
            <translation>Nothing planned yet</translation>
        </message>
        <message>
            <source>New draft, not saved</source>
            <translation>New draft, not saved</translation>
        </message>
        <message>
            <source>Draft, changed since saved</source>
            <translation>Draft, changed since saved</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Published — read-only</source>
            <translation>Published — read-only</translation>
        </message>
        <message>
            <source>Every rule is kept.</source>
            <translation>Every rule is kept.</translation>
        </message>
        <message numerus="yes">
            <source>%n rule(s) broken:</source>
            <translation>
                <numerusform>%n rule(s) broken:</numerusform>
                <numerusform>%n rule(s) broken:</numerusform>
            </translation>
        </message>
        <message>
            <source>Understaffed in the coming days:</source>
            <translation>Understaffed in the coming days:</translation>
        </message>
        <message numerus="yes">
            <source> (and %n more)</source>
            <translation>
                <numerusform> (and %n more)</numerusform>
                <numerusform> (and %n more)</numerusform>
            </translation>
        </message>
        <message>
            <source>Staff needed and planned — %1</source>
            <translation>Staff needed and planned — %1</translation>
        </message>
        <message>
            <source>needed (covers)</source>
            <translation>needed (covers)</translation>
        </message>
        <message>
            <source>minimum</source>
            <translation>minimum</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>planned</translation>
        </message>
        <message>
            <source>Roster not saved</source>
            <translation>Roster not saved</translation>
        </message>
        <message>
            <source>Roster of week %1 saved.</source>
            <translation>Roster of week %1 saved.</translation>
        </message>
        <message>
            <source>Publish the roster?</source>
            <translation>Publish the roster?</translation>
        </message>
        <message numerus="yes">
            <source>%n rule(s) are broken in this roster. Publish it anyway? Once published, it can no longer be changed.</source>
            <translation>
                <numerusform>%n rule(s) are broken in this roster. Publish it anyway? Once published, it can no longer be changed.</numerusform>
                <numerusform>%n rule(s) are broken in this roster. Publish it anyway? Once published, it can no longer be changed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Roster not published</source>
            <translation>Roster not published</translation>
        </message>
        <message>
            <source>Roster of week %1 published.</source>
            <translation>Roster of week %1 published.</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Roster not exported</source>
            <translation>Roster not exported</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Could not write %1: %2</translation>
        </message>
        <message>
            <source>Roster exported to %1.</source>
            <translation>Roster exported to %1.</translation>
        </message>
        <message>
            <source>Configuration not imported</source>
            <translation>Configuration not imported</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>Could not read %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was changed: %n issue(s) in %1.</source>
            <translation>
                <numerusform>Nothing was changed: %n issue(s) in %1.</numerusform>
                <numerusform>Nothing was changed: %n issue(s) in %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Staffing configuration imported: %n person(s).</source>
            <translation>
                <numerusform>Staffing configuration imported: %n person(s).</numerusform>
                <numerusform>Staffing configuration imported: %n person(s).</numerusform>
            </translation>
        </message>
        <message>
            <source>Import the staffing configuration</source>
            <translation>Import the staffing configuration</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Previous week</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Next week</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
        <message>
            <source>Publish the week: it becomes read-only and the next week counts its rests from it.</source>
            <translation>Publish the week: it becomes read-only and the next week counts its rests from it.</translation>
        </message>
        <message>
            <source>Import configuration…</source>
            <translation>Import configuration…</translation>
        </message>
        <message>
            <source>The staffing configuration (roles, constraints, opening hours, staff) as JSON.</source>
            <translation>The staffing configuration (roles, constraints, opening hours, staff) as JSON.</translation>
        </message>
        <message>
            <source>No staff yet</source>
            <translation>No staff yet</translation>
        </message>
        <message>
            <source>Import the staffing configuration (roles with min_staff and optimal_ratio, constraints, opening hours and the staff list) to plan the weeks.</source>
            <translation>Import the staffing configuration (roles with min_staff and optimal_ratio, constraints, opening hours and the staff list) to plan the weeks.</translation>
        </message>
        <message>
            <source>A published week is history: it cannot be generated again.</source>
            <translation>A published week is history: it cannot be generated again.</translation>
        </message>
        <message>
            <source>Compute the week's roster from the needs, the staff and the rules (replaces the shifts shown).</source>
            <translation>Compute the week's roster from the needs, the staff and the rules (replaces the shifts shown).</translation>
        </message>
        <message>
            <source>Replace the roster?</source>
            <translation>Replace the roster?</translation>
        </message>
        <message numerus="yes">
            <source>This week has %n shift(s) entered or changed by hand. The generated roster replaces them all. Generate anyway?</source>
            <translation>
                <numerusform>This week has %n shift(s) entered or changed by hand. The generated roster replaces them all. Generate anyway?</numerusform>
                <numerusform>This week has %n shift(s) entered or changed by hand. The generated roster replaces them all. Generate anyway?</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopping… %1 s</source>
            <translation>Stopping… %1 s</translation>
        </message>
        <message>
            <source>Generating the roster… %1 s</source>
            <translation>Generating the roster… %1 s</translation>
        </message>
        <message>
            <source>best objective %1</source>
            <translation>best objective %1</translation>
        </message>
        <message>
            <source>gap %1 %</source>
            <translation>gap %1 %</translation>
        </message>
        <message>
            <source>looking for a first roster</source>
            <translation>looking for a first roster</translation>
        </message>
        <message>
            <source>Optimal roster</source>
            <translation>Optimal roster</translation>
        </message>
        <message>
            <source>Roster %1 % from the optimum</source>
            <translation>Roster %1 % from the optimum</translation>
        </message>
        <message>
            <source> (time limit reached)</source>
            <translation> (time limit reached)</translation>
        </message>
        <message>
            <source>, computed in %1 s</source>
            <translation>, computed in %1 s</translation>
        </message>
        <message numerus="yes">
            <source>%n shift(s), labour cost %1. Check it, then save or publish.</source>
            <translation>
                <numerusform>%n shift(s), labour cost %1. Check it, then save or publish.</numerusform>
                <numerusform>%n shift(s), labour cost %1. Check it, then save or publish.</numerusform>
            </translation>
        </message>
        <message>
            <source>Best roster found before the stop (%1 s)</source>
            <translation>Best roster found before the stop (%1 s)</translation>
        </message>
        <message>
            <source>Generation stopped.</source>
            <translation>Generation stopped.</translation>
        </message>
        <message>
            <source>The best roster found in %1 s is shown; it keeps every rule but may not be the best one. Generate again and let it finish for the optimum.</source>
            <translation>The best roster found in %1 s is shown; it keeps every rule but may not be the best one. Generate again and let it finish for the optimum.</translation>
        </message>
        <message>
            <source>No roster had been found yet: the shifts are unchanged.</source>
            <translation>No roster had been found yet: the shifts are unchanged.</translation>
        </message>
        <message>
            <source>No roster can keep every rule this week; the shifts were not changed. What stands in the way:</source>
            <translation>No roster can keep every rule this week; the shifts were not changed. What stands in the way:</translation>
        </message>
        <message>
            <source>No roster keeping every rule was found in %1 s; the shifts were not changed. What stands in the way:</source>
            <translation>No roster keeping every rule was found in %1 s; the shifts were not changed. What stands in the way:</translation>
        </message>
        <message>
            <source>Export the shifts (CSV)</source>
            <translation>Export the shifts (CSV)</translation>
        </message>
        <message>
            <source>Export the payroll summary (CSV)</source>
            <translation>Export the payroll summary (CSV)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export the roster (PDF)</source>
            <translation>Export the roster (PDF)</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Generate</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop the optimiser: the best roster found so far, if any, is kept.</source>
            <translation>Stop the optimiser: the best roster found so far, if any, is kept.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>The week for payroll: the shifts or the payroll summary as CSV, or a PDF.</source>
            <translation>The week for payroll: the shifts or the payroll summary as CSV, or a PDF.</translation>
        </message>
        <message>
            <source>Export CSV (shifts)…</source>
            <translation>Export CSV (shifts)…</translation>
        </message>
        <message>
            <source>One row per shift: person, role, start, end.</source>
            <translation>One row per shift: person, role, start, end.</translation>
        </message>
        <message>
            <source>Export CSV (payroll)…</source>
            <translation>Export CSV (payroll)…</translation>
        </message>
        <message>
            <source>One row per person: hours, night, Sunday and holiday hours, split shifts, labour cost; the total.</source>
            <translation>One row per person: hours, night, Sunday and holiday hours, split shifts, labour cost; the total.</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>A published week is history: its needs cannot be changed.</source>
            <translation>A published week is history: its needs cannot be changed.</translation>
        </message>
        <message>
            <source>Change by hand the staff needed for this role on this day.</source>
            <translation>Change by hand the staff needed for this role on this day.</translation>
        </message>
        <message>
            <source>covers per quarter hour (forecast)</source>
            <translation>covers per quarter hour (forecast)</translation>
        </message>
        <message>
            <source>covers</source>
            <translation>covers</translation>
        </message>
        <message>
            <source>Computing the covers forecast for this week…</source>
            <translation>Computing the covers forecast for this week…</translation>
        </message>
        <message>
            <source>Needs of %1 on %2 saved.</source>
            <translation>Needs of %1 on %2 saved.</translation>
        </message>
        <message>
            <source>Edit needs…</source>
            <translation>Edit needs…</translation>
        </message>
        <message>
            <source>people</source>
            <translation>people</translation>
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
            <translation>%1:00</translation>
        </message>
        <message>
            <source>%1:00–%2:00</source>
            <translation>%1:00–%2:00</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1:%2</source>
            <comment>time of day: hours (0-23), minutes (two digits)</comment>
            <translation>%1:%2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SalesPage</name>
        <message>
            <source>The sales of this period are still being imported…</source>
            <translation>The sales of this period are still being imported…</translation>
        </message>
        <message>
            <source>No sales in this period</source>
            <translation>No sales in this period</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SalesRepository</name>
        <message>
            <source>Unclassified</source>
            <translation>Unclassified</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SalesStore</name>
        <message>
            <source>line %1</source>
            <translation>line %1</translation>
        </message>
        <message>
            <source>The sale has no receiptId.</source>
            <translation>The sale has no receiptId.</translation>
        </message>
        <message>
            <source>The sale has no valid timeClosed ("%1").</source>
            <translation>The sale has no valid timeClosed ("%1").</translation>
        </message>
        <message>
            <source>The sale has an impossible number of covers (%1).</source>
            <translation>The sale has an impossible number of covers (%1).</translation>
        </message>
        <message>
            <source>salesLines is not a list.</source>
            <translation>salesLines is not a list.</translation>
        </message>
        <message>
            <source>Line %1 is not an object.</source>
            <translation>Line %1 is not an object.</translation>
        </message>
        <message>
            <source>%1: the quantity is not a number.</source>
            <translation>%1: the quantity is not a number.</translation>
        </message>
        <message>
            <source>%1: %2 is not a decimal amount (%3).</source>
            <translation>%1: %2 is not a decimal amount (%3).</translation>
        </message>
        <message>
            <source>%1: the list price or the cost price is not a decimal amount.</source>
            <translation>%1: the list price or the cost price is not a decimal amount.</translation>
        </message>
        <message>
            <source>%1: VAT line %2 has no decimal taxAmount.</source>
            <translation>%1: VAT line %2 has no decimal taxAmount.</translation>
        </message>
        <message>
            <source>%1: VAT line %2 has a malformed taxableAmount.</source>
            <translation>%1: VAT line %2 has a malformed taxableAmount.</translation>
        </message>
        <message>
            <source>%1 has no tax code.</source>
            <translation>%1 has no tax code.</translation>
        </message>
        <message>
            <source>%1 does not add up: %2 with VAT ≠ %3 without VAT + %4 VAT.</source>
            <translation>%1 does not add up: %2 with VAT ≠ %3 without VAT + %4 VAT.</translation>
        </message>
        <message>
            <source>%1 does not add up: its VAT lines total %2, its VAT is %3.</source>
            <translation>%1 does not add up: its VAT lines total %2, its VAT is %3.</translation>
        </message>
        <message>
            <source>%1: the tax code %2 is unknown.</source>
            <translation>%1: the tax code %2 is unknown.</translation>
        </message>
        <message>
            <source>%1: the item %2 is not on the menu.</source>
            <translation>%1: the item %2 is not on the menu.</translation>
        </message>
        <message>
            <source>payments is not a list.</source>
            <translation>payments is not a list.</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Payment %1 (%2) has no decimal amount.</source>
            <translation>Payment %1 (%2) has no decimal amount.</translation>
        </message>
        <message>
            <source>The payments (%1) do not match the lines (%2).</source>
            <translation>The payments (%1) do not match the lines (%2).</translation>
        </message>
        <message>
            <source>A sale in the page is not an object.</source>
            <translation>A sale in the page is not an object.</translation>
        </message>
        <message>
            <source>%1: taxRatePercentage is not a VAT rate (%2).</source>
            <translation>%1: taxRatePercentage is not a VAT rate (%2).</translation>
        </message>
        <message>
            <source>%1: VAT line %2 has a taxRate that is not a VAT multiplier such as 1.1 (%3).</source>
            <translation>%1: VAT line %2 has a taxRate that is not a VAT multiplier such as 1.1 (%3).</translation>
        </message>
        <message>
            <source>%1: its VAT line says %2 but the line says %3.</source>
            <translation>%1: its VAT line says %2 but the line says %3.</translation>
        </message>
        <message>
            <source>%1: its VAT rate is %2, but its amounts give %3 (%4 VAT on %5 without VAT).</source>
            <translation>%1: its VAT rate is %2, but its amounts give %3 (%4 VAT on %5 without VAT).</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SalesTab</name>
        <message>
            <source>No sales yet</source>
            <translation>No sales yet</translation>
        </message>
        <message>
            <source>Connect the Lightspeed till in Settings to see turnover, covers and average ticket here.</source>
            <translation>Connect the Lightspeed till in Settings to see turnover, covers and average ticket here.</translation>
        </message>
        <message>
            <source>Connect the till…</source>
            <translation>Connect the till…</translation>
        </message>
        <message>
            <source>Week %1 · %2</source>
            <translation>Week %1 · %2</translation>
        </message>
        <message>
            <source>Compared with %1</source>
            <translation>Compared with %1</translation>
        </message>
        <message>
            <source>To %1, compared with %2</source>
            <translation>To %1, compared with %2</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Accounting groups</source>
            <translation>Accounting groups</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Payments</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <source>Menu &amp;&amp; prices</source>
            <translation>Menu &amp;&amp; prices</translation>
        </message>
        <message>
            <source>Quarantine (%1)</source>
            <translation>Quarantine (%1)</translation>
        </message>
        <message>
            <source>Quarantine</source>
            <translation>Quarantine</translation>
        </message>
        <message>
            <source>Lines from the till that could not be booked</source>
            <translation>Lines from the till that could not be booked</translation>
        </message>
        <message>
            <source>Items, current prices and their state on the till</source>
            <translation>Items, current prices and their state on the till</translation>
        </message>
        <message>
            <source>The receipts of the period, or of the chart element you clicked</source>
            <translation>The receipts of the period, or of the chart element you clicked</translation>
        </message>
        <message>
            <source>To %1 at %2, compared with %3 up to the same time</source>
            <translation>To %1 at %2, compared with %3 up to the same time</translation>
        </message>
        <message>
            <source>Until %1 today, compared with %2 up to the same time</source>
            <translation>Until %1 today, compared with %2 up to the same time</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SalesTablePanel</name>
        <message>
            <source>Export as CSV…</source>
            <translation>Export as CSV…</translation>
        </message>
        <message>
            <source>Save this table as a spreadsheet file (rows as shown)</source>
            <translation>Save this table as a spreadsheet file (rows as shown)</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Search…</translation>
        </message>
        <message>
            <source>Search the table</source>
            <translation>Search the table</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SandboxServer</name>
        <message>
            <source>The sandbox could not listen on 127.0.0.1:%1 (port already in use?)</source>
            <translation>The sandbox could not listen on 127.0.0.1:%1 (port already in use?)</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SegmentsPage</name>
        <message>
            <source>e.g. 150</source>
            <translation>e.g. 150</translation>
        </message>
        <message>
            <source>e.g. en</source>
            <translation>e.g. en</translation>
        </message>
        <message>
            <source>e.g. gluten</source>
            <translation>e.g. gluten</translation>
        </message>
        <message>
            <source>e.g. 3</source>
            <translation>e.g. 3</translation>
        </message>
        <message>
            <source>or: %1</source>
            <translation>or: %1</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>The segment could not be counted: %1</source>
            <translation>The segment could not be counted: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 guest(s) · %2 reachable by e-mail · %3 by SMS</source>
            <translation>
                <numerusform>%1 guest(s) · %2 reachable by e-mail · %3 by SMS</numerusform>
                <numerusform>%1 guest(s) · %2 reachable by e-mail · %3 by SMS</numerusform>
            </translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>The first %1 guests, most visits first.</source>
            <translation>The first %1 guests, most visits first.</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Guests</translation>
        </message>
        <message>
            <source>RFM classes (%1 without a visit)</source>
            <translation>RFM classes (%1 without a visit)</translation>
        </message>
        <message>
            <source>Segment « %1 » saved.</source>
            <translation>Segment « %1 » saved.</translation>
        </message>
        <message>
            <source>Delete the segment</source>
            <translation>Delete the segment</translation>
        </message>
        <message>
            <source>Delete the segment « %1 »? The guests stay; only the filter goes.</source>
            <translation>Delete the segment « %1 »? The guests stay; only the filter goes.</translation>
        </message>
        <message>
            <source>Segment « %1 » deleted.</source>
            <translation>Segment « %1 » deleted.</translation>
        </message>
        <message>
            <source>segment</source>
            <translation>segment</translation>
        </message>
        <message>
            <source>Export the segment</source>
            <translation>Export the segment</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV for Excel (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message numerus="yes">
            <source>%n guest(s) left out: no e-mail consent or no valid address.</source>
            <translation>
                <numerusform>%n guest(s) left out: no e-mail consent or no valid address.</numerusform>
                <numerusform>%n guest(s) left out: no e-mail consent or no valid address.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n guest(s) left out: no SMS consent or no valid phone.</source>
            <translation>
                <numerusform>%n guest(s) left out: no SMS consent or no valid phone.</numerusform>
                <numerusform>%n guest(s) left out: no SMS consent or no valid phone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n guest(s) exported to %1.</source>
            <translation>
                <numerusform>%n guest(s) exported to %1.</numerusform>
                <numerusform>%n guest(s) exported to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending to Brevo…</source>
            <translation>Sending to Brevo…</translation>
        </message>
        <message>
            <source>The segment could not be read.</source>
            <translation>The segment could not be read.</translation>
        </message>
        <message>
            <source>No Brevo connection is configured: add one in Settings.</source>
            <translation>No Brevo connection is configured: add one in Settings.</translation>
        </message>
        <message>
            <source>Save the segment first.</source>
            <translation>Save the segment first.</translation>
        </message>
        <message>
            <source>Sends the guests who agreed to the chosen channel as a Brevo list.</source>
            <translation>Sends the guests who agreed to the chosen channel as a Brevo list.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Segment name, e.g. Regulars to win back</source>
            <translation>Segment name, e.g. Regulars to win back</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Choose a rule, type its value, Enter adds it.</source>
            <translation>Choose a rule, type its value, Enter adds it.</translation>
        </message>
        <message>
            <source>or</source>
            <translation>or</translation>
        </message>
        <message>
            <source>Starts another group: a guest is in the segment when one group holds.</source>
            <translation>Starts another group: a guest is in the segment when one group holds.</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>Add rule</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Del removes the selected rule.</source>
            <translation>Del removes the selected rule.</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Guest</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Spend</translation>
        </message>
        <message>
            <source>RFM class</source>
            <translation>RFM class</translation>
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
            <translation>Only the guests who agreed to this channel are exported.</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Send to Brevo</source>
            <translation>Send to Brevo</translation>
        </message>
        <message>
            <source>No till receipt linked to their visits.</source>
            <translation>No till receipt linked to their visits.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No saved segment yet. Add rules on the right, name the segment and choose Save: it will be listed here, counted again each time you open it.</source>
            <translation>No saved segment yet. Add rules on the right, name the segment and choose Save: it will be listed here, counted again each time you open it.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ServiceBoard</name>
        <message>
            <source>The booking is not in this service.</source>
            <translation>The booking is not in this service.</translation>
        </message>
        <message>
            <source>A party of at least one guest.</source>
            <translation>A party of at least one guest.</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Walk-in</translation>
        </message>
        <message>
            <source>%1 assigned automatically to %2 (%3 p)</source>
            <translation>%1 assigned automatically to %2 (%3 p)</translation>
        </message>
        <message>
            <source>%1 (%2 p) moved automatically from %3 to %4</source>
            <translation>%1 (%2 p) moved automatically from %3 to %4</translation>
        </message>
        <message>
            <source>%1 is not a time of this service.</source>
            <translation>%1 is not a time of this service.</translation>
        </message>
        <message>
            <source>The booking sits at no table.</source>
            <translation>The booking sits at no table.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ServiceCard</name>
        <message numerus="yes">
            <source>%n booking(s)</source>
            <translation>
                <numerusform>%n booking(s)</numerusform>
                <numerusform>%n booking(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Booked up</source>
            <translation>Booked up</translation>
        </message>
        <message>
            <source>Forecast: about %1</source>
            <translation>Forecast: about %1</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Full</translation>
        </message>
        <message>
            <source>Take no more bookings for this service</source>
            <translation>Take no more bookings for this service</translation>
        </message>
        <message>
            <source>Close the service</source>
            <translation>Close the service</translation>
        </message>
        <message>
            <source>The restaurant is closed for this service</source>
            <translation>The restaurant is closed for this service</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Take bookings again for this service</source>
            <translation>Take bookings again for this service</translation>
        </message>
        <message>
            <source>Footfall forecast: %1.</source>
            <translation>Footfall forecast: %1.</translation>
        </message>
        <message>
            <source>%1: ×%2.</source>
            <translation>%1: ×%2.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ServiceFloorView</name>
        <message>
            <source>blocked</source>
            <translation>blocked</translation>
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
            <translation>Blocked</translation>
        </message>
        <message>
            <source>%1, %2 p, %3–%4, %5</source>
            <translation>%1, %2 p, %3–%4, %5</translation>
        </message>
        <message>
            <source>  ⚠ Allergies: %1</source>
            <translation>  ⚠ Allergies: %1</translation>
        </message>
        <message>
            <source>  Zone: %1 (required)</source>
            <translation>  Zone: %1 (required)</translation>
        </message>
        <message>
            <source>  Zone wished: %1</source>
            <translation>  Zone wished: %1</translation>
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
            <translation>« %1 » is not a party size and minutes (such as 2:90).</translation>
        </message>
        <message>
            <source>No turn time given.</source>
            <translation>No turn time given.</translation>
        </message>
        <message>
            <source>%1 is no table nor declared join of this layout.</source>
            <translation>%1 is no table nor declared join of this layout.</translation>
        </message>
        <message>
            <source>%1 is blocked.</source>
            <translation>%1 is blocked.</translation>
        </message>
        <message>
            <source>%1 are blocked.</source>
            <translation>%1 are blocked.</translation>
        </message>
        <message>
            <source>The zone « %1 » is closed for this service.</source>
            <translation>The zone « %1 » is closed for this service.</translation>
        </message>
        <message>
            <source>%1 guests for %2 seats at %3.</source>
            <translation>%1 guests for %2 seats at %3.</translation>
        </message>
        <message>
            <source>%1 takes parties of %2 or more; this one is %3.</source>
            <translation>%1 takes parties of %2 or more; this one is %3.</translation>
        </message>
        <message>
            <source>%1 is taken by %2 (%3) from %4 to %5.</source>
            <translation>%1 is taken by %2 (%3) from %4 to %5.</translation>
        </message>
        <message>
            <source>a booking</source>
            <translation>a booking</translation>
        </message>
        <message>
            <source>Pacing: %1 covers already seated between %2 and %3; %4 more would make %5 (at most %6 per quarter hour).</source>
            <translation>Pacing: %1 covers already seated between %2 and %3; %4 more would make %5 (at most %6 per quarter hour).</translation>
        </message>
        <message>
            <source>%1 asked for the zone « %2 » (required); %3 is in « %4 ».</source>
            <translation>%1 asked for the zone « %2 » (required); %3 is in « %4 ».</translation>
        </message>
        <message>
            <source>The booking</source>
            <translation>The booking</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ServiceTab</name>
        <message>
            <source>Solving… %1 s</source>
            <translation>Solving… %1 s</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Place the whole service</source>
            <translation>Place the whole service</translation>
        </message>
        <message>
            <source>Seat every booking not seated yet, respecting the rules, the held tables and the fewest empty seats</source>
            <translation>Seat every booking not seated yet, respecting the rules, the held tables and the fewest empty seats</translation>
        </message>
        <message>
            <source>Print plan and list…</source>
            <translation>Print plan and list…</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>Override</translation>
        </message>
        <message>
            <source>Seat the booking anyway: the override is logged in its history</source>
            <translation>Seat the booking anyway: the override is logged in its history</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <source>To seat (drag onto a table)</source>
            <translation>To seat (drag onto a table)</translation>
        </message>
        <message>
            <source>Whole-service assignment</source>
            <translation>Whole-service assignment</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>Waitlist</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Take off the table</source>
            <translation>Take off the table</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Seat</translation>
        </message>
        <message>
            <source>party</source>
            <translation>party</translation>
        </message>
        <message>
            <source>Arrived (A)</source>
            <translation>Arrived (A)</translation>
        </message>
        <message>
            <source>Seated (S)</source>
            <translation>Seated (S)</translation>
        </message>
        <message>
            <source>Paid (P)</source>
            <translation>Paid (P)</translation>
        </message>
        <message>
            <source>Left (L)</source>
            <translation>Left (L)</translation>
        </message>
        <message>
            <source>No-show (N)</source>
            <translation>No-show (N)</translation>
        </message>
        <message>
            <source>%1 · %2 p · %3</source>
            <translation>%1 · %2 p · %3</translation>
        </message>
        <message>
            <source>Allergies: %1</source>
            <translation>Allergies: %1</translation>
        </message>
        <message>
            <source>No floor plan: draw one in the Floor plan tab.</source>
            <translation>No floor plan: draw one in the Floor plan tab.</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n booking(s) to seat, %2 of %3 covers placed</source>
            <translation>
                <numerusform>%1 — %n booking(s) to seat, %2 of %3 covers placed</numerusform>
                <numerusform>%1 — %n booking(s) to seat, %2 of %3 covers placed</numerusform>
            </translation>
        </message>
        <message>
            <source>no table</source>
            <translation>no table</translation>
        </message>
        <message>
            <source>quoted %1 min</source>
            <translation>quoted %1 min</translation>
        </message>
        <message>
            <source>%1 free now</source>
            <translation>%1 free now</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 at %2</translation>
        </message>
        <message>
            <source>no table of that size</source>
            <translation>no table of that size</translation>
        </message>
        <message>
            <source>%1 (%2) — %3; %4</source>
            <translation>%1 (%2) — %3; %4</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Walk-in</translation>
        </message>
        <message>
            <source>A table for %1 now (%2)</source>
            <translation>A table for %1 now (%2)</translation>
        </message>
        <message>
            <source>A table for %1 in about %2 min (%3 at %4)</source>
            <translation>A table for %1 in about %2 min (%3 at %4)</translation>
        </message>
        <message>
            <source>No table for %1 this service</source>
            <translation>No table for %1 this service</translation>
        </message>
        <message>
            <source>No booking selected</source>
            <translation>No booking selected</translation>
        </message>
        <message>
            <source>Click a table or a booking; drag a booking onto a table.</source>
            <translation>Click a table or a booking; drag a booking onto a table.</translation>
        </message>
        <message>
            <source>Not seated anywhere</source>
            <translation>Not seated anywhere</translation>
        </message>
        <message>
            <source>At %1</source>
            <translation>At %1</translation>
        </message>
        <message>
            <source>⚠ Allergies: %1</source>
            <translation>⚠ Allergies: %1</translation>
        </message>
        <message>
            <source>Walk-in at %1 (%2 seats): party size, then Enter</source>
            <translation>Walk-in at %1 (%2 seats): party size, then Enter</translation>
        </message>
        <message>
            <source>Walk-in: click a free table</source>
            <translation>Walk-in: click a free table</translation>
        </message>
        <message>
            <source>%1 cannot sit at %2:</source>
            <translation>%1 cannot sit at %2:</translation>
        </message>
        <message>
            <source>Not stored</source>
            <translation>Not stored</translation>
        </message>
        <message>
            <source>%1 seated at %2</source>
            <translation>%1 seated at %2</translation>
        </message>
        <message>
            <source>A walk-in of %1 cannot sit at %2:</source>
            <translation>A walk-in of %1 cannot sit at %2:</translation>
        </message>
        <message>
            <source>Walk-in of %1 seated at %2</source>
            <translation>Walk-in of %1 seated at %2</translation>
        </message>
        <message>
            <source>Seated at %1 by override (logged)</source>
            <translation>Seated at %1 by override (logged)</translation>
        </message>
        <message>
            <source>The status could not be changed</source>
            <translation>The status could not be changed</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Solving…</source>
            <translation>Solving…</translation>
        </message>
        <message>
            <source>Optimal</source>
            <translation>Optimal</translation>
        </message>
        <message>
            <source>Time limit: gap %1 %</source>
            <translation>Time limit: gap %1 %</translation>
        </message>
        <message>
            <source>Some held tables cannot all be kept</source>
            <translation>Some held tables cannot all be kept</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>The plan or the bookings are inconsistent: %1</source>
            <translation>The plan or the bookings are inconsistent: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n booking(s) placed or moved, %2 left out, %3 s</source>
            <translation>
                <numerusform>%1 — %n booking(s) placed or moved, %2 left out, %3 s</numerusform>
                <numerusform>%1 — %n booking(s) placed or moved, %2 left out, %3 s</numerusform>
            </translation>
        </message>
        <message>
            <source>Print the plan and list</source>
            <translation>Print the plan and list</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Not printed</translation>
        </message>
        <message>
            <source>Plan and list written to %1</source>
            <translation>Plan and list written to %1</translation>
        </message>
        <message>
            <source>Plan — %1 %2</source>
            <translation>Plan — %1 %2</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>%1 cannot be written.</translation>
        </message>
        <message>
            <source>%1 — %2, %3 (%4)</source>
            <translation>%1 — %2, %3 (%4)</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Guest</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Allergies, requests</source>
            <translation>Allergies, requests</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Seat now</source>
            <translation>Seat now</translation>
        </message>
        <message>
            <source>Seat the selected party at the table free for them now (or double-click it)</source>
            <translation>Seat the selected party at the table free for them now (or double-click it)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Take the selected party off the waitlist (they left)</source>
            <translation>Take the selected party off the waitlist (they left)</translation>
        </message>
        <message>
            <source>No table for %1 is free yet: %2 at %3.</source>
            <translation>No table for %1 is free yet: %2 at %3.</translation>
        </message>
        <message>
            <source>No table for %1 this service.</source>
            <translation>No table for %1 this service.</translation>
        </message>
        <message>
            <source>%1 (%2) cannot sit at %3:</source>
            <translation>%1 (%2) cannot sit at %3:</translation>
        </message>
        <message>
            <source>%1 (%2) seated at %3 from the waitlist</source>
            <translation>%1 (%2) seated at %3 from the waitlist</translation>
        </message>
        <message>
            <source>Log and pacing</source>
            <translation>Log and pacing</translation>
        </message>
        <message>
            <source>Zone: %1 (required)</source>
            <translation>Zone: %1 (required)</translation>
        </message>
        <message>
            <source>Zone wished: %1</source>
            <translation>Zone wished: %1</translation>
        </message>
        <message>
            <source>Wish for the zone « %1 »</source>
            <translation>Wish for the zone « %1 »</translation>
        </message>
        <message>
            <source>%1 cannot move to %2 at %3:</source>
            <translation>%1 cannot move to %2 at %3:</translation>
        </message>
        <message>
            <source>%1 moved to %2</source>
            <translation>%1 moved to %2</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message numerus="yes">
            <source>Automatic assignment: %n booking(s) still without a table</source>
            <translation>
                <numerusform>Automatic assignment: %n booking(s) still without a table</numerusform>
                <numerusform>Automatic assignment: %n booking(s) still without a table</numerusform>
            </translation>
        </message>
        <message>
            <source>Forced: %1 moved to %2 at %3 (%4)</source>
            <translation>Forced: %1 moved to %2 at %3 (%4)</translation>
        </message>
        <message>
            <source>%1 — %2 closed on this day (« Reopen » in Reservations opens it)</source>
            <translation>%1 — %2 closed on this day (« Reopen » in Reservations opens it)</translation>
        </message>
        <message>
            <source>No booking left to seat.</source>
            <translation>No booking left to seat.</translation>
        </message>
        <message>
            <source>“Place the whole service” seats every booking at once; what it did shows here.</source>
            <translation>“Place the whole service” seats every booking at once; what it did shows here.</translation>
        </message>
        <message>
            <source>Arrivals, seatings and departures show here as they happen.</source>
            <translation>Arrivals, seatings and departures show here as they happen.</translation>
        </message>
        <message>
            <source>Nobody is waiting. Add a walk-in party below.</source>
            <translation>Nobody is waiting. Add a walk-in party below.</translation>
        </message>
        <message>
            <source>Nothing set aside: every booking placed has its table.</source>
            <translation>Nothing set aside: every booking placed has its table.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Co&amp;nnections:</source>
            <translation>Co&amp;nnections:</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>API &amp;URL:</source>
            <translation>API &amp;URL:</translation>
        </message>
        <message>
            <source>&amp;Store ID:</source>
            <translation>&amp;Store ID:</translation>
        </message>
        <message>
            <source>Au&amp;thentication:</source>
            <translation>Au&amp;thentication:</translation>
        </message>
        <message>
            <source>Client &amp;ID:</source>
            <translation>Client &amp;ID:</translation>
        </message>
        <message>
            <source>Client s&amp;ecret:</source>
            <translation>Client s&amp;ecret:</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Retr&amp;y attempts:</source>
            <translation>Retr&amp;y attempts:</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>Notification e-&amp;mail:</source>
            <translation>Notification e-&amp;mail:</translation>
        </message>
        <message>
            <source>No connection is configured yet. Choose “Add…” to set one up.</source>
            <translation>No connection is configured yet. Choose “Add…” to set one up.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Interval for %1, in minutes</source>
            <translation>Interval for %1, in minutes</translation>
        </message>
        <message>
            <source>every</source>
            <translation>every</translation>
        </message>
        <message>
            <source>OAuth 2.0</source>
            <translation>OAuth 2.0</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API key</translation>
        </message>
        <message>
            <source>HMAC signature</source>
            <translation>HMAC signature</translation>
        </message>
        <message>
            <source>Signed webhook (HMAC)</source>
            <translation>Signed webhook (HMAC)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>This authentication method uses no secret.</source>
            <translation>This authentication method uses no secret.</translation>
        </message>
        <message>
            <source>Checking the system keyring…</source>
            <translation>Checking the system keyring…</translation>
        </message>
        <message>
            <source>A secret is stored in the system keyring. Leave the field empty to keep it.</source>
            <translation>A secret is stored in the system keyring. Leave the field empty to keep it.</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>No secret is stored yet: enter it above. It will be kept in the system keyring.</source>
            <translation>No secret is stored yet: enter it above. It will be kept in the system keyring.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>The settings file could not be written; %1 was not removed.</source>
            <translation>The settings file could not be written; %1 was not removed.</translation>
        </message>
        <message>
            <source>&amp;Find my locations…</source>
            <translation>&amp;Find my locations…</translation>
        </message>
        <message>
            <source>Ask the provider which locations these credentials can reach</source>
            <translation>Ask the provider which locations these credentials can reach</translation>
        </message>
        <message>
            <source>Locations found</source>
            <translation>Locations found</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>No location found for these credentials.</source>
            <translation>No location found for these credentials.</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>Connections</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SmtpClient</name>
        <message>
            <source>The e-mail library could not start.</source>
            <translation>The e-mail library could not start.</translation>
        </message>
        <message>
            <source>The mail server %1 refused the login of "%2": %3 %4</source>
            <translation>The mail server %1 refused the login of "%2": %3 %4</translation>
        </message>
        <message>
            <source>The mail server %1 refused the message: %2 %3</source>
            <translation>The mail server %1 refused the message: %2 %3</translation>
        </message>
        <message>
            <source>The connection to the mail server %1 was lost before it confirmed the message (%2); it will be sent again.</source>
            <translation>The connection to the mail server %1 was lost before it confirmed the message (%2); it will be sent again.</translation>
        </message>
        <message>
            <source>Could not talk to the mail server %1: %2</source>
            <translation>Could not talk to the mail server %1: %2</translation>
        </message>
        <message>
            <source>The mail server (SMTP) is missing.</source>
            <translation>The mail server (SMTP) is missing.</translation>
        </message>
        <message>
            <source>The port %1 is not between 1 and 65535.</source>
            <translation>The port %1 is not between 1 and 65535.</translation>
        </message>
        <message>
            <source>The sender "%1" is not an e-mail address.</source>
            <translation>The sender "%1" is not an e-mail address.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SpendChart</name>
        <message>
            <source>&lt;b&gt;Spend per month&lt;/b&gt; — the twelve months up to the last visit</source>
            <translation>&lt;b&gt;Spend per month&lt;/b&gt; — the twelve months up to the last visit</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Spend</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 (%n visit(s))</source>
            <translation>
                <numerusform>%1: %2 (%n visit(s))</numerusform>
                <numerusform>%1: %2 (%n visit(s))</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Moulin::StaffingConfig</name>
        <message>
            <source>%1: missing (a number from %2 to %3).</source>
            <translation>%1: missing (a number from %2 to %3).</translation>
        </message>
        <message>
            <source>%1: expected a number from %2 to %3, found %4.</source>
            <translation>%1: expected a number from %2 to %3, found %4.</translation>
        </message>
        <message>
            <source>%1: missing (a whole number from %2 to %3).</source>
            <translation>%1: missing (a whole number from %2 to %3).</translation>
        </message>
        <message>
            <source>%1: expected a whole number from %2 to %3, found %4.</source>
            <translation>%1: expected a whole number from %2 to %3, found %4.</translation>
        </message>
        <message>
            <source>%1: expected true or false, found %2.</source>
            <translation>%1: expected true or false, found %2.</translation>
        </message>
        <message>
            <source>%1: expected a non-empty text, found %2.</source>
            <translation>%1: expected a non-empty text, found %2.</translation>
        </message>
        <message>
            <source>%1: expected a date YYYY-MM-DD, found %2.</source>
            <translation>%1: expected a date YYYY-MM-DD, found %2.</translation>
        </message>
        <message>
            <source>%1: expected an object of weekdays, found %2.</source>
            <translation>%1: expected an object of weekdays, found %2.</translation>
        </message>
        <message>
            <source>%1: not a weekday (monday … sunday).</source>
            <translation>%1: not a weekday (monday … sunday).</translation>
        </message>
        <message>
            <source>%1: expected a list of hours such as "12:00-14:30", found %2.</source>
            <translation>%1: expected a list of hours such as "12:00-14:30", found %2.</translation>
        </message>
        <message>
            <source>%1: expected hours such as "12:00-14:30" on quarter-hours, found %2.</source>
            <translation>%1: expected hours such as "12:00-14:30" on quarter-hours, found %2.</translation>
        </message>
        <message>
            <source>%1: %2 and %3 overlap.</source>
            <translation>%1: %2 and %3 overlap.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>a list</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>an object</translation>
        </message>
        <message>
            <source>Not valid JSON at line %1, column %2: %3.</source>
            <translation>Not valid JSON at line %1, column %2: %3.</translation>
        </message>
        <message>
            <source>Expected a JSON object with "roles", "constraints" and "forecasting".</source>
            <translation>Expected a JSON object with "roles", "constraints" and "forecasting".</translation>
        </message>
        <message>
            <source>roles: expected a list of roles such as {"id": "server", "min_staff": 1, "optimal_ratio": 0.2}, found %1.</source>
            <translation>roles: expected a list of roles such as {"id": "server", "min_staff": 1, "optimal_ratio": 0.2}, found %1.</translation>
        </message>
        <message>
            <source>%1: expected an object, found %2.</source>
            <translation>%1: expected an object, found %2.</translation>
        </message>
        <message>
            <source>%1id: the role "%2" is listed twice.</source>
            <translation>%1id: the role "%2" is listed twice.</translation>
        </message>
        <message>
            <source>constraints: expected an object, found %1.</source>
            <translation>constraints: expected an object, found %1.</translation>
        </message>
        <message>
            <source>constraints.min_shift_hours: above max_shift_hours.</source>
            <translation>constraints.min_shift_hours: above max_shift_hours.</translation>
        </message>
        <message>
            <source>forecasting: expected an object, found %1.</source>
            <translation>forecasting: expected an object, found %1.</translation>
        </message>
        <message>
            <source>%1special_events: expected a list, found %2.</source>
            <translation>%1special_events: expected a list, found %2.</translation>
        </message>
        <message>
            <source>staff: expected a list of people, found %1.</source>
            <translation>staff: expected a list of people, found %1.</translation>
        </message>
        <message>
            <source>%1id: "%2" is listed twice.</source>
            <translation>%1id: "%2" is listed twice.</translation>
        </message>
        <message>
            <source>%1roles: expected a list of role ids, found %2.</source>
            <translation>%1roles: expected a list of role ids, found %2.</translation>
        </message>
        <message>
            <source>%1: "%2" is not one of the roles.</source>
            <translation>%1: "%2" is not one of the roles.</translation>
        </message>
        <message>
            <source>%1days_off: expected a list of weekdays, found %2.</source>
            <translation>%1days_off: expected a list of weekdays, found %2.</translation>
        </message>
        <message>
            <source>%1leave: expected a list of dates or {"from", "to"}, found %2.</source>
            <translation>%1leave: expected a list of dates or {"from", "to"}, found %2.</translation>
        </message>
        <message>
            <source>%1: "to" must follow "from" within a year.</source>
            <translation>%1: "to" must follow "from" within a year.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Stock</name>
        <message>
            <source>Cold room</source>
            <translation>Cold room</translation>
        </message>
        <message>
            <source>Freezer</source>
            <translation>Freezer</translation>
        </message>
        <message>
            <source>Dry store</source>
            <translation>Dry store</translation>
        </message>
        <message>
            <source>Cellar</source>
            <translation>Cellar</translation>
        </message>
        <message>
            <source>Bar</source>
            <translation>Bar</translation>
        </message>
        <message>
            <source>%1: a negative count (%2). Store it anyway?</source>
            <translation>%1: a negative count (%2). Store it anyway?</translation>
        </message>
        <message>
            <source>%1: %2 is more than %3 times the usual count (%4). Store it anyway?</source>
            <translation>%1: %2 is more than %3 times the usual count (%4). Store it anyway?</translation>
        </message>
        <message>
            <source>A count needs a day, a storage area and a product.</source>
            <translation>A count needs a day, a storage area and a product.</translation>
        </message>
        <message>
            <source>The count could not be saved.</source>
            <translation>The count could not be saved.</translation>
        </message>
        <message>
            <source>The count could not be removed.</source>
            <translation>The count could not be removed.</translation>
        </message>
        <message>
            <source>Waste needs a day, a product and a quantity above zero.</source>
            <translation>Waste needs a day, a product and a quantity above zero.</translation>
        </message>
        <message>
            <source>The waste could not be saved.</source>
            <translation>The waste could not be saved.</translation>
        </message>
        <message>
            <source>%1: a delivery in %2 cannot be counted in %3.</source>
            <translation>%1: a delivery in %2 cannot be counted in %3.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::StockPage</name>
        <message>
            <source>Check the count</source>
            <translation>Check the count</translation>
        </message>
        <message>
            <source>No product matches: type part of its name, its article number or its EAN.</source>
            <translation>No product matches: type part of its name, its article number or its EAN.</translation>
        </message>
        <message>
            <source>S&amp;tock</source>
            <translation>S&amp;tock</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>Day:</translation>
        </message>
        <message>
            <source>Storage area:</source>
            <translation>Storage area:</translation>
        </message>
        <message>
            <source>Product (name, article number, EAN)…</source>
            <translation>Product (name, article number, EAN)…</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Waste</source>
            <translation>Waste</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Theoretical stock and variance</source>
            <translation>Theoretical stock and variance</translation>
        </message>
        <message>
            <source>Previous count</source>
            <translation>Previous count</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Consumed (sales)</source>
            <translation>Consumed (sales)</translation>
        </message>
        <message>
            <source>Theoretical</source>
            <translation>Theoretical</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Variance</translation>
        </message>
        <message>
            <source>Variance (€)</source>
            <translation>Variance (€)</translation>
        </message>
        <message>
            <source>Type a product and choose it in the list.</source>
            <translation>Type a product and choose it in the list.</translation>
        </message>
        <message>
            <source>Type the count as a number (e.g. 12 or 2,5).</source>
            <translation>Type the count as a number (e.g. 12 or 2,5).</translation>
        </message>
        <message>
            <source>Choose or type a storage area.</source>
            <translation>Choose or type a storage area.</translation>
        </message>
        <message>
            <source>Count not stored: %1</source>
            <translation>Count not stored: %1</translation>
        </message>
        <message>
            <source>%1: %2 counted in %3.</source>
            <translation>%1: %2 counted in %3.</translation>
        </message>
        <message>
            <source>Type a product and the quantity wasted, then Ctrl+P.</source>
            <translation>Type a product and the quantity wasted, then Ctrl+P.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>first count</source>
            <translation>first count</translation>
        </message>
        <message>
            <source>Inventory: choose the day and the storage area, type a product, Enter, type the count in the product's unit, Enter. Ctrl+P records the quantity typed as waste, with its reason, on that day.</source>
            <translation>Inventory: choose the day and the storage area, type a product, Enter, type the count in the product's unit, Enter. Ctrl+P records the quantity typed as waste, with its reason, on that day.</translation>
        </message>
        <message>
            <source>Record the quantity typed as waste (Ctrl+P)</source>
            <translation>Record the quantity typed as waste (Ctrl+P)</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Past its date</source>
            <translation>Past its date</translation>
        </message>
        <message>
            <source>Broken or spilt</source>
            <translation>Broken or spilt</translation>
        </message>
        <message>
            <source>Kitchen error</source>
            <translation>Kitchen error</translation>
        </message>
        <message>
            <source>Sent back by a guest</source>
            <translation>Sent back by a guest</translation>
        </message>
        <message>
            <source>Staff meal</source>
            <translation>Staff meal</translation>
        </message>
        <message>
            <source>Stock and variance</source>
            <translation>Stock and variance</translation>
        </message>
        <message>
            <source>Waste list</source>
            <translation>Waste list</translation>
        </message>
        <message>
            <source>Waste per week, valued at the current prices (excl. VAT, promotions left out)</source>
            <translation>Waste per week, valued at the current prices (excl. VAT, promotions left out)</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entries</translation>
        </message>
        <message>
            <source>Value excl. VAT</source>
            <translation>Value excl. VAT</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>The quantity wasted is above zero (e.g. 2 or 0,5).</source>
            <translation>The quantity wasted is above zero (e.g. 2 or 0,5).</translation>
        </message>
        <message>
            <source>Choose or type the reason of the waste.</source>
            <translation>Choose or type the reason of the waste.</translation>
        </message>
        <message>
            <source>Waste recorded: %1 %2 (%3) on %4.</source>
            <translation>Waste recorded: %1 %2 (%3) on %4.</translation>
        </message>
        <message>
            <source>Week %1 (%2 – %3)</source>
            <translation>Week %1 (%2 – %3)</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) not valued: the product is no longer in the catalogue.</source>
            <translation>
                <numerusform>%n entry(ies) not valued: the product is no longer in the catalogue.</numerusform>
                <numerusform>%n entry(ies) not valued: the product is no longer in the catalogue.</numerusform>
            </translation>
        </message>
        <message>
            <source>No product followed yet: a product's theoretical stock starts at its first count.</source>
            <translation>No product followed yet: a product's theoretical stock starts at its first count.</translation>
        </message>
        <message>
            <source>No waste recorded yet: type a product and the quantity lost, then Ctrl+P.</source>
            <translation>No waste recorded yet: type a product and the quantity lost, then Ctrl+P.</translation>
        </message>
        <message>
            <source>No waste recorded yet.</source>
            <translation>No waste recorded yet.</translation>
        </message>
        <message>
            <source>No count on %1: choose a storage area, type a product, Enter, then its count.</source>
            <translation>No count on %1: choose a storage area, type a product, Enter, then its count.</translation>
        </message>
        <message>
            <source>No count in %1 on %2 yet: type a product above, Enter, then its count.</source>
            <translation>No count in %1 on %2 yet: type a product above, Enter, then its count.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SuggestedOrders</name>
        <message>
            <source>No covers forecast yet: the forecast needs the till's history (two weeks of sales) or bookings.</source>
            <translation>No covers forecast yet: the forecast needs the till's history (two weeks of sales) or bookings.</translation>
        </message>
        <message>
            <source>No sales in the last four weeks: the dish mix (portions of each dish per cover) comes from the till's sales.</source>
            <translation>No sales in the last four weeks: the dish mix (portions of each dish per cover) comes from the till's sales.</translation>
        </message>
        <message>
            <source>No recipe for the dishes sold: write the recipes in Fiches techniques to get suggested orders.</source>
            <translation>No recipe for the dishes sold: write the recipes in Fiches techniques to get suggested orders.</translation>
        </message>
        <message>
            <source>%1 covers forecast from %2 to %3, %4 portion(s) of %5: %6 needed</source>
            <translation>%1 covers forecast from %2 to %3, %4 portion(s) of %5: %6 needed</translation>
        </message>
        <message>
            <source>no dish</source>
            <translation>no dish</translation>
        </message>
        <message>
            <source>; stock at delivery %1 (%2 now − %3 used before)</source>
            <translation>; stock at delivery %1 (%2 now − %3 used before)</translation>
        </message>
        <message>
            <source>; stock at delivery unknown (not counted), taken as 0</source>
            <translation>; stock at delivery unknown (not counted), taken as 0</translation>
        </message>
        <message>
            <source>; on order %1; safety stock %2</source>
            <translation>; on order %1; safety stock %2</translation>
        </message>
        <message>
            <source> → %1 to order</source>
            <translation> → %1 to order</translation>
        </message>
        <message>
            <source>, rounded up: %1</source>
            <translation>, rounded up: %1</translation>
        </message>
        <message>
            <source>: %1</source>
            <translation>: %1</translation>
        </message>
        <message>
            <source> → nothing to order</source>
            <translation> → nothing to order</translation>
        </message>
        <message>
            <source>Not counted (unit not convertible): %1</source>
            <translation>Not counted (unit not convertible): %1</translation>
        </message>
        <message>
            <source>%1 → %2: rounded up</source>
            <translation>%1 → %2: rounded up</translation>
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
            <translation>Orders suggested for each supplier's next delivery: the covers forecast until the delivery after it × the dishes' usual mix × the recipes, less the stock expected at delivery and what is already on order, plus the safety stock, rounded up to whole packs. ↑/↓ a supplier, Enter its lines, type a quantity or a safety stock, Ctrl+Enter prepares the order in Commande.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Ordered in</source>
            <translation>Ordered in</translation>
        </message>
        <message>
            <source>i.e.</source>
            <translation>i.e.</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Covers</translation>
        </message>
        <message>
            <source>Portions</source>
            <translation>Portions</translation>
        </message>
        <message>
            <source>Need</source>
            <translation>Need</translation>
        </message>
        <message>
            <source>Stock at delivery</source>
            <translation>Stock at delivery</translation>
        </message>
        <message>
            <source>On order</source>
            <translation>On order</translation>
        </message>
        <message>
            <source>Safety stock</source>
            <translation>Safety stock</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Prepare the order (Ctrl+Enter)</source>
            <translation>Prepare the order (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cheapest split… (Ctrl+Shift+R)</source>
            <translation>Cheapest split… (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Shares every supplier's suggestion among the suppliers carrying the same products so that prices and delivery fees cost least, then prepares the drafts.</source>
            <translation>Shares every supplier's suggestion among the suppliers carrying the same products so that prices and delivery fees cost least, then prepares the drafts.</translation>
        </message>
        <message>
            <source>No supplier yet</source>
            <translation>No supplier yet</translation>
        </message>
        <message>
            <source>The suggestions need the suppliers' catalogues and delivery days: connect a supplier and let its catalogue synchronise.</source>
            <translation>The suggestions need the suppliers' catalogues and delivery days: connect a supplier and let its catalogue synchronise.</translation>
        </message>
        <message>
            <source>No suggestion yet</source>
            <translation>No suggestion yet</translation>
        </message>
        <message>
            <source>Nothing to order</source>
            <translation>Nothing to order</translation>
        </message>
        <message>
            <source>The stock and the orders on their way cover the forecast until each supplier's delivery after next.</source>
            <translation>The stock and the orders on their way cover the forecast until each supplier's delivery after next.</translation>
        </message>
        <message>
            <source>Compute again</source>
            <translation>Compute again</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line(s)</numerusform>
                <numerusform>%n line(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing to order</source>
            <translation>nothing to order</translation>
        </message>
        <message>
            <source>%1 — %2
delivery %3, order %4</source>
            <translation>%1 — %2
delivery %3, order %4</translation>
        </message>
        <message>
            <source>%1: delivery on %2 (covers until %3). Order before %4 — %5. %6 covers expected; about %7 excl. VAT.</source>
            <translation>%1: delivery on %2 (covers until %3). Order before %4 — %5. %6 covers expected; about %7 excl. VAT.</translation>
        </message>
        <message>
            <source>delivery %1, order %2</source>
            <translation>delivery %1, order %2</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>not counted</translation>
        </message>
        <message>
            <source>typed over (suggested: %1)</source>
            <translation>typed over (suggested: %1)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>"%1" is not a safety stock: type a quantity in %2, 0 for none.</source>
            <translation>"%1" is not a safety stock: type a quantity in %2, 0 for none.</translation>
        </message>
        <message>
            <source>The safety stock could not be saved: %1</source>
            <translation>The safety stock could not be saved: %1</translation>
        </message>
        <message>
            <source>Safety stock of %1: %2</source>
            <translation>Safety stock of %1: %2</translation>
        </message>
        <message>
            <source>Nothing to order from %1.</source>
            <translation>Nothing to order from %1.</translation>
        </message>
        <message>
            <source>The draft could not be saved: %1</source>
            <translation>The draft could not be saved: %1</translation>
        </message>
        <message>
            <source>%1: the order is ready in Commande — Ctrl+Enter, then Enter, sends it.</source>
            <translation>%1: the order is ready in Commande — Ctrl+Enter, then Enter, sends it.</translation>
        </message>
        <message>
            <source>Order to %1 sent.</source>
            <translation>Order to %1 sent.</translation>
        </message>
        <message numerus="yes">
            <source>%n draft(s) prepared with the cheapest split: see Commande.</source>
            <translation>
                <numerusform>%n draft(s) prepared with the cheapest split: see Commande.</numerusform>
                <numerusform>%n draft(s) prepared with the cheapest split: see Commande.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unit not convertible: %1 (Ctrl+U to fix)</source>
            <translation>Unit not convertible: %1 (Ctrl+U to fix)</translation>
        </message>
        <message>
            <source>Ctrl+U works on a line whose unit does not convert (marked in red).</source>
            <translation>Ctrl+U works on a line whose unit does not convert (marked in red).</translation>
        </message>
        <message>
            <source>Nothing to order from %1 for this delivery: the stock and the orders on their way cover the forecast.</source>
            <translation>Nothing to order from %1 for this delivery: the stock and the orders on their way cover the forecast.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Supplier</name>
        <message>
            <source>The product has no article number.</source>
            <translation>The product has no article number.</translation>
        </message>
        <message>
            <source>Article %1 has no name.</source>
            <translation>Article %1 has no name.</translation>
        </message>
        <message>
            <source>Article %1: the GTIN %2 is not valid (check digit).</source>
            <translation>Article %1: the GTIN %2 is not valid (check digit).</translation>
        </message>
        <message>
            <source>Article %1: unknown unit "%2".</source>
            <translation>Article %1: unknown unit "%2".</translation>
        </message>
        <message>
            <source>Article %1: unknown pack unit "%2".</source>
            <translation>Article %1: unknown pack unit "%2".</translation>
        </message>
        <message>
            <source>Article %1: the pack size must be above zero.</source>
            <translation>Article %1: the pack size must be above zero.</translation>
        </message>
        <message>
            <source>Article %1: the price must be above zero.</source>
            <translation>Article %1: the price must be above zero.</translation>
        </message>
        <message>
            <source>Article %1: the promotion has no valid price or period.</source>
            <translation>Article %1: the promotion has no valid price or period.</translation>
        </message>
        <message>
            <source>%1 has no delivery day.</source>
            <translation>%1 has no delivery day.</translation>
        </message>
        <message>
            <source>%1 does not deliver on %2; the next possible delivery is %3.</source>
            <translation>%1 does not deliver on %2; the next possible delivery is %3.</translation>
        </message>
        <message>
            <source>The cut-off for a delivery on %1 was %2; the next possible delivery is %3.</source>
            <translation>The cut-off for a delivery on %1 was %2; the next possible delivery is %3.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SupplierFeeds</name>
        <message>
            <source>The catalogue page has no product list.</source>
            <translation>The catalogue page has no product list.</translation>
        </message>
        <message>
            <source>Article %1: supplier "%2" is not in the catalogue.</source>
            <translation>Article %1: supplier "%2" is not in the catalogue.</translation>
        </message>
        <message>
            <source>The answer has no document list.</source>
            <translation>The answer has no document list.</translation>
        </message>
        <message>
            <source>No supplier for the answer to order %1.</source>
            <translation>No supplier for the answer to order %1.</translation>
        </message>
        <message>
            <source>A supplier without id or name.</source>
            <translation>A supplier without id or name.</translation>
        </message>
        <message>
            <source>Supplier %1: no PEPPOL endpoint.</source>
            <translation>Supplier %1: no PEPPOL endpoint.</translation>
        </message>
        <message>
            <source>Supplier %1: unreadable order cut-off "%2".</source>
            <translation>Supplier %1: unreadable order cut-off "%2".</translation>
        </message>
        <message>
            <source>A product without supplier or article number.</source>
            <translation>A product without supplier or article number.</translation>
        </message>
        <message>
            <source>Article %1: unreadable pack size or price.</source>
            <translation>Article %1: unreadable pack size or price.</translation>
        </message>
        <message>
            <source>Article %1: VAT rate "%2" is not a French rate.</source>
            <translation>Article %1: VAT rate "%2" is not a French rate.</translation>
        </message>
        <message>
            <source>Article %1: unreadable promotion (price, or days as YYYY-MM-DD).</source>
            <translation>Article %1: unreadable promotion (price, or days as YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>Article %1: the promotion's price %2 is not below the price %3.</source>
            <translation>Article %1: the promotion's price %2 is not below the price %3.</translation>
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
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>%1 of %2 %3</source>
            <comment>a pack: box of 10 kg</comment>
            <translation>%1 of %2 %3</translation>
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
            <translation>Local supplier</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <comment>a duration: 2 days 4 hours</comment>
            <translation>%1 d %2 h</translation>
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
            <translation>today %1</translation>
        </message>
        <message>
            <source>tomorrow %1</source>
            <comment>an order cut-off: tomorrow 12:00</comment>
            <translation>tomorrow %1</translation>
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
            <translation>order %1 of %2: its stored UBL cannot be read: %3</translation>
        </message>
        <message>
            <source>There is no order %1 of %2.</source>
            <translation>There is no order %1 of %2.</translation>
        </message>
        <message>
            <source>No supplier order was issued between %1 and %2.</source>
            <translation>No supplier order was issued between %1 and %2.</translation>
        </message>
        <message>
            <source>Could not create the folder %1.</source>
            <translation>Could not create the folder %1.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Could not write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SupplierOrdering</name>
        <message>
            <source>The order breaks the PEPPOL rules and was not sent.</source>
            <translation>The order breaks the PEPPOL rules and was not sent.</translation>
        </message>
        <message>
            <source>The order could not be stored: %1</source>
            <translation>The order could not be stored: %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SupplierOverviewPage</name>
        <message>
            <source>Synchronising…</source>
            <translation>Synchronising…</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Connected</translation>
        </message>
        <message>
            <source>Last sync failed, retrying</source>
            <translation>Last sync failed, retrying</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Not connected (stored catalogue)</source>
            <translation>Not connected (stored catalogue)</translation>
        </message>
        <message>
            <source>Waiting for the first sync</source>
            <translation>Waiting for the first sync</translation>
        </message>
        <message>
            <source>Last successful sync: %1</source>
            <translation>Last successful sync: %1</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Last error: %1</translation>
        </message>
        <message>
            <source>No delivery day</source>
            <translation>No delivery day</translation>
        </message>
        <message>
            <source>Delivers: %1</source>
            <translation>Delivers: %1</translation>
        </message>
        <message>
            <source>No minimum order, delivery free</source>
            <translation>No minimum order, delivery free</translation>
        </message>
        <message>
            <source>Minimum order %1 excl. VAT, delivery free</source>
            <translation>Minimum order %1 excl. VAT, delivery free</translation>
        </message>
        <message>
            <source>Free delivery from %1 excl. VAT, else %2</source>
            <translation>Free delivery from %1 excl. VAT, else %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln product(s)</source>
            <translation>
                <numerusform>%Ln product(s)</numerusform>
                <numerusform>%Ln product(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n price alert(s)</source>
            <translation>
                <numerusform>%n price alert(s)</numerusform>
                <numerusform>%n price alert(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>No price alert</source>
            <translation>No price alert</translation>
        </message>
        <message>
            <source>No delivery planned</source>
            <translation>No delivery planned</translation>
        </message>
        <message>
            <source>Next delivery: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Next delivery: &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Order before %1 — in %2</source>
            <translation>Order before %1 — in %2</translation>
        </message>
        <message>
            <source>Your suppliers, their delivery days and the next order cut-off. Catalogues and prices are in Catalogue.</source>
            <translation>Your suppliers, their delivery days and the next order cut-off. Catalogues and prices are in Catalogue.</translation>
        </message>
        <message>
            <source>No supplier stored yet.</source>
            <translation>No supplier stored yet.</translation>
        </message>
        <message>
            <source>The suppliers' catalogues are being synchronised; they appear here as they arrive.</source>
            <translation>The suppliers' catalogues are being synchronised; they appear here as they arrive.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SuppliersArea</name>
        <message>
            <source>Su&amp;ppliers</source>
            <translation>Su&amp;ppliers</translation>
        </message>
        <message>
            <source>Catalogues, orders and deliveries</source>
            <translation>Catalogues, orders and deliveries</translation>
        </message>
        <message>
            <source>Establishment</source>
            <translation>Establishment</translation>
        </message>
        <message>
            <source>E-mail orders</source>
            <translation>E-mail orders</translation>
        </message>
        <message>
            <source>--export orders needs a period: --from and --to (YYYY-MM-DD), --from first.</source>
            <translation>--export orders needs a period: --from and --to (YYYY-MM-DD), --from first.</translation>
        </message>
        <message>
            <source>--format: "%1" is neither ubl nor eancom.</source>
            <translation>--format: "%1" is neither ubl nor eancom.</translation>
        </message>
        <message>
            <source>The orders' PDFs need the graphical libraries (a QGuiApplication).</source>
            <translation>The orders' PDFs need the graphical libraries (a QGuiApplication).</translation>
        </message>
        <message>
            <source>The orders were not exported:</source>
            <translation>The orders were not exported:</translation>
        </message>
    </context>
    <context>
        <name>Moulin::SuppliersTab</name>
        <message>
            <source>No supplier connected</source>
            <translation>No supplier connected</translation>
        </message>
        <message>
            <source>Add Metro, Transgourmet, Pomona or a local supplier in Settings to see catalogues, suggested orders and deliveries.</source>
            <translation>Add Metro, Transgourmet, Pomona or a local supplier in Settings to see catalogues, suggested orders and deliveries.</translation>
        </message>
        <message>
            <source>Add a supplier…</source>
            <translation>Add a supplier…</translation>
        </message>
        <message>
            <source>Suppliers</source>
            <translation>Suppliers</translation>
        </message>
        <message numerus="yes">
            <source>Catalogue (%n price alert(s))</source>
            <translation>
                <numerusform>Catalogue (%n price alert(s))</numerusform>
                <numerusform>Catalogue (%n price alert(s))</numerusform>
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
            <translation>The synchronisation was cancelled.</translation>
        </message>
        <message>
            <source>The local database is not available.</source>
            <translation>The local database is not available.</translation>
        </message>
        <message>
            <source>The request could not be prepared: %1</source>
            <translation>The request could not be prepared: %1</translation>
        </message>
        <message>
            <source>%1 sent a page that could not be read: %2</source>
            <translation>%1 sent a page that could not be read: %2</translation>
        </message>
        <message>
            <source>%1 returned the same position twice; the synchronisation stopped to avoid a loop.</source>
            <translation>%1 returned the same position twice; the synchronisation stopped to avoid a loop.</translation>
        </message>
        <message>
            <source>The page could not be saved: %1</source>
            <translation>The page could not be saved: %1</translation>
        </message>
        <message>
            <source>%1 asked for more than %2 rounds of requests for one page.</source>
            <translation>%1 asked for more than %2 rounds of requests for one page.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::TableAssignmentSolver</name>
        <message>
            <source>%1:00</source>
            <comment>time of day on the hour</comment>
            <translation>%1:00</translation>
        </message>
        <message>
            <source>%1:%2</source>
            <comment>time of day, hours and minutes</comment>
            <translation>%1:%2</translation>
        </message>
        <message>
            <source>Held on %1, which is not in the plan</source>
            <translation>Held on %1, which is not in the plan</translation>
        </message>
        <message>
            <source>Held on %1, which is blocked</source>
            <translation>Held on %1, which is blocked</translation>
        </message>
        <message>
            <source>Held on %1, which has %2 seats for a party of %3</source>
            <translation>Held on %1, which has %2 seats for a party of %3</translation>
        </message>
        <message>
            <source>Held on %1, which takes parties of %2 or more</source>
            <translation>Held on %1, which takes parties of %2 or more</translation>
        </message>
        <message>
            <source>Held on %1, also held for another booking at %2</source>
            <translation>Held on %1, also held for another booking at %2</translation>
        </message>
        <message>
            <source>No table or join of 1 seat in the plan</source>
            <translation>No table or join of 1 seat in the plan</translation>
        </message>
        <message>
            <source>No table or join of %1 seats in the plan</source>
            <translation>No table or join of %1 seats in the plan</translation>
        </message>
        <message>
            <source>The tables and joins take parties larger than 1</source>
            <translation>The tables and joins take parties larger than 1</translation>
        </message>
        <message>
            <source>The tables and joins of %1 seats or more take larger parties</source>
            <translation>The tables and joins of %1 seats or more take larger parties</translation>
        </message>
        <message>
            <source>Every table or join of 1 seat or more is blocked</source>
            <translation>Every table or join of 1 seat or more is blocked</translation>
        </message>
        <message>
            <source>Every table or join of %1 seats or more is blocked</source>
            <translation>Every table or join of %1 seats or more is blocked</translation>
        </message>
        <message>
            <source>No free table or join of 1 seat at %1</source>
            <translation>No free table or join of 1 seat at %1</translation>
        </message>
        <message>
            <source>No free table or join of %1 seats at %2</source>
            <translation>No free table or join of %1 seats at %2</translation>
        </message>
        <message>
            <source>A table has no id</source>
            <translation>A table has no id</translation>
        </message>
        <message>
            <source>Two tables have the id %1</source>
            <translation>Two tables have the id %1</translation>
        </message>
        <message>
            <source>The join %1 has fewer than two tables</source>
            <translation>The join %1 has fewer than two tables</translation>
        </message>
        <message>
            <source>The join %1 names the table %2, not in the plan</source>
            <translation>The join %1 names the table %2, not in the plan</translation>
        </message>
        <message>
            <source>The join %1 is declared twice</source>
            <translation>The join %1 is declared twice</translation>
        </message>
        <message>
            <source>Two bookings have the id %1</source>
            <translation>Two bookings have the id %1</translation>
        </message>
        <message>
            <source>The booking %1 has no guests</source>
            <translation>The booking %1 has no guests</translation>
        </message>
        <message>
            <source>The booking %1 lasts no time</source>
            <translation>The booking %1 lasts no time</translation>
        </message>
        <message>
            <source>Optimal assignment.</source>
            <translation>Optimal assignment.</translation>
        </message>
        <message>
            <source>Assignment within %1 % of the best possible.</source>
            <translation>Assignment within %1 % of the best possible.</translation>
        </message>
        <message>
            <source>The held tables cannot all be kept.</source>
            <translation>The held tables cannot all be kept.</translation>
        </message>
        <message>
            <source>Assignment stopped: the best one found so far.</source>
            <translation>Assignment stopped: the best one found so far.</translation>
        </message>
        <message>
            <source>The table plan or the bookings are inconsistent: %1</source>
            <translation>The table plan or the bookings are inconsistent: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n booking(s) not placed.</source>
            <translation>
                <numerusform>%n booking(s) not placed.</numerusform>
                <numerusform>%n booking(s) not placed.</numerusform>
            </translation>
        </message>
        <message>
            <source>No open table or join of 1 seat in the zone « %1 » (required)</source>
            <translation>No open table or join of 1 seat in the zone « %1 » (required)</translation>
        </message>
        <message>
            <source>No open table or join of %1 seats in the zone « %2 » (required)</source>
            <translation>No open table or join of %1 seats in the zone « %2 » (required)</translation>
        </message>
        <message>
            <source>No free table or join of 1 seat in the zone « %1 » at %2 (required)</source>
            <translation>No free table or join of 1 seat in the zone « %1 » at %2 (required)</translation>
        </message>
        <message>
            <source>No free table or join of %1 seats in the zone « %2 » at %3 (required)</source>
            <translation>No free table or join of %1 seats in the zone « %2 » at %3 (required)</translation>
        </message>
        <message>
            <source>Pacing: %1 covers start between %2 and %3 (at most %4 per quarter hour)</source>
            <translation>Pacing: %1 covers start between %2 and %3 (at most %4 per quarter hour)</translation>
        </message>
    </context>
    <context>
        <name>Moulin::TheForkFeeds</name>
        <message>
            <source>TheFork's list of reservations could not be read (%1).</source>
            <translation>TheFork's list of reservations could not be read (%1).</translation>
        </message>
        <message>
            <source>no data or totalCount</source>
            <translation>no data or totalCount</translation>
        </message>
        <message>
            <source>The reservation %1 no longer exists at TheFork (%2).</source>
            <translation>The reservation %1 no longer exists at TheFork (%2).</translation>
        </message>
        <message>
            <source>The reservation %1 could not be read: %2</source>
            <translation>The reservation %1 could not be read: %2</translation>
        </message>
        <message>
            <source>The reservation %1 is not a JSON object.</source>
            <translation>The reservation %1 is not a JSON object.</translation>
        </message>
        <message>
            <source>The guest %1 could not be read: %2</source>
            <translation>The guest %1 could not be read: %2</translation>
        </message>
        <message>
            <source>The guest %1 is not a JSON object.</source>
            <translation>The guest %1 is not a JSON object.</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>The reservation %1 has an invalid %2: %3.</source>
            <translation>The reservation %1 has an invalid %2: %3.</translation>
        </message>
        <message>
            <source>A reservation has no id (%1).</source>
            <translation>A reservation has no id (%1).</translation>
        </message>
        <message>
            <source>TheFork offer −%1 %</source>
            <translation>TheFork offer −%1 %</translation>
        </message>
        <message>
            <source>TheFork set menu</source>
            <translation>TheFork set menu</translation>
        </message>
    </context>
    <context>
        <name>Moulin::TheForkWebhook</name>
        <message>
            <source>The body is not a JSON object (%1).</source>
            <translation>The body is not a JSON object (%1).</translation>
        </message>
        <message>
            <source>The eventType %1 is unknown (%2).</source>
            <translation>The eventType %1 is unknown (%2).</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>The field uuid is missing.</source>
            <translation>The field uuid is missing.</translation>
        </message>
        <message>
            <source>The restaurantUuid %1 is not this restaurant's.</source>
            <translation>The restaurantUuid %1 is not this restaurant's.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::ThreeWayMatch</name>
        <message>
            <source>To match</source>
            <translation>To match</translation>
        </message>
        <message>
            <source>Discrepancies</source>
            <translation>Discrepancies</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>%1 is not on order %2 (or is billed twice).</source>
            <translation>%1 is not on order %2 (or is billed twice).</translation>
        </message>
        <message>
            <source>%1 is on no order of this supplier.</source>
            <translation>%1 is on no order of this supplier.</translation>
        </message>
        <message>
            <source>Order %1 is unknown and %2 is on no other order of this supplier.</source>
            <translation>Order %1 is unknown and %2 is on no other order of this supplier.</translation>
        </message>
        <message>
            <source>%1 is billed in %2 but was ordered in %3.</source>
            <translation>%1 is billed in %2 but was ordered in %3.</translation>
        </message>
        <message>
            <source>Invoice %1: the supplier "%2" is unknown.</source>
            <translation>Invoice %1: the supplier "%2" is unknown.</translation>
        </message>
        <message>
            <source>An invoice needs a number, a date and at least one line.</source>
            <translation>An invoice needs a number, a date and at least one line.</translation>
        </message>
        <message>
            <source>The invoice was refused, nothing was stored: %1</source>
            <translation>The invoice was refused, nothing was stored: %1</translation>
        </message>
        <message>
            <source>Invoice %1: no supplier has the PEPPOL endpoint %2:%3 (%4); nothing was stored.</source>
            <translation>Invoice %1: no supplier has the PEPPOL endpoint %2:%3 (%4); nothing was stored.</translation>
        </message>
        <message>
            <source>Invoice %1 is not stored.</source>
            <translation>Invoice %1 is not stored.</translation>
        </message>
        <message>
            <source>Line %1 of invoice %2 is already decided.</source>
            <translation>Line %1 of invoice %2 is already decided.</translation>
        </message>
        <message>
            <source>Invoice %1 has no line %2.</source>
            <translation>Invoice %1 has no line %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) of invoice %1 match nothing: approve or refuse them one by one first.</source>
            <translation>
                <numerusform>%n line(s) of invoice %1 match nothing: approve or refuse them one by one first.</numerusform>
                <numerusform>%n line(s) of invoice %1 match nothing: approve or refuse them one by one first.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every line of invoice %1 is already decided.</source>
            <translation>Every line of invoice %1 is already decided.</translation>
        </message>
        <message>
            <source>Line %1 of invoice %2 is already decided or does not exist.</source>
            <translation>Line %1 of invoice %2 is already decided or does not exist.</translation>
        </message>
        <message>
            <source>Invoice %1: the invoice held under that number could not be read.</source>
            <translation>Invoice %1: the invoice held under that number could not be read.</translation>
        </message>
        <message>
            <source>That invoice received again was already settled.</source>
            <translation>That invoice received again was already settled.</translation>
        </message>
        <message>
            <source>Invoice %1 is approved (its prices are already the products' costs): it is never replaced. Keep it, and ask the supplier for a credit note cancelling it and a new invoice with the corrected amounts.</source>
            <translation>Invoice %1 is approved (its prices are already the products' costs): it is never replaced. Keep it, and ask the supplier for a credit note cancelling it and a new invoice with the corrected amounts.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::Ubl</name>
        <message>
            <source>%1 (line %2)</source>
            <translation>%1 (line %2)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>not well-formed XML at line %1: %2</source>
            <translation>not well-formed XML at line %1: %2</translation>
        </message>
        <message>
            <source>the document is empty</source>
            <translation>the document is empty</translation>
        </message>
    </context>
    <context>
        <name>Moulin::UblInvoice</name>
        <message>
            <source>required element missing</source>
            <translation>required element missing</translation>
        </message>
        <message>
            <source>empty element</source>
            <translation>empty element</translation>
        </message>
        <message>
            <source>not a date (YYYY-MM-DD): "%1"</source>
            <translation>not a date (YYYY-MM-DD): "%1"</translation>
        </message>
        <message>
            <source>not a number: "%1"</source>
            <translation>not a number: "%1"</translation>
        </message>
        <message>
            <source>the currency "%1" differs from the document's %2</source>
            <translation>the currency "%1" differs from the document's %2</translation>
        </message>
        <message>
            <source>an amount has at most two decimals: %1</source>
            <translation>an amount has at most two decimals: %1</translation>
        </message>
        <message>
            <source>VAT category "%1" on %2: only the standard category S at a French rate is read</source>
            <translation>VAT category "%1" on %2: only the standard category S at a French rate is read</translation>
        </message>
        <message>
            <source>the VAT rate %1 % is not a French rate (5.5, 10 or 20)</source>
            <translation>the VAT rate %1 % is not a French rate (5.5, 10 or 20)</translation>
        </message>
        <message>
            <source>the schemeID attribute is missing</source>
            <translation>the schemeID attribute is missing</translation>
        </message>
        <message>
            <source>expected a UBL Invoice or CreditNote document (namespace %1), found %2</source>
            <translation>expected a UBL Invoice or CreditNote document (namespace %1), found %2</translation>
        </message>
        <message>
            <source>unexpected specification "%1" (expected %2)</source>
            <translation>unexpected specification "%1" (expected %2)</translation>
        </message>
        <message>
            <source>unexpected profile "%1" (urn:fdc:peppol.eu:2017:poacc:billing:NN:1.0)</source>
            <translation>unexpected profile "%1" (urn:fdc:peppol.eu:2017:poacc:billing:NN:1.0)</translation>
        </message>
        <message>
            <source>unknown document type code "%1"</source>
            <translation>unknown document type code "%1"</translation>
        </message>
        <message>
            <source>only invoices in euros are read, not %1</source>
            <translation>only invoices in euros are read, not %1</translation>
        </message>
        <message>
            <source>a buyer reference or an order reference must be given</source>
            <translation>a buyer reference or an order reference must be given</translation>
        </message>
        <message>
            <source>an invoice has at least one line</source>
            <translation>an invoice has at least one line</translation>
        </message>
        <message>
            <source>the unitCode attribute is missing</source>
            <translation>the unitCode attribute is missing</translation>
        </message>
        <message>
            <source>unknown unit code "%1"</source>
            <translation>unknown unit code "%1"</translation>
        </message>
        <message>
            <source>the GTIN %1 has a wrong check digit</source>
            <translation>the GTIN %1 has a wrong check digit</translation>
        </message>
        <message>
            <source>negative price: %1</source>
            <translation>negative price: %1</translation>
        </message>
        <message>
            <source>the base quantity must be positive: %1</source>
            <translation>the base quantity must be positive: %1</translation>
        </message>
        <message>
            <source>the line amount %1 is not quantity × price (%2)</source>
            <translation>the line amount %1 is not quantity × price (%2)</translation>
        </message>
        <message>
            <source>the lines add up to %1, not %2</source>
            <translation>the lines add up to %1, not %2</translation>
        </message>
        <message>
            <source>lines − allowances + charges make %1, not %2</source>
            <translation>lines − allowances + charges make %1, not %2</translation>
        </message>
        <message>
            <source>the VAT breakdown is missing</source>
            <translation>the VAT breakdown is missing</translation>
        </message>
        <message>
            <source>the VAT rate %1 % is broken down twice</source>
            <translation>the VAT rate %1 % is broken down twice</translation>
        </message>
        <message>
            <source>at %1 % the lines make %2, not %3</source>
            <translation>at %1 % the lines make %2, not %3</translation>
        </message>
        <message>
            <source>at %1 % the VAT on %2 is %3, not %4</source>
            <translation>at %1 % the VAT on %2 is %3, not %4</translation>
        </message>
        <message>
            <source>no VAT breakdown for the lines at %1 %</source>
            <translation>no VAT breakdown for the lines at %1 %</translation>
        </message>
        <message>
            <source>the VAT per rate adds up to %1, not %2</source>
            <translation>the VAT per rate adds up to %1, not %2</translation>
        </message>
        <message>
            <source>total excl. VAT + VAT make %1, not %2</source>
            <translation>total excl. VAT + VAT make %1, not %2</translation>
        </message>
        <message>
            <source>the amount due should be %1, not %2</source>
            <translation>the amount due should be %1, not %2</translation>
        </message>
    </context>
    <context>
        <name>Moulin::UblOrderReader</name>
        <message>
            <source>not a UBL Order</source>
            <translation>not a UBL Order</translation>
        </message>
        <message>
            <source>the order has no number</source>
            <translation>the order has no number</translation>
        </message>
        <message>
            <source>an order line has no LineItem</source>
            <translation>an order line has no LineItem</translation>
        </message>
        <message>
            <source>line %1: quantity or price missing</source>
            <translation>line %1: quantity or price missing</translation>
        </message>
        <message>
            <source>line %1: no French VAT rate</source>
            <translation>line %1: no French VAT rate</translation>
        </message>
    </context>
    <context>
        <name>Moulin::UblOrderValidator</name>
        <message>
            <source>The document must be well-formed XML</source>
            <translation>The document must be well-formed XML</translation>
        </message>
        <message>
            <source>The document must be a UBL 2.1 Order (Order in the Order-2 namespace)</source>
            <translation>The document must be a UBL 2.1 Order (Order in the Order-2 namespace)</translation>
        </message>
        <message>
            <source>A required element is missing</source>
            <translation>A required element is missing</translation>
        </message>
        <message>
            <source>This element is not allowed here</source>
            <translation>This element is not allowed here</translation>
        </message>
        <message>
            <source>This element is out of the order the UBL schema sets</source>
            <translation>This element is out of the order the UBL schema sets</translation>
        </message>
        <message>
            <source>This element occurs more often than allowed</source>
            <translation>This element occurs more often than allowed</translation>
        </message>
        <message>
            <source>The document must not contain empty elements</source>
            <translation>The document must not contain empty elements</translation>
        </message>
        <message>
            <source>A required attribute is missing</source>
            <translation>A required attribute is missing</translation>
        </message>
        <message>
            <source>Currency codes must be ISO 4217 codes</source>
            <translation>Currency codes must be ISO 4217 codes</translation>
        </message>
        <message>
            <source>Unit codes must be UN/ECE Recommendation 20 or 21 codes</source>
            <translation>Unit codes must be UN/ECE Recommendation 20 or 21 codes</translation>
        </message>
        <message>
            <source>Endpoint identifiers must use a PEPPOL EAS scheme</source>
            <translation>Endpoint identifiers must use a PEPPOL EAS scheme</translation>
        </message>
        <message>
            <source>Country codes must be ISO 3166-1 alpha-2 codes</source>
            <translation>Country codes must be ISO 3166-1 alpha-2 codes</translation>
        </message>
        <message>
            <source>Tax category codes must be UNCL 5305 codes</source>
            <translation>Tax category codes must be UNCL 5305 codes</translation>
        </message>
        <message>
            <source>The tax scheme must be VAT</source>
            <translation>The tax scheme must be VAT</translation>
        </message>
        <message>
            <source>The order type code must be 220 (order) or 227 (consignment order)</source>
            <translation>The order type code must be 220 (order) or 227 (consignment order)</translation>
        </message>
        <message>
            <source>Identifier schemes must be ISO 6523 ICD codes</source>
            <translation>Identifier schemes must be ISO 6523 ICD codes</translation>
        </message>
        <message>
            <source>Allowance reason codes must be UNCL 5189 codes</source>
            <translation>Allowance reason codes must be UNCL 5189 codes</translation>
        </message>
        <message>
            <source>Charge reason codes must be UNCL 7161 codes</source>
            <translation>Charge reason codes must be UNCL 7161 codes</translation>
        </message>
        <message>
            <source>Dates must be valid ISO dates (YYYY-MM-DD)</source>
            <translation>Dates must be valid ISO dates (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>Times must be valid ISO times (hh:mm:ss)</source>
            <translation>Times must be valid ISO times (hh:mm:ss)</translation>
        </message>
        <message>
            <source>Amounts, quantities and percentages must be decimal numbers</source>
            <translation>Amounts, quantities and percentages must be decimal numbers</translation>
        </message>
        <message>
            <source>A GTIN must have a valid check digit</source>
            <translation>A GTIN must have a valid check digit</translation>
        </message>
        <message>
            <source>An ordered quantity must be above zero</source>
            <translation>An ordered quantity must be above zero</translation>
        </message>
        <message>
            <source>Indicators must be true or false</source>
            <translation>Indicators must be true or false</translation>
        </message>
        <message>
            <source>A period must not end before it starts</source>
            <translation>A period must not end before it starts</translation>
        </message>
        <message>
            <source>The requested delivery must not be before the order's issue date</source>
            <translation>The requested delivery must not be before the order's issue date</translation>
        </message>
        <message>
            <source>A SIRET or SIREN must have a valid check key</source>
            <translation>A SIRET or SIREN must have a valid check key</translation>
        </message>
        <message>
            <source>A French VAT number must have the key of its SIREN</source>
            <translation>A French VAT number must have the key of its SIREN</translation>
        </message>
        <message>
            <source>A standard-rated French VAT rate must be 2.1, 5.5, 10 or 20 %</source>
            <translation>A standard-rated French VAT rate must be 2.1, 5.5, 10 or 20 %</translation>
        </message>
        <message>
            <source>The price base quantity must use the ordered quantity's unit</source>
            <translation>The price base quantity must use the ordered quantity's unit</translation>
        </message>
        <message>
            <source>The order's tax amount must be the VAT of its lines and charges, rate by rate</source>
            <translation>The order's tax amount must be the VAT of its lines and charges, rate by rate</translation>
        </message>
        <message>
            <source>Each order line must have an identifier unique within the order</source>
            <translation>Each order line must have an identifier unique within the order</translation>
        </message>
        <message>
            <source>An order should state its validity end date</source>
            <translation>An order should state its validity end date</translation>
        </message>
        <message>
            <source>An order must be stated in a single currency</source>
            <translation>An order must be stated in a single currency</translation>
        </message>
        <message>
            <source>An order line's quantity must not be negative</source>
            <translation>An order line's quantity must not be negative</translation>
        </message>
        <message>
            <source>An order line's item net price must not be negative</source>
            <translation>An order line's item net price must not be negative</translation>
        </message>
        <message>
            <source>The expected amount for payment must not be negative</source>
            <translation>The expected amount for payment must not be negative</translation>
        </message>
        <message>
            <source>The expected sum of line amounts must not be negative</source>
            <translation>The expected sum of line amounts must not be negative</translation>
        </message>
        <message>
            <source>The expected sum of line amounts must equal the sum of the order lines' amounts</source>
            <translation>The expected sum of line amounts must equal the sum of the order lines' amounts</translation>
        </message>
        <message>
            <source>The allowance total must equal the sum of the document-level allowances</source>
            <translation>The allowance total must equal the sum of the document-level allowances</translation>
        </message>
        <message>
            <source>The charge total must equal the sum of the document-level charges</source>
            <translation>The charge total must equal the sum of the document-level charges</translation>
        </message>
        <message>
            <source>The total without tax must equal the sum of lines minus allowances plus charges</source>
            <translation>The total without tax must equal the sum of lines minus allowances plus charges</translation>
        </message>
        <message>
            <source>The originator party must have a name or an identifier</source>
            <translation>The originator party must have a name or an identifier</translation>
        </message>
        <message>
            <source>The amount for payment must equal the total with tax minus the prepaid amount plus rounding</source>
            <translation>The amount for payment must equal the total with tax minus the prepaid amount plus rounding</translation>
        </message>
        <message>
            <source>The total with tax must equal the total without tax plus the tax</source>
            <translation>The total with tax must equal the total without tax plus the tax</translation>
        </message>
        <message>
            <source>The item net price must equal the gross price minus the price allowance</source>
            <translation>The item net price must equal the gross price minus the price allowance</translation>
        </message>
        <message>
            <source>An allowance or charge with a percentage must state its base amount</source>
            <translation>An allowance or charge with a percentage must state its base amount</translation>
        </message>
        <message>
            <source>An allowance or charge with a base amount must state its percentage</source>
            <translation>An allowance or charge with a base amount must state its percentage</translation>
        </message>
        <message>
            <source>An allowance or charge amount must equal its base amount times its percentage</source>
            <translation>An allowance or charge amount must equal its base amount times its percentage</translation>
        </message>
        <message>
            <source>An allowance or charge must have a reason text or a reason code</source>
            <translation>An allowance or charge must have a reason text or a reason code</translation>
        </message>
        <message>
            <source>An order line's amount must equal quantity times net price (per base quantity), plus charges, minus allowances</source>
            <translation>An order line's amount must equal quantity times net price (per base quantity), plus charges, minus allowances</translation>
        </message>
        <message>
            <source>A price base quantity must be above zero</source>
            <translation>A price base quantity must be above zero</translation>
        </message>
        <message>
            <source>A VAT identifier must start with an ISO 3166-1 country prefix</source>
            <translation>A VAT identifier must start with an ISO 3166-1 country prefix</translation>
        </message>
        <message>
            <source>The item gross price must not be negative</source>
            <translation>The item gross price must not be negative</translation>
        </message>
        <message>
            <source>Amounts other than prices must not have more than 2 decimals</source>
            <translation>Amounts other than prices must not have more than 2 decimals</translation>
        </message>
        <message>
            <source>Each tax category must have a rate, unless the order is not subject to tax (O)</source>
            <translation>Each tax category must have a rate, unless the order is not subject to tax (O)</translation>
        </message>
        <message>
            <source>A standard-rated (S) tax category must have a rate above zero</source>
            <translation>A standard-rated (S) tax category must have a rate above zero</translation>
        </message>
        <message>
            <source>The profile must be order only, ordering or advanced ordering</source>
            <translation>The profile must be order only, ordering or advanced ordering</translation>
        </message>
        <message>
            <source>Allowance and charge amounts must not be negative</source>
            <translation>Allowance and charge amounts must not be negative</translation>
        </message>
        <message>
            <source>Price allowance amounts must not be negative</source>
            <translation>Price allowance amounts must not be negative</translation>
        </message>
        <message>
            <source>The specification identifier must start with urn:fdc:peppol.eu:poacc:trns:order:3</source>
            <translation>The specification identifier must start with urn:fdc:peppol.eu:poacc:trns:order:3</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1, the document is in %2</source>
            <translation>%1, the document is in %2</translation>
        </message>
        <message>
            <source>%1 × %2 % ≠ %3</source>
            <translation>%1 × %2 % ≠ %3</translation>
        </message>
        <message>
            <source>%1, the quantity is in %2</source>
            <translation>%1, the quantity is in %2</translation>
        </message>
        <message>
            <source>%1 − %2 ≠ %3</source>
            <translation>%1 − %2 ≠ %3</translation>
        </message>
        <message>
            <source>%1 expected, %2 stated</source>
            <translation>%1 expected, %2 stated</translation>
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
            <translation>required element missing</translation>
        </message>
        <message>
            <source>empty element</source>
            <translation>empty element</translation>
        </message>
        <message>
            <source>not a date (YYYY-MM-DD): "%1"</source>
            <translation>not a date (YYYY-MM-DD): "%1"</translation>
        </message>
        <message>
            <source>not a number: "%1"</source>
            <translation>not a number: "%1"</translation>
        </message>
        <message>
            <source>negative quantity: %1</source>
            <translation>negative quantity: %1</translation>
        </message>
        <message>
            <source>the unitCode attribute is missing</source>
            <translation>the unitCode attribute is missing</translation>
        </message>
        <message>
            <source>unknown unit code "%1"</source>
            <translation>unknown unit code "%1"</translation>
        </message>
        <message>
            <source>expected a UBL %1 document (namespace %2), found %3</source>
            <translation>expected a UBL %1 document (namespace %2), found %3</translation>
        </message>
        <message>
            <source>unexpected specification "%1" (expected %2)</source>
            <translation>unexpected specification "%1" (expected %2)</translation>
        </message>
        <message>
            <source>unknown response code "%1" (AP, RE, CA or AB)</source>
            <translation>unknown response code "%1" (AP, RE, CA or AB)</translation>
        </message>
        <message>
            <source>unknown line status "%1" (1, 3, 5 or 7)</source>
            <translation>unknown line status "%1" (1, 3, 5 or 7)</translation>
        </message>
        <message>
            <source>order line %1 is answered twice</source>
            <translation>order line %1 is answered twice</translation>
        </message>
        <message>
            <source>negative price: %1</source>
            <translation>negative price: %1</translation>
        </message>
        <message>
            <source>currency %1 differs from the document's %2</source>
            <translation>currency %1 differs from the document's %2</translation>
        </message>
        <message>
            <source>a changed line must state what changed (quantity, price, date or substitute)</source>
            <translation>a changed line must state what changed (quantity, price, date or substitute)</translation>
        </message>
        <message>
            <source>a conditionally accepted order response must list the lines it changes</source>
            <translation>a conditionally accepted order response must list the lines it changes</translation>
        </message>
        <message>
            <source>unit %1 differs from the delivered quantity's %2</source>
            <translation>unit %1 differs from the delivered quantity's %2</translation>
        </message>
        <message>
            <source>the GTIN %1 has a wrong check digit</source>
            <translation>the GTIN %1 has a wrong check digit</translation>
        </message>
    </context>
    <context>
        <name>Moulin::UnitCode</name>
        <message>
            <source>piece</source>
            <translation>piece</translation>
        </message>
        <message>
            <source>each</source>
            <translation>each</translation>
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
            <translation>dozen</translation>
        </message>
        <message>
            <source>pair</source>
            <translation>pair</translation>
        </message>
        <message>
            <source>set</source>
            <translation>set</translation>
        </message>
        <message>
            <source>box</source>
            <translation>box</translation>
        </message>
        <message>
            <source>carton</source>
            <translation>carton</translation>
        </message>
        <message>
            <source>case</source>
            <translation>case</translation>
        </message>
        <message>
            <source>bottle</source>
            <translation>bottle</translation>
        </message>
        <message>
            <source>bag</source>
            <translation>bag</translation>
        </message>
        <message>
            <source>crate</source>
            <translation>crate</translation>
        </message>
        <message>
            <source>package</source>
            <translation>package</translation>
        </message>
        <message>
            <source>packet</source>
            <translation>packet</translation>
        </message>
        <message>
            <source>tin</source>
            <translation>tin</translation>
        </message>
        <message>
            <source>bucket</source>
            <translation>bucket</translation>
        </message>
        <message>
            <source>jar</source>
            <translation>jar</translation>
        </message>
        <message>
            <source>sack</source>
            <translation>sack</translation>
        </message>
        <message>
            <source>pallet</source>
            <translation>pallet</translation>
        </message>
        <message numerus="yes">
            <source>%1 piece(s)</source>
            <translation>
                <numerusform>%1 piece(s)</numerusform>
                <numerusform>%1 piece(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 each</source>
            <translation>
                <numerusform>%1 each</numerusform>
                <numerusform>%1 each</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 dozen</source>
            <translation>
                <numerusform>%1 dozen</numerusform>
                <numerusform>%1 dozen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 pair(s)</source>
            <translation>
                <numerusform>%1 pair(s)</numerusform>
                <numerusform>%1 pair(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 set(s)</source>
            <translation>
                <numerusform>%1 set(s)</numerusform>
                <numerusform>%1 set(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 box(es)</source>
            <translation>
                <numerusform>%1 box(es)</numerusform>
                <numerusform>%1 box(es)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 carton(s)</source>
            <translation>
                <numerusform>%1 carton(s)</numerusform>
                <numerusform>%1 carton(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 case(s)</source>
            <translation>
                <numerusform>%1 case(s)</numerusform>
                <numerusform>%1 case(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 bottle(s)</source>
            <translation>
                <numerusform>%1 bottle(s)</numerusform>
                <numerusform>%1 bottle(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 bag(s)</source>
            <translation>
                <numerusform>%1 bag(s)</numerusform>
                <numerusform>%1 bag(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 crate(s)</source>
            <translation>
                <numerusform>%1 crate(s)</numerusform>
                <numerusform>%1 crate(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 package(s)</source>
            <translation>
                <numerusform>%1 package(s)</numerusform>
                <numerusform>%1 package(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 packet(s)</source>
            <translation>
                <numerusform>%1 packet(s)</numerusform>
                <numerusform>%1 packet(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 tin(s)</source>
            <translation>
                <numerusform>%1 tin(s)</numerusform>
                <numerusform>%1 tin(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 bucket(s)</source>
            <translation>
                <numerusform>%1 bucket(s)</numerusform>
                <numerusform>%1 bucket(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 jar(s)</source>
            <translation>
                <numerusform>%1 jar(s)</numerusform>
                <numerusform>%1 jar(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 sack(s)</source>
            <translation>
                <numerusform>%1 sack(s)</numerusform>
                <numerusform>%1 sack(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 pallet(s)</source>
            <translation>
                <numerusform>%1 pallet(s)</numerusform>
                <numerusform>%1 pallet(s)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Moulin::Units</name>
        <message>
            <source>%1: cannot convert %2 to %3 — add a conversion for this product (e.g. 1 %2 = … %3).</source>
            <translation>%1: cannot convert %2 to %3 — add a conversion for this product (e.g. 1 %2 = … %3).</translation>
        </message>
        <message>
            <source>Unknown unit in the conversion.</source>
            <translation>Unknown unit in the conversion.</translation>
        </message>
        <message>
            <source>A conversion must link two different units.</source>
            <translation>A conversion must link two different units.</translation>
        </message>
        <message>
            <source>A conversion needs a quantity above zero.</source>
            <translation>A conversion needs a quantity above zero.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::WebhookReceiver</name>
        <message>
            <source>%1: the webhook path "%2" must start with /.</source>
            <translation>%1: the webhook path "%2" must start with /.</translation>
        </message>
        <message>
            <source>%1: the webhook route %2 has no handler.</source>
            <translation>%1: the webhook route %2 has no handler.</translation>
        </message>
        <message>
            <source>%1: the webhook path %2 is already used by %3.</source>
            <translation>%1: the webhook path %2 is already used by %3.</translation>
        </message>
        <message>
            <source>The webhook receiver is turned off (webhooks/enabled).</source>
            <translation>The webhook receiver is turned off (webhooks/enabled).</translation>
        </message>
        <message>
            <source>HTTPS webhooks need TLS support, which this Qt installation lacks (%1).</source>
            <translation>HTTPS webhooks need TLS support, which this Qt installation lacks (%1).</translation>
        </message>
        <message>
            <source>The webhook certificate %1 cannot be read as a PEM certificate (%2).</source>
            <translation>The webhook certificate %1 cannot be read as a PEM certificate (%2).</translation>
        </message>
        <message>
            <source>The webhook key %1 cannot be read: %2 (%3).</source>
            <translation>The webhook key %1 cannot be read: %2 (%3).</translation>
        </message>
        <message>
            <source>The webhook key %1 is not an unencrypted PEM RSA or EC private key (%2).</source>
            <translation>The webhook key %1 is not an unencrypted PEM RSA or EC private key (%2).</translation>
        </message>
        <message>
            <source>HTTPS webhooks need TLS support, which this Qt build lacks (%1, %2).</source>
            <translation>HTTPS webhooks need TLS support, which this Qt build lacks (%1, %2).</translation>
        </message>
        <message>
            <source>The webhook receiver cannot listen on %1 port %2: %3</source>
            <translation>The webhook receiver cannot listen on %1 port %2: %3</translation>
        </message>
        <message>
            <source>Too many webhook requests at once; try again later.</source>
            <translation>Too many webhook requests at once; try again later.</translation>
        </message>
        <message>
            <source>The request was not received completely within %1 ms.</source>
            <translation>The request was not received completely within %1 ms.</translation>
        </message>
        <message>
            <source>The request line and headers exceed %1 bytes.</source>
            <translation>The request line and headers exceed %1 bytes.</translation>
        </message>
        <message>
            <source>The request is not valid HTTP/1.1 (request line or Content-Length).</source>
            <translation>The request is not valid HTTP/1.1 (request line or Content-Length).</translation>
        </message>
        <message>
            <source>Chunked request bodies are not accepted; send Content-Length.</source>
            <translation>Chunked request bodies are not accepted; send Content-Length.</translation>
        </message>
        <message>
            <source>The body (%1 bytes) exceeds the limit of %2 bytes.</source>
            <translation>The body (%1 bytes) exceeds the limit of %2 bytes.</translation>
        </message>
        <message>
            <source>No webhook is declared at this path.</source>
            <translation>No webhook is declared at this path.</translation>
        </message>
        <message>
            <source>Webhooks are delivered with POST only.</source>
            <translation>Webhooks are delivered with POST only.</translation>
        </message>
        <message>
            <source>No webhook secret is configured for this connector.</source>
            <translation>No webhook secret is configured for this connector.</translation>
        </message>
        <message>
            <source>No webhook token is configured for this connector.</source>
            <translation>No webhook token is configured for this connector.</translation>
        </message>
        <message>
            <source>The token in the webhook URL is not the configured one.</source>
            <translation>The token in the webhook URL is not the configured one.</translation>
        </message>
        <message>
            <source>The webhook URL carries no token.</source>
            <translation>The webhook URL carries no token.</translation>
        </message>
        <message>
            <source>%1: the webhook route %2 names no query parameter for its token.</source>
            <translation>%1: the webhook route %2 names no query parameter for its token.</translation>
        </message>
        <message>
            <source>The webhook URL carries its token in the path; it belongs in the query string (?%1=…).</source>
            <translation>The webhook URL carries its token in the path; it belongs in the query string (?%1=…).</translation>
        </message>
        <message>
            <source>The webhook URL carries no %1 parameter.</source>
            <translation>The webhook URL carries no %1 parameter.</translation>
        </message>
        <message>
            <source>The webhook URL carries the %1 parameter more than once.</source>
            <translation>The webhook URL carries the %1 parameter more than once.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::WebhookReceiverSettings</name>
        <message>
            <source>The setting %1 must be true or false, not "%2".</source>
            <translation>The setting %1 must be true or false, not "%2".</translation>
        </message>
        <message>
            <source>The setting %1 must be an IP address such as 127.0.0.1, not "%2".</source>
            <translation>The setting %1 must be an IP address such as 127.0.0.1, not "%2".</translation>
        </message>
        <message>
            <source>The setting %1 must be a port number from 0 to 65535, not "%2".</source>
            <translation>The setting %1 must be a port number from 0 to 65535, not "%2".</translation>
        </message>
        <message>
            <source>The setting %1 is set but %2 is not: HTTPS needs both the certificate and its key.</source>
            <translation>The setting %1 is set but %2 is not: HTTPS needs both the certificate and its key.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::WebhookSettingsPage</name>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
            <translation>PEM files (*.pem *.crt *.key);;All files (*)</translation>
        </message>
        <message>
            <source>Receive bookings as they are made (webhooks)</source>
            <translation>Receive bookings as they are made (webhooks)</translation>
        </message>
        <message>
            <source>none: plain HTTP (behind a proxy that adds TLS)</source>
            <translation>none: plain HTTP (behind a proxy that adds TLS)</translation>
        </message>
        <message>
            <source>The booking site and TheFork send each booking to this computer the moment it is made. Off, Moulin still reads them at each synchronisation.</source>
            <translation>The booking site and TheFork send each booking to this computer the moment it is made. Off, Moulin still reads them at each synchronisation.</translation>
        </message>
        <message>
            <source>Listen on address:</source>
            <translation>Listen on address:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>TLS certificate:</source>
            <translation>TLS certificate:</translation>
        </message>
        <message>
            <source>TLS certificate</source>
            <translation>TLS certificate</translation>
        </message>
        <message>
            <source>TLS private key:</source>
            <translation>TLS private key:</translation>
        </message>
        <message>
            <source>TLS private key</source>
            <translation>TLS private key</translation>
        </message>
        <message>
            <source>&lt;b&gt;Addresses to give&lt;/b&gt;</source>
            <translation>&lt;b&gt;Addresses to give&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;this computer's address&gt;</source>
            <translation>&lt;this computer's address&gt;</translation>
        </message>
        <message>
            <source>TheFork: %1</source>
            <translation>TheFork: %1</translation>
        </message>
        <message>
            <source>&lt;made at the next start&gt;</source>
            <translation>&lt;made at the next start&gt;</translation>
        </message>
        <message>
            <source>Booking site: %1 (signed with the secret of its connection)</source>
            <translation>Booking site: %1 (signed with the secret of its connection)</translation>
        </message>
        <message>
            <source>Off: nothing listens until the box above is ticked.</source>
            <translation>Off: nothing listens until the box above is ticked.</translation>
        </message>
        <message>
            <source>The address must be an IP address such as 127.0.0.1 or 0.0.0.0, not "%1".</source>
            <translation>The address must be an IP address such as 127.0.0.1 or 0.0.0.0, not "%1".</translation>
        </message>
        <message>
            <source>HTTPS needs both the certificate and its private key.</source>
            <translation>HTTPS needs both the certificate and its private key.</translation>
        </message>
        <message>
            <source>The file %1 cannot be read.</source>
            <translation>The file %1 cannot be read.</translation>
        </message>
    </context>
    <context>
        <name>Moulin::WebhookVerifier</name>
        <message>
            <source>Valid signature.</source>
            <translation>Valid signature.</translation>
        </message>
        <message>
            <source>The X-Moulin-Signature header is missing.</source>
            <translation>The X-Moulin-Signature header is missing.</translation>
        </message>
        <message>
            <source>The X-Moulin-Signature header is malformed (expected t=&lt;seconds&gt;,v1=&lt;hex&gt;).</source>
            <translation>The X-Moulin-Signature header is malformed (expected t=&lt;seconds&gt;,v1=&lt;hex&gt;).</translation>
        </message>
        <message>
            <source>The signature does not match the body: wrong secret or altered content.</source>
            <translation>The signature does not match the body: wrong secret or altered content.</translation>
        </message>
        <message>
            <source>The signature timestamp is more than 5 minutes old.</source>
            <translation>The signature timestamp is more than 5 minutes old.</translation>
        </message>
        <message>
            <source>The signature timestamp is more than 5 minutes in the future; check the sender's clock.</source>
            <translation>The signature timestamp is more than 5 minutes in the future; check the sender's clock.</translation>
        </message>
        <message>
            <source>This signed request was already received (replay).</source>
            <translation>This signed request was already received (replay).</translation>
        </message>
    </context>
    <context>
        <name>Moulin::WebsiteWebhook</name>
        <message>
            <source>The body is not valid JSON (%1 at byte %2).</source>
            <translation>The body is not valid JSON (%1 at byte %2).</translation>
        </message>
        <message>
            <source>The body must be a JSON object.</source>
            <translation>The body must be a JSON object.</translation>
        </message>
        <message>
            <source>The field %1 is missing or is not a non-empty string.</source>
            <translation>The field %1 is missing or is not a non-empty string.</translation>
        </message>
        <message>
            <source>The event_type %1 is unknown (reservation.created, reservation.updated or reservation.cancelled).</source>
            <translation>The event_type %1 is unknown (reservation.created, reservation.updated or reservation.cancelled).</translation>
        </message>
        <message>
            <source>The restaurant_id %1 is not this restaurant's.</source>
            <translation>The restaurant_id %1 is not this restaurant's.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>The field date must be an ISO 8601 date and time with its offset, e.g. 2026-12-12T20:00:00+01:00.</source>
            <translation>The field date must be an ISO 8601 date and time with its offset, e.g. 2026-12-12T20:00:00+01:00.</translation>
        </message>
        <message>
            <source>The field party_size must be a positive whole number of guests.</source>
            <translation>The field party_size must be a positive whole number of guests.</translation>
        </message>
        <message>
            <source>The customer has no name (customer.name).</source>
            <translation>The customer has no name (customer.name).</translation>
        </message>
        <message>
            <source>The booking could not be stored: %1</source>
            <translation>The booking could not be stored: %1</translation>
        </message>
    </context>
    <context>
        <name>Moulin::WeekOverview</name>
        <message>
            <source>Previous week</source>
            <translation>Previous week</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Next week</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Week of %1 to %2</source>
            <translation>Week of %1 to %2</translation>
        </message>
        <message>
            <source>%1 · today</source>
            <translation>%1 · today</translation>
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
            <translation>Receipts</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Covers</translation>
        </message>
        <message>
            <source>Average ticket incl. VAT</source>
            <translation>Average ticket incl. VAT</translation>
        </message>
        <message>
            <source>Sales incl. VAT</source>
            <translation>Sales incl. VAT</translation>
        </message>
        <message>
            <source>Sales excl. VAT</source>
            <translation>Sales excl. VAT</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>VAT</translation>
        </message>
        <message>
            <source>Base excl. VAT %1</source>
            <translation>Base excl. VAT %1</translation>
        </message>
        <message>
            <source>VAT %1</source>
            <translation>VAT %1</translation>
        </message>
        <message>
            <source>Voided receipts</source>
            <translation>Voided receipts</translation>
        </message>
        <message>
            <source>Refunds incl. VAT</source>
            <translation>Refunds incl. VAT</translation>
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
            <translation>Cannot watch for SIGTERM and SIGINT (%1: %2).</translation>
        </message>
    </context>
</TS>
