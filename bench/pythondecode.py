"""The peer of bench/run decode: confluent-kafka's DeserializingConsumer with its
AvroDeserializer reads COUNT records of TOPIC from the beginning; prints messages per second
(from the first poll to the last record)."""
import sys
import time

from confluent_kafka import DeserializingConsumer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroDeserializer

bootstrap, registry, topic, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
consumer = DeserializingConsumer({
    "bootstrap.servers": bootstrap,
    "group.id": "bench-python-" + str(time.time()),
    "auto.offset.reset": "earliest",
    "enable.auto.commit": False,
    "value.deserializer": AvroDeserializer(SchemaRegistryClient({"url": registry})),
})
consumer.subscribe([topic])
seen = 0
start = time.monotonic()
while seen < count:
    message = consumer.poll(10.0)
    if message is None:
        sys.exit("timed out after %d records" % seen)
    if message.error():
        continue
    seen += 1
elapsed = time.monotonic() - start
consumer.close()
print(seen / elapsed)
