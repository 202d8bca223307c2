#include "suppliers/ui/recipespage.h"

#include "common/core/database.h"
#include "common/core/readinterfaces.h"
#include "suppliers/ui/supplierformat.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Moulin {

namespace {

std::optional<Decimal> parseTyped(const QString& text)
{
    QString t = text.trimmed();
    t.remove(u' ');
    t.remove(QChar(0x202F));
    t.replace(u',', u'.');
    t.remove(u'%');
    return Decimal::parse(t);
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

RecipesPage::RecipesPage(QWidget* parent)
    : QWidget(parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_dishes = new QTableWidget(0, 6, this);
    m_dishes->setObjectName(QStringLiteral("dishesTable"));
    m_dishes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dishes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dishes->verticalHeader()->hide();
    m_dishes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_dishTitle = new QLabel(this);
    m_dishTitle->setObjectName(QStringLiteral("dishTitle"));
    QFont bold = m_dishTitle->font();
    bold.setBold(true);
    m_dishTitle->setFont(bold);
    m_portionsLabel = new QLabel(this);
    m_portions = new QLineEdit(QStringLiteral("1"), this);
    m_portions->setObjectName(QStringLiteral("portionsField"));
    m_portions->setMaximumWidth(80);
    m_lines = new QTableWidget(0, 5, this);
    m_lines->setObjectName(QStringLiteral("recipeLines"));
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("productResults"));
    m_results->setMaximumHeight(90);
    m_quantity = new QLineEdit(this);
    m_quantity->setObjectName(QStringLiteral("quantityField"));
    m_quantity->setMaximumWidth(90);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitBox"));
    for (const QString& code : Units::recipeUnits())
        m_unit->addItem(Units::label(code), code);
    m_yield = new QLineEdit(QStringLiteral("100"), this);
    m_yield->setObjectName(QStringLiteral("yieldField"));
    m_yield->setMaximumWidth(60);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_save = new QPushButton(this);
    m_costLabel = new QLabel(this);
    m_costLabel->setObjectName(QStringLiteral("foodCostLabel"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("recipeMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_intro);
    leftLayout->addWidget(m_dishes);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_dishTitle);
    auto* portionsRow = new QHBoxLayout;
    portionsRow->addWidget(m_portionsLabel);
    portionsRow->addWidget(m_portions);
    portionsRow->addStretch();
    rightLayout->addLayout(portionsRow);
    rightLayout->addWidget(m_lines, 1);
    rightLayout->addWidget(m_search);
    rightLayout->addWidget(m_results);
    auto* entryRow = new QHBoxLayout;
    entryRow->addWidget(m_quantity);
    entryRow->addWidget(m_unit);
    entryRow->addWidget(m_yield);
    entryRow->addWidget(m_add);
    entryRow->addWidget(m_remove);
    entryRow->addStretch();
    entryRow->addWidget(m_save);
    rightLayout->addLayout(entryRow);
    rightLayout->addWidget(m_costLabel);
    rightLayout->addWidget(m_message);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_dishes, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_dishes->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const QString id = m_dishes->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
        if (id != m_recipe.menuItemId || m_recipe.name.isEmpty())
            editDish(id);
    });
    connect(m_search, &QLineEdit::textChanged, this, &RecipesPage::searchProducts);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0 && m_results->currentRow() < 0)
            m_results->setCurrentRow(0);
        m_quantity->setFocus();
        m_quantity->selectAll();
    });
    connect(m_quantity, &QLineEdit::returnPressed, this, &RecipesPage::addLine);
    connect(m_yield, &QLineEdit::returnPressed, this, &RecipesPage::addLine);
    connect(m_add, &QPushButton::clicked, this, &RecipesPage::addLine);
    connect(m_remove, &QPushButton::clicked, this, &RecipesPage::removeSelectedLine);
    connect(m_save, &QPushButton::clicked, this, &RecipesPage::save);
    connect(m_portions, &QLineEdit::textEdited, this, [this] {
        if (const auto p = parseTyped(m_portions->text()); p && !p->isNegative() && !p->isZero())
            m_recipe.portions = *p;
        refreshEditor();
    });
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &RecipesPage::save);
    auto* deleteShortcut = new QShortcut(QKeySequence::Delete, m_lines);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &RecipesPage::removeSelectedLine);

    retranslateUi();
    reload();
}

QString RecipesPage::title()
{
    return tr("&Recipes");
}

void RecipesPage::setMenuSource(std::shared_ptr<MenuSalesSource> source)
{
    m_source = std::move(source);
    reload();
}

void RecipesPage::setTodayProvider(std::function<QDate()> today)
{
    m_today = std::move(today);
    reload();
}

QDate RecipesPage::today() const
{
    return m_today ? m_today() : QDate::currentDate();
}

std::optional<MenuItemInfo> RecipesPage::menuItem(const QString& id) const
{
    for (const MenuItemInfo& item : m_menu) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

QStringList RecipesPage::dishOrder() const
{
    QStringList ids;
    for (int r = 0; r < m_dishes->rowCount(); ++r)
        ids.append(m_dishes->item(r, 0)->data(Qt::UserRole).toString());
    return ids;
}

void RecipesPage::retranslateUi()
{
    m_intro->setText(tr("Food cost and margin of each dish at its current menu price, worst first. "
                        "Select a dish to edit its recipe."));
    m_dishes->setHorizontalHeaderLabels({tr("Dish"), tr("Price incl. VAT"), tr("Food cost"),
                                         tr("Food cost %"), tr("Margin excl. VAT"), tr("Note")});
    m_lines->setHorizontalHeaderLabels(
        {tr("Ingredient"), tr("Quantity"), tr("Yield"), tr("Bought"), tr("Cost")});
    m_portionsLabel->setText(tr("Portions:"));
    m_search->setPlaceholderText(tr("Type to find a product (name, article number, EAN)…"));
    m_quantity->setPlaceholderText(tr("Quantity"));
    m_yield->setToolTip(tr("Yield in percent (80 after peeling)"));
    m_add->setText(tr("&Add line"));
    m_remove->setText(tr("Remove line"));
    m_save->setText(tr("&Save recipe"));
    m_save->setToolTip(tr("Ctrl+S"));
    if (m_recipe.name.isEmpty())
        m_dishTitle->setText(tr("No dish selected"));
}

void RecipesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void RecipesPage::reload()
{
    QSqlDatabase db = Database::connection();
    if (!db.isOpen())
        return;
    std::shared_ptr<MenuSalesSource> source = m_source ? m_source : ReadInterfaces::get<MenuSalesSource>();
    m_menu = source ? source->menuItems() : QList<MenuItemInfo>{};
    m_book = RecipeStore::recipes(db);
    m_prices = RecipeStore::priceBook(db);
    m_index.reset(SupplierStore::catalogue(db));

    struct Row
    {
        MenuItemInfo item;
        std::optional<RecipeCost> cost;
        std::optional<DishMargin> margin;
        int rank = 0; // 0 costed, 1 flagged, 2 no recipe
    };
    QHash<QString, qint64> recipeOf;
    for (const Recipe& r : std::as_const(m_book)) {
        if (!r.menuItemId.isEmpty())
            recipeOf.insert(r.menuItemId, r.id);
    }
    QHash<qint64, RecipeCost> memo;
    QList<Row> rows;
    for (const MenuItemInfo& item : std::as_const(m_menu)) {
        if (!item.active)
            continue;
        Row row{item, {}, {}, 2};
        if (const auto it = recipeOf.constFind(item.id); it != recipeOf.cend()) {
            row.cost = RecipeCosting::cost(m_book, *it, m_prices, today(), &memo);
            row.margin = RecipeCosting::margin(item, row.cost->perPortion);
            row.rank = row.cost->isComplete() ? 0 : 1;
        }
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.margin && b.margin) {
            const Decimal pa = a.margin->foodCostPercent.value_or(Decimal::fromInt(1000));
            const Decimal pb = b.margin->foodCostPercent.value_or(Decimal::fromInt(1000));
            if (pa != pb)
                return pa > pb;
        }
        return QString::localeAwareCompare(a.item.name, b.item.name) < 0;
    });
    const QSignalBlocker blocker(m_dishes);
    m_dishes->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Row& row = rows.at(r);
        auto* name = cell(row.item.name);
        name->setData(Qt::UserRole, row.item.id);
        m_dishes->setItem(r, 0, name);
        m_dishes->setItem(r, 1, cell(SupplierFormat::money(Decimal::fromCents(row.item.priceCents)), kRight));
        if (row.cost) {
            // The list in cents (the detail keeps the exact amounts).
            m_dishes->setItem(r, 2, cell(SupplierFormat::money(row.cost->perPortion.rounded(2)), kRight));
            m_dishes->setItem(r, 3,
                              cell(row.margin->foodCostPercent ? tr("%1 %").arg(SupplierFormat::quantity(
                                                                     *row.margin->foodCostPercent))
                                                               : QStringLiteral("—"),
                                   kRight));
            m_dishes->setItem(r, 4, cell(SupplierFormat::money(row.margin->margin.rounded(2)), kRight));
            m_dishes->setItem(r, 5,
                              cell(row.cost->isComplete() ? QString()
                                                          : tr("%n line(s) not costed", nullptr,
                                                               int(row.cost->problems.size()))));
            if (!row.cost->isComplete())
                m_dishes->item(r, 5)->setToolTip(row.cost->problems.join(u'\n'));
        } else {
            for (int c = 2; c < 5; ++c)
                m_dishes->setItem(r, c, cell(QStringLiteral("—"), kRight));
            m_dishes->setItem(r, 5, cell(tr("No recipe yet")));
        }
    }
    m_dishes->resizeColumnsToContents();
    m_dishes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (!m_recipe.menuItemId.isEmpty()) {
        for (int r = 0; r < m_dishes->rowCount(); ++r) {
            if (m_dishes->item(r, 0)->data(Qt::UserRole).toString() == m_recipe.menuItemId)
                m_dishes->selectRow(r);
        }
    }
    searchProducts();
    refreshEditor();
}

void RecipesPage::editDish(const QString& menuItemId)
{
    m_message->clear();
    QSqlDatabase db = Database::connection();
    const std::optional<Recipe> stored = RecipeStore::recipeForMenuItem(db, menuItemId);
    if (stored) {
        m_recipe = *stored;
    } else {
        m_recipe = Recipe{};
        m_recipe.menuItemId = menuItemId;
        const auto item = menuItem(menuItemId);
        m_recipe.name = item ? item->name : menuItemId;
    }
    m_portions->setText(SupplierFormat::quantity(m_recipe.portions));
    for (int r = 0; r < m_dishes->rowCount(); ++r) {
        if (m_dishes->item(r, 0)->data(Qt::UserRole).toString() == menuItemId &&
            !m_dishes->item(r, 0)->isSelected()) {
            const QSignalBlocker blocker(m_dishes);
            m_dishes->selectRow(r);
        }
    }
    refreshEditor();
}

void RecipesPage::searchProducts()
{
    m_results->clear();
    if (m_search->text().trimmed().isEmpty())
        return;
    for (const int i : m_index.search(m_search->text(), QString(), 20)) {
        const Product& p = m_index.item(i).product;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2 (%3)")
                .arg(p.name, SupplierFormat::unitPrice(p.unitPriceOn(today()), p.unitCode), p.supplierId),
            m_results);
        item->setData(Qt::UserRole, p.supplierId);
        item->setData(Qt::UserRole + 1, p.sku);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

bool RecipesPage::addLine()
{
    m_message->clear();
    if (m_recipe.name.isEmpty()) {
        m_message->setText(tr("Select a dish first."));
        return false;
    }
    QListWidgetItem* chosen = m_results->currentItem();
    if (!chosen) {
        m_message->setText(tr("Type a product and choose it in the list."));
        m_search->setFocus();
        return false;
    }
    const auto quantity = parseTyped(m_quantity->text());
    if (!quantity || quantity->isZero() || quantity->isNegative()) {
        m_message->setText(tr("Type a quantity above zero (e.g. 150 or 0,5)."));
        m_quantity->setFocus();
        return false;
    }
    const auto yield = parseTyped(m_yield->text().isEmpty() ? QStringLiteral("100") : m_yield->text());
    if (!yield || yield->isZero() || yield->isNegative() || *yield > Decimal::fromInt(100)) {
        m_message->setText(tr("The yield is a percentage between 0 and 100 (80 after peeling)."));
        m_yield->setFocus();
        return false;
    }
    RecipeLine line;
    line.supplierId = chosen->data(Qt::UserRole).toString();
    line.sku = chosen->data(Qt::UserRole + 1).toString();
    line.quantity = *quantity;
    line.unit = m_unit->currentData().toString();
    line.yieldPercent = *yield;
    m_recipe.lines.append(line);
    m_search->clear();
    m_quantity->clear();
    m_yield->setText(QStringLiteral("100"));
    m_search->setFocus();
    refreshEditor();
    return true;
}

void RecipesPage::removeSelectedLine()
{
    const int row = m_lines->currentRow();
    if (row < 0 || row >= m_recipe.lines.size())
        return;
    m_recipe.lines.removeAt(row);
    refreshEditor();
}

bool RecipesPage::save()
{
    m_message->clear();
    if (m_recipe.name.isEmpty())
        return false;
    QSqlDatabase db = Database::connection();
    QString error;
    Recipe recipe = m_recipe;
    const bool ok = Database::transaction(
        db,
        [&](QString* e) {
            return RecipeStore::save(db, recipe, today(), QDateTime::currentDateTimeUtc(), e);
        },
        &error);
    if (!ok) {
        m_message->setText(error.isEmpty() ? tr("The recipe could not be saved.") : error);
        return false;
    }
    m_recipe = recipe;
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Recipe saved."));
    m_message->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    reload();
    return true;
}

void RecipesPage::refreshEditor()
{
    if (!m_message->text().isEmpty() && m_message->text() != tr("Recipe saved."))
        m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    if (m_recipe.name.isEmpty()) {
        m_dishTitle->setText(tr("No dish selected"));
        m_lines->setRowCount(0);
        m_costLabel->clear();
        return;
    }
    m_dishTitle->setText(m_recipe.name);
    // Cost the recipe as edited, against the stored others.
    RecipeCosting::Book book = m_book;
    const qint64 id = m_recipe.id != 0 ? m_recipe.id : -1;
    Recipe edited = m_recipe;
    edited.id = id;
    book.insert(id, edited);
    const RecipeCost cost = RecipeCosting::cost(book, id, m_prices, today());
    m_lines->setRowCount(int(m_recipe.lines.size()));
    for (int r = 0; r < m_recipe.lines.size(); ++r) {
        const RecipeLine& l = m_recipe.lines.at(r);
        QString name;
        if (l.isSubRecipe()) {
            name = tr("%1 (sub-recipe)").arg(book.value(l.subRecipeId).name);
        } else {
            const Product* p = m_prices.product(l.supplierId, l.sku);
            name = p ? p->name : l.sku;
        }
        m_lines->setItem(r, 0, cell(name));
        m_lines->setItem(
            r, 1,
            cell(QStringLiteral("%1 %2").arg(SupplierFormat::quantity(l.quantity), Units::label(l.unit)),
                 kRight));
        m_lines->setItem(r, 2, cell(tr("%1 %").arg(SupplierFormat::quantity(l.yieldPercent)), kRight));
        const CostedLine& c = cost.lines.value(r);
        if (c.problem.isEmpty()) {
            m_lines->setItem(
                r, 3,
                cell(c.boughtQuantity
                         ? QStringLiteral("%1 %2").arg(SupplierFormat::quantity(c.boughtQuantity->rounded(3)),
                                                       Units::label(c.boughtUnit))
                         : QString(),
                     kRight));
            m_lines->setItem(r, 4, cell(SupplierFormat::money(c.cost), kRight));
        } else {
            m_lines->setItem(r, 3, cell(tr("not convertible"), kRight));
            m_lines->setItem(r, 4, cell(QStringLiteral("—"), kRight));
            for (int col = 0; col < 5; ++col) {
                m_lines->item(r, col)->setToolTip(c.problem);
                m_lines->item(r, col)->setForeground(QColor(0xb3, 0x26, 0x1e));
            }
        }
    }
    QString text = tr("Food cost: %1 per portion (%2 in all).")
                       .arg(SupplierFormat::money(cost.perPortion), SupplierFormat::money(cost.total));
    if (const auto item = menuItem(m_recipe.menuItemId)) {
        const DishMargin m = RecipeCosting::margin(*item, cost.perPortion);
        text += u'\n' + tr("Price %1 excl. VAT: margin %2, food cost %3 %.")
                            .arg(SupplierFormat::money(m.priceExclVat), SupplierFormat::money(m.margin),
                                 m.foodCostPercent ? SupplierFormat::quantity(*m.foodCostPercent)
                                                   : QStringLiteral("—"));
    }
    // The reasons in full in the tooltip and on the red lines.
    if (!cost.isComplete())
        text += u'\n' + tr("%n line(s) not costed", nullptr, int(cost.problems.size()));
    m_costLabel->setText(text);
    m_costLabel->setToolTip(cost.problems.join(u'\n'));
}

} // namespace Moulin
