#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <map>

class QHttpServerRequest;
class QHttpServerResponse;

namespace Moulin {

class SandboxServer;

/// The sandbox's Lightspeed Restaurant (K-Series) API: a 60-cover French
/// restaurant ("Le Vieux Moulin") with two years of sales up to now,
/// generated deterministically per local day from the server's seed (never
/// precomputed), served at the provider's paths through SandboxServer's
/// routes, so fault plans and hit statistics apply, in the shapes of
/// Lightspeed's published OpenAPI documents
/// (tests/data/contracts/lightspeed holds them as JSON Schemas; a contract
/// test checks every answer):
///
///   GET /f/data/businesses?page&size                  HAL {_embedded:{businessList:[…]}}, locations `blID`
///   GET /f/v2/business-location/{blId}/sales?from&to&pageSize&nextPageToken[&include]
///        closed sales sorted by timeClosed, from <= timeClosed < to; to - from <= 365 days
///        (else 400 {error}); pageSize 1..100 (default 50); nextPageToken is opaque and only valid
///        with the same from/to. Line amounts with six decimals, quantities "1.000",
///        taxRatePercentage "10.00", taxLines[].taxRate a multiplier ("1.1"), nbCovers a number;
///        refunds are receipts of their own (type REFUND, `source` naming the sale).
///   GET /f/v2/business-location/{blId}/sales-daily?date=YYYY-MM-DD   totals of a day
///   GET /f/finance/{blId}/accountingGroups            HAL accountingGroupList
///   GET /f/finance/{blId}/tax-rates                   HAL taxRateList, rate 1.1 / 1.2 / 1.055 (numbers)
///   GET /f/finance/{blId}/paymentMethods              HAL paymentMethodList: the merchant's codes
///        (CB, CASH, AMEX, TR, CHQ) with their accounting references
///   GET /items/v1/items?businessLocationId&offset&amount(1..100)   a list of ItemDTO
///        (prices[].amount and costPrice JSON numbers)
///   GET|PUT /items/v1/items/{id}                      PUT takes UpdateItemDTO (defaultPrice a number;
///        name, sku, businessLocationId, accountingGroupId required, else 400 with the items error
///        body {status, timestamp, message, apiSubExceptions}); a repeated Idempotency-Key with the
///        same body is not applied again (answer replayed, `Idempotent-Replayed: true`), with another
///        body: 422.
///   GET /o/op/1/menu/discounts?businessLocationId     [{name, code, discountPercentage | discountAmount}]
/// Test and demo hooks (HTTP, also in-process below):
///   POST /_sandbox/lightspeed/items/{id}/price  {"price":"13.50"}  the POS changed an item
///   POST /_sandbox/lightspeed/anomalies  {"date":"2024-05-02","index":0,"kind":"unknown_sku"}
///   DELETE /_sandbox/lightspeed/anomalies
///
/// Sales: the tables are the sandbox's footfall model's parties that came
/// (SandboxFootfall: weekly pattern, season, trend, holidays; the booking
/// emulations serve its booked parties), one receipt per table closed when it
/// leaves (some bills split in two or three), lunch about 12:50–15:55 and
/// dinner 20:30–24:00 (Europe/Paris), plus bar tickets through the day
/// (about 100–150 receipts a day; closed on 25 December and 1 January), French menu with VAT 10 % (food, soft
/// and hot drinks), 20 % (alcohol) and 5.5 % (take-away bakery). Amounts are decimal strings; every line adds
/// up (with = without + tax) and the payments match the lines. Some receipts carry a discount (percentage or
/// amount) or a group service charge, some are refunded by a REFUND receipt,
/// some counter tickets are voided (cancelled, no payment); some card payments carry a tip.
///
/// With setRequireAuthorization(true) every API route wants a Bearer access
/// token valid for the server's SandboxOAuth (else 401).
class SandboxLightspeed : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxRangeDays = 365;
    static constexpr int kMaxPageSize = 100;
    static constexpr int kDefaultPageSize = 50;
    static constexpr int kMaxItemsAmount = 100;

    enum class Anomaly
    {
        UnknownSku,      ///< first line's SKU is not on the menu
        MissingTaxCode,  ///< first line has no taxCode and no taxLines
        NotAddingUp,     ///< first line's amount with tax is 1.00 too high
        MalformedAmount, ///< first line's amount is "12,50"
    };

    struct DayTotals
    {
        int receipts = 0;  ///< not cancelled, gross >= 0
        int cancelled = 0; ///< voided receipts
        int covers = 0;    ///< of the counted receipts
        qint64 grossCents = 0;
        qint64 netCents = 0;
        qint64 taxCents = 0;
        int lines = 0; ///< every line of every sale, voided ones included
        int sales = 0; ///< every sale served, voided ones included
    };

    static SandboxLightspeed* install(SandboxServer* server);
    static SandboxLightspeed* of(SandboxServer* server);

    static QString businessLocationId();      ///< the restaurant's blId
    static QString otherBusinessLocationId(); ///< a second location, without sales
    static QTimeZone timeZone();

    /// Milliseconds since the epoch; empty: the wall clock. Sales exist from
    /// historyDays() before today up to now.
    void setClock(std::function<qint64()> nowMs);
    qint64 nowMs() const;
    void setHistoryDays(int days) { m_historyDays = days; }
    int historyDays() const { return m_historyDays; }
    /// Scales the number of receipts (1.0 ≈ 150 a day); tests use less.
    void setVolumeScale(double scale);
    void setRequireAuthorization(bool require) { m_requireAuth = require; }

    /// The sales of a local day as served (sorted by timeClosed), anomalies
    /// applied, whatever the clock.
    QList<QJsonObject> salesOfDay(const QDate& localDate) const;
    /// Totals of the sales closed on that local day up to now.
    DayTotals dayTotals(const QDate& localDate) const;
    /// Every sale with from <= timeClosed < to and timeClosed <= now.
    QList<QJsonObject> salesBetween(const QDateTime& from, const QDateTime& to) const;

    /// The menu as the items API serves it now.
    QList<QJsonObject> items() const;
    QJsonObject item(const QString& itemId) const;
    /// The POS changes an item's price (as if edited at the till).
    bool setItemPrice(const QString& itemId, qint64 cents);
    qint64 itemPriceCents(const QString& itemId) const;
    /// PUTs that changed an item / PUT requests received (replays included).
    int itemUpdatesApplied() const { return m_updatesApplied; }
    int itemPutRequests() const { return m_putRequests; }

    /// Corrupts the `index`-th sale (by time) of a local day.
    void injectAnomaly(const QDate& localDate, int index, Anomaly anomaly);
    void clearAnomalies();
    static std::optional<Anomaly> anomalyFromName(const QString& name);

private:
    struct ItemState
    {
        qint64 priceCents = 0;
        qint64 version = 1;
        QString lastModified;
    };
    struct Put
    {
        QByteArray body;
        QByteArray response;
    };

    explicit SandboxLightspeed(SandboxServer* server);
    QList<QJsonObject> generateDay(const QDate& localDate) const;
    const QList<QJsonObject>& cachedDay(const QDate& localDate) const;
    bool authorized(const QHttpServerRequest& request) const;
    QHttpServerResponse salesPage(const QHttpServerRequest& request, const QString& blId);
    QHttpServerResponse salesDaily(const QHttpServerRequest& request, const QString& blId);
    QHttpServerResponse itemsPage(const QHttpServerRequest& request);
    QHttpServerResponse itemRoute(const QHttpServerRequest& request, const QString& itemId);
    QDate today() const;

    SandboxServer* m_server;
    quint32 m_seed;
    std::function<qint64()> m_clock;
    int m_historyDays = 730;
    double m_volume = 1.0;
    bool m_requireAuth = false;
    QHash<QString, ItemState> m_items; // by item id
    QHash<QByteArray, Put> m_puts;     // by Idempotency-Key
    int m_updatesApplied = 0;
    int m_putRequests = 0;
    std::map<std::pair<qint64, int>, Anomaly> m_anomalies; // (julian day, index)
    mutable QHash<qint64, QList<QJsonObject>> m_dayCache;
    mutable QList<qint64> m_dayCacheOrder;
};

} // namespace Moulin
