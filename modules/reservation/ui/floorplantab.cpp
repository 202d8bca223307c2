#include "reservation/ui/floorplantab.h"

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "reservation/tableplan/floordocument.h"
#include "reservation/tableplan/floorstore.h"
#include "reservation/ui/flooreditor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolBox>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Moulin {

namespace {

const char* const kErrorStyle = "QLabel { color: #b3261e; }";

QString dayText(const QDate& day)
{
    return QLocale().toString(day, QStringLiteral("d MMM yyyy"));
}

} // namespace

FloorPlanTab::FloorPlanTab(QWidget* parent)
    : QWidget(parent)
    , m_document(new FloorDocument(this))
    , m_editor(new FloorEditor(m_document, this))
    , m_today(QDate::currentDate())
    , m_layoutLabel(new QLabel(this))
    , m_layouts(new QComboBox(this))
    , m_layoutMenu(new QToolButton(this))
    , m_addTable(new QToolButton(this))
    , m_undo(new QToolButton(this))
    , m_redo(new QToolButton(this))
    , m_zoomOut(new QToolButton(this))
    , m_zoomIn(new QToolButton(this))
    , m_fit(new QToolButton(this))
    , m_state(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_help(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_sections(new QToolBox(this))
    , m_tableBox(new QGroupBox(this))
    , m_selection(new QLabel(this))
    , m_labelCaption(new QLabel(this))
    , m_label(new QLineEdit(this))
    , m_shapeCaption(new QLabel(this))
    , m_shape(new QComboBox(this))
    , m_seatsCaption(new QLabel(this))
    , m_seats(new QSpinBox(this))
    , m_minCaption(new QLabel(this))
    , m_minParty(new QSpinBox(this))
    , m_roomCaption(new QLabel(this))
    , m_room(new QComboBox(this))
    , m_zoneCaption(new QLabel(this))
    , m_zone(new QComboBox(this))
    , m_rotationCaption(new QLabel(this))
    , m_rotation(new QSpinBox(this))
    , m_sizeCaption(new QLabel(this))
    , m_width(new QSpinBox(this))
    , m_depth(new QSpinBox(this))
    , m_blocked(new QCheckBox(this))
    , m_rotate90(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_tableError(new QLabel(this))
    , m_joinBox(new QGroupBox(this))
    , m_joinHint(new QLabel(this))
    , m_joinSeatsCaption(new QLabel(this))
    , m_joinSeats(new QSpinBox(this))
    , m_join(new QPushButton(this))
    , m_joinError(new QLabel(this))
    , m_joins(new QListWidget(this))
    , m_removeJoin(new QPushButton(this))
    , m_roomBox(new QGroupBox(this))
    , m_rooms(new QListWidget(this))
    , m_roomNameCaption(new QLabel(this))
    , m_roomName(new QLineEdit(this))
    , m_roomKindCaption(new QLabel(this))
    , m_roomKind(new QComboBox(this))
    , m_roomSizeCaption(new QLabel(this))
    , m_roomWidth(new QSpinBox(this))
    , m_roomDepth(new QSpinBox(this))
    , m_addRoom(new QPushButton(this))
    , m_removeRoom(new QPushButton(this))
    , m_roomError(new QLabel(this))
    , m_datesBox(new QGroupBox(this))
    , m_todayLayout(new QLabel(this))
    , m_default(new QCheckBox(this))
    , m_periods(new QListWidget(this))
    , m_fromCaption(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_toCaption(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_addPeriod(new QPushButton(this))
    , m_removePeriod(new QPushButton(this))
    , m_periodError(new QLabel(this))
{
    setObjectName(QStringLiteral("floorPlanTab"));
    m_layouts->setObjectName(QStringLiteral("floorLayouts"));
    m_save->setObjectName(QStringLiteral("floorSave"));
    m_state->setObjectName(QStringLiteral("floorState"));
    m_join->setObjectName(QStringLiteral("floorJoin"));
    m_joinSeats->setObjectName(QStringLiteral("floorJoinSeats"));
    m_joinError->setObjectName(QStringLiteral("floorJoinError"));
    m_joins->setObjectName(QStringLiteral("floorJoins"));
    m_label->setObjectName(QStringLiteral("floorTableLabel"));
    m_seats->setObjectName(QStringLiteral("floorTableSeats"));
    m_undo->setObjectName(QStringLiteral("floorUndo"));
    m_tableError->setObjectName(QStringLiteral("floorTableError"));
    m_from->setObjectName(QStringLiteral("floorPeriodFrom"));
    m_to->setObjectName(QStringLiteral("floorPeriodTo"));
    m_addPeriod->setObjectName(QStringLiteral("floorAddPeriod"));
    m_periodError->setObjectName(QStringLiteral("floorPeriodError"));
    m_periods->setObjectName(QStringLiteral("floorPeriods"));
    m_default->setObjectName(QStringLiteral("floorDefault"));
    m_blocked->setObjectName(QStringLiteral("floorTableBlocked"));
    m_redo->setObjectName(QStringLiteral("floorRedo"));

    // --- Toolbar ----------------------------------------------------------
    auto* toolbar = new QHBoxLayout;
    QFont bold = m_layoutLabel->font();
    bold.setBold(true);
    m_layoutLabel->setFont(bold);
    m_layouts->setMinimumWidth(200);
    m_layouts->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_layoutMenu->setPopupMode(QToolButton::InstantPopup);
    auto* layoutMenu = new QMenu(m_layoutMenu);
    m_newLayout = layoutMenu->addAction(QString(), this, &FloorPlanTab::newLayout);
    m_duplicateLayout = layoutMenu->addAction(QString(), this, &FloorPlanTab::duplicateLayout);
    m_renameLayout = layoutMenu->addAction(QString(), this, &FloorPlanTab::renameLayout);
    layoutMenu->addSeparator();
    m_deleteLayout = layoutMenu->addAction(QString(), this, &FloorPlanTab::deleteLayout);
    m_layoutMenu->setMenu(layoutMenu);

    m_addTable->setPopupMode(QToolButton::InstantPopup);
    m_addTable->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* addMenu = new QMenu(m_addTable);
    m_addTable->setMenu(addMenu);
    connect(addMenu, &QMenu::aboutToShow, this, [this, addMenu] {
        addMenu->clear();
        const struct
        {
            TableShape shape;
            int seats;
        } kinds[] = {{TableShape::Square, 2},    {TableShape::Square, 4},    {TableShape::Round, 2},
                     {TableShape::Round, 4},     {TableShape::Round, 6},     {TableShape::Round, 8},
                     {TableShape::Rectangle, 6}, {TableShape::Rectangle, 8}, {TableShape::Rectangle, 10}};
        for (const auto& k : kinds) {
            const int shape = int(k.shape), seats = k.seats;
            addMenu->addAction(
                tr("%1, %2").arg(FloorPlanText::shapeLabel(k.shape), FloorPlanText::seatsText(seats)), this,
                [this, shape, seats] { addTable(shape, seats); });
        }
    });

    m_undoAction = m_document->undoStack()->createUndoAction(this);
    m_redoAction = m_document->undoStack()->createRedoAction(this);
    m_undoAction->setShortcuts({QKeySequence::Undo});
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    for (QAction* a : {m_undoAction, m_redoAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    // The buttons keep a short text; what they undo is in their tooltip.
    QUndoStack* stack = m_document->undoStack();
    connect(m_undo, &QToolButton::clicked, stack, &QUndoStack::undo);
    connect(m_redo, &QToolButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, [this, stack] {
        m_undo->setEnabled(stack->canUndo());
        m_redo->setEnabled(stack->canRedo());
        m_undo->setToolTip(stack->canUndo() ? tr("Undo: %1 (Ctrl+Z)").arg(stack->undoText())
                                            : tr("Nothing to undo"));
        m_redo->setToolTip(stack->canRedo() ? tr("Redo: %1 (Ctrl+Shift+Z)").arg(stack->redoText())
                                            : tr("Nothing to redo"));
    });
    connect(stack, &QUndoStack::cleanChanged, this,
            [this, stack] { Q_EMIT stack->indexChanged(stack->index()); });
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveAction);
    connect(m_saveAction, &QAction::triggered, this, &FloorPlanTab::save);

    toolbar->addWidget(m_layoutLabel);
    toolbar->addWidget(m_layouts);
    toolbar->addWidget(m_layoutMenu);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_addTable);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_undo);
    toolbar->addWidget(m_redo);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_zoomOut);
    toolbar->addWidget(m_zoomIn);
    toolbar->addWidget(m_fit);
    toolbar->addStretch(1);
    toolbar->addWidget(m_state);
    toolbar->addWidget(m_save);

    // --- Side panel ---------------------------------------------------------
    m_seats->setRange(1, 40);
    m_minParty->setRange(1, 40);
    m_rotation->setRange(0, 359);
    m_rotation->setSingleStep(15);
    m_rotation->setWrapping(true);
    m_rotation->setSuffix(QStringLiteral(" °"));
    for (QSpinBox* s : {m_width, m_depth}) {
        s->setRange(30, 600);
        s->setSingleStep(10);
        s->setSuffix(QStringLiteral(" cm"));
    }
    for (QSpinBox* s : {m_seats, m_minParty, m_rotation, m_width, m_depth})
        s->setKeyboardTracking(false);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_tableError->setStyleSheet(QLatin1String(kErrorStyle));
    m_tableError->setWordWrap(true);
    m_selection->setWordWrap(true);
    auto* tableForm = new QFormLayout;
    tableForm->addRow(m_labelCaption, m_label);
    tableForm->addRow(m_shapeCaption, m_shape);
    tableForm->addRow(m_seatsCaption, m_seats);
    tableForm->addRow(m_minCaption, m_minParty);
    tableForm->addRow(m_roomCaption, m_room);
    tableForm->addRow(m_zoneCaption, m_zone);
    tableForm->addRow(m_rotationCaption, m_rotation);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_depth);
    tableForm->addRow(m_sizeCaption, sizeRow);
    tableForm->addRow(QString(), m_blocked);
    auto* tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_rotate90);
    tableButtons->addWidget(m_delete);
    tableButtons->addStretch(1);
    auto* tableLayout = new QVBoxLayout(m_tableBox);
    tableLayout->addWidget(m_selection);
    tableLayout->addLayout(tableForm);
    tableLayout->addLayout(tableButtons);
    tableLayout->addWidget(m_tableError);

    m_joinHint->setWordWrap(true);
    m_joinError->setWordWrap(true);
    m_joinError->setStyleSheet(QLatin1String(kErrorStyle));
    m_joinSeats->setRange(2, 80);
    auto* joinRow = new QHBoxLayout;
    joinRow->addWidget(m_joinSeatsCaption);
    joinRow->addWidget(m_joinSeats);
    joinRow->addWidget(m_join);
    joinRow->addStretch(1);
    m_joins->setMinimumHeight(60);
    m_joins->setAlternatingRowColors(true);
    auto* joinLayout = new QVBoxLayout(m_joinBox);
    joinLayout->addWidget(m_joinHint);
    joinLayout->addLayout(joinRow);
    joinLayout->addWidget(m_joinError);
    joinLayout->addWidget(m_joins, 1);
    joinLayout->addWidget(m_removeJoin, 0, Qt::AlignLeft);

    m_rooms->setObjectName(QStringLiteral("floorRooms"));
    m_roomName->setObjectName(QStringLiteral("floorRoomName"));
    m_roomWidth->setObjectName(QStringLiteral("floorRoomWidth"));
    m_roomError->setObjectName(QStringLiteral("floorRoomError"));
    m_rooms->setMaximumHeight(80);
    m_roomError->setWordWrap(true);
    m_roomError->setStyleSheet(QLatin1String(kErrorStyle));
    for (QSpinBox* s : {m_roomWidth, m_roomDepth}) {
        s->setRange(100, 5000);
        s->setSingleStep(50);
        s->setSuffix(QStringLiteral(" cm"));
        s->setKeyboardTracking(false);
    }
    auto* roomForm = new QFormLayout;
    roomForm->addRow(m_roomNameCaption, m_roomName);
    roomForm->addRow(m_roomKindCaption, m_roomKind);
    auto* roomSize = new QHBoxLayout;
    roomSize->addWidget(m_roomWidth);
    roomSize->addWidget(new QLabel(QStringLiteral("×"), this));
    roomSize->addWidget(m_roomDepth);
    roomForm->addRow(m_roomSizeCaption, roomSize);
    auto* roomButtons = new QHBoxLayout;
    roomButtons->addWidget(m_addRoom);
    roomButtons->addWidget(m_removeRoom);
    roomButtons->addStretch(1);
    auto* roomLayout = new QVBoxLayout(m_roomBox);
    roomLayout->addWidget(m_rooms);
    roomLayout->addLayout(roomForm);
    roomLayout->addLayout(roomButtons);
    roomLayout->addWidget(m_roomError);

    m_todayLayout->setWordWrap(true);
    m_periodError->setWordWrap(true);
    m_periodError->setStyleSheet(QLatin1String(kErrorStyle));
    m_periods->setMaximumHeight(90);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    auto* periodRow = new QFormLayout;
    periodRow->addRow(m_fromCaption, m_from);
    periodRow->addRow(m_toCaption, m_to);
    auto* periodButtons = new QHBoxLayout;
    periodButtons->addWidget(m_addPeriod);
    periodButtons->addWidget(m_removePeriod);
    periodButtons->addStretch(1);
    auto* datesLayout = new QVBoxLayout(m_datesBox);
    datesLayout->addWidget(m_todayLayout);
    datesLayout->addWidget(m_default);
    datesLayout->addWidget(m_periods);
    datesLayout->addLayout(periodRow);
    datesLayout->addLayout(periodButtons);
    datesLayout->addWidget(m_periodError);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 4, 0);
    m_legend->setObjectName(QStringLiteral("floorLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_sections->setObjectName(QStringLiteral("floorSections"));
    for (QGroupBox* box : {m_joinBox, m_roomBox, m_datesBox}) {
        box->setFlat(true); // the section's tab names it
        m_sections->addItem(box, QString());
    }
    sideLayout->addWidget(m_legend);
    sideLayout->addWidget(m_tableBox);
    sideLayout->addWidget(m_sections, 1);
    auto* sideScroll = new QScrollArea(this);
    sideScroll->setObjectName(QStringLiteral("floorSidePanel"));
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setMinimumWidth(side->sizeHint().width() + 16);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(sideScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({900, 340});

    m_help->setWordWrap(true);
    QPalette helpPalette = m_help->palette();
    helpPalette.setColor(QPalette::WindowText, QColor(0x60, 0x60, 0x60));
    m_help->setPalette(helpPalette);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_help);

    // --- Wiring -------------------------------------------------------------
    connect(m_layouts, &QComboBox::activated, this,
            [this](int index) { m_document->setCurrentLayout(m_layouts->itemData(index).toString()); });
    connect(m_zoomIn, &QToolButton::clicked, m_editor, &FloorEditor::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_editor, &FloorEditor::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_editor, &FloorEditor::fitToPlan);
    connect(m_save, &QPushButton::clicked, this, &FloorPlanTab::save);
    connect(m_document, &FloorDocument::layoutsChanged, this, &FloorPlanTab::refreshLayouts);
    connect(m_document, &FloorDocument::currentLayoutChanged, this, [this] {
        refreshLayouts();
        refreshDates();
    });
    connect(m_document, &FloorDocument::layoutChanged, this, [this] {
        refreshTablePanel();
        refreshJoinPanel();
        refreshRooms();
    });
    connect(m_rooms, &QListWidget::currentRowChanged, this, [this] {
        m_roomError->clear();
        refreshRooms();
    });
    connect(m_roomName, &QLineEdit::editingFinished, this, &FloorPlanTab::applyRoomField);
    connect(m_roomKind, &QComboBox::activated, this, &FloorPlanTab::applyRoomField);
    for (QSpinBox* s : {m_roomWidth, m_roomDepth})
        connect(s, &QSpinBox::valueChanged, this, &FloorPlanTab::applyRoomField);
    connect(m_addRoom, &QPushButton::clicked, this, [this] {
        const QString name = askName(tr("New room"), tr("Name of the room:"), tr("Private room"));
        if (name.isEmpty())
            return;
        const QString id = m_document->addRoom(name, RoomKind::SalonPrive);
        for (int i = 0; i < m_rooms->count(); ++i) {
            if (m_rooms->item(i)->data(Qt::UserRole).toString() == id)
                m_rooms->setCurrentRow(i);
        }
        m_editor->fitToPlan();
    });
    connect(m_removeRoom, &QPushButton::clicked, this, [this] {
        const QListWidgetItem* item = m_rooms->currentItem();
        QString reason;
        if (item && !m_document->removeRoom(item->data(Qt::UserRole).toString(), &reason))
            m_roomError->setText(reason);
    });
    connect(m_document, &FloorDocument::tablesChanged, this, &FloorPlanTab::refreshTablePanel);
    connect(m_document, &FloorDocument::tablesMoved, this, [this](const QStringList& ids) {
        // A move shows nowhere in the fields but the room (a table taken
        // into another one): kept cheap while dragging.
        const QStringList selected = m_editor->selectedTableIds();
        if (selected.size() != 1 || !ids.contains(selected.first()))
            return;
        const PlanTable* t = m_document->layout().table(selected.first());
        if (t && t->roomId != m_room->currentData().toString())
            refreshTablePanel();
    });
    connect(m_document, &FloorDocument::modifiedChanged, this, &FloorPlanTab::refreshState);
    connect(m_editor, &FloorEditor::selectionChanged, this, [this] {
        m_tableError->clear();
        m_joinError->clear();
        refreshTablePanel();
        refreshJoinPanel();
        // Several tables chosen: what comes next is joining them.
        if (m_editor->selectedTableIds().size() > 1)
            m_sections->setCurrentWidget(m_joinBox);
    });

    connect(m_label, &QLineEdit::editingFinished, this, &FloorPlanTab::applyTableField);
    for (QSpinBox* s : {m_seats, m_minParty, m_rotation, m_width, m_depth})
        connect(s, &QSpinBox::valueChanged, this, &FloorPlanTab::applyTableField);
    connect(m_shape, &QComboBox::activated, this, &FloorPlanTab::applyTableField);
    connect(m_room, &QComboBox::activated, this, &FloorPlanTab::applyTableField);
    connect(m_zone, &QComboBox::activated, this, &FloorPlanTab::applyTableField);
    connect(m_zone->lineEdit(), &QLineEdit::editingFinished, this, &FloorPlanTab::applyTableField);
    connect(m_blocked, &QCheckBox::clicked, this,
            [this](bool on) { m_document->setBlocked(m_editor->selectedTableIds(), on); });
    connect(m_rotate90, &QPushButton::clicked, this,
            [this] { m_document->rotateTables(m_editor->selectedTableIds(), 90); });
    connect(m_delete, &QPushButton::clicked, this,
            [this] { m_document->removeTables(m_editor->selectedTableIds()); });

    connect(m_join, &QPushButton::clicked, this, &FloorPlanTab::joinSelected);
    connect(m_joins, &QListWidget::currentRowChanged, this, [this](int row) {
        const QListWidgetItem* item = m_joins->item(row);
        m_editor->highlightJoin(item ? item->data(Qt::UserRole).toStringList() : QStringList());
        m_removeJoin->setEnabled(item != nullptr);
    });
    connect(m_joins, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        m_editor->selectTables(item->data(Qt::UserRole).toStringList());
    });
    connect(m_removeJoin, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem* item = m_joins->currentItem())
            m_document->removeJoin(item->data(Qt::UserRole).toStringList());
    });

    connect(m_default, &QCheckBox::clicked, this, [this](bool on) {
        if (on)
            m_document->setDefaultLayout(m_document->currentLayoutId());
        refreshDates();
    });
    connect(m_addPeriod, &QPushButton::clicked, this, &FloorPlanTab::addPeriod);
    connect(m_removePeriod, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem* item = m_periods->currentItem())
            m_document->removePeriod(item->data(Qt::UserRole).toInt());
    });
    connect(m_periods, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removePeriod->setEnabled(row >= 0); });

    m_from->setDate(m_today);
    m_to->setDate(m_today.addDays(30));
    retranslateUi();
    refreshLayouts();
    refreshTablePanel();
    refreshJoinPanel();
    refreshDates();
    refreshState();
}

FloorPlanTab::~FloorPlanTab() = default;

void FloorPlanTab::retranslateUi()
{
    m_layoutLabel->setText(tr("Layout:"));
    m_layoutMenu->setText(tr("Layouts"));
    m_newLayout->setText(tr("&New layout…"));
    m_duplicateLayout->setText(tr("&Duplicate…"));
    m_renameLayout->setText(tr("&Rename…"));
    m_deleteLayout->setText(tr("De&lete…"));
    m_addTable->setText(tr("Add a table"));
    m_undo->setText(tr("↶ Undo"));
    m_redo->setText(tr("Redo ↷"));
    m_zoomOut->setToolTip(tr("Zoom out (−, Ctrl+wheel)"));
    m_zoomIn->setToolTip(tr("Zoom in (+, Ctrl+wheel)"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("The whole plan in view (Ctrl+0)"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save every layout (Ctrl+S)"));
    m_help->setText(
        tr("Drag a table to move it (the selection follows, on a 10 cm grid) · corner handle: resize · "
           "round handle: turn · rubber band or Ctrl+click: select several · arrows: nudge 10 cm "
           "(Shift: 50 cm) · R: turn 15° (Shift+R: 90°) · Del: remove"));
    m_tableBox->setTitle(tr("Table"));
    m_labelCaption->setText(tr("Label"));
    m_shapeCaption->setText(tr("Shape"));
    m_seatsCaption->setText(tr("Seats"));
    m_minCaption->setText(tr("Smallest party"));
    m_roomCaption->setText(tr("Room"));
    m_zoneCaption->setText(tr("Zone"));
    m_rotationCaption->setText(tr("Rotation"));
    m_sizeCaption->setText(tr("Size"));
    m_blocked->setText(tr("Blocked (not offered)"));
    m_rotate90->setText(tr("Turn 90°"));
    m_delete->setText(tr("Remove"));
    setSectionTitle(m_joinBox, tr("Joins"));
    m_joinSeatsCaption->setText(tr("Seats joined"));
    m_join->setText(tr("Join"));
    m_removeJoin->setText(tr("Remove the join"));
    setSectionTitle(m_roomBox, tr("Rooms"));
    m_roomNameCaption->setText(tr("Name"));
    m_roomKindCaption->setText(tr("Kind"));
    m_roomSizeCaption->setText(tr("Size"));
    m_addRoom->setText(tr("Add a room…"));
    m_removeRoom->setText(tr("Remove the room"));
    m_rooms->setToolTip(tr("Drag a room's name strip on the plan to move it with its tables."));
    {
        const int kind = m_roomKind->currentIndex();
        m_roomKind->clear();
        for (RoomKind k : {RoomKind::Salle, RoomKind::Terrasse, RoomKind::SalonPrive})
            m_roomKind->addItem(FloorPlanText::roomKindLabel(k), int(k));
        m_roomKind->setCurrentIndex(kind);
    }
    setSectionTitle(m_datesBox, tr("When this layout is used"));
    m_default->setText(tr("Default layout (every day without a date range)"));
    m_fromCaption->setText(tr("From"));
    m_toCaption->setText(tr("To"));
    m_addPeriod->setText(tr("Use over these dates"));
    m_removePeriod->setText(tr("Remove the dates"));
    const int shape = m_shape->currentIndex();
    m_shape->clear();
    for (TableShape s : {TableShape::Round, TableShape::Square, TableShape::Rectangle})
        m_shape->addItem(FloorPlanText::shapeLabel(s), int(s));
    m_shape->setCurrentIndex(shape);
    refreshState();
    refreshTablePanel();
    refreshJoinPanel();
    refreshRooms();
    refreshDates();
}

void FloorPlanTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FloorPlanTab::watchTabs()
{
    if (m_tabs)
        return;
    for (QWidget* p = parentWidget(); p; p = p->parentWidget()) {
        if (auto* tabs = qobject_cast<QTabWidget*>(p)) {
            m_tabs = tabs;
            break;
        }
    }
    if (!m_tabs)
        return;
    m_current = m_tabs->currentWidget() == this;
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        const bool wasCurrent = m_current;
        m_current = m_tabs->currentWidget() == this;
        if (!wasCurrent || m_current || m_asking || !m_document->modified())
            return;
        // Left with changes not saved: asked once the switch is done;
        // Cancel comes back here.
        QTimer::singleShot(0, this, [this] {
            if (m_tabs && m_tabs->currentWidget() != this && !maybeLeave())
                m_tabs->setCurrentWidget(this);
        });
    });
}

bool FloorPlanTab::maybeLeave()
{
    if (!m_document->modified() || m_asking)
        return !m_asking;
    QMessageBox box(QMessageBox::Warning, tr("Floor plan not saved"),
                    tr("The floor plan has changes that are not saved."),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("floorUnsavedQuestion"));
    box.setInformativeText(tr("Save them now, or discard them and keep the plan as it was saved?"));
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Save)->setText(tr("Save"));
    box.button(QMessageBox::Discard)->setText(tr("Discard"));
    box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    m_asking = true;
    const int answer = box.exec();
    m_asking = false;
    switch (answer) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard: {
        QSqlDatabase db = Database::connection();
        QString error;
        if (db.isOpen() && !m_document->load(db, m_today, &error))
            QMessageBox::warning(this, tr("Floor plan not read"), error);
        Q_EMIT statusMessage(tr("Floor plan changes discarded."));
        return true;
    }
    default:
        return false;
    }
}

void FloorPlanTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    watchTabs();
    // Read at first sight, and again when the database changed (demo ⇄ real).
    if (Database::path() != m_loadedPath)
        reload();
}

void FloorPlanTab::reload(const QDate& today)
{
    QSqlDatabase db = Database::connection();
    if (!db.isOpen())
        return;
    m_loadedPath = Database::path();
    m_today = today;
    QString error;
    if (AppPaths::isDemoDatabase() && FloorStore::seedDemoOnce(db, today, &error) < 0)
        qWarning("reservation: demo floor plan not stored: %s", qUtf8Printable(error));
    if (!m_document->load(db, today, &error))
        QMessageBox::warning(this, tr("Floor plan not read"), error);
    m_editor->fitToPlan();
    refreshState();
}

bool FloorPlanTab::save()
{
    QSqlDatabase db = Database::connection();
    QString error;
    if (!db.isOpen() || !m_document->save(db, &error)) {
        QMessageBox::warning(this, tr("Floor plan not saved"),
                             error.isEmpty() ? tr("The database is not open.") : error);
        return false;
    }
    m_loadedPath = Database::path();
    refreshState();
    Q_EMIT statusMessage(
        tr("Floor plan saved (%n layout(s)).", nullptr, int(m_document->plan().layouts.size())));
    return true;
}

void FloorPlanTab::refreshLayouts()
{
    m_refreshing = true;
    m_layouts->clear();
    const FloorPlan& plan = m_document->plan();
    for (const FloorLayout& l : plan.layouts) {
        const QString name = l.id == plan.defaultLayoutId ? tr("%1 (default)").arg(l.name) : l.name;
        m_layouts->addItem(tr("%1 — %2").arg(name, tr("%n table(s)", nullptr, int(l.tables.size()))), l.id);
    }
    m_layouts->setCurrentIndex(m_layouts->findData(m_document->currentLayoutId()));
    m_deleteLayout->setEnabled(plan.layouts.size() > 1);
    m_refreshing = false;
    refreshDates();
}

void FloorPlanTab::refreshState()
{
    const bool modified = m_document->modified();
    const bool unsaved = modified || !m_document->stored();
    m_save->setEnabled(unsaved);
    m_saveAction->setEnabled(unsaved);
    if (modified) {
        m_state->setText(tr("Unsaved changes"));
        m_state->setStyleSheet(QStringLiteral("QLabel { color: #a15c00; font-weight: bold; }"));
    } else if (!m_document->stored()) {
        m_state->setText(tr("New plan, not saved yet"));
        m_state->setStyleSheet(QStringLiteral("QLabel { color: #a15c00; }"));
    } else {
        m_state->setText(tr("Saved"));
        m_state->setStyleSheet(QStringLiteral("QLabel { color: #2e7d32; }"));
    }
}

void FloorPlanTab::refreshTablePanel()
{
    m_refreshing = true;
    const FloorLayout& layout = m_document->layout();
    const QStringList ids = m_editor->selectedTableIds();
    const PlanTable* t = ids.size() == 1 ? layout.table(ids.first()) : nullptr;
    const QList<QWidget*> fields{m_label, m_shape,    m_seats, m_minParty, m_room,
                                 m_zone,  m_rotation, m_width, m_depth};
    for (QWidget* w : fields)
        w->setEnabled(t != nullptr);
    m_blocked->setEnabled(!ids.isEmpty());
    m_rotate90->setEnabled(!ids.isEmpty());
    m_delete->setEnabled(!ids.isEmpty());
    if (ids.isEmpty())
        m_selection->setText(tr("Click a table, or draw a frame round several."));
    else if (!t)
        m_selection->setText(tr("%n tables selected: %1", nullptr, int(ids.size())).arg(layout.labels(ids)));
    else
        m_selection->setText(QString());
    m_selection->setVisible(!m_selection->text().isEmpty());

    m_room->clear();
    for (const FloorRoom& r : layout.rooms)
        m_room->addItem(r.name, r.id);
    QStringList zones{QStringLiteral("salle"), QStringLiteral("terrasse"), QStringLiteral("salon"),
                      QStringLiteral("fenêtre"), QStringLiteral("bar")};
    for (const PlanTable& other : layout.tables) {
        if (!other.zone.isEmpty() && !zones.contains(other.zone))
            zones << other.zone;
    }
    m_zone->clear();
    m_zone->addItem(tr("(the room's)"), QString());
    for (const QString& z : zones)
        m_zone->addItem(z, z);

    if (t) {
        m_label->setText(t->label);
        m_shape->setCurrentIndex(m_shape->findData(int(t->shape)));
        m_seats->setValue(t->seats);
        m_minParty->setMaximum(t->seats);
        m_minParty->setValue(t->minParty);
        m_room->setCurrentIndex(m_room->findData(t->roomId));
        const int zone = m_zone->findData(t->zone);
        m_zone->setCurrentIndex(zone >= 0 ? zone : 0);
        m_rotation->setValue(int(std::lround(t->rotation)) % 360);
        m_width->setValue(int(std::lround(t->size.width())));
        m_depth->setValue(int(std::lround(t->size.height())));
        m_depth->setEnabled(t->shape == TableShape::Rectangle);
        m_blocked->setChecked(t->blocked);
        m_tableBox->setTitle(tr("Table %1").arg(t->label));
    } else {
        m_label->clear();
        m_zone->setCurrentIndex(-1);
        m_room->setCurrentIndex(-1);
        bool allBlocked = !ids.isEmpty();
        for (const QString& id : ids) {
            const PlanTable* s = layout.table(id);
            allBlocked = allBlocked && s && s->blocked;
        }
        m_blocked->setChecked(allBlocked);
        m_tableBox->setTitle(tr("Table"));
    }
    m_refreshing = false;
}

void FloorPlanTab::applyTableField()
{
    if (m_refreshing)
        return;
    const QStringList ids = m_editor->selectedTableIds();
    const PlanTable* current = ids.size() == 1 ? m_document->layout().table(ids.first()) : nullptr;
    if (!current)
        return;
    PlanTable t = *current;
    t.label = m_label->text();
    t.shape = TableShape(m_shape->currentData().toInt());
    t.seats = m_seats->value();
    t.minParty = std::min(m_minParty->value(), t.seats);
    t.roomId = m_room->currentData().toString();
    const QString zoneText = m_zone->currentText().trimmed();
    t.zone = zoneText == tr("(the room's)") ? QString() : zoneText;
    t.rotation = m_rotation->value();
    if (t.shape == TableShape::Rectangle)
        t.size = QSizeF(m_width->value(), m_depth->value());
    else
        t.size = QSizeF(m_width->value(), m_width->value());
    QString reason;
    if (!m_document->setTable(t, &reason) && !reason.isEmpty()) {
        m_tableError->setText(reason);
        refreshTablePanel();
        return;
    }
    m_tableError->clear();
}

void FloorPlanTab::refreshJoinPanel()
{
    const FloorLayout& layout = m_document->layout();
    const QStringList ids = m_editor->selectedTableIds();
    if (ids.size() < 2) {
        m_joinHint->setText(
            tr("Select two tables or more of one room (Ctrl+click, or a frame) to declare that "
               "they may be joined, and how many they seat together."));
        m_join->setEnabled(false);
        m_joinSeats->setEnabled(false);
    } else {
        const int existing = layout.joinIndex(ids);
        m_joinHint->setText(existing >= 0
                                ? tr("%1 is already a join.").arg(layout.labels(normalisedTableSet(ids)))
                                : tr("Join %1:").arg(layout.labels(ids)));
        const QString why =
            layout.joinError(PlanJoin{ids, std::max(2, m_document->suggestedJoinSeats(ids)), 1});
        m_join->setEnabled(why.isEmpty());
        m_joinSeats->setEnabled(why.isEmpty());
        m_join->setToolTip(why);
        if (why.isEmpty())
            m_joinSeats->setValue(std::max(2, m_document->suggestedJoinSeats(ids)));
        else if (existing < 0)
            m_joinError->setText(why);
    }

    const QString current =
        m_joins->currentItem()
            ? m_joins->currentItem()->data(Qt::UserRole).toStringList().join(QLatin1Char(','))
            : QString();
    const QSignalBlocker block(m_joins);
    m_joins->clear();
    QList<PlanJoin> joins = layout.joins;
    // In the plan's order of their tables, the smaller joins first.
    const auto key = [&layout](const PlanJoin& j) {
        QList<int> order;
        for (const QString& id : j.tableIds)
            order << layout.tableIndex(id);
        std::sort(order.begin(), order.end());
        return order;
    };
    std::stable_sort(joins.begin(), joins.end(),
                     [&key](const PlanJoin& a, const PlanJoin& b) { return key(a) < key(b); });
    for (const PlanJoin& j : joins) {
        const PlanTable* first = layout.table(j.tableIds.value(0));
        const FloorRoom* room = first ? layout.room(first->roomId) : nullptr;
        QString text = tr("%1 — %2").arg(layout.labels(j.tableIds), FloorPlanText::seatsText(j.seats));
        if (j.minParty > 1)
            text += tr(" (from %1)").arg(j.minParty);
        auto* item = new QListWidgetItem(text, m_joins);
        item->setData(Qt::UserRole, j.tableIds);
        if (room)
            item->setToolTip(room->name);
        const bool touches = std::any_of(ids.cbegin(), ids.cend(),
                                         [&j](const QString& id) { return j.tableIds.contains(id); });
        if (touches) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        if (j.tableIds.join(QLatin1Char(',')) == current)
            m_joins->setCurrentItem(item);
    }
    setSectionTitle(m_joinBox, tr("Joins (%1)").arg(layout.joins.size()));
    const QListWidgetItem* selected = m_joins->currentItem();
    m_removeJoin->setEnabled(selected != nullptr);
    m_editor->highlightJoin(selected ? selected->data(Qt::UserRole).toStringList() : QStringList());
}

void FloorPlanTab::refreshDates()
{
    const FloorPlan& plan = m_document->plan();
    const QString id = m_document->currentLayoutId();
    const FloorLayout* today = plan.activeLayout(m_today);
    m_todayLayout->setText(today ? tr("Today (%1): “%2”.").arg(dayText(m_today), today->name) : QString());
    m_default->setChecked(plan.defaultLayoutId == id);
    m_default->setEnabled(plan.defaultLayoutId != id);
    const QSignalBlocker block(m_periods);
    m_periods->clear();
    for (int i = 0; i < plan.periods.size(); ++i) {
        const LayoutPeriod& p = plan.periods[i];
        if (p.layoutId != id)
            continue;
        const QString text = p.from == p.to ? tr("On %1").arg(dayText(p.from))
                                            : tr("From %1 to %2").arg(dayText(p.from), dayText(p.to));
        auto* item = new QListWidgetItem(text, m_periods);
        item->setData(Qt::UserRole, i);
    }
    if (m_periods->count() == 0) {
        auto* none = new QListWidgetItem(plan.defaultLayoutId == id ? tr("Every day without another layout")
                                                                    : tr("No date yet: never used"),
                                         m_periods);
        none->setFlags(Qt::NoItemFlags);
        none->setData(Qt::UserRole, -1);
    }
    m_removePeriod->setEnabled(false);
}

void FloorPlanTab::refreshRooms()
{
    m_refreshing = true;
    const FloorLayout& layout = m_document->layout();
    const QString current =
        m_rooms->currentItem() ? m_rooms->currentItem()->data(Qt::UserRole).toString() : QString();
    {
        const QSignalBlocker block(m_rooms);
        m_rooms->clear();
        for (const FloorRoom& r : layout.rooms) {
            const qsizetype tables = std::count_if(layout.tables.cbegin(), layout.tables.cend(),
                                                   [&r](const PlanTable& t) { return t.roomId == r.id; });
            auto* item = new QListWidgetItem(
                tr("%1 — %2").arg(r.name, tr("%n table(s)", nullptr, int(tables))), m_rooms);
            item->setData(Qt::UserRole, r.id);
            if (r.id == current)
                m_rooms->setCurrentItem(item);
        }
        if (!m_rooms->currentItem() && m_rooms->count() > 0)
            m_rooms->setCurrentRow(0);
    }
    const FloorRoom* room =
        m_rooms->currentItem() ? layout.room(m_rooms->currentItem()->data(Qt::UserRole).toString()) : nullptr;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_roomName, m_roomKind, m_roomWidth, m_roomDepth, m_removeRoom})
        w->setEnabled(room != nullptr);
    if (room) {
        m_roomName->setText(room->name);
        m_roomKind->setCurrentIndex(m_roomKind->findData(int(room->kind)));
        m_roomWidth->setValue(int(std::lround(room->area.width())));
        m_roomDepth->setValue(int(std::lround(room->area.height())));
    }
    setSectionTitle(m_roomBox, tr("Rooms (%1)").arg(layout.rooms.size()));
    m_refreshing = false;
    refreshLegend();
}

void FloorPlanTab::setSectionTitle(QWidget* section, const QString& title)
{
    m_sections->setItemText(m_sections->indexOf(section), title);
}

void FloorPlanTab::refreshLegend()
{
    // One swatch per zone the layout's tables are in (their fill), then blocked.
    const FloorLayout& layout = m_document->layout();
    QStringList zones;
    bool blocked = false;
    for (const PlanTable& t : layout.tables) {
        blocked = blocked || t.blocked;
        const QString zone = layout.zoneOf(t);
        if (!t.blocked && !zone.isEmpty() && !zones.contains(zone))
            zones << zone;
    }
    const auto swatch = [](const QColor& fill, const QString& name) {
        return QStringLiteral("<span style=\"background-color:%1; color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>"
                              "&nbsp;%2")
            .arg(fill.name(), name.toHtmlEscaped());
    };
    QStringList parts;
    for (const QString& zone : std::as_const(zones))
        parts << swatch(FloorEditor::zoneColour(zone), zone);
    if (blocked)
        parts << swatch(QColor(0xE3, 0xE3, 0xE3), tr("blocked"));
    m_legend->setText(parts.isEmpty() ? QString()
                                      : tr("Colours: %1").arg(parts.join(QStringLiteral(" &nbsp; "))));
    m_legend->setToolTip(tr("A table's colour is its zone (its own, else its room's); "
                            "a blocked table is grey and hatched."));
    m_legend->setVisible(!parts.isEmpty());
}

void FloorPlanTab::applyRoomField()
{
    if (m_refreshing || !m_rooms->currentItem())
        return;
    const QString id = m_rooms->currentItem()->data(Qt::UserRole).toString();
    m_document->renameRoom(id, m_roomName->text());
    m_document->setRoomKind(id, RoomKind(m_roomKind->currentData().toInt()));
    m_document->resizeRoom(id, QSizeF(m_roomWidth->value(), m_roomDepth->value()));
}

void FloorPlanTab::addTable(int shape, int seats)
{
    PlanTable t = standardTable(TableShape(shape), seats);
    t.position = m_editor->newTablePosition();
    const QString id = m_document->addTable(t);
    if (!id.isEmpty()) {
        m_editor->selectTables({id});
        m_editor->setFocus();
    }
}

void FloorPlanTab::joinSelected()
{
    const QStringList ids = m_editor->selectedTableIds();
    QString reason;
    if (!m_document->addJoin(ids, m_joinSeats->value(), &reason)) {
        m_joinError->setText(reason);
        return;
    }
    m_joinError->clear();
    // The new join selected in the list, outlined on the plan.
    const QString key = normalisedTableSet(ids).join(QLatin1Char(','));
    for (int i = 0; i < m_joins->count(); ++i) {
        if (m_joins->item(i)->data(Qt::UserRole).toStringList().join(QLatin1Char(',')) == key)
            m_joins->setCurrentRow(i);
    }
}

QString FloorPlanTab::askName(const QString& title, const QString& label, const QString& text)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, title, label, QLineEdit::Normal, text, &ok).trimmed();
    return ok ? name : QString();
}

void FloorPlanTab::newLayout()
{
    const QString name =
        askName(tr("New layout"), tr("Name of the layout (e.g. “Summer terrace”):"), QString());
    if (!name.isEmpty())
        m_document->newLayout(name);
}

void FloorPlanTab::duplicateLayout()
{
    const FloorLayout& l = m_document->layout();
    const QString name =
        askName(tr("Duplicate the layout"), tr("Name of the copy:"), tr("%1 (copy)").arg(l.name));
    if (!name.isEmpty())
        m_document->duplicateLayout(l.id, name);
}

void FloorPlanTab::renameLayout()
{
    const FloorLayout& l = m_document->layout();
    const QString name = askName(tr("Rename the layout"), tr("New name:"), l.name);
    if (!name.isEmpty())
        m_document->renameLayout(l.id, name);
}

void FloorPlanTab::deleteLayout()
{
    const FloorLayout& l = m_document->layout();
    if (QMessageBox::question(this, tr("Delete the layout?"),
                              tr("Delete “%1”, its %n table(s) and its dates? (Undo brings it back until you "
                                 "save.)",
                                 nullptr, int(l.tables.size()))
                                  .arg(l.name)) != QMessageBox::Yes)
        return;
    m_document->removeLayout(l.id);
}

void FloorPlanTab::addPeriod()
{
    QString reason;
    if (!m_document->addPeriod({m_document->currentLayoutId(), m_from->date(), m_to->date()}, &reason)) {
        m_periodError->setText(reason);
        return;
    }
    m_periodError->clear();
}

} // namespace Moulin
