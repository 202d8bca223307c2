#pragma once

// The local SMTP server the e-mail tests talk to: tests/tools/smtp_server.py
// (Debian's python3-aiosmtpd) with STARTTLS on a certificate openssl makes
// for the test and AUTH required; every message it accepts lands in inbox()
// as N.eml with N.json (envelope, decoded headers, attachments) beside it.

#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>

#include <memory>

namespace Moulin::Test {

class SmtpTestServer
{
public:
    /// Makes the certificate in `dir`; false when openssl fails.
    bool init(const QString& dir)
    {
        m_dir = dir;
        m_cert = QDir(dir).filePath(QStringLiteral("smtp-cert.pem"));
        m_key = QDir(dir).filePath(QStringLiteral("smtp-key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), m_key,
                       QStringLiteral("-out"), m_cert, QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
        return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
    }

    /// Starts a server for `user` / `password` with `faults`
    /// (--reject-rcpt 550, --drop-after-accept…); its port, 0 on failure.
    int start(const QString& user, const QString& password, const QStringList& faults = {})
    {
        stop();
        m_inbox = QDir(m_dir).filePath(QStringLiteral("inbox-%1").arg(++m_sequence));
        m_process = std::make_unique<QProcess>();
        m_process->start(QStringLiteral("/usr/bin/python3"),
                         QStringList{sourceDir() + QStringLiteral("/tests/tools/smtp_server.py"),
                                     QStringLiteral("--cert"), m_cert, QStringLiteral("--key"), m_key,
                                     QStringLiteral("--user"), user, QStringLiteral("--password"), password,
                                     QStringLiteral("--out"), m_inbox} +
                             faults);
        if (!m_process->waitForStarted(10000))
            return 0;
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains('\n') && t.elapsed() < 20000 && m_process->state() == QProcess::Running) {
            m_process->waitForReadyRead(500);
            out += m_process->readAllStandardOutput();
        }
        if (!out.startsWith("PORT ")) {
            qWarning("smtp_server.py: %s", m_process->readAllStandardError().constData());
            return 0;
        }
        m_port = out.mid(5).trimmed().toInt();
        return m_port;
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(5000);
        m_process.reset();
    }

    ~SmtpTestServer() { stop(); }

    int port() const { return m_port; }
    QString certificate() const { return m_cert; }
    QString inbox() const { return m_inbox; }
    /// The messages received, "1.json", "2.json"…
    QStringList received() const
    {
        return QDir(m_inbox).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    }

private:
    QString m_dir;
    QString m_cert;
    QString m_key;
    QString m_inbox;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    int m_sequence = 0;
};

} // namespace Moulin::Test
