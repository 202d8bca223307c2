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
    </context>
    <context>
        <name>Moulin::MainWindow</name>
        <message>
            <source>Moulin — Restaurant back-office</source>
            <translation>Moulin — Restaurant back-office</translation>
        </message>
        <message>
            <source>&amp;Sales</source>
            <translation>&amp;Sales</translation>
        </message>
        <message>
            <source>Su&amp;ppliers</source>
            <translation>Su&amp;ppliers</translation>
        </message>
        <message>
            <source>&amp;Reservations</source>
            <translation>&amp;Reservations</translation>
        </message>
        <message>
            <source>&amp;Customers</source>
            <translation>&amp;Customers</translation>
        </message>
        <message>
            <source>R&amp;osters</source>
            <translation>R&amp;osters</translation>
        </message>
        <message>
            <source>&amp;Integrations</source>
            <translation>&amp;Integrations</translation>
        </message>
        <message>
            <source>Turnover, covers and receipts from the till</source>
            <translation>Turnover, covers and receipts from the till</translation>
        </message>
        <message>
            <source>Catalogues, orders and deliveries</source>
            <translation>Catalogues, orders and deliveries</translation>
        </message>
        <message>
            <source>Table plan and bookings from every platform</source>
            <translation>Table plan and bookings from every platform</translation>
        </message>
        <message>
            <source>Guest profiles, loyalty and segments</source>
            <translation>Guest profiles, loyalty and segments</translation>
        </message>
        <message>
            <source>Staff needs and generated rosters</source>
            <translation>Staff needs and generated rosters</translation>
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
    </context>
    <context>
        <name>Moulin::ReservationsTab</name>
        <message>
            <source>No reservations yet</source>
            <translation>No reservations yet</translation>
        </message>
        <message>
            <source>Connect TheFork, OpenTable, Resy or your own booking site in Settings to manage one table plan.</source>
            <translation>Connect TheFork, OpenTable, Resy or your own booking site in Settings to manage one table plan.</translation>
        </message>
        <message>
            <source>Connect a platform…</source>
            <translation>Connect a platform…</translation>
        </message>
    </context>
    <context>
        <name>Moulin::RostersTab</name>
        <message>
            <source>No roster yet</source>
            <translation>No roster yet</translation>
        </message>
        <message>
            <source>Rosters are generated from reservations, sales history and special events once those are connected.</source>
            <translation>Rosters are generated from reservations, sales history and special events once those are connected.</translation>
        </message>
        <message>
            <source>Open settings…</source>
            <translation>Open settings…</translation>
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
    </context>
    <context>
        <name>Moulin::SandboxServer</name>
        <message>
            <source>The sandbox could not listen on 127.0.0.1:%1 (port already in use?)</source>
            <translation>The sandbox could not listen on 127.0.0.1:%1 (port already in use?)</translation>
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
    </context>
</TS>
