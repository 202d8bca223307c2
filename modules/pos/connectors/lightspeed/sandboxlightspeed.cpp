#include "pos/connectors/lightspeed/sandboxlightspeed.h"

#include "sandbox/core/sandboxfootfall.h"
#include "sandbox/core/sandboxhttp.h"
#include "sandbox/core/sandboxoauth.h"
#include "sandbox/core/sandboxserver.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Moulin {

namespace {

using StatusCode = QHttpServerResponder::StatusCode;
using SandboxHttp::error;
using SandboxHttp::header;
using SandboxHttp::mix;

/// splitmix64: deterministic and cheap.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next() { return mix(m_state += 0x9E3779B97F4A7C15ull); }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    int below(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }
    bool chance(double p) { return unit() < p; }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }

private:
    quint64 m_state;
};

QString money(qint64 cents)
{
    const bool negative = cents < 0;
    const qint64 m = negative ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(m / 100)
        .arg(m % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> parseMoney(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(-?)(\\d{1,12})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 cents = m.captured(2).toLongLong() * 100;
    const QString fraction = m.captured(3);
    if (!fraction.isEmpty())
        cents += fraction.size() == 1 ? fraction.toInt() * 10 : fraction.toInt();
    return m.captured(1).isEmpty() ? cents : -cents;
}

qint64 divRound(qint64 num, qint64 den)
{
    return num >= 0 ? (num + den / 2) / den : -((-num + den / 2) / den);
}

/// Six decimals, as the financial API writes its line amounts: "8.333333".
QString micro(qint64 m)
{
    const bool negative = m < 0;
    const qint64 a = negative ? -m : m;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(a / 1'000'000)
        .arg(a % 1'000'000, 6, 10, QLatin1Char('0'));
}

/// Millionths to cents, half to even (as Moulin and the till round).
qint64 microToCents(qint64 m);
/// "8.333333" (or "8.33") to cents, half to even; 0 when unreadable.
qint64 sixDecimalsToCents(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(-?)(\\d{1,12})(?:\\.(\\d{1,6}))?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return 0;
    const qint64 fraction = m.captured(3).leftJustified(6, QLatin1Char('0')).toLongLong();
    const qint64 value = m.captured(2).toLongLong() * 1'000'000 + fraction;
    return microToCents(m.captured(1).isEmpty() ? value : -value);
}

qint64 microToCents(qint64 m)
{
    const bool negative = m < 0;
    const qint64 a = negative ? -m : m;
    qint64 cents = a / 10'000;
    const qint64 rest = a % 10'000;
    if (rest > 5'000 || (rest == 5'000 && cents % 2 == 1))
        ++cents;
    return negative ? -cents : cents;
}

/// The net (without VAT) of a gross amount in cents at `bp`, in millionths,
/// as the till computes it.
qint64 netMicro(qint64 grossCents, int bp)
{
    return divRound(grossCents * 10'000 * 10'000, 10'000 + bp);
}

/// A VAT rate as the API's multiplier text: 1000 bp -> "1.1", 550 -> "1.055".
QString multiplierText(int bp)
{
    QString t = QStringLiteral("1.%1").arg(bp, 4, 10, QLatin1Char('0'));
    while (t.endsWith(QLatin1Char('0')))
        t.chop(1);
    if (t.endsWith(QLatin1Char('.')))
        t.chop(1);
    return t;
}

/// A HAL list: {_embedded:{<key>:[…]}, _links:{self:{href}}}.
QJsonObject hal(const char* key, const QJsonArray& list, const QString& self)
{
    return QJsonObject{{QStringLiteral("_embedded"), QJsonObject{{QLatin1String(key), list}}},
                       {QStringLiteral("_links"),
                        QJsonObject{{QStringLiteral("self"), QJsonObject{{QStringLiteral("href"), self}}}}}};
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// The items API's error body: {status, timestamp, message, apiSubExceptions}.
QHttpServerResponse itemsError(int status, const QString& message,
                               const QList<std::pair<QString, QString>>& fields = {})
{
    QJsonArray sub;
    for (const auto& [field, why] : fields)
        sub.append(QJsonObject{{QStringLiteral("field"), field},
                               {QStringLiteral("rejectedValue"), QString()},
                               {QStringLiteral("message"), why}});
    return SandboxHttp::json(QJsonObject{{QStringLiteral("status"), QString::number(status)},
                                         {QStringLiteral("timestamp"), nowIso()},
                                         {QStringLiteral("message"), message},
                                         {QStringLiteral("apiSubExceptions"), sub}},
                             status);
}

constexpr qint64 kDayMs = 86'400'000;

// --- The restaurant -----------------------------------------------------------

enum Role
{
    Starter,
    Main,
    Dessert,
    Formula,
    Soft,
    Hot,
    Wine,
    WineBottle,
    Aperitif,
    Digestif,
    TakeAway,
    Water,
};

struct Group
{
    const char* id;
    const char* name;
    const char* code;
    const char* taxCode;
};

const Group kGroups[] = {
    {"100001", "Entrées", "ENT", "TVA10"},
    {"100002", "Plats", "PLA", "TVA10"},
    {"100003", "Desserts", "DES", "TVA10"},
    {"100004", "Formules et menus", "FOR", "TVA10"},
    {"100005", "Boissons sans alcool", "BSA", "TVA10"},
    {"100006", "Boissons chaudes", "BCH", "TVA10"},
    {"100007", "Vins", "VIN", "TVA20"},
    {"100008", "Bières, apéritifs et spiritueux", "ALC", "TVA20"},
    {"100009", "Vente à emporter", "EMP", "TVA55"},
};

struct Tax
{
    const char* code;
    int bp;
    const char* description;
    const char* accountingReference;
};

const Tax kTaxes[] = {
    {"TVA10", 1000, "TVA 10 % (restauration sur place)", "44571100"},
    {"TVA20", 2000, "TVA 20 % (boissons alcoolisées)", "44571200"},
    {"TVA55", 550, "TVA 5,5 % (produits alimentaires à emporter)", "44571300"},
};

/// The merchant's payment methods, with the codes the merchant chose on the
/// till (the API's own example is "CASH") and the accounts set on them.
struct PaymentMethod
{
    const char* code;
    const char* name;
    const char* accountingReference;
    qint64 id;
};

const PaymentMethod kMethods[] = {
    {"CB", "Carte bancaire", "51150000", 3'100'001},
    {"CASH", "Espèces", "53000000", 3'100'002},
    {"AMEX", "American Express", "51151000", 3'100'003},
    {"TR", "Titre-restaurant", "51180000", 3'100'004},
    {"CHQ", "Chèque", "51120000", 3'100'005},
};

qint64 methodId(const char* code)
{
    for (const PaymentMethod& m : kMethods) {
        if (qstrcmp(m.code, code) == 0)
            return m.id;
    }
    return 0;
}

int taxBp(const char* code)
{
    for (const Tax& t : kTaxes) {
        if (qstrcmp(t.code, code) == 0)
            return t.bp;
    }
    return 0;
}

struct MenuEntry
{
    const char* sku;
    const char* name;
    int group; // index in kGroups
    int priceCents;
    int costCents;
    Role role;
    int weight; // popularity within its role
};

using Entry = MenuEntry;

const MenuEntry kMenu[] = {
    {"ENT-OIGNON", "Soupe à l'oignon gratinée", 0, 850, 180, Starter, 4},
    {"ENT-OEUF", "Œuf parfait, crème de champignons", 0, 900, 210, Starter, 3},
    {"ENT-TERRINE", "Terrine de campagne maison", 0, 800, 170, Starter, 4},
    {"ENT-CHEVRE", "Salade de chèvre chaud", 0, 1050, 260, Starter, 3},
    {"ENT-ESCARGOTS", "Escargots de Bourgogne (6)", 0, 1200, 380, Starter, 2},
    {"ENT-VELOUTE", "Velouté de potimarron", 0, 750, 120, Starter, 2},
    {"PLA-BOURGUIGNON", "Bœuf bourguignon", 1, 2100, 620, Main, 5},
    {"PLA-ENTRECOTE", "Entrecôte grillée, frites maison", 1, 2600, 980, Main, 5},
    {"PLA-CONFIT", "Confit de canard, pommes sarladaises", 1, 2250, 720, Main, 4},
    {"PLA-BAR", "Filet de bar, beurre blanc", 1, 2400, 890, Main, 3},
    {"PLA-BLANQUETTE", "Blanquette de veau à l'ancienne", 1, 2050, 640, Main, 3},
    {"PLA-RISOTTO", "Risotto aux cèpes", 1, 1900, 510, Main, 2},
    {"PLA-JOUR", "Plat du jour", 1, 1550, 430, Main, 6},
    {"PLA-BURGER", "Burger du Moulin", 1, 1800, 520, Main, 3},
    {"DES-CREME", "Crème brûlée", 2, 750, 140, Dessert, 5},
    {"DES-TATIN", "Tarte Tatin, crème fraîche", 2, 800, 160, Dessert, 4},
    {"DES-MOUSSE", "Mousse au chocolat", 2, 700, 130, Dessert, 4},
    {"DES-ILE", "Île flottante", 2, 700, 110, Dessert, 2},
    {"DES-GOURMAND", "Café gourmand", 2, 950, 240, Dessert, 4},
    {"DES-FROMAGES", "Assiette de fromages affinés", 2, 900, 310, Dessert, 2},
    {"FOR-DEJEUNER", "Formule déjeuner (entrée + plat ou plat + dessert)", 3, 1950, 560, Formula, 1},
    {"FOR-MOULIN", "Menu du Moulin (entrée, plat, dessert)", 3, 3400, 1050, Formula, 1},
    {"BSA-EAU", "Eau minérale 50 cl", 4, 400, 60, Water, 3},
    {"BSA-GAZEUSE", "Eau gazeuse 50 cl", 4, 450, 70, Water, 2},
    {"BSA-COLA", "Coca-Cola 33 cl", 4, 450, 90, Soft, 3},
    {"BSA-POMME", "Jus de pomme artisanal", 4, 450, 110, Soft, 2},
    {"BSA-LIMONADE", "Limonade", 4, 400, 70, Soft, 2},
    {"BSA-SIROP", "Sirop à l'eau", 4, 250, 30, Soft, 1},
    {"BCH-EXPRESSO", "Café expresso", 5, 220, 25, Hot, 8},
    {"BCH-CREME", "Café crème", 5, 350, 45, Hot, 2},
    {"BCH-THE", "Thé ou infusion", 5, 350, 30, Hot, 2},
    {"BCH-CHOCOLAT", "Chocolat chaud", 5, 400, 60, Hot, 1},
    {"VIN-CDR", "Verre de Côtes-du-Rhône", 6, 550, 140, Wine, 4},
    {"VIN-CHABLIS", "Verre de Chablis", 6, 700, 210, Wine, 2},
    {"VIN-ROSE", "Pichet de rosé 50 cl", 6, 1600, 420, Wine, 2},
    {"VIN-CHAMPAGNE", "Coupe de champagne", 6, 1100, 380, Wine, 1},
    {"VIN-BORDEAUX", "Bouteille de Bordeaux supérieur", 6, 2900, 850, WineBottle, 3},
    {"VIN-SANCERRE", "Bouteille de Sancerre", 6, 3600, 1200, WineBottle, 2},
    {"ALC-DEMI", "Demi pression", 7, 450, 90, Aperitif, 4},
    {"ALC-PINTE", "Pinte pression", 7, 800, 170, Aperitif, 2},
    {"ALC-KIR", "Kir vin blanc", 7, 500, 100, Aperitif, 3},
    {"ALC-PASTIS", "Pastis", 7, 400, 60, Aperitif, 2},
    {"ALC-COGNAC", "Cognac", 7, 800, 210, Digestif, 2},
    {"ALC-CALVA", "Calvados", 7, 750, 190, Digestif, 2},
    {"EMP-TATIN", "Part de tarte Tatin à emporter", 8, 500, 110, TakeAway, 3},
    {"EMP-PAIN", "Pain de campagne (boule)", 8, 400, 90, TakeAway, 2},
    {"EMP-EAU", "Eau minérale 50 cl à emporter", 8, 200, 60, TakeAway, 1},
};

constexpr int kMenuSize = int(sizeof(kMenu) / sizeof(kMenu[0]));

QString itemIdOf(int index)
{
    return QStringLiteral("%1").arg(7'300'000'001LL + index);
}

int menuIndexOfId(const QString& itemId)
{
    bool ok = false;
    const qint64 n = itemId.toLongLong(&ok) - 7'300'000'001LL;
    return ok && n >= 0 && n < kMenuSize ? int(n) : -1;
}

int pick(Rng& rng, Role role)
{
    int total = 0;
    for (const auto& e : kMenu)
        total += e.role == role ? e.weight : 0;
    int r = rng.below(total);
    for (int i = 0; i < kMenuSize; ++i) {
        if (kMenu[i].role != role)
            continue;
        if (r < kMenu[i].weight)
            return i;
        r -= kMenu[i].weight;
    }
    return 0;
}

int indexOfSku(const char* sku)
{
    for (int i = 0; i < kMenuSize; ++i) {
        if (qstrcmp(kMenu[i].sku, sku) == 0)
            return i;
    }
    return 0;
}

enum Kind
{
    Lunch,
    Dinner,
    Bar
};

struct Draft
{
    Kind kind;
    int secs; // local seconds since midnight
    quint64 seed;
    int covers = 0; // a table's receipt: its covers
};

int gaussianSecs(Rng& rng, int from, int to)
{
    // Sum of three uniforms: a bell between `from` and `to`.
    const double u = (rng.unit() + rng.unit() + rng.unit()) / 3.0;
    return from + int(u * (to - from));
}

QString tokenChecksum(const QByteArray& payload, quint32 seed)
{
    quint64 h = 1469598103934665603ull ^ seed;
    for (char c : payload) {
        h ^= quint8(c);
        h *= 1099511628211ull;
    }
    return QString::number(h & 0xFFFFFFFFull, 16);
}

} // namespace

// -----------------------------------------------------------------------------

SandboxLightspeed* SandboxLightspeed::install(SandboxServer* server)
{
    return new SandboxLightspeed(server);
}

SandboxLightspeed* SandboxLightspeed::of(SandboxServer* server)
{
    if (!server)
        return nullptr;
    // Installed by the server when the POS area registered its emulation;
    // a server built without it gets it now.
    if (auto* installed = server->findChild<SandboxLightspeed*>(QString(), Qt::FindDirectChildrenOnly))
        return installed;
    return install(server);
}

QString SandboxLightspeed::businessLocationId()
{
    return QStringLiteral("45454565682155");
}

QString SandboxLightspeed::otherBusinessLocationId()
{
    return QStringLiteral("45454565682156");
}

QTimeZone SandboxLightspeed::timeZone()
{
    return QTimeZone("Europe/Paris");
}

void SandboxLightspeed::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
    m_dayCache.clear();
    m_dayCacheOrder.clear();
}

qint64 SandboxLightspeed::nowMs() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void SandboxLightspeed::setVolumeScale(double scale)
{
    m_volume = std::clamp(scale, 0.0, 10.0);
    m_dayCache.clear();
    m_dayCacheOrder.clear();
}

QDate SandboxLightspeed::today() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC).toTimeZone(timeZone()).date();
}

void SandboxLightspeed::injectAnomaly(const QDate& localDate, int index, Anomaly anomaly)
{
    m_anomalies[{localDate.toJulianDay(), index}] = anomaly;
    m_dayCache.remove(localDate.toJulianDay());
}

void SandboxLightspeed::clearAnomalies()
{
    m_anomalies.clear();
    m_dayCache.clear();
    m_dayCacheOrder.clear();
}

std::optional<SandboxLightspeed::Anomaly> SandboxLightspeed::anomalyFromName(const QString& name)
{
    if (name == QLatin1String("unknown_sku"))
        return Anomaly::UnknownSku;
    if (name == QLatin1String("missing_tax_code"))
        return Anomaly::MissingTaxCode;
    if (name == QLatin1String("not_adding_up"))
        return Anomaly::NotAddingUp;
    if (name == QLatin1String("malformed_amount"))
        return Anomaly::MalformedAmount;
    return std::nullopt;
}

QList<QJsonObject> SandboxLightspeed::generateDay(const QDate& day) const
{
    QList<QJsonObject> sales;
    const QDate last = today();
    if (!day.isValid() || day > last || day < last.addDays(-m_historyDays))
        return sales;
    if ((day.month() == 12 && day.day() == 25) || (day.month() == 1 && day.day() == 1))
        return sales; // closed

    Rng dayRng(mix(quint64(m_seed) * 0x100000001B3ull ^ quint64(day.toJulianDay())));
    static constexpr double kWeekday[7] = {0.65, 0.85, 0.9, 1.0, 1.2, 1.3, 1.1};
    const int weekday = day.dayOfWeek();
    double season = 1.0 + 0.15 * std::cos(2.0 * std::numbers::pi * (day.dayOfYear() - 196) / 365.0);
    if (day.month() == 12 && day.day() >= 10)
        season *= 1.1;
    const double target = 150.0 * m_volume * kWeekday[weekday - 1] * season * (0.9 + 0.2 * dayRng.unit());
    // The tables at lunch and dinner are the footfall model's parties that
    // came (the booking platforms serve the booked ones): one receipt per
    // table, closed when it leaves, some bills split in two or three. The
    // rest are counter tickets (coffee, drinks, take-away) through the day.
    const double barShare = weekday == 7 ? 0.28 : weekday == 1 ? 0.32 : 0.30;
    const int bar = std::max(0, int(std::lround(target * barShare)));

    QList<Draft> drafts;
    drafts.reserve(bar + 80);
    const SandboxFootfall footfall(m_seed, timeZone());
    for (int service = 0; service < 2; ++service) {
        for (const SandboxFootfall::Party& party : footfall.service(day, service).parties) {
            if (!party.came())
                continue;
            Rng tableRng(party.seed);
            // The volume scale (benchmarks) repeats or drops tables.
            int copies = int(m_volume);
            if (tableRng.chance(m_volume - copies))
                ++copies;
            for (int copy = 0; copy < copies; ++copy) {
                int bills = 1;
                if (party.size >= 6 && tableRng.chance(0.3))
                    bills = 3;
                else if (party.size >= 3 && tableRng.chance(0.35))
                    bills = 2;
                int left = party.size;
                for (int b = 0; b < bills; ++b) {
                    const int covers = b == bills - 1 ? left : std::max(1, party.size / bills);
                    left -= covers;
                    const int secs = party.leaveMinutes * 60 + b * 40 + tableRng.between(0, 59);
                    drafts.append({service == 0 ? Lunch : Dinner, std::min(secs, 24 * 3600 - 1),
                                   tableRng.next(), covers});
                }
            }
        }
    }
    for (int i = 0; i < bar; ++i) {
        const bool morning = dayRng.chance(0.4);
        drafts.append({Bar,
                       morning ? gaussianSecs(dayRng, 8 * 3600 + 30 * 60, 11 * 3600 + 45 * 60)
                               : gaussianSecs(dayRng, 15 * 3600 + 30 * 60, 18 * 3600 + 45 * 60),
                       dayRng.next()});
    }
    std::sort(drafts.begin(), drafts.end(), [](const Draft& a, const Draft& b) {
        return a.secs != b.secs ? a.secs < b.secs : a.seed < b.seed;
    });

    // Receipts are never closed between 02:00 and 03:00, so the offset at
    // noon is the offset of every receipt of the day.
    const QDateTime noon(day, QTime(12, 0), timeZone());
    const qint64 midnightUtcMs = noon.toMSecsSinceEpoch() - 12 * 3'600'000LL;
    const QString dayKey = day.toString(QStringLiteral("yyyyMMdd"));
    const QString blId = businessLocationId();

    sales.reserve(drafts.size());
    for (int n = 0; n < drafts.size(); ++n) {
        const Draft& draft = drafts.at(n);
        Rng rng(draft.seed);
        QList<std::pair<int, int>> order; // (menu index, quantity)
        auto add = [&order](int index, int quantity) {
            for (auto& [i, q] : order) {
                if (i == index) {
                    q += quantity;
                    return;
                }
            }
            order.append({index, quantity});
        };

        int covers = 0;
        if (draft.kind == Bar) {
            covers = 0;
            const int items = rng.chance(0.7) ? 1 : 2;
            for (int i = 0; i < items; ++i) {
                const double r = rng.unit();
                add(pick(rng, r < 0.5 ? Hot : r < 0.75 ? Aperitif : r < 0.92 ? Soft : TakeAway), 1);
            }
        } else {
            covers = draft.covers;
            const bool isLunch = draft.kind == Lunch;
            for (int p = 0; p < covers; ++p) {
                if (isLunch && rng.chance(0.5)) {
                    add(indexOfSku("FOR-DEJEUNER"), 1);
                } else if (!isLunch && rng.chance(0.2)) {
                    add(indexOfSku("FOR-MOULIN"), 1);
                } else {
                    add(pick(rng, Main), 1);
                    if (rng.chance(isLunch ? 0.25 : 0.45))
                        add(pick(rng, Starter), 1);
                    if (rng.chance(isLunch ? 0.3 : 0.4))
                        add(pick(rng, Dessert), 1);
                }
                if (!isLunch && rng.chance(0.25))
                    add(pick(rng, Aperitif), 1);
                if (rng.chance(isLunch ? 0.45 : 0.35))
                    add(indexOfSku("BCH-EXPRESSO"), 1);
                if (rng.chance(0.1))
                    add(pick(rng, Soft), 1);
                if (!isLunch && rng.chance(0.06))
                    add(pick(rng, Digestif), 1);
            }
            if (rng.chance(isLunch ? 0.3 : 0.45))
                add(pick(rng, Water), std::max(1, covers / 2));
            if (covers >= 3 && rng.chance(isLunch ? 0.25 : 0.6)) {
                add(pick(rng, WineBottle), std::max(1, covers / 3));
            } else if (rng.chance(isLunch ? 0.3 : 0.5)) {
                add(pick(rng, Wine), std::max(1, covers - rng.below(2)));
            }
            if (isLunch && rng.chance(0.03))
                add(pick(rng, TakeAway), rng.between(1, 2));
        }

        const QString receiptId = QStringLiteral("%1-%2").arg(dayKey).arg(n + 1, 4, 10, QLatin1Char('0'));
        const bool fidelity = draft.kind != Bar && rng.chance(0.04);
        const bool geste = !fidelity && draft.kind == Dinner && rng.chance(0.01);
        const bool refund = draft.kind != Bar && rng.chance(0.005);
        // Voided by mistake: counter tickets only (a table's bill is its
        // covers, which the footfall model says came).
        const bool cancelled = rng.chance(draft.kind == Bar ? 0.01 : 0.0);

        QJsonArray lines;
        qint64 total = 0;
        int lineNo = 0;
        bool gesteDone = false;
        auto appendLine = [&](const Entry& e, int quantity, qint64 gross, qint64 discount,
                              const QString& discountType, const QString& discountCode, const QString& parent,
                              qint64 serviceCharge, const QString& nameOverride) {
            const int bp = taxBp(kGroups[e.group].taxCode);
            // Six-decimal amounts, as the financial API sends them: the net
            // and the VAT of a gross in cents.
            const qint64 net = netMicro(gross, bp);
            const qint64 tax = gross * 10'000 - net;
            const QString lineId = QStringLiteral("%1-%2").arg(receiptId).arg(++lineNo);
            const QString taxCode = QString::fromUtf8(kGroups[e.group].taxCode);
            QJsonObject line{
                {QStringLiteral("id"), lineId},
                {QStringLiteral("sku"), QString::fromUtf8(e.sku)},
                {QStringLiteral("name"), nameOverride.isEmpty() ? QString::fromUtf8(e.name) : nameOverride},
                {QStringLiteral("quantity"), QStringLiteral("%1.000").arg(quantity)},
                {QStringLiteral("totalNetAmountWithTax"), micro(gross * 10'000)},
                {QStringLiteral("totalNetAmountWithoutTax"), micro(net)},
                {QStringLiteral("menuListPrice"), micro(qint64(e.priceCents) * 10'000)},
                {QStringLiteral("unitCostPrice"), micro(qint64(e.costCents) * 10'000)},
                {QStringLiteral("serviceCharge"), micro(serviceCharge * 10'000)},
                {QStringLiteral("discountAmount"), micro(discount * 10'000)},
                {QStringLiteral("totalDiscountAmount"), micro(discount * 10'000)},
                {QStringLiteral("taxCode"), taxCode},
                {QStringLiteral("taxAmount"), micro(tax)},
                {QStringLiteral("taxRatePercentage"), money(bp)},
                {QStringLiteral("taxLines"),
                 QJsonArray{QJsonObject{{QStringLiteral("taxId"), QString::number(41'910'290'870'000LL + bp)},
                                        {QStringLiteral("taxCode"), taxCode},
                                        {QStringLiteral("taxRate"), multiplierText(bp)},
                                        {QStringLiteral("taxAmount"), micro(tax)},
                                        {QStringLiteral("taxIncluded"), true}}}},
                {QStringLiteral("accountingGroup"),
                 QJsonObject{{QStringLiteral("accountingGroupId"),
                              QString::fromUtf8(kGroups[e.group].id).toLongLong()},
                             {QStringLiteral("name"), QString::fromUtf8(kGroups[e.group].name)},
                             {QStringLiteral("statisticGroup"), QString::fromUtf8(kGroups[e.group].name)},
                             {QStringLiteral("code"), QString::fromUtf8(kGroups[e.group].code)}}},
                {QStringLiteral("currency"), QStringLiteral("EUR")},
            };
            if (!parent.isEmpty())
                line.insert(QStringLiteral("parentLineId"), parent);
            if (!discountType.isEmpty()) {
                line.insert(QStringLiteral("discountType"), discountType);
                line.insert(QStringLiteral("discountCode"), discountCode);
            }
            lines.append(line);
            total += gross;
            return lineId;
        };

        for (const auto& [index, quantity] : std::as_const(order)) {
            const Entry& e = kMenu[index];
            const qint64 before = qint64(e.priceCents) * quantity;
            qint64 discount = 0;
            QString type, code;
            if (fidelity) {
                discount = divRound(before * 10, 100);
                type = QStringLiteral("PERCENTAGE");
                code = QStringLiteral("FIDELITE10");
            } else if (geste && !gesteDone && e.role == Main) {
                discount = std::min<qint64>(500, before);
                type = QStringLiteral("AMOUNT");
                code = QStringLiteral("GESTE");
                gesteDone = true;
            }
            const QString lineId =
                appendLine(e, quantity, before - discount, discount, type, code, {}, 0, {});
            if (e.role == Formula && e.priceCents > 2000) {
                // The dishes of the full menu: lines of their own, at 0.00,
                // under it (the lunch formula is rung up as one line).
                for (Role part : {Starter, Main, Dessert})
                    appendLine(kMenu[pick(rng, part)], quantity, 0, 0, {}, {}, lineId, 0, {});
            }
        }
        if (draft.kind == Dinner && covers >= 6 && rng.chance(0.5)) {
            static const Entry service{"", "Service groupe 5 %", 3, 0, 0, Soft, 0};
            const qint64 charge = divRound(total * 5, 100);
            appendLine(service, 1, charge, 0, {}, {}, {}, charge, {});
        }
        // A dish sent back is refunded on a receipt of its own (type
        // REFUND, `source` naming the sale), a few minutes later.
        int refundedIndex = -1;
        if (refund) {
            for (const auto& [index, quantity] : std::as_const(order)) {
                if (kMenu[index].role == Main) {
                    refundedIndex = index;
                    break;
                }
            }
        }

        QJsonArray payments;
        if (!cancelled && total != 0) {
            auto pay = [&payments](const char* code, const char* description, qint64 amount, qint64 tip) {
                QJsonObject p{{QStringLiteral("code"), QString::fromLatin1(code)},
                              {QStringLiteral("description"), QString::fromUtf8(description)},
                              {QStringLiteral("paymentMethodId"), methodId(code)},
                              {QStringLiteral("netAmountWithTax"), money(amount)},
                              {QStringLiteral("currency"), QStringLiteral("EUR")},
                              {QStringLiteral("type"), QStringLiteral("NORMAL")}};
                if (tip > 0)
                    p.insert(QStringLiteral("tip"), money(tip));
                payments.append(p);
            };
            const qint64 tip = rng.chance(0.06) ? rng.between(1, 5) * 100 : 0;
            const double r = rng.unit();
            if (draft.kind == Lunch && total > 0 && rng.chance(0.2)) {
                const qint64 voucher = std::min<qint64>(total, qint64(std::max(1, covers)) * 1100);
                pay("TR", "Titre-restaurant", voucher, 0);
                if (total > voucher)
                    pay("CB", "Carte bancaire", total - voucher, 0);
            } else if (r < 0.66 || total < 0) {
                pay("CB", "Carte bancaire", total, tip);
            } else if (r < 0.81) {
                pay("CASH", "Espèces", total, 0);
            } else if (r < 0.88) {
                pay("AMEX", "American Express", total, tip);
            } else if (r < 0.9) {
                pay("CHQ", "Chèque", total, 0);
            } else {
                const qint64 half = total / 2;
                pay("CB", "Carte bancaire", half, 0);
                pay("CB", "Carte bancaire", total - half, tip);
            }
        }

        const qint64 closedMs = midnightUtcMs + qint64(draft.secs) * 1000 + qint64(rng.below(1000));
        QJsonObject sale{
            {QStringLiteral("type"), QStringLiteral("SALE")},
            {QStringLiteral("receiptId"), receiptId},
            {QStringLiteral("accountReference"), QStringLiteral("T%1").arg(n + 1)},
            {QStringLiteral("accountFiscId"),
             QStringLiteral("%1%2").arg(dayKey).arg(n + 1, 5, 10, QLatin1Char('0'))},
            {QStringLiteral("businessLocationId"), blId},
            {QStringLiteral("timeClosed"),
             QDateTime::fromMSecsSinceEpoch(closedMs, Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("nbCovers"), double(covers)},
            {QStringLiteral("dineIn"), draft.kind != Bar},
            {QStringLiteral("tableNumber"),
             draft.kind != Bar ? QString::number(1 + rng.below(18)) : QString()},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("salesLines"), lines},
            {QStringLiteral("payments"), payments},
        };

        const auto anomaly = m_anomalies.find({day.toJulianDay(), n});
        if (anomaly != m_anomalies.end() && !lines.isEmpty()) {
            QJsonObject line = lines.at(0).toObject();
            switch (anomaly->second) {
            case Anomaly::UnknownSku:
                line.insert(QStringLiteral("sku"), QStringLiteral("SKU-INCONNU-999"));
                break;
            case Anomaly::MissingTaxCode:
                line.remove(QStringLiteral("taxCode"));
                line.remove(QStringLiteral("taxLines"));
                break;
            case Anomaly::NotAddingUp: {
                const QString gross = line.value(QStringLiteral("totalNetAmountWithTax")).toString();
                line.insert(QStringLiteral("totalNetAmountWithTax"),
                            micro(*parseMoney(gross.left(gross.size() - 4)) * 10'000 + 1'000'000));
            } break;
            case Anomaly::MalformedAmount:
                line.insert(QStringLiteral("totalNetAmountWithTax"), QStringLiteral("12,50"));
                break;
            }
            lines.replace(0, line);
            sale.insert(QStringLiteral("salesLines"), lines);
        }
        sales.append(sale);

        if (refundedIndex >= 0 && !cancelled) {
            const Entry& e = kMenu[refundedIndex];
            lines = QJsonArray();
            total = 0;
            const QString original = receiptId;
            const QString refundId = receiptId + QStringLiteral("-R");
            // appendLine numbers the lines after the receipt it is given.
            lineNo = 0;
            appendLine(e, -1, -qint64(e.priceCents), 0, {}, {}, {}, 0,
                       QStringLiteral("Remboursement : %1").arg(QString::fromUtf8(e.name)));
            QJsonArray refundLines;
            for (const QJsonValue& v : std::as_const(lines)) {
                QJsonObject l = v.toObject();
                l.insert(QStringLiteral("id"),
                         l.value(QStringLiteral("id")).toString().replace(original, refundId));
                refundLines.append(l);
            }
            const qint64 refundMs = closedMs + 300'000;
            sales.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("REFUND")},
                {QStringLiteral("receiptId"), refundId},
                {QStringLiteral("accountReference"), QStringLiteral("T%1-R").arg(n + 1)},
                {QStringLiteral("accountFiscId"),
                 QStringLiteral("%1%2R").arg(dayKey).arg(n + 1, 5, 10, QLatin1Char('0'))},
                {QStringLiteral("source"),
                 QJsonObject{{QStringLiteral("initialAccountId"), QStringLiteral("T%1").arg(n + 1)},
                             {QStringLiteral("previousAccountId"), QStringLiteral("T%1").arg(n + 1)}}},
                {QStringLiteral("businessLocationId"), blId},
                {QStringLiteral("timeClosed"),
                 QDateTime::fromMSecsSinceEpoch(refundMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                {QStringLiteral("nbCovers"), 0.0},
                {QStringLiteral("cancelled"), false},
                {QStringLiteral("dineIn"), true},
                {QStringLiteral("salesLines"), refundLines},
                {QStringLiteral("payments"),
                 QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("CB")},
                                        {QStringLiteral("description"), QStringLiteral("Carte bancaire")},
                                        {QStringLiteral("paymentMethodId"), methodId("CB")},
                                        {QStringLiteral("netAmountWithTax"), money(total)},
                                        {QStringLiteral("currency"), QStringLiteral("EUR")},
                                        {QStringLiteral("type"), QStringLiteral("NORMAL")}}}},
            });
        }
    }
    // Served sorted by timeClosed (a refund may close after later sales).
    std::stable_sort(sales.begin(), sales.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QLatin1String("timeClosed")).toString() <
               b.value(QLatin1String("timeClosed")).toString();
    });
    return sales;
}

const QList<QJsonObject>& SandboxLightspeed::cachedDay(const QDate& localDate) const
{
    const qint64 key = localDate.toJulianDay();
    auto it = m_dayCache.constFind(key);
    if (it != m_dayCache.constEnd())
        return *it;
    constexpr int kCachedDays = 8;
    while (m_dayCacheOrder.size() >= kCachedDays)
        m_dayCache.remove(m_dayCacheOrder.takeFirst());
    m_dayCacheOrder.append(key);
    return *m_dayCache.insert(key, generateDay(localDate));
}

QList<QJsonObject> SandboxLightspeed::salesOfDay(const QDate& localDate) const
{
    return cachedDay(localDate);
}

SandboxLightspeed::DayTotals SandboxLightspeed::dayTotals(const QDate& localDate) const
{
    DayTotals t;
    const qint64 now = nowMs();
    for (const QJsonObject& sale : cachedDay(localDate)) {
        const QDateTime closed =
            QDateTime::fromString(sale.value(QLatin1String("timeClosed")).toString(), Qt::ISODateWithMs);
        if (closed.toMSecsSinceEpoch() > now)
            break;
        ++t.sales;
        const QJsonArray lines = sale.value(QLatin1String("salesLines")).toArray();
        t.lines += int(lines.size());
        if (sale.value(QLatin1String("cancelled")).toBool()) {
            ++t.cancelled;
            continue;
        }
        qint64 gross = 0, tax = 0;
        for (const QJsonValue& v : lines) {
            const QJsonObject l = v.toObject();
            gross += sixDecimalsToCents(l.value(QLatin1String("totalNetAmountWithTax")).toString());
            tax += sixDecimalsToCents(l.value(QLatin1String("taxAmount")).toString());
        }
        t.grossCents += gross;
        t.netCents += gross - tax;
        t.taxCents += tax;
        if (gross >= 0) {
            ++t.receipts;
            t.covers += sale.value(QLatin1String("nbCovers")).toInt();
        }
    }
    return t;
}

QList<QJsonObject> SandboxLightspeed::salesBetween(const QDateTime& from, const QDateTime& to) const
{
    QList<QJsonObject> result;
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = std::min(to.toMSecsSinceEpoch(), nowMs() + 1);
    for (QDate d = from.toTimeZone(timeZone()).date(); d <= to.toTimeZone(timeZone()).date();
         d = d.addDays(1)) {
        for (const QJsonObject& sale : cachedDay(d)) {
            const qint64 t =
                QDateTime::fromString(sale.value(QLatin1String("timeClosed")).toString(), Qt::ISODateWithMs)
                    .toMSecsSinceEpoch();
            if (t >= fromMs && t < toMs)
                result.append(sale);
        }
    }
    return result;
}

// --- Items ------------------------------------------------------------------

QList<QJsonObject> SandboxLightspeed::items() const
{
    QList<QJsonObject> list;
    for (int i = 0; i < kMenuSize; ++i)
        list.append(item(itemIdOf(i)));
    return list;
}

QJsonObject SandboxLightspeed::item(const QString& itemId) const
{
    const int index = menuIndexOfId(itemId);
    if (index < 0)
        return {};
    const Entry& e = kMenu[index];
    const ItemState state = m_items.value(itemId);
    // The items API's ItemDTO: ids and prices are JSON numbers.
    return QJsonObject{
        {QStringLiteral("id"), itemId.toLongLong()},
        {QStringLiteral("name"), QString::fromUtf8(e.name)},
        {QStringLiteral("docketName"), QString::fromUtf8(e.name).left(64)},
        {QStringLiteral("sku"), QString::fromUtf8(e.sku)},
        {QStringLiteral("active"), true},
        {QStringLiteral("accountingGroup"),
         QJsonObject{{QStringLiteral("id"), QString::fromUtf8(kGroups[e.group].id).toLongLong()},
                     {QStringLiteral("name"), QString::fromUtf8(kGroups[e.group].name)}}},
        {QStringLiteral("costPrice"), double(e.costCents) / 100.0},
        {QStringLiteral("prices"),
         QJsonArray{QJsonObject{{QStringLiteral("amount"), double(state.priceCents) / 100.0},
                                {QStringLiteral("name"), QStringLiteral("Prix")}}}},
        {QStringLiteral("priceMode"), QStringLiteral("AMOUNT")},
        {QStringLiteral("sharingType"), QStringLiteral("LOCAL")},
    };
}

bool SandboxLightspeed::setItemPrice(const QString& itemId, qint64 cents)
{
    auto it = m_items.find(itemId);
    if (it == m_items.end() || cents < 0)
        return false;
    it->priceCents = cents;
    ++it->version;
    it->lastModified = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC).toString(Qt::ISODateWithMs);
    return true;
}

qint64 SandboxLightspeed::itemPriceCents(const QString& itemId) const
{
    return m_items.value(itemId).priceCents;
}

// --- Routes -------------------------------------------------------------------

bool SandboxLightspeed::authorized(const QHttpServerRequest& request) const
{
    if (!m_requireAuth)
        return true;
    const QByteArray auth = header(request, "Authorization");
    if (!auth.startsWith("Bearer "))
        return false;
    SandboxOAuth* oauth = SandboxOAuth::of(m_server);
    return oauth && oauth->isAccessTokenValid(auth.mid(7).trimmed());
}

SandboxLightspeed::SandboxLightspeed(SandboxServer* server)
    : QObject(server)
    , m_server(server)
    , m_seed(server->seed())
{
    for (int i = 0; i < kMenuSize; ++i)
        m_items.insert(itemIdOf(i),
                       ItemState{kMenu[i].priceCents, 1, QStringLiteral("2023-01-02T09:00:00.000Z")});

    using Method = QHttpServerRequest::Method;
    auto unauthorized = [] {
        QHttpServerResponse r = error(QStringLiteral("invalid or missing access token"), 401);
        r.addHeader(QByteArrayLiteral("WWW-Authenticate"),
                    QByteArrayLiteral("Bearer error=\"invalid_token\""));
        return r;
    };
    auto knownLocation = [](const QString& blId) {
        return blId == businessLocationId() || blId == otherBusinessLocationId();
    };

    server->addRoute(
        QStringLiteral("/f/data/businesses"), Method::Get,
        [this, unauthorized](const QHttpServerRequest& request, const QStringList&) {
            if (!authorized(request))
                return unauthorized();
            const QUrlQuery q = request.query();
            const int page = q.queryItemValue(QStringLiteral("page")).toInt();
            auto location = [](const QString& id, const char* name) {
                return QJsonObject{{QStringLiteral("blID"), id.toLongLong()},
                                   {QStringLiteral("blName"), QString::fromUtf8(name)},
                                   {QStringLiteral("country"), QStringLiteral("FR")},
                                   {QStringLiteral("timezone"), QStringLiteral("Europe/Paris")}};
            };
            QJsonArray businesses;
            if (page == 0)
                businesses.append(QJsonObject{
                    {QStringLiteral("businessId"), 4242},
                    {QStringLiteral("businessName"), QStringLiteral("SAS Le Vieux Moulin")},
                    {QStringLiteral("currencyCode"), QStringLiteral("EUR")},
                    {QStringLiteral("businessLocations"),
                     QJsonArray{location(businessLocationId(), "Le Vieux Moulin"),
                                location(otherBusinessLocationId(), "Le Vieux Moulin — Food truck")}}});
            return QHttpServerResponse(hal("businessList", businesses, request.url().toString()));
        });

    server->addRoute(QStringLiteral("/f/v2/business-location/<arg>/sales"), Method::Get,
                     [this, unauthorized](const QHttpServerRequest& request, const QStringList& captures) {
                         if (!authorized(request))
                             return unauthorized();
                         return salesPage(request, captures.value(0));
                     });
    server->addRoute(QStringLiteral("/f/v2/business-location/<arg>/sales-daily"), Method::Get,
                     [this, unauthorized](const QHttpServerRequest& request, const QStringList& captures) {
                         if (!authorized(request))
                             return unauthorized();
                         return salesDaily(request, captures.value(0));
                     });
    server->addRoute(
        QStringLiteral("/f/finance/<arg>/accountingGroups"), Method::Get,
        [this, unauthorized, knownLocation](const QHttpServerRequest& request, const QStringList& captures) {
            if (!authorized(request))
                return unauthorized();
            if (!knownLocation(captures.value(0)))
                return error(QStringLiteral("unknown business location"), 404);
            QJsonArray groups;
            for (const Group& g : kGroups)
                groups.append(
                    QJsonObject{{QStringLiteral("accountingGroupId"), QString::fromUtf8(g.id).toLongLong()},
                                {QStringLiteral("name"), QString::fromUtf8(g.name)},
                                {QStringLiteral("statisticGroup"), QString::fromUtf8(g.name)},
                                {QStringLiteral("code"), QString::fromUtf8(g.code)}});
            return QHttpServerResponse(hal("accountingGroupList", groups, request.url().toString()));
        });
    server->addRoute(
        QStringLiteral("/f/finance/<arg>/paymentMethods"), Method::Get,
        [this, unauthorized, knownLocation](const QHttpServerRequest& request, const QStringList& captures) {
            if (!authorized(request))
                return unauthorized();
            if (!knownLocation(captures.value(0)))
                return error(QStringLiteral("unknown business location"), 404);
            QJsonArray methods;
            for (const PaymentMethod& m : kMethods)
                methods.append(QJsonObject{
                    {QStringLiteral("name"), QString::fromUtf8(m.name)},
                    {QStringLiteral("code"), QString::fromLatin1(m.code)},
                    {QStringLiteral("accountingReference"), QString::fromLatin1(m.accountingReference)},
                    {QStringLiteral("pmId"), m.id}});
            return QHttpServerResponse(hal("paymentMethodList", methods, request.url().toString()));
        });
    server->addRoute(
        QStringLiteral("/f/finance/<arg>/tax-rates"), Method::Get,
        [this, unauthorized, knownLocation](const QHttpServerRequest& request, const QStringList& captures) {
            if (!authorized(request))
                return unauthorized();
            if (!knownLocation(captures.value(0)))
                return error(QStringLiteral("unknown business location"), 404);
            // `rate` is a JSON number and a multiplier (1.1 = 10 %); Qt
            // writes a double's shortest exact text ("1.055").
            QJsonArray taxes;
            for (const Tax& t : kTaxes)
                taxes.append(QJsonObject{
                    {QStringLiteral("code"), QString::fromUtf8(t.code)},
                    {QStringLiteral("description"), QString::fromUtf8(t.description)},
                    {QStringLiteral("rate"), double(10'000 + t.bp) / 10'000.0},
                    {QStringLiteral("taxIncluded"), true},
                    {QStringLiteral("accountingReference"), QString::fromLatin1(t.accountingReference)}});
            return QHttpServerResponse(hal("taxRateList", taxes, request.url().toString()));
        });
    server->addRoute(QStringLiteral("/items/v1/items"), Method::Get,
                     [this, unauthorized](const QHttpServerRequest& request, const QStringList&) {
                         if (!authorized(request))
                             return unauthorized();
                         return itemsPage(request);
                     });
    server->addRoute(QStringLiteral("/items/v1/items/<arg>"), Method::Get | Method::Put,
                     [this, unauthorized](const QHttpServerRequest& request, const QStringList& captures) {
                         if (!authorized(request))
                             return unauthorized();
                         return itemRoute(request, captures.value(0));
                     });
    server->addRoute(
        QStringLiteral("/o/op/1/menu/discounts"), Method::Get,
        [this, unauthorized, knownLocation](const QHttpServerRequest& request, const QStringList&) {
            if (!authorized(request))
                return unauthorized();
            if (!knownLocation(request.query().queryItemValue(QStringLiteral("businessLocationId"))))
                return error(QStringLiteral("businessLocationId is missing or unknown"), 400);
            // The order-and-pay document's apeDiscount: {name, code,
            // discountPercentage | discountAmount}, numbers.
            const QJsonArray discounts{
                QJsonObject{{QStringLiteral("name"), QStringLiteral("Remise fidélité 10 %")},
                            {QStringLiteral("code"), QStringLiteral("FIDELITE10")},
                            {QStringLiteral("discountPercentage"), 10.0}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("Geste commercial")},
                            {QStringLiteral("code"), QStringLiteral("GESTE")},
                            {QStringLiteral("discountAmount"), 5.0}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("Happy hour (pression)")},
                            {QStringLiteral("code"), QStringLiteral("HAPPY")},
                            {QStringLiteral("discountPercentage"), 50.0}}};
            return QHttpServerResponse(discounts);
        });

    // Hooks for tests and demos.
    server->addRoute(QStringLiteral("/_sandbox/lightspeed/items/<arg>/price"), Method::Post,
                     [this](const QHttpServerRequest& request, const QStringList& captures) {
                         const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                         const std::optional<qint64> cents =
                             parseMoney(body.value(QStringLiteral("price")).toString());
                         if (!cents)
                             return error(QStringLiteral("price must be a decimal string"), 400);
                         if (!setItemPrice(captures.value(0), *cents))
                             return error(QStringLiteral("unknown item"), 404);
                         return QHttpServerResponse(item(captures.value(0)));
                     });
    server->addRoute(QStringLiteral("/_sandbox/lightspeed/anomalies"), Method::Post | Method::Delete,
                     [this](const QHttpServerRequest& request, const QStringList&) {
                         if (request.method() == QHttpServerRequest::Method::Delete) {
                             clearAnomalies();
                             return QHttpServerResponse(QJsonObject{{QStringLiteral("cleared"), true}});
                         }
                         const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                         const QDate date =
                             QDate::fromString(body.value(QStringLiteral("date")).toString(), Qt::ISODate);
                         const std::optional<Anomaly> kind =
                             anomalyFromName(body.value(QStringLiteral("kind")).toString());
                         if (!date.isValid() || !kind)
                             return error(QStringLiteral("date (YYYY-MM-DD) and kind (unknown_sku, "
                                                         "missing_tax_code, not_adding_up, malformed_amount) "
                                                         "are required"),
                                          400);
                         injectAnomaly(date, body.value(QStringLiteral("index")).toInt(), *kind);
                         return QHttpServerResponse(QJsonObject{{QStringLiteral("injected"), true}});
                     });
}

QHttpServerResponse SandboxLightspeed::salesPage(const QHttpServerRequest& request, const QString& blId)
{
    if (blId != businessLocationId() && blId != otherBusinessLocationId())
        return error(QStringLiteral("unknown business location"), 404);
    const QUrlQuery q = request.query();
    const QDateTime from = QDateTime::fromString(q.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded),
                                                 Qt::ISODateWithMs);
    const QDateTime to =
        QDateTime::fromString(q.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded), Qt::ISODateWithMs);
    if (!from.isValid() || !to.isValid())
        return error(QStringLiteral("from and to are required (ISO 8601)"), 400);
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    if (toMs <= fromMs)
        return error(QStringLiteral("to must be after from"), 400);
    if (toMs - fromMs > kMaxRangeDays * kDayMs)
        return error(QStringLiteral("the range from-to must not exceed %1 days").arg(kMaxRangeDays), 400);
    int pageSize = kDefaultPageSize;
    const QString sizeText = q.queryItemValue(QStringLiteral("pageSize"));
    if (!sizeText.isEmpty()) {
        bool ok = false;
        pageSize = sizeText.toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > kMaxPageSize)
            return error(QStringLiteral("pageSize must be between 1 and %1").arg(kMaxPageSize), 400);
    }

    const QTimeZone zone = timeZone();
    qint64 day = from.toTimeZone(zone).date().toJulianDay();
    int index = 0;
    const QString token = q.queryItemValue(QStringLiteral("nextPageToken"), QUrl::FullyDecoded);
    if (!token.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(
            token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QList<QByteArray> parts = decoded.split('|');
        const QByteArray payload = decoded.left(decoded.lastIndexOf('|'));
        if (parts.size() != 6 || parts.at(0) != "v1" ||
            QString::fromLatin1(parts.at(5)) != tokenChecksum(payload, m_seed))
            return error(QStringLiteral("invalid nextPageToken"), 400);
        if (parts.at(1).toLongLong() != fromMs || parts.at(2).toLongLong() != toMs)
            return error(QStringLiteral("nextPageToken does not belong to this from/to"), 400);
        day = parts.at(3).toLongLong();
        index = parts.at(4).toInt();
    }

    QJsonArray sales;
    QString next;
    if (blId == businessLocationId()) {
        const qint64 now = nowMs();
        const qint64 endMs = std::min(toMs, now + 1);
        const qint64 lastDay =
            QDateTime::fromMSecsSinceEpoch(endMs, Qt::UTC).toTimeZone(zone).date().toJulianDay();
        bool done = false;
        for (; day <= lastDay && !done; ++day, index = 0) {
            const QList<QJsonObject>& daySales = cachedDay(QDate::fromJulianDay(day));
            for (int i = index; i < daySales.size(); ++i) {
                const QJsonObject& sale = daySales.at(i);
                const qint64 t = QDateTime::fromString(sale.value(QLatin1String("timeClosed")).toString(),
                                                       Qt::ISODateWithMs)
                                     .toMSecsSinceEpoch();
                if (t < fromMs)
                    continue;
                if (t >= endMs) {
                    done = true;
                    break;
                }
                if (sales.size() == pageSize) {
                    const QByteArray payload =
                        QStringLiteral("v1|%1|%2|%3|%4").arg(fromMs).arg(toMs).arg(day).arg(i).toLatin1();
                    next = QString::fromLatin1(
                        QByteArray(payload + '|' + tokenChecksum(payload, m_seed).toLatin1())
                            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
                    done = true;
                    break;
                }
                sales.append(sale);
            }
        }
    }
    QJsonObject body{{QStringLiteral("sales"), sales},
                     {QStringLiteral("dataComplete"), toMs <= nowMs() - 60'000}};
    if (!next.isEmpty())
        body.insert(QStringLiteral("nextPageToken"), next);
    return QHttpServerResponse(body);
}

QHttpServerResponse SandboxLightspeed::salesDaily(const QHttpServerRequest& request, const QString& blId)
{
    if (blId != businessLocationId() && blId != otherBusinessLocationId())
        return error(QStringLiteral("unknown business location"), 404);
    const QDate date = QDate::fromString(request.query().queryItemValue(QStringLiteral("date")), Qt::ISODate);
    if (!date.isValid())
        return error(QStringLiteral("date (YYYY-MM-DD) is required"), 400);
    const DayTotals t = blId == businessLocationId() ? dayTotals(date) : DayTotals{};
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("businessLocationId"), blId},
        {QStringLiteral("date"), date.toString(Qt::ISODate)},
        {QStringLiteral("numberOfSales"), t.receipts},
        {QStringLiteral("cancelledSales"), t.cancelled},
        {QStringLiteral("nbCovers"), t.covers},
        {QStringLiteral("totalNetAmountWithTax"), money(t.grossCents)},
        {QStringLiteral("totalNetAmountWithoutTax"), money(t.netCents)},
        {QStringLiteral("totalTaxAmount"), money(t.taxCents)},
        {QStringLiteral("dataComplete"), date.endOfDay(timeZone()).toMSecsSinceEpoch() <= nowMs() - 60'000},
    });
}

QHttpServerResponse SandboxLightspeed::itemsPage(const QHttpServerRequest& request)
{
    const QUrlQuery q = request.query();
    if (q.queryItemValue(QStringLiteral("businessLocationId")) != businessLocationId())
        return q.queryItemValue(QStringLiteral("businessLocationId")) == otherBusinessLocationId()
                   ? QHttpServerResponse(QJsonArray{})
                   : itemsError(400, QStringLiteral("businessLocationId is missing or unknown"),
                                {{QStringLiteral("businessLocationId"),
                                  QStringLiteral("must be a known business location")}});
    bool ok = true;
    const QString offsetText = q.queryItemValue(QStringLiteral("offset"));
    const int offset = offsetText.isEmpty() ? 0 : offsetText.toInt(&ok);
    if (!ok || offset < 0)
        return itemsError(400, QStringLiteral("Constraint violation"),
                          {{QStringLiteral("offset"), QStringLiteral("must be greater than or equal to 0")}});
    const QString amountText = q.queryItemValue(QStringLiteral("amount"));
    const int amount = amountText.isEmpty() ? 50 : amountText.toInt(&ok);
    if (!ok || amount < 1 || amount > kMaxItemsAmount)
        return itemsError(
            400, QStringLiteral("Constraint violation"),
            {{QStringLiteral("amount"), QStringLiteral("must be between 1 and %1").arg(kMaxItemsAmount)}});
    QJsonArray page;
    for (int i = offset; i < std::min(kMenuSize, offset + amount); ++i)
        page.append(item(itemIdOf(i)));
    return QHttpServerResponse(page);
}

QHttpServerResponse SandboxLightspeed::itemRoute(const QHttpServerRequest& request, const QString& itemId)
{
    if (menuIndexOfId(itemId) < 0)
        return itemsError(404, QStringLiteral("Item not found"));
    if (request.method() != QHttpServerRequest::Method::Put)
        return QHttpServerResponse(item(itemId));

    ++m_putRequests;
    const QByteArray key = header(request, "Idempotency-Key");
    const QByteArray body = request.body();
    if (!key.isEmpty()) {
        const auto known = m_puts.constFind(key);
        if (known != m_puts.constEnd()) {
            if (known->body != body)
                return error(QStringLiteral("Idempotency-Key reused with a different body"), 422);
            QHttpServerResponse replay(QByteArrayLiteral("application/json"), known->response);
            replay.addHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
            return replay;
        }
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return itemsError(400, QStringLiteral("The body must be a JSON object"));
    const QJsonObject o = doc.object();
    // UpdateItemDTO: name, businessLocationId, sku, defaultPrice and
    // accountingGroupId are required; ids and prices are numbers.
    QList<std::pair<QString, QString>> problems;
    if (!o.value(QStringLiteral("name")).isString() || o.value(QStringLiteral("name")).toString().isEmpty())
        problems.append({QStringLiteral("name"), QStringLiteral("must not be empty")});
    if (!o.value(QStringLiteral("sku")).isString())
        problems.append({QStringLiteral("sku"), QStringLiteral("must not be null")});
    if (!o.value(QStringLiteral("businessLocationId")).isDouble())
        problems.append({QStringLiteral("businessLocationId"), QStringLiteral("must be a number")});
    else if (qint64(o.value(QStringLiteral("businessLocationId")).toDouble()) !=
             businessLocationId().toLongLong())
        problems.append({QStringLiteral("businessLocationId"), QStringLiteral("does not match the item")});
    if (!o.value(QStringLiteral("accountingGroupId")).isDouble())
        problems.append({QStringLiteral("accountingGroupId"), QStringLiteral("must be a number")});
    std::optional<qint64> price;
    const QJsonValue priceValue = o.value(QStringLiteral("defaultPrice"));
    if (priceValue.isDouble()) {
        const double cents = priceValue.toDouble() * 100.0;
        if (cents >= 0 && std::fabs(cents - std::round(cents)) < 1e-6)
            price = qint64(std::llround(cents));
    }
    if (!price)
        problems.append({QStringLiteral("defaultPrice"),
                         QStringLiteral("must be a number with at most two decimals, such as 12.5")});
    if (!problems.isEmpty())
        return itemsError(400, QStringLiteral("Constraint violation"), problems);
    setItemPrice(itemId, *price);
    ++m_updatesApplied;
    const QByteArray response = QJsonDocument(item(itemId)).toJson(QJsonDocument::Compact);
    if (!key.isEmpty())
        m_puts.insert(key, Put{body, response});
    return QHttpServerResponse(QByteArrayLiteral("application/json"), response);
}

} // namespace Moulin
