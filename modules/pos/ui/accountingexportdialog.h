#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Moulin {

/// Fichier ▸ Export comptable…: the FEC (Fichier des Écritures Comptables) of
/// a period for the accountant, validated before anything is written, and
/// the daily summary CSV ("Z de caisse").
class AccountingExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountingExportDialog(QSqlDatabase db, QWidget* parent = nullptr);

    /// Runs the exports (the buttons call them); results in statusText().
    bool exportFec();
    bool exportDailySummary();
    QString statusText() const;
    void setOutputDirectory(const QString& dir);
    void setPeriod(const QDate& from, const QDate& to);
    void setSiren(const QString& siren);

Q_SIGNALS:
    /// "Open Settings ▸ Accounting", offered when the FEC was refused
    /// because a VAT rate or a payment method has no account.
    void accountingSettingsRequested();

private:
    void chooseDirectory();
    void showResult(bool ok, const QString& text);
    bool checkCommon();

    QSqlDatabase m_db;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QDateEdit* m_fiscalYearEnd;
    QLineEdit* m_siren;
    QLineEdit* m_directory;
    QLabel* m_status;
    QPushButton* m_fecButton;
    QPushButton* m_zButton;
    QPushButton* m_settingsButton;
};

} // namespace Moulin
