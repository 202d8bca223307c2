#include "suppliers/ui/invoicespage.h"

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "common/core/dbworker.h"
#include "common/core/restaurantidentity.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/ui/creditrequestpdf.h"
#include "suppliers/ui/tableemptyhint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Moulin {

namespace {

const QColor kDifference(255, 224, 178); // orange: a difference to decide
const QColor kUnmatched(255, 205, 210);  // red: matches nothing
const QColor kApproved(200, 230, 201);   // green

QString money(const Decimal& amount)
{
    return Receiving::money(amount);
}

QString qty(const Decimal& value, const QString& unitCode)
{
    return unitCode.isEmpty() ? Receiving::quantity(value)
                              : UnitCode::withQuantity(Receiving::quantity(value), value, unitCode);
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(align);
    return item;
}

QTableWidgetItem* number(const QString& text)
{
    return cell(text, Qt::AlignRight | Qt::AlignVCenter);
}

QTableWidget* table(QWidget* parent)
{
    auto* t = new QTableWidget(parent);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

// ---------------------------------------------------------------- the CSV mapping

QString InvoiceCsvDialog::fieldName(int field)
{
    switch (field) {
    case 0:
        return tr("Product code");
    case 1:
        return tr("GTIN (EAN)");
    case 2:
        return tr("Description");
    case 3:
        return tr("Quantity");
    case 4:
        return tr("Unit price excl. VAT");
    case 5:
        return tr("VAT rate");
    case 6:
        return tr("Line total excl. VAT");
    }
    return {};
}

InvoiceCsvDialog::InvoiceCsvDialog(const QByteArray& bytes,
                                   const QList<std::pair<QString, QString>>& suppliers,
                                   const QHash<QString, InvoiceCsvMapping>& saved, QWidget* parent)
    : QDialog(parent)
    , m_bytes(bytes)
    , m_saved(saved)
{
    setWindowTitle(tr("Import a CSV invoice"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_supplier = new QComboBox(this);
    for (const auto& [id, name] : suppliers)
        m_supplier->addItem(name, id);
    m_invoiceId = new QLineEdit(this);
    m_invoiceId->setPlaceholderText(tr("The number on the invoice"));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_orderId = new QLineEdit(this);
    m_orderId->setPlaceholderText(tr("Optional: PO-…"));
    form->addRow(tr("Supplier"), m_supplier);
    form->addRow(tr("Invoice number"), m_invoiceId);
    form->addRow(tr("Invoice date"), m_date);
    form->addRow(tr("Order"), m_orderId);
    m_separator = new QComboBox(this);
    m_separator->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_separator->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    m_decimalComma = new QCheckBox(tr("Decimal comma (12,50)"), this);
    m_header = new QCheckBox(tr("The first row names the columns"), this);
    form->addRow(tr("Separator"), m_separator);
    form->addRow(QString(), m_decimalComma);
    form->addRow(QString(), m_header);
    layout->addLayout(form);

    auto* columns = new QFormLayout;
    for (int f = 0; f < kFields; ++f) {
        auto* box = new QComboBox(this);
        m_columns.append(box);
        columns->addRow(fieldName(f), box);
        connect(box, &QComboBox::currentIndexChanged, this, &InvoiceCsvDialog::refreshPreview);
    }
    auto* columnsTitle = new QLabel(tr("<b>Columns</b> (mapped once per supplier, saved)"), this);
    layout->addWidget(columnsTitle);
    layout->addLayout(columns);
    m_preview = table(this);
    m_preview->setMinimumHeight(140);
    layout->addWidget(new QLabel(tr("<b>First rows</b>"), this));
    layout->addWidget(m_preview);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const QChar guessed = InvoiceCsv::guessSeparator(bytes);
    m_separator->setCurrentIndex(std::max(0, m_separator->findData(QString(guessed))));
    auto load = [this] {
        const QString id = m_supplier->currentData().toString();
        if (m_saved.contains(id)) {
            applyMapping(m_saved.value(id));
            return;
        }
        const QChar sep = m_separator->currentData().toString().at(0);
        const QList<QStringList> rows = InvoiceCsv::rows(m_bytes, sep);
        applyMapping(InvoiceCsv::guessMapping(rows.value(0), sep));
    };
    connect(m_supplier, &QComboBox::currentIndexChanged, this, load);
    connect(m_separator, &QComboBox::currentIndexChanged, this, &InvoiceCsvDialog::refreshPreview);
    connect(m_decimalComma, &QCheckBox::toggled, this, &InvoiceCsvDialog::refreshPreview);
    connect(m_header, &QCheckBox::toggled, this, &InvoiceCsvDialog::refreshPreview);
    connect(m_invoiceId, &QLineEdit::textChanged, this, &InvoiceCsvDialog::refreshPreview);
    load();
}

void InvoiceCsvDialog::applyMapping(const InvoiceCsvMapping& m)
{
    m_separator->blockSignals(true);
    m_separator->setCurrentIndex(std::max(0, m_separator->findData(QString(m.separator))));
    m_separator->blockSignals(false);
    m_decimalComma->setChecked(m.decimalComma);
    m_header->setChecked(m.header);
    const QList<QStringList> rows = InvoiceCsv::rows(m_bytes, m.separator);
    const QStringList header = rows.value(0);
    int width = 0;
    for (const QStringList& r : rows)
        width = std::max(width, int(r.size()));
    const int values[] = {m.code, m.gtin, m.description, m.quantity, m.unitPrice, m.vatRate, m.lineTotal};
    for (int f = 0; f < kFields; ++f) {
        QComboBox* box = m_columns.at(f);
        box->blockSignals(true);
        box->clear();
        box->addItem(tr("(none)"), -1);
        for (int c = 0; c < width; ++c)
            box->addItem(m.header && c < header.size() && !header.at(c).isEmpty()
                             ? tr("%1 — %2").arg(c + 1).arg(header.at(c))
                             : tr("Column %1").arg(c + 1),
                         c);
        box->setCurrentIndex(std::max(0, box->findData(values[f])));
        box->blockSignals(false);
    }
    refreshPreview();
}

InvoiceCsvMapping InvoiceCsvDialog::mapping() const
{
    InvoiceCsvMapping m;
    const QString separator = m_separator->currentData().toString();
    m.separator = separator.isEmpty() ? QChar(u';') : separator.at(0);
    m.decimalComma = m_decimalComma->isChecked();
    m.header = m_header->isChecked();
    int* fields[] = {&m.code, &m.gtin, &m.description, &m.quantity, &m.unitPrice, &m.vatRate, &m.lineTotal};
    for (int f = 0; f < kFields; ++f)
        *fields[f] = m_columns.at(f)->currentData().toInt();
    return m;
}

void InvoiceCsvDialog::refreshPreview()
{
    const InvoiceCsvMapping m = mapping();
    const QList<QStringList> rows = InvoiceCsv::rows(m_bytes, m.separator);
    m_preview->clear();
    QStringList headers;
    for (int f = 0; f < kFields; ++f)
        headers << fieldName(f);
    m_preview->setColumnCount(kFields);
    m_preview->setHorizontalHeaderLabels(headers);
    const int first = m.header ? 1 : 0;
    const int shown = std::min<int>(5, std::max<int>(0, int(rows.size()) - first));
    m_preview->setRowCount(shown);
    const int values[] = {m.code, m.gtin, m.description, m.quantity, m.unitPrice, m.vatRate, m.lineTotal};
    for (int r = 0; r < shown; ++r)
        for (int f = 0; f < kFields; ++f)
            m_preview->setItem(r, f, cell(values[f] >= 0 ? rows.at(first + r).value(values[f]) : QString()));
    m_preview->resizeColumnsToContents();
    QString error;
    if (m_invoiceId->text().trimmed().isEmpty())
        error = tr("Type the invoice's number.");
    else if (InvoiceCsv::read(m_bytes, m, &error))
        error.clear();
    m_problem->setText(error);
    m_ok->setEnabled(error.isEmpty() && m_supplier->count() > 0);
}

InvoiceCsvDialog::Request InvoiceCsvDialog::request() const
{
    return {m_supplier->currentData().toString(), m_invoiceId->text().trimmed(), m_date->date(),
            m_orderId->text().trimmed(), mapping()};
}

// ---------------------------------------------------------------- the page

struct InvoicesPage::Snapshot
{
    QList<InvoiceSummary> invoices;
    QList<std::pair<InvoiceSummary, MatchedInvoiceLine>> unmatched;
    std::optional<InvoiceMatch> selected;
    QList<InvoiceResend> resends;
};

InvoicesPage::InvoicesPage(QWidget* parent)
    : QWidget(parent)
{
    askOpenPath = [this](const QString& caption, const QString& filter) {
        return QFileDialog::getOpenFileName(
            this, caption, QStandardPaths::writableLocation(QStandardPaths::DownloadLocation), filter);
    };
    askSavePath = [this](const QString& caption, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(this, caption, suggested, filter);
    };
    askCsvMapping = [this](const QByteArray& bytes) -> std::optional<InvoiceCsvDialog::Request> {
        QSqlDatabase db = Database::connection();
        QList<std::pair<QString, QString>> suppliers;
        QHash<QString, InvoiceCsvMapping> saved;
        for (const Supplier& s : SupplierStore::suppliers(db)) {
            suppliers.append({s.id, s.name});
            if (const std::optional<InvoiceCsvMapping> m = InvoiceCsv::savedMapping(db, s.id))
                saved.insert(s.id, *m);
        }
        InvoiceCsvDialog dialog(bytes, suppliers, saved, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.request();
    };

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_import = new QPushButton(this);
    top->addWidget(m_intro, 1);
    top->addWidget(m_import);
    layout->addLayout(top);

    // Invoices received again with other content: set aside, waiting for the manager.
    m_resendBox = new QWidget(this);
    auto* resendLayout = new QVBoxLayout(m_resendBox);
    resendLayout->setContentsMargins(0, 0, 0, 0);
    m_resendTitle = new QLabel(m_resendBox);
    m_resendTitle->setWordWrap(true);
    resendLayout->addWidget(m_resendTitle);
    m_resends = table(m_resendBox);
    m_resends->setColumnCount(6);
    m_resends->setMaximumHeight(140);
    m_resends->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    resendLayout->addWidget(m_resends);
    auto* resendButtons = new QHBoxLayout;
    m_resendNote = new QLabel(m_resendBox);
    m_resendNote->setWordWrap(true);
    m_keepHeld = new QPushButton(m_resendBox);
    m_replaceHeld = new QPushButton(m_resendBox);
    resendButtons->addWidget(m_resendNote, 1);
    resendButtons->addWidget(m_keepHeld);
    resendButtons->addWidget(m_replaceHeld);
    resendLayout->addLayout(resendButtons);
    m_resendBox->hide();
    layout->addWidget(m_resendBox);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_invoices = table(splitter);
    m_invoices->setColumnCount(8);
    auto* detail = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_linesTitle = new QLabel(detail);
    detailLayout->addWidget(m_linesTitle);
    m_lines = table(detail);
    m_lines->setColumnCount(10);
    detailLayout->addWidget(m_lines, 1);
    m_totals = new QLabel(detail);
    m_totals->setWordWrap(true);
    detailLayout->addWidget(m_totals);
    auto* buttons = new QHBoxLayout;
    m_approve = new QPushButton(detail);
    m_refuse = new QPushButton(detail);
    m_approveAll = new QPushButton(detail);
    m_refuseAll = new QPushButton(detail);
    m_creditPdf = new QPushButton(detail);
    m_creditCsv = new QPushButton(detail);
    for (QPushButton* b : {m_approve, m_refuse, m_approveAll, m_refuseAll})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_creditPdf);
    buttons->addWidget(m_creditCsv);
    detailLayout->addLayout(buttons);
    auto* unmatched = new QWidget(splitter);
    auto* unmatchedLayout = new QVBoxLayout(unmatched);
    unmatchedLayout->setContentsMargins(0, 0, 0, 0);
    m_unmatchedTitle = new QLabel(unmatched);
    unmatchedLayout->addWidget(m_unmatchedTitle);
    m_unmatched = table(unmatched);
    m_unmatched->setColumnCount(6);
    unmatchedLayout->addWidget(m_unmatched, 1);
    // The names take the room left; the other columns fit their contents.
    m_invoices->horizontalHeader()->setStretchLastSection(false); // counts: as wide as their header
    m_invoices->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_invoicesEmpty = TableEmptyHint::install(m_invoices, QStringLiteral("invoicesEmpty"));
    m_linesEmpty = TableEmptyHint::install(m_lines, QStringLiteral("invoiceLinesEmpty"));
    m_unmatchedEmpty = TableEmptyHint::install(m_unmatched, QStringLiteral("unmatchedInvoiceLinesEmpty"));
    m_lines->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_unmatched->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    splitter->addWidget(m_invoices);
    splitter->addWidget(detail);
    splitter->addWidget(unmatched);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    layout->addWidget(splitter, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_import, &QPushButton::clicked, this, &InvoicesPage::importFile);
    connect(m_approve, &QPushButton::clicked, this, &InvoicesPage::approveLine);
    connect(m_refuse, &QPushButton::clicked, this, &InvoicesPage::refuseLine);
    connect(m_approveAll, &QPushButton::clicked, this, &InvoicesPage::approveInvoice);
    connect(m_refuseAll, &QPushButton::clicked, this, &InvoicesPage::refuseInvoice);
    connect(m_creditPdf, &QPushButton::clicked, this, &InvoicesPage::exportCreditPdf);
    connect(m_creditCsv, &QPushButton::clicked, this, &InvoicesPage::exportCreditCsv);
    connect(m_keepHeld, &QPushButton::clicked, this, &InvoicesPage::keepHeldInvoice);
    connect(m_replaceHeld, &QPushButton::clicked, this, &InvoicesPage::replaceHeldInvoice);
    connect(m_resends, &QTableWidget::itemSelectionChanged, this, &InvoicesPage::showResendNote);
    connect(m_invoices, &QTableWidget::itemSelectionChanged, this, [this] {
        m_keep = selectedInvoice();
        reload();
    });
    // Enter (or a double click) on a line matching nothing: its invoice, that line selected.
    connect(m_unmatched, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (!m_snapshot || row < 0 || row >= m_snapshot->unmatched.size())
            return;
        const auto& [summary, line] = m_snapshot->unmatched.at(row);
        m_keep = std::make_pair(summary.supplierId, summary.id);
        m_focusPosition = line.position;
        reload();
    });
    auto shortcut = [this](const QKeySequence& keys, void (InvoicesPage::*slot)()) {
        auto* s = new QShortcut(keys, this, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::Key_A), &InvoicesPage::approveLine);
    shortcut(QKeySequence(Qt::Key_R), &InvoicesPage::refuseLine);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &InvoicesPage::approveInvoice);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &InvoicesPage::approveInvoice);
    auto* open = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_O), this);
    open->setContext(Qt::WidgetWithChildrenShortcut);
    connect(open, &QShortcut::activated, this, &InvoicesPage::importFile);
    retranslateUi();
}

InvoicesPage::~InvoicesPage() = default;

QString InvoicesPage::title()
{
    return tr("Invoices");
}

void InvoicesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        apply(m_snapshot);
    }
    QWidget::changeEvent(event);
}

void InvoicesPage::retranslateUi()
{
    m_intro->setText(
        tr("The suppliers' invoices against what was ordered and received. A approves the selected "
           "line (its billed price becomes the product's cost, the recipes follow), R refuses it, "
           "Ctrl+Enter approves the whole invoice."));
    m_import->setText(tr("&Import an invoice…"));
    m_import->setToolTip(tr("A UBL invoice (PEPPOL BIS Billing 3.0) or a CSV file (Ctrl+O)"));
    m_invoices->setHorizontalHeaderLabels({tr("Supplier"), tr("Invoice"), tr("Date"), tr("Order"),
                                           tr("Total incl. VAT"), tr("State"), tr("Differences"),
                                           tr("Unmatched")});
    m_lines->setHorizontalHeaderLabels({tr("#"), tr("Reference"), tr("Product"), tr("Ordered"),
                                        tr("Received"), tr("Billed"), tr("Ordered price"), tr("Billed price"),
                                        tr("Amount excl. VAT"), tr("Decision")});
    m_unmatched->setHorizontalHeaderLabels(
        {tr("Supplier"), tr("Invoice"), tr("Reference"), tr("Product"), tr("Amount excl. VAT"), tr("Why")});
    m_approve->setText(tr("&Approve line (A)"));
    m_refuse->setText(tr("&Refuse line (R)"));
    m_approveAll->setText(tr("Approve the invoice (Ctrl+Enter)"));
    m_refuseAll->setText(tr("Refuse the invoice"));
    m_creditPdf->setText(tr("Credit-note request (PDF)…"));
    m_creditCsv->setText(tr("Credit-note request (CSV)…"));
    m_creditCsv->setToolTip(tr("Export the credit-note request (CSV)"));
    m_invoicesEmpty->setHint(tr("No supplier invoice yet: they arrive with the suppliers' synchronisation, "
                                "or choose “Import an invoice…” for a UBL or CSV file."));
    m_linesEmpty->setHint(
        tr("Choose an invoice above to compare its lines with the order and the delivery."));
    m_unmatchedEmpty->setHint(tr("No invoice line waiting: every line billed matches an order."));
    m_unmatchedTitle->setText(tr("<b>Lines matching nothing</b> — kept for review, never dropped"));
    m_resendTitle->setText(
        tr("<b>Invoices received again with other content</b> — the held invoice is unchanged until you "
           "decide: keep it, or replace it by the new one while it is not approved"));
    m_resends->setHorizontalHeaderLabels({tr("Supplier"), tr("Invoice"), tr("Received again"),
                                          tr("Held: total incl. VAT"), tr("New: total incl. VAT"),
                                          tr("Held invoice")});
    m_keepHeld->setText(tr("&Keep the held invoice"));
    m_replaceHeld->setText(tr("Re&place by the new one"));
}

Decimal InvoicesPage::tolerance() const
{
    const std::unique_ptr<QSettings> settings = AppPaths::settings();
    if (settings)
        if (const std::optional<Decimal> t = Decimal::parse(
                settings->value(QStringLiteral("suppliers/invoice_price_tolerance_percent")).toString()))
            return *t;
    return ThreeWayMatch::defaultTolerancePercent();
}

std::optional<std::pair<QString, QString>> InvoicesPage::selectedInvoice() const
{
    const int row = m_invoices->currentRow();
    if (row < 0 || !m_snapshot || row >= m_snapshot->invoices.size())
        return std::nullopt;
    const InvoiceSummary& s = m_snapshot->invoices.at(row);
    return std::make_pair(s.supplierId, s.id);
}

void InvoicesPage::reload()
{
    if (!m_worker)
        m_worker = std::make_unique<DbWorker>();
    const quint64 request = ++m_request;
    const std::optional<std::pair<QString, QString>> keep = m_keep;
    const Decimal tol = tolerance();
    // Open invoices follow the receipts recorded since (a write: on the worker).
    m_worker->transaction([tol](QSqlDatabase& db) {
        QString error;
        return ThreeWayMatch::rematchOpen(db, tol, &error) ? DbStatus{} : DbStatus::failure(error);
    });
    m_worker
        ->run([keep](QSqlDatabase& db) {
            auto snapshot = std::make_shared<Snapshot>();
            snapshot->invoices = ThreeWayMatch::invoices(db);
            snapshot->unmatched = ThreeWayMatch::unmatchedLines(db);
            snapshot->resends = ThreeWayMatch::resends(db);
            std::optional<std::pair<QString, QString>> pick = keep;
            if (!pick && !snapshot->invoices.isEmpty())
                pick = std::make_pair(snapshot->invoices.first().supplierId, snapshot->invoices.first().id);
            if (pick)
                snapshot->selected = ThreeWayMatch::stored(db, pick->first, pick->second);
            return std::shared_ptr<const Snapshot>(snapshot);
        })
        .then(this, [this, request](std::shared_ptr<const Snapshot> snapshot) {
            if (request != m_request)
                return;
            apply(std::move(snapshot));
            Q_EMIT reloaded();
        });
}

void InvoicesPage::apply(std::shared_ptr<const Snapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    if (!m_snapshot)
        return;
    const QLocale fr = locale();
    m_invoices->blockSignals(true);
    m_invoices->setRowCount(int(m_snapshot->invoices.size()));
    int selectedRow = -1;
    for (int r = 0; r < m_snapshot->invoices.size(); ++r) {
        const InvoiceSummary& s = m_snapshot->invoices.at(r);
        const QString id =
            s.kind == SupplierInvoice::Kind::CreditNote ? tr("%1 (credit note)").arg(s.id) : s.id;
        m_invoices->setItem(r, 0, cell(s.supplierName));
        m_invoices->setItem(r, 1, cell(id));
        m_invoices->setItem(r, 2, cell(fr.toString(s.issueDate, QLocale::ShortFormat)));
        m_invoices->setItem(r, 3, cell(s.orderId));
        m_invoices->setItem(r, 4, number(money(s.taxInclusive)));
        auto* state = cell(ThreeWayMatch::stateText(s.state));
        if (s.state == InvoiceState::Discrepancies)
            state->setBackground(kDifference);
        else if (s.state == InvoiceState::Approved)
            state->setBackground(kApproved);
        m_invoices->setItem(r, 5, state);
        m_invoices->setItem(r, 6, number(s.differences ? QString::number(s.differences) : QString()));
        m_invoices->setItem(r, 7, number(s.unmatched ? QString::number(s.unmatched) : QString()));
        if (m_snapshot->selected && m_snapshot->selected->invoice.supplierId == s.supplierId &&
            m_snapshot->selected->invoice.id == s.id)
            selectedRow = r;
    }
    if (selectedRow >= 0)
        m_invoices->selectRow(selectedRow);
    m_invoices->resizeColumnsToContents();
    m_invoices->horizontalHeader()->setSectionResizeMode(
        0, QHeaderView::Stretch); // again: the resize dropped it
    m_invoices->blockSignals(false);

    m_unmatched->setRowCount(int(m_snapshot->unmatched.size()));
    for (int r = 0; r < m_snapshot->unmatched.size(); ++r) {
        const auto& [s, l] = m_snapshot->unmatched.at(r);
        m_unmatched->setItem(r, 0, cell(s.supplierName));
        m_unmatched->setItem(r, 1, cell(s.id));
        m_unmatched->setItem(r, 2, cell(l.invoiced.sku.isEmpty() ? l.invoiced.gtin : l.invoiced.sku));
        m_unmatched->setItem(r, 3, cell(l.invoiced.name));
        m_unmatched->setItem(r, 4, number(money(l.invoiced.amount)));
        m_unmatched->setItem(r, 5, cell(l.reason));
    }
    m_unmatched->resizeColumnsToContents();
    m_unmatched->horizontalHeader()->setSectionResizeMode(
        5, QHeaderView::Stretch); // again: the resize dropped it

    const int resendRow = std::max(0, m_resends->currentRow());
    m_resends->blockSignals(true);
    m_resends->setRowCount(int(m_snapshot->resends.size()));
    for (int r = 0; r < m_snapshot->resends.size(); ++r) {
        const InvoiceResend& s = m_snapshot->resends.at(r);
        m_resends->setItem(r, 0, cell(s.supplierName));
        m_resends->setItem(r, 1, cell(s.invoiceId));
        m_resends->setItem(r, 2, cell(fr.toString(s.receivedAt.toLocalTime(), QLocale::ShortFormat)));
        m_resends->setItem(r, 3, number(tr("%1 (%n line(s))", "", s.heldLines).arg(money(s.heldTotal))));
        auto* resent = number(tr("%1 (%n line(s))", "", s.resentLines).arg(money(s.resentTotal)));
        resent->setBackground(kDifference);
        m_resends->setItem(r, 4, resent);
        auto* held = cell(ThreeWayMatch::stateText(s.heldState));
        if (s.heldApproved)
            held->setBackground(kApproved);
        m_resends->setItem(r, 5, held);
    }
    if (!m_snapshot->resends.isEmpty())
        m_resends->selectRow(std::min(resendRow, int(m_snapshot->resends.size()) - 1));
    m_resends->resizeColumnsToContents();
    m_resends->horizontalHeader()->setSectionResizeMode(0,
                                                        QHeaderView::Stretch); // again: the resize dropped it
    m_resends->blockSignals(false);
    m_resendBox->setVisible(!m_snapshot->resends.isEmpty());
    showResendNote();
    m_current = m_snapshot->selected;
    showInvoice();
}

void InvoicesPage::showInvoice()
{
    const int keepRow = m_lines->currentRow();
    m_lines->setRowCount(0);
    const bool has = m_current.has_value();
    for (QPushButton* b : {m_approve, m_refuse, m_approveAll, m_refuseAll})
        b->setEnabled(has);
    if (!has) {
        m_linesTitle->setText(
            tr("<b>No invoice yet.</b> They arrive with the suppliers' sync, or import one (Ctrl+O)."));
        m_totals->clear();
        m_creditPdf->setEnabled(false);
        m_creditCsv->setEnabled(false);
        return;
    }
    const InvoiceMatch& m = *m_current;
    m_linesTitle->setText(tr("<b>%1</b> — %2, order %3: %n line(s) to decide", "", m.pendingDecisions())
                              .arg(m.invoice.id, ThreeWayMatch::stateText(m.state),
                                   m.invoice.orderId.isEmpty() ? tr("none") : m.invoice.orderId));
    m_lines->setRowCount(int(m.lines.size()));
    for (int r = 0; r < m.lines.size(); ++r) {
        const MatchedInvoiceLine& l = m.lines.at(r);
        QList<QTableWidgetItem*> items{number(QString::number(l.position)),
                                       cell(l.invoiced.sku.isEmpty() ? l.invoiced.gtin : l.invoiced.sku),
                                       cell(l.invoiced.name),
                                       number(l.unmatched ? QString() : qty(l.ordered, l.unitCode)),
                                       number(l.unmatched                  ? QString()
                                              : l.receivedSource.isEmpty() ? tr("not yet")
                                              : l.receivedSource == QLatin1String("advice")
                                                  ? tr("%1 (announced)").arg(qty(l.received, l.unitCode))
                                                  : qty(l.received, l.unitCode)),
                                       number(qty(l.billed, l.unmatched ? l.invoiced.unitCode : l.unitCode)),
                                       number(l.unmatched ? QString() : money(l.orderedPrice)),
                                       number(money(l.billedPrice)),
                                       number(money(l.invoiced.amount)),
                                       cell(l.decision == QLatin1String("approved")  ? tr("Approved")
                                            : l.decision == QLatin1String("refused") ? tr("Refused")
                                            : l.unmatched                            ? tr("Matches nothing")
                                            : l.priceDifference && l.quantityDifference
                                                ? tr("Price and quantity differ")
                                            : l.priceDifference    ? tr("Price differs")
                                            : l.quantityDifference ? tr("Quantity differs")
                                                                   : tr("As ordered"))};
        for (int c = 0; c < items.size(); ++c)
            m_lines->setItem(r, c, items.at(c));
        if (l.unmatched && l.decision.isEmpty()) {
            for (QTableWidgetItem* i : std::as_const(items))
                i->setBackground(kUnmatched);
            items.at(2)->setToolTip(l.reason);
        } else if (l.decision == QLatin1String("approved")) {
            items.at(9)->setBackground(kApproved);
        }
        if (l.quantityDifference) {
            for (int c : {4, 5})
                items.at(c)->setBackground(kDifference);
            if (l.shortfall() > Decimal())
                items.at(5)->setToolTip(tr("Billed %1 beyond what was received: in the credit-note request.")
                                            .arg(qty(l.shortfall(), l.unitCode)));
        }
        if (l.priceDifference) {
            for (int c : {6, 7})
                items.at(c)->setBackground(kDifference);
            if (!l.orderedPrice.isZero()) {
                const Decimal percent =
                    ((l.billedPrice - l.orderedPrice) * Decimal::fromInt(100) / l.orderedPrice).rounded(1);
                items.at(7)->setText(
                    tr("%1 (%2 %)")
                        .arg(money(l.billedPrice), (percent.isNegative() ? QString() : QStringLiteral("+")) +
                                                       Receiving::quantity(percent)));
            }
        }
    }
    m_lines->resizeColumnsToContents();
    m_lines->horizontalHeader()->setSectionResizeMode(2,
                                                      QHeaderView::Stretch); // again: the resize dropped it
    if (m_focusPosition > 0 && m_focusPosition <= m_lines->rowCount()) {
        m_lines->selectRow(m_focusPosition - 1);
        m_lines->setFocus();
        m_focusPosition = 0;
    } else if (keepRow >= 0 && keepRow < m_lines->rowCount())
        m_lines->selectRow(keepRow);
    else if (m_lines->rowCount() > 0)
        m_lines->selectRow(0);

    QStringList vat;
    for (const InvoiceVatCheck& c : m.vat) {
        const QString rate = Receiving::quantity(Vat::percent(c.rate));
        vat << (c.ok ? tr("VAT %1 %: %2 on %3 ✓").arg(rate, money(c.statedTax), money(c.statedTaxable))
                     : tr("VAT %1 %: the lines make %2 (VAT %3), the invoice states %4 (VAT %5)")
                           .arg(rate, money(c.linesTaxable), money(c.expectedTax), money(c.statedTaxable),
                                money(c.statedTax)));
    }
    const CreditRequest credit = ThreeWayMatch::shortfallRequest(m, QDate::currentDate());
    QString text = tr("Total excl. VAT %1, VAT %2, incl. VAT %3. %4")
                       .arg(money(m.invoice.taxExclusive), money(m.invoice.tax),
                            money(m.invoice.taxInclusive), vat.join(QStringLiteral(" · ")));
    if (!credit.isEmpty())
        text += u' ' +
                tr("Billed beyond what was received: %1 incl. VAT to claim.").arg(money(credit.totalInclVat));
    m_totals->setText(text);
    m_totals->setStyleSheet(m.totalsOk() ? QString() : QStringLiteral("color: #b71c1c;"));
    m_creditPdf->setEnabled(!credit.isEmpty());
    m_creditCsv->setEnabled(!credit.isEmpty());
    const bool open = m.state != InvoiceState::Approved && m.state != InvoiceState::Refused;
    m_approveAll->setEnabled(open);
    m_refuseAll->setEnabled(open);
}

void InvoicesPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c; font-weight: bold;") : QString());
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        Q_EMIT statusMessage(text);
}

bool InvoicesPage::importFile()
{
    const QString path = askOpenPath(tr("Import a supplier's invoice"),
                                     tr("Invoices (*.xml *.csv *.txt);;UBL (*.xml);;CSV (*.csv *.txt)"));
    if (path.isEmpty())
        return false;
    return importPath(path);
}

bool InvoicesPage::importPath(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                    true);
        return false;
    }
    const QByteArray bytes = file.readAll();
    const bool csv = !bytes.trimmed().startsWith('<');
    const Decimal tol = tolerance();
    std::optional<InvoiceCsvDialog::Request> request;
    if (csv) {
        request = askCsvMapping(bytes);
        if (!request)
            return false;
    }
    if (!m_worker)
        m_worker = std::make_unique<DbWorker>();
    auto id = std::make_shared<QString>();
    auto outcome = std::make_shared<ImportOutcome>(ImportOutcome::Stored);
    // Stored on the worker: the whole invoice or nothing.
    m_worker
        ->transaction([bytes, request, tol, id, outcome](QSqlDatabase& db) {
            QString error;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            bool ok = false;
            if (request) {
                *id = request->invoiceId;
                ok = InvoiceCsv::saveMapping(db, request->supplierId, request->mapping, now, &error) &&
                     ThreeWayMatch::importCsv(db, request->supplierId, request->invoiceId, request->issueDate,
                                              request->orderId, bytes, request->mapping, tol, now, &error,
                                              outcome.get());
            } else if (const std::optional<QString> stored =
                           ThreeWayMatch::importUbl(db, bytes, QString(), tol, now, &error, outcome.get())) {
                *id = *stored;
                ok = true;
            }
            return ok ? DbStatus{} : DbStatus::failure(error);
        })
        .then(this, [this, id, outcome](const DbStatus& status) {
            if (!status.ok) {
                showMessage(status.error, true);
                Q_EMIT importFinished(false);
                return;
            }
            m_keep.reset();
            switch (*outcome) {
            case ImportOutcome::Stored:
                showMessage(tr("Invoice %1 imported and matched.").arg(*id), false);
                break;
            case ImportOutcome::AlreadyStored:
                showMessage(tr("Invoice %1 is already here with the same content: nothing changed.").arg(*id),
                            false);
                break;
            case ImportOutcome::SetAside:
                showMessage(
                    tr("Invoice %1 is already held with other content: the new one is set aside above "
                       "for you to keep the held one or replace it.")
                        .arg(*id),
                    false);
                break;
            }
            Q_EMIT changed();
            Q_EMIT importFinished(true);
            reload();
        });
    return true;
}

void InvoicesPage::decide(bool approve, bool wholeInvoice)
{
    if (!m_current)
        return;
    int position = 0;
    if (!wholeInvoice) {
        const int row = m_lines->currentRow();
        if (row < 0 || row >= m_current->lines.size())
            return;
        position = m_current->lines.at(row).position;
    }
    const QString supplierId = m_current->invoice.supplierId;
    const QString invoiceId = m_current->invoice.id;
    m_keep = std::make_pair(supplierId, invoiceId);
    if (!m_worker)
        m_worker = std::make_unique<DbWorker>();
    auto outcome = std::make_shared<ApprovalOutcome>();
    m_worker
        ->transaction([=](QSqlDatabase& db) {
            QString error;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const bool ok = approve ? ThreeWayMatch::approve(db, supplierId, invoiceId, position,
                                                             QDate::currentDate(), now, outcome.get(), &error)
                                    : ThreeWayMatch::refuse(db, supplierId, invoiceId, position, now, &error);
            return ok ? DbStatus{} : DbStatus::failure(error);
        })
        .then(this, [this, approve, outcome, position](const DbStatus& status) {
            if (!status.ok) {
                showMessage(status.error, true);
                return;
            }
            if (approve)
                showMessage(tr("%n line(s) approved; %1 product cost(s) updated, %2 recipe(s) recomputed.",
                               "", outcome->linesApproved)
                                .arg(outcome->repriced.size())
                                .arg(outcome->recipesUpdated.size()),
                            false);
            else
                showMessage(position == 0 ? tr("Invoice refused.") : tr("Line refused."), false);
            if (m_lines->currentRow() + 1 < m_lines->rowCount() && position != 0)
                m_lines->selectRow(m_lines->currentRow() + 1);
            Q_EMIT changed();
            reload();
        });
}

void InvoicesPage::showResendNote()
{
    const int row = m_resends->currentRow();
    const bool any = m_snapshot && row >= 0 && row < m_snapshot->resends.size();
    const bool approved = any && m_snapshot->resends.at(row).heldApproved;
    m_keepHeld->setEnabled(any);
    m_replaceHeld->setEnabled(any && !approved);
    if (!any) {
        m_resendNote->clear();
        return;
    }
    const InvoiceResend& r = m_snapshot->resends.at(row);
    m_resendNote->setText(
        approved ? tr("Invoice %1 is approved: it is never replaced. Keep it and ask %2 for a credit note "
                      "cancelling it, then a new invoice with the corrected amounts.")
                       .arg(r.invoiceId, r.supplierName)
                 : tr("Invoice %1 is not approved yet: replacing it matches the new one against the order "
                      "and the receipts (the held document is kept).")
                       .arg(r.invoiceId));
}

void InvoicesPage::keepHeldInvoice()
{
    settleResend(false);
}

void InvoicesPage::replaceHeldInvoice()
{
    settleResend(true);
}

void InvoicesPage::settleResend(bool replace)
{
    const int row = m_resends->currentRow();
    if (!m_snapshot || row < 0 || row >= m_snapshot->resends.size())
        return;
    const InvoiceResend resend = m_snapshot->resends.at(row);
    if (!m_worker)
        m_worker = std::make_unique<DbWorker>();
    const Decimal tol = tolerance();
    m_keep = std::make_pair(resend.supplierId, resend.invoiceId);
    m_worker
        ->transaction([resend, replace, tol](QSqlDatabase& db) {
            QString error;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const bool ok = replace ? ThreeWayMatch::replaceHeld(db, resend.id, tol, now, &error)
                                    : ThreeWayMatch::keepHeld(db, resend.id, now, &error);
            return ok ? DbStatus{} : DbStatus::failure(error);
        })
        .then(this, [this, resend, replace](const DbStatus& status) {
            if (!status.ok) {
                showMessage(status.error, true);
                return;
            }
            showMessage(
                replace
                    ? tr("Invoice %1 replaced by the one received again, and matched.").arg(resend.invoiceId)
                    : tr("Invoice %1 kept as held; the one received again is set aside.")
                          .arg(resend.invoiceId),
                false);
            Q_EMIT changed();
            reload();
        });
}

void InvoicesPage::approveLine()
{
    decide(true, false);
}

void InvoicesPage::refuseLine()
{
    decide(false, false);
}

void InvoicesPage::approveInvoice()
{
    decide(true, true);
}

void InvoicesPage::refuseInvoice()
{
    decide(false, true);
}

bool InvoicesPage::exportCreditPdf()
{
    if (!m_current)
        return false;
    const CreditRequest credit = ThreeWayMatch::shortfallRequest(*m_current, QDate::currentDate());
    if (credit.isEmpty())
        return false;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        askSavePath(tr("Save the credit-note request (PDF)"),
                    QDir(dir).filePath(CreditRequestPdf::fileName(credit)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    QSqlDatabase db = Database::connection();
    CreditRequestPdfInput in;
    in.request = credit;
    const RestaurantIdentity restaurant = RestaurantIdentity::current();
    in.restaurantName = restaurant.displayName();
    in.restaurantAddress = {restaurant.street,
                            QStringList{restaurant.postalCode, restaurant.city}.join(u' ').trimmed()};
    in.restaurantAddress.removeAll(QString());
    in.restaurantSiret = restaurant.siret;
    if (const std::optional<Supplier> s = SupplierStore::supplier(db, credit.supplierId)) {
        in.supplierName = s->name;
        in.supplierAddress = {s->address.street,
                              QStringLiteral("%1 %2").arg(s->address.postalCode, s->address.city).trimmed()};
        in.supplierSiret = s->siret;
    } else {
        in.supplierName = credit.supplierId;
    }
    QString error;
    if (!CreditRequestPdf::write(path, in, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Credit-note request saved: %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool InvoicesPage::exportCreditCsv()
{
    if (!m_current)
        return false;
    const CreditRequest credit = ThreeWayMatch::shortfallRequest(*m_current, QDate::currentDate());
    if (credit.isEmpty())
        return false;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString suggested = CreditRequestPdf::fileName(credit);
    suggested.replace(QStringLiteral(".pdf"), QStringLiteral(".csv"));
    const QString path = askSavePath(tr("Export the credit-note request (CSV)"),
                                     QDir(dir).filePath(suggested), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return false;
    QSqlDatabase db = Database::connection();
    const std::optional<Supplier> s = SupplierStore::supplier(db, credit.supplierId);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(Receiving::creditRequestCsv(credit, s ? s->name : credit.supplierId)) < 0) {
        showMessage(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                    true);
        return false;
    }
    showMessage(tr("Credit-note request exported: %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

} // namespace Moulin
