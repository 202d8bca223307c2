#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Moulin {

/// One broken rule in a document.
struct UblIssue
{
    enum class Severity
    {
        Fatal,   ///< the document must not be sent
        Warning, ///< sendable, but worth fixing
    };

    QString rule; ///< "PEPPOL-T01-R008", "MOULIN-T01-S002"…
    Severity severity = Severity::Fatal;
    QString
        element; ///< the element's path ("cac:OrderLine[2]/cac:LineItem/cbc:Quantity"), "" for the document
    qint64 line = 0; ///< in the document, 0 when unknown
    QString message; ///< translated: what the rule says, then what was found

    QString toString() const;
};

/// Checks a UBL 2.1 Order against PEPPOL BIS Ordering 3.0 (the PEPPOL-T01
/// business rules of the order transaction) and the UBL structure the
/// suppliers' interface expects (required elements, cardinalities, element
/// order, code lists, dates, numbers, GTIN and French identifiers, the
/// totals). Run before every send: a document with a fatal issue is not sent.
///
/// A rule that depends on a value another rule has already flagged (a
/// negative quantity, an unreadable amount, an unknown currency) does not
/// report it again, so a document broken in one way fails on that one rule.
class UblOrderValidator
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::UblOrderValidator)

public:
    struct Rule
    {
        const char* id;
        UblIssue::Severity severity;
        const char* text; ///< English, translated through tr()
    };

    /// Every issue of `xml`, in document order of the checks (empty: valid).
    static QList<UblIssue> validate(const QByteArray& xml);
    /// No fatal issue among `issues`.
    static bool passes(const QList<UblIssue>& issues);
    /// The rules this validator implements.
    static QList<Rule> rules();
    /// The translated text of rule `id` (empty if unknown).
    static QString ruleText(const QString& id);
};

} // namespace Moulin
