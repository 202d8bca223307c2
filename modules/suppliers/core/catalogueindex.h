#pragma once

// CatalogueIndex: instant search over every supplier's catalogue, widget-free
// (the Catalogue page, and whatever needs "type to find a product", e.g. an
// order editor).
//
//     CatalogueIndex index;
//     index.reset(SupplierStore::catalogue(db));     // or any list of items
//     for (int i : index.search(u"beurre dou", {}, 50))
//         show(index.item(i));                       // best matches first
//     index.sameGtin(i);                             // the same product elsewhere
//
// Matching. Text is folded (fold()): lower case, accents and ligatures off
// ("Crème brûlée" → "creme brulee", "œuf" → "oeuf"), punctuation as spaces.
// A query is split into words; an item matches when EVERY word occurs in its
// folded name, its SKU or its GTIN (AND); a word of one or two characters
// only counts at the start of a word ("pomme de t": "t" must start a word,
// not be any "t"). Ranking, best first:
//   0. the name starts with the whole query ("pomme de t" → "Pommes de
//      terre…"), or the SKU / GTIN does;
//   1. every word starts a word of the name, the SKU or the GTIN;
//   2. some word only occurs inside a word ("ordon" in "Cordon bleu");
// then by name, then by supplier. An empty query matches everything
// (filtered), by name.
//
// Building folds every name once (about 20 ms for 20,000 products); a
// search reads the folded text only (a few ms for 20,000 products). The
// index is a plain value: build it on a worker thread and hand it over.
// search() keeps the last query's matches to look only among them when the
// next query extends it (typing), so one index serves one thread at a time.

#include "suppliers/core/supplierstore.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Moulin {

class CatalogueIndex
{
public:
    /// What a search is restricted to (empty: no restriction).
    struct Filter
    {
        QString supplierId;
        QString category;
    };

    /// "Crème fraîche d'Isigny 35 %" → "creme fraiche d isigny 35".
    static QString fold(QStringView text);

    void reset(QList<CatalogueItem> items);
    qsizetype size() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }

    /// The `i`-th item (0 ≤ i < size()).
    const CatalogueItem& item(int i) const { return m_items.at(i); }
    const QList<CatalogueItem>& items() const { return m_items; }

    /// The items matching `query`, best first, at most `limit` (≤ 0: all).
    QList<int> search(QStringView query, const QString& supplierId = {}, int limit = 200) const;
    /// The same with a category too; `*total` (optional) receives the number
    /// of matches before the limit.
    QList<int> search(QStringView query, const Filter& filter, int limit, int* total = nullptr) const;

    /// Every item carrying the GTIN of item `i`, `i` included, in index
    /// order; just {i} when it has no GTIN.
    QList<int> sameGtin(int i) const;
    /// The item of `supplierId`'s `sku`; -1 when absent.
    int find(const QString& supplierId, const QString& sku) const;
    /// The categories present, sorted.
    QStringList categories() const;

private:
    struct Entry
    {
        QString text;       ///< folded name, then SKU, then GTIN, single spaces
        qsizetype nameEnd;  ///< end of the name part in `text`
        qsizetype skuStart; ///< start of the SKU in `text`
        qsizetype gtinStart;
        quint64 chars; ///< the letters and digits present (charMask())
    };

    /// Bits for the letters a–z and digits 0–9 of folded text.
    static quint64 charMask(QStringView folded);

    int rankOf(const Entry& e, const QList<QString>& words, const QString& phrase) const;

    QList<CatalogueItem> m_items;
    QList<Entry> m_entries;
    QList<int> m_nameOrder; ///< item → position in the by-name order
    QHash<QString, QList<int>> m_byGtin;
    QHash<QString, int> m_byKey; ///< "supplier\nsku" → item

    // The last search, to narrow the next one (typing).
    mutable QString m_lastPhrase;
    mutable Filter m_lastFilter;
    mutable QList<int> m_lastMatches; ///< every match, unranked
    mutable bool m_lastValid = false;
};

} // namespace Moulin
