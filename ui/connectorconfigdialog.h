#pragma once

#include "types/connecttypes.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Qafka {

class ConnectCluster;
class ConnectorConfigForm;
class SchemaDiffView;

// Creates a connector or changes one's configuration, either as a form of the fields its plugin
// declares (read from Connect's PUT /connector-plugins/{class}/config/validate) or as JSON (pasted
// as the config object or as POST /connectors' {"name", "config"}); the two tabs show the same
// configuration. A new one starts from a plugin. Nothing is written before Connect's validation
// passes; its errors are shown under each field and listed. A change shows its difference from
// the configuration in force.
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
    QTabWidget *tabs() const { return m_tabs; }
    ConnectorConfigForm *form() const { return m_form; }
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *validateButton() const { return m_validate; }
    QPushButton *saveButton() const { return m_save; }
    QTreeWidget *errorList() const { return m_errors; }
    QLabel *statusLabel() const { return m_status; }
    SchemaDiffView *diffView() const { return m_diff; }

    // The editor's JSON as a Connect configuration (every value a string), or an error in words.
    static QJsonObject parseConfig(const QString &text, QString *name, QString *error);

private:
    // Why Connect is asked to validate: for the plugin's fields only, or to check (and save).
    enum class Purpose { ReadFields, Check, CheckThenSave };

    void buildLayout(const QList<ConnectPlugin> &plugins);
    QWidget *buildEditors();
    void startFromPlugin(int index);
    void onTabChanged(int index);
    void takeName(const QString &name);
    void readFields(QJsonObject config);
    QJsonObject currentConfig(QString *name, QString *error) const;
    void showChanges();
    void showErrorOf(QTreeWidgetItem *item);
    void askConnect(const QJsonObject &config, Purpose purpose);
    void check(bool thenSave);
    void onValidated(quint64 id, const ConnectValidation &validation, const QString &error);
    void onWritten(quint64 id, const QString &name, const QString &error);
    void setBusy(bool busy);

    ConnectCluster *m_cluster;
    QJsonObject m_current;
    bool m_creating;
    QLineEdit *m_name;
    QComboBox *m_plugin;
    QTabWidget *m_tabs;
    ConnectorConfigForm *m_form;
    QPlainTextEdit *m_editor;
    QTreeWidget *m_errors;
    SchemaDiffView *m_diff = nullptr;
    QLabel *m_status;
    QPushButton *m_validate;
    QPushButton *m_save;
    quint64 m_validation = 0;
    quint64 m_write = 0;
    Purpose m_purpose = Purpose::Check;
    QJsonObject m_validated; // what the validation in flight was asked about
    QString m_fieldsOf;      // the connector.class whose fields the form has
    int m_shownTab = 0;
};

} // namespace Qafka
