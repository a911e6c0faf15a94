#include "accesscontrolpane.h"
#include "aclcli.h"
#include "aclcreatedialog.h"
#include "aclfiltermodel.h"
#include "acllistmodel.h"
#include "aclsview.h"
#include "clusterview.h"
#include "destructiveconfirmdialog.h"
#include "kafkatestcluster.h"
#include "operationstatus.h"
#include "scramuserdialog.h"
#include "scramusermodel.h"
#include "scramusersview.h"
#include "screenshot.h"
#include "session/clusterconnection.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qafka;

// The Access control pane on the secure node (an authorizer; PLAINTEXT is a super user): what a
// person sees and does, checked against kafka-acls.sh and kafka-configs.sh.
class TestAccessControlPane : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("secure")};

    static bool waitForStatus(OperationStatus *status)
    {
        return QTest::qWaitFor([status] { return !status->isBusy(); }, 60000);
    }

private slots:
    void initTestCase() { QVERIFY2(m_cluster.isAvailable(), "secure-node fixture missing"); }

    void createFilterAndDeleteBindings()
    {
        ConnectionProfile profile = ConnectionProfile::forBootstrap(m_cluster.bootstrap());
        profile.name = QStringLiteral("Secure sandbox");
        ClusterView view(profile, {});
        view.resize(1280, 720);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.connection()->state() == ConnectionState::Connected, 20000);
        view.showPane(ClusterView::AccessControlPaneIndex);
        AclsView *acls = view.accessControlPane()->aclsView();
        QAbstractItemModelTester tester(acls->model());
        QTRY_VERIFY_WITH_TIMEOUT(acls->hasLoaded(), 30000); // read when first shown
        QVERIFY2(acls->summaryLabel()->text().contains(QStringLiteral("binding")),
                 qPrintable(acls->summaryLabel()->text()));

        // A consumer bundle through the dialog: the preview lists exactly what is written.
        const QString principal = KafkaTestCluster::uniqueName(QStringLiteral("User:pane-"));
        const QString topic = KafkaTestCluster::uniqueName(QStringLiteral("pane-orders-"));
        AclCreateDialog dialog(acls->model()->principals(), acls);
        dialog.setKind(AclCreateDialog::ConsumerBundle);
        dialog.principalBox()->setCurrentText(principal);
        dialog.topicEdit()->setText(topic);
        QVERIFY(!dialog.createButton()->isEnabled()); // the group is missing
        dialog.groupEdit()->setText(topic + QStringLiteral("-app"));
        QVERIFY2(dialog.createButton()->isEnabled(), qPrintable(dialog.validationError()));
        QCOMPARE(dialog.preview()->count(), 3);
        QCOMPARE(
            dialog.preview()->item(2)->text(),
            QStringLiteral("ALLOW %1 from * to READ GROUP %2-app (LITERAL)").arg(principal, topic));
        QVERIFY(saveScreenshot(&dialog, QStringLiteral("aclcreatedialog.png")));
        acls->createBindings(dialog.bindings());
        // And one DENY on every topic with the prefix, from one host.
        dialog.setKind(AclCreateDialog::SingleBinding);
        dialog.resourceTypeBox()->setCurrentText(QStringLiteral("GROUP"));
        dialog.resourceNameEdit()->setText(QStringLiteral("pane-"));
        dialog.patternBox()->setCurrentText(QStringLiteral("PREFIXED"));
        // Only a group's operations are offered: WRITE is none of them.
        QCOMPARE(dialog.operationBox()->findText(QStringLiteral("WRITE")), -1);
        dialog.operationBox()->setCurrentText(QStringLiteral("DELETE"));
        dialog.permissionBox()->setCurrentText(QStringLiteral("DENY"));
        dialog.hostEdit()->setText(QStringLiteral("10.0.0.7"));
        QVERIFY(dialog.createButton()->isEnabled());
        QVERIFY(waitForStatus(acls->operationStatus()));
        QVERIFY(acls->operationStatus()->lastSucceeded());
        acls->createBindings(dialog.bindings());
        QVERIFY(waitForStatus(acls->operationStatus()));
        QVERIFY2(acls->operationStatus()->lastSucceeded(),
                 qPrintable(acls->operationStatus()->text()));

        // "What may this principal do": the four, as the CLI lists them.
        QTRY_COMPARE_WITH_TIMEOUT(ofPrincipals(acls->model()->bindings(), {principal}).size(), 4,
                                  20000);
        QCOMPARE(ofPrincipals(acls->model()->bindings(), {principal}),
                 ofPrincipals(cliAcls(m_cluster), {principal}));
        acls->showPrincipal(principal);
        QCOMPARE(acls->filterModel()->rowCount(), 4);
        // "Who may do what on group pane-…-app": the literal READ and the prefixed DENY.
        acls->showResource(QStringLiteral("GROUP"), topic + QStringLiteral("-app"));
        QVERIFY(acls->resolveResourceBox()->isChecked());
        QCOMPARE(acls->filterModel()->rowCount(), 2);
        acls->resolveResourceBox()->setChecked(false);
        QCOMPARE(acls->filterModel()->rowCount(), 1);
        QVERIFY(acls->summaryLabel()->text().contains(QStringLiteral("shown")));
        acls->showPrincipal(principal);
        acls->view()->resizeColumnsToContents();
        QVERIFY(saveScreenshot(&view, QStringLiteral("accesscontrolpane.png")));

        // Delete: the confirmation lists every binding, and no name has to be typed.
        acls->view()->selectAll();
        QCOMPARE(acls->selectedBindings().size(), 4);
        QVERIFY(acls->deleteButton()->isEnabled());
        QStringList summaries;
        for (const AclBinding &binding : acls->selectedBindings())
            summaries.append(binding.summary());
        DestructiveConfirmDialog confirm(QStringLiteral("Delete"), QStringLiteral("?"), summaries,
                                         QStringLiteral("Delete"), acls, false);
        QVERIFY(!confirm.requiresTypedName());
        QVERIFY(confirm.confirmButton()->isEnabled());
        acls->deleteBindings(acls->selectedBindings());
        QVERIFY(waitForStatus(acls->operationStatus()));
        QTRY_VERIFY_WITH_TIMEOUT(ofPrincipals(acls->model()->bindings(), {principal}).isEmpty(),
                                 20000);
        QVERIFY(ofPrincipals(cliAcls(m_cluster), {principal}).isEmpty());

        // Accessible names, for screen readers and external test tools.
        QCOMPARE(acls->view()->accessibleName(), QStringLiteral("ACL bindings"));
        QCOMPARE(acls->principalFilter()->accessibleName(), QStringLiteral("Principal filter"));
        QCOMPARE(acls->summaryLabel()->accessibleName(), acls->summaryLabel()->text());
    }

    void scramUsersTab()
    {
        ConnectionProfile profile = ConnectionProfile::forBootstrap(m_cluster.bootstrap());
        ClusterView view(profile, {});
        view.resize(1000, 600);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.connection()->state() == ConnectionState::Connected, 20000);
        view.showPane(ClusterView::AccessControlPaneIndex);
        view.accessControlPane()->tabs()->setCurrentIndex(1);
        ScramUsersView *users = view.accessControlPane()->scramUsersView();
        QTRY_VERIFY_WITH_TIMEOUT(users->hasLoaded(), 30000);

        const QString user = KafkaTestCluster::uniqueName(QStringLiteral("pane-user-"));
        ScramUserDialog dialog({}, {}, users);
        dialog.userEdit()->setText(user);
        dialog.passwordEdit()->setText(QStringLiteral("one"));
        dialog.repeatEdit()->setText(QStringLiteral("two"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("The two passwords differ."));
        dialog.repeatEdit()->setText(QStringLiteral("one"));
        dialog.iterationsBox()->setValue(5000);
        QVERIFY(dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
        users->saveCredential(dialog.write());
        QVERIFY(waitForStatus(users->operationStatus()));
        QVERIFY2(users->operationStatus()->lastSucceeded(),
                 qPrintable(users->operationStatus()->text()));
        const auto rowOf = [users, &user] {
            for (int row = 0; row < users->model()->rowCount(); ++row)
                if (users->model()->credential(row)->user == user)
                    return row;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0, 20000);
        QCOMPARE(users->model()->credential(rowOf())->credential,
                 (ScramCredential{QStringLiteral("SCRAM-SHA-512"), 5000}));
        QCOMPARE(cliScramCredentials(m_cluster, user),
                 (QList<ScramCredential>{{QStringLiteral("SCRAM-SHA-512"), 5000}}));
        users->view()->selectRow(rowOf());
        QVERIFY(users->changeButton()->isEnabled());
        QVERIFY(saveScreenshot(&view, QStringLiteral("scramuserspane.png")));

        users->deleteCredential(user, QStringLiteral("SCRAM-SHA-512"));
        QVERIFY(waitForStatus(users->operationStatus()));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf() < 0, 20000);
        QVERIFY(cliScramCredentials(m_cluster, user).isEmpty());
    }

    void readOnlyCanLookButNotChange()
    {
        ConnectionProfile profile = ConnectionProfile::forBootstrap(m_cluster.bootstrap());
        profile.readOnly = true;
        ClusterView view(profile, {});
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.connection()->state() == ConnectionState::Connected, 20000);
        view.showPane(ClusterView::AccessControlPaneIndex);
        AclsView *acls = view.accessControlPane()->aclsView();
        QTRY_VERIFY_WITH_TIMEOUT(acls->hasLoaded(), 30000);
        QVERIFY(!acls->createButton()->isEnabled());
        QCOMPARE(acls->createButton()->toolTip(), QStringLiteral("This connection is read-only."));
        acls->view()->selectAll();
        QVERIFY(!acls->deleteButton()->isEnabled());
        view.accessControlPane()->tabs()->setCurrentIndex(1);
        ScramUsersView *users = view.accessControlPane()->scramUsersView();
        QTRY_VERIFY_WITH_TIMEOUT(users->hasLoaded(), 30000);
        QVERIFY(!users->createButton()->isEnabled());
    }
};

QTEST_MAIN(TestAccessControlPane)
#include "tst_accesscontrolpane.moc"
