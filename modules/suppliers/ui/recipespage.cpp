#include "suppliers/ui/recipespage.h"

#include "common/core/database.h"
#include "common/core/dbworker.h"
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
constexpr int kMenuRole = Qt::UserRole;          ///< dishes: the menu item (empty: a sub-recipe)
constexpr int kRecipeRole = Qt::UserRole + 1;    ///< dishes: the recipe id (0: none yet)
constexpr int kSupplierRole = Qt::UserRole;      ///< results: the product's supplier…
constexpr int kSkuRole = Qt::UserRole + 1;       ///< …and article number
constexpr int kSubRecipeRole = Qt::UserRole + 2; ///< results: or a sub-recipe's id

/// The unit a conversion of a line in `unit` is best typed towards: the
/// line's own.
void fillUnits(QComboBox* box, const QString& extra)
{
    box->clear();
    QStringList codes = Units::recipeUnits();
    if (!extra.isEmpty() && !codes.contains(extra))
        codes.prepend(extra);
    for (const QString& code : std::as_const(codes))
        box->addItem(Units::label(code), code);
}

bool promotionRuns(const Product& p, const QDate& day)
{
    return p.promotion && p.promotion->from <= day && day <= p.promotion->to;
}

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
    m_dishes->setWordWrap(false);
    m_dishes->setMinimumWidth(520); // the dishes' names stay readable beside the editor
    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("subRecipeName"));
    m_newSub = new QPushButton(this);

    m_dishTitle = new QLabel(this);
    m_dishTitle->setObjectName(QStringLiteral("dishTitle"));
    QFont bold = m_dishTitle->font();
    bold.setBold(true);
    m_dishTitle->setFont(bold);
    m_portionsLabel = new QLabel(this);
    m_portions = new QLineEdit(QStringLiteral("1"), this);
    m_portions->setObjectName(QStringLiteral("portionsField"));
    m_portions->setMaximumWidth(80);
    m_outputLabel = new QLabel(this);
    m_outputUnit = new QComboBox(this);
    m_outputUnit->setObjectName(QStringLiteral("outputUnitBox"));
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
    fillUnits(m_unit, QString());
    m_yield = new QLineEdit(QStringLiteral("100"), this);
    m_yield->setObjectName(QStringLiteral("yieldField"));
    m_yield->setMaximumWidth(60);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_convert = new QPushButton(this);
    m_save = new QPushButton(this);
    m_costLabel = new QLabel(this);
    m_costLabel->setObjectName(QStringLiteral("foodCostLabel"));
    m_costLabel->setWordWrap(true);

    m_conversionPanel = new QWidget(this);
    m_conversionPanel->setObjectName(QStringLiteral("conversionPanel"));
    m_convTitle = new QLabel(m_conversionPanel);
    m_convTitle->setWordWrap(true);
    m_convFrom = new QComboBox(m_conversionPanel);
    m_convFrom->setObjectName(QStringLiteral("conversionFrom"));
    m_convFactor = new QLineEdit(m_conversionPanel);
    m_convFactor->setObjectName(QStringLiteral("conversionFactor"));
    m_convFactor->setMaximumWidth(90);
    m_convTo = new QComboBox(m_conversionPanel);
    m_convTo->setObjectName(QStringLiteral("conversionTo"));
    m_convAdd = new QPushButton(m_conversionPanel);
    m_conversions = new QLabel(m_conversionPanel);
    m_conversions->setObjectName(QStringLiteral("conversionsList"));
    m_conversions->setWordWrap(true);
    auto* convLayout = new QVBoxLayout(m_conversionPanel);
    convLayout->setContentsMargins(0, 0, 0, 0);
    convLayout->addWidget(m_convTitle);
    auto* convRow = new QHBoxLayout;
    convRow->addWidget(new QLabel(QStringLiteral("1"), m_conversionPanel));
    convRow->addWidget(m_convFrom);
    convRow->addWidget(new QLabel(QStringLiteral("="), m_conversionPanel));
    convRow->addWidget(m_convFactor);
    convRow->addWidget(m_convTo);
    convRow->addWidget(m_convAdd);
    convRow->addStretch();
    convLayout->addLayout(convRow);
    convLayout->addWidget(m_conversions);
    m_conversionPanel->hide();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("recipeMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_intro);
    leftLayout->addWidget(m_dishes);
    auto* newRow = new QHBoxLayout;
    newRow->addWidget(m_newName, 1);
    newRow->addWidget(m_newSub);
    leftLayout->addLayout(newRow);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_dishTitle);
    auto* portionsRow = new QHBoxLayout;
    portionsRow->addWidget(m_portionsLabel);
    portionsRow->addWidget(m_portions);
    portionsRow->addWidget(m_outputLabel);
    portionsRow->addWidget(m_outputUnit);
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
    entryRow->addWidget(m_convert);
    entryRow->addStretch();
    entryRow->addWidget(m_save);
    rightLayout->addLayout(entryRow);
    rightLayout->addWidget(m_costLabel);
    rightLayout->addWidget(m_conversionPanel);
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
        const QTableWidgetItem* item = m_dishes->item(rows.first().row(), 0);
        const QString id = item->data(kMenuRole).toString();
        const qint64 recipeId = item->data(kRecipeRole).toLongLong();
        if (id.isEmpty()) {
            if (recipeId != m_recipe.id || m_recipe.name.isEmpty())
                editSubRecipe(recipeId);
        } else if (id != m_recipe.menuItemId || m_recipe.name.isEmpty()) {
            editDish(id);
        }
    });
    connect(m_newName, &QLineEdit::returnPressed, this, [this] { startSubRecipe(m_newName->text()); });
    connect(m_newSub, &QPushButton::clicked, this, [this] { startSubRecipe(m_newName->text()); });
    connect(m_outputUnit, &QComboBox::activated, this, [this] {
        if (m_recipe.isSubRecipe())
            m_recipe.outputUnit = m_outputUnit->currentData().toString();
        refreshEditor();
    });
    connect(m_search, &QLineEdit::textChanged, this, &RecipesPage::searchProducts);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0 && m_results->currentRow() < 0 &&
            m_results->item(0)->flags().testFlag(Qt::ItemIsSelectable))
            m_results->setCurrentRow(0);
        m_quantity->setFocus();
        m_quantity->selectAll();
    });
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        // A sub-recipe is used in what it makes.
        if (!item || item->data(kSubRecipeRole).toLongLong() == 0 || !m_data)
            return;
        const QString unit = m_data->book.value(item->data(kSubRecipeRole).toLongLong()).unitForUse();
        if (const int i = m_unit->findData(unit); i >= 0)
            m_unit->setCurrentIndex(i);
    });
    connect(m_quantity, &QLineEdit::returnPressed, this, &RecipesPage::addLine);
    connect(m_yield, &QLineEdit::returnPressed, this, &RecipesPage::addLine);
    connect(m_add, &QPushButton::clicked, this, &RecipesPage::addLine);
    connect(m_remove, &QPushButton::clicked, this, &RecipesPage::removeSelectedLine);
    connect(m_convert, &QPushButton::clicked, this, &RecipesPage::openConversion);
    connect(m_convFactor, &QLineEdit::returnPressed, this, &RecipesPage::addConversion);
    connect(m_convAdd, &QPushButton::clicked, this, &RecipesPage::addConversion);
    connect(m_save, &QPushButton::clicked, this, &RecipesPage::save);
    connect(m_portions, &QLineEdit::textEdited, this, [this] {
        if (const auto p = parseTyped(m_portions->text()); p && !p->isNegative() && !p->isZero())
            m_recipe.portions = *p;
        refreshEditor();
    });
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &RecipesPage::save);
    auto* newShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, [this] {
        m_newName->setFocus();
        m_newName->selectAll();
    });
    auto* convertShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_U), this);
    convertShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(convertShortcut, &QShortcut::activated, this, &RecipesPage::openConversion);
    auto* deleteShortcut = new QShortcut(QKeySequence::Delete, m_lines);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &RecipesPage::removeSelectedLine);
    auto* closeConversion = new QShortcut(QKeySequence(Qt::Key_Escape), m_conversionPanel);
    closeConversion->setContext(Qt::WidgetWithChildrenShortcut);
    connect(closeConversion, &QShortcut::activated, this, [this] {
        m_conversionPanel->hide();
        m_search->setFocus();
    });

    retranslateUi();
    // The first read: when a menu source, a day or a worker is given, or
    // when the tab has read its snapshot.
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
    if (!m_data)
        return std::nullopt;
    for (const MenuItemInfo& item : m_data->menu) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

QString RecipesPage::productName(const QString& supplierId, const QString& sku) const
{
    const Product* p = m_data ? m_data->prices.product(supplierId, sku) : nullptr;
    return p ? p->name : sku;
}

QStringList RecipesPage::dishOrder() const
{
    QStringList ids;
    for (int r = 0; r < m_dishes->rowCount(); ++r) {
        const QString id = m_dishes->item(r, 0)->data(kMenuRole).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

void RecipesPage::retranslateUi()
{
    m_intro->setText(tr("Food cost and margin of each dish at its current menu price, worst first, then the "
                        "sub-recipes. Select one to edit its recipe."));
    m_dishes->setHorizontalHeaderLabels({tr("Dish"), tr("Price incl. VAT"), tr("Food cost"),
                                         tr("Food cost %"), tr("Margin excl. VAT"), tr("Note")});
    m_lines->setHorizontalHeaderLabels(
        {tr("Ingredient"), tr("Quantity"), tr("Yield"), tr("Bought"), tr("Cost")});
    m_newName->setPlaceholderText(tr("New sub-recipe: its name, Enter (Ctrl+N)"));
    m_newSub->setText(tr("New sub-recipe"));
    m_portionsLabel->setText(tr("Portions:"));
    m_outputLabel->setText(tr("counted in:"));
    {
        const QSignalBlocker blocker(m_outputUnit);
        const QString current = m_outputUnit->currentData().toString();
        m_outputUnit->clear();
        m_outputUnit->addItem(tr("portions"), QString());
        for (const QString& code : Units::recipeUnits())
            if (code != QLatin1String("C62"))
                m_outputUnit->addItem(Units::label(code), code);
        m_outputUnit->setCurrentIndex(std::max(0, m_outputUnit->findData(current)));
    }
    m_search->setPlaceholderText(tr("Type to find a product (name, article number, EAN) or a sub-recipe…"));
    m_quantity->setPlaceholderText(tr("Quantity"));
    m_yield->setToolTip(tr("Yield in percent (80 after peeling)"));
    m_add->setText(tr("&Add line"));
    m_remove->setText(tr("Remove line"));
    m_convert->setText(tr("Con&version…"));
    m_convert->setToolTip(tr("Add a unit conversion for the selected line's product (Ctrl+U)"));
    m_convAdd->setText(tr("Add conversion"));
    m_convFactor->setPlaceholderText(tr("Quantity"));
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
    std::shared_ptr<MenuSalesSource> source = m_source ? m_source : ReadInterfaces::get<MenuSalesSource>();
    std::shared_ptr<const CatalogueIndex> index = m_index;
    if (!m_worker) {
        QSqlDatabase db = Database::connection();
        if (!db.isOpen())
            return;
        apply(RecipesData::load(db, source.get(), index));
        return;
    }
    const quint64 request = ++m_request;
    m_worker->run([source, index](QSqlDatabase& db) { return RecipesData::load(db, source.get(), index); })
        .then(this, [this, request](std::shared_ptr<const RecipesData> data) {
            if (request == m_request) // else a newer read is on its way
                apply(std::move(data));
        });
}

void RecipesPage::apply(std::shared_ptr<const RecipesData> data)
{
    m_data = std::move(data);
    struct Row
    {
        MenuItemInfo item;
        qint64 recipeId = 0;
        std::optional<RecipeCost> cost;
        std::optional<DishMargin> margin;
        int rank = 0; // 0 costed, 1 flagged, 2 no recipe
    };
    QHash<qint64, RecipeCost> memo;
    QList<Row> rows;
    for (const MenuItemInfo& item : std::as_const(m_data->menu)) {
        if (!item.active)
            continue;
        Row row{item, 0, {}, {}, 2};
        if (const Recipe* recipe = m_data->recipeFor(item.id)) {
            row.recipeId = recipe->id;
            row.cost = RecipeCosting::cost(m_data->book, recipe->id, m_data->prices, today(), &memo);
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
    const QList<Recipe> subRecipes = m_data->subRecipes();
    const QSignalBlocker blocker(m_dishes);
    m_dishes->setRowCount(int(rows.size() + subRecipes.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Row& row = rows.at(r);
        auto* name = cell(row.item.name);
        name->setData(kMenuRole, row.item.id);
        name->setData(kRecipeRole, row.recipeId);
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
    for (int i = 0; i < subRecipes.size(); ++i) {
        const Recipe& sub = subRecipes.at(i);
        const int r = int(rows.size()) + i;
        auto* name = cell(sub.name);
        name->setData(kMenuRole, QString());
        name->setData(kRecipeRole, sub.id);
        m_dishes->setItem(r, 0, name);
        m_dishes->setItem(r, 1, cell(QStringLiteral("—"), kRight));
        const RecipeCost cost = RecipeCosting::cost(m_data->book, sub.id, m_data->prices, today(), &memo);
        m_dishes->setItem(
            r, 2,
            cell(tr("%1 / %2").arg(SupplierFormat::money(cost.perPortion.rounded(2)),
                                   sub.outputUnit.isEmpty() ? tr("portion") : Units::label(sub.outputUnit)),
                 kRight));
        m_dishes->setItem(r, 3, cell(QStringLiteral("—"), kRight));
        m_dishes->setItem(r, 4, cell(QStringLiteral("—"), kRight));
        m_dishes->setItem(r, 5, cell(tr("Sub-recipe")));
    }
    m_dishes->resizeColumnsToContents();
    m_dishes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The recipe being edited keeps its edits; a saved one gets its stored id.
    if (!m_recipe.name.isEmpty() && m_recipe.id == 0 && !m_recipe.menuItemId.isEmpty())
        if (const Recipe* stored = m_data->recipeFor(m_recipe.menuItemId))
            m_recipe.id = stored->id;
    selectCurrentInList();
    searchProducts();
    refreshEditor();
    Q_EMIT reloaded();
}

void RecipesPage::selectCurrentInList()
{
    if (m_recipe.name.isEmpty())
        return;
    const QSignalBlocker blocker(m_dishes);
    for (int r = 0; r < m_dishes->rowCount(); ++r) {
        const QTableWidgetItem* item = m_dishes->item(r, 0);
        const bool same = m_recipe.isSubRecipe()
                              ? item->data(kMenuRole).toString().isEmpty() &&
                                    item->data(kRecipeRole).toLongLong() == m_recipe.id && m_recipe.id != 0
                              : item->data(kMenuRole).toString() == m_recipe.menuItemId;
        if (same) {
            m_dishes->selectRow(r);
            return;
        }
    }
}

void RecipesPage::editDish(const QString& menuItemId)
{
    m_message->clear();
    m_conversionPanel->hide();
    const Recipe* stored = m_data ? m_data->recipeFor(menuItemId) : nullptr;
    if (stored) {
        m_recipe = *stored;
    } else {
        m_recipe = Recipe{};
        m_recipe.menuItemId = menuItemId;
        const auto item = menuItem(menuItemId);
        m_recipe.name = item ? item->name : menuItemId;
    }
    m_portions->setText(SupplierFormat::quantity(m_recipe.portions));
    selectCurrentInList();
    refreshEditor();
}

void RecipesPage::editSubRecipe(qint64 recipeId)
{
    if (!m_data || !m_data->book.contains(recipeId))
        return;
    m_message->clear();
    m_conversionPanel->hide();
    m_recipe = m_data->book.value(recipeId);
    m_portions->setText(SupplierFormat::quantity(m_recipe.portions));
    selectCurrentInList();
    refreshEditor();
}

bool RecipesPage::startSubRecipe(const QString& typed)
{
    m_message->clear();
    const QString name = typed.simplified();
    if (name.isEmpty()) {
        m_message->setText(tr("Type the sub-recipe's name first (e.g. Fond de veau)."));
        m_newName->setFocus();
        return false;
    }
    if (m_data) {
        for (const Recipe& r : m_data->book) {
            if (r.name.compare(name, Qt::CaseInsensitive) == 0) {
                m_message->setText(
                    tr("A recipe named « %1 » exists already: choose it in the list.").arg(name));
                m_newName->setFocus();
                return false;
            }
        }
    }
    m_recipe = Recipe{};
    m_recipe.name = name;
    m_newName->clear();
    m_portions->setText(SupplierFormat::quantity(m_recipe.portions));
    {
        const QSignalBlocker blocker(m_dishes);
        m_dishes->clearSelection();
    }
    refreshEditor();
    m_search->setFocus();
    return true;
}

void RecipesPage::searchProducts()
{
    m_results->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || !m_data)
        return;
    // The sub-recipes whose name holds every word typed, then the products.
    const QString folded = SupplierStore::foldForSearch(text);
    const QStringList words = folded.split(u' ', Qt::SkipEmptyParts);
    for (const Recipe& sub : m_data->subRecipes()) {
        if (sub.id == m_recipe.id)
            continue;
        const QString name = SupplierStore::foldForSearch(sub.name);
        if (!std::all_of(words.cbegin(), words.cend(), [&](const QString& w) { return name.contains(w); }))
            continue;
        auto* item = new QListWidgetItem(tr("%1 (sub-recipe)").arg(sub.name), m_results);
        item->setData(kSubRecipeRole, sub.id);
    }
    if (m_data->index) {
        for (const int i : m_data->index->search(text, QString(), 20)) {
            const Product& p = m_data->index->item(i).product;
            auto* item = new QListWidgetItem(
                QStringLiteral("%1 — %2 (%3)")
                    .arg(p.name, SupplierFormat::unitPrice(p.unitPriceOn(today()), p.unitCode), p.supplierId),
                m_results);
            item->setData(kSupplierRole, p.supplierId);
            item->setData(kSkuRole, p.sku);
            item->setData(kSubRecipeRole, qint64(0));
        }
    }
    if (m_results->count() > 0) {
        m_results->setCurrentRow(0);
    } else {
        auto* none = new QListWidgetItem(tr("No product or sub-recipe matches « %1 ».").arg(text), m_results);
        none->setFlags(Qt::NoItemFlags);
    }
}

bool RecipesPage::addLine()
{
    m_message->clear();
    if (m_recipe.name.isEmpty()) {
        m_message->setText(tr("Select a dish first."));
        return false;
    }
    QListWidgetItem* chosen = m_results->currentItem();
    if (!chosen || !chosen->flags().testFlag(Qt::ItemIsSelectable)) {
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
    line.subRecipeId = chosen->data(kSubRecipeRole).toLongLong();
    if (!line.isSubRecipe()) {
        line.supplierId = chosen->data(kSupplierRole).toString();
        line.sku = chosen->data(kSkuRole).toString();
    }
    line.quantity = *quantity;
    line.unit = m_unit->currentData().toString();
    line.yieldPercent = *yield;
    if (line.isSubRecipe() && m_data) {
        // A recipe never uses itself, even through its sub-recipes.
        Recipe candidate = m_recipe;
        candidate.lines.append(line);
        if (candidate.id == line.subRecipeId || RecipeCosting::makesCycle(m_data->book, candidate)) {
            m_message->setText(
                tr("« %1 » uses « %2 » already (through its sub-recipes): a recipe cannot contain "
                   "itself. Line refused.")
                    .arg(m_data->book.value(line.subRecipeId).name, m_recipe.name));
            m_search->setFocus();
            m_search->selectAll();
            return false;
        }
    }
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
        m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_message->setText(error.isEmpty() ? tr("The recipe could not be saved.") : error);
        return false;
    }
    m_recipe = recipe;
    m_message->setText(tr("Recipe saved."));
    m_message->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    afterWrite();
    return true;
}

void RecipesPage::afterWrite()
{
    reload();
    Q_EMIT changed();
}

bool RecipesPage::openConversion()
{
    m_message->clear();
    const int row = m_lines->currentRow();
    if (row < 0 || row >= m_recipe.lines.size() || m_recipe.lines.at(row).isSubRecipe() || !m_data) {
        m_message->setText(tr("Select an ingredient line (a product) first, then Ctrl+U."));
        m_lines->setFocus();
        return false;
    }
    const RecipeLine& line = m_recipe.lines.at(row);
    const Product* p = m_data->prices.product(line.supplierId, line.sku);
    if (!p) {
        m_message->setText(tr("That product is no longer in the catalogue."));
        return false;
    }
    m_convSupplier = line.supplierId;
    m_convSku = line.sku;
    fillUnits(m_convFrom, p->unitCode);
    fillUnits(m_convTo, line.unit);
    m_convFrom->setCurrentIndex(std::max(0, m_convFrom->findData(p->unitCode)));
    m_convTo->setCurrentIndex(std::max(0, m_convTo->findData(line.unit)));
    m_convTitle->setText(tr("Unit conversion for « %1 » (priced per %2): 1 %2 = how much?")
                             .arg(p->name, Units::label(p->unitCode)));
    m_convFactor->clear();
    refreshConversions();
    m_conversionPanel->show();
    m_convFactor->setFocus();
    return true;
}

bool RecipesPage::showUnitProblem(qint64 recipeId, int line)
{
    if (!m_data || !m_data->book.contains(recipeId))
        return false;
    editSubRecipe(recipeId);
    if (line < 0 || line >= m_recipe.lines.size())
        return false;
    m_lines->setCurrentCell(line, 0);
    m_lines->setFocus(Qt::OtherFocusReason);
    const RecipeLine& l = m_recipe.lines.at(line);
    if (!l.isSubRecipe())
        return openConversion();
    const auto sub = m_data->book.constFind(l.subRecipeId);
    const QString made = sub == m_data->book.cend() ? QString() : Units::label(sub->unitForUse());
    m_message->setText(tr("« %1 » is made in %2: a sub-recipe has no conversion of its own, so type this "
                          "line again in %2 (Del removes it).")
                           .arg(sub == m_data->book.cend() ? QString() : sub->name, made));
    return true;
}

bool RecipesPage::addConversion()
{
    m_message->clear();
    if (m_convSku.isEmpty())
        return false;
    const auto factor = parseTyped(m_convFactor->text());
    UnitConversion conversion{m_convFrom->currentData().toString(), factor.value_or(Decimal()),
                              m_convTo->currentData().toString()};
    QString error = factor ? Units::problem(conversion) : tr("Type the quantity as a number (e.g. 0,25).");
    if (error.isEmpty()) {
        QSqlDatabase db = Database::connection();
        Database::transaction(
            db,
            [&](QString* e) {
                return RecipeStore::setConversion(db, m_convSupplier, m_convSku, conversion, e) &&
                       RecipeStore::recomputeForProduct(db, m_convSupplier, m_convSku, today(),
                                                        QDateTime::currentDateTimeUtc(), nullptr, e);
            },
            &error);
    }
    if (!error.isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_message->setText(error);
        m_convFactor->setFocus();
        m_convFactor->selectAll();
        return false;
    }
    m_message->setText(tr("Conversion saved: 1 %1 = %2 %3.")
                           .arg(Units::label(conversion.fromUnit),
                                SupplierFormat::quantity(conversion.factor),
                                Units::label(conversion.toUnit)));
    m_message->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_convFactor->clear();
    m_search->setFocus();
    afterWrite();
    return true;
}

void RecipesPage::refreshConversions()
{
    if (!m_data || m_convSku.isEmpty()) {
        m_conversions->clear();
        return;
    }
    QStringList known;
    for (const UnitConversion& c : m_data->prices.conversions(m_convSupplier, m_convSku))
        known << tr("1 %1 = %2 %3")
                     .arg(Units::label(c.fromUnit), SupplierFormat::quantity(c.factor),
                          Units::label(c.toUnit));
    m_conversions->setText(known.isEmpty() ? tr("No conversion for this product yet.")
                                           : tr("Conversions: %1").arg(known.join(QStringLiteral(" ; "))));
}

void RecipesPage::refreshEditor()
{
    if (m_message->text() == tr("Recipe saved.") || m_message->text().startsWith(tr("Conversion saved")))
        m_message->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    else
        m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_outputLabel->setVisible(m_recipe.isSubRecipe() && !m_recipe.name.isEmpty());
    m_outputUnit->setVisible(m_outputLabel->isVisible());
    if (m_recipe.name.isEmpty() || !m_data) {
        m_dishTitle->setText(tr("No dish selected"));
        m_lines->setRowCount(0);
        m_costLabel->clear();
        return;
    }
    {
        const QSignalBlocker blocker(m_outputUnit);
        m_outputUnit->setCurrentIndex(std::max(0, m_outputUnit->findData(m_recipe.outputUnit)));
    }
    m_dishTitle->setText(m_recipe.isSubRecipe() ? tr("%1 (sub-recipe)").arg(m_recipe.name) : m_recipe.name);
    // Cost the recipe as edited, against the stored others: at today's
    // prices (promotions running included) and at the regular ones.
    RecipeCosting::Book book = m_data->book;
    const qint64 id = m_recipe.id != 0 ? m_recipe.id : -1;
    Recipe edited = m_recipe;
    edited.id = id;
    book.insert(id, edited);
    const QDate day = today();
    const RecipeCost cost = RecipeCosting::cost(book, id, m_data->prices, day);
    const RecipeCost regular = RecipeCosting::cost(book, id, m_data->regularPrices, day);
    m_lines->setRowCount(int(m_recipe.lines.size()));
    for (int r = 0; r < m_recipe.lines.size(); ++r) {
        const RecipeLine& l = m_recipe.lines.at(r);
        const CostedLine& c = cost.lines.value(r);
        QString name;
        QString promo;
        if (l.isSubRecipe()) {
            name = tr("%1 (sub-recipe)").arg(book.value(l.subRecipeId).name);
        } else {
            name = productName(l.supplierId, l.sku);
            const Product* costed =
                c.costedSku.isEmpty() ? nullptr : m_data->prices.product(c.costedSupplierId, c.costedSku);
            if (costed && promotionRuns(*costed, day))
                promo = tr("promo price until %1").arg(SupplierFormat::day(costed->promotion->to));
        }
        m_lines->setItem(r, 0, cell(promo.isEmpty() ? name : tr("%1 — %2").arg(name, promo)));
        if (!promo.isEmpty())
            m_lines->item(r, 0)->setForeground(QColor(0x1b, 0x5e, 0x20));
        m_lines->setItem(
            r, 1,
            cell(UnitCode::withQuantity(SupplierFormat::quantity(l.quantity), l.quantity, l.unit), kRight));
        m_lines->setItem(r, 2, cell(tr("%1 %").arg(SupplierFormat::quantity(l.yieldPercent)), kRight));
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
            const QString hint =
                l.isSubRecipe() ? c.problem : tr("%1\nCtrl+U: add the conversion.").arg(c.problem);
            for (int col = 0; col < 5; ++col) {
                m_lines->item(r, col)->setToolTip(hint);
                m_lines->item(r, col)->setForeground(QColor(0xb3, 0x26, 0x1e));
            }
        }
    }
    const QString unit = m_recipe.isSubRecipe() && !m_recipe.outputUnit.isEmpty()
                             ? Units::label(m_recipe.outputUnit)
                             : tr("portion");
    QString text = tr("Food cost: %1 per %2 (%3 in all).")
                       .arg(SupplierFormat::money(cost.perPortion), unit, SupplierFormat::money(cost.total));
    if (regular.perPortion != cost.perPortion)
        text += u' ' + tr("At regular prices (without promotions): %1 per %2.")
                           .arg(SupplierFormat::money(regular.perPortion), unit);
    if (const auto item = menuItem(m_recipe.menuItemId)) {
        const DishMargin m = RecipeCosting::margin(*item, cost.perPortion);
        text += u'\n' + tr("Price %1 excl. VAT: margin %2, food cost %3 %.")
                            .arg(SupplierFormat::money(m.priceExclVat), SupplierFormat::money(m.margin),
                                 m.foodCostPercent ? SupplierFormat::quantity(*m.foodCostPercent)
                                                   : QStringLiteral("—"));
    }
    // The reasons in full in the tooltip and on the red lines.
    if (!cost.isComplete())
        text += u'\n' + tr("%n line(s) not costed (Ctrl+U on a red line adds its conversion)", nullptr,
                           int(cost.problems.size()));
    m_costLabel->setText(text);
    m_costLabel->setToolTip(cost.problems.join(u'\n'));
    refreshConversions();
}

} // namespace Moulin
