#pragma once

#include <QString>
#include <QWidget>

namespace Moulin {

/// A page of File ▸ Settings beside the connections, added by an area
/// (SettingsDialog::addSection). The page edits a copy of its settings;
/// nothing is written before OK. On OK the dialog calls validate() on every
/// section, and apply() on each only once all of them (and the connections)
/// are valid.
class SettingsSection : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsSection(QWidget* parent = nullptr);
    ~SettingsSection() override;

    /// Checks what was entered; shows the problems next to their fields,
    /// focuses the first one and returns false, with `error` (translated,
    /// may be left empty) for the dialog's error line. Called again once the
    /// dialog shows the section, so it must not change anything.
    virtual bool validate(QString* error);
    /// Saves what was entered (called after validate() succeeded).
    virtual void apply() = 0;
};

} // namespace Moulin
