#include "connectordetailview.h"

#include "connecttaskmodel.h"
#include "jsonhighlighter.h"
#include "tableviews.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Qafka {

ConnectorDetailView::ConnectorDetailView(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_taskModel(new ConnectTaskModel(this))
{
    m_tabs->setObjectName(QStringLiteral("connectorTabs"));
    m_tabs->addTab(buildTasksPage(), tr("&Tasks"));
    m_config = makeTextPage(QStringLiteral("connectorConfig"), tr("Connector configuration"));
    new JsonHighlighter(m_config->document(), palette());
    m_tabs->addTab(m_config, tr("Con&figuration"));
    m_topics = makeTextPage(QStringLiteral("connectorTopics"), tr("Topics the connector uses"));
    m_tabs->addTab(m_topics, tr("To&pics"));
    m_offsets = makeTextPage(QStringLiteral("connectorOffsets"), tr("Connector offsets"));
    new JsonHighlighter(m_offsets->document(), palette());
    m_tabs->addTab(m_offsets, tr("O&ffsets"));
    m_plugins = new QTreeWidget(this);
    m_plugins->setObjectName(QStringLiteral("connectPlugins"));
    m_plugins->setAccessibleName(tr("Installed connector plugins"));
    m_plugins->setRootIsDecorated(false);
    m_plugins->setHeaderLabels({tr("Class"), tr("Type"), tr("Version")});
    m_tabs->addTab(m_plugins, tr("P&lugins"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    showConnector(nullptr);
}

QWidget *ConnectorDetailView::buildTasksPage()
{
    auto *page = new QSplitter(Qt::Vertical, this);
    m_taskTable = makeTableView(QStringLiteral("connectorTaskTable"), tr("Connector tasks"), page);
    m_taskTable->setSortingEnabled(false);
    m_taskTable->setModel(m_taskModel);
    m_taskTable->horizontalHeader()->setStretchLastSection(true);
    auto *traceBox = new QWidget(page);
    m_trace = new QPlainTextEdit(traceBox);
    m_trace->setObjectName(QStringLiteral("connectorTrace"));
    m_trace->setAccessibleName(tr("Stack trace"));
    m_trace->setReadOnly(true);
    m_trace->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_trace->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_trace->setPlaceholderText(tr("A failed task's stack trace shows here."));
    m_copyTrace = new QPushButton(tr("&Copy trace"), traceBox);
    m_copyTrace->setObjectName(QStringLiteral("copyTraceButton"));
    connect(m_copyTrace, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_trace->toPlainText()); });
    auto *traceLayout = new QVBoxLayout(traceBox);
    traceLayout->setContentsMargins(0, 0, 0, 0);
    traceLayout->addWidget(m_trace, 1);
    traceLayout->addWidget(m_copyTrace, 0, Qt::AlignRight);
    connect(m_taskTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showTrace();
        emit currentTaskChanged();
    });
    return page;
}

QPlainTextEdit *ConnectorDetailView::makeTextPage(const QString &objectName,
                                                  const QString &accessibleName)
{
    auto *text = new QPlainTextEdit(this);
    text->setObjectName(objectName);
    text->setAccessibleName(accessibleName);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return text;
}

void ConnectorDetailView::showConnector(const ConnectorStatus *connector)
{
    const int selectedTask = currentTask();
    m_taskModel->setTasks(connector ? connector->tasks : QList<ConnectTaskStatus>());
    m_connectorTrace = connector ? connector->trace : QString();
    const QString config =
        connector ? QString::fromUtf8(QJsonDocument(connector->config).toJson()) : QString();
    if (m_config->toPlainText() != config)
        m_config->setPlainText(config);
    for (int row = 0; row < m_taskModel->rowCount(); ++row) {
        if (m_taskModel->task(row)->id == selectedTask)
            m_taskTable->selectRow(row);
    }
    showTrace();
    setEnabled(connector != nullptr || m_plugins->topLevelItemCount() > 0);
}

void ConnectorDetailView::showDetails(const QStringList &topics, const QString &topicsError,
                                      const QString &offsets, const QString &offsetsError)
{
    m_topics->setPlainText(topicsError.isEmpty() ? topics.join(u'\n') : topicsError);
    m_offsets->setPlainText(offsetsError.isEmpty() ? offsets : offsetsError);
}

void ConnectorDetailView::showPlugins(const QList<ConnectPlugin> &plugins, const QString &error)
{
    m_plugins->clear();
    if (!error.isEmpty())
        m_plugins->addTopLevelItem(new QTreeWidgetItem({error}));
    for (const ConnectPlugin &plugin : plugins)
        m_plugins->addTopLevelItem(
            new QTreeWidgetItem({plugin.className, plugin.type, plugin.version}));
    m_plugins->resizeColumnToContents(0);
}

int ConnectorDetailView::currentTask() const
{
    const ConnectTaskStatus *task = m_taskModel->task(m_taskTable->currentIndex().row());
    return task ? task->id : -1;
}

// The selected task's trace; else the connector's own (a failed connector instance); else the
// first failed task's, so a failure is in view without a click.
void ConnectorDetailView::showTrace()
{
    QString trace;
    if (const ConnectTaskStatus *task = m_taskModel->task(m_taskTable->currentIndex().row()))
        trace = task->trace;
    if (trace.isEmpty())
        trace = m_connectorTrace;
    for (int row = 0; trace.isEmpty() && row < m_taskModel->rowCount(); ++row)
        trace = m_taskModel->task(row)->trace;
    if (m_trace->toPlainText() != trace)
        m_trace->setPlainText(trace);
    m_copyTrace->setEnabled(!trace.isEmpty());
}

} // namespace Qafka
