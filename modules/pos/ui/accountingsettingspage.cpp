#include "pos/ui/accountingsettingspage.h"

#include "common/core/database.h"
#include "pos/core/money.h"
#include "pos/core/possettings.h"
#include "pos/ui/salesformat.h"

#include <QAbstractTableModel>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Moulin {

namespace {

const QColor kErrorText(0xb0, 0x1c, 0x1c);
const QColor kErrorBackground(0xfd, 0xec, 0xea);

/// A VAT rate for the interface: "20 %", "5,5 %", "8,25 %".
QString rateText(int bp)
{
    const int decimals = bp % 100 == 0 ? 0 : (bp % 10 == 0 ? 1 : 2);
    return SalesFormat::percent(bp / 100.0, decimals);
}

/// What the user typed as an account number, without its spaces.
QString accountText(const QString& text)
{
    QString t = text;
    t.remove(QRegularExpression(QStringLiteral("\\s")));
    return t;
}

bool sameAccount(const FecAccount& a, const FecAccount& b)
{
    return a.number == b.number && a.label == b.label;
}

QJsonObject accountJson(const FecAccount& a)
{
    return QJsonObject{{QStringLiteral("account"), a.number}, {QStringLiteral("label"), a.label}};
}

QLabel* makeErrorLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, kErrorText);
    label->setPalette(palette);
    label->hide();
    return label;
}

QLabel* makeHint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

// ---------------------------------------------------------------------------
// The tables' model: fixed cells and editable account cells.
// ---------------------------------------------------------------------------
struct AccountCell
{
    QString text;        ///< the fixed text, or the account entered (empty: none)
    QString fallback;    ///< the account used when `text` is empty (the till's)
    QString placeholder; ///< shown when `text` and `fallback` are empty
    QString toolTip;
    QString what; ///< names the cell in messages ("20 % – sales account")
    bool editable = false;
    bool required = false;     ///< empty (without fallback) is an error
    bool flagged = false;      ///< shown in red (a remark, not an error)
    bool dimmed = false;       ///< shown in grey
    bool missingIsBad = false; ///< the placeholder is shown in red
};

class AccountTableModel : public QAbstractTableModel
{
public:
    AccountTableModel(const QStringList& headers, QObject* parent)
        : QAbstractTableModel(parent)
        , m_headers(headers)
    {
    }

    void setRows(const QList<QList<AccountCell>>& rows, const QVariantList& keys)
    {
        beginResetModel();
        m_rows = rows;
        m_keys = keys;
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
    }

    QVariant key(int row) const { return m_keys.value(row); }
    const AccountCell& cell(int row, int column) const { return m_rows[row][column]; }
    /// The account entered in a cell (empty: none, the fallback applies).
    QString entered(int row, int column) const { return m_rows[row][column].text; }
    /// The account used: the one entered, else the fallback.
    QString used(int row, int column) const
    {
        const AccountCell& c = m_rows[row][column];
        return c.text.isEmpty() ? c.fallback : c.text;
    }

    /// What is wrong with an editable cell (translated), empty when fine.
    QString error(int row, int column) const
    {
        const AccountCell& c = m_rows[row][column];
        if (!c.editable)
            return {};
        if (c.text.isEmpty())
            return c.required && c.fallback.isEmpty() ? AccountingSettingsPage::tr("Enter an account number.")
                                                      : QString();
        if (!FecMapping::isValidAccountNumber(c.text))
            return AccountingSettingsPage::tr("“%1” is not an account number (3 to 20 letters or digits).")
                .arg(c.text);
        return {};
    }

    /// Every problem, each naming its cell; `first` gets the first cell.
    QStringList errors(QModelIndex* first = nullptr) const
    {
        QStringList out;
        for (int r = 0; r < rowCount(); ++r) {
            for (int c = 0; c < columnCount(); ++c) {
                const QString e = error(r, c);
                if (e.isEmpty())
                    continue;
                if (first && !first->isValid())
                    *first = index(r, c);
                out.append(AccountingSettingsPage::tr("%1: %2").arg(m_rows[r][c].what, e));
            }
        }
        return out;
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
            return {};
        const AccountCell& c = m_rows[index.row()][index.column()];
        const bool empty = c.text.isEmpty() && c.fallback.isEmpty();
        switch (role) {
        case Qt::DisplayRole:
            return !c.text.isEmpty() ? c.text : (!c.fallback.isEmpty() ? c.fallback : c.placeholder);
        case Qt::EditRole:
            return c.text.isEmpty() ? c.fallback : c.text;
        case Qt::ToolTipRole: {
            const QString e = error(index.row(), index.column());
            return e.isEmpty() ? c.toolTip : e;
        }
        case Qt::ForegroundRole:
            if (!error(index.row(), index.column()).isEmpty() || c.flagged || (empty && c.missingIsBad))
                return kErrorText;
            if (c.dimmed || (empty && !c.placeholder.isEmpty()))
                return QPalette().color(QPalette::PlaceholderText);
            return {};
        case Qt::BackgroundRole:
            if (!error(index.row(), index.column()).isEmpty())
                return kErrorBackground;
            return {};
        case Qt::FontRole:
            if (empty && c.editable) {
                QFont f;
                f.setItalic(true);
                return f;
            }
            return {};
        case Qt::AccessibleDescriptionRole:
            return error(index.row(), index.column());
        default:
            return {};
        }
    }

    bool setData(const QModelIndex& index, const QVariant& value, int role) override
    {
        if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
            return false;
        AccountCell& c = m_rows[index.row()][index.column()];
        if (!c.editable)
            return false;
        QString text = accountText(value.toString());
        if (text == c.fallback) // back to the till's own account
            text.clear();
        if (text == c.text)
            return true;
        c.text = text;
        Q_EMIT dataChanged(index, index);
        return true;
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
            return Qt::NoItemFlags;
        Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
        if (m_rows[index.row()][index.column()].editable)
            f |= Qt::ItemIsEditable;
        return f;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
            return QAbstractTableModel::headerData(section, orientation, role);
        if (role == Qt::DisplayRole)
            return m_headers[section];
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return {};
    }

private:
    QStringList m_headers;
    QList<QList<AccountCell>> m_rows;
    QVariantList m_keys;
};

namespace {

enum VatColumn
{
    VatRate,
    VatTillCodes,
    VatSales,
    VatCollected,
};

enum PaymentColumn
{
    PayCode,
    PayName,
    PayTill,
    PayUsed,
};

} // namespace

// ---------------------------------------------------------------------------
// Page
// ---------------------------------------------------------------------------
AccountingSettingsPage::AccountingSettingsPage(QSqlDatabase db, QWidget* parent)
    : SettingsSection(parent)
{
    setObjectName(QStringLiteral("accountingSettingsPage"));
    const PosSettings settings = PosSettings::load();
    QString loadError; // why the stored override was ignored
    const std::optional<FecMapping> loaded = FecMapping::withOverride(settings.fecMappingJson, &loadError);
    m_loaded = loaded ? *loaded : FecMapping::defaults();

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("accountingContent"));
    auto* layout = new QVBoxLayout(content);
    layout->setSpacing(12);

    auto* intro = makeHint(tr("The accounts of the FEC export (File ▸ Accounting export…). Ask your "
                              "accountant for them: they must exist in the chart of accounts."),
                           content);
    layout->addWidget(intro);
    if (!loaded) {
        QLabel* problem = makeErrorLabel(content, QStringLiteral("loadError"));
        problem->setText(tr("The saved accounting settings could not be read (%1): the default accounts are "
                            "shown, and OK saves them.")
                             .arg(loadError));
        problem->show();
        layout->addWidget(problem);
    }
    layout->addWidget(buildCompanyBox());
    layout->addWidget(buildVatBox());
    layout->addWidget(buildPaymentsBox());
    layout->addWidget(buildRoundingBox());
    layout->addStretch(1);

    // The form labels of the three forms line up.
    int labelWidth = 0;
    for (QLabel* label : std::as_const(m_formLabels))
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel* label : std::as_const(m_formLabels))
        label->setMinimumWidth(labelWidth);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("accountingScrollArea"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    load(db, settings.siren);
}

AccountingSettingsPage::~AccountingSettingsPage() = default;

QSize AccountingSettingsPage::sizeHint() const
{
    const QSize content = m_scroll->widget()->sizeHint();
    return {content.width() + m_scroll->verticalScrollBar()->sizeHint().width(), content.height()};
}

AccountingSettingsPage::Field AccountingSettingsPage::addField(QFormLayout* form, const QString& label,
                                                               const QString& objectName,
                                                               const QString& placeholder, int width,
                                                               const QString& hint)
{
    Field f;
    QWidget* parent = form->parentWidget();
    f.edit = new QLineEdit(parent);
    f.edit->setObjectName(objectName + QStringLiteral("Edit"));
    f.edit->setPlaceholderText(placeholder);
    if (width > 0)
        f.edit->setFixedWidth(width);
    auto* text = new QLabel(label, parent);
    text->setBuddy(f.edit);
    m_formLabels.append(text);

    auto* cell = new QWidget(parent);
    auto* box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(f.edit);
    if (!hint.isEmpty()) {
        QLabel* h = makeHint(hint, cell);
        h->setObjectName(objectName + QStringLiteral("Hint"));
        h->setWordWrap(false);
        row->addWidget(h);
    }
    if (width > 0)
        row->addStretch(1);
    box->addLayout(row);
    f.error = makeErrorLabel(cell, QStringLiteral("error_") + objectName);
    box->addWidget(f.error);
    form->addRow(text, cell);
    QLabel* error = f.error;
    QLineEdit* edit = f.edit;
    connect(f.edit, &QLineEdit::textEdited, error, [error, edit] {
        error->hide();
        edit->setAccessibleDescription(QString());
    });
    return f;
}

QFormLayout* AccountingSettingsPage::makeForm(QWidget* box)
{
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setHorizontalSpacing(16);
    return form;
}

QWidget* AccountingSettingsPage::buildCompanyBox()
{
    auto* box = new QGroupBox(tr("Company and journal"));
    box->setObjectName(QStringLiteral("companyBox"));
    QFormLayout* form = makeForm(box);
    m_siren = addField(form, tr("S&IREN:"), QStringLiteral("siren"), tr("9 digits, e.g. 732 829 320"), 200,
                       tr("Names the FEC file."));
    m_siren.edit->setMaxLength(11);
    m_journalCode = addField(form, tr("Journal &code:"), QStringLiteral("journalCode"), QString(), 90);
    m_journalCode.edit->setMaxLength(20);
    m_journalLabel = addField(form, tr("Journal &label:"), QStringLiteral("journalLabel"), QString(), 280);
    return box;
}

QTableView* AccountingSettingsPage::makeTable(AccountTableModel* model, const QString& objectName,
                                              const QString& accessibleName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                          QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setCornerButtonEnabled(false);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setMinimumSectionSize(60);
    // Tab leaves the table for the next field, as in the rest of the form.
    view->setTabKeyNavigation(false);
    connect(model, &QAbstractItemModel::dataChanged, this, &AccountingSettingsPage::updateTableMessages);
    return view;
}

QWidget* AccountingSettingsPage::buildVatBox()
{
    auto* box = new QGroupBox(tr("VAT rates"));
    box->setObjectName(QStringLiteral("vatBox"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(makeHint(
        tr("Each rate's sales (without VAT) and collected VAT go to their own account. Double-click an "
           "account to change it."),
        box));
    m_vatModel = new AccountTableModel(
        {tr("Rate"), tr("On the till"), tr("Sales account (excl. VAT)"), tr("Collected VAT account")}, this);
    m_vatView = makeTable(m_vatModel, QStringLiteral("vatTable"), tr("Accounts per VAT rate"), box);
    layout->addWidget(m_vatView);
    m_vatMessage = makeErrorLabel(box, QStringLiteral("vatMessage"));
    layout->addWidget(m_vatMessage);
    return box;
}

QWidget* AccountingSettingsPage::buildPaymentsBox()
{
    auto* box = new QGroupBox(tr("Payment methods of the till"));
    box->setObjectName(QStringLiteral("paymentsBox"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(makeHint(tr("The account set on the till is used unless you enter another one here. "
                                  "The FEC export stops while a payment method used in the period has no "
                                  "account."),
                               box));
    m_paymentModel = new AccountTableModel(
        {tr("Code"), tr("Payment method"), tr("Account on the till"), tr("Account used")}, this);
    m_paymentView =
        makeTable(m_paymentModel, QStringLiteral("paymentTable"), tr("Accounts per payment method"), box);
    layout->addWidget(m_paymentView);
    m_paymentEmpty = makeHint(tr("No payment method has come from the till yet: they appear after the next "
                                 "synchronisation of the sales."),
                              box);
    m_paymentEmpty->setObjectName(QStringLiteral("paymentEmptyHint"));
    layout->addWidget(m_paymentEmpty);
    m_paymentMessage = makeErrorLabel(box, QStringLiteral("paymentMessage"));
    layout->addWidget(m_paymentMessage);
    return box;
}

QWidget* AccountingSettingsPage::buildRoundingBox()
{
    auto* box = new QGroupBox(tr("Rounding differences"));
    box->setObjectName(QStringLiteral("roundingBox"));
    QFormLayout* form = makeForm(box);
    m_roundingDebit = addField(form, tr("Loss account (&debit):"), QStringLiteral("roundingDebit"), QString(),
                               140, m_loaded.roundingDebit.label);
    m_roundingCredit = addField(form, tr("Gain account (c&redit):"), QStringLiteral("roundingCredit"),
                                QString(), 140, m_loaded.roundingCredit.label);
    form->addRow(makeHint(tr("A few cents a day at most, left by the till's rounding of its amounts."), box));
    return box;
}

void AccountingSettingsPage::load(const QSqlDatabase& db, const QString& siren)
{
    m_siren.edit->setText(siren);
    m_journalCode.edit->setText(m_loaded.journalCode);
    m_journalLabel.edit->setText(m_loaded.journalLabel);
    m_roundingDebit.edit->setText(m_loaded.roundingDebit.number);
    m_roundingCredit.edit->setText(m_loaded.roundingCredit.number);

    // VAT rates: the French ones, then any other one of the till, the sales
    // or the saved mapping.
    QMap<int, QStringList> tillCodes;
    QMap<int, QStringList> tillDescriptions;
    QList<int> seen;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Database::run(q,
                          QStringLiteral("SELECT vat_bp, tax_code, description FROM pos_tax_rate ORDER BY "
                                         "vat_bp, tax_code"),
                          {}, "accounting settings: tax rates")) {
            while (q.next()) {
                const int bp = q.value(0).toInt();
                tillCodes[bp].append(q.value(1).toString());
                const QString description = q.value(2).toString().trimmed();
                if (!description.isEmpty())
                    tillDescriptions[bp].append(description);
            }
        }
        if (Database::run(q, QStringLiteral("SELECT DISTINCT vat_bp FROM pos_rollup_vat_daily"), {},
                          "accounting settings: VAT rates sold")) {
            while (q.next())
                seen.append(q.value(0).toInt());
        }
    }
    QList<int> rates = FecMapping::frenchRates();
    QList<int> others;
    auto addOther = [&](int bp) {
        if (!rates.contains(bp) && !others.contains(bp))
            others.append(bp);
    };
    for (auto it = tillCodes.cbegin(); it != tillCodes.cend(); ++it)
        addOther(it.key());
    for (int bp : std::as_const(seen))
        addOther(bp);
    for (auto it = m_loaded.sales.cbegin(); it != m_loaded.sales.cend(); ++it)
        addOther(it.key());
    for (auto it = m_loaded.vat.cbegin(); it != m_loaded.vat.cend(); ++it)
        addOther(it.key());
    std::sort(others.begin(), others.end(), std::greater<>());
    rates.append(others);

    QList<QList<AccountCell>> vatRows;
    QVariantList vatKeys;
    for (int bp : std::as_const(rates)) {
        const bool french = FecMapping::isFrenchRate(bp);
        const QString rate = rateText(bp);
        QList<AccountCell> row(4);
        AccountCell& rateCell = row[VatRate];
        if (french) {
            rateCell.text = rate;
        } else {
            rateCell.text = tr("%1 · not a French rate").arg(rate);
            rateCell.flagged = true;
            rateCell.toolTip =
                tr("%1 is not a French VAT rate (20 %, 10 %, 5,5 %, 2,1 %). The FEC export stops while sales "
                   "of the period carry it: correct the rate on the till, then synchronise again.")
                    .arg(rate);
        }
        AccountCell& codes = row[VatTillCodes];
        codes.text = tillCodes.value(bp).join(QStringLiteral(", "));
        codes.placeholder = QStringLiteral("—");
        codes.toolTip = tillDescriptions.value(bp).join(QLatin1Char('\n'));
        codes.dimmed = !seen.contains(bp);
        if (!seen.contains(bp) && codes.toolTip.isEmpty())
            codes.toolTip = tr("No sale at this rate yet.");
        const std::pair<VatColumn, const QHash<int, FecAccount>*> accounts[] = {
            {VatSales, &m_loaded.sales}, {VatCollected, &m_loaded.vat}};
        for (const auto& [column, mapping] : accounts) {
            AccountCell& c = row[column];
            c.text = mapping->value(bp).number;
            c.toolTip = mapping->value(bp).label;
            c.what =
                column == VatSales ? tr("%1 – sales account").arg(rate) : tr("%1 – VAT account").arg(rate);
            if (french) {
                c.editable = true;
                c.required = true;
                c.placeholder = tr("to be set");
                c.missingIsBad = true;
            } else {
                // The export refuses the rate whatever its accounts.
                c.placeholder = QStringLiteral("—");
                c.dimmed = true;
                c.toolTip = rateCell.toolTip;
            }
        }
        vatRows.append(row);
        vatKeys.append(bp);
    }
    m_vatModel->setRows(vatRows, vatKeys);

    // Payment methods: the till's list, then codes only seen in the sales.
    struct Method
    {
        QString code;
        QString name;
        QString reference;
        bool active = true;
        bool listed = true;
    };
    QList<Method> methods;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Database::run(
                q,
                QStringLiteral("SELECT code, name, accounting_reference, active FROM "
                               "pos_payment_method ORDER BY active DESC, lower(coalesce(name, code)), "
                               "code"),
                {}, "accounting settings: payment methods")) {
            while (q.next())
                methods.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString().trimmed(),
                                q.value(3).toInt() != 0, true});
        }
        if (Database::run(q,
                          QStringLiteral("SELECT coalesce(code, ''), method FROM pos_rollup_payment_daily "
                                         "GROUP BY 1, 2 ORDER BY lower(method)"),
                          {}, "accounting settings: payment methods sold")) {
            while (q.next()) {
                // A payment without code is mapped by its name (FecExport::build).
                const QString code = q.value(0).toString();
                const QString name = q.value(1).toString();
                const QString key = code.isEmpty() ? name : code;
                const bool known = std::any_of(methods.cbegin(), methods.cend(),
                                               [&key](const Method& m) { return m.code == key; });
                if (!key.isEmpty() && !known)
                    methods.append({key, name, QString(), true, false});
            }
        }
    }
    const FecMapping defaults = FecMapping::defaults();
    QList<QList<AccountCell>> paymentRows;
    QVariantList paymentKeys;
    for (const Method& m : std::as_const(methods)) {
        QList<AccountCell> row(4);
        row[PayCode].text = m.code;
        row[PayCode].dimmed = !m.active;
        row[PayName].text = m.name.isEmpty() ? m.code : m.name;
        row[PayName].dimmed = !m.active;
        if (!m.active)
            row[PayName].toolTip = tr("Disabled on the till.");
        else if (!m.listed)
            row[PayName].toolTip = tr("Found in the sales, not in the till's list of payment methods.");
        AccountCell& till = row[PayTill];
        till.text = m.reference;
        till.placeholder = QStringLiteral("—");
        const bool tillValid = FecMapping::isValidAccountNumber(m.reference);
        if (!m.reference.isEmpty() && !tillValid) {
            till.flagged = true;
            till.toolTip = tr("“%1” is not an account number: it is ignored.").arg(m.reference);
        }
        // What the export uses without an entry here: the built-in mapping,
        // the till's account, an older mapping by name.
        QString fallback = defaults.payments.value(m.code).number;
        if (fallback.isEmpty() && tillValid)
            fallback = m.reference;
        if (fallback.isEmpty())
            fallback = m_loaded.payments.value(m.name).number;
        const FecAccount saved = m_loaded.payments.value(m.code);
        AccountCell& used = row[PayUsed];
        used.editable = true;
        used.fallback = fallback;
        used.text = saved.number == fallback ? QString() : saved.number;
        used.placeholder = tr("to be set");
        used.missingIsBad = true;
        used.what = tr("Payment method %1").arg(m.code);
        used.toolTip = fallback.isEmpty()
                           ? tr("Enter the account of this payment method.")
                           : tr("Leave empty to use the account set on the till (%1).").arg(fallback);
        paymentRows.append(row);
        paymentKeys.append(m.code);
    }
    m_paymentModel->setRows(paymentRows, paymentKeys);
    m_paymentView->setVisible(!paymentRows.isEmpty());
    m_paymentEmpty->setVisible(paymentRows.isEmpty());

    // Columns: the fixed texts as wide as their contents (with some air),
    // the accounts wide enough for a long account number, the rest stretched.
    const int accountWidth =
        std::max(m_vatView->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 16, 160);
    auto fit = [](QTableView* view, int column, int minimum) {
        view->resizeColumnToContents(column);
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        view->setColumnWidth(column, std::max(view->columnWidth(column) + 16, minimum));
    };
    fit(m_vatView, VatRate, 110);
    fit(m_vatView, VatTillCodes, 120);
    m_vatView->horizontalHeader()->setSectionResizeMode(VatSales, QHeaderView::Stretch);
    m_vatView->horizontalHeader()->setSectionResizeMode(VatCollected, QHeaderView::Stretch);
    fit(m_paymentView, PayCode, 90);
    m_paymentView->horizontalHeader()->setSectionResizeMode(PayName, QHeaderView::Stretch);
    fit(m_paymentView, PayTill, accountWidth);
    fit(m_paymentView, PayUsed, accountWidth);
    fitTableHeight(m_vatView, 8);
    fitTableHeight(m_paymentView, 10);
    updateTableMessages();
}

void AccountingSettingsPage::fitTableHeight(QTableView* view, int maxRows)
{
    const int rows = std::min(view->model()->rowCount(), maxRows);
    const int height = view->horizontalHeader()->sizeHint().height() +
                       rows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth();
    view->setFixedHeight(height);
}

void AccountingSettingsPage::updateTableMessages()
{
    const QStringList vatErrors = m_vatModel->errors();
    m_vatMessage->setText(vatErrors.join(QLatin1Char('\n')));
    m_vatMessage->setVisible(!vatErrors.isEmpty());

    QStringList lines = m_paymentModel->errors();
    const QStringList unmapped = unmappedPaymentCodes();
    if (!unmapped.isEmpty())
        lines.append(
            tr("%n payment method(s) without account: %1.", nullptr, static_cast<int>(unmapped.size()))
                .arg(unmapped.join(QStringLiteral(", "))));
    m_paymentMessage->setText(lines.join(QLatin1Char('\n')));
    m_paymentMessage->setVisible(!lines.isEmpty());
}

QStringList AccountingSettingsPage::unmappedPaymentCodes() const
{
    QStringList out;
    for (int r = 0; r < m_paymentModel->rowCount(); ++r) {
        if (m_paymentModel->used(r, PayUsed).isEmpty())
            out.append(m_paymentModel->key(r).toString());
    }
    return out;
}

void AccountingSettingsPage::showFieldError(const Field& field, const QString& message)
{
    field.error->setText(message);
    field.error->setVisible(!message.isEmpty());
    field.edit->setAccessibleDescription(message);
}

bool AccountingSettingsPage::validate(QString* error)
{
    QWidget* first = nullptr;
    auto check = [&first, this](const Field& field, const QString& message) {
        showFieldError(field, message);
        if (!message.isEmpty() && !first)
            first = field.edit;
    };
    const QString siren = m_siren.edit->text().remove(QLatin1Char(' '));
    check(
        m_siren,
        siren.isEmpty() || FecExport::isValidSiren(siren)
            ? QString()
            : tr("A SIREN is 9 digits with a valid check digit: “%1” is not one.").arg(m_siren.edit->text()));
    static const QRegularExpression journalRe(QStringLiteral("^[0-9A-Za-z]{1,20}$"));
    const QString code = m_journalCode.edit->text().trimmed();
    check(m_journalCode, code.isEmpty() ? tr("Enter the code of the sales journal, e.g. VE.")
                         : !journalRe.match(code).hasMatch() ? tr("Letters and digits only, e.g. VE.")
                                                             : QString());
    check(m_journalLabel, m_journalLabel.edit->text().trimmed().isEmpty()
                              ? tr("Enter the name of the journal, e.g. Ventes.")
                              : QString());
    for (const Field* f : {&m_roundingDebit, &m_roundingCredit}) {
        const QString number = accountText(f->edit->text());
        check(*f, number.isEmpty() ? tr("Enter an account number.")
                  : !FecMapping::isValidAccountNumber(number)
                      ? tr("“%1” is not an account number (3 to 20 letters or digits).").arg(number)
                      : QString());
    }
    updateTableMessages();
    QModelIndex firstCell;
    QTableView* firstView = nullptr;
    for (auto [model, view] : {std::pair{m_vatModel, m_vatView}, std::pair{m_paymentModel, m_paymentView}}) {
        QModelIndex cell;
        model->errors(&cell);
        if (cell.isValid() && !firstView) {
            firstView = view;
            firstCell = cell;
        }
    }
    if (!first && !firstView)
        return true;
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(first);
    } else {
        firstView->setCurrentIndex(firstCell);
        firstView->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(firstView);
    }
    if (error)
        *error = tr("Accounting: correct what is marked in red.");
    return false;
}

FecMapping AccountingSettingsPage::mapping() const
{
    const FecMapping defaults = FecMapping::defaults();
    FecMapping m = m_loaded;
    m.journalCode = m_journalCode.edit->text().trimmed();
    m.journalLabel = m_journalLabel.edit->text().trimmed();
    for (int r = 0; r < m_vatModel->rowCount(); ++r) {
        const int bp = m_vatModel->key(r).toInt();
        const std::pair<int, QHash<int, FecAccount>*> targets[] = {{VatSales, &m.sales},
                                                                   {VatCollected, &m.vat}};
        for (const auto& [column, target] : targets) {
            if (!m_vatModel->cell(r, column).editable)
                continue;
            const QString number = m_vatModel->entered(r, column);
            if (number.isEmpty()) {
                target->remove(bp);
                continue;
            }
            FecAccount a = target->value(bp);
            if (a.label.isEmpty())
                // French whatever the interface language: the labels go to the FEC.
                a.label = (column == VatSales ? QStringLiteral("Ventes TVA %1")
                                              : QStringLiteral("TVA collectée %1"))
                              .arg(Money::formatRateFrench(bp));
            a.number = number;
            target->insert(bp, a);
        }
    }
    for (int r = 0; r < m_paymentModel->rowCount(); ++r) {
        const QString code = m_paymentModel->key(r).toString();
        const QString number = m_paymentModel->entered(r, PayUsed);
        if (number.isEmpty()) {
            // Back to what applies without an entry (the till's account).
            if (defaults.payments.contains(code))
                m.payments.insert(code, defaults.payments.value(code));
            else
                m.payments.remove(code);
            continue;
        }
        FecAccount a = m.payments.value(code);
        if (a.label.isEmpty())
            a.label = m_paymentModel->cell(r, PayName).text;
        a.number = number;
        m.payments.insert(code, a);
    }
    m.roundingDebit.number = accountText(m_roundingDebit.edit->text());
    m.roundingCredit.number = accountText(m_roundingCredit.edit->text());
    return m;
}

QByteArray AccountingSettingsPage::overrideJson() const
{
    const FecMapping d = FecMapping::defaults();
    const FecMapping m = mapping();
    QJsonObject o;
    if (m.journalCode != d.journalCode)
        o.insert(QStringLiteral("journalCode"), m.journalCode);
    if (m.journalLabel != d.journalLabel)
        o.insert(QStringLiteral("journalLabel"), m.journalLabel);
    const std::pair<const char*, std::pair<const QHash<int, FecAccount>*, const QHash<int, FecAccount>*>>
        rateTables[] = {{"sales", {&m.sales, &d.sales}}, {"vat", {&m.vat, &d.vat}}};
    for (const auto& [key, tables] : rateTables) {
        QJsonObject json;
        for (auto it = tables.first->cbegin(); it != tables.first->cend(); ++it) {
            if (!tables.second->contains(it.key()) ||
                !sameAccount(it.value(), tables.second->value(it.key())))
                json.insert(Money::formatApi(it.key()), accountJson(it.value()));
        }
        if (!json.isEmpty())
            o.insert(QLatin1String(key), json);
    }
    QJsonObject payments;
    for (auto it = m.payments.cbegin(); it != m.payments.cend(); ++it) {
        if (!d.payments.contains(it.key()) || !sameAccount(it.value(), d.payments.value(it.key())))
            payments.insert(it.key(), accountJson(it.value()));
    }
    if (!payments.isEmpty())
        o.insert(QStringLiteral("payments"), payments);
    if (!sameAccount(m.roundingDebit, d.roundingDebit))
        o.insert(QStringLiteral("roundingDebit"), accountJson(m.roundingDebit));
    if (!sameAccount(m.roundingCredit, d.roundingCredit))
        o.insert(QStringLiteral("roundingCredit"), accountJson(m.roundingCredit));
    if (o.isEmpty())
        return {};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void AccountingSettingsPage::apply()
{
    PosSettings settings = PosSettings::load();
    settings.siren = m_siren.edit->text().remove(QLatin1Char(' '));
    settings.fecMappingJson = overrideJson();
    if (!settings.save())
        qCWarning(lcDatabase) << "accounting settings: the settings file could not be written";
}

} // namespace Moulin
