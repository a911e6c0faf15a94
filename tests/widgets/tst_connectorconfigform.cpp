// The connector form built from Connect's own validation answers (recorded from Connect 4.1.1
// for the FileStreamSink; the pane's test drives the same form against a live worker).

#include "connectorconfigform.h"
#include "connectoroffsetsdialog.h"
#include "http/connectanswers.h"

#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace Qafka;

namespace {

ConnectValidation recorded(const QString &name)
{
    QFile file(qEnvironmentVariable("QAFKA_SOURCE_DIR") + u"/tests/data/connect/"_qs + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(file.fileName()));
    return ConnectAnswers::validation(QJsonDocument::fromJson(file.readAll()));
}

const QString kSink = u"org.apache.kafka.connect.file.FileStreamSinkConnector"_qs;

} // namespace

class TestConnectorConfigForm : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryPartOfAField()
    {
        const ConnectValidation validation = recorded(u"validate-filestreamsink.json"_qs);
        QCOMPARE(validation.errorCount, 2);
        QCOMPARE(validation.groups.first(), u"Common"_qs);
        const auto field = [&](const QString &name) {
            for (const ConnectFieldCheck &each : validation.fields) {
                if (each.name == name)
                    return each;
            }
            return ConnectFieldCheck();
        };
        QCOMPARE(field(u"tasks.max"_qs).type, u"INT"_qs);
        QCOMPARE(field(u"tasks.max"_qs).defaultValue, u"1"_qs);
        QVERIFY(field(u"tasks.max"_qs).hasDefault);
        QVERIFY(!field(u"file"_qs).hasDefault);      // null: no default
        QVERIFY(field(u"transforms"_qs).hasDefault); // "": a default of its own
        QCOMPARE(field(u"file"_qs).group, QString());
        QCOMPARE(field(u"errors.tolerance"_qs).group, u"Error Handling"_qs);
        QCOMPARE(field(u"topics"_qs).displayName, u"Topics"_qs);
        QCOMPARE(field(u"topics"_qs).errors,
                 QStringList{u"Must configure one of topics or topics.regex"_qs});
        QVERIFY(field(u"key.converter"_qs).recommendedValues.size() > 3);
        QVERIFY(field(u"key.converter"_qs).visible);
    }

    void showsFieldsByTypeAndGroupWithTheirErrors()
    {
        ConnectorConfigForm form;
        QVERIFY(!form.hasFields());
        const QJsonObject config{{u"connector.class"_qs, kSink}, {u"tasks.max"_qs, u"1"_qs}};
        form.applyValidation(recorded(u"validate-filestreamsink.json"_qs), config);
        QVERIFY(form.hasFields());
        QVERIFY(!form.editorOf(u"name"_qs)); // the dialog's own field
        // Booleans are a choice with the default named; recommended values are offered.
        auto *tolerance = qobject_cast<QComboBox *>(form.editorOf(u"errors.log.enable"_qs));
        QVERIFY(tolerance && !tolerance->isEditable());
        QCOMPARE(tolerance->itemText(0), u"Default (false)"_qs);
        auto *converter = qobject_cast<QComboBox *>(form.editorOf(u"key.converter"_qs));
        QVERIFY(converter && converter->isEditable());
        QVERIFY(converter->findText(u"org.apache.kafka.connect.converters.ByteArrayConverter"_qs) >=
                0);
        QCOMPARE(converter->currentText(), QString()); // the default applies
        auto *tasks = qobject_cast<QLineEdit *>(form.editorOf(u"tasks.max"_qs));
        QVERIFY(tasks);
        QCOMPARE(tasks->text(), u"1"_qs);
        QCOMPARE(tasks->placeholderText(), u"default: 1"_qs);
        // The plugin's own fields have a group of their own, right after Common.
        QVERIFY(form.findChild<QGroupBox *>(u"fieldGroup:"_qs));
        QVERIFY(form.findChild<QGroupBox *>(u"fieldGroup:Error Handling"_qs));
        // Connect's errors stand under the field they are about, readable by a screen reader.
        QCOMPARE(form.errorLabelOf(u"topics"_qs)->text(),
                 u"Must configure one of topics or topics.regex"_qs);
        QCOMPARE(form.errorLabelOf(u"topics"_qs)->accessibleName(),
                 u"Must configure one of topics or topics.regex"_qs);
        QVERIFY(form.errorLabelOf(u"file"_qs)->text().isEmpty());
        QCOMPARE(form.editorOf(u"topics"_qs)->accessibleName(), u"Topics"_qs);
        // Only what was set is given back.
        QCOMPARE(form.values(), config);
    }

    void keepsValuesWithoutARowAndAddsNewFields()
    {
        ConnectorConfigForm form;
        QSignalSpy changed(&form, &ConnectorConfigForm::changed);
        form.applyValidation(recorded(u"validate-filestreamsink.json"_qs),
                             {{u"connector.class"_qs, kSink}});
        changed.clear();
        qobject_cast<QLineEdit *>(form.editorOf(u"topics"_qs))->setText(u" orders "_qs);
        QCOMPARE(changed.count(), 1);
        qobject_cast<QComboBox *>(form.editorOf(u"errors.log.enable"_qs))->setCurrentIndex(1);
        qobject_cast<QLineEdit *>(form.editorOf(u"transforms"_qs))->setText(u"stamp"_qs);
        QJsonObject config = form.values();
        QCOMPARE(config.value(u"topics"_qs).toString(), u"orders"_qs);
        QCOMPARE(config.value(u"errors.log.enable"_qs).toString(), u"true"_qs);
        // A transform's fields are not rows yet: its values are kept as they are.
        config.insert(u"transforms.stamp.type"_qs,
                      u"org.apache.kafka.connect.transforms.InsertField$Value"_qs);
        config.insert(u"x.unknown"_qs, u"kept"_qs);
        form.setValues(config);
        QCOMPARE(form.values(), config);
        // Connect's next answer names the transform's fields: they get rows, in their group.
        form.applyValidation(recorded(u"validate-filestreamsink-transform.json"_qs), config);
        QVERIFY(form.findChild<QGroupBox *>(u"fieldGroup:Transforms: stamp"_qs));
        auto *type = qobject_cast<QComboBox *>(form.editorOf(u"transforms.stamp.type"_qs));
        QVERIFY(type);
        QCOMPARE(type->currentText(), config.value(u"transforms.stamp.type"_qs).toString());
        QVERIFY(form.editorOf(u"transforms.stamp.static.field"_qs));
        QCOMPARE(form.values(), config);
        // Not a boolean: shown as it is, for Connect to refuse, and only once.
        auto *logs = qobject_cast<QComboBox *>(form.editorOf(u"errors.log.enable"_qs));
        config.insert(u"errors.log.enable"_qs, u"Yes"_qs);
        form.setValues(config);
        form.setValues(config);
        QCOMPARE(logs->count(), 4);
        QCOMPARE(form.values().value(u"errors.log.enable"_qs).toString(), u"Yes"_qs);
        config.insert(u"errors.log.enable"_qs, u"FALSE"_qs);
        form.setValues(config);
        QCOMPARE(form.values().value(u"errors.log.enable"_qs).toString(), u"false"_qs);
        // Emptied, a field is left out: its default applies.
        qobject_cast<QLineEdit *>(form.editorOf(u"topics"_qs))->clear();
        QVERIFY(!form.values().contains(u"topics"_qs));
    }

    void rowsTheAnswerNoLongerNamesGo()
    {
        ConnectorConfigForm form;
        const QString type = u"org.apache.kafka.connect.transforms.InsertField$Value"_qs;
        const QJsonObject given{{u"connector.class"_qs, kSink},
                                {u"transforms"_qs, u"stamp"_qs},
                                {u"transforms.stamp.type"_qs, type}};
        form.setValues(given);
        form.applyValidation(recorded(u"validate-filestreamsink-transform.json"_qs), given);
        QVERIFY(form.findChild<QGroupBox *>(u"fieldGroup:Transforms: stamp"_qs));
        qobject_cast<QLineEdit *>(form.editorOf(u"transforms.stamp.static.field"_qs))
            ->setText(u"ts"_qs);
        // The transform removed: its rows and group go, with the value typed into them; the
        // value the form was given stays, unchanged.
        QSignalSpy changed(&form, &ConnectorConfigForm::changed);
        form.applyValidation(recorded(u"validate-filestreamsink.json"_qs), given);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!form.editorOf(u"transforms.stamp.type"_qs));
        QVERIFY(!form.editorOf(u"transforms.stamp.static.field"_qs));
        QVERIFY(!form.findChild<QGroupBox *>(u"fieldGroup:Transforms: stamp"_qs));
        const QJsonObject values = form.values();
        QCOMPARE(values.value(u"transforms.stamp.type"_qs).toString(), type);
        QVERIFY(!values.contains(u"transforms.stamp.static.field"_qs));
        // The same answer again changes nothing.
        form.applyValidation(recorded(u"validate-filestreamsink.json"_qs), given);
        QCOMPARE(changed.count(), 1);
    }

    void givenValuesComeBackAsGiven()
    {
        ConnectorConfigForm form;
        const QJsonObject given{{u"connector.class"_qs, kSink},
                                {u"transforms"_qs, QString()},
                                {u"file"_qs, u" /tmp/with space "_qs}};
        QSignalSpy changed(&form, &ConnectorConfigForm::changed);
        form.applyValidation(recorded(u"validate-filestreamsink.json"_qs), given);
        QCOMPARE(changed.count(), 1); // the rows came: one change, not one per field
        form.setValues(given);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(form.values(), given);
        // Edited, a value is trimmed; emptied, it is left out.
        auto *file = qobject_cast<QLineEdit *>(form.editorOf(u"file"_qs));
        file->setText(u" /tmp/other "_qs);
        QCOMPARE(form.values().value(u"file"_qs).toString(), u"/tmp/other"_qs);
        file->clear();
        QVERIFY(!form.values().contains(u"file"_qs));
    }

    void offsetsMustBeConnectsForm()
    {
        QString error;
        const QJsonObject offsets = ConnectorOffsetsDialog::parseOffsets(
            uR"({"offsets": [{"partition": {"kafka_topic": "t", "kafka_partition": 0},
                             "offset": {"kafka_offset": 3}},
                            {"partition": {"filename": "/tmp/f"}, "offset": null}]})"_qs,
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(offsets.value(u"offsets"_qs).toArray().size(), 2);
        ConnectorOffsetsDialog::parseOffsets(u"{"_qs, &error);
        QVERIFY(error.startsWith(u"The offsets are not JSON"_qs));
        ConnectorOffsetsDialog::parseOffsets(u"{\"offsets\": []}"_qs, &error);
        QVERIFY(error.contains(u"at least one partition"_qs));
        ConnectorOffsetsDialog::parseOffsets(u"{\"offsets\": [{\"partition\": {}}]}"_qs, &error);
        QCOMPARE(error,
                 u"Entry 1 needs a \"partition\" object and an \"offset\" object (or null)."_qs);
    }
};

QTEST_MAIN(TestConnectorConfigForm)
#include "tst_connectorconfigform.moc"
