#pragma once

// The loyalty rules, a page of the Clients tab: every N visits (10 by
// default), a lifetime spend in euros, the birthday (the week before it).
// Add one, change the selected one's threshold, activate or deactivate it.
// A reward is granted once per guest and milestone (CrmStore): a rule added,
// changed or activated is applied at once to every profile off the GUI
// thread (CrmStore::grantRewardsToAll() on the page's DbWorker), and the
// page says how many rewards that granted; then as each profile changes. Keyboard first: the list, then the
// kind, the threshold, Enter adds or saves; Space on a rule turns it on or off. Bad thresholds are refused
// with the reason under the buttons, nothing stored.

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Moulin {

class DbWorker;

class LoyaltyRulesPage : public QWidget
{
    Q_OBJECT

public:
    explicit LoyaltyRulesPage(QWidget* parent = nullptr);
    ~LoyaltyRulesPage() override;

    /// The worker the rewards are granted on (the Clients tab's, after its
    /// profile syncs); null: a worker of the page's own.
    void setWorker(DbWorker* worker);

    /// Reads the rules again (GUI thread, a short read).
    void reload();

    /// Adds a rule from the form; false (the reason shown) when refused.
    bool addRule();
    /// Saves the form into the selected rule.
    bool saveSelected();
    /// Activates or deactivates the selected rule.
    bool toggleSelected();

    /// Cents from "150", "150,50", "1 500,5 €", "150.50" (nullopt: not an
    /// amount of euros above zero with at most two decimals).
    static std::optional<qint64> centsFromText(const QString& text);

Q_SIGNALS:
    /// A rule was stored.
    void rulesChanged();
    /// The rewards due under the rules were granted (`granted` of them;
    /// -1: failed, said in the page).
    void rewardsGranted(int granted);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void showMessage(const QString& text, bool error);
    void fillFormFromSelection();
    void updateForm();
    /// The form as a rule (id 0); nullopt with the reason shown.
    struct Form
    {
        QString kind;
        qint64 threshold = 0;
    };
    std::optional<Form> readForm();
    /// Grants the rewards now due off the GUI thread; `said` is the line
    /// shown meanwhile, completed with how many were granted.
    void grantNow(const QString& said);

    DbWorker* m_worker = nullptr;
    std::unique_ptr<DbWorker> m_ownWorker;
    int m_grantRun = 0;

    QLabel* m_intro;
    QTableWidget* m_rules;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_thresholdLabel;
    QLineEdit* m_threshold;
    QPushButton* m_add;
    QPushButton* m_save;
    QPushButton* m_toggle;
    QLabel* m_message;
};

} // namespace Moulin
