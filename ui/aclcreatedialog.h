#pragma once

#include "types/acltypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Qafka {

// Writes new ACL bindings: one binding field by field, or kafka-acls.sh's bundles (producer for a
// topic; consumer for a topic and a group). The preview lists exactly the bindings that will be
// written, and Create stays disabled while any of them is not valid.
class AclCreateDialog : public QDialog
{
    Q_OBJECT
public:
    enum Kind { SingleBinding, ProducerBundle, ConsumerBundle };

    explicit AclCreateDialog(const QStringList &principals, QWidget *parent = nullptr);

    QList<AclBinding> bindings() const;
    QString validationError() const; // empty when the bindings can be written

    void setKind(Kind kind);
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *principalBox() const { return m_principal; }
    QLineEdit *hostEdit() const { return m_host; }
    QComboBox *resourceTypeBox() const { return m_resourceType; }
    QLineEdit *resourceNameEdit() const { return m_resourceName; }
    QComboBox *patternBox() const { return m_pattern; }
    QComboBox *operationBox() const { return m_operation; }
    QComboBox *permissionBox() const { return m_permission; }
    QLineEdit *topicEdit() const { return m_topic; }
    QLineEdit *groupEdit() const { return m_group; }
    QListWidget *preview() const { return m_preview; }
    QPushButton *createButton() const { return m_create; }

private:
    QWidget *buildSingleForm();
    QWidget *buildBundleForm();
    void fillOperations();
    void update();

    QComboBox *m_kind;
    QComboBox *m_principal;
    QLineEdit *m_host;
    QComboBox *m_pattern;
    QStackedWidget *m_forms;
    QComboBox *m_resourceType = nullptr;
    QLineEdit *m_resourceName = nullptr;
    QComboBox *m_operation = nullptr;
    QComboBox *m_permission = nullptr;
    QLineEdit *m_topic = nullptr;
    QLineEdit *m_group = nullptr;
    QLabel *m_groupLabel = nullptr;
    QListWidget *m_preview;
    QLabel *m_message;
    QPushButton *m_create;
};

} // namespace Qafka
