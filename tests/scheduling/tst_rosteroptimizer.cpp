#include <QTest>
class TestRosterOptimizer : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestRosterOptimizer)
#include "tst_rosteroptimizer.moc"
