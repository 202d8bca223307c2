#pragma once

// Sending an e-mail over SMTP with libcurl (Debian's libcurl4-openssl-dev):
// STARTTLS required on smtp:// (implicit TLS on smtps://, port 465), login
// with the account's user and password (PLAIN or LOGIN, as the server
// offers). Blocking: call it from a worker thread, never the GUI's.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Moulin {

/// Where and as whom the restaurant sends its e-mails. Everything but the
/// password lives in the settings (suppliers/smtp/…); the password in the
/// keychain (CredentialStore, kKeychainId / kPasswordKey).
struct SmtpSettings
{
    enum class Security
    {
        StartTls,    ///< smtp://, STARTTLS required (port 587 by default)
        ImplicitTls, ///< smtps:// (port 465)
    };

    static constexpr const char* kKeychainId = "suppliers-smtp";
    static constexpr const char* kPasswordKey = "password";

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user;
    QString sender;     ///< the From address ("commandes@lemoulin-lyon.fr")
    QString senderName; ///< its display name ("Le Moulin"); empty: none
    QString caFile;     ///< a CA bundle to trust besides the system's (a local server's own CA)
    int timeoutSecs = 60;

    bool isConfigured() const { return !host.isEmpty() && !sender.isEmpty(); }
    static SmtpSettings load();
    void save() const;
    /// What is missing or wrong (translated, one per line); empty: usable.
    QStringList problems() const;
};

/// What the server did with a message.
struct SmtpResult
{
    bool accepted = false;         ///< the server took the message (its reply to the end of DATA was 2xx)
    int replyCode = 0;             ///< the server's last reply code (250, 550, 535…); 0: no answer
    QString replyText;             ///< that reply's text ("5.1.1 <x@y>: Recipient address rejected")
    bool connectionFailed = false; ///< no SMTP conversation (DNS, refused, TLS, timeout)
    QString error;                 ///< translated, names the server's code and words; empty when accepted
};

class SmtpClient
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::SmtpClient)

public:
    /// Sends `message` (RFC 5322, CRLF line ends) from `from` to `to`.
    static SmtpResult send(const SmtpSettings& settings, const QByteArray& password, const QString& from,
                           const QStringList& to, const QByteArray& message);
    /// Connects, STARTTLS and logs in, then quits: "Tester" in the settings.
    static SmtpResult test(const SmtpSettings& settings, const QByteArray& password);
};

} // namespace Moulin
