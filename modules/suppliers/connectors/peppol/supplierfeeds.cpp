#include "suppliers/connectors/peppol/supplierfeeds.h"

#include "common/core/apppaths.h"
#include "common/core/connectorconfig.h"
#include "suppliers/core/recipes.h"
#include "suppliers/core/threewaymatch.h"
#include "suppliers/core/ublreaders.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QUrlQuery>

namespace Moulin {

namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Decimal> decimalField(const QJsonObject& o, const QString& key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return Decimal::parse(v.toString());
    return std::nullopt;
}

// ---------------------------------------------------------------- catalogue

struct CataloguePage
{
    QList<Supplier> suppliers;
    QList<CatalogueItem> items;
    qsizetype size() const { return items.size(); }
};

class CatalogueFeed final : public TypedFeed<CataloguePage>
{
public:
    explicit CatalogueFeed(SupplierOptions options)
        : m_options(std::move(options))
    {
    }

    QString resolve(const QString& cursor) const override
    {
        return cursor.isEmpty() ? QStringLiteral("1") : cursor;
    }

    HttpRequest request(const QString& cursor) const override
    {
        return HttpRequest::getJson(
            m_options.url(QStringLiteral("catalogue"),
                          {{QStringLiteral("page"), cursor},
                           {QStringLiteral("pageSize"), QString::number(m_options.pageSize)}}));
    }

    std::optional<TypedPage> read(const HttpResponse& response, const QString& cursor,
                                  QString* error) const override
    {
        const QJsonObject root = response.json().object();
        if (!root.value(QStringLiteral("products")).isArray()) {
            *error = SupplierFeeds::tr("The catalogue page has no product list.");
            return std::nullopt;
        }
        TypedPage page;
        for (const QJsonValue& v : root.value(QStringLiteral("suppliers")).toArray()) {
            FeedProblem problem;
            if (std::optional<Supplier> s =
                    SupplierFeeds::readSupplier(v.toObject(), m_options.profileId, &problem))
                page.records.suppliers.append(m_options.withTerms(*s));
            else
                page.problems.append(problem);
        }
        QSet<QString> known;
        for (const Supplier& s : std::as_const(page.records.suppliers))
            known.insert(s.id);
        for (const QJsonValue& v : root.value(QStringLiteral("products")).toArray()) {
            FeedProblem problem;
            std::optional<CatalogueItem> item = SupplierFeeds::readProduct(v.toObject(), &problem);
            if (item && !known.contains(item->product.supplierId)) {
                problem = {item->product.sku, QStringLiteral("unknown_supplier"),
                           SupplierFeeds::tr("Article %1: supplier \"%2\" is not in the catalogue.")
                               .arg(item->product.sku, item->product.supplierId),
                           compact(v.toObject())};
                item.reset();
            }
            if (item)
                page.records.items.append(*item);
            else
                page.problems.append(problem);
        }
        const int pageNumber = std::max(1, cursor.toInt());
        const int size = std::max(1, root.value(QStringLiteral("pageSize")).toInt(m_options.pageSize));
        const qint64 total = root.value(QStringLiteral("totalCount")).toInteger();
        const qint64 read = qint64(pageNumber) * size;
        page.complete = read >= total || root.value(QStringLiteral("products")).toArray().isEmpty();
        page.remaining = page.complete ? 0 : total - read;
        // Read whole every run: the next run starts again at page 1.
        page.nextCursor = page.complete ? QString() : QString::number(pageNumber + 1);
        return page;
    }

    bool write(QSqlDatabase& db, const TypedPage& page, QString* error) override
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Supplier& s : page.records.suppliers)
            if (!SupplierStore::upsertSupplier(db, s, m_options.connectorId, now, error))
                return false;
        QList<std::pair<QString, QString>> repriced;
        for (const CatalogueItem& item : page.records.items) {
            ProductUpsert outcome;
            if (!SupplierStore::upsertProduct(db, item, m_options.priceAlertPercent, now, &outcome, error))
                return false;
            if (outcome.priceChanged)
                repriced.append({item.product.supplierId, item.product.sku});
        }
        // Every recipe using a product whose price changed follows, in the
        // page's transaction.
        return RecipeStore::recomputeForProducts(db, repriced, QDate::currentDate(), now, nullptr, error);
    }

private:
    SupplierOptions m_options;
};

// ---------------------------------------------------------------- documents

struct DocumentRecord
{
    QString seq;
    QString supplierHint;
    QByteArray xml;
    std::optional<OrderResponse> response;
    std::optional<DespatchAdvice> advice;
    std::optional<SupplierInvoice> invoice;
};

enum class DocumentKind
{
    Responses,
    Advices,
    Invoices,
};

class DocumentFeed final : public TypedFeed<QList<DocumentRecord>>
{
public:
    DocumentFeed(SupplierOptions options, DocumentKind kind)
        : m_options(std::move(options))
        , m_kind(kind)
    {
    }

    HttpRequest request(const QString& cursor) const override
    {
        return HttpRequest::getJson(
            m_options.url(m_kind == DocumentKind::Responses  ? QStringLiteral("order-responses")
                          : m_kind == DocumentKind::Invoices ? QStringLiteral("invoices")
                                                             : QStringLiteral("despatch-advices"),
                          {{QStringLiteral("after"), cursor.isEmpty() ? QStringLiteral("0") : cursor},
                           {QStringLiteral("limit"), QString::number(m_options.documentsPerPage)}}));
    }

    std::optional<TypedPage> read(const HttpResponse& response, const QString& cursor,
                                  QString* error) const override
    {
        const QJsonObject root = response.json().object();
        if (!root.value(QStringLiteral("documents")).isArray()) {
            *error = SupplierFeeds::tr("The answer has no document list.");
            return std::nullopt;
        }
        TypedPage page;
        for (const QJsonValue& v : root.value(QStringLiteral("documents")).toArray()) {
            const QJsonObject o = v.toObject();
            DocumentRecord record;
            record.seq = QString::number(o.value(QStringLiteral("seq")).toInteger());
            record.supplierHint = o.value(QStringLiteral("supplier")).toString();
            record.xml = o.value(QStringLiteral("xml")).toString().toUtf8();
            Ubl::ReadError readError;
            if (m_kind == DocumentKind::Responses)
                record.response = UblReaders::readOrderResponse(record.xml, &readError);
            else if (m_kind == DocumentKind::Invoices)
                record.invoice = UblInvoice::read(record.xml, &readError);
            else
                record.advice = UblReaders::readDespatchAdvice(record.xml, &readError);
            if (!record.response && !record.advice && !record.invoice) {
                page.problems.append({o.value(QStringLiteral("id")).toString(),
                                      QStringLiteral("unreadable_document"), readError.toString(),
                                      record.xml});
                continue;
            }
            page.records.append(record);
        }
        const qint64 last = root.value(QStringLiteral("last")).toInteger(cursor.toLongLong());
        page.complete = !root.value(QStringLiteral("hasMore")).toBool();
        page.nextCursor = QString::number(std::max(last, cursor.toLongLong()));
        return page;
    }

    bool write(QSqlDatabase& db, const TypedPage& page, QString* error) override
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const DocumentRecord& r : page.records) {
            const QString orderId = r.response  ? r.response->orderId
                                    : r.invoice ? r.invoice->orderId
                                                : r.advice->orderId;
            const PeppolParticipant seller = r.response  ? r.response->seller
                                             : r.invoice ? r.invoice->seller
                                                         : r.advice->supplier;
            QString supplier = SupplierStore::supplierFor(db, m_options.connectorId, orderId, seller);
            if (supplier.isEmpty())
                supplier = r.supplierHint;
            if (supplier.isEmpty()) {
                *error = SupplierFeeds::tr("No supplier for the answer to order %1.").arg(orderId);
                return false;
            }
            if (r.invoice) {
                // Matched against the order and what was received, kept for approval.
                SupplierInvoice invoice = *r.invoice;
                invoice.supplierId = supplier;
                // Another document under a number already held: set aside for the manager in
                // Factures (never applied over the held one, never blocking the feed); the
                // same one again changes nothing.
                ImportOutcome outcome = ImportOutcome::Stored;
                if (!ThreeWayMatch::import(db, invoice, r.xml, m_options.invoiceTolerancePercent, now,
                                           &outcome, error))
                    return false;
                if (outcome == ImportOutcome::SetAside)
                    qInfo("suppliers: invoice %s of %s received again with other content; set aside for "
                          "review, the held one kept",
                          qUtf8Printable(invoice.id), qUtf8Printable(supplier));
                continue;
            }
            const bool ok =
                r.response ? SupplierStore::applyOrderResponse(db, supplier, *r.response, r.xml, now, error)
                           : SupplierStore::applyDespatchAdvice(db, supplier, *r.advice, r.xml, now, error);
            if (!ok)
                return false;
        }
        return true;
    }

private:
    SupplierOptions m_options;
    DocumentKind m_kind;
};

} // namespace

SupplierOptions SupplierOptions::fromConfig(const ConnectorConfig& config)
{
    SupplierOptions o;
    o.connectorId = config.connectorId;
    o.profileId = config.connectorId;
    o.apiUrl = config.apiUrl;
    o.account = config.storeId;
    const std::unique_ptr<QSettings> settings = AppPaths::settings();
    if (!settings)
        return o;
    if (const std::optional<Decimal> alert =
            Decimal::parse(settings->value(QStringLiteral("suppliers/price_alert_percent")).toString()))
        o.priceAlertPercent = *alert;
    if (const std::optional<Decimal> tolerance = Decimal::parse(
            settings->value(QStringLiteral("suppliers/invoice_price_tolerance_percent")).toString()))
        o.invoiceTolerancePercent = *tolerance;
    const QString group = QStringLiteral("suppliers/%1/").arg(config.connectorId);
    const QString days = settings->value(group + QStringLiteral("delivery_days")).toString();
    if (!days.isEmpty())
        o.deliveryDays = SupplierStore::daysFrom(days);
    const QTime cutoff =
        QTime::fromString(settings->value(group + QStringLiteral("order_cutoff")).toString(), u"HH:mm");
    if (cutoff.isValid())
        o.orderCutoff = cutoff;
    bool ok = false;
    const int before = settings->value(group + QStringLiteral("cutoff_days_before")).toInt(&ok);
    if (ok && before >= 0)
        o.cutoffDaysBefore = before;
    o.franco = Decimal::parse(settings->value(group + QStringLiteral("franco")).toString());
    o.deliveryFee = Decimal::parse(settings->value(group + QStringLiteral("delivery_fee")).toString());
    return o;
}

QUrl SupplierOptions::url(const QString& path, const QList<std::pair<QString, QString>>& query) const
{
    QUrl base = apiUrl;
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    QUrl url = base.resolved(QUrl(path));
    QUrlQuery q;
    for (const auto& [key, value] : query)
        q.addQueryItem(key, value);
    url.setQuery(q);
    return url;
}

Supplier SupplierOptions::withTerms(Supplier s) const
{
    if (deliveryDays)
        s.deliveryDays = *deliveryDays;
    if (orderCutoff)
        s.orderCutoff = *orderCutoff;
    if (cutoffDaysBefore)
        s.cutoffDaysBefore = *cutoffDaysBefore;
    if (franco)
        s.franco = *franco;
    if (deliveryFee)
        s.deliveryFee = *deliveryFee;
    s.endpoint = apiUrl;
    return s;
}

std::shared_ptr<FeedAdapter> SupplierFeeds::feed(const SupplierOptions& options, const QString& feed)
{
    if (feed == QLatin1String(kCatalogueFeed))
        return std::make_shared<CatalogueFeed>(options);
    if (feed == QLatin1String(kOrdersFeed))
        return std::make_shared<DocumentFeed>(options, DocumentKind::Responses);
    if (feed == QLatin1String(kDeliveriesFeed))
        return std::make_shared<DocumentFeed>(options, DocumentKind::Advices);
    if (feed == QLatin1String(kInvoicesFeed))
        return std::make_shared<DocumentFeed>(options, DocumentKind::Invoices);
    return nullptr;
}

std::optional<Supplier> SupplierFeeds::readSupplier(const QJsonObject& o, const QString& profileId,
                                                    FeedProblem* problem)
{
    Supplier s;
    s.id = o.value(QStringLiteral("id")).toString();
    s.profileId = profileId;
    s.name = o.value(QStringLiteral("name")).toString();
    s.siret = o.value(QStringLiteral("siret")).toString();
    s.vatId = o.value(QStringLiteral("vatId")).toString();
    const QJsonObject endpoint = o.value(QStringLiteral("endpoint")).toObject();
    s.participant = {endpoint.value(QStringLiteral("scheme")).toString(),
                     endpoint.value(QStringLiteral("id")).toString()};
    const QJsonObject address = o.value(QStringLiteral("address")).toObject();
    s.address.street = address.value(QStringLiteral("street")).toString();
    s.address.city = address.value(QStringLiteral("city")).toString();
    s.address.postalCode = address.value(QStringLiteral("postalCode")).toString();
    s.address.country = address.value(QStringLiteral("country")).toString(QStringLiteral("FR"));
    QStringList days;
    for (const QJsonValue& d : o.value(QStringLiteral("deliveryDays")).toArray())
        days.append(d.toString());
    s.deliveryDays = SupplierStore::daysFrom(days.join(u','));
    s.orderCutoff = QTime::fromString(o.value(QStringLiteral("orderCutoff")).toString(), u"HH:mm");
    s.cutoffDaysBefore = o.value(QStringLiteral("cutoffDaysBefore")).toInt(1);
    s.franco = decimalField(o, QStringLiteral("franco")).value_or(Decimal());
    s.deliveryFee = decimalField(o, QStringLiteral("deliveryFee")).value_or(Decimal());
    QString reason;
    if (s.id.isEmpty() || s.name.isEmpty())
        reason = tr("A supplier without id or name.");
    else if (s.participant.isEmpty())
        reason = tr("Supplier %1: no PEPPOL endpoint.").arg(s.id);
    else if (!s.orderCutoff.isValid())
        reason = tr("Supplier %1: unreadable order cut-off \"%2\".")
                     .arg(s.id, o.value(QStringLiteral("orderCutoff")).toString());
    if (!reason.isEmpty()) {
        *problem = {s.id, QStringLiteral("invalid_supplier"), reason, compact(o)};
        return std::nullopt;
    }
    return s;
}

std::optional<CatalogueItem> SupplierFeeds::readProduct(const QJsonObject& o, FeedProblem* problem)
{
    CatalogueItem item;
    Product& p = item.product;
    p.supplierId = o.value(QStringLiteral("supplier")).toString();
    p.sku = o.value(QStringLiteral("sku")).toString();
    p.gtin = o.value(QStringLiteral("gtin")).toString();
    p.name = o.value(QStringLiteral("name")).toString();
    item.category = o.value(QStringLiteral("category")).toString();
    p.unitCode = o.value(QStringLiteral("unitCode")).toString();
    p.packUnitCode = o.value(QStringLiteral("packUnitCode")).toString();
    p.soldByPackOnly = o.value(QStringLiteral("soldByPackOnly")).toBool(true);
    const std::optional<Decimal> pack = decimalField(o, QStringLiteral("packSize"));
    const std::optional<Decimal> price = decimalField(o, QStringLiteral("unitPrice"));
    const std::optional<Decimal> vat = decimalField(o, QStringLiteral("vat"));
    const std::optional<VatRate> rate = vat ? Vat::fromPercent(*vat) : std::nullopt;
    QString reason;
    if (p.sku.isEmpty() || p.supplierId.isEmpty())
        reason = tr("A product without supplier or article number.");
    else if (!pack || !price)
        reason = tr("Article %1: unreadable pack size or price.").arg(p.sku);
    else if (!rate)
        reason = tr("Article %1: VAT rate \"%2\" is not a French rate.")
                     .arg(p.sku, o.value(QStringLiteral("vat")).toString());
    if (reason.isEmpty() && o.contains(QStringLiteral("promotion")) &&
        !o.value(QStringLiteral("promotion")).isNull()) {
        // promotion: {unitPrice, from, to, label?}: a lower price for a period.
        const QJsonObject promo = o.value(QStringLiteral("promotion")).toObject();
        const std::optional<Decimal> promoPrice = decimalField(promo, QStringLiteral("unitPrice"));
        const QDate from = QDate::fromString(promo.value(QStringLiteral("from")).toString(), Qt::ISODate);
        const QDate to = QDate::fromString(promo.value(QStringLiteral("to")).toString(), Qt::ISODate);
        if (!promoPrice || !from.isValid() || !to.isValid())
            reason = tr("Article %1: unreadable promotion (price, or days as YYYY-MM-DD).").arg(p.sku);
        else
            p.promotion = Promotion{*promoPrice, from, to, promo.value(QStringLiteral("label")).toString()};
    }
    if (reason.isEmpty()) {
        p.packSize = *pack;
        p.unitPrice = *price;
        p.vat = *rate;
        reason = p.problem();
        if (reason.isEmpty() && p.promotion && p.promotion->unitPrice >= p.unitPrice)
            reason = tr("Article %1: the promotion's price %2 is not below the price %3.")
                         .arg(p.sku, p.promotion->unitPrice.toString(2), p.unitPrice.toString(2));
    }
    if (!reason.isEmpty()) {
        *problem = {p.sku, QStringLiteral("invalid_product"), reason, compact(o)};
        return std::nullopt;
    }
    return item;
}

} // namespace Moulin
