#include "suppliers/core/catalogueindex.h"

#include <QSet>

#include <algorithm>
#include <numeric>
#include <vector>

namespace Moulin {

namespace {

/// The base letter of `c` without its accent (é → e, Ç → C), else `c`.
/// Words this short only match at the start of a word.
constexpr qsizetype kShortWord = 2;

QChar baseLetter(QChar c)
{
    while (c.decompositionTag() == QChar::Canonical) {
        const QString d = c.decomposition();
        if (d.isEmpty())
            break;
        c = d.at(0);
    }
    return c;
}

} // namespace

QString CatalogueIndex::fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    const auto put = [&](QChar c) {
        if (pendingSpace && !out.isEmpty())
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    };
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
                put(c);
            else if (u >= u'A' && u <= u'Z')
                put(QChar(char16_t(u + 32)));
            else
                pendingSpace = true;
            continue;
        }
        switch (u) {
        case u'œ':
        case u'Œ':
            put(u'o');
            put(u'e');
            continue;
        case u'æ':
        case u'Æ':
            put(u'a');
            put(u'e');
            continue;
        case u'ß':
            put(u's');
            put(u's');
            continue;
        default:
            break;
        }
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // a combining accent of a decomposed text
        const QChar base = baseLetter(c);
        if (base.isLetterOrNumber())
            put(base.toLower());
        else
            pendingSpace = true;
    }
    return out;
}

quint64 CatalogueIndex::charMask(QStringView folded)
{
    quint64 mask = 0;
    for (QChar c : folded) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            mask |= quint64(1) << (u - u'a');
        else if (u >= u'0' && u <= u'9')
            mask |= quint64(1) << (26 + u - u'0');
        else if (u != u' ')
            mask |= quint64(1) << 36; // any other letter
    }
    return mask;
}

void CatalogueIndex::reset(QList<CatalogueItem> items)
{
    m_lastValid = false;
    m_lastMatches.clear();
    m_items = std::move(items);
    m_entries.clear();
    m_entries.reserve(m_items.size());
    m_byGtin.clear();
    m_byKey.clear();
    m_byKey.reserve(m_items.size());
    for (int i = 0; i < int(m_items.size()); ++i) {
        const Product& p = m_items.at(i).product;
        Entry e;
        e.text = fold(p.name);
        e.nameEnd = e.text.size();
        e.text.append(u' ');
        e.skuStart = e.text.size();
        e.text.append(fold(p.sku));
        e.text.append(u' ');
        e.gtinStart = e.text.size();
        e.text.append(p.gtin);
        e.chars = charMask(e.text);
        m_entries.append(std::move(e));
        if (!p.gtin.isEmpty())
            m_byGtin[p.gtin].append(i);
        m_byKey.insert(p.supplierId + u'\n' + p.sku, i);
    }
    // The by-name order ties are broken in: name, supplier, SKU.
    std::vector<int> order(m_items.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const QStringView na = QStringView(m_entries.at(a).text).left(m_entries.at(a).nameEnd);
        const QStringView nb = QStringView(m_entries.at(b).text).left(m_entries.at(b).nameEnd);
        if (const int c = na.compare(nb); c != 0)
            return c < 0;
        const Product& pa = m_items.at(a).product;
        const Product& pb = m_items.at(b).product;
        if (pa.supplierId != pb.supplierId)
            return pa.supplierId < pb.supplierId;
        return pa.sku < pb.sku;
    });
    m_nameOrder = QList<int>(m_items.size());
    for (int pos = 0; pos < int(order.size()); ++pos)
        m_nameOrder[order[size_t(pos)]] = pos;
}

int CatalogueIndex::rankOf(const Entry& e, const QList<QString>& words, const QString& phrase) const
{
    const QString& text = e.text;
    bool allAtWordStart = true;
    for (const QString& w : words) {
        bool found = false;
        bool atStart = false;
        for (qsizetype from = 0;;) {
            const qsizetype pos = text.indexOf(w, from);
            if (pos < 0)
                break;
            found = true;
            if (pos == 0 || text.at(pos - 1) == u' ') {
                atStart = true;
                break;
            }
            from = pos + 1;
        }
        if (!found || (!atStart && w.size() <= kShortWord))
            return -1; // a short word must start a word: "t" is not every "t"
        allAtWordStart = allAtWordStart && atStart;
    }
    const QStringView view(text);
    if (view.startsWith(phrase) || view.mid(e.skuStart).startsWith(phrase) ||
        view.mid(e.gtinStart).startsWith(phrase))
        return 0;
    return allAtWordStart ? 1 : 2;
}

QList<int> CatalogueIndex::search(QStringView query, const QString& supplierId, int limit) const
{
    return search(query, Filter{supplierId, {}}, limit);
}

QList<int> CatalogueIndex::search(QStringView query, const Filter& filter, int limit, int* total) const
{
    const QString phrase = fold(query);
    const QList<QString> words = phrase.split(u' ', Qt::SkipEmptyParts);
    struct Hit
    {
        int rank;
        int order;
        int item;
    };
    // Typing: the new query extends the last one, so its matches are among
    // the last matches — unless a short word (start of a word only) grew
    // into a longer one (anywhere).
    bool narrow = m_lastValid && !m_lastPhrase.isEmpty() && phrase.startsWith(m_lastPhrase) &&
                  filter.supplierId == m_lastFilter.supplierId && filter.category == m_lastFilter.category;
    if (narrow) {
        const QList<QString> lastWords = m_lastPhrase.split(u' ', Qt::SkipEmptyParts);
        for (int w = 0; w < int(lastWords.size()) && narrow; ++w)
            narrow = !(lastWords.at(w).size() <= kShortWord && words.value(w).size() > kShortWord);
    }
    const quint64 wanted = charMask(phrase);
    std::vector<Hit> hits;
    hits.reserve(words.isEmpty() ? size_t(m_items.size()) : 256);
    QList<int> matches;
    const auto consider = [&](int i) {
        const Entry& e = m_entries.at(i);
        if ((e.chars & wanted) != wanted)
            return;
        const CatalogueItem& it = m_items.at(i);
        if (!filter.supplierId.isEmpty() && it.product.supplierId != filter.supplierId)
            return;
        if (!filter.category.isEmpty() && it.category != filter.category)
            return;
        const int rank = words.isEmpty() ? 1 : rankOf(e, words, phrase);
        if (rank >= 0) {
            hits.push_back({rank, m_nameOrder.at(i), i});
            matches.append(i);
        }
    };
    if (narrow) {
        const QList<int> candidates = m_lastMatches;
        for (int i : candidates)
            consider(i);
    } else {
        for (int i = 0; i < int(m_items.size()); ++i)
            consider(i);
    }
    m_lastPhrase = phrase;
    m_lastFilter = filter;
    m_lastMatches = std::move(matches);
    m_lastValid = true;
    if (total)
        *total = int(hits.size());
    const auto better = [](const Hit& a, const Hit& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.order < b.order;
    };
    if (limit > 0 && hits.size() > size_t(limit)) {
        std::partial_sort(hits.begin(), hits.begin() + limit, hits.end(), better);
        hits.resize(size_t(limit));
    } else {
        std::sort(hits.begin(), hits.end(), better);
    }
    QList<int> out;
    out.reserve(qsizetype(hits.size()));
    for (const Hit& h : hits)
        out.append(h.item);
    return out;
}

QList<int> CatalogueIndex::sameGtin(int i) const
{
    if (i < 0 || i >= int(m_items.size()))
        return {};
    const QString& gtin = m_items.at(i).product.gtin;
    if (gtin.isEmpty())
        return {i};
    return m_byGtin.value(gtin, {i});
}

int CatalogueIndex::find(const QString& supplierId, const QString& sku) const
{
    return m_byKey.value(supplierId + u'\n' + sku, -1);
}

QStringList CatalogueIndex::categories() const
{
    QSet<QString> seen;
    for (const CatalogueItem& it : m_items)
        if (!it.category.isEmpty())
            seen.insert(it.category);
    QStringList out(seen.begin(), seen.end());
    std::sort(out.begin(), out.end(),
              [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    return out;
}

} // namespace Moulin
