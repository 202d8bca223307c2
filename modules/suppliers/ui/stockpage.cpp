#include "suppliers/ui/stockpage.h"

#include "common/core/database.h"
#include "common/core/dbworker.h"
#include "common/core/readinterfaces.h"
#include "suppliers/ui/supplierformat.h"
#include "suppliers/ui/tableemptyhint.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Moulin {

namespace {

std::optional<Decimal> parseTyped(const QString& text)
{
    QString t = text.trimmed();
    t.remove(u' ');
    t.remove(QChar(0x202F));
    t.replace(u',', u'.');
    return Decimal::parse(t);
}

QTableWidgetItem* cell(const QString& text, bool right = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(right ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString qty(const std::optional<Decimal>& value)
{
    return value ? SupplierFormat::quantity(value->rounded(3)) : QStringLiteral("—");
}

} // namespace

StockPage::StockPage(QWidget* parent)
    : QWidget(parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_dayLabel = new QLabel(this);
    m_day = new QDateEdit(QDate::currentDate(), this);
    m_day->setObjectName(QStringLiteral("stockDay"));
    m_day->setCalendarPopup(true);
    m_areaLabel = new QLabel(this);
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("stockArea"));
    m_area->setEditable(true);
    m_area->setInsertPolicy(QComboBox::NoInsert);
    m_area->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_area->setMinimumWidth(
        m_area->fontMetrics().horizontalAdvance(QStringLiteral("Chambre froide négative")));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("stockProductSearch"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("stockProductResults"));
    m_results->setMaximumHeight(110);
    m_results->hide(); // up while a product is being typed
    m_resultsEmpty = TableEmptyHint::install(m_results, QStringLiteral("stockProductResultsEmpty"));
    m_count = new QLineEdit(this);
    m_count->setObjectName(QStringLiteral("stockCount"));
    m_count->setMaximumWidth(110);
    m_unitLabel = new QLabel(this);
    m_unitLabel->setMinimumWidth(m_unitLabel->fontMetrics().horizontalAdvance(QStringLiteral("bouteille")));
    m_reasonLabel = new QLabel(this);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("wasteReason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_waste = new QPushButton(this);
    m_counts = new QTableWidget(0, 3, this);
    m_counts->setObjectName(QStringLiteral("stockCounts"));
    m_counts->verticalHeader()->hide();
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->setMaximumHeight(160);
    m_countsEmpty = TableEmptyHint::install(m_counts, QStringLiteral("stockCountsEmpty"));
    m_varianceTitle = new QLabel(this);
    m_variance = new QTableWidget(0, 10, this);
    m_variance->setObjectName(QStringLiteral("stockVariance"));
    m_variance->verticalHeader()->hide();
    m_variance->setSortingEnabled(false);
    m_variance->horizontalHeader()->setStretchLastSection(false);
    m_varianceEmpty = TableEmptyHint::install(m_variance, QStringLiteral("stockVarianceEmpty"));
    m_wasteList = new QTableWidget(0, 5, this);
    m_wasteList->setObjectName(QStringLiteral("wasteList"));
    m_wasteList->verticalHeader()->hide();
    m_wasteList->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_wasteListEmpty = TableEmptyHint::install(m_wasteList, QStringLiteral("wasteListEmpty"));
    m_wasteTitle = new QLabel(this);
    m_wasteWeeks = new QTableWidget(0, 3, this);
    m_wasteWeeks->setObjectName(QStringLiteral("wasteWeeks"));
    m_wasteWeeks->verticalHeader()->hide();
    m_wasteWeeks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_wasteWeeks->setMaximumHeight(200);
    m_wasteWeeksEmpty = TableEmptyHint::install(m_wasteWeeks, QStringLiteral("wasteWeeksEmpty"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("stockMessage"));
    m_message->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_dayLabel);
    top->addWidget(m_day);
    top->addWidget(m_areaLabel);
    top->addWidget(m_area);
    top->addStretch(1);
    auto* entry = new QHBoxLayout;
    entry->addWidget(m_search, 2);
    entry->addWidget(m_count);
    entry->addWidget(m_unitLabel);
    entry->addWidget(m_reasonLabel);
    entry->addWidget(m_reason, 1);
    entry->addWidget(m_waste);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(top);
    layout->addLayout(entry);
    layout->addWidget(m_results);
    layout->addWidget(m_message);
    auto* stockView = new QWidget(this);
    auto* stockLayout = new QVBoxLayout(stockView);
    stockLayout->setContentsMargins(0, 0, 0, 0);
    stockLayout->addWidget(m_counts);
    stockLayout->addWidget(m_varianceTitle);
    stockLayout->addWidget(m_variance, 1);
    auto* wasteView = new QWidget(this);
    auto* wasteLayout = new QVBoxLayout(wasteView);
    wasteLayout->setContentsMargins(0, 0, 0, 0);
    wasteLayout->addWidget(m_wasteTitle);
    wasteLayout->addWidget(m_wasteWeeks);
    wasteLayout->addWidget(m_wasteList, 1);
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("stockViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(stockView, QString());
    m_views->addTab(wasteView, QString());
    layout->addWidget(m_views, 1);

    confirm = [this](const QString& warning) {
        return QMessageBox::question(this, tr("Check the count"), warning, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };

    connect(m_search, &QLineEdit::textChanged, this, &StockPage::searchProducts);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() == 0) {
            showMessage(tr("No product matches: type part of its name, its article number or its EAN."),
                        true);
            return;
        }
        if (m_results->currentRow() < 0)
            m_results->setCurrentRow(0);
        m_count->setFocus();
        m_count->selectAll();
    });
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        m_unitLabel->setText(item ? Units::label(item->data(Qt::UserRole + 2).toString()) : QString());
    });
    connect(m_count, &QLineEdit::returnPressed, this, &StockPage::enterCount);
    connect(m_waste, &QPushButton::clicked, this, &StockPage::enterWaste);
    auto* wasteShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this);
    wasteShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(wasteShortcut, &QShortcut::activated, this, &StockPage::enterWaste);
    connect(m_day, &QDateEdit::dateChanged, this, &StockPage::reload);
    connect(m_area, &QComboBox::currentTextChanged, this, &StockPage::reload);

    retranslateUi();
    // The first read: when a menu source, a day or a worker is given, or
    // when the tab has read its snapshot.
}

QString StockPage::title()
{
    return tr("S&tock");
}

void StockPage::setMenuSource(std::shared_ptr<MenuSalesSource> source)
{
    m_source = std::move(source);
    reload();
}

void StockPage::retranslateUi()
{
    m_intro->setText(
        tr("Inventory: choose the day and the storage area, type a product, Enter, type the count "
           "in the product's unit, Enter. Ctrl+P records the quantity typed as waste, with its reason, "
           "on that day."));
    m_dayLabel->setText(tr("Day:"));
    m_areaLabel->setText(tr("Storage area:"));
    m_search->setPlaceholderText(tr("Product (name, article number, EAN)…"));
    m_count->setPlaceholderText(tr("Count"));
    m_waste->setText(tr("Waste"));
    m_waste->setToolTip(tr("Record the quantity typed as waste (Ctrl+P)"));
    m_reasonLabel->setText(tr("Reason:"));
    {
        const QSignalBlocker blocker(m_reason);
        const QString reason = m_reason->currentText();
        m_reason->clear();
        m_reason->addItems({tr("Past its date"), tr("Broken or spilt"), tr("Kitchen error"),
                            tr("Sent back by a guest"), tr("Staff meal")});
        if (!reason.isEmpty())
            m_reason->setCurrentText(reason);
    }
    m_views->setTabText(0, tr("Stock and variance"));
    m_views->setTabText(1, tr("Waste list"));
    m_wasteTitle->setText(
        tr("Waste per week, valued at the current prices (excl. VAT, promotions left out)"));
    m_wasteWeeks->setHorizontalHeaderLabels({tr("Week"), tr("Entries"), tr("Value excl. VAT")});
    m_wasteList->setHorizontalHeaderLabels(
        {tr("Day"), tr("Product"), tr("Quantity"), tr("Reason"), tr("Value excl. VAT")});
    m_counts->setHorizontalHeaderLabels({tr("Product"), tr("Counted"), tr("Unit")});
    m_varianceTitle->setText(tr("Theoretical stock and variance"));
    m_varianceEmpty->setHint(tr("No product followed yet: a product's theoretical stock starts at its "
                                "first count."));
    m_wasteListEmpty->setHint(
        tr("No waste recorded yet: type a product and the quantity lost, then Ctrl+P."));
    m_wasteWeeksEmpty->setHint(tr("No waste recorded yet."));
    m_resultsEmpty->setHint(tr("No product matches: type part of its name, its article number or its EAN."));
    refreshCountsHint();
    m_variance->setHorizontalHeaderLabels({tr("Product"), tr("Unit"), tr("Previous count"), tr("Received"),
                                           tr("Consumed (sales)"), tr("Waste"), tr("Theoretical"),
                                           tr("Counted"), tr("Variance"), tr("Variance (€)")});
    const QSignalBlocker blocker(m_area);
    const QString current = m_area->currentText();
    m_area->clear();
    m_area->addItems(m_data && !m_data->areas.isEmpty() ? m_data->areas : Stock::defaultAreas());
    if (!current.isEmpty())
        m_area->setCurrentText(current);
}

void StockPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void StockPage::refreshCountsHint()
{
    const QString area = m_area->currentText().trimmed();
    m_countsEmpty->setHint(
        area.isEmpty() ? tr("No count on %1: choose a storage area, type a product, Enter, then its count.")
                             .arg(SupplierFormat::day(m_day->date()))
                       : tr("No count in %1 on %2 yet: type a product above, Enter, then its count.")
                             .arg(area, SupplierFormat::day(m_day->date())));
}

void StockPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1b5e20;"));
}

void StockPage::searchProducts()
{
    m_results->clear();
    m_results->setVisible(!m_search->text().trimmed().isEmpty());
    if (m_search->text().trimmed().isEmpty())
        return;
    if (!m_data || !m_data->index)
        return;
    for (const int i : m_data->index->search(m_search->text(), QString(), 20)) {
        const Product& p = m_data->index->item(i).product;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2 (%3)").arg(p.name, Units::label(p.unitCode), p.supplierId), m_results);
        item->setData(Qt::UserRole, p.supplierId);
        item->setData(Qt::UserRole + 1, p.sku);
        item->setData(Qt::UserRole + 2, p.unitCode);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

bool StockPage::enterCount()
{
    QListWidgetItem* chosen = m_results->currentItem();
    if (!chosen) {
        showMessage(tr("Type a product and choose it in the list."), true);
        m_search->setFocus();
        return false;
    }
    const auto quantity = parseTyped(m_count->text());
    if (!quantity) {
        showMessage(tr("Type the count as a number (e.g. 12 or 2,5)."), true);
        m_count->setFocus();
        return false;
    }
    const QString area = m_area->currentText().trimmed();
    if (area.isEmpty()) {
        showMessage(tr("Choose or type a storage area."), true);
        m_area->setFocus();
        return false;
    }
    const StockCount count{m_day->date(), area, chosen->data(Qt::UserRole).toString(),
                           chosen->data(Qt::UserRole + 1).toString(), *quantity};
    QSqlDatabase db = Database::connection();
    QString warning;
    QString error;
    bool ok = Stock::saveCount(db, count, false, QDateTime::currentDateTimeUtc(), &warning, &error);
    if (!ok && !warning.isEmpty()) {
        if (!confirm || !confirm(warning)) {
            showMessage(tr("Count not stored: %1").arg(warning), true);
            m_count->setFocus();
            m_count->selectAll();
            return false;
        }
        ok = Stock::saveCount(db, count, true, QDateTime::currentDateTimeUtc(), &warning, &error);
    }
    if (!ok) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("%1: %2 counted in %3.")
                    .arg(chosen->text().section(QStringLiteral(" — "), 0, 0),
                         UnitCode::withQuantity(SupplierFormat::quantity(*quantity), *quantity,
                                                chosen->data(Qt::UserRole + 2).toString()),
                         area),
                false);
    m_search->clear();
    m_count->clear();
    m_search->setFocus();
    reload();
    return true;
}

bool StockPage::enterWaste()
{
    QListWidgetItem* chosen = m_results->currentItem();
    const auto quantity = parseTyped(m_count->text());
    if (!chosen || !quantity) {
        showMessage(tr("Type a product and the quantity wasted, then Ctrl+P."), true);
        return false;
    }
    if (quantity->isZero() || quantity->isNegative()) {
        showMessage(tr("The quantity wasted is above zero (e.g. 2 or 0,5)."), true);
        m_count->setFocus();
        m_count->selectAll();
        return false;
    }
    const QString reason = m_reason->currentText().simplified();
    if (reason.isEmpty()) {
        showMessage(tr("Choose or type the reason of the waste."), true);
        m_reason->setFocus();
        return false;
    }
    QSqlDatabase db = Database::connection();
    QString error;
    if (!Stock::addWaste(db,
                         {m_day->date(), chosen->data(Qt::UserRole).toString(),
                          chosen->data(Qt::UserRole + 1).toString(), *quantity, reason},
                         QDateTime::currentDateTimeUtc(), &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Waste recorded: %1 %2 (%3) on %4.")
                    .arg(SupplierFormat::quantity(*quantity),
                         chosen->text().section(QStringLiteral(" — "), 0, 0), reason,
                         SupplierFormat::day(m_day->date())),
                false);
    m_search->clear();
    m_count->clear();
    m_search->setFocus();
    reload();
    return true;
}

void StockPage::reload()
{
    std::shared_ptr<MenuSalesSource> source = m_source ? m_source : ReadInterfaces::get<MenuSalesSource>();
    std::shared_ptr<const CatalogueIndex> index = m_index;
    const QDate day = m_day->date();
    const QString area = m_area->currentText().trimmed();
    if (!m_worker) {
        QSqlDatabase db = Database::connection();
        if (!db.isOpen())
            return;
        apply(StockData::load(db, day, area, source.get(), index));
        return;
    }
    const quint64 request = ++m_request;
    m_worker
        ->run([source, index, day, area](QSqlDatabase& db) {
            return StockData::load(db, day, area, source.get(), index);
        })
        .then(this, [this, request](std::shared_ptr<const StockData> data) {
            if (request == m_request) // else a newer read is on its way
                apply(std::move(data));
        });
}

void StockPage::apply(std::shared_ptr<const StockData> data)
{
    m_data = std::move(data);
    {
        const QSignalBlocker blocker(m_area);
        const QString current = m_area->currentText();
        m_area->clear();
        m_area->addItems(m_data->areas.isEmpty() ? Stock::defaultAreas() : m_data->areas);
        m_area->setCurrentText(current);
    }
    refreshCountsHint();
    const PriceBook& prices = m_data->prices;
    const QList<StockCount>& counts = m_data->counts;
    m_counts->setRowCount(int(counts.size()));
    for (int r = 0; r < counts.size(); ++r) {
        const StockCount& c = counts.at(r);
        const Product* p = prices.product(c.supplierId, c.sku);
        m_counts->setItem(r, 0, cell(p ? p->name : c.sku));
        m_counts->setItem(r, 1, cell(SupplierFormat::quantity(c.quantity), true));
        m_counts->setItem(r, 2, cell(p ? Units::label(p->unitCode) : QString()));
    }
    const QStringList& problems = m_data->problems;
    const QList<StockLine>& lines = m_data->lines;
    m_variance->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const StockLine& l = lines.at(r);
        m_variance->setItem(r, 0, cell(l.name));
        m_variance->setItem(r, 1, cell(Units::label(l.unit)));
        m_variance->setItem(r, 2,
                            cell(l.openingDay.isValid()
                                     ? tr("%1 (%2)").arg(SupplierFormat::quantity(l.opening),
                                                         SupplierFormat::day(l.openingDay))
                                     : tr("first count"),
                                 true));
        m_variance->setItem(r, 3, cell(qty(l.delivered), true));
        m_variance->setItem(r, 4, cell(qty(l.consumed), true));
        m_variance->setItem(r, 5, cell(qty(l.wasted), true));
        m_variance->setItem(r, 6, cell(qty(l.theoretical), true));
        m_variance->setItem(r, 7, cell(qty(l.counted), true));
        m_variance->setItem(r, 8, cell(qty(l.variance), true));
        m_variance->setItem(
            r, 9,
            cell(l.varianceValue ? SupplierFormat::money(*l.varianceValue) : QStringLiteral("—"), true));
        if (l.variance && l.variance->isNegative()) {
            m_variance->item(r, 8)->setForeground(QColor(0xb3, 0x26, 0x1e));
            m_variance->item(r, 9)->setForeground(QColor(0xb3, 0x26, 0x1e));
        }
    }
    m_variance->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_variance->resizeColumnsToContents();
    // The product takes the room left; the figures keep their width.
    m_variance->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_variance->setToolTip(problems.join(u'\n'));

    // Waste: the weeks' totals, then every entry, newest first.
    m_wasteWeeks->setRowCount(int(m_data->weeks.size()));
    for (int r = 0; r < m_data->weeks.size(); ++r) {
        const WasteWeek& w = m_data->weeks.at(r);
        m_wasteWeeks->setItem(
            r, 0,
            cell(tr("Week %1 (%2 – %3)")
                     .arg(w.monday.weekNumber())
                     .arg(SupplierFormat::day(w.monday), SupplierFormat::day(w.monday.addDays(6)))));
        m_wasteWeeks->setItem(r, 1, cell(QString::number(w.entries), true));
        m_wasteWeeks->setItem(r, 2, cell(SupplierFormat::money(w.value), true));
        if (w.unvalued > 0)
            m_wasteWeeks->item(r, 2)->setToolTip(tr(
                "%n entry(ies) not valued: the product is no longer in the catalogue.", nullptr, w.unvalued));
    }
    m_wasteWeeks->resizeColumnsToContents();
    m_wasteWeeks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_wasteList->setRowCount(int(m_data->waste.size()));
    for (int r = 0; r < m_data->waste.size(); ++r) {
        const WasteRow& w = m_data->waste.at(r);
        m_wasteList->setItem(r, 0, cell(SupplierFormat::day(w.entry.day)));
        m_wasteList->setItem(r, 1, cell(w.name));
        m_wasteList->setItem(
            r, 2,
            cell(UnitCode::withQuantity(SupplierFormat::quantity(w.entry.quantity), w.entry.quantity, w.unit),
                 true));
        m_wasteList->setItem(r, 3, cell(w.entry.reason));
        m_wasteList->setItem(r, 4,
                             cell(w.value ? SupplierFormat::money(*w.value) : QStringLiteral("—"), true));
    }
    m_wasteList->resizeColumnsToContents();
    m_wasteList->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    searchProducts();
    Q_EMIT reloaded();
}

} // namespace Moulin
