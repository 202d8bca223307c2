#include "pos/ui/menuview.h"

#include "pos/ui/salesformat.h"
#include "pos/ui/salesmodels.h"
#include "pos/ui/salestablepanel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Moulin {

namespace {

/// Price editor: a line edit that only takes an amount with two decimals.
class PriceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* editor = new QLineEdit(parent);
        editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        editor->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("^\\s*\\d{1,6}([.,]\\d{0,2})?\\s*€?\\s*$")), editor));
        return editor;
    }
};

} // namespace

MenuPriceView::MenuPriceView(QWidget* parent)
    : QWidget(parent)
    , m_model(new MenuItemsModel(this))
    , m_panel(new SalesTablePanel(m_model, QStringLiteral("menu"), this))
    , m_summary(new QLabel(this))
    , m_edit(new QPushButton(this))
    , m_conflictBar(new QFrame(this))
    , m_conflictText(new QLabel(m_conflictBar))
    , m_keepMine(new QPushButton(m_conflictBar))
    , m_keepTill(new QPushButton(m_conflictBar))
{
    setObjectName(QStringLiteral("menuPriceView"));
    QTableView* view = m_panel->view();
    view->setObjectName(QStringLiteral("menuTable"));
    view->setItemDelegateForColumn(MenuItemsModel::Price, new PriceDelegate(view));
    view->sortByColumn(MenuItemsModel::Name, Qt::AscendingOrder);
    // Wide enough for the till's names, references ("VIN-CHAMPAGNE") and groups.
    const QFontMetrics metrics(view->font());
    view->horizontalHeader()->resizeSection(MenuItemsModel::Name, 320);
    view->horizontalHeader()->resizeSection(MenuItemsModel::Sku,
                                            metrics.horizontalAdvance(QStringLiteral("VIN-CHAMPAGNE")) + 24);
    view->horizontalHeader()->resizeSection(
        MenuItemsModel::Group,
        metrics.horizontalAdvance(QStringLiteral("Bières, apéritifs et spiritueux")) + 24);
    view->horizontalHeader()->resizeSection(MenuItemsModel::Price, 110);
    m_panel->setSearchVisible(true);
    m_panel->addHeaderWidget(m_edit);
    m_edit->setObjectName(QStringLiteral("editPrice"));
    m_edit->setEnabled(false);
    m_summary->setStyleSheet(QStringLiteral("color: #6b7280;"));

    m_conflictBar->setObjectName(QStringLiteral("conflictBar"));
    m_conflictBar->setAttribute(Qt::WA_StyledBackground, true);
    m_conflictBar->setStyleSheet(QStringLiteral(
        "QFrame#conflictBar { background: #fff4e5; border: 1px solid #f5c27a; border-radius: 6px; }"));
    m_conflictText->setWordWrap(true);
    m_keepMine->setObjectName(QStringLiteral("keepMyPrice"));
    m_keepTill->setObjectName(QStringLiteral("keepTillPrice"));
    auto* barLayout = new QHBoxLayout(m_conflictBar);
    barLayout->setContentsMargins(10, 6, 10, 6);
    barLayout->addWidget(m_conflictText, 1);
    barLayout->addWidget(m_keepMine);
    barLayout->addWidget(m_keepTill);
    m_conflictBar->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_panel->addLeadingWidget(m_summary);
    layout->addWidget(m_conflictBar);
    layout->addWidget(m_panel, 1);

    connect(m_model, &MenuItemsModel::priceEditRequested, this, &MenuPriceView::priceEditRequested);
    connect(m_model, &MenuItemsModel::priceEditRequested, this, [this] {
        updateSummary();
        updateSelection();
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MenuPriceView::updateSelection);
    connect(m_edit, &QPushButton::clicked, this, [this, view] {
        const QModelIndex current = view->currentIndex();
        if (!current.isValid())
            return;
        const QModelIndex price = current.siblingAtColumn(MenuItemsModel::Price);
        view->setCurrentIndex(price);
        view->edit(price);
    });
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        const QString id = selectedItemId();
        if (!id.isEmpty())
            Q_EMIT conflictResolutionRequested(id, true);
    });
    connect(m_keepTill, &QPushButton::clicked, this, [this] {
        const QString id = selectedItemId();
        if (!id.isEmpty())
            Q_EMIT conflictResolutionRequested(id, false);
    });
    retranslateUi();
}

void MenuPriceView::setItems(const QList<MenuItemRow>& items, const QList<PriceEditState>& edits)
{
    const QString selected = selectedItemId();
    m_model->setItems(items, edits);
    if (!selected.isEmpty())
        selectItem(selected);
    updateSummary();
    updateSelection();
}

QString MenuPriceView::selectedItemId() const
{
    const QModelIndex current = m_panel->view()->currentIndex();
    if (!current.isValid())
        return QString();
    return current.data(SalesRole::KeyRole).toString();
}

void MenuPriceView::selectItem(const QString& itemId)
{
    const int row = m_model->rowOf(itemId);
    if (row < 0)
        return;
    const QModelIndex index = m_panel->proxy()->mapFromSource(m_model->index(row, MenuItemsModel::Name));
    m_panel->view()->setCurrentIndex(index);
    m_panel->view()->selectRow(index.row());
}

void MenuPriceView::updateSelection()
{
    const int row = m_model->rowOf(selectedItemId());
    m_edit->setEnabled(row >= 0);
    const QString state = row >= 0 ? m_model->items().at(row).syncState : QString();
    const bool conflict = state == QLatin1String("conflict");
    const bool rejected = state == QLatin1String("rejected");
    if (conflict || rejected) {
        const MenuItemRow& item = m_model->items().at(row);
        const PriceEditState edit = m_model->editState(item.itemId);
        if (conflict && edit.tillCents) {
            m_conflictText->setText(
                tr("The price of “%1” was also changed on the till, to %2. Keep %3, or take "
                   "the till's price?")
                    .arg(item.name, SalesFormat::money(*edit.tillCents),
                         SalesFormat::money(item.priceCents)));
        } else if (conflict) {
            m_conflictText->setText(
                tr("The price of “%1” was also changed on the till. Keep %2, or take the till's price?")
                    .arg(item.name, SalesFormat::money(item.priceCents)));
        } else {
            m_conflictText->setText(
                edit.error.isEmpty()
                    ? tr("The till refused the price of “%1”. Change it to try again.").arg(item.name)
                    : tr("The till refused the price of “%1”: %2").arg(item.name, edit.error));
        }
    }
    m_keepMine->setVisible(conflict);
    m_keepTill->setVisible(conflict);
    m_conflictBar->setVisible(conflict || rejected);
}

void MenuPriceView::updateSummary()
{
    int pending = 0;
    int conflicts = 0;
    int rejected = 0;
    for (const MenuItemRow& item : m_model->items()) {
        pending += item.syncState == QLatin1String("pending");
        conflicts += item.syncState == QLatin1String("conflict");
        rejected += item.syncState == QLatin1String("rejected");
    }
    QStringList parts{tr("%n item(s)", nullptr, int(m_model->items().size()))};
    if (pending > 0)
        parts << tr("%n waiting for the till", nullptr, pending);
    if (conflicts > 0)
        parts << tr("%n in conflict", nullptr, conflicts);
    if (rejected > 0)
        parts << tr("%n rejected", nullptr, rejected);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void MenuPriceView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MenuPriceView::retranslateUi()
{
    m_edit->setText(tr("Change price…"));
    m_edit->setToolTip(tr("Edit the selected item's price (F2)"));
    m_keepMine->setText(tr("Keep my price"));
    m_keepTill->setText(tr("Take the till's price"));
    m_panel->setExportName(tr("menu-prices"));
    updateSummary();
    updateSelection();
}

} // namespace Moulin
