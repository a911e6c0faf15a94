#pragma once

#include "messages/messagebatch.h"
#include "messages/messagefilter.h"
#include "messages/payloaddecoder.h"
#include "types/browsetypes.h"
#include "types/clustertypes.h"
#include "types/messagetypes.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QTimer;

namespace Qafka {

class ClusterConnection;
class MessageDetailView;
class MessageExportJob;
class MessageListModel;
class MessageTableFeed;
class MessageLoader;
class MessageDecodeRunner;
class SchemaRegistry;

// Browses a topic's messages: which partitions, where to start, how many; a table of millions of
// rows that stays responsive; a filter bar (text/regex, JSON field, partitions, offsets, time) that
// runs off the GUI thread; a detail view; export to JSON Lines or CSV.
class MessagesPane : public QWidget
{
    Q_OBJECT
public:
    MessagesPane(ClusterConnection *connection, QWidget *parent = nullptr);
    ~MessagesPane() override;

    // "0,2-4" → {0,2,3,4}; empty → all. False with *error on malformed text.
    static bool parsePartitions(const QString &text, QList<int> *partitions, QString *error);

    void setTopic(const QString &topic);
    QString topic() const;
    // The form as a request; false with *error when something is malformed.
    bool request(BrowseRequest *request, QString *error) const;
    void setRequest(const BrowseRequest &request);
    // Starts loading what the form says; false (and says why) when the form is malformed.
    bool load();
    // Reads the whole topic (the partitions, start and limit of the load bar; the filter bar's
    // partitions, offsets and times) and keeps only the messages the filter bar matches; false
    // (and says why) when there is nothing to search for or the form is malformed.
    bool searchTopic();
    bool isSearching() const { return m_searching; }
    void stop();
    // The first message of the load under way is selected (and shown) when it arrives.
    void selectFirstMessageWhenLoaded() { m_selectFirstWhenLoaded = true; }
    bool isLoading() const;
    // Applies the filter bar now (it also applies itself 300 ms after the last edit).
    void applyFilter();
    void exportTo(const QString &path);
    void setCap(qint64 maxMessages, qint64 maxMegabytes);
    // Schema-encoded keys and values decode through this registry (nullptr: none).
    void setSchemaRegistry(SchemaRegistry *registry);
    // Schema files on disk for a topic's key and value (no registry needed); nullopt: none.
    void setLocalSchemas(const QString &topic, std::optional<LocalSchema> key,
                         std::optional<LocalSchema> value);
    QPushButton *localSchemaButton() const { return m_localSchemaButton; }

    MessageListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MessageDetailView *detailView() const { return m_detail; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *filterStatusLabel() const { return m_filterStatus; }
    QPushButton *cancelFilterButton() const { return m_cancelFilter; }
    // Stops a running filter or sort: the filter bar is cleared and every message shows again.
    void cancelFilter();
    QLineEdit *filterEdit() const { return m_filterText; }
    QLineEdit *jsonFieldEdit() const { return m_jsonField; }
    QCheckBox *regexCheck() const { return m_regex; }
    QComboBox *scopeCombo() const { return m_scope; }
    QPushButton *loadButton() const { return m_load; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *searchTopicButton() const { return m_searchTopic; }
    MessageExportJob *exportJob() const { return m_export; }
    BrowseEnd lastEnd() const { return m_lastEnd; }
    BrowseProgress lastProgress() const { return m_lastProgress; }

signals:
    void loadFinished(Qafka::BrowseEnd end, const Qafka::KafkaError &error);
    void sendAgainRequested(const QString &topic, const Qafka::OutgoingMessage &message);
    void exportFinished(qint64 written, const QString &error);

private:
    // The constructor's parts, in the order it runs them.
    void setUpLoadControls();
    void setUpCapControls();
    void setUpFilterControls();
    void setUpStatusControls();
    void layOutPane();
    void connectLoading();
    void connectFiltering();
    void connectExport();
    // layOutPane's helpers. addLabeled adds a label whose buddy is field, then field.
    void addLabeled(QHBoxLayout *bar, const QString &text, QWidget *field);
    QSplitter *buildTableSplitter();
    void onSnapshot(const ClusterSnapshot &snapshot);
    // The filter bar as a spec; false with *error when a field is malformed.
    bool filterSpec(MessageFilterSpec *spec, QString *error) const;
    bool startLoad(const std::optional<MessageFilterSpec> &search);
    qint64 expectedTotal(const BrowseProgress &progress) const;
    QStringList partitionPositions() const;
    QString searchProgressText() const;
    QString searchFoundText() const;
    void onBatch(quint64 loadId, const MessageBatch &batch, const BrowseProgress &progress);
    void onFinished(quint64 loadId, BrowseEnd end, const BrowseProgress &progress,
                    const KafkaError &error);
    void onRowsAdded();
    void onDrained();
    void updateStartControls();
    void setLoading(bool loading);
    void updateStatus();
    void showCurrentMessage();
    void decodeCurrentMessage();
    void updateDecoder();
    void chooseLocalSchemas();
    void chooseExportFile();

    ClusterConnection *m_connection;
    MessageLoader *m_loader;
    MessageListModel *m_model;
    MessageExportJob *m_export;
    MessageDecodeRunner *m_detailDecoder;
    SchemaRegistry *m_registry = nullptr;
    struct LocalSchemas
    {
        std::optional<LocalSchema> key;
        std::optional<LocalSchema> value;
        QString keyPath, valuePath; // what the dialog shows again
    };
    QHash<QString, LocalSchemas> m_localSchemas; // by topic
    QString m_loadedTopic;
    BrowseProgress m_lastProgress;
    BrowseEnd m_lastEnd = BrowseEnd::Completed;
    KafkaError m_lastError;
    qint64 m_expectedTotal = 0;
    qint64 m_currentMessage = -1;
    bool m_selectFirstWhenLoaded = false;
    bool m_loading = false;
    bool m_searching = false; // the current or last load is a whole-topic search
    bool m_following = false; // ... keeps following new messages
    MessageTableFeed *m_feed = nullptr;
    bool m_finishing = false; // the load ended; rows still on their way to the table

    QComboBox *m_topic;
    QLineEdit *m_partitions;
    QComboBox *m_start;
    QLineEdit *m_startNumber;
    QDateTimeEdit *m_startTime;
    QSpinBox *m_limit;
    QCheckBox *m_follow;
    QPushButton *m_load;
    QPushButton *m_stop;
    QPushButton *m_localSchemaButton;
    QSpinBox *m_capMessages;
    QSpinBox *m_capMegabytes;

    QLineEdit *m_filterText;
    QCheckBox *m_regex;
    QCheckBox *m_matchCase;
    QComboBox *m_scope; // where the text is looked for: key, value, header values
    QLineEdit *m_jsonField;
    QLineEdit *m_filterPartitions;
    QLineEdit *m_minOffset;
    QLineEdit *m_maxOffset;
    QCheckBox *m_useFrom;
    QDateTimeEdit *m_from;
    QCheckBox *m_useTo;
    QDateTimeEdit *m_to;
    QLabel *m_filterStatus;
    QPushButton *m_cancelFilter;
    QPushButton *m_searchTopic;
    QTimer *m_filterDebounce;

    QTableView *m_table;
    MessageDetailView *m_detail;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_exportButton;
    QPushButton *m_cancelExport;
};

} // namespace Qafka
