#include "crm/ui/loyaltyrulespage.h"

#include "common/core/database.h"
#include "common/core/dbworker.h"
#include "crm/core/crmstore.h"

#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Moulin {

namespace {

constexpr int kMaxVisits = 1000;
constexpr qint64 kMaxSpendCents = qint64(1'000'000) * 100;

QString euros(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"));
}

QString describe(const CrmLoyaltyRule& rule)
{
    if (rule.kind == QLatin1String("visits"))
        return LoyaltyRulesPage::tr("Every %1 visits").arg(rule.threshold);
    if (rule.kind == QLatin1String("spend"))
        return LoyaltyRulesPage::tr("%1 spent in all").arg(euros(rule.threshold));
    return LoyaltyRulesPage::tr("Birthday (the week before)");
}

} // namespace

LoyaltyRulesPage::LoyaltyRulesPage(QWidget* parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_rules(new QTableWidget(0, 2, this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_thresholdLabel(new QLabel(this))
    , m_threshold(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_toggle(new QPushButton(this))
    , m_message(new QLabel(this))
{
    m_rules->setObjectName(QStringLiteral("loyaltyRules"));
    m_kind->setObjectName(QStringLiteral("loyaltyKind"));
    m_threshold->setObjectName(QStringLiteral("loyaltyThreshold"));
    m_add->setObjectName(QStringLiteral("addRuleButton"));
    m_save->setObjectName(QStringLiteral("saveRuleButton"));
    m_toggle->setObjectName(QStringLiteral("toggleRuleButton"));
    m_message->setObjectName(QStringLiteral("loyaltyMessage"));

    m_intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->horizontalHeader()->setStretchLastSection(false);
    m_rules->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rules->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rules->verticalHeader()->hide();
    m_rules->installEventFilter(this);
    m_kindLabel->setBuddy(m_kind);
    m_thresholdLabel->setBuddy(m_threshold);
    m_kind->addItem(QString(), QStringLiteral("visits"));
    m_kind->addItem(QString(), QStringLiteral("spend"));
    m_kind->addItem(QString(), QStringLiteral("birthday"));
    m_threshold->setText(QStringLiteral("10"));
    m_threshold->setMaxLength(16);
    m_threshold->setMaximumWidth(
        m_threshold->fontMetrics().horizontalAdvance(QStringLiteral("000 000,00 €")) + 24);

    auto* form = new QHBoxLayout;
    form->addWidget(m_kindLabel);
    form->addWidget(m_kind);
    form->addSpacing(12);
    form->addWidget(m_thresholdLabel);
    form->addWidget(m_threshold);
    form->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_toggle);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_rules, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // A new kind: its usual threshold.
        const QString kind = m_kind->currentData().toString();
        m_threshold->setText(kind == QLatin1String("visits")  ? QStringLiteral("10")
                             : kind == QLatin1String("spend") ? QLocale().toString(500)
                                                              : QString());
        updateForm();
    });
    connect(m_rules, &QTableWidget::itemSelectionChanged, this, &LoyaltyRulesPage::fillFormFromSelection);
    connect(m_add, &QPushButton::clicked, this, &LoyaltyRulesPage::addRule);
    connect(m_save, &QPushButton::clicked, this, &LoyaltyRulesPage::saveSelected);
    connect(m_toggle, &QPushButton::clicked, this, &LoyaltyRulesPage::toggleSelected);
    connect(m_threshold, &QLineEdit::returnPressed, this, [this] {
        if (!m_rules->selectedItems().isEmpty())
            saveSelected();
        else
            addRule();
    });
    retranslateUi();
    updateForm();
}

LoyaltyRulesPage::~LoyaltyRulesPage() = default;

void LoyaltyRulesPage::setWorker(DbWorker* worker)
{
    m_worker = worker;
}

void LoyaltyRulesPage::grantNow(const QString& said)
{
    showMessage(said + QLatin1Char(' ') + tr("Granting the rewards now due…"), false);
    if (!m_worker && !m_ownWorker)
        m_ownWorker = std::make_unique<DbWorker>();
    DbWorker* worker = m_worker ? m_worker : m_ownWorker.get();
    const int run = ++m_grantRun;
    worker
        ->run([](QSqlDatabase& db) {
            QString error;
            const std::optional<int> granted = CrmStore().grantRewardsToAll(db, &error);
            return std::pair<int, QString>(granted.value_or(-1), error);
        })
        .then(this, [this, run, said](const std::pair<int, QString>& result) {
            // A later save says its own count.
            if (run == m_grantRun) {
                if (result.first < 0)
                    showMessage(said + QLatin1Char(' ') +
                                    tr("The rewards could not be granted now (%1): guests will get them as "
                                       "their profiles change.")
                                        .arg(result.second),
                                true);
                else if (result.first == 0)
                    showMessage(said + QLatin1Char(' ') + tr("No new reward was due."), false);
                else
                    showMessage(said + QLatin1Char(' ') +
                                    tr("%n reward(s) granted at once to the guests who had reached it.",
                                       nullptr, result.first),
                                false);
            }
            Q_EMIT rewardsGranted(result.first);
        });
}

std::optional<qint64> LoyaltyRulesPage::centsFromText(const QString& text)
{
    QString t = text;
    t.remove(QStringLiteral("€"));
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00A0}\\x{202F}]"));
    t.remove(spaces);
    static const QRegularExpression amount(QStringLiteral("^(\\d{1,9})(?:[,.](\\d{1,2}))?$"));
    const QRegularExpressionMatch m = amount.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString decimals = m.captured(2);
    while (decimals.size() < 2)
        decimals += QLatin1Char('0');
    const qint64 cents = m.captured(1).toLongLong() * 100 + decimals.toLongLong();
    if (cents <= 0)
        return std::nullopt;
    return cents;
}

void LoyaltyRulesPage::reload()
{
    const qint64 selected = m_rules->currentRow() >= 0 && m_rules->item(m_rules->currentRow(), 0)
                                ? m_rules->item(m_rules->currentRow(), 0)->data(Qt::UserRole).toLongLong()
                                : 0;
    QSqlDatabase db = Database::connection();
    const QList<CrmLoyaltyRule> rules = db.isValid() ? CrmStore().rules(db) : QList<CrmLoyaltyRule>();
    const QSignalBlocker block(m_rules);
    m_rules->setRowCount(int(rules.size()));
    int current = -1;
    for (int row = 0; row < rules.size(); ++row) {
        const CrmLoyaltyRule& r = rules[row];
        auto* item = new QTableWidgetItem(describe(r));
        item->setData(Qt::UserRole, r.id);
        item->setData(Qt::UserRole + 1, r.kind);
        item->setData(Qt::UserRole + 2, r.threshold);
        item->setData(Qt::UserRole + 3, r.active);
        m_rules->setItem(row, 0, item);
        auto* state = new QTableWidgetItem(r.active ? tr("active") : tr("inactive"));
        if (!r.active)
            state->setForeground(QColor(0x80, 0x80, 0x80));
        m_rules->setItem(row, 1, state);
        if (r.id == selected)
            current = row;
    }
    if (current >= 0)
        m_rules->setCurrentCell(current, 0);
    else
        m_rules->clearSelection();
    updateForm();
}

std::optional<LoyaltyRulesPage::Form> LoyaltyRulesPage::readForm()
{
    Form f;
    f.kind = m_kind->currentData().toString();
    const QString text = m_threshold->text().trimmed();
    if (f.kind == QLatin1String("visits")) {
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < 1 || n > kMaxVisits) {
            showMessage(tr("The number of visits must be a whole number from 1 to %1 (not \"%2\").")
                            .arg(QLocale().toString(kMaxVisits), text),
                        true);
            m_threshold->setFocus();
            m_threshold->selectAll();
            return std::nullopt;
        }
        f.threshold = n;
    } else if (f.kind == QLatin1String("spend")) {
        const std::optional<qint64> cents = centsFromText(text);
        if (!cents || *cents > kMaxSpendCents) {
            showMessage(
                tr("The spend threshold must be an amount in euros above zero, e.g. 500 or 499,90 (not "
                   "\"%1\").")
                    .arg(text),
                true);
            m_threshold->setFocus();
            m_threshold->selectAll();
            return std::nullopt;
        }
        f.threshold = *cents;
    }
    return f;
}

bool LoyaltyRulesPage::addRule()
{
    const std::optional<Form> f = readForm();
    if (!f)
        return false;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        const QTableWidgetItem* item = m_rules->item(row, 0);
        if (item && item->data(Qt::UserRole + 1).toString() == f->kind &&
            (f->kind == QLatin1String("birthday") ||
             item->data(Qt::UserRole + 2).toLongLong() == f->threshold)) {
            showMessage(
                tr("This rule exists already (%1): select it to change or reactivate it.").arg(item->text()),
                true);
            return false;
        }
    }
    QSqlDatabase db = Database::connection();
    QString error;
    CrmLoyaltyRule rule;
    rule.kind = f->kind;
    rule.threshold = f->threshold;
    rule.active = true;
    const std::optional<qint64> id = CrmStore().saveRule(db, rule, &error);
    if (!id) {
        showMessage(tr("The rule was not added: %1").arg(error), true);
        return false;
    }
    m_rules->clearSelection();
    m_rules->setCurrentItem(nullptr);
    reload();
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        if (m_rules->item(row, 0)->data(Qt::UserRole).toLongLong() == *id)
            m_rules->setCurrentCell(row, 0);
    }
    Q_EMIT rulesChanged();
    grantNow(tr("Rule added: %1.").arg(describe(rule)));
    return true;
}

bool LoyaltyRulesPage::saveSelected()
{
    const int row = m_rules->currentRow();
    if (row < 0 || !m_rules->item(row, 0)) {
        showMessage(tr("Select a rule first."), true);
        return false;
    }
    const std::optional<Form> f = readForm();
    if (!f)
        return false;
    const QTableWidgetItem* item = m_rules->item(row, 0);
    CrmLoyaltyRule rule;
    rule.id = item->data(Qt::UserRole).toLongLong();
    rule.kind = f->kind;
    rule.threshold = f->threshold;
    rule.active = item->data(Qt::UserRole + 3).toBool();
    QSqlDatabase db = Database::connection();
    QString error;
    if (!CrmStore().saveRule(db, rule, &error)) {
        showMessage(tr("The rule was not saved: %1").arg(error), true);
        return false;
    }
    reload();
    Q_EMIT rulesChanged();
    if (rule.active)
        grantNow(tr("Rule saved: %1.").arg(describe(rule)));
    else
        showMessage(tr("Rule saved: %1.").arg(describe(rule)), false);
    return true;
}

bool LoyaltyRulesPage::toggleSelected()
{
    const int row = m_rules->currentRow();
    if (row < 0 || !m_rules->item(row, 0)) {
        showMessage(tr("Select a rule first."), true);
        return false;
    }
    const QTableWidgetItem* item = m_rules->item(row, 0);
    CrmLoyaltyRule rule;
    rule.id = item->data(Qt::UserRole).toLongLong();
    rule.kind = item->data(Qt::UserRole + 1).toString();
    rule.threshold = item->data(Qt::UserRole + 2).toLongLong();
    rule.active = !item->data(Qt::UserRole + 3).toBool();
    QSqlDatabase db = Database::connection();
    QString error;
    if (!CrmStore().saveRule(db, rule, &error)) {
        showMessage(tr("The rule was not changed: %1").arg(error), true);
        return false;
    }
    reload();
    Q_EMIT rulesChanged();
    if (rule.active)
        grantNow(tr("Rule activated: %1.").arg(describe(rule)));
    else
        showMessage(tr("Rule deactivated: %1. The rewards already granted stay.").arg(describe(rule)), false);
    return true;
}

void LoyaltyRulesPage::fillFormFromSelection()
{
    const int row = m_rules->currentRow();
    if (row >= 0 && m_rules->item(row, 0)) {
        const QTableWidgetItem* item = m_rules->item(row, 0);
        const QString kind = item->data(Qt::UserRole + 1).toString();
        const qint64 threshold = item->data(Qt::UserRole + 2).toLongLong();
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(kind));
        m_threshold->setText(kind == QLatin1String("visits") ? QString::number(threshold)
                             : kind == QLatin1String("spend")
                                 ? QLocale().toString(double(threshold) / 100.0, 'f', threshold % 100 ? 2 : 0)
                                 : QString());
    }
    updateForm();
}

void LoyaltyRulesPage::updateForm()
{
    const QString kind = m_kind->currentData().toString();
    m_threshold->setEnabled(kind != QLatin1String("birthday"));
    m_thresholdLabel->setText(kind == QLatin1String("spend") ? tr("&Threshold (€)")
                                                             : tr("&Threshold (visits)"));
    const int row = m_rules->currentRow();
    const bool selected = row >= 0 && m_rules->item(row, 0) && !m_rules->selectedItems().isEmpty();
    m_save->setEnabled(selected);
    m_toggle->setEnabled(selected);
    m_toggle->setText(selected && m_rules->item(row, 0)->data(Qt::UserRole + 3).toBool() ? tr("&Deactivate")
                                                                                         : tr("Acti&vate"));
}

void LoyaltyRulesPage::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color:#b00020") : QString());
    m_message->setText(text);
}

bool LoyaltyRulesPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_rules && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LoyaltyRulesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void LoyaltyRulesPage::retranslateUi()
{
    m_intro->setText(tr("A guest earns a reward once per milestone: every N visits, a lifetime spend, or the "
                        "week before their birthday. Deactivating a rule grants no new reward; those granted "
                        "stay."));
    m_rules->setHorizontalHeaderLabels({tr("Rule"), tr("State")});
    m_kindLabel->setText(tr("&Kind"));
    m_kind->setItemText(0, tr("Every N visits"));
    m_kind->setItemText(1, tr("Lifetime spend (€)"));
    m_kind->setItemText(2, tr("Birthday"));
    m_add->setText(tr("&Add a rule"));
    m_save->setText(tr("&Save the rule"));
    updateForm();
}

} // namespace Moulin
