#include "crm/print/guestexportpdf.h"

#include "crm/core/contactkeys.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

namespace Moulin {

namespace {

QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

const QLocale& french()
{
    static const QLocale locale(QLocale::French, QLocale::France);
    return locale;
}

QString money(qint64 cents)
{
    return french().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"));
}

QString when(const QString& isoText)
{
    const QDateTime t = QDateTime::fromString(isoText, Qt::ISODateWithMs);
    if (!t.isValid())
        return isoText;
    return french().toString(t.toTimeZone(QTimeZone("Europe/Paris")), QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString day(const QString& isoDay)
{
    const QDate d = QDate::fromString(isoDay, Qt::ISODate);
    return d.isValid() ? french().toString(d, QStringLiteral("dd/MM/yyyy")) : isoDay;
}

QString quantity(qint64 milli)
{
    return french().toString(double(milli) / 1000.0, 'g', 6);
}

} // namespace

bool GuestExportPdf::write(const QString& path, const QJsonObject& doc, const QString& restaurantName,
                           QString* error)
{
    const QJsonObject profile = doc.value(QStringLiteral("profile")).toObject();
    const QString name = profile.value(QStringLiteral("name")).toString();
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setResolution(72);
    writer.setTitle(tr("Personal data of %1").arg(name));
    writer.setCreator(QStringLiteral("Moulin"));
    QPainter p;
    if (!p.begin(&writer)) {
        if (error)
            *error = tr("Could not write %1.").arg(QFileInfo(path).fileName());
        return false;
    }
    const QColor ink(0x22, 0x22, 0x22), grey(0x66, 0x66, 0x66), rule(0xBB, 0xBB, 0xBB);
    const QRectF area(QPointF(0, 0), QSizeF(p.viewport().size()));
    const double width = area.width();
    const double bottom = area.bottom() - 24;
    int page = 1;
    double y = 0;
    auto footer = [&] {
        p.setFont(font(7));
        p.setPen(grey);
        p.drawText(QRectF(0, area.bottom() - 12, width, 12), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("Personal data of %1 — exported on %2")
                       .arg(name, when(doc.value(QStringLiteral("exportedAt")).toString())));
        p.drawText(QRectF(0, area.bottom() - 12, width, 12), Qt::AlignRight | Qt::AlignVCenter,
                   tr("Page %1").arg(page));
    };
    auto room = [&](double h) {
        if (y + h <= bottom)
            return;
        footer();
        writer.newPage();
        ++page;
        y = 0;
    };
    auto heading = [&](const QString& text) {
        room(40);
        y += 10;
        p.setFont(font(12, true));
        p.setPen(ink);
        p.drawText(QRectF(0, y, width, 18), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += 20;
        p.setPen(QPen(rule, 0.6));
        p.drawLine(QPointF(0, y), QPointF(width, y));
        y += 4;
    };
    // A line of text, wrapped; `indent` for details under an item.
    auto line = [&](const QString& text, double indent = 0, bool bold = false) {
        p.setFont(font(9, bold));
        const QRectF need =
            p.boundingRect(QRectF(indent, 0, width - indent, 1000), Qt::TextWordWrap | Qt::AlignLeft, text);
        const double h = std::max(need.height(), 12.0) + 2;
        room(h);
        p.setPen(ink);
        p.drawText(QRectF(indent, y, width - indent, h), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                   text);
        y += h;
    };
    auto field = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            line(label + QStringLiteral(" : ") + value);
    };
    auto none = [&](const QJsonArray& rows) {
        if (rows.isEmpty())
            line(tr("None."), 0);
        return rows.isEmpty();
    };
    auto yesNo = [](const QJsonValue& v) {
        if (v.isNull() || v.isUndefined())
            return tr("not told");
        return v.toBool() ? tr("yes") : tr("no");
    };

    // Title.
    p.setPen(grey);
    p.setFont(font(8));
    p.drawText(QRectF(0, y, width, 12), Qt::AlignLeft | Qt::AlignVCenter, restaurantName);
    y += 14;
    p.setPen(ink);
    p.setFont(font(16, true));
    p.drawText(QRectF(0, y, width, 22), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Personal data of %1").arg(name));
    y += 26;
    p.setPen(grey);
    line(tr("Everything this restaurant's Moulin holds about this guest, exported on %1 (GDPR, right of "
            "access).")
             .arg(when(doc.value(QStringLiteral("exportedAt")).toString())));

    heading(tr("Profile"));
    field(tr("Name"), name);
    field(tr("E-mail"), profile.value(QStringLiteral("email")).toString());
    // Stored as E.164, written as the French write it ("06 12 34 56 78").
    const QString phone = profile.value(QStringLiteral("phone")).toString();
    field(tr("Phone"), phone.isEmpty() ? phone : ContactKeys::phone(phone).display);
    field(tr("Language"), profile.value(QStringLiteral("language")).toString());
    field(tr("Allergies"), profile.value(QStringLiteral("allergies")).toString());
    field(tr("Birthday"), profile.value(QStringLiteral("birthday")).toString());
    field(tr("Notes"), profile.value(QStringLiteral("notes")).toString());
    field(tr("Tags"), profile.value(QStringLiteral("tags")).toString());
    if (profile.value(QStringLiteral("vip")).toBool())
        line(tr("VIP guest"));
    field(tr("Visits"), QString::number(profile.value(QStringLiteral("visits")).toInt()));
    field(tr("Last visit"), day(profile.value(QStringLiteral("lastVisit")).toString()));
    field(tr("Lifetime spend"), money(profile.value(QStringLiteral("spendCents")).toInteger()));
    field(tr("No-shows"), QString::number(profile.value(QStringLiteral("noShows")).toInt()));
    field(tr("Profile created on"), when(profile.value(QStringLiteral("createdAt")).toString()));

    heading(tr("Consents"));
    const QJsonObject consents = doc.value(QStringLiteral("consents")).toObject();
    for (const auto& [key, label] : {std::pair{QStringLiteral("email"), tr("Marketing e-mails")},
                                     std::pair{QStringLiteral("sms"), tr("Marketing text messages")}}) {
        const QJsonObject c = consents.value(key).toObject();
        QString text = label + QStringLiteral(" : ") + yesNo(c.value(QStringLiteral("given")));
        if (!c.value(QStringLiteral("at")).toString().isEmpty())
            text += QLatin1Char(' ') + tr("(on %1, source %2)")
                                           .arg(when(c.value(QStringLiteral("at")).toString()),
                                                c.value(QStringLiteral("source")).toString());
        line(text);
    }
    for (const QJsonValue& v : consents.value(QStringLiteral("statements")).toArray()) {
        const QJsonObject s = v.toObject();
        line(tr("%1 said %2 for %3 on %4")
                 .arg(s.value(QStringLiteral("source")).toString(), yesNo(s.value(QStringLiteral("given"))),
                      s.value(QStringLiteral("kind")).toString() == QLatin1String("sms") ? tr("text messages")
                                                                                         : tr("e-mails"),
                      when(s.value(QStringLiteral("at")).toString())),
             12);
    }

    heading(tr("Identities (where the data comes from)"));
    const QJsonArray identities = doc.value(QStringLiteral("identities")).toArray();
    if (!none(identities)) {
        for (const QJsonValue& v : identities) {
            const QJsonObject i = v.toObject();
            line(i.value(QStringLiteral("source")).toString() + QStringLiteral(" — ") +
                     i.value(QStringLiteral("name")).toString(),
                 0, true);
            QStringList details;
            for (const char* k : {"email", "phone", "language", "allergies"}) {
                const QString value = i.value(QLatin1String(k)).toString();
                if (!value.isEmpty())
                    details << value;
            }
            if (!details.isEmpty())
                line(details.join(QStringLiteral(" · ")), 12);
        }
    }

    heading(tr("Visits"));
    const QJsonArray visits = doc.value(QStringLiteral("visits")).toArray();
    if (!none(visits)) {
        for (const QJsonValue& v : visits) {
            const QJsonObject o = v.toObject();
            QString text = tr("%1, %2 guests, %3")
                               .arg(when(o.value(QStringLiteral("startsAt")).toString()))
                               .arg(o.value(QStringLiteral("partySize")).toInt())
                               .arg(o.value(QStringLiteral("channel")).toString());
            if (!o.value(QStringLiteral("table")).toString().isEmpty())
                text +=
                    QStringLiteral(", ") + tr("table %1").arg(o.value(QStringLiteral("table")).toString());
            const QString status = o.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("honoured"))
                text += QStringLiteral(", ") + tr("came");
            else if (status == QLatin1String("no_show"))
                text += QStringLiteral(", ") + tr("did not come");
            else if (status == QLatin1String("cancelled"))
                text += QStringLiteral(", ") + tr("cancelled");
            else if (status == QLatin1String("late_cancellation"))
                text += QStringLiteral(", ") + tr("cancelled late");
            else
                text += QStringLiteral(", ") + tr("booked");
            if (o.value(QStringLiteral("spendCents")).toInteger() > 0)
                text += QStringLiteral(", ") + money(o.value(QStringLiteral("spendCents")).toInteger());
            line(text);
        }
    }

    heading(tr("Bookings as the book holds them"));
    const QJsonArray bookings = doc.value(QStringLiteral("bookings")).toArray();
    if (!none(bookings)) {
        for (const QJsonValue& v : bookings) {
            const QJsonObject o = v.toObject();
            line(tr("%1 — %2, %3 guests (%4 %5)")
                     .arg(when(o.value(QStringLiteral("startsAt")).toString()),
                          o.value(QStringLiteral("guestName")).toString())
                     .arg(o.value(QStringLiteral("partySize")).toInt())
                     .arg(o.value(QStringLiteral("channel")).toString(),
                          o.value(QStringLiteral("bookingId")).toString()),
                 0, true);
            if (!o.value(QStringLiteral("specialRequests")).toString().isEmpty())
                line(tr("Requests: %1").arg(o.value(QStringLiteral("specialRequests")).toString()), 12);
            if (!o.value(QStringLiteral("allergies")).toString().isEmpty())
                line(tr("Allergies: %1").arg(o.value(QStringLiteral("allergies")).toString()), 12);
        }
    }
    for (const QJsonValue& v : doc.value(QStringLiteral("bookGuests")).toArray()) {
        const QJsonObject g = v.toObject();
        line(tr("Guest record at %1: %2")
                 .arg(g.value(QStringLiteral("channel")).toString(),
                      g.value(QStringLiteral("name")).toString()),
             0, true);
        if (!g.value(QStringLiteral("notes")).toString().isEmpty())
            line(tr("Notes: %1").arg(g.value(QStringLiteral("notes")).toString()), 12);
        if (!g.value(QStringLiteral("dietary")).toString().isEmpty())
            line(tr("Dietary needs: %1").arg(g.value(QStringLiteral("dietary")).toString()), 12);
    }

    heading(tr("Receipts"));
    const QJsonArray receipts = doc.value(QStringLiteral("receipts")).toArray();
    if (!none(receipts)) {
        for (const QJsonValue& v : receipts) {
            const QJsonObject r = v.toObject();
            line(tr("Receipt %1 of %2: %3")
                     .arg(r.value(QStringLiteral("receiptId")).toString(),
                          when(r.value(QStringLiteral("closedAt")).toString()),
                          money(r.value(QStringLiteral("totalCents")).toInteger())),
                 0, true);
            for (const QJsonValue& l : r.value(QStringLiteral("lines")).toArray()) {
                const QJsonObject o = l.toObject();
                line(QStringLiteral("%1 × %2 — %3")
                         .arg(quantity(o.value(QStringLiteral("quantityMilli")).toInteger()),
                              o.value(QStringLiteral("name")).toString(),
                              money(o.value(QStringLiteral("grossCents")).toInteger())),
                     12);
            }
        }
    }

    heading(tr("Loyalty"));
    const QJsonArray rewards = doc.value(QStringLiteral("rewards")).toArray();
    if (!none(rewards)) {
        for (const QJsonValue& v : rewards) {
            const QJsonObject o = v.toObject();
            line(tr("Reward %1 (%2), granted on %3")
                     .arg(o.value(QStringLiteral("milestone")).toString(),
                          o.value(QStringLiteral("state")).toString(),
                          when(o.value(QStringLiteral("grantedAt")).toString())));
        }
    }

    heading(tr("Allergies and diet"));
    const QJsonArray allergies = doc.value(QStringLiteral("allergyStatements")).toArray();
    if (!none(allergies)) {
        for (const QJsonValue& v : allergies) {
            const QJsonObject o = v.toObject();
            const QString item = o.value(QStringLiteral("allergy")).toString();
            const QString at = when(o.value(QStringLiteral("statedAt")).toString());
            const QString statement = o.value(QStringLiteral("statement")).toString();
            line(statement == QLatin1String("add") ? tr("%1 — added by the manager on %2").arg(item, at)
                 : statement == QLatin1String("remove")
                     ? tr("%1 — removed by the manager on %2").arg(item, at)
                     : tr("%1 — stated by %2 on %3")
                           .arg(item, o.value(QStringLiteral("source")).toString(), at));
        }
    }

    heading(tr("Merges of profiles"));
    const QJsonArray merges = doc.value(QStringLiteral("merges")).toArray();
    if (!none(merges)) {
        for (const QJsonValue& v : merges) {
            const QJsonObject o = v.toObject();
            line(tr("Profile %1 merged into %2 on %3 (%4)%5")
                     .arg(o.value(QStringLiteral("absorbedProfile")).toInteger())
                     .arg(o.value(QStringLiteral("keptProfile")).toInteger())
                     .arg(when(o.value(QStringLiteral("at")).toString()),
                          o.value(QStringLiteral("automatic")).toBool() ? tr("automatic")
                                                                        : tr("by the manager"),
                          o.value(QStringLiteral("undoneAt")).isString() ? tr(", undone") : QString()));
        }
    }
    footer();
    if (!p.end()) {
        if (error)
            *error = tr("Could not write %1.").arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}

} // namespace Moulin
