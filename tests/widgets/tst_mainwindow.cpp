#include "brokerspane.h"
#include "clusterview.h"
#include "connectionwaiter.h"
#include "kafkatestcluster.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "messagespane.h"
#include "producerpane.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "session/clusterconnection.h"
#include "session/schemaregistry.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qafka;

class TestMainWindow : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("single")};
    QTemporaryDir m_dir;

private slots:
    void topicFromTheCommandLineIsFollowed()
    {
        // qafka --topic T: Messages on T, from the end, following; a new message appears.
        QSettings settings(m_dir.filePath(QStringLiteral("follow.ini")), QSettings::IniFormat);
        SecretStore secrets(QStringLiteral("QafkaTest"));
        MainWindow window(&settings, &secrets);
        window.show();
        window.openBootstrap(m_cluster.bootstrap());
        ClusterView *cluster = window.currentCluster();
        QTRY_VERIFY_WITH_TIMEOUT(cluster->connection()->state() == ConnectionState::Connected,
                                 15000);
        const QString topic =
            createTopicAndWait(*cluster->connection(), QStringLiteral("qafka-follow"), 1);
        QVERIFY(!topic.isEmpty());
        QVERIFY(m_cluster.kcatProduce(topic, {"old"}));
        cluster->followTopic(topic);
        QCOMPARE(cluster->currentPane(), int(ClusterView::MessagesPaneIndex));
        // The reader starts at the end some time after load(): send until one arrives.
        MessageListModel *model = cluster->messagesPane()->model();
        for (int attempt = 0; attempt < 40 && model->rowCount() == 0; ++attempt) {
            QVERIFY(m_cluster.kcatProduce(topic, {"new"}));
            (void)QTest::qWaitFor([model] { return model->rowCount() > 0; }, 500);
        }
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, MessageListModel::ValueColumn).data().toString(),
                     QStringLiteral("new")); // never the message from before
    }

    void initTestCase() { QVERIFY2(m_cluster.isAvailable(), "single-node fixture missing"); }

    void opensSeveralClustersInTabs()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        ProfileStore(&settings).save([&] {
            ConnectionProfile p = ConnectionProfile::forBootstrap(m_cluster.bootstrap());
            p.name = QStringLiteral("Sandbox (read-only)");
            p.readOnly = true;
            p.color = QColor(0xc6, 0x28, 0x28);
            return p;
        }());
        SecretStore secrets(QStringLiteral("QafkaTest"));
        MainWindow window(&settings, &secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.statusLabel()->text().contains(QStringLiteral("No cluster open")));

        window.openBootstrap(m_cluster.bootstrap());
        QVERIFY(window.openProfileNamed(QStringLiteral("Sandbox (read-only)")));
        QVERIFY(!window.openProfileNamed(QStringLiteral("missing")));
        QCOMPARE(window.clusterTabs()->count(), 2);
        QCOMPARE(window.clusterTabs()->tabText(1), QStringLiteral("Sandbox (read-only)"));
        QVERIFY(!window.clusterTabs()->tabIcon(1).isNull()); // the profile's colour

        QTRY_VERIFY_WITH_TIMEOUT(window.statusLabel()->text().contains(QStringLiteral("Connected")),
                                 15000);
        QVERIFY(window.statusLabel()->text().contains(QStringLiteral("read-only")));
        QTRY_COMPARE_WITH_TIMEOUT(
            window.currentCluster()->brokersPane()->brokerView()->model()->rowCount(), 1, 10000);

        // Every action has a name, so keyboard users and accessibility tools can find it.
        const auto actions = window.findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->objectName().startsWith(QStringLiteral("action")))
                QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
        }
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionRefresh"))->shortcut() ==
                QKeySequence::Refresh);

        const QString shot =
            qEnvironmentVariable("QAFKA_SCREENSHOT_DIR", QDir::tempPath()) + u"/mainwindow.png";
        QVERIFY(window.grab().save(shot));

        // Closing a tab closes its connection promptly.
        QElapsedTimer timer;
        timer.start();
        emit window.clusterTabs()->tabCloseRequested(0);
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(window.clusterTabs()->count(), 1);
    }

    // qafka --bootstrap B --schema-registry URL: the quick session decodes through that registry.
    void bootstrapWithSchemaRegistry()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("r.ini")), QSettings::IniFormat);
        SecretStore secrets(QStringLiteral("QafkaTest"));
        MainWindow window(&settings, &secrets);
        window.openBootstrap(m_cluster.bootstrap(), QStringLiteral("http://127.0.0.1:8081"));
        ClusterView *cluster = window.currentCluster();
        QVERIFY(cluster->schemaRegistry());
        QCOMPARE(cluster->schemaRegistry()->settings().urls,
                 QStringLiteral("http://127.0.0.1:8081"));
        QVERIFY(cluster->messagesPane()->model()->decoder());
        window.openBootstrap(m_cluster.bootstrap() + QStringLiteral(",") + m_cluster.bootstrap());
        QVERIFY(!window.currentCluster()->schemaRegistry());
        // A listener prefix on the command line chooses the security protocol.
        window.openBootstrap(QStringLiteral("SSL://") + m_cluster.bootstrap());
        QCOMPARE(window.currentCluster()->connection()->profile().securityProtocol,
                 SecurityProtocol::Ssl);
    }

    void closingWithMessagesInFlightAsks()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
        SecretStore secrets(QStringLiteral("QafkaTest"));
        MainWindow window(&settings, &secrets);
        window.show();
        window.openBootstrap(m_cluster.bootstrap());
        ClusterView *cluster = window.currentCluster();
        QTRY_VERIFY_WITH_TIMEOUT(cluster->connection()->state() == ConnectionState::Connected,
                                 15000);
        const QString topic =
            createTopicAndWait(*cluster->connection(), QStringLiteral("qafka-close-inflight"), 1);
        QVERIFY(!topic.isEmpty());

        // 200 messages, one every 50 ms: ten seconds of a send in progress.
        ProducerTemplate form;
        form.topic = topic;
        form.value = QStringLiteral("slow {{seq}}");
        form.count = 200;
        form.intervalMs = 50;
        cluster->producerPane()->setForm(form);
        QSignalSpy progress(cluster->connection(), &ClusterConnection::produceProgress);
        QVERIFY(cluster->producerPane()->send() != 0);
        QVERIFY(progress.wait(10000));
        QVERIFY(cluster->connection()->messagesInFlight() > 0);

        // The question names how many are not acknowledged; "No" keeps the window open.
        QString question;
        const auto answer = [&question](QMessageBox::StandardButton button) {
            QTimer::singleShot(200, [&question, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                question = box->text();
                box->button(button)->click();
            });
        };
        answer(QMessageBox::No);
        QVERIFY(!window.close());
        QVERIFY2(question.contains(QStringLiteral("have not been acknowledged")),
                 qPrintable(question));
        QVERIFY(window.isVisible());
        QVERIFY(cluster->producerPane()->isSending());

        answer(QMessageBox::Yes);
        question.clear();
        QVERIFY(window.close());
        QVERIFY(!question.isEmpty());
        QVERIFY(!window.isVisible());
    }

    void editConnectionReplacesTheTabItWasAskedFor()
    {
        // The keychain answers after the user moved to another tab: the edit must still replace
        // the tab it was asked for, never the one that happens to be current.
        QSettings settings(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        for (const QString &name : {QStringLiteral("Edited"), QStringLiteral("Bystander")}) {
            ConnectionProfile profile = ConnectionProfile::forBootstrap(m_cluster.bootstrap());
            profile.name = name;
            ProfileStore(&settings).save(profile);
        }
        SecretStore secrets(QStringLiteral("QafkaTest"));
        MainWindow window(&settings, &secrets);
        window.show();
        QVERIFY(window.openProfileNamed(QStringLiteral("Edited")));
        QVERIFY(window.openProfileNamed(QStringLiteral("Bystander")));
        QTRY_COMPARE_WITH_TIMEOUT(window.clusterTabs()->count(), 2, 10000);
        const int editedIndex = [&] {
            for (int i = 0; i < window.clusterTabs()->count(); ++i)
                if (window.clusterTabs()->tabText(i) == QStringLiteral("Edited"))
                    return i;
            return -1;
        }();
        QVERIFY(editedIndex >= 0);
        const QPointer<QWidget> edited = window.clusterTabs()->widget(editedIndex);
        const QPointer<QWidget> bystander = window.clusterTabs()->widget(1 - editedIndex);
        window.clusterTabs()->setCurrentIndex(editedIndex);

        // The dialog opens inside the keychain's answer: look for it from within its own event
        // loop, never by waiting in a nested one.
        bool dialogSeen = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, &window, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
            QVERIFY(name);
            name->setText(QStringLiteral("Edited again"));
            dialogSeen = true;
            dialog->accept();
        });
        poll.start();
        window.findChild<QAction *>(QStringLiteral("actionEditConnection"))->trigger();
        // Before the keychain answers, the user looks at the other tab.
        window.clusterTabs()->setCurrentIndex(1 - editedIndex);

        QTRY_VERIFY_WITH_TIMEOUT(dialogSeen, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(edited.isNull(), 10000);
        QVERIFY(!bystander.isNull());
        QTRY_COMPARE_WITH_TIMEOUT(window.clusterTabs()->count(), 2, 10000);
        QStringList titles;
        for (int i = 0; i < window.clusterTabs()->count(); ++i)
            titles.append(window.clusterTabs()->tabText(i));
        QVERIFY2(titles.contains(QStringLiteral("Bystander")), qPrintable(titles.join(u',')));
        QVERIFY2(titles.contains(QStringLiteral("Edited again")), qPrintable(titles.join(u',')));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
