#include "suppliers/ui/supplieroverviewpage.h"

#include "suppliers/ui/supplierformat.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Moulin {

namespace {

QLabel* line(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

/// The colour and the words of a connection's state.
std::pair<QColor, QString> stateLook(const QString& state, bool syncing, bool running)
{
    if (syncing || state == QLatin1String("syncing"))
        return {QColor(0x1f, 0x6f, 0xc5), SupplierOverviewPage::tr("Synchronising…")};
    if (state == QLatin1String("online") || state == QLatin1String("ok"))
        return {QColor(0x2e, 0x8b, 0x3e), SupplierOverviewPage::tr("Connected")};
    if (state == QLatin1String("degraded") || state == QLatin1String("error"))
        return {QColor(0xc7, 0x7c, 0x02), SupplierOverviewPage::tr("Last sync failed, retrying")};
    if (state == QLatin1String("offline"))
        return {QColor(0xb0, 0x1e, 0x1e), SupplierOverviewPage::tr("Offline")};
    if (!running)
        return {QColor(0x80, 0x80, 0x80), SupplierOverviewPage::tr("Not connected (stored catalogue)")};
    return {QColor(0x80, 0x80, 0x80), SupplierOverviewPage::tr("Waiting for the first sync")};
}

} // namespace

SupplierOverviewPage::SupplierOverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_intro(new QLabel)
    , m_waiting(new QLabel)
    , m_cardsHost(new QWidget)
    , m_grid(new QGridLayout(m_cardsHost))
{
    m_intro->setWordWrap(true);
    m_intro->setStyleSheet(QStringLiteral("color: #5f6670;"));
    m_waiting->setObjectName(QStringLiteral("suppliersWaiting"));
    m_waiting->setAlignment(Qt::AlignCenter);
    m_waiting->setWordWrap(true);
    m_grid->setSpacing(12);
    m_grid->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget;
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_cardsHost);
    innerLayout->addWidget(m_waiting);
    innerLayout->addStretch(1);
    scroll->setWidget(inner);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &SupplierOverviewPage::tick);
    m_timer.start();
    rebuild();
}

QDateTime SupplierOverviewPage::now() const
{
    return (m_now ? m_now() : QDateTime::currentDateTime()).toLocalTime();
}

void SupplierOverviewPage::setSnapshot(std::shared_ptr<const SuppliersSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    rebuild();
}

void SupplierOverviewPage::setConnections(const QList<SupplierConnection>& connections)
{
    if (connections == m_connections)
        return;
    m_connections = connections;
    rebuild();
}

void SupplierOverviewPage::rebuild()
{
    for (const Card& card : std::as_const(m_cards))
        delete card.frame;
    m_cards.clear();
    const QList<SupplierSummary> suppliers = m_snapshot ? m_snapshot->suppliers : QList<SupplierSummary>{};
    const int columns = 3;
    for (int i = 0; i < int(suppliers.size()); ++i) {
        Card card;
        card.supplierId = suppliers.at(i).supplier.id;
        auto* frame = new QFrame(m_cardsHost);
        frame->setObjectName(QStringLiteral("supplierCard"));
        frame->setProperty("supplierId", card.supplierId);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setStyleSheet(
            QStringLiteral("QFrame#supplierCard { background: palette(base); border: 1px solid "
                           "palette(midlight); border-radius: 6px; }"));
        frame->setMinimumWidth(340);
        card.frame = frame;
        auto* v = new QVBoxLayout(frame);
        v->setSpacing(4);
        v->setContentsMargins(14, 12, 14, 12);
        auto* head = new QHBoxLayout;
        card.name = line(frame, "supplierName");
        QFont bold = card.name->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.15);
        card.name->setFont(bold);
        card.profile = line(frame, "supplierProfile");
        card.profile->setWordWrap(false);
        card.profile->setStyleSheet(
            QStringLiteral("background: palette(window); border-radius: 4px; padding: 1px "
                           "6px; color: palette(text);"));
        head->addWidget(card.name, 1);
        head->addWidget(card.profile, 0, Qt::AlignTop);
        v->addLayout(head);
        card.state = line(frame, "supplierState");
        v->addWidget(card.state);
        v->addSpacing(4);
        card.days = line(frame, "supplierDays");
        card.next = line(frame, "supplierNextDelivery");
        card.cutoff = line(frame, "supplierCutoff");
        card.terms = line(frame, "supplierTerms");
        for (QLabel* l : {card.days, card.next, card.cutoff, card.terms})
            v->addWidget(l);
        v->addSpacing(4);
        auto* foot = new QHBoxLayout;
        card.products = line(frame, "supplierProducts");
        card.alerts = line(frame, "supplierAlerts");
        foot->addWidget(card.products);
        foot->addStretch(1);
        foot->addWidget(card.alerts);
        v->addLayout(foot);
        v->addStretch(1);
        const QString id = card.supplierId;
        connect(card.alerts, &QLabel::linkActivated, this, [this, id] { Q_EMIT alertsRequested(id); });
        connect(card.products, &QLabel::linkActivated, this, [this, id] { Q_EMIT catalogueRequested(id); });
        fillCard(card, suppliers.at(i));
        m_grid->addWidget(frame, i / columns, i % columns);
        m_cards.append(card);
    }
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
    m_cardsHost->setVisible(!m_cards.isEmpty());
    m_waiting->setVisible(m_cards.isEmpty());
    changeEvent(nullptr);
}

void SupplierOverviewPage::fillCard(Card& card, const SupplierSummary& summary)
{
    const Supplier& s = summary.supplier;
    card.name->setText(s.name);
    card.profile->setText(SupplierFormat::profile(s.profileId));
    bool syncing = false;
    bool running = false;
    for (const SupplierConnection& c : std::as_const(m_connections)) {
        if (c.connectorId == summary.connector) {
            running = true;
            syncing = c.syncing;
        }
    }
    const auto [colour, words] = stateLook(summary.state, syncing, running);
    card.state->setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(colour.name(), words.toHtmlEscaped()));
    QStringList tip;
    if (summary.lastSuccessAt.isValid())
        tip << tr("Last successful sync: %1")
                   .arg(QLocale().toString(summary.lastSuccessAt.toLocalTime(), QLocale::ShortFormat));
    if (!summary.lastError.isEmpty())
        tip << tr("Last error: %1").arg(summary.lastError);
    card.state->setToolTip(tip.join(u'\n'));
    card.days->setText(s.deliveryDays.isEmpty()
                           ? tr("No delivery day")
                           : tr("Delivers: %1").arg(SupplierFormat::days(s.deliveryDays)));
    if (s.franco.isZero() && s.deliveryFee.isZero())
        card.terms->setText(tr("No minimum order, delivery free"));
    else if (s.deliveryFee.isZero())
        card.terms->setText(
            tr("Minimum order %1 excl. VAT, delivery free").arg(SupplierFormat::money(s.franco)));
    else
        card.terms->setText(tr("Free delivery from %1 excl. VAT, else %2")
                                .arg(SupplierFormat::money(s.franco), SupplierFormat::money(s.deliveryFee)));
    card.products->setText(QStringLiteral("<a href=\"catalogue\">%1</a>")
                               .arg(tr("%Ln product(s)", nullptr, int(summary.products)).toHtmlEscaped()));
    if (summary.alerts > 0)
        card.alerts->setText(QStringLiteral("<a href=\"alerts\" style=\"color:#b01e1e\">%1</a>")
                                 .arg(tr("%n price alert(s)", nullptr, summary.alerts).toHtmlEscaped()));
    else
        card.alerts->setText(tr("No price alert"));
    fillTimes(card, s);
}

void SupplierOverviewPage::fillTimes(Card& card, const Supplier& s)
{
    const QDateTime at = now();
    const QDate next = s.nextDelivery(at);
    if (!next.isValid()) {
        card.next->setText(tr("No delivery planned"));
        card.cutoff->clear();
        return;
    }
    card.next->setText(tr("Next delivery: <b>%1</b>").arg(SupplierFormat::day(next).toHtmlEscaped()));
    const QDateTime cutoff = s.cutoffFor(next);
    const qint64 left = at.secsTo(cutoff);
    QString colour = QStringLiteral("palette(text)");
    if (left < 3600)
        colour = QStringLiteral("#b01e1e");
    else if (left < 4 * 3600)
        colour = QStringLiteral("#b35c00");
    card.cutoff->setText(
        QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(colour, tr("Order before %1 — in %2")
                             .arg(SupplierFormat::moment(cutoff, at), SupplierFormat::duration(left))
                             .toHtmlEscaped()));
}

void SupplierOverviewPage::tick()
{
    if (!m_snapshot)
        return;
    for (Card& card : m_cards) {
        if (const SupplierSummary* s = m_snapshot->summary(card.supplierId))
            fillTimes(card, s->supplier);
    }
}

QString SupplierOverviewPage::cardText(const QString& supplierId) const
{
    for (const Card& card : m_cards) {
        if (card.supplierId != supplierId)
            continue;
        QStringList lines;
        for (QLabel* l : {card.name, card.profile, card.state, card.days, card.next, card.cutoff, card.terms,
                          card.products, card.alerts}) {
            QTextDocument doc;
            doc.setHtml(l->text());
            lines << doc.toPlainText();
        }
        return lines.join(u'\n');
    }
    return {};
}

QString SupplierOverviewPage::cutoffText(const QString& supplierId) const
{
    for (const Card& card : m_cards) {
        if (card.supplierId == supplierId) {
            QTextDocument doc;
            doc.setHtml(card.cutoff->text());
            return doc.toPlainText();
        }
    }
    return {};
}

void SupplierOverviewPage::changeEvent(QEvent* event)
{
    if (event && event->type() == QEvent::LanguageChange && m_snapshot) {
        for (Card& card : m_cards)
            if (const SupplierSummary* s = m_snapshot->summary(card.supplierId))
                fillCard(card, *s);
    }
    m_intro->setText(
        tr("Your suppliers, their delivery days and the next order cut-off. Catalogues and prices "
           "are in Catalogue."));
    m_waiting->setText(
        m_connections.isEmpty()
            ? tr("No supplier stored yet.")
            : tr("The suppliers' catalogues are being synchronised; they appear here as they arrive."));
    if (event)
        QWidget::changeEvent(event);
}

} // namespace Moulin
