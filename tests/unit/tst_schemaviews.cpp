// What the schemas pane computes without a registry: the side-by-side line difference, schema
// text pretty-printed (Avro keeps its author's key order; a base64 Protobuf descriptor becomes
// .proto text), the subject list model (topic links, default compatibility marked, soft-deleted
// subjects, details arriving in batches) and the difference model's words and tints.

#include "schemadiffmodel.h"
#include "schemas/schematext.h"
#include "schemas/textdiff.h"
#include "subjectlistmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qafka;

namespace {

QStringList lines(const char *text)
{
    return QString::fromUtf8(text).split(u'\n');
}

QString kinds(const QList<DiffRow> &rows)
{
    QString out;
    for (const DiffRow &row : rows)
        out += row.kind == DiffRow::Kind::Same      ? u'='
               : row.kind == DiffRow::Kind::Added   ? u'+'
               : row.kind == DiffRow::Kind::Removed ? u'-'
                                                    : u'~';
    return out;
}

SubjectSummary detail(const QString &subject, const QString &ownLevel = {})
{
    SubjectSummary summary;
    summary.subject = subject;
    summary.detailsKnown = true;
    summary.latestVersion = 3;
    summary.latestId = 42;
    summary.ownCompatibility = !ownLevel.isEmpty();
    summary.compatibility = ownLevel;
    return summary;
}

} // namespace

class TestSchemaViews : public QObject
{
    Q_OBJECT

private slots:
    void identicalTextsAreAllSame()
    {
        const QList<DiffRow> rows = TextDiff::sideBySide(lines("a\nb\nc"), lines("a\nb\nc"));
        QCOMPARE(kinds(rows), u"==="_qs);
        QCOMPARE(rows.at(2).leftLine, 3);
        QCOMPARE(rows.at(2).rightLine, 3);
    }

    void insertionsAndRemovals()
    {
        QCOMPARE(kinds(TextDiff::sideBySide(lines("a\nc"), lines("a\nb\nc"))), u"=+="_qs);
        QCOMPARE(kinds(TextDiff::sideBySide(lines("a\nb\nc"), lines("a\nc"))), u"=-="_qs);
        const QList<DiffRow> rows = TextDiff::sideBySide(lines("a\nx\ny\nd"), lines("a\nX\nd"));
        // Two removed lines against one added: one changed pair, one removal.
        QCOMPARE(kinds(rows), u"=~-="_qs);
        QCOMPARE(rows.at(1).left, u"x"_qs);
        QCOMPARE(rows.at(1).right, u"X"_qs);
        QCOMPARE(rows.at(2).rightLine, 0);
        QCOMPARE(rows.at(3).leftLine, 4);
        QCOMPARE(rows.at(3).rightLine, 3);
        const TextDiff::Counts counts = TextDiff::count(rows);
        QCOMPARE(counts.changed, 1);
        QCOMPARE(counts.removed, 1);
        QCOMPARE(counts.added, 0);
    }

    void movedLinesKeepTheLongestCommonRun()
    {
        const QList<DiffRow> rows =
            TextDiff::sideBySide(lines("a\nb\nc\nd\ne"), lines("b\nc\nd\na\ne"));
        QCOMPARE(TextDiff::count(rows).added + TextDiff::count(rows).changed, 1);
        QCOMPARE(kinds(rows).count(u'='), 4);
    }

    void hugeTextsAreOneBlock()
    {
        QStringList left;
        QStringList right;
        for (int i = 0; i < TextDiff::maxLines + 10; ++i) {
            left.append(QString::number(i));
            right.append(QString::number(i * 7));
        }
        const QList<DiffRow> rows = TextDiff::sideBySide(left, right);
        QCOMPARE(rows.first().kind, DiffRow::Kind::Same); // "0" on both sides
        QVERIFY(rows.size() >= left.size());
    }

    void avroKeepsTheAuthorsOrder()
    {
        RegistrySchema schema;
        schema.text =
            uR"({"type":"record","name":"Order","fields":[{"name":"id","type":"long"}]})"_qs;
        const QString pretty = SchemaText::pretty(schema);
        QVERIFY2(pretty.startsWith(u"{\n  \"type\": \"record\",\n  \"name\": \"Order\""_qs),
                 qPrintable(pretty));
        schema.text = u"{not json"_qs;
        QCOMPARE(SchemaText::pretty(schema), schema.text);
    }

    void protobufDescriptorBecomesProtoText()
    {
        // FileDescriptorProto money.proto: package acme, message Money { int64 cents = 1; }, as
        // confluent-kafka's ProtobufSerializer registers it (base64).
        RegistrySchema schema;
        schema.format = SchemaFormat::Protobuf;
        schema.text = u"Cgttb25leS5wcm90bxIEYWNtZSIWCgVNb25leRINCgVjZW50cxgBIAEoA2IGcHJvdG8z"_qs;
        const QString pretty = SchemaText::pretty(schema);
        QVERIFY2(pretty.contains(u"message Money"_qs) && pretty.contains(u"int64 cents = 1;"_qs),
                 qPrintable(pretty));
        schema.text = u"syntax = \"proto3\";\nmessage A { int32 x = 1; }"_qs;
        QCOMPARE(SchemaText::pretty(schema), schema.text);
    }

    void subjectListShowsDefaultsTopicsAndDeleted()
    {
        SubjectListModel model;
        QCOMPARE(SubjectListModel::topicNameOf(u"orders-value"_qs), u"orders"_qs);
        QCOMPARE(SubjectListModel::topicNameOf(u"orders-key"_qs), u"orders"_qs);
        QCOMPARE(SubjectListModel::topicNameOf(u"com.acme.Order"_qs), QString());
        QCOMPARE(SubjectListModel::topicNameOf(u"-value"_qs), QString());

        SubjectSummary gone;
        gone.subject = u"old-value"_qs;
        gone.deleted = true;
        model.setSubjects({{.subject = u"orders-value"_qs}, {.subject = u"shared"_qs}, gone});
        model.setTopics({u"orders"_qs});
        model.setGlobalCompatibility(u"BACKWARD"_qs);
        const auto cell = [&](const QString &subject, int column, int role = Qt::DisplayRole) {
            return model.index(model.rowOf(subject), column).data(role).toString();
        };
        QCOMPARE(cell(u"orders-value"_qs, SubjectListModel::CompatibilityColumn), QString());
        QVERIFY(cell(u"orders-value"_qs, 0, Qt::AccessibleDescriptionRole).contains(u"loading"_qs));

        QSignalSpy changed(&model, &SubjectListModel::dataChanged);
        model.updateDetails({detail(u"orders-value"_qs), detail(u"shared"_qs, u"FULL"_qs)});
        QCOMPARE(changed.size(), 1); // one signal for the batch
        QCOMPARE(model.detailsKnownCount(), 2);
        QCOMPARE(cell(u"orders-value"_qs, SubjectListModel::CompatibilityColumn),
                 u"BACKWARD (default)"_qs);
        QVERIFY(cell(u"orders-value"_qs, 0, Qt::AccessibleDescriptionRole).contains(u"default"_qs));
        QCOMPARE(cell(u"shared"_qs, SubjectListModel::CompatibilityColumn), u"FULL"_qs);
        QCOMPARE(cell(u"orders-value"_qs, SubjectListModel::TopicColumn), u"orders"_qs);
        QCOMPARE(cell(u"shared"_qs, SubjectListModel::TopicColumn), QString());
        QCOMPARE(cell(u"orders-value"_qs, SubjectListModel::VersionColumn), u"3"_qs);
        QCOMPARE(cell(u"orders-value"_qs, SubjectListModel::IdColumn), u"42"_qs);
        QCOMPARE(cell(u"old-value"_qs, 0), u"old-value (deleted)"_qs);
        QVERIFY(
            cell(u"old-value"_qs, 0, Qt::AccessibleDescriptionRole).contains(u"soft-deleted"_qs));
        model.setTopics({});
        QCOMPARE(cell(u"orders-value"_qs, SubjectListModel::TopicColumn), QString());

        SubjectSummary failed = detail(u"shared"_qs);
        failed.detailsError = u"registry unreachable"_qs;
        model.updateDetails({failed});
        QCOMPARE(cell(u"shared"_qs, SubjectListModel::VersionColumn), QString());
        QCOMPARE(cell(u"shared"_qs, 0, Qt::ToolTipRole), u"registry unreachable"_qs);
    }

    void diffModelSaysAndTints()
    {
        SchemaDiffModel model;
        model.setTexts(u"a\nb"_qs, u"a\nb"_qs);
        QCOMPARE(model.summary(), u"The two versions are the same."_qs);
        model.setTexts(u"a\nb"_qs, u"a\nB\nc"_qs);
        QCOMPARE(model.summary(), u"1 line(s) added, 0 removed, 1 changed"_qs);
        const QModelIndex changedRight = model.index(1, SchemaDiffModel::RightTextColumn);
        QCOMPARE(changedRight.data().toString(), u"B"_qs);
        QCOMPARE(changedRight.data(Qt::AccessibleDescriptionRole).toString(), u"changed"_qs);
        QVERIFY(changedRight.data(Qt::BackgroundRole).isValid());
        const QModelIndex addedLeft = model.index(2, SchemaDiffModel::LeftTextColumn);
        QCOMPARE(addedLeft.data().toString(), QString());
        QVERIFY(!addedLeft.data(Qt::BackgroundRole).isValid()); // no line there to tint
        QCOMPARE(model.index(0, SchemaDiffModel::LeftLineColumn).data().toString(), u"1"_qs);
        QVERIFY(
            !model.index(0, SchemaDiffModel::LeftTextColumn).data(Qt::BackgroundRole).isValid());
    }
};

QTEST_MAIN(TestSchemaViews)
#include "tst_schemaviews.moc"
