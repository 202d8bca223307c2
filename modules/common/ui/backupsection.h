#pragma once

#include "common/ui/settingssection.h"

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Moulin {

class BackupScheduler;
struct BackupOutcome;

/// File ▸ Settings ▸ Backups: the daily backup (on/off, folder, how many
/// kept), the backups there with their date, kind and size, « Back up now »,
/// and « Restore… » (asked, then handed to `restore`, which restarts Moulin
/// on the backup). The folder, count and switch are saved on OK; the buttons
/// act at once.
class BackupSection : public SettingsSection
{
    Q_OBJECT

public:
    /// `restore(file, &error)` schedules the restore (false with a translated
    /// reason when the file cannot be restored).
    using RestoreHandler = std::function<bool(const QString& file, QString* error)>;

    BackupSection(BackupScheduler* scheduler, RestoreHandler restore, QWidget* parent = nullptr);

    bool validate(QString* error) override;
    void apply() override;

    /// Test hook: the file « Restore another file… » opens instead of asking.
    void setChosenFileForTest(const QString& file) { m_chosenFileForTest = file; }

public Q_SLOTS:
    void refresh();

private:
    void backupNow();
    void restoreSelected();
    void restoreOtherFile();
    void restoreFile(const QString& file);
    void onFinished(const BackupOutcome& outcome, bool automatic);
    QString folder() const;

    BackupScheduler* m_scheduler = nullptr;
    RestoreHandler m_restoreHandler;
    QCheckBox* m_automatic = nullptr;
    QLineEdit* m_folder = nullptr;
    QLabel* m_folderError = nullptr;
    QSpinBox* m_keep = nullptr;
    QLabel* m_last = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_backupNow = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_restoreOther = nullptr;
    QLabel* m_result = nullptr;
    QString m_chosenFileForTest;
};

} // namespace Moulin
