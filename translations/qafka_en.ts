<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AvroCodec</name>
    <message numerus="yes">
        <source>The payload ends after %n byte(s), in %1: it is cut short or does not match the schema %2.</source>
        <translation>
            <numerusform>The payload ends after %n byte, in %1: it is cut short or does not match the schema %2.</numerusform>
            <numerusform>The payload ends after %n bytes, in %1: it is cut short or does not match the schema %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the enum %1 has no symbol number %2 (it has %n)</source>
        <translation>
            <numerusform>the enum %1 has no symbol number %2 (it has %n)</numerusform>
            <numerusform>the enum %1 has no symbol number %2 (it has %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the union has no branch number %1 (it has %n)</source>
        <translation>
            <numerusform>the union has no branch number %1 (it has %n)</numerusform>
            <numerusform>the union has no branch number %1 (it has %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) left after the record: the payload does not match the schema %1.</source>
        <translation>
            <numerusform>%n byte left after the record: the payload does not match the schema %1.</numerusform>
            <numerusform>%n bytes left after the record: the payload does not match the schema %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) left after the value: the payload does not match the schema %1.</source>
        <translation>
            <numerusform>%n byte left after the value: the payload does not match the schema %1.</numerusform>
            <numerusform>%n bytes left after the value: the payload does not match the schema %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expected %n byte(s) for the fixed %1, got %2</source>
        <translation>
            <numerusform>expected %n byte for the fixed %1, got %2</numerusform>
            <numerusform>expected %n bytes for the fixed %1, got %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the decimal is too long to show as a number (%n byte(s)): it is shown in base64</source>
        <translation>
            <numerusform>the decimal is too long to show as a number (%n byte): it is shown in base64</numerusform>
            <numerusform>the decimal is too long to show as a number (%n bytes): it is shown in base64</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) in base64 (the fixed %1)</source>
        <translation>
            <numerusform>%n byte in base64 (the fixed %1)</numerusform>
            <numerusform>%n bytes in base64 (the fixed %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterHealth</name>
    <message numerus="yes">
        <source>%n broker(s) up</source>
        <translation>
            <numerusform>%n broker up</numerusform>
            <numerusform>%n brokers up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n down</numerusform>
            <numerusform>%n down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n under-replicated</source>
        <translation>
            <numerusform>%n under-replicated</numerusform>
            <numerusform>%n under-replicated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline</source>
        <translation>
            <numerusform>%n offline</numerusform>
            <numerusform>%n offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n under min ISR</source>
        <translation>
            <numerusform>%n under min ISR</numerusform>
            <numerusform>%n under min ISR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n partition(s)</source>
        <translation>
            <numerusform>of %n partition</numerusform>
            <numerusform>of %n partitions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupAdmin</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDecoding</name>
    <message numerus="yes">
        <source>%n more byte(s) not shown</source>
        <translation>
            <numerusform>%n more byte not shown</numerusform>
            <numerusform>%n more bytes not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageFile</name>
    <message numerus="yes">
        <source>%n more line(s) failed</source>
        <translation>
            <numerusform>%n more line failed</numerusform>
            <numerusform>%n more lines failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageFileReadJob</name>
    <message numerus="yes">
        <source>%n line(s) could not be read: %1</source>
        <translation>
            <numerusform>%n line could not be read: %1</numerusform>
            <numerusform>%n lines could not be read: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtobufCodec</name>
    <message numerus="yes">
        <source>the message-index path %1 names no message: %2 has %n nested message(s)</source>
        <translation>
            <numerusform>the message-index path %1 names no message: %2 has %n nested message</numerusform>
            <numerusform>the message-index path %1 names no message: %2 has %n nested messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the message-index path %1 names no message: the schema has %n top-level message(s)</source>
        <translation>
            <numerusform>the message-index path %1 names no message: the schema has %n top-level message</numerusform>
            <numerusform>the message-index path %1 names no message: the schema has %n top-level messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::AclCreateDialog</name>
    <message numerus="yes">
        <source>%n binding(s) will be written.</source>
        <translation>
            <numerusform>%n binding will be written.</numerusform>
            <numerusform>%n bindings will be written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::AclsView</name>
    <message numerus="yes">
        <source>%n binding(s).</source>
        <translation>
            <numerusform>%n binding.</numerusform>
            <numerusform>%n bindings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n binding(s) shown.</source>
        <translation>
            <numerusform>%1 of %n binding shown.</numerusform>
            <numerusform>%1 of %n bindings shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creating %n binding(s)…</source>
        <translation>
            <numerusform>Creating %n binding…</numerusform>
            <numerusform>Creating %n bindings…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n binding(s)…</source>
        <translation>
            <numerusform>Deleting %n binding…</numerusform>
            <numerusform>Deleting %n bindings…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n binding(s)? Clients that rely on them lose that access at once.</source>
        <translation>
            <numerusform>Delete this %n binding? Clients that rely on it lose that access at once.</numerusform>
            <numerusform>Delete these %n bindings? Clients that rely on them lose that access at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::BrokersPane</name>
    <message numerus="yes">
        <source>%n broker(s) up</source>
        <translation>
            <numerusform>%n broker up</numerusform>
            <numerusform>%n brokers up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n down</numerusform>
            <numerusform>%n down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n partition</numerusform>
            <numerusform>%n partitions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::ClusterConnection</name>
    <message numerus="yes">
        <source>Creating %n ACL binding(s)</source>
        <translation>
            <numerusform>Creating %n ACL binding</numerusform>
            <numerusform>Creating %n ACL bindings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n ACL binding(s)</source>
        <translation>
            <numerusform>Deleting %n ACL binding</numerusform>
            <numerusform>Deleting %n ACL bindings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::ConnectPane</name>
    <message numerus="yes">
        <source>%n connector(s), %1 with failures; read in %2 ms.</source>
        <translation>
            <numerusform>%n connector, %1 with failures; read in %2 ms.</numerusform>
            <numerusform>%n connectors, %1 with failures; read in %2 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::ConnectWorker</name>
    <message numerus="yes">
        <source>%1 (Asked %n time(s).)</source>
        <translation>
            <numerusform>%1 (Asked %n time.)</numerusform>
            <numerusform>%1 (Asked %n times.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::ConnectorConfigDialog</name>
    <message numerus="yes">
        <source>Connect found problems in %n field(s).</source>
        <translation>
            <numerusform>Connect found problems in %n field.</numerusform>
            <numerusform>Connect found problems in %n fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::ConnectorListModel</name>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n task failed</numerusform>
            <numerusform>%n tasks failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::ConsumerGroupsPane</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %n member(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %n member</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::CreateTopicDialog</name>
    <message numerus="yes">
        <source>There are %n broker(s); a larger factor is refused by the broker.</source>
        <translation>
            <numerusform>There is %n broker; a larger factor is refused by the broker.</numerusform>
            <numerusform>There are %n brokers; a larger factor is refused by the broker.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::GroupWorker</name>
    <message numerus="yes">
        <source>all %n partition(s) caught up or catching up</source>
        <translation>
            <numerusform>all %n partition caught up or catching up</numerusform>
            <numerusform>all %n partitions caught up or catching up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::MainWindow</name>
    <message numerus="yes">
        <source>%n message(s) have not been acknowledged by the broker yet. Close anyway? Qafka gives them half a second; the rest are not sent.</source>
        <translation>
            <numerusform>%n message has not been acknowledged by the broker yet. Close anyway? Qafka gives it half a second; otherwise it is not sent.</numerusform>
            <numerusform>%n messages have not been acknowledged by the broker yet. Close anyway? Qafka gives them half a second; the rest are not sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::MessagesPane</name>
    <message numerus="yes">
        <source>The %n message(s) found are shown; the filter bar now narrows them down.</source>
        <translation>
            <numerusform>The %n message found is shown; the filter bar now narrows it down.</numerusform>
            <numerusform>The %n messages found are shown; the filter bar now narrows them down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::ResetOffsetsDialog</name>
    <message numerus="yes">
        <source>The group has %n active member(s). Offsets can only be reset while none of its consumers runs.</source>
        <translation>
            <numerusform>The group has %n active member. Offsets can only be reset while none of its consumers runs.</numerusform>
            <numerusform>The group has %n active members. Offsets can only be reset while none of its consumers runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) would change. Nothing has been written yet.</source>
        <translation>
            <numerusform>%n partition would change. Nothing has been written yet.</numerusform>
            <numerusform>%n partitions would change. Nothing has been written yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::SchemaDiffModel</name>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n line added</numerusform>
            <numerusform>%n lines added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::SchemasPane</name>
    <message numerus="yes">
        <source>%n subject(s); reading details of %1…</source>
        <translation>
            <numerusform>%n subject; reading details of %1…</numerusform>
            <numerusform>%n subjects; reading details of %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>%n subject</numerusform>
            <numerusform>%n subjects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::ScramUsersView</name>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n user.</numerusform>
            <numerusform>%n users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::SubjectDetailView</name>
    <message numerus="yes">
        <source>Subject %1 — %n version(s)</source>
        <translation>
            <numerusform>Subject %1 — %n version</numerusform>
            <numerusform>Subject %1 — %n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::TopicGroupsView</name>
    <message numerus="yes">
        <source>%n group(s) read %1.</source>
        <translation>
            <numerusform>%n group reads %1.</numerusform>
            <numerusform>%n groups read %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::TopicsPane</name>
    <message numerus="yes">
        <source>Delete these %n topic(s) and every message in them? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n topic and every message in it? This cannot be undone.</numerusform>
            <numerusform>Delete these %n topics and every message in them? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryWorker</name>
    <message numerus="yes">
        <source>Connected to the Schema Registry at %1: %n subject(s).</source>
        <translation>
            <numerusform>Connected to the Schema Registry at %1: %n subject.</numerusform>
            <numerusform>Connected to the Schema Registry at %1: %n subjects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicAdmin</name>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>And %n more.</numerusform>
            <numerusform>And %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the answer describes %n resource(s).</source>
        <translation>
            <numerusform>the answer describes %n resource.</numerusform>
            <numerusform>the answer describes %n resources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireFormat</name>
    <message numerus="yes">
        <source>%n byte(s): too short for the 5-byte schema header</source>
        <translation>
            <numerusform>%n byte: too short for the 5-byte schema header</numerusform>
            <numerusform>%n bytes: too short for the 5-byte schema header</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s): too short for the 17-byte schema GUID header</source>
        <translation>
            <numerusform>%n byte: too short for the 17-byte schema GUID header</numerusform>
            <numerusform>%n bytes: too short for the 17-byte schema GUID header</numerusform>
        </translation>
    </message>
</context>
</TS>
