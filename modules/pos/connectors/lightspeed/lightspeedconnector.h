#pragma once

// The Lightspeed Restaurant (K-Series) connector: three declarative feeds for
// the SyncEngine and the business-location discovery.
//
//   transactions  GET /f/v2/business-location/{blId}/sales, closed sales by
//                 timeClosed, cursor pagination (nextPageToken) inside windows
//                 of at most 365 days. The first run back-fills
//                 `backfillDays` (2 years) window by window, oldest first;
//                 later runs start a little before where the last one ended
//                 (`overlapMs`; receipts already stored unchanged are
//                 skipped, changed ones replace their old copy).
//   menu_items    tax rates, accounting groups, then the items and prices
//                 (GET /items/v1/items, offset/amount pages); items missing
//                 from a complete pass become inactive; sales quarantined for
//                 an unknown SKU or tax code are tried again.
//   promotions    GET /o/op/1/menu/discounts.
//
// Every cursor is a compact JSON text in sync_cursor, committed with its page
// by the engine: a crash or a failed page resumes where the last committed
// page ended, also in the middle of the back-fill.
//
// Authentication is injected: put the Authenticator's decorator() in the
// definition's profile (definition() does it when given one).

#include "common/core/jsontape.h"
#include "common/net/clock.h"
#include "common/net/httpclient.h"
#include "common/sync/feedadapter.h"
#include "pos/core/posconnectormodule.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace Moulin {

struct ConnectorConfig;

struct LightspeedOptions
{
    QString connectorId = QStringLiteral("lightspeed");
    QUrl apiUrl = QUrl(QStringLiteral("https://api.lsk.lightspeed.app/"));
    QString businessLocationId; ///< the chosen blId (ConnectorConfig::storeId)
    QTimeZone timeZone = QTimeZone("Europe/Paris");
    int backfillDays = 730;
    /// The first run reads the current month (and the week before it) first,
    /// so the Ventes tab has this month's figures within seconds, then the
    /// older history, oldest first. false: the whole back-fill oldest first.
    bool recentFirst = false;
    int windowDays = 365;           ///< ≤ 365 (the API's limit)
    int salesPageSize = 100;        ///< ≤ 100
    int itemsPageSize = 100;        ///< ≤ 100
    qint64 overlapMs = 15 * 60'000; ///< each incremental run re-reads this much
    /// When the API says dataComplete = false, the next run re-reads this much.
    qint64 incompleteLagMs = 2 * 3'600'000;
    const Clock* clock = nullptr; ///< null: the system clock

    /// Options of a configured connector: api_url, store_id, plus the POS
    /// settings (PosSettings: time zone, back-fill days).
    static LightspeedOptions fromConfig(const ConnectorConfig& config);
    QUrl url(const QString& path, const QList<std::pair<QString, QString>>& query = {}) const;
};

/// An item as the items API describes it.
struct LightspeedItem
{
    QString id;
    QString sku;
    QString name;
    QString groupId;
    QString priceMode;
    bool active = true;
    std::optional<qint64> priceCents; ///< the first of `prices` (the default price)
    std::optional<qint64> costCents;
};

/// A business location, for the user to pick (store_id).
struct BusinessLocation
{
    QString businessId;
    QString businessName;
    QString blId;
    QString name;
    QString country;
    QString timeZone;
};

class LightspeedConnector
{
public:
    static constexpr const char* kTransactionsFeed = "transactions";
    static constexpr const char* kMenuFeed = "menu_items";
    static constexpr const char* kPromotionsFeed = "promotions";

    static std::shared_ptr<FeedAdapter> salesFeed(const LightspeedOptions& options);
    static std::shared_ptr<FeedAdapter> menuFeed(const LightspeedOptions& options);
    static std::shared_ptr<FeedAdapter> promotionsFeed(const LightspeedOptions& options);

    /// The feed `feed` of a configured connector (null: not one of ours).
    static std::shared_ptr<FeedAdapter> feed(const LightspeedOptions& options, const QString& feed);
    /// The HTTP settings of the API: a 30-second timeout (the sales pages
    /// are large) and the error bodies read by errorDetail().
    static void adjustProfile(ConnectorProfile& profile);

    /// Reads the transactions cursor (any thread's connection).
    static SalesSyncProgress salesProgress(QSqlDatabase db,
                                           const QString& connectorId = QStringLiteral("lightspeed"));

    /// GET /f/data/businesses, every page, flattened to the locations.
    /// `send` is how to reach the API (AuthorizedHttp::send in the app,
    /// HttpClient::send in tests); `done` runs once, on the sender's thread.
    using Sender = std::function<void(const HttpRequest& request, HttpClient::Callback callback)>;
    static void discoverLocations(
        const QUrl& apiUrl, const Sender& send,
        std::function<void(const QList<BusinessLocation>& locations, const QString& error)> done);
    /// The locations in one /f/data/businesses answer, the documented HAL
    /// envelope {_embedded:{businessList:[…]}} (locations keyed `blID`);
    /// nullopt and `error` when the body is not that. `businessCount`: the
    /// businesses in the page (for paging).
    static std::optional<QList<BusinessLocation>>
    parseBusinesses(const QByteArray& body, int* businessCount = nullptr, QString* error = nullptr);

    /// An item of the items API (ItemDTO: ids and prices are JSON numbers,
    /// read from their own text). nullopt and `problem` (translated) when it
    /// has no id or no readable price.
    static std::optional<LightspeedItem> readItem(const QByteArray& json, QString* problem = nullptr);
    static std::optional<LightspeedItem> readItem(const JsonRef& item, QString* problem = nullptr);
    /// The PUT /items/v1/items/{id} body (UpdateItemDTO) changing only the
    /// price: the item's own name, sku, group, cost and price mode, the
    /// numbers written with two decimals ("defaultPrice":12.50).
    static QByteArray itemUpdateBody(const LightspeedItem& item, qint64 priceCents,
                                     const QString& businessLocationId);
    /// What Lightspeed said in an error body: the financial API's `error`,
    /// or the items API's `message` with its `apiSubExceptions` ("price:
    /// must be positive"). Empty when the body says nothing readable.
    static QString errorDetail(const QByteArray& body);
};

} // namespace Moulin
