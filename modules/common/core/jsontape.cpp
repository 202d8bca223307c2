#include "common/core/jsontape.h"

#include <charconv>
#include <cstring>
#include <limits>

namespace Moulin {

using JsonDetail::Node;
using Type = JsonDetail::Type;

// ---------------------------------------------------------------------------
// Parser
// ---------------------------------------------------------------------------
class JsonParser
{
public:
    JsonParser(const QByteArray& json, std::vector<Node>* nodes, int maxDepth)
        : m_begin(json.constData())
        , m_p(json.constData())
        , m_end(json.constData() + json.size())
        , m_nodes(nodes)
        , m_maxDepth(maxDepth)
    {
    }

    bool run()
    {
        skipSpace();
        if (!value(0))
            return false;
        skipSpace();
        if (m_p != m_end)
            return fail("unexpected text after the document");
        return true;
    }

    QString error() const
    {
        return QStringLiteral("JSON error at byte %1: %2").arg(m_errorAt).arg(QLatin1String(m_error));
    }

private:
    bool fail(const char* what)
    {
        if (!m_error) {
            m_error = what;
            m_errorAt = m_p - m_begin;
        }
        return false;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    quint32 offset(const char* p) const { return quint32(p - m_begin); }

    quint32 push(Type type, const char* begin)
    {
        m_nodes->push_back(Node{type, false, offset(begin), 0, 0, 0});
        return quint32(m_nodes->size() - 1);
    }
    void close(quint32 index, const char* end)
    {
        Node& n = (*m_nodes)[index];
        n.length = offset(end) - n.begin;
        n.next = quint32(m_nodes->size());
    }

    bool literal(const char* word, Type type)
    {
        const size_t n = std::strlen(word);
        if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
            return fail("invalid literal");
        const quint32 i = push(type, m_p);
        m_p += n;
        close(i, m_p);
        return true;
    }

    static bool digit(char c) { return c >= '0' && c <= '9'; }

    bool number()
    {
        const char* start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p >= m_end || !digit(*m_p))
            return fail("invalid number");
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p < m_end && digit(*m_p))
                ++m_p;
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (m_p >= m_end || !digit(*m_p))
                return fail("invalid number: digits expected after '.'");
            while (m_p < m_end && digit(*m_p))
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p >= m_end || !digit(*m_p))
                return fail("invalid number: digits expected in the exponent");
            while (m_p < m_end && digit(*m_p))
                ++m_p;
        }
        const quint32 i = push(Type::Number, start);
        close(i, m_p);
        return true;
    }

    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    /// One UTF-8 sequence starting at m_p (a byte >= 0x80): well-formed,
    /// shortest form, no surrogates, at most U+10FFFF.
    bool utf8()
    {
        const auto b = [this](qsizetype k) { return quint8(m_p[k]); };
        const quint8 c = b(0);
        qsizetype n = 0;
        quint8 lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return fail("invalid UTF-8 in a string");
        }
        if (m_end - m_p < n)
            return fail("invalid UTF-8 in a string");
        if (b(1) < lo || b(1) > hi)
            return fail("invalid UTF-8 in a string");
        for (qsizetype k = 2; k < n; ++k) {
            if (b(k) < 0x80 || b(k) > 0xBF)
                return fail("invalid UTF-8 in a string");
        }
        m_p += n;
        return true;
    }

    bool string()
    {
        const quint32 i = push(Type::String, m_p);
        ++m_p; // the opening quote
        bool escaped = false;
        for (;;) {
            // The common case: plain ASCII up to the closing quote, eight
            // bytes at a time while none of them is a quote, a backslash, a
            // control character or non-ASCII (a word that might hold one is
            // left to the byte loop below, which decides).
            constexpr quint64 kOnes = 0x0101010101010101ull;
            constexpr quint64 kHighs = 0x8080808080808080ull;
            while (m_end - m_p >= 8) {
                quint64 w;
                std::memcpy(&w, m_p, sizeof w);
                const quint64 quote = w ^ (kOnes * '"');
                const quint64 backslash = w ^ (kOnes * '\\');
                const quint64 special = ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) |
                                        ((w - kOnes * 0x20) & ~w) | w;
                if (special & kHighs)
                    break;
                m_p += 8;
            }
            while (m_p < m_end) {
                const quint8 c = quint8(*m_p);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                    break;
                ++m_p;
            }
            if (m_p >= m_end)
                return fail("unterminated string");
            const quint8 c = quint8(*m_p);
            if (c == '"') {
                ++m_p;
                break;
            }
            if (c < 0x20)
                return fail("control character in a string");
            if (c >= 0x80) {
                if (!utf8())
                    return false;
                continue;
            }
            // A backslash escape.
            escaped = true;
            ++m_p;
            if (m_p >= m_end)
                return fail("unterminated string");
            switch (*m_p) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                ++m_p;
                break;
            case 'u':
                ++m_p;
                if (m_end - m_p < 4 || hex(m_p[0]) < 0 || hex(m_p[1]) < 0 || hex(m_p[2]) < 0 ||
                    hex(m_p[3]) < 0)
                    return fail("invalid \\u escape");
                m_p += 4;
                break;
            default:
                return fail("invalid escape in a string");
            }
        }
        (*m_nodes)[i].escaped = escaped;
        close(i, m_p);
        return true;
    }

    bool value(int depth)
    {
        if (m_p >= m_end)
            return fail("value expected");
        switch (*m_p) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string();
        case 't':
            return literal("true", Type::True);
        case 'f':
            return literal("false", Type::False);
        case 'n':
            return literal("null", Type::Null);
        default:
            if (*m_p == '-' || digit(*m_p))
                return number();
            return fail("value expected");
        }
    }

    /// An array or an object: `element` reads one element (or member);
    /// the separators, the count and the node are handled here.
    template <typename Element>
    bool container(Type type, char closing, int depth, const char* unterminated, const char* expected,
                   Element element)
    {
        if (depth > m_maxDepth)
            return fail("nested too deeply");
        const quint32 i = push(type, m_p);
        ++m_p;
        quint32 count = 0;
        skipSpace();
        if (m_p < m_end && *m_p == closing) {
            ++m_p;
        } else {
            for (;;) {
                skipSpace();
                if (!element())
                    return false;
                ++count;
                skipSpace();
                if (m_p >= m_end)
                    return fail(unterminated);
                if (*m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (*m_p == closing) {
                    ++m_p;
                    break;
                }
                return fail(expected);
            }
        }
        (*m_nodes)[i].count = count;
        close(i, m_p);
        return true;
    }

    bool array(int depth)
    {
        return container(Type::Array, ']', depth, "unterminated array", "',' or ']' expected",
                         [this, depth] { return value(depth); });
    }

    bool object(int depth)
    {
        return container(Type::Object, '}', depth, "unterminated object", "',' or '}' expected",
                         [this, depth] {
                             if (m_p >= m_end || *m_p != '"')
                                 return fail("a member name (a string) expected");
                             if (!string())
                                 return false;
                             skipSpace();
                             if (m_p >= m_end || *m_p != ':')
                                 return fail("':' expected");
                             ++m_p;
                             skipSpace();
                             return value(depth);
                         });
    }

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    std::vector<Node>* m_nodes;
    int m_maxDepth;
    const char* m_error = nullptr;
    qsizetype m_errorAt = 0;
};

std::optional<JsonTape> JsonTape::parse(const QByteArray& json, QString* error, int maxDepth)
{
    if (json.size() >= qsizetype(std::numeric_limits<quint32>::max())) {
        if (error)
            *error = QStringLiteral("JSON error: the document is too large (%1 bytes)").arg(json.size());
        return std::nullopt;
    }
    JsonTape tape;
    tape.m_json = json;
    // About one node per 12 bytes of typical API JSON.
    tape.m_nodes.reserve(size_t(json.size() / 12 + 16));
    JsonParser parser(tape.m_json, &tape.m_nodes, maxDepth);
    if (!parser.run()) {
        if (error)
            *error = parser.error();
        return std::nullopt;
    }
    return tape;
}

// ---------------------------------------------------------------------------
// JsonRef
// ---------------------------------------------------------------------------
JsonRef::Type JsonRef::type() const
{
    return m_nodes ? node().type : Type::Undefined;
}

QByteArrayView JsonRef::raw() const
{
    if (!m_nodes)
        return {};
    return QByteArrayView(m_data + node().begin, node().length);
}

std::optional<QByteArrayView> JsonRef::plainString() const
{
    if (!isString() || node().escaped)
        return std::nullopt;
    return QByteArrayView(m_data + node().begin + 1, node().length - 2);
}

QString JsonRef::toString() const
{
    if (!isString())
        return {};
    const char* p = m_data + node().begin + 1;
    const char* const end = m_data + node().begin + node().length - 1;
    if (!node().escaped)
        return p == end ? QStringLiteral("") : QString::fromUtf8(p, end - p);
    QString out;
    out.reserve(end - p);
    auto hex4 = [](const char* h) {
        char16_t v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = h[k];
            v = char16_t(v * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10));
        }
        return v;
    };
    while (p < end) {
        const char* run = p;
        while (p < end && *p != '\\')
            ++p;
        if (p > run)
            out += QString::fromUtf8(run, p - run);
        if (p >= end)
            break;
        ++p; // the backslash (the parser checked what follows)
        switch (*p++) {
        case 'b':
            out += QChar(u'\b');
            break;
        case 'f':
            out += QChar(u'\f');
            break;
        case 'n':
            out += QChar(u'\n');
            break;
        case 'r':
            out += QChar(u'\r');
            break;
        case 't':
            out += QChar(u'\t');
            break;
        case 'u':
            out += QChar(hex4(p));
            p += 4;
            break;
        default: // " \ /
            out += QLatin1Char(p[-1]);
            break;
        }
    }
    // Lone surrogates (from \u escapes) become U+FFFD.
    char16_t* d = reinterpret_cast<char16_t*>(out.data());
    const qsizetype n = out.size();
    for (qsizetype k = 0; k < n; ++k) {
        if (QChar::isHighSurrogate(d[k]) && k + 1 < n && QChar::isLowSurrogate(d[k + 1])) {
            ++k;
        } else if (QChar::isSurrogate(d[k])) {
            d[k] = 0xFFFD;
        }
    }
    return out;
}

QByteArrayView JsonRef::numberText() const
{
    return isNumber() ? raw() : QByteArrayView();
}

double JsonRef::toDouble(double fallback) const
{
    if (!isNumber())
        return fallback;
    const QByteArrayView text = raw();
    double v = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec == std::errc::result_out_of_range) {
        // Out of a double's range: what strtod gives (±inf or 0).
        return QByteArray(text.data(), text.size()).toDouble();
    }
    return ec == std::errc() ? v : fallback;
}

bool JsonRef::toBool(bool fallback) const
{
    if (type() == Type::True)
        return true;
    if (type() == Type::False)
        return false;
    return fallback;
}

qsizetype JsonRef::size() const
{
    return isArray() || isObject() ? qsizetype(node().count) : 0;
}

bool JsonRef::equals(QLatin1StringView text) const
{
    if (!isString())
        return false;
    auto ascii = [text] {
        for (const char c : text) {
            if (quint8(c) >= 0x80)
                return false;
        }
        return true;
    };
    if (!node().escaped) {
        // UTF-8 and Latin-1 agree on ASCII; a non-ASCII Latin-1 text takes
        // more bytes in UTF-8, so the same size means ASCII or unequal.
        const QByteArrayView s(m_data + node().begin + 1, node().length - 2);
        if (s.size() == text.size())
            return std::memcmp(s.data(), text.data(), size_t(s.size())) == 0 && ascii();
        if (s.size() < text.size() || ascii())
            return false;
    }
    return toString() == text;
}

JsonRef JsonRef::value(QLatin1StringView key) const
{
    if (!isObject())
        return {};
    // The last one wins, as in QJsonDocument.
    JsonRef found;
    for (auto it = members().begin(), end = members().end(); it != end; ++it) {
        if (it.key().equals(key))
            found = *it;
    }
    return found;
}

JsonKeys::JsonKeys(std::initializer_list<const char*> names)
{
    int index = 0;
    for (const char* name : names) {
        const QByteArray key(name);
        if (qsizetype(m_byLength.size()) <= key.size())
            m_byLength.resize(size_t(key.size() + 1));
        m_byLength[size_t(key.size())].push_back({key, index++});
    }
    m_count = index;
}

int JsonKeys::indexOf(QByteArrayView utf8) const
{
    if (utf8.size() >= qsizetype(m_byLength.size()))
        return -1;
    for (const auto& [key, index] : m_byLength[size_t(utf8.size())]) {
        if (std::memcmp(key.constData(), utf8.data(), size_t(utf8.size())) == 0)
            return index;
    }
    return -1;
}

void JsonRef::pick(const JsonKeys& keys, JsonRef* values) const
{
    for (qsizetype i = 0; i < keys.size(); ++i)
        values[i] = JsonRef();
    if (!isObject())
        return;
    for (auto it = members().begin(), end = members().end(); it != end; ++it) {
        const JsonRef key = it.key();
        const std::optional<QByteArrayView> plain = key.plainString();
        const int index = plain ? keys.indexOf(*plain) : keys.indexOf(key.toString().toUtf8());
        if (index >= 0)
            values[index] = *it;
    }
}

JsonRef JsonRef::at(qsizetype index) const
{
    if (!isArray() || index < 0 || index >= qsizetype(node().count))
        return {};
    quint32 i = m_index + 1;
    for (qsizetype k = 0; k < index; ++k)
        i = m_nodes[i].next;
    return JsonRef(m_nodes, m_data, i);
}

JsonRef::Range JsonRef::range(Type container) const
{
    const bool object = container == Type::Object;
    if (type() != container)
        return {Iterator(nullptr, nullptr, 0, object), Iterator(nullptr, nullptr, 0, object)};
    return {Iterator(m_nodes, m_data, m_index + 1, object), Iterator(m_nodes, m_data, node().next, object)};
}

JsonRef JsonRef::Iterator::operator*() const
{
    // Objects: the value follows its key (a string: one node).
    return JsonRef(m_nodes, m_data, m_object ? m_index + 1 : m_index);
}

JsonRef JsonRef::Iterator::key() const
{
    return m_object ? JsonRef(m_nodes, m_data, m_index) : JsonRef();
}

JsonRef::Iterator& JsonRef::Iterator::operator++()
{
    m_index = m_object ? m_nodes[m_index + 1].next : m_nodes[m_index].next;
    return *this;
}

} // namespace Moulin
