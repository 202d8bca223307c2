#pragma once

// The Lightspeed v2 sales answer read into the sales area's model (Sale):
// every documented field checked (six-decimal amounts rounded once, the
// line's own VAT rate against its amounts, payments against the total), the
// repeated texts shared, the content hashed. Sales that cannot be stored as
// is go to the quarantine with their bytes as the POS sent them.

#include "common/core/jsontape.h"
#include "pos/core/salesstore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Moulin {

class SalesStringPool;

/// Reads a v2 sales object. nullopt and `problem` when it cannot be stored
/// as is. Pure (no database): the reference is given.
std::optional<Sale> parseSale(const JsonRef& object, const SalesReference& reference, SaleProblem* problem);
/// The same, sharing the repeated texts through `pool` (the reader's).
std::optional<Sale> parseSale(const JsonRef& object, const SalesReference& reference, SaleProblem* problem,
                              SalesStringPool* pool);
/// The same from a QJsonObject (tests, the quarantine's retries).
std::optional<Sale> parseSale(const QJsonObject& object, const SalesReference& reference,
                              SaleProblem* problem);

/// A page of the v2 sales endpoint, read straight from the answer's bytes:
/// validated as JSON, indexed (JsonTape), nothing decoded until stored. What
/// the transactions feed reads on its worker thread and stores in one
/// transaction (LightspeedSalesReader::storePage).
class SalesFeedPage
{
public:
    /// nullopt and `*error` (English, names the byte) when the bytes are not
    /// JSON or have no "sales" list.
    static std::optional<SalesFeedPage> read(const QByteArray& body, QString* error);

    /// Sales in the page (including any that are not objects).
    qsizetype size() const { return m_sales.size(); }
    JsonRef sales() const { return m_sales; }
    /// Empty on the last page of a window.
    QString nextPageToken() const { return m_root.value("nextPageToken").toString(); }
    /// False while the POS is still closing recent sales (default true).
    bool dataComplete() const { return m_root.value("dataComplete").toBool(true); }
    /// The latest valid timeClosed of the page (ms since the epoch; 0: none).
    qint64 lastClosedMs() const { return m_lastClosedMs; }

private:
    explicit SalesFeedPage(JsonTape tape);
    JsonTape m_tape;
    JsonRef m_root;
    JsonRef m_sales;
    qint64 m_lastClosedMs = 0;
};

/// What the transactions feed stores, page after page (one per feed
/// adapter: it keeps the texts shared between pages).
class LightspeedSalesReader
{
public:
    LightspeedSalesReader();
    ~LightspeedSalesReader();

    /// Reads a page and stores it: the good sales through
    /// SalesStore::storeParsed(), the others in the quarantine with their
    /// reason and bytes. In the caller's transaction; false only on a
    /// database error.
    bool storePage(SalesStore& store, QSqlDatabase& db, const SalesFeedPage& page, SalesStore::Stats* stats,
                   QString* error);
    /// The same for v2 sales objects (tests, benchmarks).
    bool storeSales(SalesStore& store, QSqlDatabase& db, const QList<QJsonObject>& sales,
                    SalesStore::Stats* stats, QString* error);
    /// SalesStore::retryQuarantine() with this reader.
    static bool retryQuarantine(SalesStore& store, QSqlDatabase& db, SalesStore::Stats* stats,
                                QString* error);

private:
    std::shared_ptr<SalesStringPool> m_pool;
};

} // namespace Moulin
