#include "types/acltypes.h"

#include <QTest>

using namespace Qafka;
using namespace Qt::StringLiterals;

class TestAclTypes : public QObject
{
    Q_OBJECT

    static AclBinding topicBinding(const QString &name, const QString &pattern)
    {
        return {QStringLiteral("TOPIC"),
                name,
                pattern,
                QStringLiteral("User:alice"),
                QStringLiteral("*"),
                QStringLiteral("READ"),
                QStringLiteral("ALLOW")};
    }

private slots:
    // The authorizer's matching: the literal name, the literal wildcard, a prefix.
    void appliesToAsTheAuthorizerDoes()
    {
        const QString orders = QStringLiteral("orders-eu");
        QVERIFY(topicBinding(orders, QStringLiteral("LITERAL")).appliesTo(u"TOPIC"_s, orders));
        QVERIFY(topicBinding(u"*"_s, u"LITERAL"_s).appliesTo(u"TOPIC"_s, orders));
        QVERIFY(topicBinding(u"orders-"_s, u"PREFIXED"_s).appliesTo(u"TOPIC"_s, orders));
        QVERIFY(!topicBinding(u"orders-"_s, u"LITERAL"_s).appliesTo(u"TOPIC"_s, orders));
        QVERIFY(!topicBinding(u"orders-us"_s, u"PREFIXED"_s).appliesTo(u"TOPIC"_s, orders));
        QVERIFY(!topicBinding(orders, u"LITERAL"_s).appliesTo(u"GROUP"_s, orders));
        // A prefixed "*" is a prefix like any other, not a wildcard.
        QVERIFY(!topicBinding(u"*"_s, u"PREFIXED"_s).appliesTo(u"TOPIC"_s, orders));
    }

    void filterMatchesEachField()
    {
        const AclBinding binding = topicBinding(u"orders-"_s, u"PREFIXED"_s);
        QVERIFY(AclFilter{}.accepts(binding));
        AclFilter byPrincipal;
        byPrincipal.principal = QStringLiteral("alice");
        QVERIFY(byPrincipal.accepts(binding));
        byPrincipal.principal = QStringLiteral("bob");
        QVERIFY(!byPrincipal.accepts(binding));
        AclFilter byOperation;
        byOperation.operation = QStringLiteral("WRITE");
        QVERIFY(!byOperation.accepts(binding));
        AclFilter byResource;
        byResource.resourceType = QStringLiteral("TOPIC");
        byResource.resourceName = QStringLiteral("orders-eu");
        QVERIFY(!byResource.accepts(binding)); // the name as text: not contained
        byResource.resolveResource = true;
        QVERIFY(byResource.accepts(binding)); // the resource as the authorizer sees it
        byResource.resourceType = QStringLiteral("GROUP");
        QVERIFY(!byResource.accepts(binding));
    }

    void problemsInWords()
    {
        AclBinding binding = topicBinding(u"orders"_s, u"LITERAL"_s);
        QVERIFY(binding.problem().isEmpty());
        binding.principal = QStringLiteral("alice");
        QVERIFY(binding.problem().contains(u"User:alice"_s));
        binding.principal = QStringLiteral("User:alice");
        binding.operation = QStringLiteral("IDEMPOTENT_WRITE");
        QCOMPARE(binding.problem(), u"IDEMPOTENT_WRITE is not an operation on a TOPIC resource."_s);
        binding = {u"CLUSTER"_s, u"mine"_s,  u"LITERAL"_s, u"User:a"_s,
                   u"*"_s,       u"ALTER"_s, u"ALLOW"_s};
        QVERIFY(binding.problem().contains(u"kafka-cluster"_s));
        binding.resourceName = QStringLiteral("kafka-cluster");
        QVERIFY(binding.problem().isEmpty());
        binding.resourceName.clear();
        QVERIFY(!binding.problem().isEmpty());
    }

    // kafka-acls.sh --producer / --consumer, binding by binding.
    void bundlesAreTheCliOnes()
    {
        const QList<AclBinding> producer = producerAcls(u"User:p"_s, u"*"_s, u"t"_s, u"LITERAL"_s);
        QStringList operations;
        for (const AclBinding &each : producer)
            operations.append(each.resourceType + u' ' + each.operation);
        QCOMPARE(operations,
                 (QStringList{u"TOPIC WRITE"_s, u"TOPIC DESCRIBE"_s, u"TOPIC CREATE"_s}));
        const QList<AclBinding> consumer =
            consumerAcls(u"User:c"_s, u"*"_s, u"t"_s, u"g"_s, u"PREFIXED"_s);
        operations.clear();
        for (const AclBinding &each : consumer) {
            operations.append(each.resourceType + u' ' + each.operation);
            QCOMPARE(each.patternType, u"PREFIXED"_s);
            QVERIFY(each.problem().isEmpty());
        }
        QCOMPARE(operations, (QStringList{u"TOPIC READ"_s, u"TOPIC DESCRIBE"_s, u"GROUP READ"_s}));
    }
};

QTEST_GUILESS_MAIN(TestAclTypes)
#include "tst_acltypes.moc"
