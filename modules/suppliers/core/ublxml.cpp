#include "suppliers/core/ublxml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <algorithm>

namespace Moulin::Ubl {

XmlWriter::XmlWriter(QByteArray* out)
    : m_xml(out)
{
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(2);
}

void XmlWriter::start(const char* name)
{
    m_xml.writeStartElement(QLatin1StringView(kCac), QLatin1StringView(name));
}

void XmlWriter::end()
{
    m_xml.writeEndElement();
}

void XmlWriter::cbc(const char* name, const QString& value)
{
    if (!value.isEmpty())
        m_xml.writeTextElement(QLatin1StringView(kCbc), QLatin1StringView(name), value);
}

void XmlWriter::cbcWith(const char* name, const char* attribute, const QString& attributeValue,
                        const QString& value)
{
    m_xml.writeStartElement(QLatin1StringView(kCbc), QLatin1StringView(name));
    m_xml.writeAttribute(QLatin1StringView(attribute), attributeValue);
    m_xml.writeCharacters(value);
    m_xml.writeEndElement();
}

void XmlWriter::amount(const char* name, const QString& currency, const Decimal& value)
{
    cbcWith(name, "currencyID", currency, value.toString(2));
}

QString childPath(const QString& parentPath, const QString& qname, int index)
{
    QString path = parentPath.isEmpty() ? qname : parentPath + u'/' + qname;
    if (index > 1)
        path += u'[' + QString::number(index) + u']';
    return path;
}

const Element* Element::find(QStringView childPathText) const
{
    const Element* current = this;
    for (QStringView segment : childPathText.tokenize(u'/')) {
        const Element* next = nullptr;
        for (const Element& child : current->children) {
            if (child.qname == segment) {
                next = &child;
                break;
            }
        }
        if (!next)
            return nullptr;
        current = next;
    }
    return current;
}

std::vector<const Element*> Element::all(QStringView name) const
{
    std::vector<const Element*> out;
    for (const Element& child : children) {
        if (child.qname == name)
            out.push_back(&child);
    }
    return out;
}

void Element::collect(QStringView name, std::vector<const Element*>& out) const
{
    for (const Element& child : children) {
        if (child.qname == name)
            out.push_back(&child);
        child.collect(name, out);
    }
}

QString Element::valueAt(QStringView childPathText) const
{
    const Element* e = find(childPathText);
    return e ? e->value() : QString();
}

QString Element::where() const
{
    return QCoreApplication::translate("Moulin::Ubl", "%1 (line %2)")
        .arg(path.isEmpty() ? qname : path)
        .arg(line);
}

QString ReadError::toString() const
{
    if (element.isEmpty())
        return message;
    return QCoreApplication::translate("Moulin::Ubl", "%1: %2").arg(element, message);
}

namespace {

QString qualified(const QXmlStreamReader& xml, bool isRoot)
{
    const QStringView ns = xml.namespaceUri();
    if (ns == QLatin1StringView(kCbc))
        return u"cbc:" + xml.name().toString();
    if (ns == QLatin1StringView(kCac))
        return u"cac:" + xml.name().toString();
    if (isRoot)
        return xml.name().toString();
    return u'{' + ns.toString() + u'}' + xml.name().toString();
}

} // namespace

std::optional<Element> parse(const QByteArray& input, ReadError* error)
{
    QXmlStreamReader xml(input);
    std::vector<Element*> stack;
    std::optional<Element> root;
    // Sibling counts per name, for the paths (few names per parent: a list).
    std::vector<std::vector<std::pair<QString, int>>> counts;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            Element element;
            element.qname = qualified(xml, stack.empty());
            element.namespaceUri = xml.namespaceUri().toString();
            element.localName = xml.name().toString();
            element.line = xml.lineNumber();
            element.column = xml.columnNumber();
            for (const QXmlStreamAttribute& attribute : xml.attributes())
                element.attributes.insert(attribute.name().toString(), attribute.value().toString());
            if (stack.empty()) {
                root = std::move(element);
                stack.push_back(&*root);
            } else {
                Element* parent = stack.back();
                int index = 1;
                auto& siblings = counts.back();
                auto seen = std::find_if(siblings.begin(), siblings.end(),
                                         [&](const auto& entry) { return entry.first == element.qname; });
                if (seen == siblings.end())
                    siblings.emplace_back(element.qname, 1);
                else
                    index = ++seen->second;
                element.path = childPath(parent->path, element.qname, index);
                element.shape =
                    parent->shape.isEmpty() ? element.qname : parent->shape + u'/' + element.qname;
                parent->children.push_back(std::move(element));
                stack.push_back(&parent->children.back());
            }
            counts.emplace_back();
        } else if (token == QXmlStreamReader::EndElement) {
            stack.pop_back();
            counts.pop_back();
        } else if (token == QXmlStreamReader::Characters && !stack.empty() && !xml.isWhitespace()) {
            stack.back()->text += xml.text();
        }
    }
    if (xml.hasError() || !root) {
        if (error) {
            error->element = stack.empty()
                                 ? QString()
                                 : (stack.back()->path.isEmpty() ? stack.back()->qname : stack.back()->path);
            error->line = xml.lineNumber();
            error->message =
                xml.hasError()
                    ? QCoreApplication::translate("Moulin::Ubl", "not well-formed XML at line %1: %2")
                          .arg(xml.lineNumber())
                          .arg(xml.errorString())
                    : QCoreApplication::translate("Moulin::Ubl", "the document is empty");
        }
        return std::nullopt;
    }
    return root;
}

} // namespace Moulin::Ubl
