// The French catalogue must be complete: runs lupdate over the current
// sources into a copy of each .ts file and fails on any unfinished or empty
// translation, so a new tr() string without its French breaks the suite.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Unfinished
    {
        QString context;
        QString source;
    };

    static QList<Unfinished> refreshAndScan(const QString& tsName, int* total)
    {
        const QString source = Moulin::Test::sourceDir();
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(tsName);
        if (!QFile::copy(QDir(source).filePath(QStringLiteral("translations/") + tsName), copy))
            qFatal("cannot copy %s", qPrintable(tsName));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(qEnvironmentVariable("MOULIN_LUPDATE"),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                       // The include path of every target: lupdate then finds
                       // each class's header however deep its folder is.
                       QStringLiteral("-I"), QDir(source).filePath(QStringLiteral("modules")),
                       QDir(source).filePath(QStringLiteral("modules")),
                       QDir(source).filePath(QStringLiteral("app")), QStringLiteral("-ts"), copy});
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
            qFatal("lupdate failed: %s", lupdate.readAll().constData());

        QFile file(copy);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(copy));
        QXmlStreamReader xml(&file);
        QList<Unfinished> unfinished;
        QString context;
        QString src;
        *total = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                src = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    continue;
                ++*total;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                    unfinished.append({context, src});
            }
        }
        if (xml.hasError())
            qFatal("%s: %s", qPrintable(tsName), qPrintable(xml.errorString()));
        return unfinished;
    }

private Q_SLOTS:
    void catalogueComplete_data()
    {
        QTest::addColumn<QString>("ts");
        QTest::newRow("fr") << QStringLiteral("moulin_fr.ts");
        QTest::newRow("en") << QStringLiteral("moulin_en.ts");
    }

    void catalogueComplete()
    {
        QFETCH(QString, ts);
        int total = 0;
        const QList<Unfinished> unfinished = refreshAndScan(ts, &total);
        QVERIFY2(total > 50, qPrintable(QStringLiteral("only %1 strings found").arg(total)));
        QStringList lines;
        for (const auto& u : unfinished)
            lines.append(QStringLiteral("  [%1] %2").arg(u.context, u.source));
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished string(s) in %2 — run `ninja update_translations` "
                                           "and translate them:\n%3")
                                .arg(unfinished.size())
                                .arg(ts, lines.join(QLatin1Char('\n')))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
