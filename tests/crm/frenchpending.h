#pragma once

// The product's French (translations/moulin_fr.ts, read from its source so the
// test needs no compiled .qm), plus any strings still waiting in
// translations/pending/*.json ({"Context": {"source": "French" or ["singular",
// "plural"]}}) while a branch is not merged: a translator, so a test reads
// the French the product shows.

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>
#include <QXmlStreamReader>

namespace Moulin::Test {

class PendingFrench : public QTranslator
{
public:
    bool load()
    {
        loadTs(QDir(sourceDir()).filePath(QStringLiteral("translations/moulin_fr.ts")));
        const QDir dir(QDir(sourceDir()).filePath(QStringLiteral("translations/pending")));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                return false;
            const QJsonObject contexts = QJsonDocument::fromJson(file.readAll()).object();
            for (auto c = contexts.begin(); c != contexts.end(); ++c) {
                const QJsonObject messages = c.value().toObject();
                for (auto m = messages.begin(); m != messages.end(); ++m) {
                    QStringList forms;
                    if (m.value().isArray()) {
                        for (const QJsonValue& form : m.value().toArray())
                            forms << form.toString();
                    } else {
                        forms << m.value().toString();
                    }
                    m_texts[c.key()].insert(m.key(), forms);
                }
            }
        }
        return !m_texts.isEmpty();
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }
    QString translate(const char* context, const char* source, const char*, int n) const override
    {
        const QStringList forms = m_texts.value(QString::fromUtf8(context)).value(QString::fromUtf8(source));
        if (forms.isEmpty())
            return QString();
        return n > 1 && forms.size() > 1 ? forms.at(1) : forms.first();
    }

private:
    void loadTs(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        QXmlStreamReader xml(&file);
        QString context, source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const bool unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                QStringList forms;
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        forms << xml.readElementText();
                    else if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                        break;
                }
                if (forms.isEmpty() && !text.trimmed().isEmpty())
                    forms << text;
                if (!unfinished && !forms.isEmpty())
                    m_texts[context].insert(source, forms);
            }
        }
    }

    QHash<QString, QHash<QString, QStringList>> m_texts;
};

} // namespace Moulin::Test
