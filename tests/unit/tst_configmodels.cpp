#include "configentrymodel.h"
#include "configfiltermodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qafka;

namespace {
ConfigEntry entry(const QString &name, const QString &value, ConfigSource source, bool isDefault,
                  bool sensitive = false, bool isNull = false)
{
    ConfigEntry e;
    e.name = name;
    e.value = value;
    e.source = source;
    e.isDefault = isDefault;
    e.isSensitive = sensitive;
    e.isNull = isNull;
    e.isReadOnly = source == ConfigSource::StaticBroker;
    return e;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, 0).data().toString();
    return out;
}
} // namespace

class TestConfigModels : public QObject
{
    Q_OBJECT
private slots:
    void displayAndFilter()
    {
        ConfigEntryModel model;
        ConfigFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({
            entry(QStringLiteral("log.retention.hours"), QStringLiteral("168"),
                  ConfigSource::Default, true),
            entry(QStringLiteral("num.io.threads"), QStringLiteral("2"), ConfigSource::StaticBroker,
                  false),
            entry(QStringLiteral("ssl.keystore.password"), QString(), ConfigSource::StaticBroker,
                  false, true, true),
            entry(QStringLiteral("message.max.bytes"), QStringLiteral("2000000"),
                  ConfigSource::DynamicBroker, false),
        });
        QCOMPARE(model.index(2, ConfigEntryModel::ValueColumn).data().toString(),
                 QStringLiteral("(sensitive, hidden by the broker)"));
        QCOMPARE(model.index(1, ConfigEntryModel::SourceColumn).data().toString(),
                 QStringLiteral("static"));
        QCOMPARE(model.index(3, ConfigEntryModel::SourceColumn).data().toString(),
                 QStringLiteral("dynamic (this broker)"));
        QCOMPARE(model.index(1, ConfigEntryModel::ReadOnlyColumn).data().toString(),
                 QStringLiteral("yes"));

        filter.setSearchText(QStringLiteral("THREADS"));
        QCOMPARE(names(filter), QStringList{QStringLiteral("num.io.threads")});
        filter.setSearchText(QStringLiteral("2000")); // matches values too
        QCOMPARE(names(filter), QStringList{QStringLiteral("message.max.bytes")});
        filter.setSearchText(QString());
        filter.setOnlyOverridden(true);
        QCOMPARE(names(filter).size(), 3);
        QVERIFY(!names(filter).contains(QStringLiteral("log.retention.hours")));
    }
};

QTEST_GUILESS_MAIN(TestConfigModels)
#include "tst_configmodels.moc"
