// The Clients tab's « Segments » page offscreen, in French, driven from the
// keyboard: two rules added (a kind, Tab, its value, Enter), the sentence and
// the live count following, the segment saved by name, exported to a CSV
// (only the guests who agreed to e-mails), « Envoyer vers Brevo » disabled
// without a Brevo connection and emitting the segment's id with one; a rule
// removed with Del; a bad value refused with its reason; renamed, deleted
// once confirmed. The page is the Clients tab's third page and the tab
// forwards the Brevo signal; the profile page says the guest's RFM class.

#include "common/core/apppaths.h"
#include "common/core/connectorsettings.h"
#include "common/core/database.h"
#include "crm/core/segments.h"
#include "crm/ui/customerstab.h"
#include "crm/ui/segmentspage.h"
#include "frenchpending.h"
#include "testsupport.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Moulin;
using namespace Moulin::Test;

namespace {

const QDate kToday(2026, 12, 7);

bool addGuest(qint64 id, const QString& name, const QString& email, int visits, const QString& allergies,
              const QVariant& emailConsent)
{
    const QString now = QStringLiteral("2026-12-07T10:00:00.000Z");
    return exec(
        QStringLiteral(
            "INSERT INTO crm_profile (id, name, email, visits, last_visit, spend_cents, "
            "allergies, email_consent, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?, "
            "?, ?)"),
        {id, name, email, visits, QStringLiteral("2026-11-0%1").arg(id), visits * 4000, allergies,
         emailConsent, now, now});
}

} // namespace

class TestSegmentsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QVERIFY(m_french.load());
        QCoreApplication::installTranslator(&m_french);
    }

    void init()
    {
        static int n = 0;
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("segmentspage-%1").arg(++n));
        QVERIFY2(fresh.opened.status == DatabaseOpenResult::Status::Ok, qPrintable(fresh.opened.message));
        m_dir = fresh.dir;
        AppPaths::setDataDir(m_dir); // settings.ini: no connector
        QVERIFY(addGuest(1, QStringLiteral("Élodie Dupré"), QStringLiteral("elodie@exemple.fr"), 5,
                         QStringLiteral("gluten"), 1));
        QVERIFY(addGuest(2, QStringLiteral("Marc Petit"), QStringLiteral("marc@exemple.fr"), 4,
                         QStringLiteral("Gluten, lait"), 0));
        QVERIFY(addGuest(3, QStringLiteral("Zoé Faure"), QStringLiteral("zoe@exemple.fr"), 1,
                         QStringLiteral("gluten"), 1));
        QVERIFY(
            addGuest(4, QStringLiteral("Paul Morel"), QStringLiteral("paul@exemple.fr"), 8, QString(), 1));
    }
    void cleanup() { Database::closeConnection(); }

    void buildSaveAndExportFromTheKeyboard()
    {
        SegmentsPage page(nullptr, kToday);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* kind = page.findChild<QComboBox*>(QStringLiteral("ruleKind"));
        auto* value = page.findChild<QComboBox*>(QStringLiteral("ruleValue"));
        auto* rules = page.findChild<QListWidget*>(QStringLiteral("segmentRules"));
        auto* sentence = page.findChild<QLabel*>(QStringLiteral("segmentSentence"));
        auto* count = page.findChild<QLabel*>(QStringLiteral("segmentCount"));
        auto* error = page.findChild<QLabel*>(QStringLiteral("ruleError"));
        auto* members = page.findChild<QTableWidget*>(QStringLiteral("segmentMembers"));
        auto* name = page.findChild<QLineEdit*>(QStringLiteral("segmentName"));
        auto* list = page.findChild<QListWidget*>(QStringLiteral("segmentList"));
        auto* brevo = page.findChild<QPushButton*>(QStringLiteral("brevoButton"));
        QTRY_COMPARE(count->text(), QStringLiteral("4 clients · joignables : 3 par e-mail, 0 par SMS"));
        // A heading: a capital first.
        QCOMPARE(sentence->text(), QStringLiteral("Tous les clients"));

        // « Visites au moins » is the first kind: Tab, 3, Enter.
        kind->setFocus();
        QCOMPARE(kind->currentText(), QStringLiteral("Visites au moins"));
        QTest::keyClick(kind, Qt::Key_Tab);
        QVERIFY(value->hasFocus() || value->lineEdit()->hasFocus());
        QTest::keyClicks(value->lineEdit(), QStringLiteral("trois"));
        QTest::keyClick(value->lineEdit(), Qt::Key_Return);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Tapez un nombre de visites (0 ou plus)."));
        QCOMPARE(rules->count(), 0);
        value->clearEditText();
        QTest::keyClicks(value->lineEdit(), QStringLiteral("3"));
        QTest::keyClick(value->lineEdit(), Qt::Key_Return);
        QVERIFY(!error->isVisible());
        QCOMPARE(rules->count(), 1);
        QVERIFY(kind->hasFocus());
        QTRY_COMPARE(count->text(), QStringLiteral("3 clients · joignables : 2 par e-mail, 0 par SMS"));

        // Down to « Allergie ou régime contient », Tab, gluten, Enter.
        while (kind->currentText() != QStringLiteral("Allergie ou régime contient"))
            QTest::keyClick(kind, Qt::Key_Down);
        QTest::keyClick(kind, Qt::Key_Tab);
        QTest::keyClicks(value->lineEdit(), QStringLiteral("gluten"));
        QTest::keyClick(value->lineEdit(), Qt::Key_Return);
        QCOMPARE(rules->count(), 2);
        QCOMPARE(sentence->text(), QStringLiteral("Venus ≥ 3 fois, allergie : gluten"));
        QTRY_COMPARE(count->text(), QStringLiteral("2 clients · joignables : 1 par e-mail, 0 par SMS"));
        QCOMPARE(members->rowCount(), 2);
        QCOMPARE(members->item(0, 0)->text(), QStringLiteral("Élodie Dupré")); // most visits first
        QCOMPARE(members->item(1, 0)->text(), QStringLiteral("Marc Petit"));
        QVERIFY(!members->item(0, 5)->text().isEmpty()); // the RFM class

        // Not saved, no Brevo connection: disabled, and says why.
        QVERIFY(!brevo->isEnabled());
        QVERIFY(brevo->toolTip().contains(QStringLiteral("Aucune connexion Brevo")));

        // Saved by name (Enter in the name).
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Allergiques au gluten"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Allergiques au gluten"));
        QVERIFY(page.currentSegmentId() > 0);

        // Exported: only the guest who agreed to e-mails.
        QSignalSpy exported(&page, &SegmentsPage::exported);
        const QString path = m_dir + QStringLiteral("/segment.csv");
        page.exportCsvTo(path);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(1).toLongLong(), qint64(1));
        QCOMPARE(exported.first().at(2).toLongLong(), qint64(1));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs
        const QString csv = QString::fromUtf8(bytes);
        QVERIFY(csv.contains(QStringLiteral("Élodie Dupré;elodie@exemple.fr;")));
        QVERIFY(!csv.contains(QStringLiteral("Marc Petit")));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("segmentStatus"))
                    ->text()
                    .contains(QStringLiteral("1 client écarté : pas de consentement e-mail")));

        // A Brevo connection: the button sends the segment's id.
        ConnectorConfig brevoConfig;
        brevoConfig.connectorId = QStringLiteral("brevo");
        brevoConfig.authMethod = QStringLiteral("api_key");
        QVERIFY(ConnectorSettings::save(brevoConfig));
        page.reload();
        QVERIFY(brevo->isEnabled());
        QSignalSpy brevoAsked(&page, &SegmentsPage::brevoExportRequested);
        QTest::mouseClick(brevo, Qt::LeftButton);
        QCOMPARE(brevoAsked.size(), 1);
        QCOMPARE(brevoAsked.first().at(0).toLongLong(), page.currentSegmentId());

        // Del removes the selected rule; the segment is then unsaved (no Brevo).
        rules->setFocus();
        rules->setCurrentRow(1);
        QTest::keyClick(rules, Qt::Key_Delete);
        QCOMPARE(rules->count(), 1);
        QCOMPARE(sentence->text(), QStringLiteral("Venus ≥ 3 fois"));
        QVERIFY(!brevo->isEnabled());
        QTRY_COMPARE(count->text(), QStringLiteral("3 clients · joignables : 2 par e-mail, 0 par SMS"));

        // Renamed and saved again (Enter in the name): still one segment.
        const qint64 id = page.currentSegmentId();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Habitues"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Habitues"));
        QCOMPARE(page.currentSegmentId(), id);
        QVERIFY(brevo->isEnabled());

        // Deleted once confirmed.
        QTimer::singleShot(0, this, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("« Habitues »")));
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("deleteSegmentButton")),
                          Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        QCOMPARE(page.currentSegmentId(), qint64(0));
        QCOMPARE(rules->count(), 0);
        QVERIFY(!brevo->isEnabled());
    }

    // The classes' chart on round ticks, every class with its count (an
    // empty one says 0), none over its bar; the members' table
    // with the names and contacts taking the room and the figures to the
    // right; the saved segments' list saying how to fill it while empty.
    void chartTableAndEmptyList()
    {
        // Zoé's visit has no receipt linked to it.
        QVERIFY(exec(QStringLiteral("UPDATE crm_profile SET spend_cents = 0 WHERE id = 3")));
        SegmentsPage page(nullptr, kToday);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* view = page.findChild<QChartView*>(QStringLiteral("rfmChart"));
        QTRY_VERIFY(view->chart() && !view->chart()->axes(Qt::Horizontal).isEmpty());
        QChart* chart = view->chart();
        QVERIFY(chart->localizeNumbers());
        auto* x = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).first());
        QVERIFY(x);
        QCOMPARE(x->min(), 0.0);
        QVERIFY(x->tickCount() >= 2 && x->tickCount() <= 6);
        const double step = x->max() / (x->tickCount() - 1);
        QCOMPARE(step, std::round(step)); // whole guests
        auto* y = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).first());
        QVERIFY(y);
        QCOMPARE(y->count(), 7);
        qint64 total = 0;
        qint64 largest = 0;
        int empty = 0;
        static const QRegularExpression counted(QStringLiteral("^\\S.* \\((\\d+)\\)$"));
        for (const QString& label : y->categories()) {
            const QRegularExpressionMatch m = counted.match(label);
            QVERIFY2(m.hasMatch(), qPrintable(label));
            total += m.captured(1).toLongLong();
            largest = std::max(largest, m.captured(1).toLongLong());
            empty += m.captured(1) == QLatin1String("0") ? 1 : 0;
        }
        QCOMPARE(total, qint64(4));
        QVERIFY(empty > 0);
        QVERIFY(x->max() >= double(largest));
        // The ticks' labels in a format the locale writes (it leaves "%d" blank).
        QVERIFY2(QRegularExpression(QStringLiteral("^%\\.\\d+f$")).match(x->labelFormat()).hasMatch(),
                 qPrintable(x->labelFormat()));
        // No count drawn over the bars.
        auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().first());
        QVERIFY(series && !series->isLabelsVisible());

        auto* members = page.findChild<QTableWidget*>(QStringLiteral("segmentMembers"));
        QTRY_COMPARE(members->rowCount(), 4);
        QVERIFY(!members->wordWrap());
        const QHeaderView* header = members->horizontalHeader();
        QCOMPARE(header->sectionResizeMode(0), QHeaderView::Stretch);
        QCOMPARE(header->sectionResizeMode(1), QHeaderView::Stretch);
        QCOMPARE(header->sectionResizeMode(5), QHeaderView::ResizeToContents);
        QVERIFY(header->sectionSize(0) > header->sectionSize(5));
        for (int row = 0; row < members->rowCount(); ++row) {
            for (int column : {2, 4})
                QCOMPARE(Qt::Alignment(members->item(row, column)->textAlignment()) &
                             Qt::AlignHorizontal_Mask,
                         Qt::AlignRight);
            QCOMPARE(Qt::Alignment(members->item(row, 0)->textAlignment()) & Qt::AlignRight, Qt::Alignment());
            // A dash, not 0,00 €, without a receipt.
            const bool zoe = members->item(row, 0)->text() == QStringLiteral("Zoé Faure");
            QCOMPARE(members->item(row, 4)->text() == QStringLiteral("—"), zoe);
        }

        auto* list = page.findChild<QListWidget*>(QStringLiteral("segmentList"));
        auto* hint = page.findChild<QLabel*>(QStringLiteral("segmentListHint"));
        QVERIFY(hint && hint->isVisible());
        QVERIFY(!list->isVisible());
        QVERIFY2(hint->text().startsWith(QStringLiteral("Aucun segment enregistré")),
                 qPrintable(hint->text()));
        QSqlDatabase db = Database::connection();
        QString error;
        QVERIFY2(CrmSegments(kToday).save(db, {0, QStringLiteral("Habitués"), {}}, &error),
                 qPrintable(error));
        page.reload();
        QVERIFY(list->isVisible());
        QVERIFY(!hint->isVisible());
        QCOMPARE(list->count(), 1);
    }

    void aPageOfTheClientsTab()
    {
        CustomersTab tab;
        auto* pages = tab.findChild<QTabWidget*>();
        QVERIFY(pages);
        const int segments = pages->indexOf(tab.findChild<SegmentsPage*>());
        QVERIFY(segments >= 2); // after Clients and À vérifier
        QCOMPARE(pages->tabText(segments), QStringLiteral("Segments"));
        // The profile shown (most visits first: Paul Morel, 8) says its class.
        const QString profile =
            tab.findChild<QTextBrowser*>(QStringLiteral("customerProfile"))->toPlainText();
        // Four guests: the top one has w = 3, 1 + floor(5 × 3 / 4) = 4 everywhere.
        QVERIFY2(profile.contains(
                     QStringLiteral("Classe RFM : Champions (récence 4, fréquence 4, dépense 4 sur 5)")),
                 qPrintable(profile));
        auto* page = tab.findChild<SegmentsPage*>();
        QVERIFY(page);
        QSignalSpy forwarded(&tab, &CustomersTab::brevoExportRequested);
        Q_EMIT page->brevoExportRequested(42);
        QCOMPARE(forwarded.size(), 1);
        QCOMPARE(forwarded.first().at(0).toLongLong(), qint64(42));
    }

private:
    PendingFrench m_french;
    QString m_dir;
};

QTEST_MAIN(TestSegmentsPage)
#include "tst_segmentspage.moc"
