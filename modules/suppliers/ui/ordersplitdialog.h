#pragma once

#include "suppliers/core/ordersplit.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Moulin {

/// « Répartir au meilleur prix » : the cheapest split of some demand lines
/// across the suppliers (suppliers/core/ordersplit.h). Each line's supplier,
/// price, packs and amount; per order (supplier, delivery day) its subtotal,
/// fee and franco; the total and the saving against everything from the
/// usual supplier; what cannot be had, in words. The selected line can be
/// pinned to a supplier (« Fournisseur de la ligne », Alt+F, under the
/// table; ↑/↓ in the table choose the line) and the split is worked out
/// again on a pool thread — the dialog stays usable, a busy bar shows. A
/// line's product can be linked by hand to another supplier's (« Lier à un
/// autre produit… »: search, Enter; « Défaire ses liens » takes it out).
/// « Appliquer » writes one order draft per supplier and
/// day through OrderDraftStore (and removes the drafts the lines came from,
/// setReplacedDrafts()), then emits applied().
///
///     auto* dialog = new OrderSplitDialog(demands, this);
///     dialog->setReplacedDrafts({draftId});
///     connect(dialog, &OrderSplitDialog::applied, this, [](const QList<qint64>& drafts) { … });
///     dialog->setAttribute(Qt::WA_DeleteOnClose);
///     dialog->open();
class OrderSplitDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OrderSplitDialog(QList<SplitDemand> demands, QWidget* parent = nullptr);
    ~OrderSplitDialog() override;

    /// The drafts the demand came from: removed once the split is applied
    /// (then every line must have a supplier, so nothing typed is lost).
    void setReplacedDrafts(QList<qint64> draftIds);
    /// The clock (tests); default: the current local time.
    void setClock(std::function<QDateTime()> now);

    /// Pins line `row` to `supplierId` (empty: the cheapest) and works the
    /// split out again.
    void pin(int row, const QString& supplierId);
    /// Reads the catalogue again (after a link) and works the split out.
    void reload();

    bool isBusy() const;
    const SplitPlan& plan() const { return m_plan; }
    QTableWidget* linesTable() const { return m_lines; }
    QComboBox* pinBox() const { return m_pinBox; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* linkButton() const { return m_link; }
    QString summaryText() const;
    QString problemsText() const;

Q_SIGNALS:
    /// A split is shown (after each solve).
    void solved();
    /// The drafts written by « Appliquer ».
    void applied(const QList<qint64>& draftIds);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum Column
    {
        ColProduct,
        ColNeed,
        ColSupplier,
        ColDelivery,
        ColOrdered,
        ColPrice,
        ColAmount,
        ColUsual,
        ColumnCount
    };

    struct Result
    {
        SplitProblem problem;
        SplitPlan plan;
    };

    void retranslateUi();
    void run();
    void finished();
    void refresh();
    void refreshPinBox();
    void applySplit();
    void linkProduct();
    QString supplierName(const QString& id) const;

    QList<SplitDemand> m_demands;
    QStringList m_pins;
    QList<qint64> m_replaced;
    std::function<QDateTime()> m_now;
    std::optional<SplitProblem> m_problem;
    SplitPlan m_plan;
    bool m_hasPlan = false;
    bool m_started = false;
    bool m_again = false;
    bool m_filling = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Result>* m_watcher;

    QLabel* m_intro;
    QProgressBar* m_busy;
    QTableWidget* m_lines;
    QLabel* m_pinLabel;
    QComboBox* m_pinBox;
    QPushButton* m_link;
    QLabel* m_orders;
    QLabel* m_summary;
    QLabel* m_problems;
    QPushButton* m_apply;
    QPushButton* m_close;
};

} // namespace Moulin
