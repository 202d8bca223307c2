#pragma once

// The loyalty rules, a page of the Clients tab: every N visits (10 by
// default), a lifetime spend in euros, the birthday (the week before it).
// Add one, change the selected one's threshold, activate or deactivate it.
// A reward is granted once per guest and milestone (CrmStore), as a guest's
// profile changes. Keyboard first: the list, then the kind, the threshold,
// Enter adds or saves; Space on a rule turns it on or off. Bad thresholds
// are refused with the reason under the buttons, nothing stored.

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Moulin {

class LoyaltyRulesPage : public QWidget
{
    Q_OBJECT

public:
    explicit LoyaltyRulesPage(QWidget* parent = nullptr);

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
