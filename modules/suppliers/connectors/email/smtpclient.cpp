#include "suppliers/connectors/email/smtpclient.h"

#include "common/core/apppaths.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>

#include <curl/curl.h>
#include <mutex>

namespace Moulin {

Q_LOGGING_CATEGORY(lcSmtp, "moulin.suppliers.smtp")

namespace {

const QString kGroup = QStringLiteral("suppliers/smtp/");

/// One transfer's state, shared with libcurl's callbacks.
struct Transfer
{
    QByteArray message;
    qsizetype offset = 0;
    bool uploadDone = false;
    bool sawDataReply = false; ///< the reply to the end of DATA came
    int dataReplyCode = 0;
    int lastCode = 0;
    QString lastText;
};

size_t readMessage(char* buffer, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype left = t->message.size() - t->offset;
    const qsizetype n = std::min(room, left);
    if (n > 0) {
        std::memcpy(buffer, t->message.constData() + t->offset, size_t(n));
        t->offset += n;
    }
    if (t->offset >= t->message.size())
        t->uploadDone = true;
    return size_t(n);
}

int onDebug(CURL*, curl_infotype type, char* data, size_t size, void* user)
{
    if (type != CURLINFO_HEADER_IN)
        return 0;
    auto* t = static_cast<Transfer*>(user);
    // libcurl hands the server's replies line by line (the end of line
    // included or not).
    for (const QByteArray& raw : QByteArray(data, qsizetype(size)).split('\n')) {
        const QByteArray line = raw.trimmed();
        // "250-…" continues a reply, "250 …" (or "250") ends it.
        if (line.size() < 3 || !std::isdigit(uchar(line[0])) || !std::isdigit(uchar(line[1])) ||
            !std::isdigit(uchar(line[2])))
            continue;
        if (line.size() > 3 && line[3] == '-')
            continue;
        const int code = line.left(3).toInt();
        if (code == 221)
            continue; // the goodbye to QUIT says nothing about the message
        // The first refusal is the reason; what follows it is the goodbye.
        if (t->lastCode >= 400)
            continue;
        t->lastCode = code;
        t->lastText = QString::fromUtf8(line.mid(4)).trimmed();
        if (t->uploadDone && !t->sawDataReply) {
            t->sawDataReply = true;
            t->dataReplyCode = t->lastCode;
        }
    }
    return 0;
}

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QString address(const QString& email)
{
    return QStringLiteral("<%1>").arg(email.trimmed());
}

SmtpResult run(const SmtpSettings& s, const QByteArray& password, const QString& from, const QStringList& to,
               const QByteArray* message)
{
    globalInit();
    SmtpResult result;
    CURL* curl = curl_easy_init();
    if (!curl) {
        result.connectionFailed = true;
        result.error = SmtpClient::tr("The e-mail library could not start.");
        return result;
    }
    Transfer transfer;
    if (message)
        transfer.message = *message;
    const bool implicitTls = s.security == SmtpSettings::Security::ImplicitTls;
    const QByteArray url = QStringLiteral("%1://%2:%3")
                               .arg(implicitTls ? QStringLiteral("smtps") : QStringLiteral("smtp"), s.host)
                               .arg(s.port)
                               .toUtf8();
    const QByteArray user = s.user.toUtf8();
    const QByteArray pass = password;
    const QByteArray mailFrom = address(from).toUtf8();
    const QByteArray caFile = s.caFile.toLocal8Bit();
    char errorBuffer[CURL_ERROR_SIZE] = {0};
    curl_slist* recipients = nullptr;
    for (const QString& r : to)
        recipients = curl_slist_append(recipients, address(r).toUtf8().constData());

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(std::min(s.timeoutSecs, 30)));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(s.timeoutSecs));
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, onDebug);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L); // feeds onDebug; nothing printed
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, pass.constData());
    }
    if (message) {
        curl_easy_setopt(curl, CURLOPT_MAIL_FROM, mailFrom.constData());
        curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, readMessage);
        curl_easy_setopt(curl, CURLOPT_READDATA, &transfer);
        curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(transfer.message.size()));
    } else {
        curl_easy_setopt(curl, CURLOPT_CONNECT_ONLY, 1L); // greeting, STARTTLS, login: then stop
    }
    const CURLcode code = curl_easy_perform(curl);
    long lastResponse = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &lastResponse);
    if (lastResponse > 0 && transfer.lastCode == 0) {
        transfer.lastCode = int(lastResponse);
        transfer.lastText.clear();
    }
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);

    result.replyCode = transfer.lastCode;
    result.replyText = transfer.lastText;
    const QString server = QStringLiteral("%1:%2").arg(s.host).arg(s.port);
    if (message && transfer.sawDataReply && transfer.dataReplyCode >= 200 && transfer.dataReplyCode < 300) {
        // The server took the message; a connection lost afterwards (its
        // reply to QUIT) changes nothing: sending it again would be a second
        // order.
        result.accepted = true;
        result.replyCode = transfer.dataReplyCode;
        if (code != CURLE_OK)
            qCInfo(lcSmtp, "%s accepted the message, then: %s", qUtf8Printable(server), errorBuffer);
        return result;
    }
    if (!message && code == CURLE_OK) {
        result.accepted = true;
        return result;
    }
    const QString detail = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    if (transfer.lastCode >= 400) {
        result.error = code == CURLE_LOGIN_DENIED
                           ? SmtpClient::tr("The mail server %1 refused the login of \"%2\": %3 %4")
                                 .arg(server, s.user)
                                 .arg(transfer.lastCode)
                                 .arg(transfer.lastText)
                           : SmtpClient::tr("The mail server %1 refused the message: %2 %3")
                                 .arg(server)
                                 .arg(transfer.lastCode)
                                 .arg(transfer.lastText);
        return result;
    }
    result.connectionFailed = transfer.lastCode == 0;
    result.error =
        message && transfer.uploadDone
            ? SmtpClient::tr("The connection to the mail server %1 was lost before it confirmed the "
                             "message (%2); it will be sent again.")
                  .arg(server, detail)
            : SmtpClient::tr("Could not talk to the mail server %1: %2").arg(server, detail);
    return result;
}

} // namespace

SmtpSettings SmtpSettings::load()
{
    SmtpSettings s;
    const std::unique_ptr<QSettings> settings = AppPaths::settings();
    if (!settings)
        return s;
    s.host = settings->value(kGroup + QStringLiteral("host")).toString().trimmed();
    s.port = settings->value(kGroup + QStringLiteral("port"), 587).toInt();
    s.security = settings->value(kGroup + QStringLiteral("security")).toString() == QLatin1String("tls")
                     ? Security::ImplicitTls
                     : Security::StartTls;
    s.user = settings->value(kGroup + QStringLiteral("user")).toString().trimmed();
    s.sender = settings->value(kGroup + QStringLiteral("sender")).toString().trimmed();
    s.senderName = settings->value(kGroup + QStringLiteral("sender_name")).toString().trimmed();
    s.caFile = settings->value(kGroup + QStringLiteral("ca_file")).toString().trimmed();
    const int timeout = settings->value(kGroup + QStringLiteral("timeout_seconds"), 60).toInt();
    s.timeoutSecs = timeout > 0 ? timeout : 60;
    return s;
}

void SmtpSettings::save() const
{
    const std::unique_ptr<QSettings> settings = AppPaths::settings();
    if (!settings)
        return;
    settings->setValue(kGroup + QStringLiteral("host"), host);
    settings->setValue(kGroup + QStringLiteral("port"), port);
    settings->setValue(kGroup + QStringLiteral("security"), security == Security::ImplicitTls
                                                                ? QStringLiteral("tls")
                                                                : QStringLiteral("starttls"));
    settings->setValue(kGroup + QStringLiteral("user"), user);
    settings->setValue(kGroup + QStringLiteral("sender"), sender);
    settings->setValue(kGroup + QStringLiteral("sender_name"), senderName);
    if (caFile.isEmpty())
        settings->remove(kGroup + QStringLiteral("ca_file"));
    else
        settings->setValue(kGroup + QStringLiteral("ca_file"), caFile);
}

QStringList SmtpSettings::problems() const
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+$"));
    QStringList out;
    if (host.isEmpty())
        out << SmtpClient::tr("The mail server (SMTP) is missing.");
    if (port <= 0 || port > 65535)
        out << SmtpClient::tr("The port %1 is not between 1 and 65535.").arg(port);
    if (!email.match(sender).hasMatch())
        out << SmtpClient::tr("The sender \"%1\" is not an e-mail address.").arg(sender);
    return out;
}

SmtpResult SmtpClient::send(const SmtpSettings& settings, const QByteArray& password, const QString& from,
                            const QStringList& to, const QByteArray& message)
{
    return run(settings, password, from, to, &message);
}

SmtpResult SmtpClient::test(const SmtpSettings& settings, const QByteArray& password)
{
    return run(settings, password, QString(), {}, nullptr);
}

} // namespace Moulin
