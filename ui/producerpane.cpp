#include "producerpane.h"

#include "deliveryreportmodel.h"
#include "messages/messagefile.h"
#include "messages/messagetemplate.h"
#include "schemachoiceeditor.h"
#include "schemas/schemaencoder.h"
#include "semanticcolors.h"
#include "session/clusterconnection.h"
#include "session/schemaencoderrequest.h"
#include "session/schemaregistry.h"
#include "tableviews.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace Qafka {

namespace {

QComboBox *modeCombo(const QString &objectName, const QStringList &labels, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    for (int i = 0; i < labels.size(); ++i)
        combo->addItem(labels.at(i), i); // index = ProducerTemplate::Mode
    return combo;
}

std::optional<QByteArray> bytesFor(ProducerTemplate::Mode mode, const QString &text)
{
    switch (mode) {
    case ProducerTemplate::Mode::Null:
        return std::nullopt;
    case ProducerTemplate::Mode::Empty:
        return QByteArray("");
    case ProducerTemplate::Mode::Text:
    case ProducerTemplate::Mode::Schema:
        break;
    }
    return text.toUtf8();
}

// The bytes of one key or value: as typed, or JSON encoded with a schema. *problem names what
// the schema rejects ("value: $.amount: …") and leaves the message unsent.
std::optional<QByteArray> partFor(ProducerTemplate::Mode mode, const QString &text,
                                  const SchemaEncoder *encoder, const QString &what,
                                  QString *problem)
{
    if (mode != ProducerTemplate::Mode::Schema || !encoder)
        return bytesFor(mode, text);
    const EncodedPayload encoded = encoder->encode(text.toUtf8());
    if (!encoded.ok && problem->isEmpty())
        *problem = what + u": " + encoded.error;
    return encoded.bytes;
}

} // namespace

ProducerPane::ProducerPane(ClusterConnection *connection, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_store(settings, connection->profile().id)
    , m_topic(new QComboBox(this))
    , m_partition(new QSpinBox(this))
    , m_keyMode(modeCombo(QStringLiteral("keyMode"),
                          {tr("Text"), tr("Empty key"), tr("Null key"), tr("Schema Registry")},
                          this))
    , m_key(new QLineEdit(this))
    , m_keySchema(new SchemaChoiceEditor(QStringLiteral("keySchema"), QStringLiteral("-key"), this))
    , m_valueMode(modeCombo(
          QStringLiteral("valueMode"),
          {tr("Text"), tr("Empty value"), tr("Null (tombstone)"), tr("Schema Registry")}, this))
    , m_value(new QPlainTextEdit(this))
    , m_valueSchema(
          new SchemaChoiceEditor(QStringLiteral("valueSchema"), QStringLiteral("-value"), this))
    , m_valueCheck(new QLabel(this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_count(new QSpinBox(this))
    , m_interval(new QSpinBox(this))
    , m_compression(new QComboBox(this))
    , m_templates(new QComboBox(this))
    , m_history(new QComboBox(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_sendFile(new QPushButton(tr("Send &File…"), this))
    , m_cancel(new QPushButton(tr("Cance&l"), this))
    , m_fileRead(new MessageFileReadJob(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_reportView(makeTableView(QStringLiteral("deliveryReports"), tr("Delivery reports"), this))
    , m_reports(new DeliveryReportModel(this))
{
    setObjectName(QStringLiteral("producerPane"));
    setUpMessageFields();
    setUpSendControls();
    layOutPane(buildForm());

    m_keySchema->setRegisterAllowed(!connection->isReadOnly());
    m_valueSchema->setRegisterAllowed(!connection->isReadOnly());
    if (connection->isReadOnly()) {
        m_summary->setText(tr("This connection is read-only: nothing can be sent."));
    }
    connectSignals();
    if (connection->state() == ConnectionState::Connected)
        onSnapshot(connection->snapshot());
    reloadTemplates();
    updateState();
}

void ProducerPane::setUpMessageFields()
{
    m_topic->setObjectName(QStringLiteral("produceTopic"));
    m_topic->setEditable(true);
    m_topic->setInsertPolicy(QComboBox::NoInsert);
    m_topic->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_topic->completer()->setFilterMode(Qt::MatchContains);
    m_topic->setAccessibleName(tr("Topic"));
    m_partition->setObjectName(QStringLiteral("producePartition"));
    m_partition->setRange(-1, 100000);
    m_partition->setSpecialValueText(tr("automatic (by key)"));
    m_partition->setValue(-1);
    m_key->setObjectName(QStringLiteral("produceKey"));
    m_key->setPlaceholderText(tr("key, e.g. customer-{{random:1:100}}"));
    m_value->setObjectName(QStringLiteral("produceValue"));
    m_value->setPlaceholderText(tr("value, e.g. {\"id\": {{seq}}, \"at\": \"{{now}}\"}"));
    m_value->setAccessibleName(tr("Message value"));
    m_valueCheck->setObjectName(QStringLiteral("valueCheck"));
    m_headers->setObjectName(QStringLiteral("produceHeaders"));
    m_headers->setAccessibleName(tr("Message headers"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setMaximumHeight(m_headers->fontMetrics().height() * 7);
}

void ProducerPane::setUpSendControls()
{
    m_count->setObjectName(QStringLiteral("produceCount"));
    m_count->setRange(1, 100000000);
    m_count->setGroupSeparatorShown(true);
    m_interval->setObjectName(QStringLiteral("produceInterval"));
    m_interval->setAccessibleName(tr("Interval between messages"));
    m_interval->setRange(0, 3600000);
    m_interval->setSuffix(tr(" ms"));
    m_interval->setSpecialValueText(tr("as fast as possible"));
    m_compression->setObjectName(QStringLiteral("produceCompression"));
    for (const char *codec : {"none", "gzip", "snappy", "lz4", "zstd"})
        m_compression->addItem(QString::fromLatin1(codec), QString::fromLatin1(codec));
    m_templates->setObjectName(QStringLiteral("produceTemplates"));
    m_templates->setAccessibleName(tr("Saved templates"));
    m_history->setObjectName(QStringLiteral("produceHistory"));
    m_history->setAccessibleName(tr("Recent sends"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_sendFile->setObjectName(QStringLiteral("sendFileButton"));
    m_cancel->setObjectName(QStringLiteral("cancelSendButton"));
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_summary->setObjectName(QStringLiteral("sendSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reportView->setModel(m_reports);
    m_reportView->setSortingEnabled(false);
    m_reportView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reportView->horizontalHeader()->setStretchLastSection(true);
}

QFormLayout *ProducerPane::buildForm()
{
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyMode);
    keyRow->addWidget(m_key, 1);
    QHBoxLayout *valueButtons = buildValueButtons();
    QHBoxLayout *headerButtons = buildHeaderButtons();
    auto *repeatRow = new QHBoxLayout;
    repeatRow->addWidget(m_count);
    repeatRow->addWidget(new QLabel(tr("every"), this));
    repeatRow->addWidget(m_interval);
    repeatRow->addWidget(new QLabel(tr("compression"), this));
    repeatRow->addWidget(m_compression);
    repeatRow->addStretch();
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templates, 1);
    auto *saveTemplateButton = new QPushButton(tr("Save as Te&mplate…"), this);
    saveTemplateButton->setObjectName(QStringLiteral("saveTemplateButton"));
    connect(saveTemplateButton, &QPushButton::clicked, this, &ProducerPane::saveTemplate);
    templateRow->addWidget(saveTemplateButton);
    templateRow->addWidget(m_history, 1);

    auto *form = new QFormLayout;
    // Rows given as layouts get no buddy from QFormLayout: set one, or the '&' shows.
    auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(labelFor(tr("&Templates / recent:"), m_templates), templateRow);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("&Partition:"), m_partition);
    form->addRow(labelFor(tr("&Key:"), m_key), keyRow);
    form->addRow(QString(), m_keySchema);
    form->addRow(labelFor(tr("&Value:"), m_value), valueButtons);
    form->addRow(QString(), m_valueSchema);
    form->addRow(m_value);
    form->addRow(labelFor(tr("&Headers:"), m_headers), m_headers);
    form->addRow(QString(), headerButtons);
    form->addRow(labelFor(tr("&Count:"), m_count), repeatRow);
    return form;
}

QHBoxLayout *ProducerPane::buildValueButtons()
{
    auto *valueButtons = new QHBoxLayout;
    valueButtons->addWidget(m_valueMode);
    auto *format = new QPushButton(tr("F&ormat JSON"), this);
    format->setObjectName(QStringLiteral("formatJsonButton"));
    connect(format, &QPushButton::clicked, this, &ProducerPane::formatJson);
    valueButtons->addWidget(format);
    valueButtons->addWidget(m_valueCheck, 1);
    auto *help = new QPushButton(tr("Template &Help"), this);
    help->setObjectName(QStringLiteral("templateHelpButton"));
    connect(help, &QPushButton::clicked, this, [this] {
        QMessageBox::information(this, tr("Template Placeholders"), MessageTemplate::helpText());
    });
    valueButtons->addWidget(help);
    return valueButtons;
}

QHBoxLayout *ProducerPane::buildHeaderButtons()
{
    auto *headerButtons = new QHBoxLayout;
    auto *addHeader = new QPushButton(tr("Add &Header"), this);
    auto *removeHeader = new QPushButton(tr("Remove Header"), this);
    addHeader->setObjectName(QStringLiteral("addHeaderButton"));
    connect(addHeader, &QPushButton::clicked, this, [this] {
        m_headers->insertRow(m_headers->rowCount());
        m_headers->setCurrentCell(m_headers->rowCount() - 1, 0);
    });
    connect(removeHeader, &QPushButton::clicked, this, [this] {
        if (m_headers->currentRow() >= 0)
            m_headers->removeRow(m_headers->currentRow());
    });
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch();
    return headerButtons;
}

void ProducerPane::layOutPane(QFormLayout *form)
{
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_send);
    actions->addWidget(m_sendFile);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(form);
    topLayout->addLayout(actions);
    topLayout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("producerSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(m_reportView);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void ProducerPane::connectSignals()
{
    connect(m_send, &QPushButton::clicked, this, &ProducerPane::send);
    connect(m_sendFile, &QPushButton::clicked, this, &ProducerPane::openFile);
    connect(m_cancel, &QPushButton::clicked, this, &ProducerPane::cancel);
    connect(m_fileRead, &MessageFileReadJob::finished, this, &ProducerPane::onFileRead);
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(sendShortcut, &QShortcut::activated, this, &ProducerPane::send);
    connect(m_templates, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            setForm(m_store.templates().value(index - 1));
    });
    connect(m_history, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            setForm(m_store.history().value(index - 1));
    });
    connect(m_keyMode, &QComboBox::currentIndexChanged, this, &ProducerPane::updateState);
    connect(m_valueMode, &QComboBox::currentIndexChanged, this, &ProducerPane::updateState);
    connect(m_value, &QPlainTextEdit::textChanged, this, &ProducerPane::updateState);
    connect(m_topic, &QComboBox::currentTextChanged, this, &ProducerPane::updateState);
    connect(m_connection, &ClusterConnection::snapshotChanged, this, &ProducerPane::onSnapshot);
    connect(m_connection, &ClusterConnection::produceProgress, this, &ProducerPane::onProgress);
    connect(m_connection, &ClusterConnection::produceFinished, this, &ProducerPane::onFinished);
    connect(m_connection, &ClusterConnection::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Connected && isVisible())
            prepareProducer();
    });
    connect(m_compression, &QComboBox::currentIndexChanged, this, [this] {
        if (isVisible())
            prepareProducer();
    });
}

void ProducerPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    prepareProducer();
}

void ProducerPane::prepareProducer()
{
    if (m_connection->state() == ConnectionState::Connected && !m_connection->isReadOnly())
        m_connection->prepareProducer(m_compression->currentData().toString());
}

void ProducerPane::onSnapshot(const ClusterSnapshot &snapshot)
{
    const QString current = m_topic->currentText();
    QStringList names;
    for (const TopicInfo &topic : snapshot.topics) {
        if (!topic.internal)
            names.append(topic.name);
    }
    QStringList existing;
    for (int i = 0; i < m_topic->count(); ++i)
        existing.append(m_topic->itemText(i));
    if (existing == names)
        return;
    m_topic->clear();
    m_topic->addItems(names);
    m_topic->setCurrentText(current);
}

ProducerTemplate ProducerPane::form() const
{
    ProducerTemplate form;
    form.topic = m_topic->currentText().trimmed();
    form.partition = m_partition->value();
    form.keyMode = ProducerTemplate::Mode(m_keyMode->currentIndex());
    form.key = m_key->text();
    form.keySchema = m_keySchema->choice();
    form.valueMode = ProducerTemplate::Mode(m_valueMode->currentIndex());
    form.value = m_value->toPlainText();
    form.valueSchema = m_valueSchema->choice();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name = m_headers->item(row, 0) ? m_headers->item(row, 0)->text() : QString();
        const QString value = m_headers->item(row, 1) ? m_headers->item(row, 1)->text() : QString();
        if (!name.isEmpty())
            form.headers.append({name, value});
    }
    form.count = m_count->value();
    form.intervalMs = m_interval->value();
    form.compression = m_compression->currentData().toString();
    return form;
}

void ProducerPane::setForm(const ProducerTemplate &form)
{
    m_topic->setCurrentText(form.topic);
    m_partition->setValue(form.partition);
    m_keyMode->setCurrentIndex(int(form.keyMode));
    m_key->setText(form.key);
    m_keySchema->setChoice(form.keySchema);
    m_valueMode->setCurrentIndex(int(form.valueMode));
    m_value->setPlainText(form.value);
    m_valueSchema->setChoice(form.valueSchema);
    m_headers->setRowCount(0);
    for (const auto &[name, value] : form.headers) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(name));
        m_headers->setItem(row, 1, new QTableWidgetItem(value));
    }
    m_count->setValue(int(std::min<qint64>(form.count, m_count->maximum())));
    m_interval->setValue(form.intervalMs);
    m_compression->setCurrentIndex(std::max(0, m_compression->findData(form.compression)));
    updateState();
}

QString ProducerPane::validationError() const
{
    const ProducerTemplate f = form();
    if (m_connection->isReadOnly())
        return tr("This connection is read-only.");
    if (f.topic.isEmpty())
        return tr("Choose a topic.");
    QStringList texts;
    const auto typed = [](ProducerTemplate::Mode mode) {
        return mode == ProducerTemplate::Mode::Text || mode == ProducerTemplate::Mode::Schema;
    };
    if (typed(f.keyMode))
        texts << f.key;
    if (typed(f.valueMode))
        texts << f.value;
    if (f.keyMode == ProducerTemplate::Mode::Schema && !m_keySchema->validationError().isEmpty())
        return m_keySchema->validationError();
    if (f.valueMode == ProducerTemplate::Mode::Schema &&
        !m_valueSchema->validationError().isEmpty())
        return m_valueSchema->validationError();
    for (const auto &header : f.headers)
        texts << header.second;
    for (const QString &text : std::as_const(texts)) {
        if (QString error = MessageTemplate::validate(text); !error.isEmpty())
            return error;
    }
    return {};
}

void ProducerPane::updateState()
{
    const auto typed = [](QComboBox *mode) {
        return mode->currentIndex() == int(ProducerTemplate::Mode::Text) ||
               mode->currentIndex() == int(ProducerTemplate::Mode::Schema);
    };
    m_key->setEnabled(typed(m_keyMode));
    m_value->setEnabled(typed(m_valueMode));
    m_keySchema->setVisible(m_keyMode->currentIndex() == int(ProducerTemplate::Mode::Schema));
    m_valueSchema->setVisible(m_valueMode->currentIndex() == int(ProducerTemplate::Mode::Schema));
    m_keySchema->setTopic(m_topic->currentText().trimmed());
    m_valueSchema->setTopic(m_topic->currentText().trimmed());
    // Placeholders make a template invalid JSON until expanded: check one expansion.
    const QString text = MessageTemplate(m_value->toPlainText()).expand(0).trimmed();
    if (m_value->isEnabled() && (text.startsWith(u'{') || text.startsWith(u'['))) {
        QJsonParseError error;
        QJsonDocument::fromJson(text.toUtf8(), &error);
        m_valueCheck->setText(error.error == QJsonParseError::NoError
                                  ? tr("valid JSON")
                                  : tr("not valid JSON: %1").arg(error.errorString()));
        m_valueCheck->setStyleSheet(error.error == QJsonParseError::NoError
                                        ? semanticStyle(Meaning::Success)
                                        : semanticStyle(Meaning::Warning));
    } else {
        m_valueCheck->clear();
    }
    const bool sending = isSending();
    const bool writable = !m_connection->isReadOnly();
    m_send->setEnabled(writable && !sending);
    m_sendFile->setEnabled(writable && !sending);
    m_cancel->setEnabled(sending);
}

void ProducerPane::formatJson()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_value->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        m_valueCheck->setText(tr("not valid JSON: %1").arg(error.errorString()));
        return;
    }
    m_value->setPlainText(QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed());
}

quint64 ProducerPane::send()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        showError(error);
        return 0;
    }
    const ProducerTemplate f = form();
    ProducerTemplate history = f;
    history.savedAtMs = QDateTime::currentMSecsSinceEpoch();
    history.name =
        tr("%1 × %2 at %3")
            .arg(f.topic)
            .arg(f.count)
            .arg(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat));
    m_store.addToHistory(history);
    reloadTemplates();
    if (f.keyMode != ProducerTemplate::Mode::Schema &&
        f.valueMode != ProducerTemplate::Mode::Schema)
        return startTemplates(f, nullptr, nullptr);
    withSchemas(f, [this, f](auto key, auto value) { startTemplates(f, key, value); });
    return 0;
}

void ProducerPane::withSchemas(
    const ProducerTemplate &f,
    std::function<void(std::shared_ptr<const SchemaEncoder>, std::shared_ptr<const SchemaEncoder>)>
        then)
{
    std::optional<SchemaChoice> key;
    std::optional<SchemaChoice> value;
    if (f.keyMode == ProducerTemplate::Mode::Schema)
        key = f.keySchema;
    if (f.valueMode == ProducerTemplate::Mode::Schema)
        value = f.valueSchema;
    auto *request = new SchemaEncoderRequest(m_registry, key, value, this);
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("Reading the schemas from the registry…"));
    connect(request, &SchemaEncoderRequest::ready, this,
            [request, then = std::move(then)](const auto &keyEncoder, const auto &valueEncoder) {
                request->deleteLater();
                then(keyEncoder, valueEncoder);
            });
    connect(request, &SchemaEncoderRequest::failed, this, [this, request](const QString &error) {
        request->deleteLater();
        showError(error);
    });
    request->start();
}

void ProducerPane::showError(const QString &error)
{
    // Nothing was sent: the reports of an earlier send would read as this one's.
    m_reports->clear();
    m_progress->setValue(0);
    m_summary->setText(error);
    m_summary->setStyleSheet(semanticStyle(Meaning::Error));
}

quint64 ProducerPane::startTemplates(const ProducerTemplate &f,
                                     const std::shared_ptr<const SchemaEncoder> &keyEncoder,
                                     const std::shared_ptr<const SchemaEncoder> &valueEncoder)
{
    ProduceRequest request;
    request.topic = f.topic;
    request.count = f.count;
    request.intervalMs = f.intervalMs;
    request.compression = f.compression;
    // The templates are copied into the generator and expanded on the worker thread; each send
    // has its own instances (they carry a random generator).
    auto keyTemplate = std::make_shared<MessageTemplate>(f.key);
    auto valueTemplate = std::make_shared<MessageTemplate>(f.value);
    QList<QPair<QString, std::shared_ptr<MessageTemplate>>> headerTemplates;
    for (const auto &[name, value] : f.headers)
        headerTemplates.append({name, std::make_shared<MessageTemplate>(value)});
    const QString keyWord = tr("key");
    const QString valueWord = tr("value");
    request.generator = [=](qint64 sequence) {
        OutgoingMessage message;
        message.partition = f.partition;
        message.key = partFor(f.keyMode, keyTemplate->expand(sequence), keyEncoder.get(), keyWord,
                              &message.problem);
        message.value = partFor(f.valueMode, valueTemplate->expand(sequence), valueEncoder.get(),
                                valueWord, &message.problem);
        for (const auto &[name, value] : headerTemplates)
            message.headers.append({name, value->expand(sequence).toUtf8()});
        return message;
    };
    // Say exactly which field is wrong before anything is sent: try the first message here
    // (a fresh template, so the send's own sequence and random state are untouched).
    if (keyEncoder || valueEncoder) {
        QString problem;
        partFor(f.keyMode, MessageTemplate(f.key).expand(0), keyEncoder.get(), keyWord, &problem);
        partFor(f.valueMode, MessageTemplate(f.value).expand(0), valueEncoder.get(), valueWord,
                &problem);
        if (!problem.isEmpty()) {
            showError(
                tr("Nothing was sent: the first message does not fit its schema: %1").arg(problem));
            return 0;
        }
    }
    return start(request);
}

quint64 ProducerPane::sendMessages(const QList<OutgoingMessage> &messages,
                                   MessageGenerator generator)
{
    const ProducerTemplate f = form();
    if (m_connection->isReadOnly() || f.topic.isEmpty() || messages.isEmpty()) {
        m_summary->setText(m_connection->isReadOnly() ? tr("This connection is read-only.")
                           : f.topic.isEmpty()        ? tr("Choose a topic.")
                                                      : tr("The file has no messages."));
        return 0;
    }
    ProduceRequest request;
    request.topic = f.topic;
    request.count = messages.size();
    request.intervalMs = f.intervalMs;
    request.compression = f.compression;
    request.generator = generator ? std::move(generator)
                                  : [messages](qint64 sequence) { return messages.at(sequence); };
    return start(request);
}

quint64 ProducerPane::start(const ProduceRequest &request)
{
    m_reports->clear();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_summary->setStyleSheet(QString());
    m_summary->setText(
        tr("Sending %1 message(s) to %2…").arg(QLocale().toString(request.count), request.topic));
    m_currentId = m_connection->produce(request);
    updateState();
    emit sendStarted(m_currentId);
    return m_currentId;
}

void ProducerPane::setSchemaRegistry(SchemaRegistry *registry)
{
    m_registry = registry;
    if (!registry)
        return;
    connect(registry, &SchemaRegistry::subjectsListed, this,
            [this](quint64, const QStringList &subjects, const QString &) {
                m_keySchema->setSubjects(subjects);
                m_valueSchema->setSubjects(subjects);
            });
    // Offered as choices only: a failure here shows when a send asks for the schema.
    registry->listSubjects();
}

void ProducerPane::cancel()
{
    m_fileRead->cancel();
    if (m_currentId)
        m_connection->cancelProduce(m_currentId);
}

void ProducerPane::onProgress(quint64 id, const ProduceProgress &progress,
                              const QList<DeliveryReport> &reports)
{
    if (id != m_currentId)
        return;
    m_reports->append(reports);
    m_progress->setValue(progress.total > 0
                             ? int((progress.delivered + progress.failed) * 1000 / progress.total)
                             : 0);
    m_summary->setText(tr("%1 of %2 acknowledged, %3 failed · %4 msg/s")
                           .arg(QLocale().toString(progress.delivered),
                                QLocale().toString(progress.total),
                                QLocale().toString(progress.failed),
                                QLocale().toString(qRound(progress.ratePerSecond()))));
}

void ProducerPane::onFinished(quint64 id, const ProduceProgress &progress, const KafkaError &error)
{
    if (id != m_currentId)
        return;
    m_currentId = 0;
    m_progress->setValue(1000);
    if (!error.isNull()) {
        // Either the send never started, or the producer hit a fatal error on the way.
        QString text =
            progress.produced > 0
                ? tr("Stopped: %1 of %2 delivered, %3 failed. %4 (%5)")
                      .arg(QLocale().toString(progress.delivered),
                           QLocale().toString(progress.total), QLocale().toString(progress.failed),
                           error.message, error.code)
                : tr("Nothing was sent: %1 (%2)").arg(error.message, error.code);
        if (!error.hint.isEmpty())
            text += u' ' + error.hint;
        m_summary->setText(text);
        m_summary->setStyleSheet(semanticStyle(Meaning::Error));
    } else {
        QString text =
            tr("Done: %1 of %2 delivered, %3 failed in %4 s (%5 msg/s).")
                .arg(QLocale().toString(progress.delivered), QLocale().toString(progress.total),
                     QLocale().toString(progress.failed))
                .arg(double(progress.elapsedMs) / 1000.0, 0, 'f', 1)
                .arg(qRound(progress.ratePerSecond()));
        if (progress.cancelled)
            text += u' ' + tr("Cancelled: %1 were never sent.")
                               .arg(QLocale().toString(progress.total - progress.produced));
        m_summary->setText(text);
        m_summary->setStyleSheet(progress.failed > 0 ? semanticStyle(Meaning::Error)
                                                     : semanticStyle(Meaning::Success));
    }
    updateState();
    emit sendFinished(id, progress, error);
}

void ProducerPane::sendFile(const QString &path)
{
    // Read on a worker thread: a file of a million lines must not freeze the window.
    m_fileRead->start(path);
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_summary->setStyleSheet({});
    updateState();
}

void ProducerPane::onFileRead(const QList<OutgoingMessage> &messages, const QString &error,
                              bool cancelled)
{
    updateState();
    if (cancelled) {
        m_summary->setText(tr("Reading the file was cancelled; nothing was sent."));
        return;
    }
    if (!error.isEmpty()) {
        m_summary->setText(tr("Nothing was sent: %1").arg(error));
        m_summary->setStyleSheet(semanticStyle(Meaning::Error));
        return;
    }
    const ProducerTemplate f = form();
    if (f.keyMode != ProducerTemplate::Mode::Schema &&
        f.valueMode != ProducerTemplate::Mode::Schema) {
        sendMessages(messages);
        return;
    }
    // Each line's JSON key and value are encoded on the worker thread as they are sent; a line
    // the schema rejects is reported with its reason and not sent.
    withSchemas(f, [this, messages](auto keyEncoder, auto valueEncoder) {
        const QString keyWord = tr("key");
        const QString valueWord = tr("value");
        const auto encoded = [=](qint64 sequence) {
            OutgoingMessage message = messages.at(sequence);
            const auto encode = [&](std::optional<QByteArray> &part, const SchemaEncoder *encoder,
                                    const QString &what) {
                if (!encoder || !part)
                    return;
                const EncodedPayload payload = encoder->encode(*part);
                if (payload.ok)
                    part = payload.bytes;
                else if (message.problem.isEmpty())
                    message.problem =
                        tr("message %1, %2: %3").arg(sequence + 1).arg(what, payload.error);
            };
            encode(message.key, keyEncoder.get(), keyWord);
            encode(message.value, valueEncoder.get(), valueWord);
            return message;
        };
        sendMessages(messages, encoded);
    });
}

void ProducerPane::openFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Send Messages from a File"), QString(),
        tr("JSON Lines (*.jsonl *.ndjson *.json);;Text, one message per line (*)"));
    if (!path.isEmpty())
        sendFile(path);
}

void ProducerPane::saveTemplate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Template"), tr("Template name:"),
                                               QLineEdit::Normal, m_topic->currentText(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    ProducerTemplate entry = form();
    entry.name = name.trimmed();
    entry.savedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_store.saveTemplate(entry);
    reloadTemplates();
}

void ProducerPane::reloadTemplates()
{
    m_templates->clear();
    m_templates->addItem(tr("Saved templates…"));
    for (const ProducerTemplate &entry : m_store.templates())
        m_templates->addItem(entry.name);
    m_history->clear();
    m_history->addItem(tr("Recent sends…"));
    for (const ProducerTemplate &entry : m_store.history())
        m_history->addItem(entry.name);
}

} // namespace Qafka
