#pragma once

// A fast, read-only JSON reader for the connectors' hot paths.
//
// QJsonDocument builds a tree of QCborValues and converts every key and
// string to UTF-16 as it parses: for a feed that reads megabytes of pages
// and looks at a few fields of each record, that is most of the cost.
// JsonTape validates the whole text (RFC 8259: the same documents
// QJsonDocument accepts, including its UTF-8 checks, plus a nesting limit)
// and records one flat node per value, pointing into the bytes it was given;
// nothing is decoded until asked for, and a record's original bytes stay
// available (for a quarantine, say).
//
//   QString error;
//   const std::optional<JsonTape> tape = JsonTape::parse(body, &error);
//   if (!tape) ... error says what is wrong and at which byte
//   for (JsonRef sale : tape->root().value("sales").elements())
//       sale.value("receiptId").toString();
//
// A JsonRef is valid as long as its JsonTape lives; the tape shares the
// QByteArray it parsed (no copy). Absent members are Undefined, as with
// QJsonObject::value().

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <initializer_list>
#include <optional>
#include <vector>

namespace Moulin {

namespace JsonDetail {
enum class Type : quint8
{
    Undefined,
    Null,
    False,
    True,
    Number,
    String,
    Array,
    Object
};
struct Node
{
    Type type;
    bool escaped;   // strings: contains a backslash escape
    quint32 begin;  // byte offset of the value's first byte
    quint32 length; // bytes of the value's text
    quint32 next;   // index of the node after this value's subtree
    quint32 count;  // elements / members
};
} // namespace JsonDetail

/// A fixed set of member names, to read the members of interest of many
/// objects in one pass each (JsonRef::pick): an index by name length, then
/// a byte compare.
class JsonKeys
{
public:
    JsonKeys(std::initializer_list<const char*> names);
    qsizetype size() const { return m_count; }
    /// The index of `utf8` in the names given, or -1.
    int indexOf(QByteArrayView utf8) const;

private:
    std::vector<std::vector<std::pair<QByteArray, int>>> m_byLength;
    qsizetype m_count = 0;
};

/// One value of a JsonTape (a cheap handle: copy it around). Stays valid
/// while the tape lives, even if the tape is moved.
class JsonRef
{
public:
    using Type = JsonDetail::Type;

    JsonRef() = default;

    Type type() const;
    bool isUndefined() const { return type() == Type::Undefined; }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::False || type() == Type::True; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    /// The value's text as it appears in the document (a string with its
    /// quotes, an object with its braces). Empty when Undefined.
    QByteArrayView raw() const;

    /// A string's decoded text; a null QString for anything else.
    QString toString() const;
    /// A string without escapes: its UTF-8 bytes (between the quotes),
    /// no decoding. nullopt for other values and for escaped strings.
    std::optional<QByteArrayView> plainString() const;
    /// A number's value (any other value: `fallback`).
    double toDouble(double fallback = 0) const;
    /// A number's text (RFC 8259 grammar, checked by the parser); empty for
    /// other values.
    QByteArrayView numberText() const;
    bool toBool(bool fallback = false) const;

    /// Elements of an array, members of an object; 0 for anything else.
    qsizetype size() const;
    /// An object's member (the last one with that key, as QJsonDocument
    /// keeps); Undefined when
    /// absent or when this is not an object.
    JsonRef value(QLatin1StringView key) const;
    JsonRef value(const char* key) const { return value(QLatin1StringView(key)); }
    /// Reads the members named in `keys` into `values[i]` (keys.size()
    /// slots; Undefined for absent members, the last one for repeated keys).
    /// Not an object: every slot Undefined.
    void pick(const JsonKeys& keys, JsonRef* values) const;
    /// An array's element; Undefined out of range or when not an array.
    JsonRef at(qsizetype index) const;

    /// Iterates over an array's elements, or an object's member values.
    class Iterator
    {
    public:
        JsonRef operator*() const;
        /// The key of the member (objects only).
        JsonRef key() const;
        Iterator& operator++();
        bool operator!=(const Iterator& other) const { return m_index != other.m_index; }

    private:
        friend class JsonRef;
        Iterator(const JsonDetail::Node* nodes, const char* data, quint32 index, bool object)
            : m_nodes(nodes)
            , m_data(data)
            , m_index(index)
            , m_object(object)
        {
        }
        const JsonDetail::Node* m_nodes;
        const char* m_data;
        quint32 m_index; // the element's node (objects: the key's node)
        bool m_object;
    };
    struct Range
    {
        Iterator b, e;
        Iterator begin() const { return b; }
        Iterator end() const { return e; }
    };
    /// Elements of an array (empty range for anything else).
    Range elements() const { return range(Type::Array); }
    /// Members of an object: `*it` is the value, `it.key()` the key.
    Range members() const { return range(Type::Object); }

    /// True when this is a string equal to `text` (compared without
    /// decoding when the string has no escapes).
    bool equals(QLatin1StringView text) const;

private:
    friend class JsonTape;
    JsonRef(const JsonDetail::Node* nodes, const char* data, quint32 index)
        : m_nodes(nodes)
        , m_data(data)
        , m_index(index)
    {
    }
    const JsonDetail::Node& node() const { return m_nodes[m_index]; }
    Range range(Type container) const;
    const JsonDetail::Node* m_nodes = nullptr; // null: Undefined
    const char* m_data = nullptr;
    quint32 m_index = 0;
};

class JsonTape
{
public:
    /// Parses `json` (UTF-8, under 4 GiB). nullopt, and `*error` naming the byte offset and
    /// what was expected, when it is not valid JSON. `maxDepth` bounds the
    /// nesting of arrays and objects.
    static std::optional<JsonTape> parse(const QByteArray& json, QString* error = nullptr,
                                         int maxDepth = 256);

    JsonRef root() const { return JsonRef(m_nodes.data(), m_json.constData(), 0); }
    /// The parsed bytes (shared, not copied).
    const QByteArray& bytes() const { return m_json; }

    // Moved, not copied around by accident (JsonRefs point to it).
    JsonTape(JsonTape&&) noexcept = default;
    JsonTape& operator=(JsonTape&&) noexcept = default;
    JsonTape(const JsonTape&) = delete;
    JsonTape& operator=(const JsonTape&) = delete;

private:
    friend class JsonParser;
    JsonTape() = default;

    QByteArray m_json;
    std::vector<JsonDetail::Node> m_nodes;
};

} // namespace Moulin
