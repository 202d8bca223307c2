#include "common/ui/backupsection.h"

#include "common/core/apppaths.h"
#include "common/core/backups.h"
#include "common/core/database.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Moulin {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

QString when(const QDateTime& at)
{
    return QLocale().toString(at, QStringLiteral("ddd d MMM yyyy HH:mm"));
}

void setError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

BackupSection::BackupSection(BackupScheduler* scheduler, RestoreHandler restore, QWidget* parent)
    : SettingsSection(parent)
    , m_scheduler(scheduler)
    , m_restoreHandler(std::move(restore))
{
    setObjectName(QStringLiteral("backupSection"));

    auto* daily = new QGroupBox(tr("Daily backup"), this);
    m_automatic = new QCheckBox(tr("Back up the database every day"), daily);
    m_automatic->setObjectName(QStringLiteral("backupAutomatic"));
    m_automatic->setChecked(Backups::automaticEnabled());
    m_automatic->setToolTip(
        tr("Everything Moulin keeps (sales, orders, invoices, bookings, guests, rosters) is "
           "copied once a day while Moulin runs. Passwords and keys stay in the system "
           "keychain and are not in the backups."));

    m_folder = new QLineEdit(QDir::toNativeSeparators(Backups::directory()), daily);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setAccessibleName(tr("Backup folder"));
    auto* browse = new QPushButton(tr("Browse…"), daily);
    browse->setObjectName(QStringLiteral("backupBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Backup folder"), folder());
        if (!chosen.isEmpty()) {
            m_folder->setText(QDir::toNativeSeparators(chosen));
            refresh();
        }
    });
    connect(m_folder, &QLineEdit::editingFinished, this, &BackupSection::refresh);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_folderError = new QLabel(daily);
    m_folderError->setObjectName(QStringLiteral("backupFolderError"));
    m_folderError->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_folderError->setWordWrap(true);
    m_folderError->hide();

    m_keep = new QSpinBox(daily);
    m_keep->setObjectName(QStringLiteral("backupKeep"));
    m_keep->setRange(Backups::kMinKeep, Backups::kMaxKeep);
    m_keep->setValue(Backups::keep());
    m_keep->setSuffix(tr(" days"));
    m_keep->setToolTip(
        tr("The oldest daily backups beyond this are removed. Backups made with « Back up now » "
           "and the databases kept by a restore are never removed."));

    auto* form = new QFormLayout(daily);
    form->addRow(m_automatic);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(QString(), m_folderError);
    form->addRow(tr("Keep the daily backups of the last:"), m_keep);
    auto* hint = new QLabel(tr("Choose a folder on another drive (a USB key, a synchronised cloud folder) so "
                               "that the backups survive this computer."),
                            daily);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    form->addRow(hint);

    m_last = new QLabel(this);
    m_last->setObjectName(QStringLiteral("backupLast"));
    m_last->setWordWrap(true);
    m_last->setTextFormat(Qt::PlainText);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Date"), tr("Kind"), tr("Size")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Backups in the folder"));
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(m_list->currentItem() != nullptr); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { restoreSelected(); });

    m_backupNow = new QPushButton(tr("&Back up now"), this);
    m_backupNow->setObjectName(QStringLiteral("backupNow"));
    connect(m_backupNow, &QPushButton::clicked, this, &BackupSection::backupNow);
    m_restore = new QPushButton(tr("&Restore…"), this);
    m_restore->setObjectName(QStringLiteral("backupRestore"));
    m_restore->setEnabled(false);
    connect(m_restore, &QPushButton::clicked, this, &BackupSection::restoreSelected);
    m_restoreOther = new QPushButton(tr("Restore &another file…"), this);
    m_restoreOther->setObjectName(QStringLiteral("backupRestoreOther"));
    connect(m_restoreOther, &QPushButton::clicked, this, &BackupSection::restoreOtherFile);
    auto* open = new QPushButton(tr("Open the folder"), this);
    open->setObjectName(QStringLiteral("backupOpenFolder"));
    connect(open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder())); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backupNow);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_restoreOther);
    buttons->addStretch(1);
    buttons->addWidget(open);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("backupResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(daily);
    layout->addWidget(m_last);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_result);

    if (m_scheduler) {
        connect(m_scheduler, &BackupScheduler::started, this, [this] {
            m_backupNow->setEnabled(false);
            m_result->setStyleSheet(QString());
            m_result->setText(tr("Backing up…"));
            m_result->show();
        });
        connect(m_scheduler, &BackupScheduler::finished, this, &BackupSection::onFinished);
        m_backupNow->setEnabled(!m_scheduler->isBusy());
    } else {
        m_backupNow->setEnabled(false);
    }
    refresh();
}

QString BackupSection::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

bool BackupSection::validate(QString* error)
{
    QString why;
    if (!Backups::checkDirectory(folder(), &why)) {
        setError(m_folderError, why);
        m_folder->setFocus();
        *error = why;
        return false;
    }
    setError(m_folderError, QString());
    return true;
}

void BackupSection::apply()
{
    Backups::saveSettings(folder(), m_keep->value(), m_automatic->isChecked());
}

void BackupSection::refresh()
{
    const QString dir = folder();
    const QString base = Backups::baseName(Database::path());
    const QString previous =
        m_list->currentItem() ? m_list->currentItem()->data(0, kPathRole).toString() : QString();
    m_list->clear();
    QDateTime newest;
    for (const BackupEntry& entry : Backups::list(dir)) {
        QString kind;
        switch (entry.kind) {
        case BackupEntry::Kind::Automatic:
            kind = tr("Daily");
            break;
        case BackupEntry::Kind::Manual:
            kind = tr("Asked for");
            break;
        case BackupEntry::Kind::BeforeRestore:
            kind = tr("Kept by a restore");
            break;
        }
        if (entry.base != base)
            kind = tr("%1 (%2)").arg(kind, entry.base);
        else if (!newest.isValid() && entry.kind != BackupEntry::Kind::BeforeRestore)
            newest = entry.createdAt;
        const QString size = Backups::sizeText(entry.bytes);
        auto* item = new QTreeWidgetItem(m_list, {when(entry.createdAt), kind, size});
        item->setData(0, kPathRole, entry.path);
        item->setToolTip(0, QDir::toNativeSeparators(entry.path));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (entry.path == previous)
            m_list->setCurrentItem(item);
    }
    m_restore->setEnabled(m_list->currentItem() != nullptr);

    const auto settings = AppPaths::settings();
    const QString lastError = settings->value(QStringLiteral("backup/last_error")).toString();
    const QDateTime errorAt =
        settings->value(QStringLiteral("backup/last_error_at")).toDateTime().toLocalTime();
    if (!lastError.isEmpty()) {
        m_last->setStyleSheet(QStringLiteral("color: #b42318;"));
        m_last->setText(tr("The last backup failed (%1): %2").arg(when(errorAt), lastError));
    } else if (newest.isValid()) {
        m_last->setStyleSheet(QString());
        m_last->setText(tr("Last backup: %1.").arg(when(newest)));
    } else {
        m_last->setStyleSheet(QString());
        m_last->setText(tr("No backup in this folder yet."));
    }
}

void BackupSection::backupNow()
{
    QString why;
    if (!Backups::checkDirectory(folder(), &why)) {
        setError(m_folderError, why);
        return;
    }
    setError(m_folderError, QString());
    m_scheduler->backupNow(folder());
}

void BackupSection::onFinished(const BackupOutcome& outcome, bool automatic)
{
    Q_UNUSED(automatic)
    m_backupNow->setEnabled(true);
    m_result->setStyleSheet(outcome.ok ? QString() : QStringLiteral("color: #b42318;"));
    m_result->setText(outcome.message);
    m_result->show();
    refresh();
}

void BackupSection::restoreSelected()
{
    if (QTreeWidgetItem* item = m_list->currentItem())
        restoreFile(item->data(0, kPathRole).toString());
}

void BackupSection::restoreOtherFile()
{
    const QString file = !m_chosenFileForTest.isEmpty()
                             ? m_chosenFileForTest
                             : QFileDialog::getOpenFileName(this, tr("Restore a backup"), folder(),
                                                            tr("Moulin backups (*.sqlite);;All files (*)"));
    if (!file.isEmpty())
        restoreFile(file);
}

void BackupSection::restoreFile(const QString& file)
{
    const BackupOutcome checked = Backups::check(file);
    if (!checked.ok) {
        m_result->setStyleSheet(QStringLiteral("color: #b42318;"));
        m_result->setText(checked.message);
        m_result->show();
        return;
    }
    QString date;
    for (const BackupEntry& entry : Backups::list(QFileInfo(file).absolutePath())) {
        if (entry.path == QFileInfo(file).absoluteFilePath())
            date = when(entry.createdAt);
    }
    QMessageBox box(QMessageBox::Question, tr("Restore a backup"),
                    date.isEmpty() ? tr("Restore %1?").arg(QDir::toNativeSeparators(file))
                                   : tr("Restore the backup of %1?").arg(date),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("restoreConfirm"));
    box.setInformativeText(tr(
        "Moulin will restart on that backup. The current database is kept in the backup folder first, so "
        "nothing is lost. Sales, bookings and orders recorded at the till, the platforms and the suppliers "
        "since the backup are fetched again at the next synchronisation; what was typed in Moulin since "
        "then (notes, counts, drafts) is only in the kept database."));
    QPushButton* go = box.addButton(tr("Restore and restart"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("restoreGo"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != go)
        return;
    QString error;
    if (!m_restoreHandler || !m_restoreHandler(file, &error)) {
        m_result->setStyleSheet(QStringLiteral("color: #b42318;"));
        m_result->setText(error.isEmpty() ? tr("The restore could not be started.") : error);
        m_result->show();
    }
}

} // namespace Moulin
