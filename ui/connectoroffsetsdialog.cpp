#include "connectoroffsetsdialog.h"

#include "jsonhighlighter.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Qafka {

ConnectorOffsetsDialog::ConnectorOffsetsDialog(const QString &connector,
                                               const QString &currentOffsets, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(currentOffsets, this))
    , m_status(new QLabel(this))
    , m_alter(new QPushButton(tr("&Alter Offsets…"), this))
{
    setObjectName(QStringLiteral("connectorOffsetsDialog"));
    setWindowTitle(tr("Offsets of %1").arg(connector));
    auto *help = new QLabel(
        tr("The offsets %1 continues from when it starts again, in Connect's form. A sink "
           "connector's partition is {\"kafka_topic\", \"kafka_partition\"} and its offset "
           "{\"kafka_offset\"}; a source connector's are what its plugin writes (shown below as "
           "it has them now). An offset of null forgets that partition.")
            .arg(connector),
        this);
    help->setWordWrap(true);
    m_editor->setObjectName(QStringLiteral("connectorOffsetsEditor"));
    m_editor->setAccessibleName(tr("Connector offsets (JSON)"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(m_editor->document(), palette());
    m_status->setObjectName(QStringLiteral("connectorOffsetsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_alter, QDialogButtonBox::AcceptRole);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_alter, &QPushButton::clicked, this, &ConnectorOffsetsDialog::tryAccept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 480);
}

QJsonObject ConnectorOffsetsDialog::parseOffsets(const QString &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The offsets are not JSON: %1 at character %2.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return {};
    }
    const QJsonArray offsets = document.object().value(u"offsets").toArray();
    if (offsets.isEmpty()) {
        *error = tr("Write the offsets as {\"offsets\": [...]} with at least one partition.");
        return {};
    }
    for (qsizetype i = 0; i < offsets.size(); ++i) {
        const QJsonObject entry = offsets.at(i).toObject();
        const QJsonValue offset = entry.value(u"offset");
        if (!entry.value(u"partition").isObject() || !(offset.isObject() || offset.isNull())) {
            *error = tr("Entry %1 needs a \"partition\" object and an \"offset\" object (or null).")
                         .arg(i + 1);
            return {};
        }
    }
    return document.object();
}

void ConnectorOffsetsDialog::tryAccept()
{
    QString error;
    const QJsonObject offsets = parseOffsets(m_editor->toPlainText(), &error);
    if (!error.isEmpty()) {
        m_status->setText(error);
        m_status->setAccessibleName(error);
        return;
    }
    m_offsets = offsets;
    accept();
}

} // namespace Qafka
