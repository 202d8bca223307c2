#include "suppliers/ui/cataloguepage.h"

#include "suppliers/ui/catalogueresultsmodel.h"
#include "suppliers/ui/supplierformat.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Moulin {

namespace {

double toDouble(const Decimal& d)
{
    return double(d.micros()) / double(Decimal::kOne);
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setToolTip(text);
    return item;
}

void setUpTable(QTableWidget* table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->horizontalHeader()->setHighlightSections(false);
}

} // namespace

CataloguePage::CataloguePage(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit)
    , m_supplier(new QComboBox)
    , m_category(new QComboBox)
    , m_count(new QLabel)
    , m_results(new QTableView)
    , m_model(new CatalogueResultsModel(this))
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_best(new QLabel)
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart))
    , m_lists(new QTabWidget)
    , m_alertCaption(new QLabel)
    , m_alertPercent(new QDoubleSpinBox)
    , m_alerts(new QTableWidget(0, 6))
    , m_alertsEmpty(new QLabel)
    , m_setAsideCaption(new QLabel)
    , m_setAside(new QTableWidget(0, 4))
{
    m_search->setObjectName(QStringLiteral("catalogueSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(360);
    m_search->installEventFilter(this);
    m_supplier->setObjectName(QStringLiteral("catalogueSupplierFilter"));
    m_supplier->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_category->setObjectName(QStringLiteral("catalogueCategoryFilter"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count->setObjectName(QStringLiteral("catalogueCount"));
    m_count->setStyleSheet(QStringLiteral("color: #5f6670;"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 3);
    bar->addSpacing(8);
    bar->addWidget(m_supplier);
    bar->addWidget(m_category);
    bar->addStretch(1);
    bar->addWidget(m_count);

    m_results->setObjectName(QStringLiteral("catalogueResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new CatalogueResultsDelegate(m_results));
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setShowGrid(false);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 10);
    m_results->horizontalHeader()->setHighlightSections(false);
    m_results->horizontalHeader()->setSectionResizeMode(CatalogueResultsModel::ProductColumn,
                                                        QHeaderView::Stretch);
    m_results->horizontalHeader()->setMinimumSectionSize(48);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_results->horizontalHeader()->setSectionResizeMode(CatalogueResultsModel::ProductColumn,
                                                        QHeaderView::Stretch);
    m_results->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setMinimumWidth(520);

    // The selected product.
    m_title->setObjectName(QStringLiteral("catalogueDetailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    m_subtitle->setStyleSheet(QStringLiteral("color: #5f6670;"));
    m_best->setObjectName(QStringLiteral("catalogueBest"));
    m_best->setWordWrap(true);
    m_chartView->setObjectName(QStringLiteral("priceHistoryChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(260, 220);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->setLocalizeNumbers(true);

    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_subtitle);
    detailLayout->addWidget(m_best);
    detailLayout->addWidget(m_chartView, 1);

    auto* top = new QSplitter(Qt::Horizontal);
    top->addWidget(m_results);
    top->addWidget(detail);
    top->setStretchFactor(0, 5);
    top->setStretchFactor(1, 2);
    top->setChildrenCollapsible(false);

    // Price alerts and rows set aside.
    m_alertPercent->setObjectName(QStringLiteral("priceAlertPercent"));
    m_alertPercent->setRange(0, 100);
    m_alertPercent->setDecimals(1);
    m_alertPercent->setSingleStep(0.5);
    m_alertPercent->setSuffix(QStringLiteral(" %"));
    m_alertPercent->setKeyboardTracking(false);
    m_alerts->setObjectName(QStringLiteral("priceAlerts"));
    setUpTable(m_alerts);
    m_alerts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_setAside->setObjectName(QStringLiteral("catalogueSetAside"));
    setUpTable(m_setAside);
    m_setAside->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_setAsideCaption->setWordWrap(true);

    auto* alertsPage = new QWidget;
    auto* alertsLayout = new QVBoxLayout(alertsPage);
    auto* threshold = new QHBoxLayout;
    threshold->addWidget(m_alertCaption);
    threshold->addWidget(m_alertPercent);
    threshold->addStretch(1);
    alertsLayout->addLayout(threshold);
    alertsLayout->addWidget(m_alerts);
    alertsLayout->addWidget(m_alertsEmpty);
    alertsLayout->addStretch(1);
    m_alertsEmpty->setObjectName(QStringLiteral("priceAlertsEmpty"));
    m_alertsEmpty->setStyleSheet(QStringLiteral("color: #5f6670;"));
    m_alertsEmpty->hide();
    auto* setAsidePage = new QWidget;
    auto* setAsideLayout = new QVBoxLayout(setAsidePage);
    setAsideLayout->addWidget(m_setAsideCaption);
    setAsideLayout->addWidget(m_setAside);
    setAsideLayout->addStretch(1);
    m_lists->setObjectName(QStringLiteral("catalogueLists"));
    m_lists->addTab(alertsPage, QString());
    m_lists->addTab(setAsidePage, QString());
    m_lists->setDocumentMode(true);

    top->setSizes({1100, 440});

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(m_lists);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({700, 260});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, this, &CataloguePage::search);
    connect(m_supplier, &QComboBox::currentIndexChanged, this, &CataloguePage::search);
    connect(m_category, &QComboBox::currentIndexChanged, this, &CataloguePage::search);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CataloguePage::selectionChanged);
    connect(m_alertPercent, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (const std::optional<Decimal> d = Decimal::parse(QString::number(value, 'f', 1)))
            Q_EMIT alertPercentChanged(*d);
    });
    connect(m_alerts, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (!m_snapshot || row < 0 || row >= int(m_snapshot->rises.size()))
            return;
        const PriceRise& r = m_snapshot->rises.at(row);
        selectProduct(r.supplierId, r.sku);
    });
    retranslateUi();
    sizeColumns();
}

void CataloguePage::sizeColumns()
{
    // Wide enough for the header and a typical value, in either language.
    // Values measured bold (the cheapest offer's cells are), headers as drawn.
    QFont bold = m_results->font();
    bold.setBold(true);
    const QFontMetrics values(bold);
    const QFontMetrics headers = m_results->horizontalHeader()->fontMetrics();
    const auto width = [&](int column, const QString& sample) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_results->setColumnWidth(
            column, std::max(headers.horizontalAdvance(header) + 16, values.horizontalAdvance(sample) + 14));
    };
    // The supplier's whole name when it is short enough ("EARL Ferme des Saules").
    QString longest = QStringLiteral("Transgourmet Op.");
    if (m_snapshot) {
        for (const SupplierSummary& s : m_snapshot->suppliers) {
            if (values.horizontalAdvance(s.supplier.name) > values.horizontalAdvance(longest))
                longest = s.supplier.name;
        }
    }
    width(CatalogueResultsModel::SupplierColumn, longest);
    m_results->setColumnWidth(CatalogueResultsModel::SupplierColumn,
                              std::min(m_results->columnWidth(CatalogueResultsModel::SupplierColumn),
                                       values.horizontalAdvance(QStringLiteral("M")) * 16));
    width(CatalogueResultsModel::SkuColumn, QStringLiteral("TG100000"));
    width(CatalogueResultsModel::GtinColumn, QStringLiteral("3000000000000"));
    width(CatalogueResultsModel::PackColumn, QStringLiteral("cagette de 12,5 kg"));
    width(CatalogueResultsModel::UnitPriceColumn, QStringLiteral("12,34 €/pièce"));
    width(CatalogueResultsModel::PackPriceColumn, QStringLiteral("1 234,56 €"));
    width(CatalogueResultsModel::VatColumn, QStringLiteral("5,5 %"));
    width(CatalogueResultsModel::ComparisonColumn,
          CatalogueResultsModel::tr("Cheapest", "the cheapest of the suppliers carrying the product"));
}

void CataloguePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_search->setFocus();
}

QDateTime CataloguePage::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTime();
}

void CataloguePage::setSnapshot(std::shared_ptr<const SuppliersSnapshot> snapshot)
{
    const int previous = selectedItem();
    QString previousKey;
    if (previous >= 0 && m_snapshot) {
        const Product& p = m_snapshot->index.item(previous).product;
        previousKey = p.supplierId + u'\n' + p.sku;
    }
    // The widths follow the suppliers' names, not every sync (a column the
    // user widened stays so).
    const qsizetype suppliersBefore = m_snapshot ? m_snapshot->suppliers.size() : -1;
    m_snapshot = std::move(snapshot);
    m_model->setSnapshot(m_snapshot);
    fillFilters();
    if (m_snapshot && m_snapshot->suppliers.size() != suppliersBefore)
        sizeColumns();
    {
        const QSignalBlocker block(m_alertPercent);
        m_alertPercent->setValue(m_snapshot ? toDouble(m_snapshot->alertPercent) : 5.0);
    }
    fillAlerts();
    fillSetAside();
    m_detailItem = -1;
    search();
    if (!previousKey.isEmpty() && m_snapshot) {
        const qsizetype cut = previousKey.indexOf(u'\n');
        const int item = m_snapshot->index.find(previousKey.left(cut), previousKey.mid(cut + 1));
        const int row = m_model->rowOfItem(item);
        if (row >= 0)
            m_results->setCurrentIndex(m_model->index(row, 0));
    }
    retranslateUi();
}

void CataloguePage::fillFilters()
{
    const QString supplier = m_supplier->currentData().toString();
    const QString category = m_category->currentData().toString();
    const QSignalBlocker b1(m_supplier);
    const QSignalBlocker b2(m_category);
    m_supplier->clear();
    m_supplier->addItem(tr("All suppliers"), QString());
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    if (m_snapshot) {
        for (const SupplierSummary& s : m_snapshot->suppliers)
            m_supplier->addItem(s.supplier.name, s.supplier.id);
        for (const QString& c : m_snapshot->index.categories())
            m_category->addItem(c, c);
    }
    m_supplier->setCurrentIndex(std::max(0, m_supplier->findData(supplier)));
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
}

void CataloguePage::search()
{
    if (!m_snapshot) {
        m_model->setResults({}, {}, now());
        m_count->clear();
        return;
    }
    const QString supplier = m_supplier->currentData().toString();
    int total = 0;
    const QList<int> matches = m_snapshot->index.search(
        m_search->text(), CatalogueIndex::Filter{supplier, m_category->currentData().toString()},
        kResultLimit, &total);
    const int keep = m_detailItem;
    m_model->setResults(matches, supplier, now());
    // Only a product several suppliers carry (same GTIN) has a comparison.
    m_results->setColumnHidden(CatalogueResultsModel::ComparisonColumn, !m_model->hasComparison());
    if (total > kResultLimit)
        m_count->setText(tr("The first %L1 of %L2 products").arg(kResultLimit).arg(total));
    else
        m_count->setText(tr("%Ln product(s)", nullptr, total));
    int row = m_model->rowOfItem(keep);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        m_results->setCurrentIndex(m_model->index(row, 0));
        m_results->scrollTo(m_model->index(row, 0));
    } else {
        showDetail(-1);
    }
}

int CataloguePage::selectedItem() const
{
    const QModelIndex current = m_results->currentIndex();
    return current.isValid() ? m_model->itemAt(current.row()) : -1;
}

void CataloguePage::selectionChanged()
{
    showDetail(selectedItem());
}

void CataloguePage::selectProduct(const QString& supplierId, const QString& sku)
{
    if (!m_snapshot)
        return;
    const int item = m_snapshot->index.find(supplierId, sku);
    if (item < 0)
        return;
    m_supplier->setCurrentIndex(0);
    m_category->setCurrentIndex(0);
    m_detailItem = item;
    m_search->setText(sku);
    const int row = m_model->rowOfItem(item);
    if (row >= 0) {
        m_results->setCurrentIndex(m_model->index(row, 0));
        m_results->setFocus();
    }
}

void CataloguePage::showDetail(int item)
{
    if (item == m_detailItem && item >= 0)
        return;
    m_detailItem = item;
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_historyItems.clear();
    if (!m_snapshot || item < 0) {
        m_title->setText(m_snapshot && m_snapshot->index.isEmpty() ? tr("No product yet")
                                                                   : tr("No product selected"));
        m_subtitle->clear();
        m_best->clear();
        m_chart->setTitle(QString());
        return;
    }
    const CatalogueIndex& index = m_snapshot->index;
    const CatalogueItem& it = index.item(item);
    m_title->setText(it.product.name);
    QStringList facts;
    if (!it.product.gtin.isEmpty())
        facts << tr("GTIN %1").arg(it.product.gtin);
    if (!it.category.isEmpty())
        facts << it.category;
    facts << tr("VAT %1").arg(SupplierFormat::vat(it.product.vat));

    QList<int> offers = index.sameGtin(item);
    const QString unit = it.product.unitCode;
    // Each offer at its supplier's next delivery day (a promotion counts then).
    const auto day = [this](int i) { return m_model->priceDay(i); };
    std::sort(offers.begin(), offers.end(), [&](int a, int b) {
        const Product& pa = index.item(a).product;
        const Product& pb = index.item(b).product;
        if ((pa.unitCode == unit) != (pb.unitCode == unit))
            return pa.unitCode == unit;
        return pa.unitPriceOn(day(a)) < pb.unitPriceOn(day(b));
    });
    if (offers.size() > 1) {
        facts << tr("at %n supplier(s)", nullptr, int(offers.size()));
        const Product& best = index.item(offers.first()).product;
        m_best->setText(
            tr("Cheapest: <b>%1</b>, %2")
                .arg(m_snapshot->names.value(best.supplierId).toHtmlEscaped(),
                     SupplierFormat::unitPrice(best.unitPriceOn(day(offers.first())), best.unitCode)
                         .toHtmlEscaped()));
    } else {
        const Product& p = it.product;
        m_best->setText(
            tr("%1: %2, %3 per pack")
                .arg(m_snapshot->names.value(p.supplierId).toHtmlEscaped(),
                     SupplierFormat::unitPrice(p.unitPriceOn(day(item)), p.unitCode).toHtmlEscaped(),
                     SupplierFormat::money(p.packPriceOn(day(item))).toHtmlEscaped()));
    }
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));
    m_chart->setTitle(tr("Price history (unit price excl. VAT)"));
    m_historyItems = offers;
    Q_EMIT historyRequested(offers);
}

void CataloguePage::setHistory(const QList<int>& items, const QList<QList<PricePoint>>& histories)
{
    if (items != m_historyItems || !m_snapshot || items.size() != histories.size())
        return; // an answer for a product no longer selected
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis);
    const QDateTime now = this->now();
    auto* x = new QDateTimeAxis;
    auto* y = new QValueAxis;
    x->setFormat(QStringLiteral("dd/MM/yy"));
    x->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%.2f"));
    y->setTitleText(tr("€ excl. VAT"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    double low = std::numeric_limits<double>::max();
    double high = 0;
    qint64 first = now.toMSecsSinceEpoch();
    for (int k = 0; k < int(items.size()); ++k) {
        const QList<PricePoint>& points = histories.at(k);
        if (points.isEmpty())
            continue;
        const Product& p = m_snapshot->index.item(items.at(k)).product;
        auto* series = new QLineSeries;
        series->setName(m_snapshot->names.value(p.supplierId, p.supplierId));
        series->setPointsVisible(true);
        // Steps: a price holds until the next one, the last until today.
        double previous = -1;
        for (const PricePoint& point : points) {
            const qint64 at = point.recordedAt.toMSecsSinceEpoch();
            const double price = toDouble(point.unitPrice);
            if (previous >= 0)
                series->append(double(at), previous);
            series->append(double(at), price);
            previous = price;
            low = std::min(low, price);
            high = std::max(high, price);
            first = std::min(first, at);
        }
        series->append(double(now.toMSecsSinceEpoch()), previous);
        m_chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (high <= 0)
        return;
    const double pad = std::max((high - low) * 0.15, high * 0.05);
    y->setRange(std::max(0.0, low - pad), high + pad);
    y->applyNiceNumbers(); // ticks on round prices (12,00 / 12,50…), not the range's fifths
    const qint64 span = std::max<qint64>(now.toMSecsSinceEpoch() - first, 24LL * 3600 * 1000);
    x->setFormat(span > 120LL * 24 * 3600 * 1000 ? QStringLiteral("MMM yy")
                 : span > 2LL * 24 * 3600 * 1000 ? QStringLiteral("dd/MM")
                                                 : QStringLiteral("dd/MM HH:mm"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch() - span - span / 20),
                QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch() + span / 20));
    m_chart->legend()->setVisible(items.size() > 1);
}

void CataloguePage::fillAlerts()
{
    m_alerts->setRowCount(0);
    if (!m_snapshot)
        return;
    m_alerts->setRowCount(int(m_snapshot->rises.size()));
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < int(m_snapshot->rises.size()); ++row) {
        const PriceRise& r = m_snapshot->rises.at(row);
        const int item = m_snapshot->index.find(r.supplierId, r.sku);
        const QString unit = item >= 0 ? m_snapshot->index.item(item).product.unitCode : QString();
        m_alerts->setItem(row, 0, cell(r.name));
        m_alerts->setItem(row, 1, cell(m_snapshot->names.value(r.supplierId, r.supplierId)));
        m_alerts->setItem(row, 2, cell(SupplierFormat::unitPrice(r.previous, unit), right));
        m_alerts->setItem(row, 3, cell(SupplierFormat::unitPrice(r.price, unit), right));
        QTableWidgetItem* change = cell(SupplierFormat::percentChange(r.changePercent), right);
        change->setForeground(QColor(0xb0, 0x1e, 0x1e));
        QFont bold = change->font();
        bold.setBold(true);
        change->setFont(bold);
        m_alerts->setItem(row, 4, change);
        m_alerts->setItem(row, 5, cell(QLocale().toString(r.recordedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_alerts->resizeColumnsToContents();
    m_alerts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_alertsEmpty->setVisible(m_snapshot->rises.isEmpty());
    m_alerts->setVisible(!m_snapshot->rises.isEmpty());
}

void CataloguePage::fillSetAside()
{
    m_setAside->setRowCount(0);
    if (!m_snapshot)
        return;
    m_setAside->setRowCount(int(m_snapshot->setAside.size()));
    for (int row = 0; row < int(m_snapshot->setAside.size()); ++row) {
        const QuarantinedRecord& r = m_snapshot->setAside.at(row);
        m_setAside->setItem(row, 0, cell(QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat)));
        m_setAside->setItem(row, 1, cell(r.connector));
        m_setAside->setItem(row, 2, cell(r.recordKey));
        m_setAside->setItem(row, 3, cell(r.reason));
    }
    m_setAside->resizeColumnsToContents();
    m_setAside->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_setAside->setVisible(!m_snapshot->setAside.isEmpty());
}

void CataloguePage::showList(int which)
{
    m_lists->setCurrentIndex(which);
}

bool CataloguePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Down) &&
            m_model->rowCount() > 0) {
            m_results->setFocus();
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CataloguePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        sizeColumns();
    }
    QWidget::changeEvent(event);
}

void CataloguePage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search every catalogue: product, reference or GTIN…"));
    m_supplier->setItemText(0, tr("All suppliers"));
    m_category->setItemText(0, tr("All categories"));
    const int rises = m_snapshot ? int(m_snapshot->rises.size()) : 0;
    const int setAside = m_snapshot ? int(m_snapshot->setAside.size()) : 0;
    m_lists->setTabText(0, rises ? tr("Price alerts (%L1)").arg(rises) : tr("Price alerts"));
    m_lists->setTabText(1, setAside ? tr("Rows set aside (%L1)").arg(setAside) : tr("Rows set aside"));
    m_alertCaption->setText(tr("Alert when a price rises by more than"));
    m_alertsEmpty->setText(
        tr("No product's last price change is a rise above %1.")
            .arg(SupplierFormat::percentChange(m_snapshot ? m_snapshot->alertPercent : Decimal::fromInt(5))
                     .mid(1)));
    m_alertPercent->setToolTip(tr("Saved as suppliers/price_alert_percent; the list follows at once."));
    m_alerts->setHorizontalHeaderLabels(
        {tr("Product"), tr("Supplier"), tr("Before"), tr("Now"), tr("Rise"), tr("Since")});
    m_setAsideCaption->setText(
        tr("Catalogue rows a supplier sent with a bad price, unit or GTIN are not stored: "
           "they wait here with the reason until the supplier sends them right."));
    m_setAside->setHorizontalHeaderLabels({tr("Received"), tr("Connection"), tr("Article"), tr("Reason")});
    if (m_detailItem < 0)
        m_title->setText(m_snapshot && m_snapshot->index.isEmpty() ? tr("No product yet")
                                                                   : tr("No product selected"));
}

} // namespace Moulin
