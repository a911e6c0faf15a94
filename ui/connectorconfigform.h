#pragma once

#include "types/connecttypes.h"

#include <QHash>
#include <QJsonObject>
#include <QScrollArea>

class QFormLayout;
class QGroupBox;
class QLabel;
class QVBoxLayout;

namespace Qafka {

// A connector's configuration as the fields its plugin declares, one row each, grouped as Connect
// groups them: a choice for booleans and recommended values, a hidden entry for passwords, the
// default as a hint, and under each field the errors Connect found in it. Rows come from Connect's
// validation answer: an answer naming new fields (a transform's, once "transforms" is set) adds
// them, and the fields it no longer names (a removed transform's, another plugin's) go. Values the
// form was given come back as given (an empty one too) unless edited, and are kept when it has no
// row for them; a value typed into a field that went is dropped with it.
class ConnectorConfigForm : public QScrollArea
{
    Q_OBJECT
public:
    explicit ConnectorConfigForm(QWidget *parent = nullptr);

    // Adds rows for fields not seen before (their value from config), removes the rows of fields
    // the answer does not name, and shows every field's recommended values, visibility and (with
    // showErrors) errors as this answer has them.
    void applyValidation(const ConnectValidation &validation, const QJsonObject &config,
                         bool showErrors = true);
    // Sets every row from config (a field it lacks is emptied: its default applies).
    void setValues(const QJsonObject &config);
    // One value, as if typed: into its row, or kept without one.
    void setValue(const QString &field, const QString &value);
    // The set fields, with the values that have no row.
    QJsonObject values() const;

    bool hasFields() const { return !m_rows.isEmpty(); }
    QWidget *editorOf(const QString &field) const;
    QLabel *errorLabelOf(const QString &field) const;
    void focusField(const QString &field);

signals:
    void changed();

private:
    struct Row
    {
        QString type;
        QString group;
        int order = 0;
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *errors = nullptr;
        QWidget *cell = nullptr;
    };

    Row makeRow(const ConnectFieldCheck &field);
    QWidget *makeEditor(const ConnectFieldCheck &field);
    void insertRow(const QString &name, Row row);
    QFormLayout *groupLayout(const QString &group);
    void updateRow(const Row &row, const ConnectFieldCheck &field, bool showErrors);
    bool removeRowsNotIn(const ConnectValidation &validation);
    void removeRow(const QString &name);
    static QString valueOf(const Row &row);
    static void setRowValue(const Row &row, const QString &value);

    QWidget *m_content;
    QVBoxLayout *m_groups;
    QLabel *m_empty;
    QHash<QString, Row> m_rows;
    QHash<QString, QGroupBox *> m_groupBoxes;
    QJsonObject m_extra; // values without a row
    QJsonObject m_given; // as setValues had them: given back unchanged unless edited
};

} // namespace Qafka
