#include "crm/ui/customerstab.h"

#include "common/core/database.h"
#include "common/core/dbworker.h"
#include "common/core/guestactivitysources.h"
#include "common/core/readinterfaces.h"
#include "common/ui/emptystatewidget.h"
#include "crm/core/contactkeys.h"
#include "crm/core/crmstore.h"
#include "crm/core/segments.h"
#include "crm/ui/guestprivacybar.h"
#include "crm/ui/loyaltyrulespage.h"
#include "crm/ui/profileeditor.h"
#include "crm/ui/segmentspage.h"
#include "crm/ui/spendchart.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Moulin {

namespace {

QString euros(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"));
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

/// "06 12 34 56 78" (a foreign number "+44 20 7946 0958") for a stored E.164 number.
QString phoneText(const QString& e164)
{
    return e164.isEmpty() ? QString() : ContactKeys::phone(e164).display;
}

/// The channels' names as the restaurant knows them.
QString channelText(const QString& channel)
{
    static const QHash<QString, QString> names{{QStringLiteral("thefork"), QStringLiteral("TheFork")},
                                               {QStringLiteral("opentable"), QStringLiteral("OpenTable")},
                                               {QStringLiteral("resy"), QStringLiteral("Resy")},
                                               {QStringLiteral("brevo"), QStringLiteral("Brevo")},
                                               {QStringLiteral("moulin"), QStringLiteral("Moulin")}};
    if (channel == QLatin1String("website"))
        return CustomersTab::tr("website");
    if (channel == QLatin1String("phone"))
        return CustomersTab::tr("phone");
    if (channel == QLatin1String("walkin"))
        return CustomersTab::tr("walk-in");
    return names.value(channel, channel);
}

} // namespace

CustomersTab::CustomersTab(QWidget* parent)
    : QWidget(parent)
    , m_emptyState(new EmptyStateWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_pages(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_profile(new QTextBrowser(this))
    , m_privacy(new GuestPrivacyBar(this))
    , m_spend(new SpendChart(this))
    , m_editor(new ProfileEditor(this))
    , m_loyalty(new LoyaltyRulesPage(this))
    , m_reviews(new QTableWidget(0, 3, this))
    , m_reviewsHint(new QLabel(this))
    , m_merge(new QPushButton(this))
    , m_keepApart(new QPushButton(this))
    , m_merges(new QTableWidget(0, 3, this))
    , m_mergesHint(new QLabel(this))
    , m_undo(new QPushButton(this))
    , m_segmentsPage(new SegmentsPage(this))
    , m_syncTimer(new QTimer(this))
    , m_worker(std::make_unique<DbWorker>())
{
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("customerList"));
    m_profile->setObjectName(QStringLiteral("customerProfile"));
    m_reviews->setObjectName(QStringLiteral("mergeReviews"));
    m_merges->setObjectName(QStringLiteral("mergeHistory"));
    m_reviewsHint->setObjectName(QStringLiteral("mergeReviewsHint"));
    m_mergesHint->setObjectName(QStringLiteral("mergeHistoryHint"));
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_keepApart->setObjectName(QStringLiteral("keepApartButton"));
    m_undo->setObjectName(QStringLiteral("undoMergeButton"));

    auto* guests = new QWidget(this);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list);
    auto* splitter = new QSplitter(guests);
    splitter->addWidget(left);
    // The profile page with its « RGPD » row (export, erasure), the
    // manager's editor under it.
    auto* right = new QSplitter(Qt::Vertical, splitter);
    auto* page = new QWidget(right);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_profile);
    pageLayout->addWidget(m_spend);
    m_privacy->setObjectName(QStringLiteral("guestPrivacy"));
    pageLayout->addWidget(m_privacy);
    connect(m_privacy, &GuestPrivacyBar::erased, this, [this] {
        // The guest is gone: nothing of theirs to save.
        m_editor->setProfile(nullptr);
        reload();
    });
    right->addWidget(page);
    right->addWidget(m_editor);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({420, 800});
    auto* guestsLayout = new QVBoxLayout(guests);
    guestsLayout->addWidget(splitter);

    auto* review = new QWidget(this);
    auto* reviewLayout = new QVBoxLayout(review);
    for (QTableWidget* t : {m_reviews, m_merges}) {
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->verticalHeader()->hide();
        // The guests' names take the room, on one line; the rest its width.
        t->setWordWrap(false);
        QHeaderView* header = t->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    m_reviews->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // Nothing to review, no merge yet: said where the table would be.
    for (QLabel* hint : {m_reviewsHint, m_mergesHint}) {
        hint->setWordWrap(true);
        hint->setAlignment(Qt::AlignCenter);
        hint->setForegroundRole(QPalette::PlaceholderText);
        hint->setMargin(16);
        hint->hide();
    }
    reviewLayout->addWidget(m_reviews, 2);
    reviewLayout->addWidget(m_reviewsHint, 2);
    auto* reviewButtons = new QHBoxLayout;
    reviewButtons->addWidget(m_merge);
    reviewButtons->addWidget(m_keepApart);
    reviewButtons->addStretch();
    reviewLayout->addLayout(reviewButtons);
    reviewLayout->addWidget(m_merges, 1);
    reviewLayout->addWidget(m_mergesHint, 1);
    auto* undoButtons = new QHBoxLayout;
    undoButtons->addWidget(m_undo);
    undoButtons->addStretch();
    reviewLayout->addLayout(undoButtons);

    m_pages->addTab(guests, QString());
    m_pages->addTab(review, QString());
    m_pages->addTab(m_segmentsPage, QString());
    connect(m_segmentsPage, &SegmentsPage::brevoExportRequested, this, &CustomersTab::brevoExportRequested);
    m_pages->addTab(m_loyalty, QString());
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_pages);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    m_syncTimer->setSingleShot(true);
    m_syncTimer->setInterval(1500);
    connect(m_syncTimer, &QTimer::timeout, this, &CustomersTab::runSync);
    connect(m_emptyState, &EmptyStateWidget::actionRequested, this, &CustomersTab::settingsRequested);
    connect(m_search, &QLineEdit::textChanged, this, &CustomersTab::refreshList);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const qint64 id = m_list->item(row)->data(Qt::UserRole).toLongLong();
        if (m_editor->isModified() && id != m_editor->profileId()) {
            // Asked once the click (or the key) is done, not inside it.
            if (!std::exchange(m_guestChangePending, true))
                QTimer::singleShot(0, this, &CustomersTab::settleGuestChange);
            return;
        }
        showProfile(id);
    });
    // Leaving the guests' page with changes: asked once the switch is done;
    // Cancel comes back.
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        const int was = std::exchange(m_page, index);
        if (was != 0 || index == 0 || m_asking || !m_editor->isModified())
            return;
        QTimer::singleShot(0, this, [this] {
            if (m_pages->currentIndex() != 0 && !maybeLeaveProfile())
                m_pages->setCurrentIndex(0);
        });
    });
    connect(m_merge, &QPushButton::clicked, this, [this] { settleReview(true); });
    connect(m_keepApart, &QPushButton::clicked, this, [this] { settleReview(false); });
    connect(m_undo, &QPushButton::clicked, this, &CustomersTab::undoMerge);
    // A profile edited: the list (VIP star) and the page read it again.
    connect(m_editor, &ProfileEditor::saved, this, [this](qint64 id) {
        m_shown = id;
        refreshList();
        QSqlDatabase db = Database::connection();
        if (const std::optional<CrmProfile> p = CrmStore().profile(db, id))
            m_editor->setProfile(&*p);
    });
    // A rule saved: its rewards granted at once on the sync's worker (one
    // after the other), then the page shows them.
    m_loyalty->setWorker(m_worker.get());
    connect(m_loyalty, &LoyaltyRulesPage::rewardsGranted, this, [this](int granted) {
        if (granted > 0 && m_shown > 0 && m_editor->profileId() == m_shown)
            showProfile(m_shown);
    });
    retranslateUi();
    reload();
}

CustomersTab::~CustomersTab() = default;

void CustomersTab::scheduleSync()
{
    m_syncTimer->start();
}

void CustomersTab::resetDatabase()
{
    // Another database: the profile edited is not in it.
    m_editor->setProfile(nullptr);
    m_loyalty->setWorker(nullptr);
    m_worker = std::make_unique<DbWorker>();
    m_loyalty->setWorker(m_worker.get());
    m_syncing = false;
    m_shown = 0;
    m_segmentsPage->resetDatabase();
    reload();
    scheduleSync();
}

void CustomersTab::runSync()
{
    if (m_syncing) {
        m_syncAgain = true;
        return;
    }
    m_syncing = true;
    const std::shared_ptr<GuestBookSource> book = ReadInterfaces::get<GuestBookSource>();
    const std::shared_ptr<ReceiptSource> till = ReadInterfaces::get<ReceiptSource>();
    m_worker
        ->run([book, till](QSqlDatabase& db) {
            CrmStore store;
            return store.sync(db, book.get(), till.get());
        })
        .then(this, [this](const CrmStore::SyncResult& result) {
            m_syncing = false;
            if (!result.ok)
                qWarning("customers: profiles not brought up to date: %s", qPrintable(result.error));
            reload();
            Q_EMIT synced();
            if (std::exchange(m_syncAgain, false))
                scheduleSync();
        });
}

void CustomersTab::reload()
{
    QSqlDatabase db = Database::connection();
    const qint64 count = db.isValid() ? CrmStore().profileCount(db) : -1;
    m_stack->setCurrentWidget(count > 0 ? static_cast<QWidget*>(m_pages) : m_emptyState);
    if (count <= 0)
        return;
    refreshList();
    refreshReviews();
    m_segmentsPage->reload();
    m_loyalty->reload();
}

void CustomersTab::refreshList()
{
    QSqlDatabase db = Database::connection();
    const QList<CrmProfileSummary> found = CrmStore().search(db, m_search->text(), 200);
    const qint64 shown = m_shown;
    const QSignalBlocker block(m_list);
    m_list->clear();
    int current = -1;
    for (const CrmProfileSummary& p : found) {
        QString line = p.name.isEmpty() ? tr("(no name)") : p.name;
        if (p.vip)
            line += QStringLiteral(" ★");
        line += QStringLiteral(" — ") + tr("%n visit(s)", nullptr, p.visits);
        if (!p.phone.isEmpty())
            line += QStringLiteral(" · ") + phoneText(p.phone);
        auto* item = new QListWidgetItem(line, m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.id == shown)
            current = m_list->count() - 1;
    }
    if (current < 0 && m_list->count() > 0)
        current = 0;
    const qint64 target = current >= 0 ? m_list->item(current)->data(Qt::UserRole).toLongLong() : 0;
    if (m_editor->isModified() && target != m_editor->profileId()) {
        // The profile with changes not saved is not in the list (a search):
        // it stays on the page until the manager picks another guest.
        m_list->setCurrentRow(-1);
        return;
    }
    m_list->setCurrentRow(current);
    if (current >= 0)
        showProfile(target);
    else {
        m_profile->clear();
        m_spend->setVisits({});
        m_privacy->setProfile(0, QString());
        m_editor->setProfile(nullptr);
    }
}

void CustomersTab::showProfile(qint64 id)
{
    QSqlDatabase db = Database::connection();
    const std::optional<CrmProfile> p = CrmStore().profile(db, id);
    if (!p) {
        m_profile->clear();
        m_spend->setVisits({});
        m_privacy->setProfile(0, QString());
        m_editor->setProfile(nullptr);
        return;
    }
    if (m_editor->profileId() != p->summary.id || !m_editor->isAncestorOf(QApplication::focusWidget()))
        m_editor->setProfile(&*p);
    m_shown = id;
    m_spend->setVisits(p->visits);
    m_privacy->setProfile(p->summary.id, p->summary.name);
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1%2</h2>")
                       .arg(esc(p->summary.name), p->summary.vip ? QStringLiteral(" ★") : QString());
    QStringList contacts;
    if (!p->summary.phone.isEmpty())
        contacts << esc(phoneText(p->summary.phone));
    if (!p->summary.email.isEmpty())
        contacts << esc(p->summary.email);
    for (const CrmIdentity& i : p->identities) {
        if (i.phoneInvalid)
            contacts << tr("invalid phone: %1").arg(esc(i.phone));
        if (i.emailInvalid)
            contacts << tr("invalid e-mail: %1").arg(esc(i.email));
    }
    html += QStringLiteral("<p>%1</p>").arg(contacts.join(QStringLiteral(" · ")));
    if (!p->summary.allergies.isEmpty())
        html += QStringLiteral("<p style='color:#b00020'><b>%1</b> %2</p>")
                    .arg(tr("Allergies and diet:"), esc(p->summary.allergies));
    // Their spend is their visits' receipts: none linked (a till that does
    // not give the table, a bill not found) is said, not shown as 0,00 €.
    const auto billedVisits =
        std::count_if(p->visits.cbegin(), p->visits.cend(), [](const CrmVisit& v) { return v.receipts > 0; });
    const auto honouredVisits = std::count_if(p->visits.cbegin(), p->visits.cend(), [](const CrmVisit& v) {
        return v.status == QLatin1String("honoured");
    });
    const bool billed = billedVisits > 0;
    // Some visits without a receipt: the value is theirs only.
    const QString partly =
        billed && billedVisits < honouredVisits
            ? QStringLiteral(" (") +
                  tr("%n visit(s) with a till receipt out of %1", nullptr, int(billedVisits))
                      .arg(honouredVisits) +
                  QLatin1Char(')')
            : QString();
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(tr("%n visit(s), last on %1", nullptr, p->summary.visits)
                         .arg(p->summary.lastVisit.isValid()
                                  ? locale.toString(p->summary.lastVisit, QLocale::ShortFormat)
                                  : QStringLiteral("—")),
                     billed || p->summary.visits == 0
                         ? tr("Lifetime value %1 · average spend %2")
                                   .arg(euros(p->summary.spendCents), euros(p->averageSpendCents)) +
                               partly
                         : tr("Lifetime value not known: no till receipt linked to their visits"),
                     tr("No-shows: %1 · late cancellations: %2").arg(p->noShows).arg(p->lateCancellations));
    if (const RfmScore rfm = CrmSegments().scores(db, {p->summary.id}).value(p->summary.id);
        rfm.rfmClass != RfmClass::None)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("RFM class: %1 (recency %2, frequency %3, spend %4 out of 5)")
                             .arg(CrmSegments::rfmLabel(rfm.rfmClass))
                             .arg(rfm.recency)
                             .arg(rfm.frequency)
                             .arg(rfm.monetary));
    auto consent = [&](const QString& label, const CrmConsent& c) {
        if (!c.given)
            return tr("%1: not known").arg(label);
        return tr("%1: %2 (%3, %4)")
            .arg(label, *c.given ? tr("yes") : tr("no"), esc(channelText(c.source)),
                 c.at.isValid() ? locale.toString(c.at.toLocalTime().date(), QLocale::ShortFormat)
                                : QStringLiteral("—"));
    };
    html +=
        QStringLiteral("<p>%1<br>%2</p>")
            .arg(consent(tr("E-mail consent"), p->emailConsent), consent(tr("SMS consent"), p->smsConsent));
    if (!p->conflicts.isEmpty()) {
        // Values that lost a conflict with a synchronised CRM (the newer change won).
        const auto fieldName = [](const QString& field) {
            return field == QLatin1String("name")            ? tr("Name")
                   : field == QLatin1String("email")         ? tr("E-mail")
                   : field == QLatin1String("phone")         ? tr("Phone")
                   : field == QLatin1String("email_consent") ? tr("E-mail consent")
                   : field == QLatin1String("sms_consent")   ? tr("SMS consent")
                                                             : field;
        };
        const auto value = [&](const QString& field, const QString& v) {
            if (field.endsWith(QLatin1String("_consent")))
                return v.isEmpty() ? tr("not known") : v == QLatin1String("1") ? tr("yes") : tr("no");
            if (field == QLatin1String("phone") && !v.isEmpty())
                return esc(phoneText(v));
            return v.isEmpty() ? QStringLiteral("—") : esc(v);
        };
        const auto when = [&locale](const QDateTime& t) {
            return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
        };
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Synchronisation conflicts"));
        for (const CrmFieldChange& c : p->conflicts)
            html +=
                QStringLiteral("<li>%1</li>")
                    .arg(tr("%1: %2 (%3, %4) kept over %5 (%6, %7)")
                             .arg(fieldName(c.field), value(c.field, c.keptValue),
                                  esc(channelText(c.keptSource)), when(c.keptAt), value(c.field, c.lostValue),
                                  esc(channelText(c.lostSource)), when(c.lostAt)));
        html += QStringLiteral("</ul>");
    }
    // The language the booking channels gave (the newest).
    if (!p->language.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Language: %1")
                             .arg(esc(QLocale(p->language).language() == QLocale::C
                                          ? p->language
                                          : QLocale(p->language).nativeLanguageName())));
    if (!p->favourites.isEmpty()) {
        QStringList fav;
        for (const CrmFavourite& f : p->favourites)
            fav << QStringLiteral("%1 (×%2)")
                       .arg(esc(f.name), locale.toString(double(f.quantityMilli) / 1000.0, 'g', 4));
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(tr("Favourite dishes"), fav.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Rewards"));
    if (p->rewards.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("None yet."));
    } else {
        html += QStringLiteral("<ul>");
        for (const CrmReward& r : p->rewards) {
            const QString n = r.milestone.section(QLatin1Char(':'), 1);
            QString what = r.kind == QLatin1String("visits")  ? tr("%1th visit").arg(n)
                           : r.kind == QLatin1String("spend") ? tr("%1 spent").arg(euros(n.toLongLong()))
                                                              : tr("birthday %1").arg(n);
            const QString state = r.state == QLatin1String("used")      ? tr("used")
                                  : r.state == QLatin1String("expired") ? tr("expired")
                                                                        : tr("granted");
            html += QStringLiteral("<li>%1 — %2, %3</li>")
                        .arg(what, state,
                             locale.toString(r.grantedAt.toLocalTime().date(), QLocale::ShortFormat));
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(tr("Visits"));
    for (const CrmVisit& v : p->visits) {
        QString status = v.status == QLatin1String("honoured")            ? tr("came")
                         : v.status == QLatin1String("no_show")           ? tr("no-show")
                         : v.status == QLatin1String("late_cancellation") ? tr("late cancellation")
                         : v.status == QLatin1String("cancelled")         ? tr("cancelled")
                                                                          : tr("booked");
        html += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                    .arg(locale.toString(v.day, QLocale::ShortFormat), esc(channelText(v.channel)),
                         v.service == 0 ? tr("lunch") : tr("dinner"), tr("%n guest(s)", nullptr, v.partySize),
                         v.table.isEmpty() ? QString() : tr("table %1").arg(esc(v.table)), status,
                         v.receipts > 0 ? euros(v.spendCents) : QString());
    }
    html += QStringLiteral("</table>");
    m_profile->setHtml(html);
}

bool CustomersTab::maybeLeaveProfile()
{
    if (m_asking)
        return false;
    if (!m_editor->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Profile not saved"),
                    m_editor->profileName().isEmpty()
                        ? tr("The changes to this guest's profile are not saved.")
                        : tr("The changes to %1's profile are not saved.").arg(m_editor->profileName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("profileUnsavedQuestion"));
    box.setInformativeText(tr("Save them now, or leave them and keep the profile as it was saved?"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    box.button(QMessageBox::Save)->setText(tr("&Save"));
    box.button(QMessageBox::Discard)->setText(tr("&Don't Save"));
    box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    m_asking = true;
    const int answer = box.exec();
    m_asking = false;
    switch (answer) {
    case QMessageBox::Save:
        if (m_editor->save())
            return true;
        // Refused (a bad birthday): back to the editor, the reason under it.
        m_pages->setCurrentIndex(0);
        return false;
    case QMessageBox::Discard:
        m_editor->revert();
        return true;
    default:
        return false;
    }
}

void CustomersTab::settleGuestChange()
{
    m_guestChangePending = false;
    const int row = m_list->currentRow();
    const qint64 picked = row >= 0 ? m_list->item(row)->data(Qt::UserRole).toLongLong() : 0;
    if (!picked || picked == m_editor->profileId())
        return;
    // Saving reads the list again (the edited guest selected in it): the
    // picked guest is selected again once shown.
    if (maybeLeaveProfile())
        showProfile(picked);
    selectEditedGuest();
}

void CustomersTab::selectEditedGuest()
{
    const QSignalBlocker block(m_list);
    int row = -1;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == m_editor->profileId())
            row = i;
    }
    m_list->setCurrentRow(row);
}

void CustomersTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    watchTabs();
}

void CustomersTab::watchTabs()
{
    if (m_windowTabs)
        return;
    for (QWidget* p = parentWidget(); p; p = p->parentWidget()) {
        if (auto* tabs = qobject_cast<QTabWidget*>(p)) {
            m_windowTabs = tabs;
            break;
        }
    }
    if (!m_windowTabs)
        return;
    m_current = m_windowTabs->currentWidget() == this;
    connect(m_windowTabs, &QTabWidget::currentChanged, this, [this] {
        const bool wasCurrent = std::exchange(m_current, m_windowTabs->currentWidget() == this);
        if (!wasCurrent || m_current || m_asking || !m_editor->isModified())
            return;
        QTimer::singleShot(0, this, [this] {
            if (m_windowTabs && m_windowTabs->currentWidget() != this && !maybeLeaveProfile())
                m_windowTabs->setCurrentWidget(this);
        });
    });
}

void CustomersTab::refreshReviews()
{
    QSqlDatabase db = Database::connection();
    const CrmStore store;
    const QList<CrmReviewItem> reviews = store.openReviews(db);
    m_reviews->setRowCount(int(reviews.size()));
    for (int row = 0; row < reviews.size(); ++row) {
        const CrmReviewItem& r = reviews[row];
        auto describe = [](const CrmProfileSummary& s) {
            QStringList parts{s.name};
            if (!s.phone.isEmpty())
                parts << phoneText(s.phone);
            if (!s.email.isEmpty())
                parts << s.email;
            return parts.join(QStringLiteral(" · "));
        };
        auto* a = new QTableWidgetItem(describe(r.a));
        a->setData(Qt::UserRole, r.id);
        m_reviews->setItem(row, 0, a);
        m_reviews->setItem(row, 1, new QTableWidgetItem(describe(r.b)));
        m_reviews->setItem(row, 2,
                           new QTableWidgetItem(r.reason == QLatin1String("same_phone_other_name")
                                                    ? tr("Same phone, another name")
                                                    : tr("Same e-mail, similar name")));
    }
    const QList<CrmMergeEntry> merges = store.merges(db, 200);
    m_merges->setRowCount(int(merges.size()));
    const QLocale locale;
    for (int row = 0; row < merges.size(); ++row) {
        const CrmMergeEntry& m = merges[row];
        auto* what = new QTableWidgetItem(tr("%1 ← %2").arg(m.keptName, m.absorbedName));
        what->setToolTip(tr("%1 merged into %2").arg(m.absorbedName, m.keptName));
        what->setData(Qt::UserRole, m.id);
        what->setData(Qt::UserRole + 1, m.undone);
        m_merges->setItem(row, 0, what);
        m_merges->setItem(row, 1, new QTableWidgetItem(m.automatic ? tr("automatic") : tr("by the manager")));
        m_merges->setItem(
            row, 2,
            new QTableWidgetItem(m.undone ? tr("undone")
                                          : locale.toString(m.at.toLocalTime(), QLocale::ShortFormat)));
    }
    m_pages->setTabText(1, reviews.isEmpty() ? tr("To review") : tr("To review (%1)").arg(reviews.size()));
    m_reviews->setVisible(!reviews.isEmpty());
    m_reviewsHint->setVisible(reviews.isEmpty());
    m_merge->setEnabled(!reviews.isEmpty());
    m_keepApart->setEnabled(!reviews.isEmpty());
    m_merges->setVisible(!merges.isEmpty());
    m_mergesHint->setVisible(merges.isEmpty());
    m_undo->setEnabled(!merges.isEmpty());
}

void CustomersTab::settleReview(bool merge)
{
    const int row = m_reviews->currentRow();
    if (row < 0 || !m_reviews->item(row, 0))
        return;
    const qint64 id = m_reviews->item(row, 0)->data(Qt::UserRole).toLongLong();
    QSqlDatabase db = Database::connection();
    CrmStore store;
    QString error;
    const bool ok = merge ? store.mergeReview(db, id, &error).has_value() : store.keepApart(db, id, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Customers"), error);
    reload();
}

void CustomersTab::undoMerge()
{
    const int row = m_merges->currentRow();
    if (row < 0 || !m_merges->item(row, 0))
        return;
    const qint64 id = m_merges->item(row, 0)->data(Qt::UserRole).toLongLong();
    QSqlDatabase db = Database::connection();
    CrmStore store;
    QString error;
    if (!store.undoMerge(db, id, &error))
        QMessageBox::warning(this, tr("Customers"), error);
    reload();
}

void CustomersTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CustomersTab::retranslateUi()
{
    m_emptyState->setState({tr("No guest profiles yet"),
                            tr("Guest profiles are built from reservations and receipts. Connect a "
                               "reservation platform or Brevo in Settings."),
                            tr("Open settings…")});
    m_search->setPlaceholderText(tr("Search by name, phone or e-mail"));
    m_pages->setTabText(0, tr("Guests"));
    m_pages->setTabText(1, tr("To review"));
    m_pages->setTabText(m_pages->indexOf(m_segmentsPage), tr("Segments"));
    m_pages->setTabText(m_pages->indexOf(m_loyalty), tr("Loyalty"));
    m_reviews->setHorizontalHeaderLabels({tr("Guest"), tr("Other guest"), tr("Why")});
    m_merges->setHorizontalHeaderLabels({tr("Merge"), tr("How"), tr("When")});
    m_merge->setText(tr("Merge"));
    m_keepApart->setText(tr("Keep apart"));
    m_undo->setText(tr("Undo a merge"));
    m_reviewsHint->setText(tr("Nothing to review. Two profiles that may be one guest (the same phone under "
                              "another name, the same e-mail with a similar name) are listed here to merge "
                              "or keep apart."));
    m_mergesHint->setText(tr("No merge yet. The profiles merged, automatically or by you, are listed here "
                             "and can be undone."));
}

} // namespace Moulin
