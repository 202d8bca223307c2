#pragma once

// The « RGPD » row under a guest's profile in the Clients tab: export
// everything about the guest (JSON and a readable PDF) and erase them
// everywhere (guestprivacy.h), after a confirmation that says what is erased
// and what is kept.

#include <QWidget>

class QLabel;
class QPushButton;

namespace Moulin {

class GuestPrivacyBar : public QWidget
{
    Q_OBJECT

public:
    explicit GuestPrivacyBar(QWidget* parent = nullptr);

    /// The guest shown (0: none, the buttons disabled).
    void setProfile(qint64 id, const QString& name);
    qint64 profile() const { return m_id; }

    /// Writes the export of the guest shown; false and `*error` when it cannot.
    bool exportJson(const QString& path, QString* error) const;
    bool exportPdf(const QString& path, QString* error) const;
    /// Erases the guest shown, without asking; false and `*error` when it cannot.
    bool erase(QString* error);
    /// The confirmation's text for `name`.
    static QString confirmationText(const QString& name);

Q_SIGNALS:
    /// The guest was erased (the tab reloads).
    void erased();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void askExport(bool pdf);
    void askErase();

    QLabel* m_title;
    QPushButton* m_json;
    QPushButton* m_pdf;
    QPushButton* m_erase;
    qint64 m_id = 0;
    QString m_name;
};

} // namespace Moulin
