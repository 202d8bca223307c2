#pragma once

// The standard supplier interface's feeds (our design, over PEPPOL BIS
// Ordering 3.0 documents; the sandbox serves the same shapes,
// sandboxsuppliers.h). Paths are relative to the connector's api_url:
//
//   GET catalogue?page&pageSize   → {suppliers: [{id, name, siret, vatId, endpoint: {scheme, id},
//        address: {street, city, postalCode, country}, deliveryDays: ["mon"…], orderCutoff: "HH:MM",
//        cutoffDaysBefore, franco: "800.00", deliveryFee: "29.90"}],
//        products: [{supplier, sku, gtin?, name, category, unitCode, packSize, packUnitCode,
//        unitPrice: "0.89", vat: "5.5", soldByPackOnly, promotion?: {unitPrice: "0.79",
//        from: "2026-12-07", to: "2026-12-13", label: "Promo de la semaine"}}], page, pageSize,
//        totalCount}
//        promotion (optional): a lower net unit price (excl. VAT, per unit like unitPrice) from `from`
//        to `to` (ISO days, inclusive); stored with the product and used on the days it covers (the
//        Catalogue page, the order editor's lines for the delivery day, the UBL Order's allowance).
//        Absent or null: none (a promotion withdrawn is cleared). One that does not read, or whose
//        price is not below the regular one, sets the product aside (quarantine) with the reason.
//        Read whole at every run (pages from 1): new products stored, a new price kept in the price
//        history (an alert when it rises by more than suppliers/price_alert_percent, 5 by default).
//   GET order-responses?after&limit   → {documents: [{seq, id, supplier, orderId, xml}], last, hasMore}
//   GET despatch-advices?after&limit    the same, Despatch Advices
//   GET invoices?after&limit            the same, invoices and credit notes (PEPPOL BIS Billing 3.0
//        UBL): each one read and checked (UblInvoice), matched against its order and what was
//        received and kept for approval (ThreeWayMatch, suppliers/invoice_price_tolerance_percent);
//        one that does not read goes to the quarantine with the element and rule it breaks.
//        Incremental: the cursor is the last `seq` stored. Each document is read with UblReaders and
//        applied to its order (SupplierStore); one that does not read goes to the quarantine.
//
// Every request is signed when the connector's auth method is hmac
// (X-Client-Id, X-Timestamp, X-Signature; the secret from the keychain).
// The delivery terms the catalogue gives may be overridden in the settings:
// suppliers/<connector>/delivery_days ("mon,wed,fri"), order_cutoff
// ("14:00"), cutoff_days_before, franco and delivery_fee ("29.90").

#include "common/sync/feedadapter.h"
#include "suppliers/core/supplierstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace Moulin {

struct ConnectorConfig;

struct SupplierOptions
{
    QString connectorId;
    QString profileId; ///< metro, transgourmet, pomona, local
    QUrl apiUrl;
    QString account; ///< the restaurant's account at the supplier (store_id)
    int pageSize = 500;
    int documentsPerPage = 50;
    Decimal priceAlertPercent = Decimal::fromInt(5);
    Decimal invoiceTolerancePercent = Decimal::fromMicros(500'000); ///< 0.5 %
    std::optional<QList<Qt::DayOfWeek>> deliveryDays;
    std::optional<QTime> orderCutoff;
    std::optional<int> cutoffDaysBefore;
    std::optional<Decimal> franco;
    std::optional<Decimal> deliveryFee;

    /// From the connector's configuration and the settings' overrides.
    static SupplierOptions fromConfig(const ConnectorConfig& config);
    /// `path` (relative) with `query` on the api_url.
    QUrl url(const QString& path, const QList<std::pair<QString, QString>>& query = {}) const;
    /// `supplier` with the configured delivery terms applied.
    Supplier withTerms(Supplier supplier) const;
};

class SupplierFeeds
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::SupplierFeeds)

public:
    static constexpr const char* kCatalogueFeed = "catalogue";
    static constexpr const char* kOrdersFeed = "orders";         ///< Order Responses
    static constexpr const char* kDeliveriesFeed = "deliveries"; ///< Despatch Advices
    static constexpr const char* kInvoicesFeed = "invoices";     ///< BIS Billing 3.0 invoices

    static std::shared_ptr<FeedAdapter> feed(const SupplierOptions& options, const QString& feed);

    /// A catalogue's supplier; nullopt and `*problem` when it cannot be used.
    static std::optional<Supplier> readSupplier(const QJsonObject& object, const QString& profileId,
                                                FeedProblem* problem);
    /// A catalogue's product; nullopt and `*problem` when it cannot be used.
    static std::optional<CatalogueItem> readProduct(const QJsonObject& object, FeedProblem* problem);
};

} // namespace Moulin
