#include "reservation/ui/bookingmodel.h"

#include "reservation/ui/reservationformat.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Moulin {

namespace {

QString notesText(const Booking& b)
{
    QStringList parts;
    if (!b.allergies.trimmed().isEmpty())
        parts << BookingTableModel::tr("Allergies: %1").arg(b.allergies.trimmed());
    if (!b.specialRequests.trimmed().isEmpty())
        parts << b.specialRequests.trimmed();
    return parts.join(QStringLiteral(" · "));
}

} // namespace

BookingTableModel::BookingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BookingTableModel::setBookings(const QList<Booking>& bookings)
{
    beginResetModel();
    m_bookings = bookings;
    endResetModel();
}

int BookingTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_bookings.size(); ++i) {
        if (m_bookings.at(i).id == id)
            return i;
    }
    return -1;
}

const Booking* BookingTableModel::bookingAt(int row) const
{
    return row >= 0 && row < m_bookings.size() ? &m_bookings.at(row) : nullptr;
}

void BookingTableModel::setNewIds(const QSet<qint64>& ids)
{
    if (ids == m_new)
        return;
    m_new = ids;
    if (!m_bookings.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, NewRole});
}

int BookingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_bookings.size());
}

int BookingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BookingTableModel::guestName(const Booking& booking)
{
    const QString name = booking.guestName.trimmed();
    return name.isEmpty() ? tr("No name") : name;
}

QVariant BookingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_bookings.size())
        return {};
    const Booking& b = m_bookings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return ReservationFormat::shortDay(b.day);
        case Time:
            return b.localTime;
        case Guest:
            return guestName(b);
        case Covers:
            return b.partySize;
        case Status:
            return bookingStatusLabel(b.status);
        case Source:
            return bookingChannelLabel(b.channel);
        case Notes:
            return notesText(b);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Date:
        case Time:
            return QString(b.day.toString(Qt::ISODate) + QLatin1Char(' ') + b.localTime);
        case Guest:
            return guestName(b).toLower();
        case Covers:
            return b.partySize;
        case Status:
            return int(b.status);
        case Source:
            return bookingChannelLabel(b.channel);
        case Notes:
            return QString((b.allergies.isEmpty() ? QStringLiteral("1") : QStringLiteral("0")) +
                           notesText(b));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Guest && b.possibleDuplicate)
            return tr("Probable duplicate: another channel has a booking for the same guest and service. "
                      "Check it from the banner above the list.");
        if (index.column() == Notes)
            return notesText(b);
        if (index.column() == Guest && !b.guestPhone.isEmpty())
            return b.guestPhone;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Covers)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (ReservationFormat::isMuted(b.status))
            return ReservationFormat::mutedText();
        return {};
    case Qt::FontRole:
        if (index.column() == Guest || index.column() == Time || index.column() == Covers) {
            QFont font = QApplication::font();
            font.setWeight(ReservationFormat::isMuted(b.status) ? QFont::Normal : QFont::DemiBold);
            font.setStrikeOut(b.status == BookingStatus::Cancelled || b.status == BookingStatus::Refused);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (m_new.contains(b.id))
            return QColor(0xff, 0xf9, 0xdb);
        return {};
    case BookingIdRole:
        return b.id;
    case StatusRole:
        return int(b.status);
    case ChannelRole:
        return b.channel;
    case DuplicateRole:
        return b.possibleDuplicate;
    case AllergiesRole:
        return b.allergies.trimmed();
    case RequestsRole:
        return b.specialRequests.trimmed();
    case NewRole:
        return m_new.contains(b.id);
    case Qt::AccessibleTextRole:
        if (index.column() == Guest && b.possibleDuplicate)
            return QString(guestName(b) + QStringLiteral(", ") + tr("probable duplicate"));
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant BookingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == Covers ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Guest:
        return tr("Guest");
    case Covers:
        return tr("Covers");
    case Status:
        return tr("Status");
    case Source:
        return tr("Source");
    case Notes:
        return tr("Requests and allergies");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------

BookingDelegate::BookingDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QFont BookingDelegate::chipFont(const QFont& cellFont)
{
    QFont small = cellFont;
    small.setPointSizeF(cellFont.pointSizeF() * 0.92);
    small.setWeight(QFont::DemiBold);
    return small;
}

int BookingDelegate::chipWidth(const QString& text, const QFont& font)
{
    // A pixel of slack against rounding of the advance.
    return QFontMetrics(font).horizontalAdvance(text) + 2 * kChipPadding + 2;
}

int BookingDelegate::paintChip(QPainter* painter, const QRect& rect, const QString& text,
                               const QColor& background, const QColor& foreground, const QFont& font)
{
    const QFontMetrics fm(font);
    const int height = std::min(rect.height() - 6, fm.height() + 6);
    const int full = chipWidth(text, font);
    const int width = std::min(rect.width(), full);
    if (width <= 2 * kChipPadding)
        return 0;
    const QRect chip(rect.left(), rect.top() + (rect.height() - height) / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
    painter->setPen(foreground);
    painter->setFont(font);
    // Elided only when the cell is narrower than the chip: elidedText() may
    // cut a text measured to fit exactly (sub-pixel advances).
    painter->drawText(chip, Qt::AlignCenter,
                      width < full ? fm.elidedText(text, Qt::ElideRight, chip.width() - 2 * kChipPadding)
                                   : text);
    painter->restore();
    return width;
}

void BookingDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    const int column = index.column();
    if (column != BookingTableModel::Status && column != BookingTableModel::Source &&
        column != BookingTableModel::Guest && column != BookingTableModel::Notes) {
        QStyleOptionViewItem opt = option;
        opt.state &= ~QStyle::State_HasFocus; // the row is selected, not a cell
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    // The background (selection, alternate rows, new rows) as usual, then
    // the cell's own drawing.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.state &= ~QStyle::State_HasFocus; // the row is selected, not a cell
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect rect = option.rect.adjusted(8, 0, -8, 0);
    const bool muted = ReservationFormat::isMuted(
        static_cast<BookingStatus>(index.data(BookingTableModel::StatusRole).toInt()));
    QFont font = option.font;
    const QFont small = chipFont(font);

    switch (column) {
    case BookingTableModel::Status: {
        const auto status = static_cast<BookingStatus>(index.data(BookingTableModel::StatusRole).toInt());
        const ChipColors c = ReservationFormat::statusColors(status);
        paintChip(painter, rect, index.data().toString(), c.background, c.text, small);
        break;
    }
    case BookingTableModel::Source: {
        const ChipColors c =
            ReservationFormat::channelColors(index.data(BookingTableModel::ChannelRole).toString());
        paintChip(painter, rect, index.data().toString(), muted ? QColor(0xf1, 0xf3, 0xf5) : c.background,
                  muted ? ReservationFormat::mutedText() : c.text, small);
        break;
    }
    case BookingTableModel::Guest: {
        const QVariant f = index.data(Qt::FontRole);
        if (f.isValid())
            font = f.value<QFont>();
        const QFontMetrics fm(font);
        const bool duplicate = index.data(BookingTableModel::DuplicateRole).toBool();
        // Short: the name comes first (the tooltip and the details explain).
        const QString chipText = duplicate ? BookingTableModel::tr("duplicate?") : QString();
        const int chipSpace = duplicate ? chipWidth(chipText, small) + 8 : 0; // chip + gap
        const QString name =
            fm.elidedText(index.data().toString(), Qt::ElideRight, std::max(0, rect.width() - chipSpace));
        painter->save();
        painter->setFont(font);
        const QVariant fg = index.data(Qt::ForegroundRole);
        painter->setPen(fg.isValid() ? fg.value<QColor>() : option.palette.color(QPalette::Text));
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, name);
        painter->restore();
        if (duplicate) {
            QRect chipRect = rect;
            chipRect.setLeft(rect.left() + fm.horizontalAdvance(name) + 8);
            paintChip(painter, chipRect, chipText, QColor(0xff, 0xf0, 0xc2), QColor(0x7a, 0x4f, 0x00), small);
        }
        break;
    }
    case BookingTableModel::Notes: {
        const QString allergies = index.data(BookingTableModel::AllergiesRole).toString();
        const QString requests = index.data(BookingTableModel::RequestsRole).toString();
        painter->save();
        int x = rect.left();
        if (!allergies.isEmpty()) {
            QFont bold = font;
            bold.setWeight(QFont::Bold);
            const QFontMetrics bm(bold);
            const QString text =
                bm.elidedText(QStringLiteral("⚠ ") + allergies, Qt::ElideRight, rect.width());
            painter->setFont(bold);
            painter->setPen(muted ? ReservationFormat::mutedText() : ReservationFormat::allergy());
            painter->drawText(QRect(x, rect.top(), rect.width(), rect.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, text);
            x += bm.horizontalAdvance(text) + 10;
        }
        if (!requests.isEmpty() && x < rect.right() - 20) {
            const QFontMetrics fm(font);
            const int width = rect.right() - x;
            painter->setFont(font);
            painter->setPen(muted ? ReservationFormat::mutedText() : option.palette.color(QPalette::Text));
            painter->drawText(QRect(x, rect.top(), width, rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                              fm.elidedText(requests, Qt::ElideRight, width));
        }
        painter->restore();
        break;
    }
    default:
        break;
    }
}

QSize BookingDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    size.setHeight(std::max(size.height(), fm.height() + 14));
    if (index.column() == BookingTableModel::Status || index.column() == BookingTableModel::Source)
        size.setWidth(chipWidth(index.data().toString(), chipFont(option.font)) + 16);
    else if (index.column() == BookingTableModel::Guest &&
             index.data(BookingTableModel::DuplicateRole).toBool())
        size.setWidth(size.width() + chipWidth(BookingTableModel::tr("duplicate?"), chipFont(option.font)) +
                      8);
    else if (index.column() == BookingTableModel::Notes &&
             !index.data(BookingTableModel::AllergiesRole).toString().isEmpty())
        size.setWidth(size.width() + 24);
    return size;
}

} // namespace Moulin
