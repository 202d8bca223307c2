#pragma once

#include "common/ui/settingssection.h"
#include "pos/core/fecexport.h"

#include <QHash>
#include <QSqlDatabase>

class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QTableView;

namespace Moulin {

class AccountTableModel;

/// Paramètres ▸ Comptabilité: what the FEC export needs to know. The SIREN,
/// the sales journal, the sales and collected-VAT accounts of each VAT rate
/// (the French rates and any other rate found in the sales, flagged), the
/// account of each payment method of the till (pos_payment_method; the
/// till's own account is used unless one is set here) and the rounding
/// accounts. Saved in PosSettings on OK: the SIREN, and in fecMappingJson
/// what differs from FecMapping::defaults().
///
/// Reads a few small reference tables of `db` once, when built (GUI thread).
class AccountingSettingsPage : public SettingsSection
{
    Q_OBJECT

public:
    explicit AccountingSettingsPage(QSqlDatabase db, QWidget* parent = nullptr);
    ~AccountingSettingsPage() override;

    bool validate(QString* error) override;
    void apply() override;
    /// Room for the whole page (it scrolls when it gets less).
    QSize sizeHint() const override;

    /// The mapping as currently entered (valid or not).
    FecMapping mapping() const;
    /// The override JSON apply() would store (empty: the defaults).
    QByteArray overrideJson() const;
    /// Payment codes shown without an account (the export stops on them).
    QStringList unmappedPaymentCodes() const;

private:
    struct Field
    {
        QLineEdit* edit = nullptr;
        QLabel* error = nullptr;
    };

    /// Fills the fields and tables: `siren` and m_loaded, and the VAT rates
    /// and payment methods of `db`.
    void load(const QSqlDatabase& db, const QString& siren);
    QWidget* buildCompanyBox();
    QWidget* buildVatBox();
    QWidget* buildPaymentsBox();
    QWidget* buildRoundingBox();
    static QFormLayout* makeForm(QWidget* box);
    QTableView* makeTable(AccountTableModel* model, const QString& objectName, const QString& accessibleName,
                          QWidget* parent);
    /// A form row: label, line edit (`width` > 0: fixed), an optional hint
    /// beside it and an error line under it.
    Field addField(QFormLayout* form, const QString& label, const QString& objectName,
                   const QString& placeholder = {}, int width = 0, const QString& hint = {});
    void showFieldError(const Field& field, const QString& message);
    void updateTableMessages();
    static void fitTableHeight(QTableView* view, int maxRows);

    FecMapping m_loaded; ///< what the settings hold (defaults when invalid)

    Field m_siren;
    Field m_journalCode;
    Field m_journalLabel;
    Field m_roundingDebit;
    Field m_roundingCredit;
    AccountTableModel* m_vatModel = nullptr;
    AccountTableModel* m_paymentModel = nullptr;
    QTableView* m_vatView = nullptr;
    QTableView* m_paymentView = nullptr;
    QLabel* m_vatMessage = nullptr;
    QLabel* m_paymentMessage = nullptr;
    QLabel* m_paymentEmpty = nullptr;
    QList<QLabel*> m_formLabels;
    QScrollArea* m_scroll = nullptr;
};

} // namespace Moulin
