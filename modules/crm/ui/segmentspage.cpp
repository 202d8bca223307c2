#include "crm/ui/segmentspage.h"

#include "common/core/connectorsettings.h"
#include "common/core/database.h"
#include "common/core/dbworker.h"
#include "crm/core/contactkeys.h"
#include "crm/ui/crmcharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Moulin {

namespace {

constexpr int kShownMembers = 200;

QString euros(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"));
}

/// Whether a Brevo connection is saved in the settings.
bool brevoConfigured()
{
    return ConnectorSettings::configuredIds().contains(QStringLiteral("brevo"));
}

} // namespace

SegmentsPage::SegmentsPage(QWidget* parent, QDate today)
    : QWidget(parent)
    , m_today(today)
    , m_segments(new QListWidget(this))
    , m_segmentsHint(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_name(new QLineEdit(this))
    , m_save(new QPushButton(this))
    , m_kind(new QComboBox(this))
    , m_value(new QComboBox(this))
    , m_orGroup(new QCheckBox(this))
    , m_add(new QPushButton(this))
    , m_ruleList(new QListWidget(this))
    , m_remove(new QPushButton(this))
    , m_sentence(new QLabel(this))
    , m_error(new QLabel(this))
    , m_count(new QLabel(this))
    , m_members(new QTableWidget(0, 6, this))
    , m_channel(new QComboBox(this))
    , m_export(new QPushButton(this))
    , m_brevo(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_countTimer(new QTimer(this))
    , m_worker(std::make_unique<DbWorker>())
{
    m_segments->setObjectName(QStringLiteral("segmentList"));
    m_segmentsHint->setObjectName(QStringLiteral("segmentListHint"));
    m_new->setObjectName(QStringLiteral("newSegmentButton"));
    m_delete->setObjectName(QStringLiteral("deleteSegmentButton"));
    m_name->setObjectName(QStringLiteral("segmentName"));
    m_save->setObjectName(QStringLiteral("saveSegmentButton"));
    m_kind->setObjectName(QStringLiteral("ruleKind"));
    m_value->setObjectName(QStringLiteral("ruleValue"));
    m_orGroup->setObjectName(QStringLiteral("ruleOrGroup"));
    m_add->setObjectName(QStringLiteral("addRuleButton"));
    m_ruleList->setObjectName(QStringLiteral("segmentRules"));
    m_remove->setObjectName(QStringLiteral("removeRuleButton"));
    m_sentence->setObjectName(QStringLiteral("segmentSentence"));
    m_error->setObjectName(QStringLiteral("ruleError"));
    m_count->setObjectName(QStringLiteral("segmentCount"));
    m_members->setObjectName(QStringLiteral("segmentMembers"));
    m_channel->setObjectName(QStringLiteral("exportChannel"));
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_brevo->setObjectName(QStringLiteral("brevoButton"));
    m_status->setObjectName(QStringLiteral("segmentStatus"));
    m_chart->setObjectName(QStringLiteral("rfmChart"));

    // Left: the saved segments and the classes.
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_segments, 1);
    // No segment saved yet: what a segment is and how to make one, where
    // the list will be.
    m_segmentsHint->setWordWrap(true);
    m_segmentsHint->setAlignment(Qt::AlignCenter);
    m_segmentsHint->setForegroundRole(QPalette::PlaceholderText);
    m_segmentsHint->setMargin(12);
    m_segmentsHint->hide();
    leftLayout->addWidget(m_segmentsHint, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    listButtons->addStretch();
    leftLayout->addLayout(listButtons);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    leftLayout->addWidget(m_chart, 1);

    // Right: the builder.
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_save);
    rightLayout->addLayout(nameRow);
    auto* ruleRow = new QHBoxLayout;
    ruleRow->addWidget(m_kind, 2);
    ruleRow->addWidget(m_value, 2);
    ruleRow->addWidget(m_orGroup);
    ruleRow->addWidget(m_add);
    rightLayout->addLayout(ruleRow);
    m_error->setStyleSheet(QStringLiteral("color:#b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    rightLayout->addWidget(m_error);
    m_ruleList->setMaximumHeight(130);
    auto* rulesRow = new QHBoxLayout;
    rulesRow->addWidget(m_ruleList, 1);
    rulesRow->addWidget(m_remove, 0, Qt::AlignTop);
    rightLayout->addLayout(rulesRow);
    QFont bold = m_sentence->font();
    bold.setBold(true);
    m_sentence->setFont(bold);
    m_sentence->setWordWrap(true);
    rightLayout->addWidget(m_sentence);
    rightLayout->addWidget(m_count);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->verticalHeader()->hide();
    // The names and contacts take the room; the figures and the class
    // their width, on one line each.
    m_members->setWordWrap(false);
    m_members->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_members->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    rightLayout->addWidget(m_members, 1);
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_channel);
    exportRow->addWidget(m_export);
    exportRow->addWidget(m_brevo);
    exportRow->addStretch();
    rightLayout->addLayout(exportRow);
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({360, 840});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    for (SegmentRule::Kind kind : CrmSegments::allKinds())
        m_kind->addItem(QString(), int(kind));
    m_channel->addItem(QString(), int(ConsentChannel::Email));
    m_channel->addItem(QString(), int(ConsentChannel::Sms));
    m_value->setInsertPolicy(QComboBox::NoInsert);
    m_kind->installEventFilter(this);
    m_value->installEventFilter(this);
    m_ruleList->installEventFilter(this);

    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(250);
    connect(m_countTimer, &QTimer::timeout, this, &SegmentsPage::runCount);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SegmentsPage::kindChanged);
    connect(m_add, &QPushButton::clicked, this, &SegmentsPage::addRule);
    connect(m_remove, &QPushButton::clicked, this, &SegmentsPage::removeRule);
    connect(m_new, &QPushButton::clicked, this, &SegmentsPage::newSegment);
    connect(m_save, &QPushButton::clicked, this, &SegmentsPage::saveSegment);
    connect(m_name, &QLineEdit::returnPressed, this, &SegmentsPage::saveSegment);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_dirty = true;
        updateButtons();
    });
    connect(m_delete, &QPushButton::clicked, this, &SegmentsPage::deleteSegment);
    connect(m_export, &QPushButton::clicked, this, &SegmentsPage::chooseExportFile);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &SegmentsPage::scheduleCount);
    connect(m_brevo, &QPushButton::clicked, this, [this] {
        if (m_segmentId <= 0 || m_dirty)
            return;
        Q_EMIT brevoExportRequested(m_segmentId);
        sendToBrevo();
    });
    connect(m_segments, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            openSegment(m_segments->item(row)->data(Qt::UserRole).toLongLong());
    });
    retranslateUi();
    kindChanged();
    reload();
}

SegmentsPage::~SegmentsPage() = default;

void SegmentsPage::resetDatabase()
{
    m_worker = std::make_unique<DbWorker>();
    m_segmentId = 0;
    m_rules.clear();
    m_name->clear();
    m_dirty = false;
    rulesChanged();
    reload();
}

void SegmentsPage::reload()
{
    m_brevoConfigured = m_brevoSender != nullptr || brevoConfigured();
    if (!Database::connection().isValid()) {
        updateButtons();
        return; // no database yet: nothing to count
    }
    refreshSegments();
    refreshChart();
    scheduleCount();
    updateButtons();
}

ConsentChannel SegmentsPage::channel() const
{
    return ConsentChannel(m_channel->currentData().toInt());
}

// ------------------------------------------------------------------ rules

void SegmentsPage::kindChanged()
{
    const auto kind = SegmentRule::Kind(m_kind->currentData().toInt());
    m_value->clear();
    m_value->setEnabled(CrmSegments::takesValue(kind));
    if (kind == SegmentRule::Kind::BookedVia) {
        m_value->setEditable(false);
        for (const QString& c : CrmSegments::channels())
            m_value->addItem(CrmSegments::channelLabel(c), c);
    } else if (kind == SegmentRule::Kind::RfmClassIs) {
        m_value->setEditable(false);
        for (RfmClass c : CrmSegments::rfmClasses())
            m_value->addItem(CrmSegments::rfmLabel(c), CrmSegments::rfmKey(c));
    } else {
        m_value->setEditable(CrmSegments::takesValue(kind));
        if (m_value->lineEdit()) {
            m_value->lineEdit()->installEventFilter(this);
            m_value->lineEdit()->setPlaceholderText(kind == SegmentRule::Kind::SpendAtLeast ? tr("e.g. 150")
                                                    : kind == SegmentRule::Kind::Language   ? tr("e.g. en")
                                                    : kind == SegmentRule::Kind::AllergyContains
                                                        ? tr("e.g. gluten")
                                                    : kind == SegmentRule::Kind::Tag ? QString()
                                                                                     : tr("e.g. 3"));
        }
    }
    m_error->hide();
}

void SegmentsPage::addRule()
{
    const auto kind = SegmentRule::Kind(m_kind->currentData().toInt());
    QString value;
    if (CrmSegments::takesValue(kind))
        value = m_value->isEditable() ? m_value->currentText() : m_value->currentData().toString();
    int group = 0;
    for (const SegmentRule& r : std::as_const(m_rules))
        group = std::max(group, r.group);
    if (m_orGroup->isChecked() && !m_rules.isEmpty())
        ++group;
    QString error;
    const std::optional<SegmentRule> rule = CrmSegments::validated({kind, value, group}, &error);
    if (!rule) {
        m_error->setText(error);
        m_error->show();
        (m_value->isEnabled() ? static_cast<QWidget*>(m_value) : m_kind)->setFocus();
        return;
    }
    m_error->hide();
    m_rules << *rule;
    m_orGroup->setChecked(false);
    if (m_value->isEditable())
        m_value->clearEditText();
    m_dirty = true;
    rulesChanged();
    m_kind->setFocus();
}

void SegmentsPage::removeRule()
{
    const int row = m_ruleList->currentRow();
    if (row < 0 || row >= m_rules.size())
        return;
    m_rules.removeAt(row);
    m_dirty = true;
    rulesChanged();
    m_ruleList->setCurrentRow(std::min(row, int(m_rules.size()) - 1));
}

void SegmentsPage::rulesChanged()
{
    m_ruleList->clear();
    int previousGroup = m_rules.isEmpty() ? 0 : m_rules.first().group;
    for (const SegmentRule& r : std::as_const(m_rules)) {
        QString line = CrmSegments::describe(r);
        if (r.group != previousGroup)
            line = tr("or: %1").arg(line);
        previousGroup = r.group;
        m_ruleList->addItem(line);
    }
    // A heading: its first letter a capital (« Tous les clients »).
    QString sentence = CrmSegments::describe(m_rules);
    if (!sentence.isEmpty())
        sentence[0] = sentence.at(0).toUpper();
    m_sentence->setText(sentence);
    scheduleCount();
    updateButtons();
}

// ------------------------------------------------------------------ count

void SegmentsPage::scheduleCount()
{
    ++m_generation;
    m_count->setText(tr("Counting…"));
    m_countTimer->start();
}

void SegmentsPage::runCount()
{
    const int generation = m_generation;
    const QList<SegmentRule> rules = m_rules;
    const QDate today = m_today;
    m_worker
        ->run([rules, today](QSqlDatabase& db) {
            return CrmSegments(today).evaluate(db, rules, std::nullopt, kShownMembers);
        })
        .then(this, [this, generation](const SegmentResult& result) {
            if (generation != m_generation)
                return; // the rules changed meanwhile: another count is coming
            showResult(result);
            Q_EMIT counted();
        });
}

void SegmentsPage::showResult(const SegmentResult& result)
{
    if (!result.ok) {
        m_count->setText(tr("The segment could not be counted: %1").arg(result.error));
        return;
    }
    const QLocale locale;
    m_count->setText(tr("%1 guest(s) · %2 reachable by e-mail · %3 by SMS", nullptr, int(result.matched))
                         .arg(locale.toString(result.matched), locale.toString(result.emailReachable),
                              locale.toString(result.smsReachable)));
    m_members->setRowCount(int(result.members.size()));
    for (int row = 0; row < result.members.size(); ++row) {
        const SegmentMember& m = result.members[row];
        const QStringList cells{
            m.name.isEmpty() ? tr("(no name)") : m.name,
            m.email.isEmpty() ? (m.phone.isEmpty() ? QString() : ContactKeys::phone(m.phone).display)
                              : m.email,
            QString::number(m.visits),
            m.lastVisit.isValid() ? locale.toString(m.lastVisit, QLocale::ShortFormat) : QStringLiteral("—"),
            // No receipt linked to their visits: no 0,00 €.
            m.spendCents > 0 ? euros(m.spendCents) : QStringLiteral("—"), CrmSegments::rfmLabel(m.rfmClass)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 0)
                item->setData(Qt::UserRole, m.id);
            if (c == 2 || c == 4) // visits, spend: figures
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c <= 1)
                item->setToolTip(cells[c]); // the whole of an elided name or contact
            if (c == 4 && m.spendCents <= 0)
                item->setToolTip(tr("No till receipt linked to their visits."));
            m_members->setItem(row, c, item);
        }
    }
    if (result.matched > result.members.size())
        m_members->setToolTip(tr("The first %1 guests, most visits first.").arg(result.members.size()));
    else
        m_members->setToolTip(QString());
}

// ------------------------------------------------------- saved segments

void SegmentsPage::refreshSegments()
{
    QSqlDatabase db = Database::connection();
    const QList<Segment> all = db.isValid() ? CrmSegments(m_today).segments(db) : QList<Segment>();
    const QSignalBlocker block(m_segments);
    m_segments->clear();
    for (const Segment& s : all) {
        auto* item = new QListWidgetItem(s.name, m_segments);
        item->setToolTip(CrmSegments::describe(s.rules));
        item->setData(Qt::UserRole, s.id);
        if (s.id == m_segmentId)
            m_segments->setCurrentItem(item);
    }
    m_segments->setVisible(!all.isEmpty());
    m_segmentsHint->setVisible(all.isEmpty());
}

void SegmentsPage::refreshChart()
{
    const QDate today = m_today;
    m_worker->run([today](QSqlDatabase& db) { return CrmSegments(today).classSizes(db); })
        .then(this, [this](const std::array<qint64, 8>& sizes) {
            auto* chart = new QChart;
            CrmCharts::localise(chart);
            auto* set = new QBarSet(tr("Guests"));
            QStringList labels;
            // Bottom to top: the most valuable class on top.
            QList<RfmClass> classes = CrmSegments::rfmClasses();
            std::reverse(classes.begin(), classes.end());
            qint64 top = 1;
            for (RfmClass c : classes) {
                *set << double(sizes[size_t(c)]);
                labels << tr("%1 (%2)").arg(CrmSegments::rfmLabel(c), QLocale().toString(sizes[size_t(c)]));
                top = std::max(top, sizes[size_t(c)]);
            }
            // The counts by the classes' names (an empty class has no bar
            // to carry one, and a label on a bar hides it).
            auto* series = new QHorizontalBarSeries;
            series->append(set);
            chart->addSeries(series);
            auto* y = new QBarCategoryAxis;
            y->append(labels);
            chart->addAxis(y, Qt::AlignLeft);
            series->attachAxis(y);
            auto* x = new QValueAxis;
            CrmCharts::niceRange(x, double(top), 6, true);
            // (The locale writes "%.0f"; a "%d" it leaves blank.)
            x->setLabelFormat(QStringLiteral("%.0f"));
            chart->addAxis(x, Qt::AlignBottom);
            series->attachAxis(x);
            chart->legend()->hide();
            chart->setTitle(tr("RFM classes (%1 without a visit)").arg(QLocale().toString(sizes[0])));
            QChart* old = m_chart->chart();
            m_chart->setChart(chart);
            delete old;
        });
}

void SegmentsPage::openSegment(qint64 id)
{
    QSqlDatabase db = Database::connection();
    const std::optional<Segment> s = CrmSegments(m_today).segment(db, id);
    if (!s)
        return;
    m_segmentId = s->id;
    m_name->setText(s->name);
    m_rules = s->rules;
    m_dirty = false;
    m_status->clear();
    rulesChanged();
}

void SegmentsPage::newSegment()
{
    m_segmentId = 0;
    m_name->clear();
    m_rules.clear();
    m_dirty = false;
    m_status->clear();
    {
        const QSignalBlocker block(m_segments);
        m_segments->setCurrentRow(-1);
    }
    rulesChanged();
    m_name->setFocus();
}

void SegmentsPage::saveSegment()
{
    QSqlDatabase db = Database::connection();
    QString error;
    const std::optional<qint64> id =
        CrmSegments(m_today).save(db, {m_segmentId, m_name->text(), m_rules}, &error);
    if (!id) {
        m_status->setText(error);
        m_name->setFocus();
        return;
    }
    m_segmentId = *id;
    m_dirty = false;
    m_status->setText(tr("Segment « %1 » saved.").arg(m_name->text().simplified()));
    refreshSegments();
    updateButtons();
}

void SegmentsPage::deleteSegment()
{
    if (m_segmentId <= 0)
        return;
    const QString name = m_name->text().simplified();
    if (QMessageBox::question(
            this, tr("Delete the segment"),
            tr("Delete the segment « %1 »? The guests stay; only the filter goes.").arg(name)) !=
        QMessageBox::Yes)
        return;
    QSqlDatabase db = Database::connection();
    QString error;
    if (!CrmSegments(m_today).remove(db, m_segmentId, &error)) {
        m_status->setText(error);
        return;
    }
    newSegment();
    refreshSegments();
    m_status->setText(tr("Segment « %1 » deleted.").arg(name));
}

// ----------------------------------------------------------------- export

void SegmentsPage::chooseExportFile()
{
    const QString base = m_name->text().simplified().isEmpty() ? tr("segment") : m_name->text().simplified();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the segment"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                         QLatin1Char('/') + base + QStringLiteral(".csv"),
                                     tr("CSV for Excel (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void SegmentsPage::exportCsvTo(const QString& path)
{
    const QList<SegmentRule> rules = m_rules;
    const QDate today = m_today;
    const ConsentChannel ch = channel();
    m_status->setText(tr("Exporting…"));
    m_export->setEnabled(false);
    struct Outcome
    {
        bool ok = false;
        QString error;
        SegmentResult result;
    };
    m_worker
        ->run([rules, today, ch, path](QSqlDatabase& db) {
            Outcome o;
            o.ok = CrmSegments(today).exportCsv(db, rules, ch, path, &o.result, &o.error);
            return o;
        })
        .then(this, [this, path, ch](const Outcome& o) {
            m_export->setEnabled(true);
            if (!o.ok) {
                m_status->setText(o.error);
                Q_EMIT exportFailed(o.error);
                return;
            }
            const qint64 written = o.result.members.size();
            const qint64 excluded = o.result.excludedConsent + o.result.excludedContact;
            const QString left =
                ch == ConsentChannel::Email
                    ? tr("%n guest(s) left out: no e-mail consent or no valid address.", nullptr,
                         int(excluded))
                    : tr("%n guest(s) left out: no SMS consent or no valid phone.", nullptr, int(excluded));
            m_status->setText(tr("%n guest(s) exported to %1.", nullptr, int(written)).arg(path) +
                              QLatin1Char(' ') + left);
            Q_EMIT exported(path, written, excluded);
        });
}

void SegmentsPage::setBrevoSender(BrevoSender sender)
{
    m_brevoSender = std::move(sender);
    m_brevoConfigured = m_brevoSender != nullptr || brevoConfigured();
    updateButtons();
}

void SegmentsPage::sendToBrevo()
{
    if (!m_brevoSender || m_segmentId <= 0)
        return;
    const qint64 id = m_segmentId;
    const QDate today = m_today;
    m_brevo->setEnabled(false);
    m_status->setText(tr("Sending to Brevo…"));
    struct Audience
    {
        QString name;
        SegmentResult result;
    };
    m_worker
        ->run([id, today](QSqlDatabase& db) {
            Audience a;
            const CrmSegments segments(today);
            if (const std::optional<Segment> s = segments.segment(db, id))
                a.name = s->name;
            a.result = segments.members(db, id, ConsentChannel::Email);
            return a;
        })
        .then(this, [this](const Audience& a) {
            const auto finish = [this](bool ok, const QString& text) {
                m_status->setText(text);
                updateButtons();
                Q_EMIT brevoSent(ok, text);
            };
            if (!a.result.ok || a.name.isEmpty() || !m_brevoSender) {
                finish(false,
                       a.result.error.isEmpty() ? tr("The segment could not be read.") : a.result.error);
                return;
            }
            QStringList emails;
            for (const SegmentMember& m : a.result.members)
                emails << m.email;
            const qint64 left = a.result.excludedConsent + a.result.excludedContact;
            QPointer<SegmentsPage> self(this);
            m_brevoSender(a.name, emails, [self, finish, left](bool ok, const QString& text) {
                if (!self)
                    return;
                finish(ok, ok && left > 0
                               ? text + QLatin1Char(' ') +
                                     tr("%n guest(s) left out: no e-mail consent or no valid address.",
                                        nullptr, int(left))
                               : text);
            });
        });
}

void SegmentsPage::updateButtons()
{
    m_delete->setEnabled(m_segmentId > 0);
    m_remove->setEnabled(!m_rules.isEmpty());
    if (!m_brevoConfigured) {
        m_brevo->setEnabled(false);
        m_brevo->setToolTip(tr("No Brevo connection is configured: add one in Settings."));
    } else if (m_segmentId <= 0 || m_dirty) {
        m_brevo->setEnabled(false);
        m_brevo->setToolTip(tr("Save the segment first."));
    } else {
        m_brevo->setEnabled(true);
        m_brevo->setToolTip(tr("Sends the guests who agreed to the chosen channel as a Brevo list."));
    }
}

// ------------------------------------------------------------- keyboard

bool SegmentsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (watched == m_kind || watched == m_value || watched == m_value->lineEdit())) {
            addRule();
            return true;
        }
        if (watched == m_ruleList && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            removeRule();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SegmentsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SegmentsPage::retranslateUi()
{
    m_new->setText(tr("New"));
    m_delete->setText(tr("Delete…"));
    m_name->setPlaceholderText(tr("Segment name, e.g. Regulars to win back"));
    m_save->setText(tr("Save"));
    m_segmentsHint->setText(tr("No saved segment yet. Add rules on the right, name the segment and choose "
                               "Save: it will be listed here, counted again each time you open it."));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, CrmSegments::kindLabel(SegmentRule::Kind(m_kind->itemData(i).toInt())));
    m_kind->setToolTip(tr("Choose a rule, type its value, Enter adds it."));
    m_orGroup->setText(tr("or"));
    m_orGroup->setToolTip(tr("Starts another group: a guest is in the segment when one group holds."));
    m_add->setText(tr("Add rule"));
    m_remove->setText(tr("Remove"));
    m_ruleList->setToolTip(tr("Del removes the selected rule."));
    m_members->setHorizontalHeaderLabels(
        {tr("Guest"), tr("Contact"), tr("Visits"), tr("Last visit"), tr("Spend"), tr("RFM class")});
    m_channel->setItemText(0, tr("E-mail"));
    m_channel->setItemText(1, tr("SMS"));
    m_channel->setToolTip(tr("Only the guests who agreed to this channel are exported."));
    m_export->setText(tr("Export CSV…"));
    m_brevo->setText(tr("Send to Brevo"));
    rulesChanged();
    updateButtons();
}

} // namespace Moulin
