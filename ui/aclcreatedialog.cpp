#include "aclcreatedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Qafka {

namespace {

QComboBox *makeCombo(const QString &objectName, const QString &accessibleName,
                     const QStringList &items, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->addItems(items);
    return box;
}

QLineEdit *makeEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

AclCreateDialog::AclCreateDialog(const QStringList &principals, QWidget *parent)
    : QDialog(parent)
    , m_kind(makeCombo(
          QStringLiteral("aclKindBox"), tr("What to grant"),
          {tr("One binding"), tr("Producer for a topic"), tr("Consumer for a topic and a group")},
          this))
    , m_principal(makeCombo(QStringLiteral("aclPrincipalBox"), tr("Principal"), principals, this))
    , m_host(makeEdit(QStringLiteral("aclHostEdit"), tr("Host"), this))
    , m_pattern(makeCombo(QStringLiteral("aclPatternBox"), tr("Pattern type"),
                          {QStringLiteral("LITERAL"), QStringLiteral("PREFIXED")}, this))
    , m_forms(new QStackedWidget(this))
    , m_preview(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_create(nullptr)
{
    setObjectName(QStringLiteral("aclCreateDialog"));
    setWindowTitle(tr("Create ACL Bindings"));
    m_principal->setEditable(true);
    m_principal->setCurrentText(QStringLiteral("User:"));
    m_host->setText(QStringLiteral("*"));
    m_host->setToolTip(tr("An IP address, or * for any host"));
    m_forms->addWidget(buildSingleForm());
    m_forms->addWidget(buildBundleForm());
    m_preview->setObjectName(QStringLiteral("aclPreview"));
    m_preview->setAccessibleName(tr("Bindings that will be written"));
    m_message->setObjectName(QStringLiteral("aclCreateMessage"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Grant:"), m_kind);
    form->addRow(tr("&Principal:"), m_principal);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("Pa&ttern type:"), m_pattern);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("aclCreateButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_forms);
    auto *previewTitle = new QLabel(tr("These bindings will be &written:"), this);
    previewTitle->setBuddy(m_preview);
    layout->addWidget(previewTitle);
    layout->addWidget(m_preview);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int kind) {
        m_forms->setCurrentIndex(kind == SingleBinding ? 0 : 1);
        m_group->setVisible(kind == ConsumerBundle);
        m_groupLabel->setVisible(kind == ConsumerBundle);
        update();
    });
    for (QComboBox *box : {m_pattern, m_resourceType, m_operation, m_permission})
        connect(box, &QComboBox::currentIndexChanged, this, &AclCreateDialog::update);
    connect(m_principal, &QComboBox::currentTextChanged, this, &AclCreateDialog::update);
    for (QLineEdit *edit : {m_host, m_resourceName, m_topic, m_group})
        connect(edit, &QLineEdit::textChanged, this, &AclCreateDialog::update);
    setKind(SingleBinding);
    update();
    resize(560, 520);
}

QWidget *AclCreateDialog::buildSingleForm()
{
    auto *page = new QWidget(this);
    m_resourceType = makeCombo(QStringLiteral("aclResourceTypeBox"), tr("Resource type"),
                               aclResourceTypes(), page);
    m_resourceName = makeEdit(QStringLiteral("aclResourceNameEdit"), tr("Resource name"), page);
    m_resourceName->setPlaceholderText(tr("a name, or * for every resource of the type"));
    m_operation = makeCombo(QStringLiteral("aclOperationBox"), tr("Operation"), {}, page);
    m_permission = makeCombo(QStringLiteral("aclPermissionBox"), tr("Permission"),
                             {QStringLiteral("ALLOW"), QStringLiteral("DENY")}, page);
    fillOperations();
    connect(m_resourceType, &QComboBox::currentIndexChanged, this, [this] {
        fillOperations();
        if (m_resourceType->currentText() == u"CLUSTER")
            m_resourceName->setText(QStringLiteral("kafka-cluster"));
    });
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Resource &type:"), m_resourceType);
    form->addRow(tr("Resource &name:"), m_resourceName);
    form->addRow(tr("&Operation:"), m_operation);
    form->addRow(tr("Per&mission:"), m_permission);
    return page;
}

QWidget *AclCreateDialog::buildBundleForm()
{
    auto *page = new QWidget(this);
    m_topic = makeEdit(QStringLiteral("aclTopicEdit"), tr("Topic"), page);
    m_group = makeEdit(QStringLiteral("aclGroupEdit"), tr("Consumer group"), page);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("T&opic:"), m_topic);
    m_groupLabel = new QLabel(tr("&Group:"), page);
    m_groupLabel->setBuddy(m_group);
    form->addRow(m_groupLabel, m_group);
    return page;
}

void AclCreateDialog::fillOperations()
{
    const QString current = m_operation->currentText();
    const QSignalBlocker blocker(m_operation);
    m_operation->clear();
    m_operation->addItems(aclOperations(m_resourceType->currentText()));
    const int kept = m_operation->findText(current);
    if (kept >= 0)
        m_operation->setCurrentIndex(kept);
    update();
}

void AclCreateDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(kind);
}

QList<AclBinding> AclCreateDialog::bindings() const
{
    const QString principal = m_principal->currentText().trimmed();
    const QString host = m_host->text().trimmed();
    const QString pattern = m_pattern->currentText();
    switch (m_kind->currentIndex()) {
    case ProducerBundle:
        return producerAcls(principal, host, m_topic->text().trimmed(), pattern);
    case ConsumerBundle:
        return consumerAcls(principal, host, m_topic->text().trimmed(), m_group->text().trimmed(),
                            pattern);
    default:
        return {{m_resourceType->currentText(), m_resourceName->text().trimmed(), pattern,
                 principal, host, m_operation->currentText(), m_permission->currentText()}};
    }
}

QString AclCreateDialog::validationError() const
{
    for (const AclBinding &binding : bindings())
        if (QString problem = binding.problem(); !problem.isEmpty())
            return problem;
    return {};
}

void AclCreateDialog::update()
{
    if (!m_create || !m_operation || !m_group)
        return; // still being built
    m_preview->clear();
    const QList<AclBinding> next = bindings();
    for (const AclBinding &binding : next)
        m_preview->addItem(binding.summary());
    const QString problem = validationError();
    m_message->setText(problem.isEmpty()
                           ? tr("%n binding(s) will be written.", nullptr, int(next.size()))
                           : problem);
    m_create->setEnabled(problem.isEmpty());
}

} // namespace Qafka
