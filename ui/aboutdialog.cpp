#include "aboutdialog.h"

#include "appinfo.h"
#include "session/clusterconnection.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QSysInfo>
#include <QVBoxLayout>

namespace Qafka {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_copy(new QPushButton(tr("&Copy Diagnostics"), this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Qafka"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setVisible(!QApplication::windowIcon().isNull());
    icon->setAccessibleName(tr("Qafka icon"));
    auto *title =
        new QLabel(QStringLiteral("<h2>Qafka %1</h2>").arg(QStringLiteral(QAFKA_VERSION)), this);
    title->setAccessibleDescription(tr("Application name and version"));
    auto *summary = new QLabel(
        tr("A native desktop application to browse, produce to and watch Apache Kafka clusters."),
        this);
    summary->setWordWrap(true);
    auto *details = new QLabel(this);
    details->setObjectName(QStringLiteral("aboutDetails"));
    details->setAccessibleDescription(tr("Versions"));
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const bool staticRdkafka = QStringLiteral(QAFKA_RDKAFKA_LINKAGE) == u"static";
    details->setText(tr("Built on %1 with Qt %2; running on Qt %3.")
                         .arg(QStringLiteral(QAFKA_BUILD_DATE), QStringLiteral(QT_VERSION_STR),
                              QString::fromLatin1(qVersion())) +
                     u'\n' +
                     tr("librdkafka %1 (%2).")
                         .arg(ClusterConnection::librdkafkaVersion(),
                              staticRdkafka ? tr("linked statically") : tr("shared library")) +
                     u'\n' + QSysInfo::prettyProductName());

    m_copy->setObjectName(QStringLiteral("copyDiagnosticsButton"));
    m_copy->setToolTip(tr("Copy versions and system details for a bug report"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(diagnostics());
        m_copy->setText(tr("Copied"));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *heading = new QHBoxLayout;
    heading->addWidget(icon);
    heading->addWidget(title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(summary);
    layout->addWidget(details);
    layout->addWidget(buttons);
}

QString AboutDialog::diagnostics()
{
    // Not translated: it goes into bug reports.
    QStringList lines;
    lines << QStringLiteral("Qafka: ") + QStringLiteral(QAFKA_VERSION)
          << QStringLiteral("Application id: ") + QStringLiteral(QAFKA_APP_ID)
          << QStringLiteral("Build date: ") + QStringLiteral(QAFKA_BUILD_DATE)
          << QStringLiteral("Qt (build): ") + QStringLiteral(QT_VERSION_STR)
          << QStringLiteral("Qt (runtime): ") + QString::fromLatin1(qVersion())
          << QStringLiteral("librdkafka: ") + ClusterConnection::librdkafkaVersion()
          << QStringLiteral("librdkafka (build): ") + QStringLiteral(QAFKA_RDKAFKA_BUILD_VERSION) +
                 QStringLiteral(", " QAFKA_RDKAFKA_LINKAGE)
          << QStringLiteral("System: ") + QSysInfo::prettyProductName()
          << QStringLiteral("Kernel: ") + QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion()
          << QStringLiteral("CPU: ") + QSysInfo::currentCpuArchitecture()
          << QStringLiteral("Platform: ") + QGuiApplication::platformName()
          << QStringLiteral("Style: ") +
                 (QApplication::style() ? QApplication::style()->name() : QString())
          << QStringLiteral("Locale: ") + QLocale().name();
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        lines << QStringLiteral("Screen: %1x%2 @%3x")
                     .arg(screen->size().width())
                     .arg(screen->size().height())
                     .arg(screen->devicePixelRatio());
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace Qafka
