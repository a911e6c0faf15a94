#include "messagespane.h"

#include "columnchooser.h"
#include "columnfiller.h"
#include "layoutbarrier.h"
#include "localschemadialog.h"
#include "messagedetailview.h"
#include "messagelistmodel.h"
#include "messagetablefeed.h"
#include "session/clusterconnection.h"
#include "session/messagedecoderunner.h"
#include "session/messageexportjob.h"
#include "session/messageloader.h"
#include "session/schemaregistry.h"
#include "singlelinetextdelegate.h"
#include "tableviews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Qafka {

namespace {

constexpr int kDefaultCapMessages = 2'000'000;
constexpr int kDefaultCapMegabytes = 1024;
// The filter scope combo's data.
constexpr int kInKey = 1;
constexpr int kInValue = 2;
constexpr int kInHeaders = 4;

std::optional<qint64> optionalNumber(const QLineEdit *edit)
{
    bool ok = false;
    const qint64 value = edit->text().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

MessagesPane::MessagesPane(ClusterConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_loader(new MessageLoader(connection->profile(), connection->secrets(), this))
    , m_model(new MessageListModel(this))
    , m_export(new MessageExportJob(this))
    , m_detailDecoder(new MessageDecodeRunner(this))
    , m_topic(new QComboBox(this))
    , m_partitions(new QLineEdit(this))
    , m_start(new QComboBox(this))
    , m_startNumber(new QLineEdit(this))
    , m_startTime(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), this))
    , m_limit(new QSpinBox(this))
    , m_follow(new QCheckBox(tr("&Keep following"), this))
    , m_load(new QPushButton(tr("&Load"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_localSchemaButton(new QPushButton(tr("Sche&ma Files…"), this))
    , m_capMessages(new QSpinBox(this))
    , m_capMegabytes(new QSpinBox(this))
    , m_filterText(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Rege&x"), this))
    , m_matchCase(new QCheckBox(tr("Match &case"), this))
    , m_scope(new QComboBox(this))
    , m_jsonField(new QLineEdit(this))
    , m_filterPartitions(new QLineEdit(this))
    , m_minOffset(new QLineEdit(this))
    , m_maxOffset(new QLineEdit(this))
    , m_useFrom(new QCheckBox(tr("Since"), this))
    , m_from(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), this))
    , m_useTo(new QCheckBox(tr("Until"), this))
    , m_to(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_filterStatus(new QLabel(this))
    , m_cancelFilter(new QPushButton(tr("Cancel Filter"), this))
    , m_searchTopic(new QPushButton(tr("Sea&rch Topic"), this))
    , m_filterDebounce(new QTimer(this))
    , m_table(makeTableView(QStringLiteral("messagesTable"), tr("Messages"), this))
    , m_detail(new MessageDetailView(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_exportButton(new QPushButton(tr("E&xport…"), this))
    , m_cancelExport(new QPushButton(tr("Cancel Export"), this))
{
    setObjectName(QStringLiteral("messagesPane"));
    setAccessibleName(tr("Messages"));
    setUpLoadControls();
    setUpCapControls();
    setUpFilterControls();
    setUpStatusControls();
    layOutPane();
    connectLoading();
    connectFiltering();
    connectExport();

    onSnapshot(m_connection->snapshot());
    updateStartControls();
    updateStatus();
}

void MessagesPane::setUpLoadControls()
{
    m_topic->setObjectName(QStringLiteral("browseTopic"));
    m_topic->setAccessibleName(tr("Topic"));
    m_topic->setEditable(true);
    m_topic->setInsertPolicy(QComboBox::NoInsert);
    m_topic->setMinimumContentsLength(20);
    m_topic->completer()->setFilterMode(Qt::MatchContains);
    m_topic->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_partitions->setObjectName(QStringLiteral("browsePartitions"));
    m_partitions->setAccessibleName(tr("Partitions to read"));
    m_partitions->setPlaceholderText(tr("all, or e.g. 0,2-4"));
    m_partitions->setMaximumWidth(120);
    m_start->setObjectName(QStringLiteral("browseStart"));
    m_start->setAccessibleName(tr("Start at"));
    m_start->addItem(tr("Beginning"), int(BrowseRequest::Start::Beginning));
    m_start->addItem(tr("End (live tail)"), int(BrowseRequest::Start::End));
    m_start->addItem(tr("Offset"), int(BrowseRequest::Start::Offset));
    m_start->addItem(tr("Timestamp"), int(BrowseRequest::Start::Timestamp));
    m_start->addItem(tr("Last N per partition"), int(BrowseRequest::Start::LastPerPartition));
    m_startNumber->setObjectName(QStringLiteral("browseStartNumber"));
    m_startNumber->setAccessibleName(tr("Start offset or count"));
    m_startNumber->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,18}")), this));
    m_startNumber->setMaximumWidth(140);
    m_startTime->setObjectName(QStringLiteral("browseStartTime"));
    m_startTime->setAccessibleName(tr("Start time"));
    m_startTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_startTime->setCalendarPopup(true);
    m_limit->setObjectName(QStringLiteral("browseLimit"));
    m_limit->setAccessibleName(tr("Maximum messages to load"));
    m_limit->setRange(0, std::numeric_limits<int>::max());
    m_limit->setSpecialValueText(tr("No limit"));
    m_limit->setGroupSeparatorShown(true);
    m_limit->setValue(0);
    m_follow->setObjectName(QStringLiteral("browseFollow"));
    m_follow->setToolTip(tr("Keep reading new messages after reaching the end, until stopped"));
    m_load->setObjectName(QStringLiteral("browseLoad"));
    m_localSchemaButton->setObjectName(QStringLiteral("localSchemaButton"));
    m_localSchemaButton->setToolTip(
        tr("Decode this topic's keys and values with schema files on disk (no registry)"));
    connect(m_localSchemaButton, &QPushButton::clicked, this, &MessagesPane::chooseLocalSchemas);
    m_load->setDefault(true);
    m_stop->setObjectName(QStringLiteral("browseStop"));
    m_stop->setEnabled(false);
}

void MessagesPane::setUpCapControls()
{
    m_capMessages->setObjectName(QStringLiteral("browseCapMessages"));
    m_capMessages->setAccessibleName(tr("Keep at most this many messages"));
    m_capMessages->setRange(1000, std::numeric_limits<int>::max());
    m_capMessages->setGroupSeparatorShown(true);
    m_capMessages->setSingleStep(100000);
    m_capMessages->setValue(kDefaultCapMessages);
    m_capMegabytes->setObjectName(QStringLiteral("browseCapMegabytes"));
    m_capMegabytes->setAccessibleName(tr("Keep at most this many megabytes of messages"));
    m_capMegabytes->setRange(16, 1024 * 1024);
    m_capMegabytes->setSuffix(tr(" MB"));
    m_capMegabytes->setSingleStep(256);
    m_capMegabytes->setValue(kDefaultCapMegabytes);
    m_model->setCap(kDefaultCapMessages, qint64(kDefaultCapMegabytes) << 20);
}

void MessagesPane::setUpFilterControls()
{
    m_filterText->setObjectName(QStringLiteral("messageFilter"));
    m_filterText->setAccessibleName(tr("Filter messages"));
    m_filterText->setPlaceholderText(tr("Text in key, value or header values"));
    m_filterText->setClearButtonEnabled(true);
    m_regex->setObjectName(QStringLiteral("messageFilterRegex"));
    m_matchCase->setObjectName(QStringLiteral("messageFilterCase"));
    m_scope->setObjectName(QStringLiteral("messageFilterScope"));
    m_scope->setAccessibleName(tr("Look for the text in"));
    m_scope->setToolTip(
        tr("Where the filter text is looked for: key, value and header values, or only one"));
    // Short items: the filter bar is full, and the JSON field beside it needs the room.
    m_scope->addItem(tr("In all"), int(kInKey | kInValue | kInHeaders));
    m_scope->addItem(tr("In key"), int(kInKey));
    m_scope->addItem(tr("In value"), int(kInValue));
    m_scope->addItem(tr("In headers"), int(kInHeaders));
    m_jsonField->setObjectName(QStringLiteral("messageJsonFilter"));
    m_jsonField->setAccessibleName(tr("JSON field filter"));
    m_jsonField->setPlaceholderText(tr("JSON field, e.g. $.customer.id == 42"));
    m_jsonField->setClearButtonEnabled(true);
    m_jsonField->setToolTip(
        tr("<p>Keeps messages whose JSON value has a field that matches:</p>"
           "<ul><li><code>$.customer.id == 42</code> (also <code>=</code>, <code>!=</code>, "
           "<code>&lt;</code>, <code>&lt;=</code>, <code>&gt;</code>, <code>&gt;=</code>)</li>"
           "<li><code>items[0].sku == \"A1\"</code>, <code>items[-1]</code> is the last "
           "element</li>"
           "<li><code>status ~ ^FAIL</code>: a regular expression on the field's text</li>"
           "<li><code>$.error</code> alone: the field exists</li></ul>"
           "<p>Numbers compare by value (42 == 42.0); a number never equals a string.</p>"));
    m_filterPartitions->setObjectName(QStringLiteral("messageFilterPartitions"));
    m_filterPartitions->setAccessibleName(tr("Only partitions"));
    m_filterPartitions->setPlaceholderText(tr("partitions"));
    m_filterPartitions->setMaximumWidth(90);
    for (QLineEdit *edit : {m_minOffset, m_maxOffset}) {
        edit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,18}")), this));
        edit->setMaximumWidth(100);
    }
    m_minOffset->setObjectName(QStringLiteral("messageFilterMinOffset"));
    m_minOffset->setAccessibleName(tr("Lowest offset"));
    m_minOffset->setPlaceholderText(tr("min offset"));
    m_maxOffset->setObjectName(QStringLiteral("messageFilterMaxOffset"));
    m_maxOffset->setAccessibleName(tr("Highest offset"));
    m_maxOffset->setPlaceholderText(tr("max offset"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setCalendarPopup(true);
        // Shown only while its box is ticked: the filter bar is full, and the JSON field needs
        // the room more than two idle date fields do.
        edit->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("messageFilterFrom"));
    m_from->setAccessibleName(tr("Messages since"));
    m_to->setObjectName(QStringLiteral("messageFilterTo"));
    m_to->setAccessibleName(tr("Messages until"));
    m_filterStatus->setObjectName(QStringLiteral("messageFilterStatus"));
    m_cancelFilter->setObjectName(QStringLiteral("cancelMessageFilter"));
    m_searchTopic->setObjectName(QStringLiteral("searchTopic"));
    m_searchTopic->setToolTip(
        tr("Read the whole topic (or the partitions, offsets and times chosen) and keep only the "
           "messages this filter matches; the filter bar filters what is loaded"));
    m_cancelFilter->setVisible(false);
    m_filterDebounce->setSingleShot(true);
    m_filterDebounce->setInterval(300);
}

void MessagesPane::setUpStatusControls()
{
    m_status->setObjectName(QStringLiteral("browseStatus"));
    m_status->setAccessibleDescription(tr("Loading status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Its text changes several times a second; it must not make the pane lay itself out again
    // (a LayoutBarrier holds it in the layout).
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress->setObjectName(QStringLiteral("browseProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    m_exportButton->setObjectName(QStringLiteral("exportMessages"));
    m_exportButton->setToolTip(
        tr("Write the messages shown (after filtering) to JSON Lines or CSV"));
    m_cancelExport->setObjectName(QStringLiteral("cancelExport"));
    m_cancelExport->setVisible(false);
}

void MessagesPane::layOutPane()
{
    auto *loadBar = new QHBoxLayout;
    addLabeled(loadBar, tr("T&opic:"), m_topic);
    addLabeled(loadBar, tr("&Partitions:"), m_partitions);
    addLabeled(loadBar, tr("&From:"), m_start);
    loadBar->addWidget(m_startNumber);
    loadBar->addWidget(m_startTime);
    addLabeled(loadBar, tr("&Limit:"), m_limit);
    loadBar->addWidget(m_follow);
    loadBar->addStretch(1);
    loadBar->addWidget(m_localSchemaButton);
    loadBar->addWidget(m_load);
    loadBar->addWidget(m_stop);

    auto *filterBar = new QHBoxLayout;
    addLabeled(filterBar, tr("F&ilter:"), m_filterText);
    filterBar->addWidget(m_regex);
    filterBar->addWidget(m_matchCase);
    filterBar->addWidget(m_scope);
    filterBar->addWidget(m_jsonField, 1);
    filterBar->addWidget(m_filterPartitions);
    filterBar->addWidget(m_minOffset);
    filterBar->addWidget(m_maxOffset);
    filterBar->addWidget(m_useFrom);
    filterBar->addWidget(m_from);
    filterBar->addWidget(m_useTo);
    filterBar->addWidget(m_to);

    QSplitter *splitter = buildTableSplitter();

    auto *statusBar = new QHBoxLayout;
    statusBar->addWidget(new LayoutBarrier(m_status, this), 1);
    statusBar->addWidget(m_progress);
    addLabeled(statusBar, tr("Keep at &most:"), m_capMessages);
    statusBar->addWidget(m_capMegabytes);
    statusBar->addWidget(m_exportButton);
    statusBar->addWidget(m_cancelExport);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(loadBar);
    layout->addLayout(filterBar);
    auto *filterStatusBar = new QHBoxLayout;
    filterStatusBar->addWidget(m_filterStatus, 1);
    filterStatusBar->addWidget(m_cancelFilter);
    filterStatusBar->addWidget(m_searchTopic);
    layout->addLayout(filterStatusBar);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusBar);
}

void MessagesPane::addLabeled(QHBoxLayout *bar, const QString &text, QWidget *field)
{
    auto *label = new QLabel(text, this);
    label->setBuddy(field);
    bar->addWidget(label);
    bar->addWidget(field);
}

QSplitter *MessagesPane::buildTableSplitter()
{
    m_table->setModel(m_model);
    m_table->setItemDelegate(new SingleLineTextDelegate(m_table));
    m_feed = new MessageTableFeed(m_model, m_table, this);
    // Latin digits, dates and JSON need no kerning or ligatures; skipping HarfBuzz for text that
    // needs no shaping halves the cost of painting rows (scripts that need it are still shaped),
    // and without kerning Latin-1 text is drawn straight from its glyphs (PlainTextLine), a third
    // less again. Text that still takes a text layout is not kerned either.
    QFont tableFont = m_table->font();
    tableFont.setStyleStrategy(QFont::PreferNoShaping);
    tableFont.setKerning(false);
    m_table->setFont(tableFont);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Wide enough for a typical value and for the column's title in the current language.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [this](int column, int contentWidth) {
        fitColumn(m_table, column, contentWidth);
    };
    fit(MessageListModel::PartitionColumn, metrics.horizontalAdvance(QStringLiteral("000")) + 16);
    fit(MessageListModel::OffsetColumn,
        metrics.horizontalAdvance(QStringLiteral("0000000000")) + 16);
    fit(MessageListModel::TimestampColumn,
        metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")) + 16);
    fit(MessageListModel::TimestampTypeColumn,
        metrics.horizontalAdvance(MessageListModel::tr("Log append")) + 16);
    fit(MessageListModel::KeyColumn, metrics.horizontalAdvance(QLatin1Char('x')) * 14);
    fit(MessageListModel::HeadersColumn, 0);
    // The value takes what the list has left (a preview in view at 1280×800); the timestamp's
    // type is in the Metadata tab and one right-click away on the header.
    m_table->hideColumn(MessageListModel::TimestampTypeColumn);
    new ColumnFiller(m_table, MessageListModel::ValueColumn,
                     metrics.horizontalAdvance(QLatin1Char('x')) * 20);
    addColumnChooser(m_table);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("messagesSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({650, 350});
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MessagesPane::showCurrentMessage);
    connect(m_detail, &MessageDetailView::sendAgainRequested, this,
            &MessagesPane::sendAgainRequested);
    return splitter;
}

void MessagesPane::connectLoading()
{
    connect(m_feed, &MessageTableFeed::rowsAdded, this, &MessagesPane::onRowsAdded);
    connect(m_feed, &MessageTableFeed::drained, this, &MessagesPane::onDrained);
    connect(m_start, &QComboBox::currentIndexChanged, this, &MessagesPane::updateStartControls);
    connect(m_load, &QPushButton::clicked, this, &MessagesPane::load);
    connect(m_stop, &QPushButton::clicked, this, &MessagesPane::stop);
    connect(m_topic->lineEdit(), &QLineEdit::returnPressed, this, &MessagesPane::load);
    connect(m_loader, &MessageLoader::batchReady, this, &MessagesPane::onBatch);
    connect(m_loader, &MessageLoader::finished, this, &MessagesPane::onFinished);
    connect(m_connection, &ClusterConnection::snapshotChanged, this, &MessagesPane::onSnapshot);
    const auto applyCap = [this] {
        m_model->setCap(m_capMessages->value(), qint64(m_capMegabytes->value()) << 20);
        updateStatus();
    };
    connect(m_capMessages, &QSpinBox::editingFinished, this, applyCap);
    connect(m_capMegabytes, &QSpinBox::editingFinished, this, applyCap);
    connect(m_model, &MessageListModel::droppedChanged, this, &MessagesPane::updateStatus);
}

void MessagesPane::connectFiltering()
{
    const auto debounce = [this] { m_filterDebounce->start(); };
    connect(m_filterText, &QLineEdit::textChanged, this, debounce);
    connect(m_jsonField, &QLineEdit::textChanged, this, debounce);
    connect(m_filterPartitions, &QLineEdit::textChanged, this, debounce);
    connect(m_minOffset, &QLineEdit::textChanged, this, debounce);
    connect(m_maxOffset, &QLineEdit::textChanged, this, debounce);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, debounce);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, debounce);
    connect(m_regex, &QCheckBox::toggled, this, debounce);
    connect(m_matchCase, &QCheckBox::toggled, this, debounce);
    connect(m_scope, &QComboBox::currentIndexChanged, this, debounce);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setVisible);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setVisible);
    connect(m_useFrom, &QCheckBox::toggled, this, debounce);
    connect(m_useTo, &QCheckBox::toggled, this, debounce);
    connect(m_filterDebounce, &QTimer::timeout, this, &MessagesPane::applyFilter);
    connect(m_cancelFilter, &QPushButton::clicked, this, &MessagesPane::cancelFilter);
    connect(m_searchTopic, &QPushButton::clicked, this, &MessagesPane::searchTopic);
    connect(m_model, &MessageListModel::viewProgress, this, [this](qint64 done, qint64 total) {
        m_cancelFilter->setVisible(m_model->isViewBusy());
        m_filterStatus->setText(tr("Filtering… %1 of %2 messages")
                                    .arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_model, &MessageListModel::viewReady, this, [this] {
        m_cancelFilter->setVisible(false);
        if (m_model->hasFilter())
            m_filterStatus->setText(tr("%1 of %2 messages match")
                                        .arg(QLocale().toString(m_model->rowCount()),
                                             QLocale().toString(m_model->loadedCount())));
        else if (m_searching && !m_loading)
            m_filterStatus->setText(searchFoundText());
        else
            m_filterStatus->clear();
        // Keep the message the user looked at selected after a re-sort or new filter.
        if (m_currentMessage >= 0) {
            const int row = m_model->rowOf(m_currentMessage);
            if (row >= 0 && m_table->currentIndex().row() != row) {
                const QSignalBlocker blocker(m_table->selectionModel());
                m_table->setCurrentIndex(m_model->index(row, 0));
            }
        }
    });
}

void MessagesPane::connectExport()
{
    connect(m_exportButton, &QPushButton::clicked, this, &MessagesPane::chooseExportFile);
    connect(m_cancelExport, &QPushButton::clicked, m_export, &MessageExportJob::cancel);
    connect(m_export, &MessageExportJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setVisible(true);
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_export, &MessageExportJob::finished, this,
            [this](qint64 written, const QString &error, bool cancelled) {
                m_cancelExport->setVisible(false);
                m_exportButton->setEnabled(true);
                m_progress->setVisible(m_loading && !m_following);
                if (cancelled)
                    m_filterStatus->setText(tr("Export cancelled; no file was written."));
                else if (!error.isEmpty())
                    m_filterStatus->setText(error);
                else
                    m_filterStatus->setText(
                        tr("Exported %1 messages.").arg(QLocale().toString(written)));
                emit exportFinished(written, cancelled ? tr("cancelled") : error);
            });
}

MessagesPane::~MessagesPane() = default;

bool MessagesPane::parsePartitions(const QString &text, QList<int> *partitions, QString *error)
{
    partitions->clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0)
        return true;
    static const QRegularExpression item(
        QStringLiteral("^\\s*(\\d{1,6})\\s*(?:-\\s*(\\d{1,6})\\s*)?$"));
    for (const QString &part : trimmed.split(QLatin1Char(','))) {
        const QRegularExpressionMatch match = item.match(part);
        if (!match.hasMatch()) {
            *error =
                tr("“%1” is not a partition number or range (use e.g. 0,2-4).").arg(part.trimmed());
            return false;
        }
        const int first = match.captured(1).toInt();
        const int last = match.captured(2).isEmpty() ? first : match.captured(2).toInt();
        if (last < first) {
            *error = tr("The range “%1” runs backwards.").arg(part.trimmed());
            return false;
        }
        for (int p = first; p <= last; ++p) {
            if (!partitions->contains(p))
                partitions->append(p);
        }
    }
    std::sort(partitions->begin(), partitions->end());
    return true;
}

void MessagesPane::onSnapshot(const ClusterSnapshot &snapshot)
{
    QStringList names;
    for (const TopicInfo &topic : snapshot.topics)
        names.append(topic.name);
    names.sort();
    QStringList current;
    for (int i = 0; i < m_topic->count(); ++i)
        current.append(m_topic->itemText(i));
    if (names == current)
        return;
    const QString text = m_topic->currentText();
    const QSignalBlocker blocker(m_topic);
    m_topic->clear();
    m_topic->addItems(names);
    m_topic->setCurrentText(text);
}

void MessagesPane::setTopic(const QString &topic)
{
    m_topic->setCurrentText(topic);
}

QString MessagesPane::topic() const
{
    return m_topic->currentText().trimmed();
}

void MessagesPane::updateStartControls()
{
    const auto start = BrowseRequest::Start(m_start->currentData().toInt());
    m_startNumber->setVisible(start == BrowseRequest::Start::Offset ||
                              start == BrowseRequest::Start::LastPerPartition);
    m_startNumber->setPlaceholderText(start == BrowseRequest::Start::Offset ? tr("offset")
                                                                            : tr("N"));
    if (start == BrowseRequest::Start::LastPerPartition && m_startNumber->text().isEmpty())
        m_startNumber->setText(QStringLiteral("100"));
    m_startTime->setVisible(start == BrowseRequest::Start::Timestamp);
    if (start == BrowseRequest::Start::End)
        m_follow->setChecked(true);
}

bool MessagesPane::request(BrowseRequest *request, QString *error) const
{
    request->topic = topic();
    if (request->topic.isEmpty()) {
        *error = tr("Choose a topic to read.");
        return false;
    }
    if (!parsePartitions(m_partitions->text(), &request->partitions, error))
        return false;
    request->start = BrowseRequest::Start(m_start->currentData().toInt());
    if (request->start == BrowseRequest::Start::Offset ||
        request->start == BrowseRequest::Start::LastPerPartition) {
        const std::optional<qint64> number = optionalNumber(m_startNumber);
        if (!number) {
            *error = request->start == BrowseRequest::Start::Offset
                         ? tr("Enter the offset to start at.")
                         : tr("Enter how many messages to read from the end of each partition.");
            return false;
        }
        request->offset = *number;
        request->lastCount = *number;
    }
    request->timestampMs = m_startTime->dateTime().toMSecsSinceEpoch();
    request->maxMessages = m_limit->value();
    request->follow = m_follow->isChecked();
    return true;
}

void MessagesPane::setRequest(const BrowseRequest &request)
{
    setTopic(request.topic);
    QStringList partitions;
    for (int p : request.partitions)
        partitions.append(QString::number(p));
    m_partitions->setText(partitions.join(QLatin1Char(',')));
    m_start->setCurrentIndex(m_start->findData(int(request.start)));
    if (request.start == BrowseRequest::Start::Offset)
        m_startNumber->setText(QString::number(request.offset));
    else if (request.start == BrowseRequest::Start::LastPerPartition)
        m_startNumber->setText(QString::number(request.lastCount));
    m_startTime->setDateTime(QDateTime::fromMSecsSinceEpoch(request.timestampMs));
    m_limit->setValue(int(qMin<qint64>(request.maxMessages, std::numeric_limits<int>::max())));
    m_follow->setChecked(request.follow);
}

bool MessagesPane::load()
{
    return startLoad(std::nullopt);
}

bool MessagesPane::searchTopic()
{
    MessageFilterSpec spec;
    QString error;
    if (!filterSpec(&spec, &error)) {
        m_filterStatus->setText(error);
        return false;
    }
    if (spec.text.isEmpty() && spec.jsonField.trimmed().isEmpty()) {
        m_filterStatus->setText(tr("Type the text, pattern or JSON field condition to search "
                                   "for; to read a part of the topic, use Load."));
        m_filterText->setFocus();
        return false;
    }
    if (!MessageFilter::create(spec, &error)) {
        m_filterStatus->setText(error);
        return false;
    }
    return startLoad(spec);
}

bool MessagesPane::startLoad(const std::optional<MessageFilterSpec> &search)
{
    BrowseRequest browse;
    QString error;
    if (!request(&browse, &error)) {
        m_status->setText(error);
        return false;
    }
    m_currentMessage = -1;
    m_selectFirstWhenLoaded = false;
    m_detail->clearMessage();
    m_model->clear();
    m_feed->restart(browse.follow);
    m_following = browse.follow;
    m_finishing = false;
    m_lastProgress = {};
    m_lastError = {};
    m_loadedTopic = browse.topic;
    updateDecoder();
    m_searching = search.has_value();
    if (search) {
        // Every message shown matches already; the filter bar then narrows what was found.
        browse.searchFilter = MessageFilter::create(*search, &error, m_model->decoder());
        m_filterDebounce->stop();
        m_model->setFilter(nullptr);
        m_filterStatus->setText(
            tr("Searching %1 for the messages that match the filter…").arg(browse.topic));
    }
    m_expectedTotal = 0;
    setLoading(true);
    m_loader->start(browse);
    m_load->setText(tr("Re&load"));
    m_stop->setEnabled(true);
    // Following has no end to show progress towards; the status line says it follows. A busy
    // bar would also repaint the window at the style's animation rate the whole time.
    m_progress->setVisible(!m_following);
    m_progress->setRange(0, 0);
    updateStatus();
    return true;
}

// While loading, the status line changes several times a second: plain text then, selectable
// (for copying an error or a count) once it holds still. A selectable label keeps a whole text
// document, laid out again on every change and drawn with each repaint of a live tail.
void MessagesPane::setLoading(bool loading)
{
    m_loading = loading;
    m_status->setTextInteractionFlags(loading ? Qt::NoTextInteraction : Qt::TextSelectableByMouse);
}

void MessagesPane::stop()
{
    m_loader->stop();
}

bool MessagesPane::isLoading() const
{
    return m_loading;
}

void MessagesPane::setCap(qint64 maxMessages, qint64 maxMegabytes)
{
    m_capMessages->setValue(int(qMin<qint64>(maxMessages, std::numeric_limits<int>::max())));
    m_capMegabytes->setValue(int(maxMegabytes));
    m_model->setCap(maxMessages, maxMegabytes << 20);
}

void MessagesPane::onBatch(quint64, const MessageBatch &batch, const BrowseProgress &progress)
{
    m_lastProgress = progress;
    m_feed->add(batch);
}

void MessagesPane::onRowsAdded()
{
    if (m_selectFirstWhenLoaded && m_model->rowCount() > 0) {
        m_selectFirstWhenLoaded = false;
        m_table->selectRow(0);
        m_table->setFocus();
    }
    const BrowseProgress &progress = m_lastProgress;
    if (m_expectedTotal == 0)
        m_expectedTotal = expectedTotal(progress);
    if (m_expectedTotal > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qMin<qint64>(1000, progress.scanned * 1000 / m_expectedTotal)));
    }
    updateStatus();
}

// How many messages the load will read: 0 while not known yet, -1 when unbounded.
qint64 MessagesPane::expectedTotal(const BrowseProgress &progress) const
{
    if (progress.partitions.isEmpty())
        return 0;
    qint64 total = 0;
    bool bounded = true;
    for (const PartitionPosition &p : progress.partitions) {
        if (p.end < 0)
            bounded = false;
        else
            total += p.end - p.start;
    }
    // A search's limit counts matches, not the messages it reads.
    const qint64 limit = m_searching ? 0 : m_limit->value();
    if (limit > 0)
        total = bounded ? qMin(total, limit) : limit;
    return bounded || limit > 0 ? total : -1;
}

void MessagesPane::onFinished(quint64, BrowseEnd end, const BrowseProgress &progress,
                              const KafkaError &error)
{
    m_lastEnd = end;
    m_lastError = error;
    m_lastProgress = progress;
    m_finishing = true;
    m_feed->drain(); // then onDrained()
}

// The load ended and every message it read is in the table.
void MessagesPane::onDrained()
{
    if (!std::exchange(m_finishing, false))
        return;
    const BrowseEnd end = m_lastEnd;
    const KafkaError error = m_lastError;
    setLoading(false);
    m_stop->setEnabled(false);
    m_progress->setVisible(m_export->isRunning());
    if (m_searching && end != BrowseEnd::Failed)
        m_filterStatus->setText(searchFoundText());
    updateStatus();
    emit loadFinished(end, error);
}

void MessagesPane::updateStatus()
{
    const QLocale locale;
    QStringList parts;
    const BrowseProgress &p = m_lastProgress;
    if (m_loadedTopic.isEmpty()) {
        m_status->setText(tr("Choose a topic and press Load."));
        return;
    }
    if (m_searching)
        parts.append(searchProgressText());
    else
        parts.append(
            tr("%1 messages loaded from %2").arg(locale.toString(p.loaded), m_loadedTopic));
    if (m_loading && m_following)
        parts.append(tr("following new messages"));
    if (m_loading && p.elapsedMs > 0)
        parts.append(tr("%1 msg/s").arg(locale.toString(qRound64(p.ratePerSecond))));
    if (m_model->droppedCount() > 0)
        parts.append(tr("%1 oldest dropped to stay within the cap")
                         .arg(locale.toString(m_model->droppedCount())));
    if (!m_loading) {
        switch (m_lastEnd) {
        case BrowseEnd::Completed:
            parts.append(tr("done: reached the end of every partition"));
            break;
        case BrowseEnd::LimitReached:
            parts.append(tr("done: limit reached"));
            break;
        case BrowseEnd::Stopped:
            parts.append(tr("stopped"));
            break;
        case BrowseEnd::Failed:
            parts.append(tr("failed: %1").arg(m_lastError.message));
            break;
        }
    } else if (!p.warning.isEmpty()) {
        parts.append(
            tr("waiting: %1 (what was loaded is kept; loading resumes when the cluster answers)")
                .arg(p.warning));
    }
    // Last: the longest part, and the one a narrow window may cut (the tooltip has them all).
    const QStringList positions = partitionPositions();
    if (!positions.isEmpty()) {
        QString shown = positions.mid(0, 6).join(QStringLiteral(", "));
        if (positions.size() > 6)
            shown += tr(", … (%1 partitions)").arg(positions.size());
        parts.append(shown);
        m_status->setToolTip(positions.join(QLatin1Char('\n')));
    }
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

// "P0: 120/500" while loading; a search says which offsets it read ("P0: 0–4,999 of 0–9,999").
QStringList MessagesPane::partitionPositions() const
{
    QStringList positions;
    for (const PartitionPosition &position : m_lastProgress.partitions) {
        if (m_searching && position.end >= 0)
            positions.append(tr("P%1: %2–%3 of %4–%5")
                                 .arg(position.partition)
                                 .arg(position.start)
                                 .arg(qMax(position.start, position.position) - 1)
                                 .arg(position.start)
                                 .arg(position.end - 1));
        else if (position.end >= 0)
            positions.append(
                tr("P%1: %2/%3").arg(position.partition).arg(position.position).arg(position.end));
        else
            positions.append(tr("P%1: %2").arg(position.partition).arg(position.position));
    }
    return positions;
}

QString MessagesPane::searchFoundText() const
{
    return tr("The %n message(s) found are shown; the filter bar now narrows them down.", nullptr,
              int(qMin<qint64>(m_lastProgress.loaded, std::numeric_limits<int>::max())));
}

QString MessagesPane::searchProgressText() const
{
    const QLocale locale;
    const BrowseProgress &p = m_lastProgress;
    QString text =
        tr("%n match(es)", nullptr, int(qMin<qint64>(p.loaded, std::numeric_limits<int>::max())));
    if (m_expectedTotal > 0) {
        text +=
            tr(" in %1 of %2 messages of %3 searched (%4 %)")
                .arg(locale.toString(p.scanned), locale.toString(m_expectedTotal), m_loadedTopic)
                .arg(p.scanned * 100 / m_expectedTotal);
        if (m_loading && p.ratePerSecond > 0) {
            const qint64 secondsLeft =
                qRound64(double(m_expectedTotal - p.scanned) / p.ratePerSecond);
            text += tr(" · about %1 left")
                        .arg(secondsLeft < 60 ? tr("%1 s").arg(secondsLeft)
                                              : tr("%1 min").arg((secondsLeft + 30) / 60));
        }
    } else {
        text += tr(" in %1 messages of %2 searched").arg(locale.toString(p.scanned), m_loadedTopic);
    }
    return text;
}

void MessagesPane::showCurrentMessage()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 absolute = current.isValid() ? m_model->absoluteIndex(current.row()) : -1;
    if (absolute < 0) {
        m_currentMessage = -1;
        m_detail->clearMessage();
        return;
    }
    m_currentMessage = absolute;
    m_detail->setMessage(m_loadedTopic, m_model->record(absolute), m_model->bytes(absolute));
    m_detail->setShownIndex(absolute);
    decodeCurrentMessage();
}

void MessagesPane::decodeCurrentMessage()
{
    const auto decoder = m_model->decoder();
    if (!decoder || m_currentMessage < 0)
        return;
    m_detailDecoder->start(m_model->snapshot(), {m_currentMessage}, decoder,
                           MessageDecodeRunner::Detail::Full,
                           [this, decoder](const DecodedMessages &messages) {
                               if (!messages.isEmpty())
                                   m_detail->setDecoded(messages.first(), decoder);
                           });
}

void MessagesPane::updateDecoder()
{
    const LocalSchemas local = m_localSchemas.value(m_loadedTopic);
    if (!m_registry && !local.key && !local.value) {
        m_model->setDecoder(nullptr);
        return;
    }
    m_model->setDecoder(std::make_shared<PayloadDecoder>(
        m_registry ? m_registry->catalog() : nullptr, local.key, local.value));
}

void MessagesPane::setLocalSchemas(const QString &topic, std::optional<LocalSchema> key,
                                   std::optional<LocalSchema> value)
{
    LocalSchemas &local = m_localSchemas[topic];
    local.key = std::move(key);
    local.value = std::move(value);
    if (topic == m_loadedTopic) {
        updateDecoder();
        decodeCurrentMessage();
    }
}

void MessagesPane::chooseLocalSchemas()
{
    const QString topic = m_topic->currentText().trimmed();
    if (topic.isEmpty())
        return;
    const LocalSchemas current = m_localSchemas.value(topic);
    LocalSchemaDialog dialog(
        topic, {current.keyPath, current.key ? current.key->messageType : QString()},
        {current.valuePath, current.value ? current.value->messageType : QString()}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_localSchemas[topic].keyPath = dialog.keyChoice().path;
    m_localSchemas[topic].valuePath = dialog.valueChoice().path;
    setLocalSchemas(topic, dialog.keySchema(), dialog.valueSchema());
}

void MessagesPane::setSchemaRegistry(SchemaRegistry *registry)
{
    m_registry = registry;
    updateDecoder();
    if (!registry)
        return;
    connect(registry, &SchemaRegistry::schemasChanged, this, [this] {
        m_model->schemasChanged();
        decodeCurrentMessage();
        // Rows that waited for a schema were matched as bytes: match them again as JSON.
        if (m_model->hasFilter())
            applyFilter();
    });
}

bool MessagesPane::filterSpec(MessageFilterSpec *spec, QString *error) const
{
    spec->text = m_filterText->text();
    spec->regex = m_regex->isChecked();
    spec->caseSensitive = m_matchCase->isChecked();
    const int scope = m_scope->currentData().toInt();
    spec->inKey = scope & kInKey;
    spec->inValue = scope & kInValue;
    spec->inHeaders = scope & kInHeaders;
    spec->jsonField = m_jsonField->text();
    if (!parsePartitions(m_filterPartitions->text(), &spec->partitions, error))
        return false;
    spec->minOffset = optionalNumber(m_minOffset);
    spec->maxOffset = optionalNumber(m_maxOffset);
    if (m_useFrom->isChecked())
        spec->fromMs = m_from->dateTime().toMSecsSinceEpoch();
    if (m_useTo->isChecked())
        spec->toMs = m_to->dateTime().toMSecsSinceEpoch();
    return true;
}

void MessagesPane::applyFilter()
{
    m_filterDebounce->stop();
    MessageFilterSpec spec;
    QString error;
    if (!filterSpec(&spec, &error)) {
        m_filterStatus->setText(error);
        return;
    }
    if (spec.isEmpty()) {
        m_model->setFilter(nullptr);
        return;
    }
    std::shared_ptr<const MessageFilter> filter =
        MessageFilter::create(spec, &error, m_model->decoder());
    if (!filter) {
        m_filterStatus->setText(error);
        return;
    }
    m_filterStatus->setText(tr("Filtering…"));
    m_model->setFilter(std::move(filter));
    m_cancelFilter->setVisible(m_model->isViewBusy());
}

void MessagesPane::cancelFilter()
{
    m_filterDebounce->stop();
    for (QLineEdit *edit :
         {m_filterText, m_jsonField, m_filterPartitions, m_minOffset, m_maxOffset}) {
        const QSignalBlocker blocker(edit);
        edit->clear();
    }
    for (QCheckBox *check : {m_useFrom, m_useTo}) {
        const QSignalBlocker blocker(check);
        check->setChecked(false);
    }
    m_from->setVisible(false);
    m_to->setVisible(false);
    m_model->setFilter(nullptr);
    m_cancelFilter->setVisible(false);
    m_filterStatus->setText(tr("Filter cancelled."));
}

void MessagesPane::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Messages"),
                                                      m_loadedTopic + QStringLiteral(".jsonl"),
                                                      tr("JSON Lines (*.jsonl);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void MessagesPane::exportTo(const QString &path)
{
    m_exportButton->setEnabled(false);
    m_cancelExport->setVisible(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_filterStatus->setText(tr("Exporting to %1…").arg(path));
    m_export->start(path, MessageExportJob::formatForPath(path), m_loadedTopic, m_model->snapshot(),
                    m_model->shownIndexes(), m_model->decoder());
}

} // namespace Qafka
