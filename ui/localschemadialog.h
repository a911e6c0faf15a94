#pragma once

#include "messages/payloaddecoder.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Qafka {

// Attaches schema files on disk to a topic's key and value (.avsc, .proto with its message type,
// or a JSON Schema), for teams that have the files but no registry. Loads and checks them when
// accepted, and says in words what is wrong with a file.
class LocalSchemaDialog : public QDialog
{
    Q_OBJECT
public:
    struct Choice
    {
        QString path; // empty: none
        QString messageType;
    };

    LocalSchemaDialog(const QString &topic, const Choice &key, const Choice &value,
                      QWidget *parent = nullptr);

    // What accept() loaded (nullopt for a side without a file).
    const std::optional<LocalSchema> &keySchema() const { return m_keySchema; }
    const std::optional<LocalSchema> &valueSchema() const { return m_valueSchema; }
    Choice keyChoice() const;
    Choice valueChoice() const;
    // Loads both files; false (and the reason shown) when one cannot be used.
    bool load();

    void accept() override;

private:
    bool loadSide(QLineEdit *path, QComboBox *type, std::optional<LocalSchema> *schema);
    void offerMessageTypes(QLineEdit *path, QComboBox *type);

    QLineEdit *m_keyPath;
    QComboBox *m_keyType;
    QLineEdit *m_valuePath;
    QComboBox *m_valueType;
    QLabel *m_error;
    std::optional<LocalSchema> m_keySchema;
    std::optional<LocalSchema> m_valueSchema;
};

} // namespace Qafka
