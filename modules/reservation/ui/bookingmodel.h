#pragma once

#include "reservation/core/booking.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStyledItemDelegate>

namespace Moulin {

/// The bookings of a day (or of a search) for the host's list: one row per
/// booking, in the order given (BookStore::day: by time).
class BookingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date, ///< shown for search results only
        Time,
        Guest,
        Covers,
        Status,
        Source,
        Notes,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1,
        BookingIdRole,
        StatusRole,  ///< int(BookingStatus)
        ChannelRole, ///< the channel id
        DuplicateRole,
        AllergiesRole,
        RequestsRole,
        NewRole, ///< arrived live and not looked at yet
    };

    explicit BookingTableModel(QObject* parent = nullptr);

    void setBookings(const QList<Booking>& bookings);
    const QList<Booking>& bookings() const { return m_bookings; }
    /// The row of booking `id`, -1 when not listed.
    int rowOf(qint64 id) const;
    const Booking* bookingAt(int row) const;
    /// Bookings that arrived live: drawn highlighted until looked at.
    void setNewIds(const QSet<qint64>& ids);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A guest without a name ("Sans nom").
    static QString guestName(const Booking& booking);

private:
    QList<Booking> m_bookings;
    QSet<qint64> m_new;
};

/// Draws the list the way the host reads it at a glance: the status as a
/// coloured chip, the source as a badge, the allergies in bold red with a
/// warning sign before the requests, a "probable duplicate" chip after the
/// guest's name.
class BookingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit BookingDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The chips' horizontal padding, each side.
    static constexpr int kChipPadding = 8;
    /// The font of the chips in a cell of `cellFont`.
    static QFont chipFont(const QFont& cellFont);
    /// The width of the chip of `text` in `font` (chipFont()).
    static int chipWidth(const QString& text, const QFont& font);
    /// A rounded chip of `text` at `rect`'s left, vertically centred (elided
    /// only when `rect` is narrower than it); returns its width.
    static int paintChip(QPainter* painter, const QRect& rect, const QString& text, const QColor& background,
                         const QColor& foreground, const QFont& font);
};

} // namespace Moulin
