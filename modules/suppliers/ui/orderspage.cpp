#include "suppliers/ui/orderspage.h"

#include "common/core/database.h"
#include "common/core/dbworker.h"
#include "common/runtime/connectorruntime.h"
#include "common/sync/quarantine.h"
#include "suppliers/connectors/email/emailordering.h"
#include "suppliers/core/orderdraft.h"
#include "suppliers/core/orderdraftstore.h"
#include "suppliers/print/orderexport.h"
#include "suppliers/ui/tableemptyhint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Moulin {

/// What the Commandes page shows, read in one go.
struct OrdersRead
{
    QList<StoredOrder> orders;
    QList<Supplier> suppliers;
    QHash<QString, EmailOrdering::Transmission> transmissions;
    QList<SupplierStore::StoredResponse> unmatched;
    QList<QuarantinedRecord> setAside; ///< answers the supplier feeds set aside

    static std::shared_ptr<const OrdersRead> load(QSqlDatabase& db)
    {
        auto read = std::make_shared<OrdersRead>();
        if (!db.isValid() || !db.isOpen())
            return read;
        read->orders = SupplierStore::orders(db);
        read->suppliers = SupplierStore::suppliers(db);
        read->transmissions = EmailOrdering::transmissions(db);
        read->unmatched = SupplierStore::unmatchedResponses(db);
        QStringList connectors;
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT DISTINCT connector FROM supplier ORDER BY connector"))) {
            while (q.next())
                connectors << q.value(0).toString();
        }
        if (!connectors.isEmpty()) {
            for (const QuarantinedRecord& r : Quarantine::rows(db, connectors, false, 200))
                if (r.feed == QLatin1String("orders"))
                    read->setAside.append(r);
        }
        return read;
    }
};

namespace {

QTableWidgetItem* cell(const QString& text, bool right = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget* makeTable(QWidget* parent, const char* name, int columns)
{
    auto* t = new QTableWidget(0, columns, parent);
    t->setObjectName(QLatin1String(name));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString dateText(const QDate& day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

} // namespace

OrdersPage::OrdersPage(QWidget* parent)
    : QWidget(parent)
    , m_supplierLabel(new QLabel(this))
    , m_supplier(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_orders(makeTable(this, "orderHistory", 8))
    , m_detailTitle(new QLabel(this))
    , m_lines(makeTable(this, "orderHistoryLines", 7))
    , m_responses(makeTable(this, "orderHistoryResponses", 4))
    , m_reorder(new QPushButton(this))
    , m_resend(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_exportEancom(new QCheckBox(this))
    , m_transmission(new QLabel(this))
    , m_message(new QLabel(this))
    , m_unmatchedTitle(new QLabel(this))
    , m_unmatched(makeTable(this, "unmatchedResponses", 5))
{
    setObjectName(QStringLiteral("ordersPage"));
    m_supplier->setObjectName(QStringLiteral("orderHistorySupplier"));
    m_supplierLabel->setBuddy(m_supplier);
    m_from->setObjectName(QStringLiteral("orderHistoryFrom"));
    m_from->setCalendarPopup(true);
    m_fromLabel->setBuddy(m_from);
    m_to->setObjectName(QStringLiteral("orderHistoryTo"));
    m_to->setCalendarPopup(true);
    m_toLabel->setBuddy(m_to);
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addDays(-90));
    m_to->setDate(today);
    m_reorder->setObjectName(QStringLiteral("orderReorder"));
    m_reorder->setEnabled(false);
    // The amounts stay by their headers; the supplier's name takes the room.
    m_orders->horizontalHeader()->setStretchLastSection(false);
    m_orders->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_resend->setObjectName(QStringLiteral("orderResend"));
    m_resend->setEnabled(false);
    m_resend->setVisible(false);
    m_export->setObjectName(QStringLiteral("orderExport"));
    m_export->setEnabled(false);
    m_exportEancom->setObjectName(QStringLiteral("orderExportEancom"));
    m_transmission->setObjectName(QStringLiteral("orderTransmission"));
    m_transmission->setWordWrap(true);
    m_transmission->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_transmission->hide();
    m_message->setObjectName(QStringLiteral("orderHistoryMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailTitle->setWordWrap(true);
    m_askAddress = [this](const QString& current) -> std::optional<QString> {
        bool ok = false;
        const QString address = QInputDialog::getText(this, tr("Send the order again"),
                                                      tr("The supplier's order address (corrected):"),
                                                      QLineEdit::Normal, current, &ok);
        if (!ok)
            return std::nullopt;
        return address;
    };
    m_askDirectory = [this] {
        return QFileDialog::getExistingDirectory(this, tr("Export the order into…"), QDir::homePath());
    };

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_supplierLabel);
    filters->addWidget(m_supplier, 1);
    filters->addSpacing(12);
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addStretch(1);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto* detailHead = new QHBoxLayout;
    detailHead->addWidget(m_detailTitle, 1);
    detailHead->addWidget(m_resend);
    detailHead->addWidget(m_export);
    detailHead->addWidget(m_exportEancom);
    detailHead->addWidget(m_reorder);
    detailLayout->addLayout(detailHead);
    detailLayout->addWidget(m_transmission);
    detailLayout->addWidget(m_lines, 2);
    detailLayout->addWidget(m_responses, 1);
    detailLayout->addWidget(m_message);

    auto* unmatched = new QWidget(this);
    auto* unmatchedLayout = new QVBoxLayout(unmatched);
    unmatchedLayout->setContentsMargins(0, 0, 0, 0);
    unmatchedLayout->addWidget(m_unmatchedTitle);
    unmatchedLayout->addWidget(m_unmatched);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_orders);
    split->addWidget(detail);
    split->addWidget(unmatched);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    m_ordersEmpty = TableEmptyHint::install(m_orders, QStringLiteral("orderHistoryEmpty"));
    m_linesEmpty = TableEmptyHint::install(m_lines, QStringLiteral("orderHistoryLinesEmpty"));
    m_responsesEmpty = TableEmptyHint::install(m_responses, QStringLiteral("orderHistoryResponsesEmpty"));
    m_unmatchedEmpty = TableEmptyHint::install(m_unmatched, QStringLiteral("unmatchedResponsesEmpty"));

    connect(m_supplier, &QComboBox::currentIndexChanged, this, &OrdersPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &OrdersPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &OrdersPage::applyFilter);
    connect(m_orders, &QTableWidget::itemSelectionChanged, this, &OrdersPage::showDetail);
    connect(m_reorder, &QPushButton::clicked, this, &OrdersPage::reorder);
    connect(m_resend, &QPushButton::clicked, this, &OrdersPage::resend);
    connect(m_export, &QPushButton::clicked, this, &OrdersPage::exportOrder);

    retranslateUi();
    reload();
}

OrdersPage::~OrdersPage() = default;

QString OrdersPage::statusLabel(const QString& status)
{
    if (status == QLatin1String("queued"))
        return tr("queued");
    if (status == QLatin1String("acknowledged"))
        return tr("acknowledged");
    if (status == QLatin1String("accepted"))
        return tr("accepted");
    if (status == QLatin1String("changed"))
        return tr("changed by the supplier");
    if (status == QLatin1String("rejected"))
        return tr("refused");
    if (status == QLatin1String("despatched"))
        return tr("shipped");
    if (status == QLatin1String("partially_despatched"))
        return tr("partially shipped");
    if (status == QLatin1String("partially_delivered"))
        return tr("partially delivered");
    if (status == QLatin1String("delivered"))
        return tr("delivered");
    return status;
}

QString OrdersPage::transmissionLabel(const QString& state, int replyCode, const QString& lastError)
{
    if (state == QLatin1String("confirmed"))
        return tr("sent by e-mail");
    if (state == QLatin1String("rejected")) {
        QString reason = lastError.trimmed();
        if (replyCode > 0 && !reason.contains(QString::number(replyCode)))
            reason = QString::number(replyCode) + u' ' + reason;
        return reason.isEmpty() ? tr("refused by the mail server: not sent")
                                : tr("refused by the mail server (%1): not sent").arg(reason);
    }
    if (state == QLatin1String("pending") || state == QLatin1String("sending")) {
        if (!lastError.trimmed().isEmpty())
            return tr("waiting to be sent by e-mail (last attempt: %1)").arg(lastError.trimmed());
        return tr("waiting to be sent by e-mail");
    }
    return QString();
}

QString OrdersPage::shownStatus(const StoredOrder& o) const
{
    const auto sent = m_sent.constFind(o.supplierId + u'\n' + o.id);
    if (sent == m_sent.cend() || o.status != QLatin1String("queued"))
        return statusLabel(o.status);
    if (sent->state == QLatin1String("rejected"))
        return sent->replyCode > 0 ? tr("e-mail refused (%1)").arg(sent->replyCode) : tr("e-mail refused");
    if (sent->state == QLatin1String("confirmed"))
        return tr("sent by e-mail");
    return tr("e-mail waiting");
}

void OrdersPage::setRuntime(ConnectorRuntime* runtime)
{
    m_runtime = runtime;
}

QString OrdersPage::lineStatusLabel(const QString& status)
{
    if (status == QLatin1String("ordered"))
        return tr("ordered");
    if (status == QLatin1String("accepted"))
        return tr("accepted");
    if (status == QLatin1String("changed"))
        return tr("changed");
    if (status == QLatin1String("rejected"))
        return tr("refused");
    if (status == QLatin1String("added"))
        return tr("added by the supplier");
    return status;
}

QString OrdersPage::responseLabel(const QString& code)
{
    if (code == QLatin1String("AP"))
        return tr("Accepted");
    if (code == QLatin1String("RE"))
        return tr("Refused");
    if (code == QLatin1String("CA"))
        return tr("Accepted with changes");
    if (code == QLatin1String("AB"))
        return tr("Acknowledged");
    return code;
}

QString OrdersPage::title() const
{
    return tr("Orders");
}

void OrdersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OrdersPage::retranslateUi()
{
    m_supplierLabel->setText(tr("&Supplier:"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&to:"));
    m_reorder->setText(tr("&Order again"));
    m_reorder->setToolTip(tr("Copy this order's lines into a new draft in the order editor"));
    m_resend->setText(tr("Re&send…"));
    m_resend->setToolTip(tr("Send this refused e-mail order again, to a corrected address"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Write this order's PDF and UBL file into a directory"));
    m_exportEancom->setText(tr("with EANCOM"));
    m_exportEancom->setToolTip(tr("Also write the order as an EANCOM ORDERS message (.edi)"));
    m_orders->setHorizontalHeaderLabels({tr("Number"), tr("Supplier"), tr("Issued"), tr("Delivery"),
                                         tr("Status"), tr("Lines"), tr("Total excl. VAT"),
                                         tr("Total incl. VAT")});
    m_lines->setHorizontalHeaderLabels({tr("Article"), tr("Product"), tr("Ordered"), tr("Confirmed"),
                                        tr("Delivered"), tr("Still to come"), tr("Status")});
    m_responses->setHorizontalHeaderLabels(
        {tr("Answer"), tr("Received"), tr("Promised delivery"), tr("Note")});
    m_unmatched->setHorizontalHeaderLabels(
        {tr("Received"), tr("Supplier"), tr("Order named"), tr("Answer"), tr("Why it is not applied")});
    if (m_supplier->count() > 0)
        m_supplier->setItemText(0, tr("All suppliers"));
    m_ordersEmpty->setHint(tr("No order in this period."));
    m_linesEmpty->setHint(tr("Choose an order above to see its lines."));
    m_unmatchedEmpty->setHint(
        tr("No answer set aside: every answer received from a supplier matched one of your orders."));
    showDetail();
    loadUnmatched();
}

void OrdersPage::reload()
{
    if (!m_worker) {
        QSqlDatabase db = Database::connection();
        apply(OrdersRead::load(db));
        return;
    }
    const quint64 request = ++m_request;
    m_worker->run([](QSqlDatabase& db) { return OrdersRead::load(db); })
        .then(this, [this, request](std::shared_ptr<const OrdersRead> read) {
            if (request == m_request) // else a newer read is on its way
                apply(std::move(read));
        });
}

void OrdersPage::apply(std::shared_ptr<const OrdersRead> read)
{
    m_read = std::move(read);
    m_all = m_read->orders;
    m_sent.clear();
    for (auto it = m_read->transmissions.cbegin(); it != m_read->transmissions.cend(); ++it)
        m_sent.insert(it.key(), {it->state, it->lastError, it->replyCode});
    const QString chosen = m_supplier->currentData().toString();
    {
        const QSignalBlocker block(m_supplier);
        m_supplier->clear();
        m_supplier->addItem(tr("All suppliers"), QString());
        for (const Supplier& s : m_read->suppliers)
            m_supplier->addItem(s.name, s.id);
        const int index = m_supplier->findData(chosen);
        m_supplier->setCurrentIndex(index >= 0 ? index : 0);
    }
    // The period reaches today (and any order issued later, e.g. by another clock).
    if (m_to->date() < QDate::currentDate()) {
        const QSignalBlocker block(m_to);
        m_to->setDate(QDate::currentDate());
    }
    applyFilter();
    loadUnmatched();
    if (m_wanted) {
        // The order asked for before this read (placed, sent again), with the
        // message said meanwhile.
        const QString message = m_message->text();
        selectOrder(m_wanted->first, m_wanted->second);
        if (!message.isEmpty())
            m_message->setText(message);
    }
}

void OrdersPage::applyFilter()
{
    QString selectedSupplier;
    QString selectedId;
    if (const int row = m_orders->currentRow(); row >= 0 && row < m_listed.size()) {
        selectedSupplier = m_listed.at(row).supplierId;
        selectedId = m_listed.at(row).id;
    }
    const QString supplier = m_supplier->currentData().toString();
    QHash<QString, QString> names;
    for (int i = 1; i < m_supplier->count(); ++i)
        names.insert(m_supplier->itemData(i).toString(), m_supplier->itemText(i));
    m_listed.clear();
    for (const StoredOrder& o : std::as_const(m_all)) {
        if (!supplier.isEmpty() && o.supplierId != supplier)
            continue;
        if (o.issueDate < m_from->date() || o.issueDate > m_to->date())
            continue;
        m_listed.append(o);
    }
    const QSignalBlocker block(m_orders);
    m_orders->setRowCount(int(m_listed.size()));
    for (int row = 0; row < m_listed.size(); ++row) {
        const StoredOrder& o = m_listed.at(row);
        m_orders->setItem(row, 0, cell(o.id));
        m_orders->setItem(row, 1, cell(names.value(o.supplierId, o.supplierId)));
        m_orders->setItem(row, 2, cell(dateText(o.issueDate)));
        m_orders->setItem(row, 3, cell(dateText(o.deliveryDate)));
        QTableWidgetItem* status = cell(statusLabel(o.status));
        if (o.status == QLatin1String("rejected"))
            status->setForeground(QColor(0xb3, 0x26, 0x1e));
        // An e-mailed order nobody answered yet: where its message is.
        const auto sent = m_sent.constFind(o.supplierId + u'\n' + o.id);
        if (sent != m_sent.cend() && o.status == QLatin1String("queued")) {
            status->setText(shownStatus(o));
            status->setToolTip(transmissionLabel(sent->state, sent->replyCode, sent->lastError));
            if (sent->state == QLatin1String("rejected"))
                status->setForeground(QColor(0xb3, 0x26, 0x1e));
        }
        m_orders->setItem(row, 4, status);
        m_orders->setItem(row, 5, cell(QString::number(o.lines.size()), true));
        m_orders->setItem(row, 6, cell(OrderDraft::money(o.totalExclVat), true));
        m_orders->setItem(row, 7, cell(OrderDraft::money(o.totalInclVat), true));
    }
    m_orders->resizeColumnsToContents();
    m_orders->horizontalHeader()->setSectionResizeMode(1,
                                                       QHeaderView::Stretch); // again: the resize dropped it
    int keep = -1;
    for (int row = 0; row < m_listed.size(); ++row) {
        if (m_listed.at(row).supplierId == selectedSupplier && m_listed.at(row).id == selectedId)
            keep = row;
    }
    if (keep < 0 && !m_listed.isEmpty())
        keep = 0;
    if (keep >= 0)
        m_orders->selectRow(keep);
    showDetail();
}

bool OrdersPage::selectOrder(const QString& supplierId, const QString& orderId)
{
    for (int row = 0; row < m_listed.size(); ++row) {
        if (m_listed.at(row).supplierId == supplierId && m_listed.at(row).id == orderId) {
            m_wanted.reset();
            m_orders->selectRow(row);
            showDetail();
            return true;
        }
    }
    // Not listed (yet): selected when the read in progress brings it.
    m_wanted = std::pair{supplierId, orderId};
    return false;
}

void OrdersPage::showDetail()
{
    const int row = m_orders->currentRow();
    m_message->clear();
    m_responsesEmpty->setHint(row < 0 || row >= m_listed.size()
                                  ? QString()
                                  : tr("No answer from the supplier for this order yet: its acceptance, "
                                       "changes or refusal appear here when they arrive."));
    if (row < 0 || row >= m_listed.size()) {
        m_detailTitle->setText(m_listed.isEmpty() ? tr("No order in this period.") : QString());
        m_lines->setRowCount(0);
        m_responses->setRowCount(0);
        m_reorder->setEnabled(false);
        m_export->setEnabled(false);
        m_resend->setEnabled(false);
        m_resend->setVisible(false);
        m_transmission->hide();
        return;
    }
    const StoredOrder& o = m_listed.at(row);
    m_export->setEnabled(true);
    const auto sent = m_sent.constFind(o.supplierId + u'\n' + o.id);
    const bool refused = sent != m_sent.cend() && sent->state == QLatin1String("rejected");
    m_resend->setVisible(sent != m_sent.cend());
    m_resend->setEnabled(refused);
    if (sent != m_sent.cend()) {
        QSqlDatabase sdb = Database::connection();
        const QString to = sdb.isOpen() ? EmailOrdering::recipient(sdb, o.supplierId, o.id) : QString();
        QString line =
            tr("By e-mail to %1: %2.")
                .arg(to.toHtmlEscaped(),
                     transmissionLabel(sent->state, sent->replyCode, sent->lastError).toHtmlEscaped());
        if (refused)
            line = QStringLiteral("<span style=\"color:#b3261e\">%1</span> %2")
                       .arg(line, tr("Correct the address with <i>Resend…</i>"));
        m_transmission->setText(line);
        m_transmission->show();
    } else {
        m_transmission->hide();
    }
    m_detailTitle->setText(
        tr("<b>%1</b> — %2, delivery %3").arg(o.id, shownStatus(o), dateText(o.deliveryDate)));
    m_reorder->setEnabled(true);
    m_lines->setRowCount(int(o.lines.size()));
    for (int i = 0; i < o.lines.size(); ++i) {
        const StoredOrderLine& l = o.lines.at(i);
        auto q = [&l](const Decimal& d) -> QString {
            return UnitCode::withQuantity(OrderDraft::number(d), d, l.unitCode);
        };
        m_lines->setItem(i, 0, cell(l.sku));
        m_lines->setItem(i, 1, cell(l.name));
        m_lines->setItem(i, 2, cell(q(l.quantity), true));
        m_lines->setItem(i, 3,
                         cell(l.confirmedQuantity ? q(*l.confirmedQuantity) : QStringLiteral("—"), true));
        m_lines->setItem(i, 4, cell(q(l.deliveredQuantity), true));
        m_lines->setItem(i, 5, cell(l.outstandingQuantity ? q(*l.outstandingQuantity) : QString(), true));
        m_lines->setItem(i, 6, cell(lineStatusLabel(l.status)));
    }
    m_lines->resizeColumnsToContents();
    QSqlDatabase db = Database::connection();
    const QList<SupplierStore::StoredResponse> responses =
        db.isOpen() ? SupplierStore::responses(db, o.supplierId, o.id)
                    : QList<SupplierStore::StoredResponse>();
    m_responses->setRowCount(int(responses.size()));
    for (int i = 0; i < responses.size(); ++i) {
        const SupplierStore::StoredResponse& r = responses.at(i);
        m_responses->setItem(i, 0, cell(responseLabel(r.code)));
        m_responses->setItem(i, 1,
                             cell(QLocale().toString(r.receivedAt.toLocalTime(), QLocale::ShortFormat)));
        m_responses->setItem(i, 2, cell(dateText(r.promisedDelivery)));
        m_responses->setItem(i, 3, cell(r.note));
    }
    m_responses->resizeColumnsToContents();
}

void OrdersPage::reorder()
{
    const int row = m_orders->currentRow();
    if (row < 0 || row >= m_listed.size())
        return;
    QSqlDatabase db = Database::connection();
    QString error;
    const std::optional<qint64> id =
        OrderDraftStore::fromOrder(db, m_listed.at(row), QDateTime::currentDateTime(), &error);
    if (!id) {
        m_message->setText(tr("The order could not be copied: %1").arg(error));
        return;
    }
    m_message->setText(tr("Copied into a new draft: the order editor shows it."));
    Q_EMIT draftCreated(*id);
}

void OrdersPage::resend()
{
    const int row = m_orders->currentRow();
    if (row < 0 || row >= m_listed.size() || !m_askAddress)
        return;
    const StoredOrder o = m_listed.at(row);
    QSqlDatabase db = Database::connection();
    const std::optional<QString> address = m_askAddress(EmailOrdering::recipient(db, o.supplierId, o.id));
    if (!address)
        return;
    const QString to = address->trimmed();
    if (!OrderingRoute::isEmailAddress(to)) {
        m_message->setText(tr("\"%1\" is not an e-mail address: the order was not sent again.").arg(to));
        return;
    }
    Outbox* outbox = m_runtime ? m_runtime->outbox() : nullptr;
    const EmailOrdering::Placed placed =
        EmailOrdering::resend(db, outbox, o.supplierId, o.id, to, SmtpSettings::load());
    reload();
    selectOrder(o.supplierId, o.id);
    if (!placed.ok) {
        m_message->setText(tr("The order was not sent again: %1").arg(placed.error));
        return;
    }
    m_message->setText(tr("Order %1 is queued again, to %2.").arg(o.id, to));
    Q_EMIT statusMessage(m_message->text());
}

void OrdersPage::exportOrder()
{
    const int row = m_orders->currentRow();
    if (row < 0 || row >= m_listed.size() || !m_askDirectory)
        return;
    const StoredOrder o = m_listed.at(row);
    const QString directory = m_askDirectory();
    if (directory.isEmpty())
        return;
    QSqlDatabase db = Database::connection();
    SupplierOrderExport::Request request;
    request.directory = directory;
    request.eancom = m_exportEancom->isChecked();
    request.supplierId = o.supplierId;
    request.orderId = o.id;
    const SupplierOrderExport::Result result = SupplierOrderExport::run(db, request);
    if (result.status != SupplierOrderExport::Result::Status::Written) {
        m_message->setText(
            tr("Order %1 was not exported: %2").arg(o.id, result.problems.join(QStringLiteral("; "))));
        return;
    }
    QStringList names;
    for (const QString& file : result.files)
        names << QDir::toNativeSeparators(file);
    m_message->setText(tr("Order %1 exported: %2").arg(o.id, names.join(QStringLiteral(", "))));
    Q_EMIT statusMessage(m_message->text());
}

void OrdersPage::loadUnmatched()
{
    if (!m_read) {
        m_unmatched->setRowCount(0);
        return;
    }
    struct Row
    {
        QDateTime at;
        QString supplier;
        QString order;
        QString answer;
        QString reason;
    };
    QList<Row> rows;
    QHash<QString, QString> names; // supplier id → name, as the filter lists them
    for (int i = 1; i < m_supplier->count(); ++i)
        names.insert(m_supplier->itemData(i).toString(), m_supplier->itemText(i));
    for (const SupplierStore::StoredResponse& r : m_read->unmatched)
        rows.append({r.receivedAt, names.value(r.supplierId, r.supplierId), r.orderId, responseLabel(r.code),
                     tr("No order %1 was sent to this supplier.").arg(r.orderId)});
    // What the supplier feeds set aside: answers they could not tie to an order.
    for (const QuarantinedRecord& r : m_read->setAside)
        rows.append({r.at, r.connector, r.recordKey, QString(), r.reason});
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.at > b.at; });
    m_unmatched->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row& r = rows.at(i);
        m_unmatched->setItem(i, 0, cell(QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat)));
        m_unmatched->setItem(i, 1, cell(r.supplier));
        m_unmatched->setItem(i, 2, cell(r.order));
        m_unmatched->setItem(i, 3, cell(r.answer));
        m_unmatched->setItem(i, 4, cell(r.reason));
    }
    m_unmatched->resizeColumnsToContents();
    m_unmatchedTitle->setText(rows.isEmpty()
                                  ? tr("<b>Unmatched responses</b>: none")
                                  : tr("<b>Unmatched responses</b> (%n): answers that name no order "
                                       "sent; shown, never applied.",
                                       "", int(rows.size())));
}

} // namespace Moulin
