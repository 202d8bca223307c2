#pragma once

#include "suppliers/core/order.h"
#include "suppliers/core/supplierstore.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Moulin {

class SandboxServer;

/// The sandbox's suppliers over the standard interface (PEPPOL BIS Ordering
/// 3.0 over signed HTTPS, see supplierfeeds.h for the shapes): METRO France,
/// Transgourmet and Pomona, each at its own endpoint, and a local producers'
/// access point carrying two local suppliers (a market gardener and a
/// cheese-maker), under
///
///   /suppliers/<endpoint>/v3/   (endpoint: metro, transgourmet, pomona, local)
///
///   GET  catalogue?page&pageSize       {suppliers: [...], products: [...], page, pageSize, totalCount}
///   POST orders                        UBL Order, Idempotency-Key; 201 + an Order Response "AB"
///                                      (acknowledged); the same key again answers the first answer
///                                      (200, same body), another body under a known key 422
///   GET  order-responses?after&limit   {documents: [{seq, id, orderId, xml}], last, hasMore}
///   GET  despatch-advices?after&limit  the same for Despatch Advices
///   GET  invoices?after&limit          the same for the invoices (PEPPOL BIS Billing 3.0 UBL
///                                      Invoice): one per shipment, at the ordered prices, some
///                                      with the last line 6 % dearer (Outcome::priceRise), a
///                                      partial shipment sometimes billed in full
///                                      (Outcome::billShortInFull)
///
/// Requests signed METRO-Markets style (X-Client-Id, X-Timestamp ±5 min,
/// X-Signature = hex HMAC-SHA256 over METHOD\nURL\nBODY\nTIMESTAMP) are
/// checked whenever they carry a signature, and required once a client is
/// registered (setClient()); a bad one gets 401 {error, reason}. An order
/// the validator refuses gets 400 with its issues. Each order received is
/// answered (Order Response AP, or CA with a line cut or refused) and
/// shipped (Despatch Advice, sometimes a day late or partial), decided from
/// the seed and the order number unless setNextOutcome() says otherwise; an
/// order for a day already gone by (typed in afterwards, the demo's past
/// orders) is accepted as it is, with no Despatch Advice.
///
/// Catalogues (≥ 5,000 products in all, sandboxcatalogue.h) are fixed by
/// the seed; raisePrices() changes prices as a supplier does between runs.
/// A few products of each endpoint (the kPromotionOffset-th, then one in
/// kPromotionEvery) carry a promotion of the week: 15 % off for the
/// deliveries of the coming week (from today to today + 7 days), "Promo de
/// la semaine".
class SandboxSuppliers : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPromotionEvery = 150;
    static constexpr int kPromotionOffset = 7;

    /// How the supplier answers the next order.
    struct Outcome
    {
        OrderResponse::Code code = OrderResponse::Code::Accepted;
        int lateDays = 0;             ///< the delivery announced this many days after the requested day
        bool partial = false;         ///< the first line half delivered, the rest outstanding
        bool changeLine = false;      ///< (CA) the last line's quantity cut by half
        bool priceRise = false;       ///< the invoice bills the last line 6 % above the ordered price
        bool billShortInFull = false; ///< the invoice bills a partial line's whole quantity
    };

    /// One order as the supplier holds it.
    struct ReceivedOrder
    {
        QString endpoint;
        QString supplierId;
        QString orderId;
        QByteArray idempotencyKey;
        QByteArray ubl;
        int status = 201;
        QByteArray answer; ///< the body of the first answer
        int deliveries = 0;
    };

    /// One document waiting in a feed.
    struct Document
    {
        qint64 seq = 0;
        QString id;
        QString supplierId;
        QString orderId;
        QByteArray xml;
    };

    static SandboxSuppliers* install(SandboxServer* server);
    static SandboxSuppliers* of(SandboxServer* server);

    /// metro, transgourmet, pomona, local.
    static QStringList endpoints();
    /// The connector (profile) of an endpoint: the same names.
    static QString basePath(const QString& endpoint);

    /// The suppliers an endpoint carries, with their catalogues.
    QList<Supplier> suppliers(const QString& endpoint) const;
    QList<CatalogueItem> catalogue(const QString& endpoint) const;
    int productCount() const;

    /// Requires signed requests from `clientId` with `secret` at `endpoint`.
    void setClient(const QString& endpoint, const QByteArray& clientId, const QByteArray& secret);
    void clearClients();

    /// Raises (or lowers, negative) by `percent` the price of every
    /// `every`-th product of `endpoint`, starting at `offset`; returns the
    /// (supplier, sku) changed.
    QList<std::pair<QString, QString>> raisePrices(const QString& endpoint, int every, int offset,
                                                   const Decimal& percent);
    void setNextOutcome(const Outcome& outcome) { m_next = outcome; }

    /// Orders received, in order.
    QList<ReceivedOrder> orders(const QString& endpoint = {}) const;
    /// POSTs received on orders (the same order resent counts each time).
    int orderPosts() const { return m_posts; }
    QList<Document> orderResponses(const QString& endpoint) const { return m_responses.value(endpoint); }
    QList<Document> despatchAdvices(const QString& endpoint) const { return m_despatches.value(endpoint); }
    QList<Document> invoices(const QString& endpoint) const { return m_invoices.value(endpoint); }
    /// Puts invoice `invoiceId` of `endpoint` in the feed again, as a
    /// supplier re-sending it: the same document, or (`corrected`) other
    /// content under the same number — the first line billed 10 % dearer.
    /// False when the endpoint has no such invoice.
    bool resendInvoice(const QString& endpoint, const QString& invoiceId, bool corrected);
    /// Forgets orders, documents, clients and price changes.
    void reset();

private:
    explicit SandboxSuppliers(SandboxServer* server);
    void ensureCatalogues() const;
    bool verify(const QHttpServerRequest& request, const QString& endpoint, QString* reason) const;
    QHttpServerResponse catalogueAnswer(const QString& endpoint, const QHttpServerRequest& request) const;
    QHttpServerResponse orderAnswer(const QString& endpoint, const QHttpServerRequest& request);
    QHttpServerResponse documentsAnswer(const QList<Document>& documents,
                                        const QHttpServerRequest& request) const;
    Outcome outcomeFor(const QString& orderId);

    SandboxServer* m_server;
    quint32 m_seed;
    mutable QHash<QString, QList<Supplier>> m_suppliers;
    mutable QHash<QString, QList<CatalogueItem>> m_catalogues;
    QHash<QString, std::pair<QByteArray, QByteArray>> m_clients;
    QHash<QByteArray, ReceivedOrder> m_byKey;
    QList<QByteArray> m_keys;
    QHash<QString, QList<Document>> m_responses;
    QHash<QString, QList<Document>> m_despatches;
    QHash<QString, QList<Document>> m_invoices;
    /// The parties of each invoice written (by endpoint + '/' + invoice id), to write it again.
    QHash<QString, std::pair<SellerParty, BuyerParty>> m_invoiceParties;
    std::optional<Outcome> m_next;
    qint64 m_seq = 0;
    int m_posts = 0;
};

} // namespace Moulin
