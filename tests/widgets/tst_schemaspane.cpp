// The schemas pane against a real Schema Registry (Apicurio, the schema_registry fixture): the
// subject list with its details and topic links, versions, references, a side-by-side difference,
// registering after the registry's compatibility check, compatibility levels, soft and permanent
// deletes, read-only connections, and errors in words. Every change is verified by reading the
// registry back over its REST API with curl, not through Qafka's code. Screenshot to
// $QAFKA_SCREENSHOT_DIR.

#include "accessibilitychecks.h"
#include "compatibilitydialog.h"
#include "destructiveconfirmdialog.h"
#include "kafkatestcluster.h"
#include "modaldialogs.h"
#include "schemadiffmodel.h"
#include "schemadiffview.h"
#include "schemaregisterdialog.h"
#include "schemaregistrytestserver.h"
#include "schemaspane.h"
#include "screenshot.h"
#include "session/clusterconnection.h"
#include "session/schemaadmin.h"
#include "session/schemaregistry.h"
#include "subjectdetailview.h"
#include "subjectlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qafka;

namespace {

// Written as an author writes it (type, name, fields): the pane must keep that order.
QString avroOrder(bool withNote, const QString &idType = u"long"_qs)
{
    QString fields = u"{\"name\":\"id\",\"type\":\""_qs + idType +
                     u"\"},{\"name\":\"amount\",\"type\":\"double\"}"_qs;
    if (withNote)
        fields += u",{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null}"_qs;
    return u"{\"type\":\"record\",\"name\":\"Order\",\"fields\":["_qs + fields + u"]}"_qs;
}

} // namespace

class TestSchemasPane : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("single")};
    SchemaRegistryTestServer m_registry;
    std::unique_ptr<ClusterConnection> m_connection;
    std::unique_ptr<SchemaRegistry> m_schemaRegistry;
    std::unique_ptr<SchemasPane> m_pane;
    QString m_prefix;
    QString m_topic;
    QString m_orders; // <topic>-value: two Avro versions
    QString m_common; // a Protobuf schema that m_withRef imports
    QString m_withRef;

    // The registry's answer to VERB path (curl), as JSON; *status gets the HTTP status.
    QJsonDocument rest(const QString &verb, const QString &path, const QJsonObject &body = {},
                       int *status = nullptr) const
    {
        QStringList args{u"-s"_qs, u"-X"_qs, verb, u"-w"_qs, u"\n%{http_code}"_qs};
        if (!body.isEmpty())
            args << u"-H"_qs << u"Content-Type: application/vnd.schemaregistry.v1+json"_qs
                 << u"-d"_qs << QString::fromUtf8(QJsonDocument(body).toJson());
        args << m_registry.url() + path;
        const QString out = KafkaTestCluster::run(u"curl"_qs, args);
        const qsizetype newline = out.lastIndexOf(u'\n');
        if (status)
            *status = out.mid(newline + 1).trimmed().toInt();
        return QJsonDocument::fromJson(out.left(newline).toUtf8());
    }

    int registerRest(const QString &subject, const QString &schema, const QString &type = {},
                     const QJsonArray &references = {}) const
    {
        QJsonObject body{{u"schema"_qs, schema}};
        if (!type.isEmpty())
            body.insert(u"schemaType"_qs, type);
        if (!references.isEmpty())
            body.insert(u"references"_qs, references);
        return rest(u"POST"_qs, u"/subjects/"_qs + subject + u"/versions"_qs, body)
            .object()
            .value(u"id"_qs)
            .toInt(-1);
    }

    QList<int> versionsRest(const QString &subject, bool deleted = false) const
    {
        QList<int> versions;
        const QString path = u"/subjects/"_qs + subject + u"/versions"_qs +
                             (deleted ? u"?deleted=true"_qs : QString());
        for (const auto &value : rest(u"GET"_qs, path).array())
            versions.append(value.toInt());
        return versions;
    }

    QStringList subjectsRest(bool deleted) const
    {
        QStringList subjects;
        for (const auto &value :
             rest(u"GET"_qs, deleted ? u"/subjects?deleted=true"_qs : u"/subjects"_qs).array())
            subjects.append(value.toString());
        return subjects;
    }

    void reload()
    {
        QSignalSpy loaded(m_pane.get(), &SchemasPane::subjectsLoaded);
        m_pane->refresh();
        QVERIFY(loaded.wait(30000));
    }

    QString cell(const QString &subject, int column) const
    {
        const SubjectListModel *model = m_pane->subjectModel();
        return model->index(model->rowOf(subject), column).data().toString();
    }

    void choose(const QString &subject, int version = -1)
    {
        QSignalSpy shown(m_pane->details(), &SubjectDetailView::versionShown);
        QVERIFY(m_pane->selectSubject(subject, version));
        QVERIFY2(shown.wait(20000), qPrintable(m_pane->details()->infoLabel()->text() + u" | "_qs +
                                               m_pane->statusLabel()->text()));
        // A refresh still under way may show another version first: wait for the one asked for,
        // or an action would act on (and its confirmation name) that other version.
        if (version >= 0)
            QTRY_VERIFY2_WITH_TIMEOUT(
                m_pane->details()->infoLabel()->text().startsWith(u"Version %1 "_qs.arg(version)),
                qPrintable(m_pane->details()->infoLabel()->text()), 20000);
    }

private slots:
    void initTestCase();
    void listsSubjectsWithDetails();
    void showsVersionsAndDifferences();
    void referencesNavigate();
    void incompatibleSchemaIsRefusedWithTheRegistrysReason();
    void invalidSchemaShowsTheRegistrysMessage();
    void changesCompatibilityLevels();
    void softAndPermanentDeletes();
    void readOnlyConnectionOffersNoChanges();
    void everythingIsReadableAndNamed();
    void errorsInWords();
};

void TestSchemasPane::initTestCase()
{
    QVERIFY2(m_cluster.isAvailable(), "single-node fixture missing");
    QVERIFY2(m_registry.isAvailable(), "schema_registry fixture missing");
    // Short names, for a readable screenshot; the registry is fresh for every test run.
    m_prefix = u"shop%1"_qs.arg(QRandomGenerator::global()->bounded(10000, 99999));
    m_topic = m_prefix + u"-orders"_qs;
    m_orders = m_topic + u"-value"_qs;
    m_common = m_prefix + u"-common"_qs;
    m_withRef = m_prefix + u"-invoice-value"_qs;
    m_cluster.script(u"topics"_qs, {u"--bootstrap-server"_qs, m_cluster.bootstrap(), u"--create"_qs,
                                    u"--topic"_qs, m_topic});
    QVERIFY(registerRest(m_orders, avroOrder(false)) > 0);
    QVERIFY(registerRest(m_orders, avroOrder(true)) > 0);
    QVERIFY(registerRest(m_common,
                         u"syntax = \"proto3\";\npackage acme;\nmessage Money {\n  "
                         u"int64 cents = 1;\n  string currency = 2;\n}\n"_qs,
                         u"PROTOBUF"_qs) > 0);
    QVERIFY(registerRest(
                m_withRef,
                u"syntax = \"proto3\";\npackage acme;\nimport \"money.proto\";\nmessage Invoice "
                u"{\n  string number = 1;\n  acme.Money total = 2;\n}\n"_qs,
                u"PROTOBUF"_qs,
                QJsonArray{QJsonObject{{u"name"_qs, u"money.proto"_qs},
                                       {u"subject"_qs, m_common},
                                       {u"version"_qs, 1}}}) > 0);
    int status = 0;
    rest(u"PUT"_qs, u"/config/"_qs + m_orders, QJsonObject{{u"compatibility"_qs, u"BACKWARD"_qs}},
         &status);
    QCOMPARE(status, 200);

    ConnectionProfile profile = ConnectionProfile::forBootstrap(m_cluster.bootstrap());
    profile.registry.urls = m_registry.url();
    m_connection = std::make_unique<ClusterConnection>(profile, ProfileSecrets{});
    m_schemaRegistry = std::make_unique<SchemaRegistry>(profile.registry, ProfileSecrets{});
    m_pane = std::make_unique<SchemasPane>(m_connection.get());
    m_pane->setSchemaRegistry(m_schemaRegistry.get());
    m_pane->resize(1280, 800);
    m_connection->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->state() == ConnectionState::Connected, 15000);
    QSignalSpy loaded(m_pane.get(), &SchemasPane::subjectsLoaded);
    m_pane->show(); // the first show asks the registry
    QVERIFY(loaded.wait(30000));
}

void TestSchemasPane::listsSubjectsWithDetails()
{
    const SubjectListModel *model = m_pane->subjectModel();
    QVERIFY(model->rowOf(m_orders) >= 0);
    const QJsonObject latest =
        rest(u"GET"_qs, u"/subjects/"_qs + m_orders + u"/versions/latest"_qs).object();
    QCOMPARE(cell(m_orders, SubjectListModel::TypeColumn), u"Avro"_qs);
    QCOMPARE(cell(m_orders, SubjectListModel::VersionColumn),
             QString::number(latest.value(u"version"_qs).toInt()));
    QCOMPARE(cell(m_orders, SubjectListModel::IdColumn),
             QString::number(latest.value(u"id"_qs).toInt()));
    QCOMPARE(cell(m_orders, SubjectListModel::CompatibilityColumn), u"BACKWARD"_qs);
    QCOMPARE(cell(m_withRef, SubjectListModel::TypeColumn), u"Protobuf"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(cell(m_orders, SubjectListModel::TopicColumn), m_topic, 15000);
    QCOMPARE(cell(m_common, SubjectListModel::TopicColumn), QString());
    QCOMPARE(
        m_pane->globalLabel()->text(),
        u"Default compatibility: "_qs +
            rest(u"GET"_qs, u"/config"_qs).object().value(u"compatibilityLevel"_qs).toString());

    m_pane->filterEdit()->setText(m_prefix + u"-ORDERS"_qs); // case does not matter
    QCOMPARE(m_pane->filterModel()->rowCount(), 1);
    m_pane->filterEdit()->clear();
    QVERIFY(m_pane->filterModel()->rowCount() >= 3);

    // The topic link opens the browser on that topic.
    QVERIFY(m_pane->selectSubject(m_orders));
    QTRY_VERIFY(m_pane->browseTopicAction()->isEnabled());
    QSignalSpy browse(m_pane.get(), &SchemasPane::browseTopicRequested);
    m_pane->browseTopicAction()->trigger();
    QCOMPARE(browse.size(), 1);
    QCOMPARE(browse.first().first().toString(), m_topic);
}

void TestSchemasPane::showsVersionsAndDifferences()
{
    choose(m_orders);
    SubjectDetailView *details = m_pane->details();
    QCOMPARE(details->versionList()->count(), 2);
    QCOMPARE(details->currentVersion(), 2);
    // Pretty-printed, keys in the author's order.
    const QString text = details->schemaText()->toPlainText();
    QVERIFY2(text.contains(u"  \"type\": \"record\",\n  \"name\": \"Order\""_qs), qPrintable(text));
    QVERIFY(text.contains(u"\"name\": \"note\""_qs));

    QSignalSpy compared(details, &SubjectDetailView::comparisonShown);
    details->compare(1, 2);
    QTRY_VERIFY_WITH_TIMEOUT(details->diffView()->model()->rowCount() > 0 &&
                                 details->diffView()->summaryLabel()->text().contains(u"added"_qs),
                             15000);
    const QList<DiffRow> &rows = details->diffView()->model()->diffRows();
    const bool noteAdded = std::any_of(rows.begin(), rows.end(), [](const DiffRow &row) {
        return row.kind != DiffRow::Kind::Same && row.leftLine == 0 &&
               row.right.contains(u"note"_qs);
    });
    QVERIFY(noteAdded);
    const QModelIndex added = details->diffView()->model()->index(
        int(std::find_if(rows.begin(), rows.end(),
                         [](const DiffRow &row) { return row.kind == DiffRow::Kind::Added; }) -
            rows.begin()),
        SchemaDiffModel::RightTextColumn);
    QCOMPARE(added.data(Qt::AccessibleDescriptionRole).toString(), u"added"_qs);
    QVERIFY(added.data(Qt::BackgroundRole).isValid());
    QVERIFY(saveScreenshot(m_pane.get(), u"schemas-diff.png"_qs));
}

void TestSchemasPane::referencesNavigate()
{
    choose(m_withRef);
    QListWidget *references = m_pane->details()->referenceList();
    QCOMPARE(references->count(), 1);
    QVERIFY(references->item(0)->text().contains(m_common));
    QSignalSpy shown(m_pane->details(), &SubjectDetailView::versionShown);
    emit references->itemActivated(references->item(0));
    QVERIFY(shown.wait(20000));
    QCOMPARE(m_pane->details()->subject(), m_common);
    QVERIFY(m_pane->details()->schemaText()->toPlainText().contains(u"message Money"_qs));
}

void TestSchemasPane::incompatibleSchemaIsRefusedWithTheRegistrysReason()
{
    choose(m_orders);
    bool done = false;
    whenModal([this, &done](QWidget *widget) {
        auto *dialog = qobject_cast<SchemaRegisterDialog *>(widget);
        QVERIFY(dialog);
        QCOMPARE(dialog->subjectEdit()->text(), m_orders);
        QVERIFY(!dialog->registerButton()->isEnabled());
        // id from long to string breaks BACKWARD: the registry's reason is shown, no register.
        dialog->editor()->setPlainText(avroOrder(true, u"string"_qs));
        dialog->checkButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->verdictLabel()->text().contains(u"Not compatible"_qs),
                                 15000);
        QVERIFY2(dialog->verdictLabel()->text().contains(u"STRING"_qs),
                 qPrintable(dialog->verdictLabel()->text()));
        QVERIFY(!dialog->registerButton()->isEnabled());
        // An optional field more is BACKWARD compatible: checked, then registered.
        QString compatible = avroOrder(true);
        compatible.replace(u"]}"_qs,
                           u",{\"name\":\"channel\",\"type\":\"string\",\"default\":\"web\"}]}"_qs);
        dialog->editor()->setPlainText(compatible);
        QVERIFY(dialog->diffView()->summaryLabel()->text().contains(u"added"_qs) ||
                dialog->diffView()->summaryLabel()->text().contains(u"changed"_qs));
        dialog->checkButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->registerButton()->isEnabled(), 15000);
        QVERIFY(dialog->verdictLabel()->text().contains(u"Compatible"_qs));
        dialog->registerButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 15000);
        done = true;
    });
    m_pane->newVersionAction()->trigger();
    QVERIFY(done);
    QTRY_COMPARE_WITH_TIMEOUT(versionsRest(m_orders), (QList<int>{1, 2, 3}), 15000);
    const QString registered = rest(u"GET"_qs, u"/subjects/"_qs + m_orders + u"/versions/3"_qs)
                                   .object()
                                   .value(u"schema"_qs)
                                   .toString();
    QVERIFY(registered.contains(u"channel"_qs));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->statusLabel()->text().contains(u"Registered"_qs), 15000);
}

void TestSchemasPane::invalidSchemaShowsTheRegistrysMessage()
{
    const QString subject = m_prefix + u"-fresh-value"_qs;
    bool done = false;
    whenModal([subject, &done](QWidget *widget) {
        auto *dialog = qobject_cast<SchemaRegisterDialog *>(widget);
        QVERIFY(dialog);
        QVERIFY(!dialog->subjectEdit()->isReadOnly());
        dialog->subjectEdit()->setText(subject);
        dialog->editor()->setPlainText(u"{\"type\": \"record\", \"name\": "_qs); // cut short
        dialog->checkButton()->click();
        // A new subject has nothing to be compatible with; the registry then refuses the text.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->registerButton()->isEnabled(), 15000);
        QVERIFY(dialog->verdictLabel()->text().contains(u"first"_qs));
        dialog->registerButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->verdictLabel()->text().contains(u"invalid"_qs), 15000);
        QVERIFY2(dialog->verdictLabel()->text().contains(u"42201"_qs),
                 qPrintable(dialog->verdictLabel()->text()));
        dialog->reject();
        done = true;
    });
    m_pane->newSubjectAction()->trigger();
    QVERIFY(done);
    QVERIFY(!subjectsRest(true).contains(subject));
}

void TestSchemasPane::changesCompatibilityLevels()
{
    reload();
    choose(m_orders);
    bool done = false;
    whenModal([this, &done](QWidget *widget) {
        auto *dialog = qobject_cast<CompatibilityDialog *>(widget);
        QVERIFY(dialog);
        QComboBox *levels = dialog->levelCombo();
        levels->setCurrentIndex(levels->findData(u"FULL_TRANSITIVE"_qs));
        QCOMPARE(dialog->previewLabel()->text(),
                 u"Changes %1 from BACKWARD to FULL_TRANSITIVE."_qs.arg(m_orders));
        QVERIFY(dialog->effectLabel()->text().contains(u"every earlier version"_qs));
        dialog->applyButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 15000);
        done = true;
    });
    m_pane->compatibilityAction()->trigger();
    QVERIFY(done);
    QCOMPARE(rest(u"GET"_qs, u"/config/"_qs + m_orders).object().value(u"compatibilityLevel"_qs),
             u"FULL_TRANSITIVE"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(cell(m_orders, SubjectListModel::CompatibilityColumn),
                              u"FULL_TRANSITIVE"_qs, 15000);

    // The registry's default: changed, read back, and put back for the other tests.
    const QString before =
        rest(u"GET"_qs, u"/config"_qs).object().value(u"compatibilityLevel"_qs).toString();
    const QString other = before == u"FORWARD"_qs ? u"FULL"_qs : u"FORWARD"_qs;
    done = false;
    whenModal([other, &done](QWidget *widget) {
        auto *dialog = qobject_cast<CompatibilityDialog *>(widget);
        QVERIFY(dialog);
        dialog->levelCombo()->setCurrentIndex(dialog->levelCombo()->findData(other));
        QVERIFY(dialog->previewLabel()->text().contains(other));
        dialog->applyButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 15000);
        done = true;
    });
    m_pane->globalCompatibilityAction()->trigger();
    QVERIFY(done);
    QCOMPARE(rest(u"GET"_qs, u"/config"_qs).object().value(u"compatibilityLevel"_qs).toString(),
             other);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->globalLabel()->text(), u"Default compatibility: "_qs + other,
                              15000);
    rest(u"PUT"_qs, u"/config"_qs, QJsonObject{{u"compatibility"_qs, before}});
}

void TestSchemasPane::softAndPermanentDeletes()
{
    reload();
    choose(m_orders, 3);
    const auto confirm = [](const QString &expectedTarget, bool permanent) {
        whenModal([expectedTarget, permanent](QWidget *widget) {
            auto *dialog = qobject_cast<DestructiveConfirmDialog *>(widget);
            QVERIFY(dialog);
            QVERIFY(!dialog->confirmButton()->isEnabled());
            const QString question = dialog->findChild<QLabel *>()->text();
            QCOMPARE(question.contains(u"no longer decode"_qs), permanent);
            dialog->nameEdit()->setText(expectedTarget);
            dialog->confirmButton()->click();
        });
    };
    const QString latestPath = u"/subjects/"_qs + m_orders + u"/versions/latest"_qs;
    // Soft-deleting the newest version: the registry's latest goes back to version 2.
    confirm(m_orders + u" version 3"_qs, false);
    m_pane->deleteVersionAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(rest(u"GET"_qs, latestPath).object().value(u"version"_qs).toInt(), 2,
                              15000);
    QVERIFY(versionsRest(m_orders, true).contains(3));
    QTRY_VERIFY2_WITH_TIMEOUT(m_pane->statusLabel()->text().contains(u"Deleted"_qs),
                              qPrintable(m_pane->statusLabel()->text()), 15000);
    // ...then for good: not even listed with ?deleted=true. (Apicurio stops listing a subject
    // whose newest version is soft-deleted: "Show deleted" brings it back, marked.)
    m_pane->showDeletedBox()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->subjectModel()->rowOf(m_orders) >= 0 &&
                                 !m_pane->statusLabel()->text().contains(u"reading"_qs),
                             15000);
    choose(m_orders, 3);
    confirm(m_orders + u" version 3"_qs, true);
    m_pane->purgeVersionAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!versionsRest(m_orders, true).contains(3), 15000);
    QCOMPARE(rest(u"GET"_qs, latestPath).object().value(u"version"_qs).toInt(), 2);

    // The whole subject: soft (gone from the list, shown marked with "Show deleted"), then for
    // good.
    m_pane->showDeletedBox()->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->subjectModel()->rowOf(m_orders) >= 0 &&
                                 !m_pane->statusLabel()->text().contains(u"reading"_qs),
                             15000);
    choose(m_orders);
    confirm(m_orders, false);
    m_pane->deleteSubjectAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!subjectsRest(false).contains(m_orders), 15000);
    QVERIFY(subjectsRest(true).contains(m_orders));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->subjectModel()->rowOf(m_orders) < 0, 15000);
    m_pane->showDeletedBox()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->subjectModel()->rowOf(m_orders) >= 0, 15000);
    QCOMPARE(cell(m_orders, SubjectListModel::SubjectColumn), m_orders + u" (deleted)"_qs);
    const SubjectListModel *model = m_pane->subjectModel();
    QVERIFY(model->index(model->rowOf(m_orders), 0)
                .data(Qt::AccessibleDescriptionRole)
                .toString()
                .contains(u"soft-deleted"_qs));
    QVERIFY(m_pane->selectSubject(m_orders));
    QVERIFY(!m_pane->deleteSubjectAction()->isEnabled()); // already soft-deleted
    confirm(m_orders, true);
    m_pane->purgeSubjectAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!subjectsRest(true).contains(m_orders), 15000);
    m_pane->showDeletedBox()->setChecked(false);
}

void TestSchemasPane::readOnlyConnectionOffersNoChanges()
{
    ConnectionProfile profile = ConnectionProfile::forBootstrap(m_cluster.bootstrap());
    profile.registry.urls = m_registry.url();
    profile.readOnly = true;
    ClusterConnection connection(profile, ProfileSecrets{});
    SchemaRegistry registry(profile.registry, ProfileSecrets{});
    SchemasPane pane(&connection);
    pane.setSchemaRegistry(&registry);
    QSignalSpy loaded(&pane, &SchemasPane::subjectsLoaded);
    pane.show();
    QVERIFY(loaded.wait(30000));
    QVERIFY(pane.selectSubject(m_common));
    for (QAction *action :
         {pane.newSubjectAction(), pane.newVersionAction(), pane.compatibilityAction(),
          pane.globalCompatibilityAction(), pane.deleteVersionAction(), pane.purgeVersionAction(),
          pane.deleteSubjectAction(), pane.purgeSubjectAction()}) {
        QVERIFY2(!action->isVisible() && !action->isEnabled(), qPrintable(action->text()));
        action->trigger(); // even triggered, nothing happens
    }
    QVERIFY(!pane.findChild<QWidget *>(u"deleteSchemaButton"_qs)->isVisible());
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    QVERIFY(subjectsRest(false).contains(m_common));
}

// Every control named and every message readable through the accessibility API, nothing cut
// off: the pane on both tabs and each dialog it opens.
void TestSchemasPane::everythingIsReadableAndNamed()
{
    reload();
    choose(m_withRef);
    QStringList problems;
    const auto check = [&problems](QWidget *root, const QString &where) {
        problems += unnamedControls(root, where);
        problems += unreadableMessages(root, where);
        problems += clippedTexts(root);
    };
    check(m_pane.get(), u"schema tab"_qs);
    m_pane->details()->compare(1, 1);
    check(m_pane.get(), u"compare tab"_qs);
    m_pane->details()->tabs()->setCurrentIndex(0);
    const auto checkDialog = [&check](const QString &where) {
        whenModal([&check, where](QWidget *dialog) {
            check(dialog, where);
            qobject_cast<QDialog *>(dialog)->reject();
        });
    };
    checkDialog(u"register dialog"_qs);
    m_pane->newVersionAction()->trigger();
    checkDialog(u"compatibility dialog"_qs);
    m_pane->compatibilityAction()->trigger();
    checkDialog(u"delete confirmation"_qs);
    m_pane->deleteSubjectAction()->trigger();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(subjectsRest(false).contains(m_withRef)); // cancelled: nothing deleted
}

void TestSchemasPane::errorsInWords()
{
    // An unknown subject: the registry's 40401 in words.
    SchemaAdmin *admin = m_schemaRegistry->admin();
    QSignalSpy listed(admin, &SchemaAdmin::versionsListed);
    admin->listVersions(m_prefix + u"-nothing"_qs);
    QVERIFY(listed.wait(15000));
    const auto versions = listed.first().at(1).value<SubjectVersions>();
    QVERIFY2(versions.error.contains(u"no such subject"_qs) && versions.error.contains(u"40401"_qs),
             qPrintable(versions.error));

    // A registry nobody answers at: the pane says so.
    ConnectionProfile profile = ConnectionProfile::forBootstrap(m_cluster.bootstrap());
    profile.registry.urls = u"http://127.0.0.1:9/apis/ccompat/v7"_qs;
    ClusterConnection connection(profile, ProfileSecrets{});
    SchemaRegistry registry(profile.registry, ProfileSecrets{});
    SchemasPane pane(&connection);
    pane.setSchemaRegistry(&registry);
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(pane.statusLabel()->text().contains(u"connection refused"_qs), 20000);

    // No registry at all: the pane says how to add one.
    SchemasPane none(&connection);
    none.setSchemaRegistry(nullptr);
    none.show();
    QVERIFY(none.findChild<QLabel *>(u"noRegistryLabel"_qs)->isVisible());
}

QTEST_MAIN(TestSchemasPane)
#include "tst_schemaspane.moc"
