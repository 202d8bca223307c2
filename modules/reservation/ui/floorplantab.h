#pragma once

// Réservations ▸ Plan de salle: the floor plan editor (FloorEditor) with the
// layouts (new, duplicate, rename, delete, the default one and the dates each
// is used), the selected table's properties, the join graph (select tables,
// « Joindre » with the seats they give together; the list; remove), undo and
// redo (Ctrl+Z, Ctrl+Shift+Z) and an explicit save (Ctrl+S) with the unsaved
// state shown. The plan is read when the tab is first shown and again when
// the database changes; the demo restaurant's plan is seeded then, once.

#include <QDate>
#include <QStringList>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QToolBox;
class QToolButton;

namespace Moulin {

class FloorDocument;
class FloorEditor;

class FloorPlanTab : public QWidget
{
    Q_OBJECT

public:
    explicit FloorPlanTab(QWidget* parent = nullptr);
    ~FloorPlanTab() override;

    FloorDocument* document() const { return m_document; }
    FloorEditor* editor() const { return m_editor; }
    /// Reads the plan of this thread's database (seeding the demo plan in
    /// demo mode); `today` picks the layout shown.
    void reload(const QDate& today = QDate::currentDate());
    bool save();
    /// Changes not saved: asks Save / Discard / Cancel (a QMessageBox).
    /// Save writes them (false if that fails), Discard reads the stored
    /// plan again; true when the host may go on (close the window, leave
    /// the tab), false on Cancel. Nothing to ask: true at once. Leaving the
    /// tab in its QTabWidget asks the same, Cancel coming back to it.
    /// Switching layouts does not ask: every layout's changes stay in the
    /// document until saved or discarded together.
    bool maybeLeave();
    /// Whether the question is open (tests).
    bool isAsking() const { return m_asking; }

Q_SIGNALS:
    void statusMessage(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refreshLayouts();
    void refreshState();
    void refreshTablePanel();
    void refreshJoinPanel();
    void refreshDates();
    void refreshRooms();
    void refreshLegend();
    void setSectionTitle(QWidget* section, const QString& title);
    void applyRoomField();
    void applyTableField();
    void addTable(int shape, int seats);
    void joinSelected();
    void newLayout();
    void duplicateLayout();
    void renameLayout();
    void deleteLayout();
    void addPeriod();
    QString askName(const QString& title, const QString& label, const QString& text);
    /// Follows the tab widget holding this tab, to ask when it is left.
    void watchTabs();

    FloorDocument* m_document;
    FloorEditor* m_editor;
    QString m_loadedPath;
    QDate m_today;
    bool m_refreshing = false;
    bool m_asking = false;
    QTabWidget* m_tabs = nullptr;
    bool m_current = false; ///< this tab was the tab widget's current one

    // Toolbar.
    QLabel* m_layoutLabel;
    QComboBox* m_layouts;
    QToolButton* m_layoutMenu;
    QAction* m_newLayout;
    QAction* m_duplicateLayout;
    QAction* m_renameLayout;
    QAction* m_deleteLayout;
    QToolButton* m_addTable;
    QToolButton* m_undo;
    QToolButton* m_redo;
    QAction* m_undoAction;
    QAction* m_redoAction;
    QToolButton* m_zoomOut;
    QToolButton* m_zoomIn;
    QToolButton* m_fit;
    QLabel* m_state;
    QPushButton* m_save;
    QAction* m_saveAction;
    QLabel* m_help;
    /// What the tables' colours say (the zones of the layout, blocked).
    QLabel* m_legend;
    /// Joins, rooms and dates: one open at a time, so the panel fits.
    QToolBox* m_sections;

    // The selected table.
    QGroupBox* m_tableBox;
    QLabel* m_selection;
    QLabel* m_labelCaption;
    QLineEdit* m_label;
    QLabel* m_shapeCaption;
    QComboBox* m_shape;
    QLabel* m_seatsCaption;
    QSpinBox* m_seats;
    QLabel* m_minCaption;
    QSpinBox* m_minParty;
    QLabel* m_roomCaption;
    QComboBox* m_room;
    QLabel* m_zoneCaption;
    QComboBox* m_zone;
    QLabel* m_rotationCaption;
    QSpinBox* m_rotation;
    QLabel* m_sizeCaption;
    QSpinBox* m_width;
    QSpinBox* m_depth;
    QCheckBox* m_blocked;
    QPushButton* m_rotate90;
    QPushButton* m_delete;
    QLabel* m_tableError;

    // Joins.
    QGroupBox* m_joinBox;
    QLabel* m_joinHint;
    QLabel* m_joinSeatsCaption;
    QSpinBox* m_joinSeats;
    QPushButton* m_join;
    QLabel* m_joinError;
    QListWidget* m_joins;
    QPushButton* m_removeJoin;

    // Rooms.
    QGroupBox* m_roomBox;
    QListWidget* m_rooms;
    QLabel* m_roomNameCaption;
    QLineEdit* m_roomName;
    QLabel* m_roomKindCaption;
    QComboBox* m_roomKind;
    QLabel* m_roomSizeCaption;
    QSpinBox* m_roomWidth;
    QSpinBox* m_roomDepth;
    QPushButton* m_addRoom;
    QPushButton* m_removeRoom;
    QLabel* m_roomError;

    // Dates.
    QGroupBox* m_datesBox;
    QLabel* m_todayLayout;
    QCheckBox* m_default;
    QListWidget* m_periods;
    QLabel* m_fromCaption;
    QDateEdit* m_from;
    QLabel* m_toCaption;
    QDateEdit* m_to;
    QPushButton* m_addPeriod;
    QPushButton* m_removePeriod;
    QLabel* m_periodError;
};

} // namespace Moulin
