#include "benchsupport.h"

#include "common/core/database.h"
#include "pos/connectors/lightspeed/sandboxlightspeed.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace Moulin::Bench {

void loadLightspeedReference(SandboxLightspeed* ls)
{
    QSqlDatabase db = Database::connection();
    Database::exec(db, QStringLiteral("INSERT INTO pos_tax_rate(tax_code, vat_bp) VALUES ('TVA10', 1000), "
                                      "('TVA20', 2000), ('TVA55', 550)"));
    for (const QJsonObject& item : ls->items()) {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO pos_item(item_id, sku, name, group_id, remote_price_cents) VALUES "
                           "(?, ?, ?, ?, 0)"));
        q.addBindValue(QString::number(item.value(QStringLiteral("id")).toInteger()));
        q.addBindValue(item.value(QStringLiteral("sku")).toString());
        q.addBindValue(item.value(QStringLiteral("name")).toString());
        q.addBindValue(QString::number(item.value(QStringLiteral("accountingGroup"))
                                           .toObject()
                                           .value(QStringLiteral("id"))
                                           .toInteger()));
        Database::exec(q, "bench item");
    }
    Database::exec(
        db, QStringLiteral("INSERT INTO pos_accounting_group(group_id, name, tax_code) VALUES "
                           "('100001', 'Entrées', 'TVA10'), ('100002', 'Plats', 'TVA10'), ('100003', "
                           "'Desserts', 'TVA10'), ('100004', 'Formules et menus', 'TVA10'), ('100005', "
                           "'Boissons sans alcool', 'TVA10'), ('100006', 'Boissons chaudes', "
                           "'TVA10'), ('100007', 'Vins', 'TVA20'), ('100008', 'Bières, apéritifs et "
                           "spiritueux', 'TVA20'), ('100009', 'Vente à emporter', 'TVA55')"));
}

} // namespace Moulin::Bench
