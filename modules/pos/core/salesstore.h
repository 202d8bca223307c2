#pragma once

// Storage of the sales a POS connector read into the area's model (Sale):
// receipts, lines, payments, VAT per rate, the quarantine, and the rollups
// the Ventes tab reads (salesrepository.h), all adjusted in the caller's
// transaction. Reading a provider's JSON is the connector's (e.g.
// pos/connectors/lightspeed/lightspeedsales.h).
//
// Idempotence: a receipt is keyed by its receiptId. Storing a receipt that
// is already stored with the same content does nothing; with another content
// (the POS corrected it) the old contribution is taken out of every rollup
// and the new one put in. A replayed page therefore never counts twice.

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

namespace Moulin {

/// The restaurant's local time: day, hour, weekday and service of a UTC
/// instant. Caches the UTC offset per hour (DST changes on the hour).
class LocalCalendar
{
public:
    /// The lunch/dinner boundary: closed before 16:00 = lunch ("midi").
    static constexpr int kDinnerStartsAtHour = 16;

    explicit LocalCalendar(const QTimeZone& zone = QTimeZone("Europe/Paris"));
    QTimeZone zone() const { return m_zone; }

    struct Slot
    {
        QDate date;
        int hour = 0;
        int weekday = 1; // 1 = Monday
        int service = 0; // 0 lunch, 1 dinner
    };
    Slot slot(qint64 utcMs) const;
    /// UTC instant of local midnight starting `date`.
    QDateTime startOfDay(const QDate& date) const;

private:
    QTimeZone m_zone;
    mutable QHash<qint64, int> m_offsetByHour;
};

/// One VAT part of a line.
struct SaleTaxPart
{
    QString taxCode;
    int vatBasisPoints = 0;
    qint64 baseCents = 0;
    qint64 taxCents = 0;
};

struct SaleLine
{
    QString lineId;
    QString parentLineId;
    QString sku;
    QString name;
    QString groupId;
    qint64 quantityMilli = 0;
    qint64 grossCents = 0; // totalNetAmountWithTax
    qint64 netCents = 0;   // totalNetAmountWithoutTax
    qint64 taxCents = 0;
    QString taxCode;
    int vatBasisPoints = -1;
    qint64 discountCents = 0;
    QString discountType;
    QString discountCode;
    qint64 serviceChargeCents = 0;
    std::optional<qint64> listPriceCents;
    std::optional<qint64> unitCostCents;
    QList<SaleTaxPart> taxParts;
    QString rawTaxLines; // compact JSON, only with more than one tax line
};

struct SalePayment
{
    QString method; // description, or code
    QString code;
    qint64 amountCents = 0;
    qint64 tipCents = 0;
};

struct Sale
{
    QString receiptId;
    QString accountReference;
    QString fiscId;
    QDateTime closedAt; // UTC
    int covers = 0;
    /// The till's table number ("12"; empty: not said, e.g. a counter ticket).
    QString table;
    bool cancelled = false;
    QList<SaleLine> lines;
    QList<SalePayment> payments;
    qint64 contentHash = 0;

    qint64 grossCents() const;
    qint64 netCents() const;
    qint64 taxCents() const;
    bool counted() const { return !cancelled && grossCents() >= 0; }
};

/// What the store knows of the POS's reference data, to judge a sale.
struct SalesReference
{
    QHash<QString, int> taxRates;       // tax code -> basis points
    QHash<QString, QString> skuToGroup; // known SKUs -> accounting group
    bool hasMenu() const { return !skuToGroup.isEmpty(); }
    static SalesReference load(QSqlDatabase db);
};

/// Why a sale went to the quarantine.
struct SaleProblem
{
    QString code;    // unknown_sku, missing_tax_code, unknown_tax_code, line_mismatch,
                     // payments_mismatch, malformed_amount, malformed_sale, malformed_page
    QString message; // English, names the line (stored; shown in the tab)
};

/// Used from one thread at a time (the feed's worker).
class SalesStore
{
public:
    struct Stats
    {
        int inserted = 0;
        int replaced = 0;
        int unchanged = 0;
        int quarantined = 0;
        int resolved = 0; // quarantine rows settled by a good copy
        int released = 0; // of them, judged again once the reference data arrived
        QDateTime lastClosedAt;
    };

    /// `connector` and `feed`: where the sales come from, for the quarantine.
    explicit SalesStore(QString connector = QStringLiteral("pos"),
                        const QTimeZone& zone = QTimeZone("Europe/Paris"),
                        QString feed = QStringLiteral("transactions"));

    const LocalCalendar& calendar() const { return m_calendar; }

    /// Stores sales a connector read into the area's model (its reader puts
    /// the ones it could not read in the quarantine()). Runs inside the
    /// caller's transaction (no BEGIN/COMMIT). False only on a database error.
    bool storeParsed(QSqlDatabase& db, const QList<Sale>& sales, Stats* stats, QString* error);

    /// Puts something that could not be read at all in the (shared)
    /// quarantine (receiptId empty for a whole page). A copy already there is
    /// kept once.
    bool quarantine(QSqlDatabase& db, const QString& receiptId, const SaleProblem& problem,
                    const QByteArray& payload, QString* error);

    /// Judges again the open quarantine rows whose reason is missing
    /// reference data (unknown SKU, tax code, group or payment code), e.g.
    /// after the menu feed ran; those that now pass are stored and their rows
    /// marked 'released' (Stats::released). Inside the caller's transaction.
    /// `reparse` reads a held record again with the current reference data
    /// (the connector's reader; nullopt: still not storable).
    using Reparse =
        std::function<std::optional<Sale>(const QByteArray& payload, const SalesReference& reference)>;
    bool retryQuarantine(QSqlDatabase& db, const Reparse& reparse, Stats* stats, QString* error);

    /// The reference data (tax codes, items), reloaded only when
    /// pos_reference_version moved: what a reader judges a sale against.
    const SalesReference& reference(QSqlDatabase& db);

    /// Test hook: the time written in synced_at / quarantine.at.
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

private:
    QString now() const;

    QString m_connector;
    QString m_feed;
    LocalCalendar m_calendar;
    std::function<QDateTime()> m_now;
    SalesReference m_reference;
    QString m_referenceDatabase; // the file m_reference was read from
    qint64 m_referenceVersion = -1;
};

} // namespace Moulin
