#pragma once

// The French of the strings in translations/pending/*.json ({"Context":
// {"source": "French" or ["singular", "plural"]}}) as a translator, so a test
// can read the French the product shows before the .ts files are filled.

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

namespace Moulin::Test {

class PendingFrench : public QTranslator
{
public:
    bool load()
    {
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
    QHash<QString, QHash<QString, QStringList>> m_texts;
};

} // namespace Moulin::Test
