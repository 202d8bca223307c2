// Paramètres ▸ Comptabilité: the page lists the VAT rates and the till's
// payment methods from the database, saves an override that
// FecMapping::withOverride reads back identically, refuses invalid account
// numbers without saving, flags non-French rates, and works as a section of
// the settings dialog; the export dialog leads to it when the FEC is refused
// for a missing account.
#include "common/core/apppaths.h"
#include "common/core/credentialstore.h"
#include "common/core/database.h"
#include "common/ui/settingsdialog.h"
#include "pos/core/fecexport.h"
#include "pos/core/possettings.h"
#include "pos/ui/accountingexportdialog.h"
#include "pos/ui/accountingsettingspage.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Moulin;
using Test::exec;

namespace {

template <typename T>
T* child(QWidget& parent, const QString& name)
{
    T* w = parent.findChild<T*>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

/// The row of `key` (column 0 for rates is text, so look the key up).
int rowOf(QAbstractItemModel* model, int column, const QString& text)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, column).data().toString() == text)
            return r;
    }
    return -1;
}

/// Types `text` in the cell's editor and commits it with Enter, as a user.
void editCell(QTableView* view, const QModelIndex& index, const QString& text)
{
    view->setCurrentIndex(index);
    view->edit(index);
    QPointer<QLineEdit> editor = view->viewport()->findChild<QLineEdit*>();
    QVERIFY2(editor, "no cell editor");
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits once the editor has seen the key (queued).
    QTRY_VERIFY(!editor);
}

} // namespace

class TestAccountingSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("accounting-settings")));
        QVERIFY(Database::openAndMigrate(AppPaths::databasePath()).ok());
        QVERIFY(exec(QStringLiteral(
            "INSERT INTO pos_payment_method(code, name, accounting_reference, active) VALUES "
            "('CASH', 'Espèces', '53000000', 1), ('CB', 'Carte bancaire', '51150000', 1), "
            "('TR', 'Titres-restaurant', NULL, 1), ('AMEX', 'American Express', 'Banque 2', 1), "
            "('OLD', 'Ancien chèque', NULL, 0)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO pos_tax_rate(tax_code, vat_bp, description) VALUES "
                                    "('TVA10', 1000, 'Sur place'), ('TVA20', 2000, 'Alcools'), "
                                    "('TVA85', 850, 'DOM')")));
        // One day of sales: cash and meal vouchers, 10 % and 8,5 %; a code
        // seen only in older sales.
        QVERIFY(exec(QStringLiteral("INSERT INTO pos_rollup_vat_daily(day, tax_code, vat_bp, base_cents, "
                                    "tax_cents) VALUES ('2024-06-01', 'TVA10', 1000, 2000, 200), "
                                    "('2024-05-01', 'TVA85', 850, 1000, 85)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO pos_rollup_payment_daily(day, method, code, amount_cents, "
                                    "payments) VALUES ('2024-06-01', 'Espèces', 'CASH', 1100, 1), "
                                    "('2024-06-01', 'Titres-restaurant', 'TR', 1100, 1), "
                                    "('2024-05-01', 'Carte cadeau', 'GIFT', 1085, 1)")));
    }

    void init()
    {
        PosSettings s = PosSettings::load();
        s.siren.clear();
        s.fecMappingJson.clear();
        QVERIFY(s.save());
    }

    void listsPaymentMethods()
    {
        AccountingSettingsPage page(Database::connection());
        auto* view = child<QTableView>(page, QStringLiteral("paymentTable"));
        QAbstractItemModel* model = view->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 6); // 5 of the till (the disabled one last) + GIFT from the sales
        QCOMPARE(model->columnCount(), 4);
        QCOMPARE(model->index(model->rowCount() - 2, 0).data().toString(), QStringLiteral("OLD"));
        QCOMPARE(model->index(model->rowCount() - 1, 0).data().toString(), QStringLiteral("GIFT"));
        QCOMPARE(model->index(model->rowCount() - 1, 1).data().toString(), QStringLiteral("Carte cadeau"));

        // The till's account is used; an invalid one is flagged and ignored.
        const int cash = rowOf(model, 0, QStringLiteral("CASH"));
        QCOMPARE(model->index(cash, 1).data().toString(), QStringLiteral("Espèces"));
        QCOMPARE(model->index(cash, 2).data().toString(), QStringLiteral("53000000"));
        QCOMPARE(model->index(cash, 3).data().toString(), QStringLiteral("53000000"));
        QVERIFY(model->index(cash, 3).flags() & Qt::ItemIsEditable);
        QVERIFY(!(model->index(cash, 2).flags() & Qt::ItemIsEditable));
        const int amex = rowOf(model, 0, QStringLiteral("AMEX"));
        QCOMPARE(model->index(amex, 2).data().toString(), QStringLiteral("Banque 2"));
        QCOMPARE(model->index(amex, 2).data(Qt::ForegroundRole).value<QColor>(), QColor(0xb0, 0x1c, 0x1c));
        QVERIFY(model->index(amex, 2).data(Qt::ToolTipRole).toString().contains(QLatin1String("ignored")));

        // Without any account: « à paramétrer » in red.
        const int tr = rowOf(model, 0, QStringLiteral("TR"));
        QCOMPARE(model->index(tr, 3).data().toString(), QStringLiteral("to be set"));
        QCOMPARE(model->index(tr, 3).data(Qt::ForegroundRole).value<QColor>(), QColor(0xb0, 0x1c, 0x1c));
        QCOMPARE(page.unmappedPaymentCodes(), (QStringList{QStringLiteral("AMEX"), QStringLiteral("TR"),
                                                           QStringLiteral("OLD"), QStringLiteral("GIFT")}));
        auto* message = child<QLabel>(page, QStringLiteral("paymentMessage"));
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QLatin1String("TR")), qPrintable(message->text()));
        // Nothing differs from the defaults yet.
        QVERIFY(page.overrideJson().isEmpty());
        QVERIFY(page.validate(nullptr));
    }

    void editedAccountIsSavedAndReadBack()
    {
        AccountingSettingsPage page(Database::connection());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* view = child<QTableView>(page, QStringLiteral("paymentTable"));
        QAbstractItemModel* model = view->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int tr = rowOf(model, 0, QStringLiteral("TR"));
        editCell(view, model->index(tr, 3), QStringLiteral("511 800 00"));
        QCOMPARE(model->index(tr, 3).data().toString(), QStringLiteral("51180000"));
        QVERIFY(!page.unmappedPaymentCodes().contains(QStringLiteral("TR")));
        // Typing the till's own account back is no override.
        const int cash = rowOf(model, 0, QStringLiteral("CASH"));
        editCell(view, model->index(cash, 3), QStringLiteral("53000000"));
        auto* vatView = child<QTableView>(page, QStringLiteral("vatTable"));
        const int ten = rowOf(vatView->model(), 0, QStringLiteral("10%"));
        QVERIFY(ten >= 0);
        editCell(vatView, vatView->model()->index(ten, 2), QStringLiteral("70610000"));
        child<QLineEdit>(page, QStringLiteral("sirenEdit"))->setText(QStringLiteral("552 100 554"));
        child<QLineEdit>(page, QStringLiteral("roundingDebitEdit"))->setText(QStringLiteral("65810000"));

        QString error;
        QVERIFY2(page.validate(&error), qPrintable(error));
        page.apply();

        const PosSettings saved = PosSettings::load();
        QCOMPARE(saved.siren, QStringLiteral("552100554"));
        QString parseError;
        const std::optional<FecMapping> m = FecMapping::withOverride(saved.fecMappingJson, &parseError);
        QVERIFY2(m, qPrintable(parseError));
        QCOMPARE(m->payments.value(QStringLiteral("TR")).number, QStringLiteral("51180000"));
        QCOMPARE(m->payments.value(QStringLiteral("TR")).label, QStringLiteral("Titres-restaurant"));
        QVERIFY(!m->payments.contains(QStringLiteral("CASH"))); // follows the till
        QCOMPARE(m->sales.value(1000).number, QStringLiteral("70610000"));
        QCOMPARE(m->sales.value(1000).label, FecMapping::defaults().sales.value(1000).label);
        QCOMPARE(m->roundingDebit.number, QStringLiteral("65810000"));
        QCOMPARE(m->toJson(), page.mapping().toJson());

        // The export now maps the day: the till's account for cash, ours for TR.
        const FecDocument doc =
            FecExport::build(Database::connection(), SalesPeriod{QDate(2024, 6, 1), QDate(2024, 6, 1)}, *m,
                             saved.siren, QDate(2024, 12, 31), QDate(2025, 1, 15));
        QVERIFY2(doc.errors.isEmpty(), qPrintable(doc.errors.join(QLatin1Char('\n'))));
        QStringList accounts;
        for (const FecLine& l : doc.lines)
            accounts.append(l.account);
        QVERIFY2(accounts.contains(QStringLiteral("51180000")), qPrintable(accounts.join(QLatin1Char(' '))));
        QVERIFY(accounts.contains(QStringLiteral("53000000")));
        QVERIFY(accounts.contains(QStringLiteral("70610000")));

        // Opened again, the page shows what was saved and saves it unchanged.
        AccountingSettingsPage again(Database::connection());
        auto* againModel = child<QTableView>(again, QStringLiteral("paymentTable"))->model();
        QCOMPARE(againModel->index(rowOf(againModel, 0, QStringLiteral("TR")), 3).data().toString(),
                 QStringLiteral("51180000"));
        QCOMPARE(child<QLineEdit>(again, QStringLiteral("sirenEdit"))->text(), QStringLiteral("552100554"));
        QCOMPARE(QJsonDocument::fromJson(again.overrideJson()),
                 QJsonDocument::fromJson(saved.fecMappingJson));
    }

    void clearingAnAccountGoesBackToTheTill()
    {
        PosSettings s = PosSettings::load();
        s.fecMappingJson = R"({"payments": {"CASH": {"account": "53100000", "label": "Caisse salle"}}})";
        QVERIFY(s.save());
        AccountingSettingsPage page(Database::connection());
        QAbstractItemModel* model = child<QTableView>(page, QStringLiteral("paymentTable"))->model();
        const QModelIndex cash = model->index(rowOf(model, 0, QStringLiteral("CASH")), 3);
        QCOMPARE(cash.data().toString(), QStringLiteral("53100000"));
        QVERIFY(model->setData(cash, QString(), Qt::EditRole));
        QCOMPARE(cash.data().toString(), QStringLiteral("53000000")); // the till's
        QVERIFY(page.overrideJson().isEmpty());
    }

    void existingOverrideIsKeptIdentical()
    {
        PosSettings s = PosSettings::load();
        s.fecMappingJson = R"({"journalCode": "VT", "journalLabel": "Ventes caisse",
            "sales": {"20.00": {"account": "70720000", "label": "Ventes 20"}},
            "payments": {"CB": {"account": "51200000", "label": "Banque CB"},
                         "GONE": {"account": "47000000", "label": "Ancien code"}},
            "roundingCredit": {"account": "75810000", "label": "Arrondis"},
            "difference": {"account": "47100000"}})";
        QVERIFY(s.save());
        QString error;
        const std::optional<FecMapping> before = FecMapping::withOverride(s.fecMappingJson, &error);
        QVERIFY2(before, qPrintable(error));
        AccountingSettingsPage page(Database::connection());
        QCOMPARE(child<QLineEdit>(page, QStringLiteral("journalCodeEdit"))->text(), QStringLiteral("VT"));
        QCOMPARE(child<QLineEdit>(page, QStringLiteral("roundingCreditEdit"))->text(),
                 QStringLiteral("75810000"));
        QCOMPARE(page.mapping().toJson(), before->toJson());
        const std::optional<FecMapping> after = FecMapping::withOverride(page.overrideJson(), &error);
        QVERIFY2(after, qPrintable(error));
        QCOMPARE(after->toJson(), before->toJson()); // GONE (not on the till) is kept too
    }

    void invalidAccountIsRefused()
    {
        const QByteArray before = PosSettings::load().fecMappingJson;
        AccountingSettingsPage page(Database::connection());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* vatView = child<QTableView>(page, QStringLiteral("vatTable"));
        QAbstractItemModel* vat = vatView->model();
        const QModelIndex twenty = vat->index(rowOf(vat, 0, QStringLiteral("20%")), 2);
        editCell(vatView, twenty, QStringLiteral("70-12"));
        QCOMPARE(twenty.data(Qt::BackgroundRole).value<QColor>(), QColor(0xfd, 0xec, 0xea));
        auto* vatMessage = child<QLabel>(page, QStringLiteral("vatMessage"));
        QVERIFY(!vatMessage->isHidden()); // at once, under the table
        QVERIFY2(vatMessage->text().contains(QStringLiteral("“70-12” is not an account number")),
                 qPrintable(vatMessage->text()));
        QVERIFY(vatMessage->text().startsWith(QStringLiteral("20% – sales account")));
        auto* credit = child<QLineEdit>(page, QStringLiteral("roundingCreditEdit"));
        credit->setText(QStringLiteral("75"));

        QString error;
        QVERIFY(!page.validate(&error));
        QVERIFY(!error.isEmpty());
        auto* creditError = child<QLabel>(page, QStringLiteral("error_roundingCredit"));
        QVERIFY(!creditError->isHidden());
        QVERIFY2(creditError->text().contains(QLatin1String("3 to 20 letters or digits")),
                 qPrintable(creditError->text()));
        QTRY_COMPARE(QApplication::focusWidget(), credit);
        // A field's error goes as soon as it is edited again.
        QTest::keyClicks(credit, QStringLiteral("810000"));
        QVERIFY(creditError->isHidden());
        // The table still refuses.
        QVERIFY(!page.validate(&error));
        QTRY_COMPARE(QApplication::focusWidget(), vatView);
        QCOMPARE(vatView->currentIndex(), twenty);
        QCOMPARE(PosSettings::load().fecMappingJson, before);

        // An empty sales account is refused too (French rates need one).
        QVERIFY(vat->setData(twenty, QString(), Qt::EditRole));
        QVERIFY(!page.validate(&error));
        QVERIFY(vatMessage->text().contains(QLatin1String("Enter an account number")));
        QVERIFY(vat->setData(twenty, QStringLiteral("70712000"), Qt::EditRole));
        QVERIFY(page.validate(&error));
    }

    void invalidSirenIsRefused()
    {
        AccountingSettingsPage page(Database::connection());
        child<QLineEdit>(page, QStringLiteral("sirenEdit"))->setText(QStringLiteral("123456789"));
        QVERIFY(!page.validate(nullptr));
        auto* sirenError = child<QLabel>(page, QStringLiteral("error_siren"));
        QVERIFY(!sirenError->isHidden());
        QVERIFY(sirenError->text().contains(QLatin1String("123456789")));
        child<QLineEdit>(page, QStringLiteral("sirenEdit"))->clear(); // no SIREN yet is fine
        QVERIFY(page.validate(nullptr));
    }

    void nonFrenchRateIsFlagged()
    {
        AccountingSettingsPage page(Database::connection());
        QAbstractItemModel* vat = child<QTableView>(page, QStringLiteral("vatTable"))->model();
        QAbstractItemModelTester tester(vat, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(vat->rowCount(), 5); // 20, 10, 5,5, 2,1 and the till's 8,5
        QStringList rates;
        for (int r = 0; r < 4; ++r)
            rates.append(vat->index(r, 0).data().toString());
        QCOMPARE(rates, (QStringList{QStringLiteral("20%"), QStringLiteral("10%"), QStringLiteral("5.5%"),
                                     QStringLiteral("2.1%")}));
        for (int r = 0; r < 4; ++r) {
            QVERIFY(!vat->index(r, 0).data(Qt::ForegroundRole).isValid());
            QVERIFY(vat->index(r, 2).flags() & Qt::ItemIsEditable);
        }
        const QModelIndex other = vat->index(4, 0);
        QVERIFY2(other.data().toString().contains(QLatin1String("8.5%")),
                 qPrintable(other.data().toString()));
        QVERIFY(other.data().toString().contains(QLatin1String("not a French rate")));
        QCOMPARE(other.data(Qt::ForegroundRole).value<QColor>(), QColor(0xb0, 0x1c, 0x1c));
        QVERIFY(other.data(Qt::ToolTipRole).toString().contains(QLatin1String("till")));
        QCOMPARE(vat->index(4, 1).data().toString(), QStringLiteral("TVA85"));
        QCOMPARE(vat->index(4, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("DOM"));
        QVERIFY(!(vat->index(4, 2).flags() & Qt::ItemIsEditable));
        // The till's codes of each rate; a rate without sales is greyed.
        QCOMPARE(vat->index(1, 1).data().toString(), QStringLiteral("TVA10"));
        QCOMPARE(vat->index(1, 2).data().toString(), QStringLiteral("70711000"));
        QVERIFY(vat->index(0, 1).data(Qt::ForegroundRole).isValid()); // 20 %: never sold
        QVERIFY(page.validate(nullptr)); // a remark, not an error of the settings
    }

    void settingsDialogShowsAndAppliesTheSection()
    {
        CredentialStore store;
        SettingsDialog dialog(&store);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto* page = new AccountingSettingsPage(Database::connection());
        dialog.addSection(QStringLiteral("Accounting"), page);
        dialog.show();
        auto* tabs = child<QTabWidget>(dialog, QStringLiteral("settingsTabs"));
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Accounting"));
        QVERIFY(!dialog.currentSection());
        dialog.selectSection(QStringLiteral("Accounting"));
        QCOMPARE(dialog.currentSection(), page);
        QVERIFY(page->isVisible());

        // Invalid: OK keeps the dialog open and saves nothing.
        const QByteArray before = PosSettings::load().fecMappingJson;
        auto* code = child<QLineEdit>(*page, QStringLiteral("journalCodeEdit"));
        code->setText(QStringLiteral("V E"));
        tabs->setCurrentIndex(0);
        QPushButton* ok = child<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Ok);
        ok->click();
        QCOMPARE(dialog.currentSection(), page); // shown with its problem
        QVERIFY(!child<QLabel>(*page, QStringLiteral("error_journalCode"))->isHidden());
        QVERIFY(child<QLabel>(dialog, QStringLiteral("errorLabel"))->isVisible());
        QVERIFY(dialog.isVisible());
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(PosSettings::load().fecMappingJson, before);

        code->setText(QStringLiteral("VT"));
        ok->click();
        QTRY_COMPARE(accepted.count(), 1);
        QString error;
        const auto m = FecMapping::withOverride(PosSettings::load().fecMappingJson, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->journalCode, QStringLiteral("VT"));
    }

    void refusedExportOffersTheSettings()
    {
        const QString out = QDir(AppPaths::dataDir()).filePath(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(out));
        AccountingExportDialog dialog(Database::connection());
        dialog.setOutputDirectory(out);
        dialog.setPeriod(QDate(2024, 6, 1), QDate(2024, 6, 1));
        dialog.setSiren(QStringLiteral("552100554"));
        auto* button = child<QPushButton>(dialog, QStringLiteral("accountingSettingsButton"));
        QSignalSpy requested(&dialog, &AccountingExportDialog::accountingSettingsRequested);
        QVERIFY(button->isHidden());
        QVERIFY(!dialog.exportFec()); // TR has no account
        QVERIFY2(dialog.statusText().contains(QLatin1String("TR")), qPrintable(dialog.statusText()));
        QVERIFY(!button->isHidden());
        button->click();
        QCOMPARE(requested.count(), 1);

        // Mapped in the page: the export goes through and the button goes.
        AccountingSettingsPage page(Database::connection());
        QAbstractItemModel* model = child<QTableView>(page, QStringLiteral("paymentTable"))->model();
        QVERIFY(model->setData(model->index(rowOf(model, 0, QStringLiteral("TR")), 3),
                               QStringLiteral("51180000"), Qt::EditRole));
        QVERIFY(page.validate(nullptr));
        page.apply();
        QVERIFY2(dialog.exportFec(), qPrintable(dialog.statusText()));
        QVERIFY(button->isHidden());
    }

    /// MOULIN_SCREENSHOT=path: the page inside the settings dialog, in French
    /// when MOULIN_SCREENSHOT_QM names a compiled translation.
    void screenshot()
    {
        const QString path = qEnvironmentVariable("MOULIN_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("MOULIN_SCREENSHOT not set");
        QTranslator translator;
        const QString qm = qEnvironmentVariable("MOULIN_SCREENSHOT_QM");
        if (!qm.isEmpty()) {
            QVERIFY(translator.load(qm));
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        }
        const QString title = qm.isEmpty() ? QStringLiteral("Accounting") : QStringLiteral("Comptabilité");
        CredentialStore store;
        SettingsDialog dialog(&store);
        dialog.addSection(title, new AccountingSettingsPage(Database::connection()));
        dialog.resize(900, 980);
        dialog.show();
        dialog.selectSection(title);
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (qEnvironmentVariableIsSet("MOULIN_SCREENSHOT_ERRORS")) {
            // With problems: OK shows them in place.
            auto* page = child<AccountingSettingsPage>(dialog, QStringLiteral("accountingSettingsPage"));
            child<QLineEdit>(*page, QStringLiteral("sirenEdit"))->setText(QStringLiteral("123 456 789"));
            QAbstractItemModel* vat = child<QTableView>(*page, QStringLiteral("vatTable"))->model();
            vat->setData(vat->index(0, 3), QStringLiteral("4457-20"));
            child<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Ok)->click();
        }
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(path));
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
    }

    void cleanupTestCase() { Database::closeConnection(); }
};

QTEST_MAIN(TestAccountingSettingsPage)
#include "tst_accountingsettingspage.moc"
