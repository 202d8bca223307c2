#pragma once

// A small read-only tree of a UBL document, read with QXmlStreamReader, that
// the readers and the validator walk. Every element knows where it was
// (line, column) and its path ("cac:OrderLine[2]/cac:LineItem/cbc:Quantity"),
// so an error can name it.

#include "suppliers/core/decimal.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringView>
#include <QXmlStreamWriter>

#include <optional>
#include <vector>

namespace Moulin::Ubl {

inline constexpr char kCac[] = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
inline constexpr char kCbc[] = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
inline constexpr char kOrderNs[] = "urn:oasis:names:specification:ubl:schema:xsd:Order-2";
inline constexpr char kOrderResponseNs[] = "urn:oasis:names:specification:ubl:schema:xsd:OrderResponse-2";
inline constexpr char kDespatchAdviceNs[] = "urn:oasis:names:specification:ubl:schema:xsd:DespatchAdvice-2";

inline constexpr char kOrderCustomization[] = "urn:fdc:peppol.eu:poacc:trns:order:3";
inline constexpr char kOrderResponseCustomization[] = "urn:fdc:peppol.eu:poacc:trns:order_response:3";
inline constexpr char kDespatchAdviceCustomization[] = "urn:fdc:peppol.eu:poacc:trns:despatch_advice:3";
inline constexpr char kOrderingProfile[] = "urn:fdc:peppol.eu:poacc:bis:ordering:3";
inline constexpr char kDespatchAdviceProfile[] = "urn:fdc:peppol.eu:poacc:bis:despatch_advice:3";

/// One element: its qualified name as UBL documents write it ("cbc:ID",
/// "cac:Party"; the document element and elements of other namespaces keep
/// their local name, prefixed "{namespace}" when foreign).
struct Element
{
    QString qname;
    QString namespaceUri;
    QString localName;
    QHash<QString, QString> attributes; ///< by local name
    QString text;                       ///< the character data, as written
    qint64 line = 0;
    qint64 column = 0;
    QString path;  ///< "cac:OrderLine[2]/cac:LineItem/cbc:ID"; "" for the root
    QString shape; ///< the path without indexes: "cac:OrderLine/cac:LineItem/cbc:ID"
    std::vector<Element> children;

    /// The text without surrounding white space.
    QString value() const { return text.trimmed(); }
    QString attribute(const QString& name) const { return attributes.value(name); }
    bool hasAttribute(const QString& name) const { return attributes.contains(name); }

    /// The first child (or descendant along a '/'-separated path of qnames)
    /// named so; null if none.
    const Element* find(QStringView path) const;
    /// The children named `qname`.
    std::vector<const Element*> all(QStringView qname) const;
    /// Every element under this one (depth first, this one excluded) named `qname`.
    void collect(QStringView qname, std::vector<const Element*>& out) const;
    /// The value at `path` ("" when absent).
    QString valueAt(QStringView path) const;
    /// "cbc:Quantity (line 42)" for messages.
    QString where() const;
};

/// Why a document could not be read.
struct ReadError
{
    QString element; ///< the element's path ("" for the whole document)
    QString message; ///< translated
    qint64 line = 0;
    QString toString() const;
};

/// Reads `xml` into a tree; nullopt and `error` when it is not well-formed.
std::optional<Element> parse(const QByteArray& xml, ReadError* error);

/// The path of a child named `qname` that is the `index`-th (1-based) of its
/// name under `parentPath` ("[n]" only when n > 1).
QString childPath(const QString& parentPath, const QString& qname, int index);

/// The small writer the UBL documents are written with (Order, Order
/// Response, Despatch Advice, Invoice): indented by two, cac aggregates and
/// cbc values. Each document's writer adds its own parts on top.
class XmlWriter
{
public:
    explicit XmlWriter(QByteArray* out);

    QXmlStreamWriter& xml() { return m_xml; }

    /// Opens a cac aggregate.
    void start(const char* name);
    void end();
    /// A cbc value; nothing when `value` is empty.
    void cbc(const char* name, const QString& value);
    /// A cbc value with one attribute (schemeID, currencyID, unitCode…),
    /// written even when empty.
    void cbcWith(const char* name, const char* attribute, const QString& attributeValue,
                 const QString& value);
    /// A cbc amount in `currency`, at least two decimals (as given, not rounded).
    void amount(const char* name, const QString& currency, const Decimal& value);

protected:
    QXmlStreamWriter m_xml;
};

} // namespace Moulin::Ubl
