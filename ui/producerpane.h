#pragma once

#include "profiles/producertemplatestore.h"
#include "session/messagefilereadjob.h"
#include "types/clustertypes.h"
#include "types/producetypes.h"

#include <QWidget>

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

    // Sends what the form describes; returns the send's id (0 when the form is invalid).
    quint64 send();
    // Sends these messages (e.g. from a file) to the form's topic.
    quint64 sendMessages(const QList<OutgoingMessage> &messages);
    // Reads the file off the GUI thread (MessageFileReadJob), then sends its messages; progress
    // and errors show in the summary, and Cancel stops the read too.
    void sendFile(const QString &path);
    void cancel();

    DeliveryReportModel *reportModel() const { return m_reports; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *sendButton() const { return m_send; }
    bool isSending() const { return m_currentId != 0 || m_fileRead->isRunning(); }

signals:
    void sendFinished(quint64 id, const Qafka::ProduceProgress &progress,
                      const Qafka::KafkaError &error);

private:
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
    QComboBox *m_valueMode;
    QPlainTextEdit *m_value;
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
