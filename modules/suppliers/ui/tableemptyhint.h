#pragma once

#include <QLabel>

class QAbstractItemView;

namespace Moulin {

/// A quiet sentence centred in a table's viewport while its model has no
/// row ("No response received for this order."), so an empty table says why
/// it is empty instead of showing a blank box. Follows the model by itself.
class TableEmptyHint : public QLabel
{
    Q_OBJECT

public:
    /// Installs the hint on `view` (which owns it); `objectName` for tests.
    static TableEmptyHint* install(QAbstractItemView* view, const QString& objectName);

    /// The sentence shown while the table is empty (empty: nothing shown).
    void setHint(const QString& text);

    /// Whether the hint is up (the model is empty and the text is set).
    bool isShown() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit TableEmptyHint(QAbstractItemView* view);
    void refresh();
    void place();

    QAbstractItemView* m_view;
};

} // namespace Moulin
