#include "monitoring/ui/connectiondetail.h"

#include "common/core/connectorcatalog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QSqlDatabase>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Moulin {

namespace {

const QColor kOk(0x3b, 0x6e, 0xd8);
const QColor kFailed(0xd9, 0x48, 0x3b);
const QColor kLatency(0x6b, 0x72, 0x80);

QString durationText(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    if (ms < 1000)
        return QCoreApplication::translate("Moulin::ConnectionDetail", "%1 ms").arg(ms);
    if (ms < 60'000)
        return QCoreApplication::translate("Moulin::ConnectionDetail", "%1 s")
            .arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return QCoreApplication::translate("Moulin::ConnectionDetail", "%1 min %2 s")
        .arg(ms / 60'000)
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}

/// A round axis maximum for `max` (>= 0).
double niceMax(double max)
{
    if (max <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(max)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= max)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

/// Requests per hour, answered and failed stacked, with the 95th-percentile
/// latency as a line on its own axis.
class ConnectionHistoryChart : public QChartView
{
public:
    explicit ConnectionHistoryChart(QWidget* parent = nullptr)
        : QChartView(parent)
        , m_chart(new QChart)
        , m_bars(new QStackedBarSeries)
        , m_ok(new QBarSet(QString()))
        , m_failed(new QBarSet(QString()))
        , m_latency(new QLineSeries)
        , m_hours(new QBarCategoryAxis)
        , m_counts(new QValueAxis)
        , m_ms(new QValueAxis)
    {
        setObjectName(QStringLiteral("connectionHistoryChart"));
        setRenderHint(QPainter::Antialiasing);
        setMinimumHeight(180);
        m_chart->setBackgroundVisible(false);
        m_chart->setAnimationOptions(QChart::NoAnimation);
        m_chart->setMargins(QMargins(4, 4, 4, 4));
        m_chart->legend()->setAlignment(Qt::AlignTop);
        m_ok->setColor(kOk);
        m_ok->setBorderColor(kOk);
        m_failed->setColor(kFailed);
        m_failed->setBorderColor(kFailed);
        m_bars->append(m_ok);
        m_bars->append(m_failed);
        m_bars->setBarWidth(0.7);
        QPen pen(kLatency);
        pen.setWidthF(1.6);
        m_latency->setPen(pen);
        m_latency->setPointsVisible(true);
        m_chart->addSeries(m_bars);
        m_chart->addSeries(m_latency);
        m_chart->addAxis(m_hours, Qt::AlignBottom);
        m_chart->addAxis(m_counts, Qt::AlignLeft);
        m_chart->addAxis(m_ms, Qt::AlignRight);
        m_bars->attachAxis(m_hours);
        m_bars->attachAxis(m_counts);
        m_latency->attachAxis(m_hours);
        m_latency->attachAxis(m_ms);
        m_counts->setLabelFormat(QStringLiteral("%d"));
        m_ms->setLabelFormat(QStringLiteral("%d ms"));
        for (QAbstractAxis* axis :
             {static_cast<QAbstractAxis*>(m_hours), static_cast<QAbstractAxis*>(m_counts),
              static_cast<QAbstractAxis*>(m_ms)}) {
            QFont font = axis->labelsFont();
            font.setPointSizeF(font.pointSizeF() * 0.85);
            axis->setLabelsFont(font);
            axis->setGridLineColor(QColor(0xe5, 0xe7, 0xeb));
        }
        m_hours->setGridLineVisible(false);
        QFont hourFont = m_hours->labelsFont();
        hourFont.setPointSizeF(hourFont.pointSizeF() * 0.9);
        m_hours->setLabelsFont(hourFont);
        for (QAbstractAxis* axis :
             {static_cast<QAbstractAxis*>(m_hours), static_cast<QAbstractAxis*>(m_counts),
              static_cast<QAbstractAxis*>(m_ms)}) {
            QFont font = axis->titleFont();
            font.setPointSizeF(axis->labelsFont().pointSizeF());
            font.setBold(false);
            axis->setTitleFont(font);
            axis->setTitleBrush(QColor(0x6b, 0x72, 0x80));
        }
        m_ms->setGridLineVisible(false);
        setChart(m_chart);
        retranslate();
    }

    void retranslate()
    {
        m_ok->setLabel(QCoreApplication::translate("Moulin::ConnectionDetail", "Answered"));
        m_failed->setLabel(QCoreApplication::translate("Moulin::ConnectionDetail", "Failed"));
        m_latency->setName(
            QCoreApplication::translate("Moulin::ConnectionDetail", "Latency (95th percentile)"));
        m_ms->setLabelFormat(QCoreApplication::translate("Moulin::ConnectionDetail", "%d ms"));
        m_hours->setTitleText(QCoreApplication::translate("Moulin::ConnectionDetail", "Hour (local time)"));
        m_counts->setTitleText(QCoreApplication::translate("Moulin::ConnectionDetail", "Requests"));
        m_ms->setTitleText(QCoreApplication::translate("Moulin::ConnectionDetail", "Latency"));
        // The hours' labels follow the language ("14 h" in French).
        if (!m_buckets.isEmpty())
            setBuckets(m_buckets);
    }

    /// The latency line and its axis: a polled connection's requests have
    /// one; a push connection's deliveries are not timed (they would read 0 ms).
    void setLatencyShown(bool shown)
    {
        m_latency->setVisible(shown);
        m_ms->setVisible(shown);
        const QList<QLegendMarker*> markers = m_chart->legend()->markers(m_latency);
        for (QLegendMarker* marker : markers)
            marker->setVisible(shown);
    }

    void setBuckets(const QList<MetricsBucket>& buckets)
    {
        m_buckets = buckets;
        QStringList hours;
        QList<qreal> ok, failed;
        QList<QPointF> latency;
        qint64 maxCount = 0, maxMs = 0;
        const QTimeZone local = QTimeZone::systemTimeZone();
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            const MetricsBucket& b = buckets.at(i);
            // The local hour (24 buckets: each hour once, as categories
            // must be distinct), short enough to fit under its bar.
            hours << QCoreApplication::translate("Moulin::ConnectionDetail", "%1h", "an hour of the day")
                         .arg(b.start.toTimeZone(local).time().hour());
            ok << qreal(b.requests - b.failures);
            failed << qreal(b.failures);
            maxCount = std::max(maxCount, b.requests);
            if (b.p95LatencyMs >= 0) {
                latency << QPointF(qreal(i), qreal(b.p95LatencyMs));
                maxMs = std::max(maxMs, b.p95LatencyMs);
            }
        }
        m_hours->clear();
        m_hours->append(hours);
        m_ok->remove(0, m_ok->count());
        m_failed->remove(0, m_failed->count());
        m_ok->append(ok);
        m_failed->append(failed);
        m_latency->replace(latency);
        m_counts->setRange(0, niceMax(double(maxCount)));
        m_counts->setTickCount(5);
        m_ms->setRange(0, niceMax(double(maxMs)));
        m_ms->setTickCount(5);
    }

private:
    QChart* m_chart;
    QStackedBarSeries* m_bars;
    QBarSet* m_ok;
    QBarSet* m_failed;
    QLineSeries* m_latency;
    QBarCategoryAxis* m_hours;
    QValueAxis* m_counts;
    QValueAxis* m_ms;
    QList<MetricsBucket> m_buckets;
};

ConnectionDetail::ConnectionDetail(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_chart(new ConnectionHistoryChart(this))
    , m_chartTitle(new QLabel(this))
    , m_lists(new QTabWidget(this))
    , m_runsView(new QTableView)
    , m_runsModel(new QStandardItemModel(this))
    , m_logPage(new QWidget)
    , m_failuresOnly(new QCheckBox)
    , m_logView(new QTableView)
    , m_logModel(new QStandardItemModel(this))
    , m_webhooksView(new QTableView)
    , m_webhooksModel(new QStandardItemModel(this))
    , m_heldView(new QTableView)
    , m_heldModel(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("connectionDetail"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    m_heading->setFont(headingFont);

    auto* figures = new QGridLayout;
    figures->setHorizontalSpacing(24);
    figures->setVerticalSpacing(0);
    for (int i = 0; i < FigureCount; ++i) {
        m_titles[i] = new QLabel(this);
        m_titles[i]->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
        m_values[i] = new QLabel(this);
        QFont valueFont = m_values[i]->font();
        valueFont.setPointSizeF(valueFont.pointSizeF() * 1.4);
        valueFont.setBold(true);
        m_values[i]->setFont(valueFont);
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        figures->addWidget(m_titles[i], 0, i);
        figures->addWidget(m_values[i], 1, i);
    }
    figures->setColumnStretch(FigureCount, 1);

    QFont chartTitleFont = m_chartTitle->font();
    chartTitleFont.setBold(true);
    m_chartTitle->setFont(chartTitleFont);

    m_runsView->setObjectName(QStringLiteral("runsTable"));
    m_runsView->setModel(m_runsModel);
    m_logView->setObjectName(QStringLiteral("requestLog"));
    m_logView->setModel(m_logModel);
    m_webhooksView->setObjectName(QStringLiteral("webhookDeliveries"));
    m_webhooksView->setModel(m_webhooksModel);
    m_heldView->setObjectName(QStringLiteral("heldBack"));
    m_heldView->setModel(m_heldModel);
    for (QTableView* view : {m_runsView, m_logView, m_webhooksView, m_heldView}) {
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setWordWrap(false);
        view->setTextElideMode(Qt::ElideRight);
    }
    m_logView->setTextElideMode(Qt::ElideMiddle); // paths differ at their end
    m_webhooksView->setWordWrap(true);            // a refusal's reason is a sentence
    m_heldView->setWordWrap(true);
    connect(m_webhooksView->horizontalHeader(), &QHeaderView::sectionResized, m_webhooksView,
            [this] { m_webhooksView->resizeRowsToContents(); });
    connect(m_lists, &QTabWidget::currentChanged, this, [this] {
        if (m_lists->currentWidget() == m_webhooksView)
            m_webhooksView->resizeRowsToContents(); // wrapped at the width it has now
        if (m_lists->currentWidget() == m_heldView)
            m_heldView->resizeRowsToContents();
    });
    m_failuresOnly->setObjectName(QStringLiteral("failuresOnly"));
    auto* logLayout = new QVBoxLayout(m_logPage);
    logLayout->setContentsMargins(0, 4, 0, 0);
    logLayout->addWidget(m_failuresOnly);
    logLayout->addWidget(m_logView);
    m_lists->setDocumentMode(true);
    m_lists->addTab(m_runsView, QString());
    m_lists->addTab(m_logPage, QString());
    m_lists->addTab(m_webhooksView, QString());
    m_lists->addTab(m_heldView, QString());
    connect(m_failuresOnly, &QCheckBox::toggled, this, [this] {
        if (m_connectorId.isEmpty())
            return;
        // Read again: the last 200 failures reach further back than the
        // last 200 requests.
        m_operations =
            ConnectionMetricsReader::operations(QSqlDatabase::database(m_databaseName, false), m_connectorId,
                                                m_since, 200, m_failuresOnly->isChecked());
        renderLog();
    });

    auto* charts = new QGridLayout;
    charts->addWidget(m_chartTitle, 0, 0);
    charts->addWidget(m_chart, 1, 0);
    charts->addWidget(m_lists, 0, 1, 2, 1);
    charts->setColumnStretch(0, 3);
    charts->setColumnStretch(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(figures);
    layout->addSpacing(6);
    layout->addLayout(charts, 1);
    retranslateUi();
    clear();
}

void ConnectionDetail::showConnection(const ConnectionStatus& status, const QSqlDatabase& db,
                                      const QDateTime& now)
{
    m_connectorId = status.connectorId;
    m_displayName = status.displayName;
    if (m_pushOnly != status.pushOnly) {
        m_pushOnly = status.pushOnly;
        retranslateUi();
    }
    // 24 whole hours, the current one last.
    const QDateTime to = now.toUTC();
    const QDateTime hour = QDateTime::fromSecsSinceEpoch(to.toSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
    const QDateTime from = hour.addSecs(-23 * 3600);
    m_metrics = ConnectionMetricsReader::load(db, status.connectorId, from, to.addSecs(1));
    m_buckets = ConnectionMetricsReader::series(db, status.connectorId, from, hour.addSecs(3600), 60);
    m_runs = ConnectionMetricsReader::runs(db, status.connectorId, 20);
    m_since = from;
    m_databaseName = db.connectionName();
    m_operations =
        ConnectionMetricsReader::operations(db, status.connectorId, from, 200, m_failuresOnly->isChecked());
    m_webhooks = ConnectionMetricsReader::webhookDeliveries(db, status.connectorId, from, 200);
    m_held = Quarantine::rows(db, {status.connectorId}, false, 200);
    render();
    setEnabled(true);
}

void ConnectionDetail::clear()
{
    m_connectorId.clear();
    m_displayName.clear();
    if (std::exchange(m_pushOnly, false))
        retranslateUi();
    m_metrics = {};
    m_buckets.clear();
    m_runs.clear();
    m_operations.clear();
    m_webhooks.clear();
    m_held.clear();
    render();
    setEnabled(false);
}

int ConnectionDetail::runRows() const
{
    return m_runsModel->rowCount();
}

int ConnectionDetail::logRows() const
{
    return m_logModel->rowCount();
}

int ConnectionDetail::webhookRows() const
{
    return m_webhooksModel->rowCount();
}

int ConnectionDetail::webhookRefusals() const
{
    return int(std::count_if(m_webhooks.cbegin(), m_webhooks.cend(),
                             [](const OperationRow& row) { return row.failed(); }));
}

void ConnectionDetail::showWebhooks()
{
    m_lists->setCurrentWidget(m_webhooksView);
}

void ConnectionDetail::renderWebhooks()
{
    const QLocale locale;
    m_webhooksModel->clear();
    m_webhooksModel->setHorizontalHeaderLabels({tr("Time"), tr("Delivery"), tr("Reason")});
    const QTimeZone local = QTimeZone::systemTimeZone();
    const QColor failedColor(0xb4, 0x23, 0x18);
    for (const OperationRow& op : std::as_const(m_webhooks)) {
        QList<QStandardItem*> row;
        row << new QStandardItem(locale.toString(op.at.toTimeZone(local).time(), QStringLiteral("HH:mm:ss")));
        row.first()->setToolTip(locale.toString(op.at.toTimeZone(local), QLocale::LongFormat));
        const bool refused = op.failed();
        auto* result = new QStandardItem(refused ? tr("Webhook refused (%1)").arg(op.status)
                                                 : tr("Webhook received (%1)").arg(op.status));
        result->setToolTip(op.method + QLatin1Char(' ') + op.path);
        row << result;
        // As logged: "Http: <the reason given to the sender>".
        QString reason = op.error;
        if (reason.startsWith(QLatin1String("Http: ")))
            reason = reason.mid(6);
        else if (reason == QLatin1String("Http"))
            reason.clear();
        if (reason.isEmpty() && refused)
            reason = tr("HTTP %1").arg(op.status);
        auto* why = new QStandardItem(reason);
        why->setToolTip(reason);
        row << why;
        if (refused) {
            for (QStandardItem* item : std::as_const(row))
                item->setForeground(failedColor);
        }
        m_webhooksModel->appendRow(row);
    }
    QHeaderView* header = m_webhooksView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    m_webhooksView->resizeRowsToContents(); // the reasons wrap
    const int refusals = webhookRefusals();
    const int index = m_lists->indexOf(m_webhooksView);
    m_lists->setTabText(index,
                        refusals > 0 ? tr("Webhooks (%n refused)", nullptr, refusals) : tr("Webhooks"));
    // Only for a connection that received webhooks in the period.
    m_lists->setTabVisible(index, !m_webhooks.isEmpty());
}

int ConnectionDetail::heldRows() const
{
    return m_heldModel->rowCount();
}

void ConnectionDetail::renderHeld()
{
    const QLocale locale;
    m_heldModel->clear();
    m_heldModel->setHorizontalHeaderLabels({tr("Since"), tr("Feed"), tr("Reason")});
    const QTimeZone local = QTimeZone::systemTimeZone();
    for (const QuarantinedRecord& r : std::as_const(m_held)) {
        QList<QStandardItem*> row;
        row << new QStandardItem(locale.toString(r.at.toTimeZone(local), QLocale::ShortFormat));
        auto* feed = new QStandardItem(ConnectorCatalog::feedLabel(r.feed));
        feed->setToolTip(r.recordKey.isEmpty() ? r.feed : r.feed + QLatin1String(" — ") + r.recordKey);
        row << feed;
        auto* why = new QStandardItem(r.reason);
        why->setToolTip(r.reason);
        row << why;
        m_heldModel->appendRow(row);
    }
    QHeaderView* header = m_heldView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    m_heldView->resizeRowsToContents();
    const int index = m_lists->indexOf(m_heldView);
    m_lists->setTabText(index, tr("Held back (%n)", nullptr, int(m_held.size())));
    // Only when something waits for the user.
    m_lists->setTabVisible(index, !m_held.isEmpty());
}

void ConnectionDetail::setFailuresOnly(bool failuresOnly)
{
    m_failuresOnly->setChecked(failuresOnly);
}

void ConnectionDetail::renderLog()
{
    const QLocale locale;
    m_logModel->clear();
    m_logModel->setHorizontalHeaderLabels(
        {tr("Time"), tr("Feed"), tr("Request"), tr("Status"), tr("Latency"), tr("Attempt"), tr("Error")});
    const QTimeZone local = QTimeZone::systemTimeZone();
    const QColor failedColor(0xb4, 0x23, 0x18);
    for (const OperationRow& op : std::as_const(m_operations)) {
        QList<QStandardItem*> row;
        row << new QStandardItem(locale.toString(op.at.toTimeZone(local).time(), QStringLiteral("HH:mm:ss")));
        row.first()->setToolTip(locale.toString(op.at.toTimeZone(local), QLocale::LongFormat));
        row << new QStandardItem(op.feed.isEmpty() ? QString() : ConnectorCatalog::feedLabel(op.feed));
        auto* request = new QStandardItem(op.method + QLatin1Char(' ') + op.path);
        request->setToolTip(op.requestId.isEmpty() ? op.path
                                                   : tr("%1\nRequest id: %2").arg(op.path, op.requestId));
        row << request;
        auto* status = new QStandardItem(op.status > 0 ? QString::number(op.status) : tr("no answer"));
        row << status;
        auto* latency = new QStandardItem(durationText(op.latencyMs));
        latency->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row << latency;
        auto* attempt = new QStandardItem(QString::number(op.attempt));
        attempt->setTextAlignment(Qt::AlignCenter);
        row << attempt;
        auto* error = new QStandardItem(op.error);
        error->setToolTip(op.error);
        row << error;
        if (op.failed()) {
            for (QStandardItem* item : std::as_const(row))
                item->setForeground(failedColor);
        }
        m_logModel->appendRow(row);
    }
    QHeaderView* header = m_logView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Interactive);
    header->resizeSection(2, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    header->setSectionResizeMode(6, QHeaderView::Stretch);
}

QString ConnectionDetail::figure(int index) const
{
    return index >= 0 && index < FigureCount ? m_values[index]->text() : QString();
}

void ConnectionDetail::render()
{
    const QLocale locale;
    m_heading->setText(m_connectorId.isEmpty() ? tr("Select a connection to see its last 24 hours")
                                               : tr("%1 — last 24 hours").arg(m_displayName));
    const bool any = !m_connectorId.isEmpty();
    m_values[Requests]->setText(any ? locale.toString(m_metrics.requests) : QStringLiteral("—"));
    m_values[Failures]->setText(
        any ? tr("%1 (%2)").arg(locale.toString(m_metrics.failures),
                                locale.toString(m_metrics.errorRate() * 100.0, 'f', 1) +
                                    QStringLiteral("\u00a0%"))
            : QStringLiteral("—"));
    m_values[Failures]->setStyleSheet(any && m_metrics.failures > 0 ? QStringLiteral("color: #b42318;")
                                                                    : QString());
    // A push connection makes no request: no latency, no run to show (its
    // deliveries are not timed, so 0 ms would pretend).
    m_values[Latency]->setText(
        any && m_pushOnly ? tr("Not applicable (events pushed to Moulin)")
        : any ? tr("%1 / %2").arg(durationText(m_metrics.p50LatencyMs), durationText(m_metrics.p95LatencyMs))
              : QStringLiteral("—"));
    m_values[Runs]->setText(
        any && m_pushOnly ? tr("— (no synchronisation)")
        : any             ? (m_metrics.failedRuns > 0
                                 ? tr("%1 (%2 failed)")
                           .arg(locale.toString(m_metrics.runs), locale.toString(m_metrics.failedRuns))
                                 : locale.toString(m_metrics.runs))
                          : QStringLiteral("—"));
    m_values[Records]->setText(any && !m_pushOnly ? locale.toString(m_metrics.records) : QStringLiteral("—"));
    m_chart->setBuckets(m_buckets);
    m_chart->setLatencyShown(!m_pushOnly);

    m_runsModel->clear();
    m_runsModel->setHorizontalHeaderLabels(
        {tr("Feed"), tr("Started"), tr("Duration"), tr("Received"), tr("Result")});
    const QTimeZone local = QTimeZone::systemTimeZone();
    for (const SyncRunRow& run : std::as_const(m_runs)) {
        QList<QStandardItem*> row;
        auto* feed = new QStandardItem(ConnectorCatalog::feedLabel(run.feed));
        feed->setToolTip(run.feed);
        row << feed;
        row << new QStandardItem(locale.toString(run.startedAt.toTimeZone(local), QLocale::ShortFormat));
        row << new QStandardItem(
            run.finishedAt.isValid() ? durationText(run.startedAt.msecsTo(run.finishedAt)) : tr("running"));
        auto* records = new QStandardItem(locale.toString(run.records));
        records->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row << records;
        auto* result = new QStandardItem(!run.finishedAt.isValid() ? QString()
                                         : run.ok                  ? tr("OK")
                                                                   : run.error);
        if (run.finishedAt.isValid() && !run.ok) {
            result->setForeground(QColor(0xb4, 0x23, 0x18));
            result->setToolTip(run.error);
        }
        row << result;
        m_runsModel->appendRow(row);
    }
    QHeaderView* header = m_runsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The feed's name in full ("Articles et prix"), up to a point.
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    m_runsView->resizeColumnToContents(0);
    header->resizeSection(
        0, std::min(header->sectionSize(0), fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16));
    header->setSectionResizeMode(4, QHeaderView::Stretch);
    renderLog();
    renderWebhooks();
    renderHeld();
}

void ConnectionDetail::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
    }
    QWidget::changeEvent(event);
}

void ConnectionDetail::retranslateUi()
{
    // A push connection: deliveries it received, not requests it made.
    m_titles[Requests]->setText(m_pushOnly ? tr("Events received") : tr("Requests"));
    m_titles[Failures]->setText(m_pushOnly ? tr("Refused") : tr("Failed"));
    m_titles[Latency]->setText(tr("Latency (median / 95 %)"));
    m_titles[Runs]->setText(tr("Synchronisations"));
    m_titles[Records]->setText(tr("Records received"));
    m_chartTitle->setText(m_pushOnly ? tr("Events per hour") : tr("Requests per hour"));
    m_lists->setTabText(0, tr("Last synchronisations"));
    m_lists->setTabText(1, tr("Request log"));
    m_failuresOnly->setText(tr("&Failed requests only"));
    m_chart->retranslate();
}

} // namespace Moulin
