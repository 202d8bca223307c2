#include "suppliers/connectors/peppol/sandboxcatalogue.h"

#include "sandbox/core/sandboxhttp.h"
#include "suppliers/core/identifiers.h"

#include <QSet>

namespace Moulin::SandboxCatalogue {

namespace {

/// A product family: its name, the unit its price is for, a price range in
/// cents per unit, the packs it comes in, its VAT rate.
struct Base
{
    const char* name;
    const char* unit; ///< KGM, LTR, C62
    int minCents;
    int maxCents;
    const char* packs; ///< "5:XBX,10:XBG" (units per pack : pack code)
    VatRate vat;
};

struct Department
{
    const char* category;
    QList<Base> bases;
    QList<const char*> qualities; ///< "" = none
    QList<const char*> origins;   ///< "" = none
};

const QList<Department>& departments()
{
    const VatRate food = VatRate::Reduced55;
    static const QList<Department> all{
        {"Fruits et légumes",
         {{"Pommes de terre Agata", "KGM", 55, 120, "10:XBG,25:XBG", food},
          {"Pommes de terre Charlotte", "KGM", 70, 150, "10:XBG,12.5:XBG", food},
          {"Carottes", "KGM", 70, 160, "5:XBX,10:XBG", food},
          {"Oignons jaunes", "KGM", 60, 140, "5:XBG,10:XBG", food},
          {"Échalotes", "KGM", 250, 520, "2:XBG,5:XBG", food},
          {"Tomates grappe", "KGM", 210, 420, "6:XBX", food},
          {"Tomates cœur de bœuf", "KGM", 320, 690, "5:XCR", food},
          {"Courgettes", "KGM", 150, 340, "5:XCR", food},
          {"Aubergines", "KGM", 190, 390, "5:XCR", food},
          {"Poivrons rouges", "KGM", 260, 520, "5:XCR", food},
          {"Salade batavia", "C62", 65, 140, "12:XCR", food},
          {"Mâche", "KGM", 690, 1290, "1:XBX", food},
          {"Poireaux", "KGM", 150, 320, "5:XBX", food},
          {"Champignons de Paris", "KGM", 320, 590, "3:XBX", food},
          {"Citrons jaunes", "KGM", 180, 390, "5:XCR", food},
          {"Pommes Golden", "KGM", 140, 290, "6:XCR,13:XCR", food},
          {"Poires Conférence", "KGM", 190, 360, "6:XCR", food},
          {"Fraises Gariguette", "KGM", 790, 1490, "2:XCR", food},
          {"Oranges à jus", "KGM", 140, 260, "10:XCR", food},
          {"Ail violet", "KGM", 690, 1250, "1:XBG,5:XBX", food},
          {"Persil plat", "C62", 55, 120, "12:XBX", food},
          {"Haricots verts extra-fins", "KGM", 490, 990, "3:XBX", food}},
         {"", "catégorie 1", "catégorie extra", "Bio", "calibre moyen"},
         {"France", "Bretagne", "Provence", "Val de Loire", "Espagne", "Maroc", "Italie", "Pays-Bas"}},
        {"Viandes",
         {{"Entrecôte de bœuf", "KGM", 2290, 3690, "1:XBX,5:XBX", food},
          {"Bavette d'aloyau", "KGM", 1590, 2390, "1:XBX,3:XBX", food},
          {"Filet de bœuf", "KGM", 3990, 5990, "1:XBX", food},
          {"Joue de bœuf", "KGM", 1190, 1690, "2:XBX", food},
          {"Suprême de volaille", "KGM", 1090, 1690, "2:XBX,5:XBX", food},
          {"Cuisse de poulet", "KGM", 490, 890, "5:XBX", food},
          {"Magret de canard", "KGM", 1990, 2890, "2:XBX", food},
          {"Carré d'agneau", "KGM", 2890, 4290, "1:XBX", food},
          {"Épaule d'agneau", "KGM", 1390, 1990, "2:XBX", food},
          {"Filet mignon de porc", "KGM", 1090, 1590, "2:XBX", food},
          {"Échine de porc", "KGM", 690, 990, "3:XBX", food},
          {"Jambon blanc supérieur", "KGM", 1190, 1790, "1:XPK,4:XBX", food},
          {"Lardons fumés", "KGM", 790, 1190, "1:XPK,5:XBX", food},
          {"Saucisse de Toulouse", "KGM", 890, 1390, "2:XBX", food},
          {"Noix de veau", "KGM", 2490, 3490, "1:XBX", food}},
         {"", "Label Rouge", "sous vide", "Charolais", "fermier", "Bio"},
         {"France", "Limousin", "Normandie", "Auvergne", "Sud-Ouest", "Irlande", "Bretagne"}},
        {"Marée",
         {{"Filet de cabillaud", "KGM", 1790, 2690, "1:XBX,3:XBX", food},
          {"Pavé de saumon", "KGM", 1690, 2490, "1:XBX,3:XBX", food},
          {"Filet de lieu jaune", "KGM", 1890, 2790, "1:XBX", food},
          {"Dos de merlu", "KGM", 1490, 2190, "1:XBX", food},
          {"Bar de ligne", "KGM", 2490, 3690, "1:XBX", food},
          {"Dorade royale", "KGM", 1290, 1990, "2:XBX", food},
          {"Moules de bouchot", "KGM", 390, 690, "5:XBG", food},
          {"Huîtres creuses n°3", "C62", 65, 120, "24:XBJ,48:XBJ", food},
          {"Crevettes roses cuites", "KGM", 1490, 2290, "1:XBX", food},
          {"Noix de Saint-Jacques", "KGM", 3990, 5990, "1:XBX", food},
          {"Sardines entières", "KGM", 590, 990, "2:XBX", food},
          {"Thon albacore en longe", "KGM", 2690, 3990, "1:XBX", food}},
         {"", "MSC", "de ligne", "extra-frais", "surgelé"},
         {"Atlantique Nord-Est", "Bretagne", "Normandie", "Méditerranée", "Écosse", "Norvège", "Vendée"}},
        {"Crèmerie",
         {{"Beurre doux 250 g", "C62", 185, 290, "20:XCT,40:XCT", food},
          {"Beurre demi-sel 250 g", "C62", 195, 310, "20:XCT", food},
          {"Crème fraîche épaisse 35 % 1 L", "LTR", 390, 590, "6:XCT", food},
          {"Crème liquide 35 % 1 L", "LTR", 360, 520, "6:XCT,12:XCT", food},
          {"Lait entier 1 L", "LTR", 95, 145, "6:XCT,12:XCT", food},
          {"Œufs frais calibre M", "C62", 22, 38, "30:XCT,180:XCT", food},
          {"Comté 18 mois", "KGM", 1890, 2690, "1:XPK,5:XBX", food},
          {"Camembert 250 g", "C62", 190, 340, "6:XCT", food},
          {"Roquefort", "KGM", 1890, 2590, "1:XPK", food},
          {"Mozzarella di bufala 125 g", "C62", 160, 260, "12:XCT", food},
          {"Parmesan 24 mois", "KGM", 1990, 2890, "1:XPK", food},
          {"Yaourt nature 125 g", "C62", 22, 42, "24:XCT,48:XCT", food},
          {"Fromage blanc 20 %", "KGM", 290, 450, "5:XBJ", food},
          {"Mascarpone 500 g", "C62", 290, 460, "6:XCT", food}},
         {"", "AOP", "Bio", "fermier", "au lait cru"},
         {"France", "Normandie", "Charentes-Poitou", "Jura", "Savoie", "Bretagne", "Italie"}},
        {"Épicerie",
         {{"Huile d'olive vierge extra", "LTR", 690, 1190, "1:XBO,5:XTN", food},
          {"Huile de tournesol", "LTR", 190, 320, "5:XTN,10:XTN", food},
          {"Farine de blé T55", "KGM", 65, 110, "1:XPA,25:XSA", food},
          {"Sucre en poudre", "KGM", 95, 160, "1:XPA,10:XSA", food},
          {"Riz basmati", "KGM", 220, 390, "5:XSA", food},
          {"Pâtes penne rigate", "KGM", 160, 290, "3:XPA,5:XBX", food},
          {"Lentilles vertes", "KGM", 290, 490, "5:XSA", food},
          {"Moutarde de Dijon", "KGM", 390, 690, "1:XBJ,5:XBJ", food},
          {"Vinaigre de vin rouge", "LTR", 160, 290, "1:XBO,5:XTN", food},
          {"Sel de Guérande", "KGM", 190, 390, "1:XPA,5:XSA", food},
          {"Poivre noir en grains", "KGM", 1890, 2990, "0.5:XPA,1:XPA", food},
          {"Chocolat de couverture 64 %", "KGM", 1290, 1990, "1:XPA,5:XBX", food},
          {"Tomates pelées", "KGM", 190, 320, "2.5:XTN,5:XTN", food},
          {"Fond de veau déshydraté", "KGM", 1490, 2390, "1:XBJ", food},
          {"Café en grains", "KGM", 1490, 2490, "1:XPA,6:XBX", food},
          {"Thé noir", "C62", 8, 16, "100:XBX", food}},
         {"", "Bio", "premium", "Label Rouge", "format restauration"},
         {"France", "Italie", "Espagne", "Provence", "Camargue", "Guérande"}},
        {"Boissons",
         {{"Côtes du Rhône rouge 75 cl", "C62", 390, 790, "6:XCT,12:XCT", VatRate::Standard20},
          {"Bordeaux supérieur rouge 75 cl", "C62", 490, 990, "6:XCT", VatRate::Standard20},
          {"Muscadet sur lie 75 cl", "C62", 390, 690, "6:XCT", VatRate::Standard20},
          {"Chablis 75 cl", "C62", 990, 1590, "6:XCT", VatRate::Standard20},
          {"Crémant de Loire brut 75 cl", "C62", 690, 1090, "6:XCT", VatRate::Standard20},
          {"Champagne brut 75 cl", "C62", 1990, 3290, "6:XCT", VatRate::Standard20},
          {"Bière blonde fût 30 L", "LTR", 290, 490, "30:XCS", VatRate::Standard20},
          {"Bière blonde 33 cl", "C62", 75, 140, "24:XCS", VatRate::Standard20},
          {"Cidre brut 75 cl", "C62", 290, 490, "6:XCT,12:XCT", VatRate::Standard20},
          {"Eau minérale plate 1 L", "C62", 45, 85, "6:XCT,12:XCS", food},
          {"Eau gazeuse 50 cl", "C62", 55, 95, "24:XCS", food},
          {"Jus d'orange 1 L", "C62", 190, 350, "6:XCT", food},
          {"Sirop de grenadine 1 L", "C62", 290, 490, "6:XCT", food},
          {"Limonade artisanale 33 cl", "C62", 95, 170, "12:XCS,24:XCS", food}},
         {"", "Bio", "AOP", "cuvée prestige", "vieilles vignes"},
         {"France", "Vallée du Rhône", "Bordeaux", "Loire", "Bourgogne", "Alsace", "Normandie", "Champagne"}},
    };
    return all;
}

QString trimmed(const QStringList& parts)
{
    QStringList out;
    for (const QString& part : parts)
        if (!part.isEmpty())
            out.append(part);
    return out.join(QStringLiteral(", "));
}

/// Packaged goods sold under national brands (the same GTIN everywhere).
bool isBranded(const QString& category)
{
    return category == u"Épicerie" || category == u"Boissons" || category == u"Crèmerie";
}

/// FNV-1a over the UTF-16 text: the same in every process.
quint64 stableHash(const QString& text)
{
    quint64 h = 14695981039346656037ULL;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

} // namespace

QStringList categories()
{
    QStringList out;
    for (const Department& d : departments())
        out.append(QString::fromUtf8(d.category));
    return out;
}

QList<CatalogueItem> generate(const QString& supplierId, const QString& skuPrefix, quint32 seed, int count,
                              const QStringList& wanted)
{
    QList<const Department*> chosen;
    for (const Department& d : departments())
        if (wanted.isEmpty() || wanted.contains(QString::fromUtf8(d.category)))
            chosen.append(&d);
    QList<CatalogueItem> out;
    if (chosen.isEmpty() || count <= 0)
        return out;
    out.reserve(count);
    const quint64 base = (quint64(seed) << 32) ^ qHash(supplierId);
    QSet<QString> names;
    // The company part of the GTINs: one per supplier, in the French GS1
    // range (300–379).
    const int company = int(SandboxHttp::mix(base) % 9000) + 1000;
    quint64 draw = 0;
    for (int i = 0; out.size() < count && draw < quint64(count) * 50; ++draw) {
        const quint64 r = SandboxHttp::mix(base + draw * 0x9E37);
        const Department& d = *chosen.at(int(r % quint64(chosen.size())));
        const Base& b = d.bases.at(int((r >> 8) % quint64(d.bases.size())));
        const QString quality =
            QString::fromUtf8(d.qualities.at(int((r >> 16) % quint64(d.qualities.size()))));
        const QString origin = QString::fromUtf8(d.origins.at(int((r >> 24) % quint64(d.origins.size()))));
        const QStringList packs = QString::fromLatin1(b.packs).split(u',');
        const QStringList pack = packs.at(int((r >> 32) % quint64(packs.size()))).split(u':');
        const QString name = trimmed({QString::fromUtf8(b.name), quality, origin});
        const QString key = name + u'|' + pack.at(0) + pack.at(1);
        if (names.contains(key))
            continue;
        names.insert(key);

        CatalogueItem item;
        item.category = QString::fromUtf8(d.category);
        Product& p = item.product;
        p.supplierId = supplierId;
        ++i;
        p.sku = skuPrefix + QString::number(100000 + i * 7 + int((r >> 40) % 7));
        p.name = name;
        p.unitCode = QString::fromLatin1(b.unit);
        p.packSize = Decimal::parse(pack.at(0)).value_or(Decimal::fromInt(1));
        p.packUnitCode = pack.at(1);
        const int spread = b.maxCents - b.minCents + 1;
        int cents = b.minCents + int((r >> 44) % quint64(spread));
        if (quality == QLatin1String("Bio") || quality == QLatin1String("Label Rouge") ||
            quality == QLatin1String("AOP"))
            cents = cents * 5 / 4; // the label costs
        p.unitPrice = Decimal::fromCents(cents);
        p.vat = b.vat;
        // Meat, fish and cheese by weight may be ordered by the kilo.
        p.soldByPackOnly = !(p.unitCode == QLatin1String("KGM") && p.packSize <= Decimal::fromInt(3));
        // Fresh produce sold loose by weight often has no GTIN; the rest
        // carries a GTIN-13 with its check digit.
        const bool loose = p.unitCode == QLatin1String("KGM") && ((r >> 52) % 4 == 0);
        if (!loose && isBranded(item.category)) {
            // A national brand: the manufacturer's GTIN, the same at every
            // supplier that carries the same product in the same pack.
            const quint64 h = SandboxHttp::mix(stableHash(key));
            const QString digits = QStringLiteral("30%1%2")
                                       .arg(int(h % 9000) + 1000, 4, 10, QLatin1Char('0'))
                                       .arg(int((h >> 16) % 1000000), 6, 10, QLatin1Char('0'));
            p.gtin = digits + QString::number(Gtin::checkDigit(digits));
        } else if (!loose) {
            const QString digits = QStringLiteral("37%1%2")
                                       .arg(company, 4, 10, QLatin1Char('0'))
                                       .arg((i * 13 + int(seed % 1000)) % 1000000, 6, 10, QLatin1Char('0'));
            p.gtin = digits + QString::number(Gtin::checkDigit(digits));
        }
        out.append(item);
    }
    return out;
}

} // namespace Moulin::SandboxCatalogue
