#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Moulin {

LanguageManager::LanguageManager() = default;

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

bool LanguageManager::apply(const QString& language)
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_language = language;

    const QLocale locale = language == QLatin1String("fr")
                               ? QLocale(QLocale::French, QLocale::France)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    m_qtTranslator = std::make_unique<QTranslator>();
    if (m_qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator.get());

    m_appTranslator = std::make_unique<QTranslator>();
    const bool loaded = m_appTranslator->load(QStringLiteral(":/i18n/moulin_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(m_appTranslator.get());
    return loaded;
}

} // namespace Moulin
