#pragma once

#include <QString>

#include <memory>

class QTranslator;

namespace Moulin {

/// Installs Moulin's and Qt's own translators for "fr" or "en", and sets the
/// default QLocale so dates, numbers and euros are formatted the French way.
class LanguageManager
{
public:
    LanguageManager();
    ~LanguageManager();

    /// "fr" when the system locale is French, "en" otherwise.
    static QString systemLanguage();

    /// Loads and installs the translators. Returns false if Moulin's catalogue
    /// for `language` is missing (the UI then shows the English source).
    bool apply(const QString& language);
    QString language() const { return m_language; }

private:
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_language;
};

} // namespace Moulin
