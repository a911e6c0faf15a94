// The main window as a desktop program: remembered layout and session, keyboard paths, accessible
// names, the About dialog, light and dark palettes, and the Korean translation without clipped
// text. Against the real single-node cluster, so every pane has real content.
#include "aboutdialog.h"
#include "accessibilitychecks.h"
#include "applanguage.h"
#include "brokerspane.h"
#include "clusterview.h"
#include "connectiondialog.h"
#include "kafkatestcluster.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "semanticcolors.h"
#include "session/clusterconnection.h"
#include "topicspane.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>

#include <cmath>

using namespace Qafka;

namespace {

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

// WCAG 2 contrast ratio, 1 to 21.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return dark;
}

} // namespace

class TestDesktopShell : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("single")};
    QTemporaryDir m_dir;
    SecretStore m_secrets{QStringLiteral("QafkaTest")};

    QString shotPath(const QString &name) const
    {
        return qEnvironmentVariable("QAFKA_SCREENSHOT_DIR", QDir::tempPath()) + u'/' + name;
    }
    // Opens the cluster, waits until the brokers pane is filled.
    bool openCluster(MainWindow *window)
    {
        window->openBootstrap(m_cluster.bootstrap());
        return QTest::qWaitFor(
            [&] {
                return window->currentCluster() &&
                       window->currentCluster()->brokersPane()->brokerView()->model()->rowCount() >
                           0;
            },
            20000);
    }

private slots:
    void initTestCase() { QVERIFY2(m_cluster.isAvailable(), "single-node fixture missing"); }

    void semanticColoursAreReadableInLightAndDark()
    {
        QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        const QPalette light = fusion->standardPalette();
        delete fusion;
        QVERIFY(!isDarkPalette(light));
        QVERIFY(isDarkPalette(darkPalette()));
        for (const QPalette &palette : {light, darkPalette()}) {
            for (Meaning meaning :
                 {Meaning::Error, Meaning::Warning, Meaning::Success, Meaning::Rewound}) {
                const QColor colour = semanticColor(meaning, palette);
                for (QPalette::ColorRole role : {QPalette::Base, QPalette::Window}) {
                    const double ratio = contrast(colour, palette.color(role));
                    QVERIFY2(ratio >= 4.5,
                             qPrintable(QStringLiteral("%1 on %2: %3:1")
                                            .arg(colour.name(), palette.color(role).name())
                                            .arg(ratio)));
                }
            }
        }
    }

    void remembersLayoutAndSession()
    {
        const QString ini = m_dir.filePath(QStringLiteral("session.ini"));
        const QString splitterKey = QStringLiteral("layout/splitters/groupSplitter");
        double splitterShare = 0;
        int columnWidth = 0;
        QRect geometry;
        QByteArray groupSplitterState;
        {
            QSettings settings(ini, QSettings::IniFormat);
            ConnectionProfile secure = ConnectionProfile::forBootstrap(m_cluster.bootstrap());
            secure.name = QStringLiteral("Secure");
            // Its secrets come from the keychain, so its tab opens after the others.
            secure.securityProtocol = SecurityProtocol::SaslPlaintext;
            ConnectionProfile deleted = ConnectionProfile::forBootstrap(m_cluster.bootstrap());
            deleted.name = QStringLiteral("Soon deleted");
            ProfileStore(&settings).save(secure);
            ProfileStore(&settings).save(deleted);
            MainWindow window(&settings, &m_secrets);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1111, 777);
            QVERIFY(openCluster(&window));
            window.currentCluster()->showPane(ClusterView::GroupsPaneIndex);
            QVERIFY(window.openProfileNamed(secure.name));
            QTRY_COMPARE(window.clusterTabs()->count(), 2);
            QVERIFY(window.openProfileNamed(deleted.name));
            QCOMPARE(window.clusterTabs()->count(), 3);
            // The current tab is the secure one, in the middle; its layout is the one kept.
            window.clusterTabs()->setCurrentIndex(1);
            ClusterView *cluster = window.currentCluster();
            cluster->showPane(ClusterView::GroupsPaneIndex);
            cluster->findChild<QSplitter *>(QStringLiteral("groupSplitter"))->setSizes({100, 400});
            cluster->showPane(ClusterView::TopicsPaneIndex);
            auto *splitter = cluster->findChild<QSplitter *>(QStringLiteral("topicsSplitter"));
            QVERIFY(splitter);
            splitter->setSizes({200, 300});
            splitterShare = double(splitter->sizes().first()) /
                            (splitter->sizes().first() + splitter->sizes().last());
            auto *topics = cluster->findChild<QTableView *>(QStringLiteral("topicTable"));
            // Column 0 stretches; the others keep the width the user gives them.
            topics->horizontalHeader()->resizeSection(1, 133);
            columnWidth = topics->horizontalHeader()->sectionSize(1);
            QCOMPARE(columnWidth, 133);
            geometry = window.geometry();
            window.restoreSession(); // nothing saved yet: only arms saving the session
            QVERIFY(window.close());
            ProfileStore(&settings).remove(deleted.id);
            groupSplitterState = settings.value(splitterKey).toByteArray();
            QVERIFY(!groupSplitterState.isEmpty());
        }
        const QStringList savedSession = [&] {
            QSettings settings(ini, QSettings::IniFormat);
            return settings.value(QStringLiteral("session/clusters")).toStringList();
        }();
        QCOMPARE(savedSession.size(), 3);
        {
            QSettings settings(ini, QSettings::IniFormat);
            MainWindow window(&settings, &m_secrets);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.size(), geometry.size());
            window.restoreSession();
            // The deleted connection is not reopened and the status bar says so; the others
            // come back in their order, the secure one (opened last) current again.
            QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Soon deleted")),
                     qPrintable(window.statusBar()->currentMessage()));
            QTRY_COMPARE(window.clusterTabs()->count(), 2);
            QCOMPARE(window.clusterTabs()->tabText(0), m_cluster.bootstrap());
            QCOMPARE(window.clusterTabs()->tabText(1), QStringLiteral("Secure"));
            QCOMPARE(window.clusterTabs()->currentIndex(), 1);
            QCOMPARE(qobject_cast<ClusterView *>(window.clusterTabs()->widget(0))->currentPane(),
                     int(ClusterView::GroupsPaneIndex));
            ClusterView *cluster = window.currentCluster();
            QCOMPARE(cluster->currentPane(), int(ClusterView::TopicsPaneIndex));
            // The same share of the pane (the tab bar's height may differ with fewer tabs).
            auto *splitter = cluster->findChild<QSplitter *>(QStringLiteral("topicsSplitter"));
            const auto share = [](const QSplitter *s) {
                return double(s->sizes().first()) / (s->sizes().first() + s->sizes().last());
            };
            QTRY_VERIFY2(std::abs(share(splitter) - splitterShare) < 0.03,
                         qPrintable(QString::number(share(splitter))));
            QCOMPARE(cluster->findChild<QTableView *>(QStringLiteral("topicTable"))
                         ->horizontalHeader()
                         ->sectionSize(1),
                     columnWidth);
            // The groups pane of the current tab is never shown in this run: quitting keeps its
            // saved splitter instead of writing sizes it never had.
            QVERIFY(window.close());
            QCOMPARE(settings.value(splitterKey).toByteArray(), groupSplitterState);
        }
        {
            // A run on one cluster (qafka --bootstrap, the sandbox) leaves the session alone.
            QSettings settings(ini, QSettings::IniFormat);
            const QStringList before =
                settings.value(QStringLiteral("session/clusters")).toStringList();
            MainWindow window(&settings, &m_secrets);
            window.show();
            QVERIFY(openCluster(&window));
            QVERIFY(window.close());
            QCOMPARE(settings.value(QStringLiteral("session/clusters")).toStringList(), before);
        }
    }

    void keyboardReachesEveryPane()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("keys.ini")), QSettings::IniFormat);
        MainWindow window(&settings, &m_secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openCluster(&window));
        ClusterView *cluster = window.currentCluster();

        // Menus and their items have accelerators; no two shortcuts collide.
        QHash<QKeySequence, QString> taken;
        for (QAction *menu : window.menuBar()->actions()) {
            QVERIFY2(menu->text().contains(u'&'), qPrintable(menu->text()));
            for (QAction *action : menu->menu()->actions()) {
                if (action->isSeparator())
                    continue;
                if (!action->menu() && action->objectName().startsWith(QStringLiteral("action")) &&
                    !action->objectName().startsWith(QStringLiteral("actionLanguage")))
                    QVERIFY2(action->text().contains(u'&'), qPrintable(action->text()));
                for (const QKeySequence &key : action->shortcuts()) {
                    QVERIFY2(!taken.contains(key),
                             qPrintable(key.toString() + u' ' + action->text() + u' ' +
                                        taken.value(key)));
                    taken.insert(key, action->text());
                }
            }
        }
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionNewConnection"))->shortcut(),
                 QKeySequence(QKeySequence::New));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionRefresh"))->shortcut(),
                 QKeySequence(QKeySequence::Refresh));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionFind"))->shortcut(),
                 QKeySequence(QKeySequence::Find));

        // Ctrl+2 shows the topics, Ctrl+F puts the keyboard in their filter.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(cluster->currentPane(), int(ClusterView::TopicsPaneIndex));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(QApplication::focusWidget() &&
                    QApplication::focusWidget()->objectName() == QStringLiteral("topicFilter"));
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(cluster->currentPane(), int(ClusterView::ProducerPaneIndex));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(cluster->currentPane(), int(ClusterView::GroupsPaneIndex));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(QApplication::focusWidget() &&
                    QApplication::focusWidget()->objectName() == QStringLiteral("groupFilter"));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(cluster->currentPane(), int(ClusterView::BrokersPaneIndex));
        // The panes' toolbar actions are also in their tables' context menus (Menu key).
        for (const QString &table : {QStringLiteral("topicTable"), QStringLiteral("groupTable")}) {
            auto *view = cluster->findChild<QTableView *>(table);
            QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
            QVERIFY(view->actions().size() >= 4);
        }
        // Ctrl+W closes the cluster; then the cluster actions are disabled.
        QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(window.clusterTabs()->count(), 0);
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionRefresh"))->isEnabled());
    }

    void everyControlHasAnAccessibleName()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a11y.ini")), QSettings::IniFormat);
        MainWindow window(&settings, &m_secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openCluster(&window));
        ClusterView *cluster = window.currentCluster();
        QStringList unnamed;
        for (int pane = ClusterView::BrokersPaneIndex; pane <= ClusterView::SchemasPaneIndex;
             ++pane) {
            cluster->showPane(pane);
            QTRY_VERIFY(cluster->currentPane() == pane);
            unnamed += unnamedControls(&window, QStringLiteral("pane %1").arg(pane));
            // Every tab of the pane's tab widgets (details, charts), one after the other.
            for (QTabWidget *tabs : cluster->findChildren<QTabWidget *>()) {
                if (!tabs->isVisible())
                    continue;
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    tabs->setCurrentIndex(tab);
                    QTRY_VERIFY(tabs->currentWidget()->isVisible());
                    unnamed += unnamedControls(&window, tabs->tabText(tab));
                }
            }
        }
        for (QDialog *dialog : {static_cast<QDialog *>(new ConnectionDialog(&window)),
                                static_cast<QDialog *>(new AboutDialog(&window))}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            unnamed += unnamedControls(dialog, dialog->windowTitle());
            delete dialog;
        }
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }

    void everyMessageIsReadable()
    {
        // What a person reads, a screen reader reads: every visible label's text is in its
        // accessible name or description, in every pane, on a failed connection's banner and in
        // the dialogs.
        QSettings settings(m_dir.filePath(QStringLiteral("messages.ini")), QSettings::IniFormat);
        MainWindow window(&settings, &m_secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openCluster(&window));
        ClusterView *cluster = window.currentCluster();
        QTRY_VERIFY(!cluster->healthLabel()->text().isEmpty());
        QStringList unreadable;
        for (int pane = ClusterView::BrokersPaneIndex; pane <= ClusterView::SchemasPaneIndex;
             ++pane) {
            cluster->showPane(pane);
            QTRY_VERIFY(cluster->currentPane() == pane);
            unreadable += unreadableMessages(&window, QStringLiteral("pane %1").arg(pane));
        }
        window.openBootstrap(QStringLiteral("127.0.0.1:1"));
        QTRY_VERIFY_WITH_TIMEOUT(window.currentCluster()
                                     ->findChild<QWidget *>(QStringLiteral("connectionBanner"))
                                     ->isVisible(),
                                 30000);
        unreadable += unreadableMessages(&window, QStringLiteral("failed connection"));
        for (QDialog *dialog : {static_cast<QDialog *>(new ConnectionDialog(&window)),
                                static_cast<QDialog *>(new AboutDialog(&window))}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            unreadable += unreadableMessages(dialog, dialog->windowTitle());
            delete dialog;
        }
        QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(u'\n')));
    }

    void aboutDialogCopiesDiagnostics()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString details = dialog.findChild<QLabel *>(QStringLiteral("aboutDetails"))->text();
        QVERIFY(details.contains(QString::fromLatin1(qVersion())));
        QVERIFY(details.contains(QStringLiteral("librdkafka 2.")));
        QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("librdkafka: 2.")), qPrintable(copied));
        QVERIFY(
            copied.contains(QStringLiteral("Qt (runtime): ") + QString::fromLatin1(qVersion())));
        QVERIFY(copied.contains(QStringLiteral("Build date: 20")));
        QVERIFY(dialog.grab().save(shotPath(QStringLiteral("about-dialog.png"))));
    }

    void darkAndLightScreenshots()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("dark.ini")), QSettings::IniFormat);
        const QPalette original = QApplication::palette();
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : original);
            // What the models and labels use follows the application's palette.
            QCOMPARE(semanticColor(Meaning::Error),
                     semanticColor(Meaning::Error, dark ? darkPalette() : original));
            QCOMPARE(isDarkPalette(QApplication::palette()), dark);
            MainWindow window(&settings, &m_secrets);
            window.resize(1200, 760);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(openCluster(&window));
            window.currentCluster()->showPane(ClusterView::TopicsPaneIndex);
            QTRY_VERIFY(window.currentCluster()->topicsPane()->topicView()->isVisible());
            // The screenshot shows message counts and configs, which the slower refresh brings.
            QTRY_VERIFY_WITH_TIMEOUT(!window.currentCluster()->connection()->topicStats().isEmpty(),
                                     15000);
            QVERIFY(window.grab().save(shotPath(dark ? QStringLiteral("main-dark.png")
                                                     : QStringLiteral("main-light.png"))));
        }
        QApplication::setPalette(original);
    }

    void koreanHasNoClippedText()
    {
        QTranslator korean;
        QVERIFY(korean.load(QLocale(QLocale::Korean), QStringLiteral("qafka"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&korean);
        QSettings settings(m_dir.filePath(QStringLiteral("ko.ini")), QSettings::IniFormat);
        {
            MainWindow window(&settings, &m_secrets);
            window.resize(1200, 760);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("연결(&C)"));
            QVERIFY(openCluster(&window));
            ClusterView *cluster = window.currentCluster();
            QStringList clipped;
            for (int pane = ClusterView::BrokersPaneIndex; pane <= ClusterView::SchemasPaneIndex;
                 ++pane) {
                cluster->showPane(pane);
                QTRY_VERIFY(cluster->currentPane() == pane);
                clipped += clippedTexts(&window);
                if (pane == ClusterView::BrokersPaneIndex)
                    QVERIFY(window.grab().save(shotPath(QStringLiteral("main-korean.png"))));
                if (pane == ClusterView::GroupsPaneIndex)
                    QVERIFY(window.grab().save(shotPath(QStringLiteral("groups-korean.png"))));
            }
            clipped.removeDuplicates();
            QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
        }
        QCoreApplication::removeTranslator(&korean);
    }

    void languageChoiceInstallsTheTranslation()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("language.ini")), QSettings::IniFormat);
        QCOMPARE(AppLanguage::chosen(settings), QString());
        AppLanguage::choose(&settings, QStringLiteral("ko"));
        QCOMPARE(AppLanguage::chosen(settings), QStringLiteral("ko"));
        const QLocale locale = AppLanguage::install(qApp, AppLanguage::chosen(settings));
        QCOMPARE(locale.language(), QLocale::Korean);
        QCOMPARE(QCoreApplication::translate("Qafka::MainWindow", "&View"),
                 QStringLiteral("보기(&V)"));
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
        AppLanguage::choose(&settings, QString());
        QCOMPARE(AppLanguage::chosen(settings), QString());
        // English, which words the plurals.
        AppLanguage::install(qApp, QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("ClusterHealth", "%n broker(s) up", nullptr, 3),
                 QStringLiteral("3 brokers up"));
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

QTEST_MAIN(TestDesktopShell)
#include "tst_desktopshell.moc"
