#pragma once

#include "types/connecttypes.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Qafka {

class ConnectCluster;
class SchemaDiffView;

// Creates a connector or changes one's configuration. The configuration is JSON (pasted as the
// config object or as POST /connectors' {"name", "config"}); a new one can start from a plugin,
// with the fields the plugin requires. Nothing is written before Connect's own validation
// (PUT /connector-plugins/{class}/config/validate) passes; its per-field errors are listed. A
// change shows its difference from the configuration in force.
class ConnectorConfigDialog : public QDialog
{
    Q_OBJECT
public:
    // Create: name and current are empty.
    ConnectorConfigDialog(ConnectCluster *cluster, const QString &name, const QJsonObject &current,
                          const QList<ConnectPlugin> &plugins, QWidget *parent = nullptr);

    bool isCreating() const { return m_creating; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *pluginBox() const { return m_plugin; }
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *validateButton() const { return m_validate; }
    QPushButton *saveButton() const { return m_save; }
    QTreeWidget *errorList() const { return m_errors; }
    QLabel *statusLabel() const { return m_status; }
    SchemaDiffView *diffView() const { return m_diff; }

    // The editor's JSON as a Connect configuration (every value a string), or an error in words.
    static QJsonObject parseConfig(const QString &text, QString *name, QString *error);

private:
    void buildLayout(const QList<ConnectPlugin> &plugins);
    void startFromPlugin(int index);
    void check(bool thenSave);
    void onValidated(quint64 id, const ConnectValidation &validation, const QString &error);
    void onWritten(quint64 id, const QString &name, const QString &error);
    void setBusy(bool busy);

    ConnectCluster *m_cluster;
    QJsonObject m_current;
    bool m_creating;
    QLineEdit *m_name;
    QComboBox *m_plugin;
    QPlainTextEdit *m_editor;
    QTreeWidget *m_errors;
    SchemaDiffView *m_diff = nullptr;
    QLabel *m_status;
    QPushButton *m_validate;
    QPushButton *m_save;
    quint64 m_validation = 0;
    quint64 m_write = 0;
    bool m_saveAfterValidation = false;
    bool m_fillFromPlugin = false;
};

} // namespace Qafka
