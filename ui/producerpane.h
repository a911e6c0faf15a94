#pragma once

#include "profiles/producertemplatestore.h"
#include "session/messagefilereadjob.h"
#include "types/clustertypes.h"
#include "types/producetypes.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace Qafka {

class ClusterConnection;
class DeliveryReportModel;
class SchemaChoiceEditor;
class SchemaEncoder;
class SchemaRegistry;
struct ClusterSnapshot;

// Sends test messages: key, value and headers with templates, one or many, paced or not, or a
// JSON Lines / plain text file; shows where each message landed or why it did not.
class ProducerPane : public QWidget
{
    Q_OBJECT
public:
    ProducerPane(ClusterConnection *connection, QSettings *settings, QWidget *parent = nullptr);

    // The form as data, and back: templates, history and "send again" from the browser.
    ProducerTemplate form() const;
    void setForm(const ProducerTemplate &form);
    // Empty when the form can be sent; otherwise what is wrong.
    QString validationError() const;

    // The registry that "Schema Registry" keys and values are encoded with (nullptr: none).
    void setSchemaRegistry(SchemaRegistry *registry);

    // Sends what the form describes; returns the send's id (0 when the form is invalid). A send
    // with schema-encoded parts first asks the registry for the schemas: it returns 0 and
    // sendStarted() gives the id once the first message encoded and the send began.
    quint64 send();
    // Sends these messages (e.g. from a file) to the form's topic; generator, when given, makes
    // each one from them (e.g. encoding it with a schema).
    quint64 sendMessages(const QList<OutgoingMessage> &messages, MessageGenerator generator = {});
    // Reads the file off the GUI thread (MessageFileReadJob), then sends its messages; progress
    // and errors show in the summary, and Cancel stops the read too.
    void sendFile(const QString &path);
    void cancel();

    DeliveryReportModel *reportModel() const { return m_reports; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *sendButton() const { return m_send; }
    bool isSending() const { return m_currentId != 0 || m_fileRead->isRunning(); }

signals:
    void sendStarted(quint64 id);
    void sendFinished(quint64 id, const Qafka::ProduceProgress &progress,
                      const Qafka::KafkaError &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The producer is made while the form is filled in, not when Send is pressed.
    void prepareProducer();
    // The constructor's parts, in the order it runs them; the buttons that no method needs
    // again are made and connected where they are laid out.
    void setUpMessageFields();
    void setUpSendControls();
    QFormLayout *buildForm();
    QHBoxLayout *buildValueButtons();
    QHBoxLayout *buildHeaderButtons();
    void layOutPane(QFormLayout *form);
    void connectSignals();
    void onSnapshot(const ClusterSnapshot &snapshot);
    void onProgress(quint64 id, const ProduceProgress &progress,
                    const QList<DeliveryReport> &reports);
    void onFinished(quint64 id, const ProduceProgress &progress, const KafkaError &error);
    void onFileRead(const QList<OutgoingMessage> &messages, const QString &error, bool cancelled);
    quint64 start(const ProduceRequest &request);
    quint64 startTemplates(const ProducerTemplate &f,
                           const std::shared_ptr<const SchemaEncoder> &key,
                           const std::shared_ptr<const SchemaEncoder> &value);
    // Asks the registry for the form's schemas, then calls then(key, value) or shows why not.
    void withSchemas(const ProducerTemplate &f,
                     std::function<void(std::shared_ptr<const SchemaEncoder>,
                                        std::shared_ptr<const SchemaEncoder>)>
                         then);
    // Says why nothing was sent (and clears what an earlier send reported).
    void showError(const QString &error);
    void updateState();
    void formatJson();
    void openFile();
    void saveTemplate();
    void reloadTemplates();

    ClusterConnection *m_connection;
    ProducerTemplateStore m_store;
    QComboBox *m_topic;
    QSpinBox *m_partition;
    QComboBox *m_keyMode;
    QLineEdit *m_key;
    SchemaChoiceEditor *m_keySchema;
    QComboBox *m_valueMode;
    QPlainTextEdit *m_value;
    SchemaChoiceEditor *m_valueSchema;
    SchemaRegistry *m_registry = nullptr;
    QLabel *m_valueCheck;
    QTableWidget *m_headers;
    QSpinBox *m_count;
    QSpinBox *m_interval;
    QComboBox *m_compression;
    QComboBox *m_templates;
    QComboBox *m_history;
    QPushButton *m_send;
    QPushButton *m_sendFile;
    QPushButton *m_cancel;
    MessageFileReadJob *m_fileRead;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableView *m_reportView;
    DeliveryReportModel *m_reports;
    quint64 m_currentId = 0;
    ProducerTemplate m_sending;
};

} // namespace Qafka
