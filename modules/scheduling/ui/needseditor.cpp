#include "scheduling/ui/needseditor.h"

#include "common/core/database.h"
#include "scheduling/core/rosterdocument.h"
#include "scheduling/core/rostervalidator.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Moulin {

NeedsEditor::NeedsEditor(RosterDocument* document, const QString& role, const QDate& day, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_role(role)
    , m_day(day)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_minimum(new QSpinBox(this))
    , m_target(new QSpinBox(this))
    , m_apply(new QPushButton(tr("Apply to the selected times"), this))
    , m_reset(new QPushButton(tr("Follow the forecast"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("needsEditor"));
    m_table->setObjectName(QStringLiteral("needsTable"));
    setWindowTitle(
        tr("Staff needed — %1, %2").arg(RosterValidator::roleLabel(role), RosterValidator::dayLabel(day)));
    if (const DayNeed* computed = document->computedNeed(role, day))
        m_computed = *computed;
    else
        m_computed = DayNeed(role, day);
    if (const DayNeed* current = document->week().need(role, day))
        m_edited = *current;
    else
        m_edited = m_computed;

    // The rows: the day's open hours (and the covers' times) with an hour
    // around them; 10:00 to midnight on a closed day.
    const QList<double> covers = document->coversAt(day);
    int first = -1, last = -1;
    for (int slot = 0; slot < DayNeed::kSlots; ++slot) {
        if (m_computed.minimum.value(slot) > 0 || m_edited.target.value(slot) > 0 ||
            covers.value(slot) >= 0.05) {
            if (first < 0)
                first = slot;
            last = slot;
        }
    }
    if (first < 0) {
        first = 10 * 4;
        last = 24 * 4 - 1;
    }
    m_first = std::max(0, first - first % 4 - 4);
    m_last = std::min(DayNeed::kSlots - 1, last + (4 - last % 4) % 4 + 4);

    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("Staff needed per quarter of an hour. <b>Computed</b> is what the covers forecast and the role's "
           "ratio "
           "give; change the <b>minimum</b> (kept by every roster) or the <b>need</b> (what the optimiser "
           "aims for). Times you change keep your values until you give them back to the forecast."));

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Covers (forecast)"), tr("Computed (min. / need)"), tr("Minimum"), tr("Need")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    fill();

    m_minimum->setRange(0, 50);
    m_target->setRange(0, 50);
    m_minimum->setObjectName(QStringLiteral("needsMinimum"));
    m_target->setObjectName(QStringLiteral("needsTarget"));
    auto* bulk = new QHBoxLayout;
    bulk->addWidget(new QLabel(tr("Minimum"), this));
    bulk->addWidget(m_minimum);
    bulk->addWidget(new QLabel(tr("Need"), this));
    bulk->addWidget(m_target);
    bulk->addWidget(m_apply);
    bulk->addStretch(1);
    bulk->addWidget(m_reset);
    m_reset->setToolTip(
        tr("Give the selected times (all when none is selected) their computed values back."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(bulk);
    layout->addWidget(m_buttons);
    resize(560, 620);

    connect(m_apply, &QPushButton::clicked, this,
            [this] { applyToSelection(m_minimum->value(), m_target->value()); });
    connect(m_reset, &QPushButton::clicked, this, &NeedsEditor::resetSelection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NeedsEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NeedsEditor::reject);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling)
            return;
        const int slot = m_first + item->row();
        const int value = std::max(0, item->data(Qt::EditRole).toInt());
        if (item->column() == MinimumColumn) {
            m_edited.minimum[slot] = value;
            // The need follows a minimum raised above it.
            m_edited.target[slot] = std::max(m_edited.target[slot], value);
        } else if (item->column() == TargetColumn) {
            m_edited.target[slot] = value;
            // A need below the minimum lowers the minimum with it.
            m_edited.minimum[slot] = std::min(m_edited.minimum[slot], value);
        } else {
            return;
        }
        markRow(item->row());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<int> rows = selectedRows();
        if (rows.isEmpty())
            return;
        const int slot = m_first + rows.first();
        m_minimum->setValue(m_edited.minimum.value(slot));
        m_target->setValue(m_edited.target.value(slot));
    });
    m_apply->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_apply->setEnabled(!selectedRows().isEmpty()); });
}

void NeedsEditor::fill()
{
    m_filling = true;
    const QList<double> covers = m_document->coversAt(m_day);
    const QLocale locale;
    m_table->setRowCount(m_last - m_first + 1);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int slot = m_first + row;
        auto* time = new QTableWidgetItem(minuteText(slot * kSlotMinutes));
        time->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto* served = new QTableWidgetItem(covers.isEmpty() ? QStringLiteral("—")
                                                             : locale.toString(covers.value(slot), 'f', 1));
        served->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        served->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* computed = new QTableWidgetItem(
            QStringLiteral("%1 / %2").arg(m_computed.minimum.value(slot)).arg(m_computed.target.value(slot)));
        computed->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        computed->setTextAlignment(Qt::AlignCenter);
        auto* minimum = new QTableWidgetItem;
        minimum->setData(Qt::EditRole, m_edited.minimum.value(slot));
        minimum->setTextAlignment(Qt::AlignCenter);
        auto* target = new QTableWidgetItem;
        target->setData(Qt::EditRole, m_edited.target.value(slot));
        target->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(row, TimeColumn, time);
        m_table->setItem(row, CoversColumn, served);
        m_table->setItem(row, ComputedColumn, computed);
        m_table->setItem(row, MinimumColumn, minimum);
        m_table->setItem(row, TargetColumn, target);
        markRow(row);
    }
    m_filling = false;
}

void NeedsEditor::markRow(int row)
{
    const int slot = m_first + row;
    const bool edited = m_edited.minimum.value(slot) != m_computed.minimum.value(slot) ||
                        m_edited.target.value(slot) != m_computed.target.value(slot);
    const bool filling = std::exchange(m_filling, true);
    for (int column : {MinimumColumn, TargetColumn}) {
        QTableWidgetItem* item = m_table->item(row, column);
        if (!item)
            continue;
        item->setData(Qt::EditRole,
                      column == MinimumColumn ? m_edited.minimum.value(slot) : m_edited.target.value(slot));
        QFont font = item->font();
        font.setBold(edited);
        item->setFont(font);
        item->setBackground(edited ? QColor(0xFF, 0xF4, 0xD6) : QBrush());
        item->setToolTip(edited ? tr("Changed by hand (computed: minimum %1, need %2)")
                                      .arg(m_computed.minimum.value(slot))
                                      .arg(m_computed.target.value(slot))
                                : QString());
    }
    m_filling = filling;
}

QList<int> NeedsEditor::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void NeedsEditor::applyToSelection(int minimum, int target)
{
    minimum = std::max(0, minimum);
    target = std::max(minimum, target);
    for (int row : selectedRows()) {
        m_edited.minimum[m_first + row] = minimum;
        m_edited.target[m_first + row] = target;
        markRow(row);
    }
}

void NeedsEditor::resetSelection()
{
    QList<int> rows = selectedRows();
    if (rows.isEmpty()) {
        // Every slot of the day, the ones not shown too.
        m_edited.minimum = m_computed.minimum;
        m_edited.target = m_computed.target;
        for (int row = 0; row < m_table->rowCount(); ++row)
            markRow(row);
        return;
    }
    for (int row : rows) {
        m_edited.minimum[m_first + row] = m_computed.minimum.value(m_first + row);
        m_edited.target[m_first + row] = m_computed.target.value(m_first + row);
        markRow(row);
    }
}

DayNeed NeedsEditor::need() const
{
    return m_edited;
}

void NeedsEditor::accept()
{
    QSqlDatabase db = Database::connection();
    QString error;
    if (!m_document->setNeed(db, m_edited, &error)) {
        QMessageBox::warning(this, tr("Needs not saved"), error);
        return;
    }
    QDialog::accept();
}

} // namespace Moulin
