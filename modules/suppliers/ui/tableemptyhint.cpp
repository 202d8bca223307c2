#include "suppliers/ui/tableemptyhint.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace Moulin {

TableEmptyHint* TableEmptyHint::install(QAbstractItemView* view, const QString& objectName)
{
    auto* hint = new TableEmptyHint(view);
    hint->setObjectName(objectName);
    return hint;
}

TableEmptyHint::TableEmptyHint(QAbstractItemView* view)
    : QLabel(view->viewport())
    , m_view(view)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("color: #5f6670;"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel* model = view->model();
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &TableEmptyHint::refresh);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TableEmptyHint::refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TableEmptyHint::refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TableEmptyHint::refresh);
    }
    refresh();
}

bool TableEmptyHint::isShown() const
{
    return !isHidden();
}

void TableEmptyHint::setHint(const QString& text)
{
    setText(text);
    refresh();
}

void TableEmptyHint::refresh()
{
    const QAbstractItemModel* model = m_view->model();
    const bool empty = !model || model->rowCount() == 0;
    setHidden(!empty || text().isEmpty());
    if (!isHidden())
        place();
}

void TableEmptyHint::place()
{
    const QRect area = m_view->viewport()->rect().adjusted(12, 8, -12, -8);
    setGeometry(area.left(), area.top(), area.width(),
                std::min(area.height(), heightForWidth(area.width()) + 24));
}

bool TableEmptyHint::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

} // namespace Moulin
