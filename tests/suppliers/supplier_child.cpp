// tst_supplier_child: the Moulin that tst_supplierkill kills while it sends
// an order. One line per step on stdout (flushed at once):
//   tst_supplier_child place <db> <api-url>
//       stores and queues an order to the sandbox's METRO (its supplier and
//       first products from the sandbox's own data, seed 41), prints
//       "queued <key>", then "confirmed" and exits 0 once METRO confirms.
//   tst_supplier_child resume <db> <api-url>
//       starts the outbox (a write left "sending" is sent again), queues the
//       orders stored but not queued, prints "confirmed" at the first
//       confirmation and exits 0.
#include "common/core/database.h"
#include "common/sync/outbox.h"
#include "sandbox/core/sandboxserver.h"
#include "supplierfixtures.h"
#include "suppliers/connectors/peppol/sandboxsuppliers.h"
#include "suppliers/connectors/peppol/supplierordering.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Moulin;

namespace {

void say(const QByteArray& line)
{
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
}

Order sandboxOrder()
{
    SandboxServer sandbox(41); // not listening: its suppliers' data only
    SandboxSuppliers* suppliers = SandboxSuppliers::of(&sandbox);
    const Supplier metro = suppliers->suppliers(QStringLiteral("metro")).first();
    const QList<CatalogueItem> catalogue = suppliers->catalogue(QStringLiteral("metro"));
    const QDate today = QDate::currentDate();
    Order order;
    order.id = OrderIdentity::makeOrderId(today, 1);
    order.supplierId = metro.id;
    order.issueDate = today;
    order.deliveryDate = metro.nextDelivery(QDateTime::currentDateTime());
    order.buyer = Test::restaurant();
    order.seller = SellerParty::of(metro);
    for (int i = 0; i < 5; ++i)
        order.addLine(
            OrderLine::of(catalogue.at(i).product, Decimal::fromInt(2), OrderLine::Unit::Packs, today));
    return order;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: tst_supplier_child place|resume <db> <api-url>\n");
        return 2;
    }
    const DatabaseOpenResult opened = Database::openAndMigrate(args.at(2));
    if (!opened.ok()) {
        std::fprintf(stderr, "tst_supplier_child: %s\n", qUtf8Printable(opened.message));
        return 3;
    }
    QTimer::singleShot(60'000, &app, [] { QCoreApplication::exit(4); }); // never hang a test
    const QString connector = QStringLiteral("metro");
    Outbox::Options options;
    options.baseRetryMs = 200;
    options.maxRetryMs = 1000;
    Outbox outbox(options);
    outbox.registerHandler(connector, QLatin1String(SupplierOrdering::kOrderKind),
                           SupplierOrdering::handler(QUrl(args.at(3)), connector, 3000));
    QObject::connect(&outbox, &Outbox::itemConfirmed, &app, [] {
        say("confirmed");
        QCoreApplication::exit(0);
    });
    QSqlDatabase db = Database::connection();
    if (args.at(1) == QLatin1String("place")) {
        const SupplierOrdering::Placed placed =
            SupplierOrdering::place(db, &outbox, connector, sandboxOrder());
        if (!placed.ok) {
            std::fprintf(stderr, "tst_supplier_child: %s\n", qUtf8Printable(placed.error));
            return 5;
        }
        say("queued " + placed.idempotencyKey);
    } else {
        SupplierOrdering::requeue(db, &outbox, connector);
    }
    outbox.start();
    const int code = app.exec();
    Database::closeConnection();
    return code;
}
