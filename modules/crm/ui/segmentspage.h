#pragma once

#include "crm/core/segments.h"

#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;

namespace Moulin {

class DbWorker;

/// The Clients tab's « Segments » page: the saved segments, the builder (a
/// rule kind and its value, Enter adds the rule, Del removes the selected
/// one), the segment in one French sentence, a live count computed off the
/// GUI thread (debounced), the first members with their RFM class, the RFM
/// classes' sizes as a chart, the CSV export (only the guests who agreed to
/// the chosen channel) and « Envoyer vers Brevo ».
class SegmentsPage : public QWidget
{
    Q_OBJECT

public:
    /// `today`: invalid for the current date (tests pass theirs).
    explicit SegmentsPage(QWidget* parent = nullptr, QDate today = {});
    ~SegmentsPage() override;

    /// The database was swapped (demo ↔ real): a new worker, a reload.
    void resetDatabase();
    /// Reads the saved segments and the classes again, counts again.
    void reload();
    /// The rules being built.
    QList<SegmentRule> rules() const { return m_rules; }
    /// The saved segment shown (0: a new one).
    qint64 currentSegmentId() const { return m_segmentId; }
    /// Writes the members reachable on the chosen channel to `path` (off the
    /// GUI thread); exported() or exportFailed() says how it went.
    void exportCsvTo(const QString& path);

    /// Sends `emails` as the Brevo list `listName`; calls `done` once with
    /// whether it worked and a sentence for the manager (translated).
    using BrevoSender = std::function<void(const QString& listName, const QStringList& emails,
                                           std::function<void(bool ok, const QString& text)> done)>;
    /// Set by the area when a Brevo connection runs (null: none).
    void setBrevoSender(BrevoSender sender);
    /// « Envoyer vers Brevo »: the saved segment's members who agreed to
    /// e-mails, as the list named after the segment (off the GUI thread,
    /// then through the sender); brevoSent() says how it went.
    void sendToBrevo();

Q_SIGNALS:
    /// « Envoyer vers Brevo » on a saved segment: the lead's wiring sends
    /// CrmSegments::members(db, segmentId, channel) as a Brevo list.
    void brevoExportRequested(qint64 segmentId);
    /// A count came back (tests wait on it).
    void counted();
    void exported(const QString& path, qint64 written, qint64 excluded);
    void exportFailed(const QString& error);
    void brevoSent(bool ok, const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void kindChanged();
    void addRule();
    void removeRule();
    void rulesChanged();
    void scheduleCount();
    void runCount();
    void showResult(const SegmentResult& result);
    void refreshSegments();
    void refreshChart();
    void openSegment(qint64 id);
    void newSegment();
    void saveSegment();
    void deleteSegment();
    void chooseExportFile();
    void updateButtons();
    ConsentChannel channel() const;

    QDate m_today;
    QListWidget* m_segments;
    QLabel* m_segmentsHint;
    QPushButton* m_new;
    QPushButton* m_delete;
    QLineEdit* m_name;
    QPushButton* m_save;
    QComboBox* m_kind;
    QComboBox* m_value;
    QCheckBox* m_orGroup;
    QPushButton* m_add;
    QListWidget* m_ruleList;
    QPushButton* m_remove;
    QLabel* m_sentence;
    QLabel* m_error;
    QLabel* m_count;
    QTableWidget* m_members;
    QComboBox* m_channel;
    QPushButton* m_export;
    QPushButton* m_brevo;
    QLabel* m_status;
    QChartView* m_chart;
    QTimer* m_countTimer;
    std::unique_ptr<DbWorker> m_worker;
    QList<SegmentRule> m_rules;
    qint64 m_segmentId = 0;
    bool m_dirty = false;
    int m_generation = 0;
    bool m_brevoConfigured = false;
    BrevoSender m_brevoSender;
};

} // namespace Moulin
