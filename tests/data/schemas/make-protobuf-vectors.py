#!/usr/bin/env python3
"""Writes protobuf-vectors.json: Protobuf records and their JSON, made by code Qafka did not write.

protoc compiles the pb-*.proto files of this folder (--include_imports --descriptor_set_out); Python's
protobuf builds message classes from that descriptor set at run time (message_factory), fills them
from the dicts below (json_format.ParseDict) and prints the expected JSON (json_format.MessageToDict,
field names as written, fields without presence printed with their default values).
confluent-kafka's own ProtobufSerializer, against its mock registry, writes the framed records
(the 5-byte header, the message indexes as Confluent writes them, the message) and registers the
schemas, as base64 FileDescriptorProtos with references, the way Apicurio then stores them.

    python3 -m venv /tmp/pb-venv
    /tmp/pb-venv/bin/pip install protobuf 'confluent-kafka[schemaregistry,protobuf]'
    /tmp/pb-venv/bin/python tests/data/schemas/make-protobuf-vectors.py

tests/unit/tst_protobufcodec.cpp reads the result.
"""
import base64
import importlib.metadata
import inspect
import json
import pathlib
import subprocess
import tempfile

from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.protobuf import ProtobufSerializer
from confluent_kafka.serialization import MessageField, SerializationContext
from google.protobuf import descriptor_pb2, descriptor_pool, json_format, message_factory

HERE = pathlib.Path(__file__).resolve().parent
MAIN = 'pb-orders.proto'
TOPIC = 'orders'

# (name, message type, value as json_format.ParseDict reads it)
RECORDS = [
    ('order with every field set', 'com.acme.Order', {
        'id': 'ord-1001',
        'customer_id': '9007199254740993',  # above 2^53: a double would lose it
        'status': 'SHIPPED',
        'lines': [
            {'sku': 'KB-87', 'quantity': 2,
             'price': {'currency': 'EUR', 'units': '49', 'nanos': 990000000},
             'discounts': [{'code': 'SPRING', 'percent': 12.5}, {'code': 'VIP', 'percent': 5}]},
            {'sku': 'MOUSE', 'quantity': 1, 'price': {'currency': 'EUR', 'units': '19'}},
        ],
        'attributes': {'channel': 'web', 'campaign': 'spring-24'},
        'address': {'street': '1 Main St', 'city': 'Springfield', 'country_code': 'US'},
        'placed_at': '2024-03-01T12:34:56.789Z',
        'signature': base64.b64encode(bytes(range(0, 256, 17))).decode('ascii'),
        'tags': ['priority', 'gift-wrap'],
        'totals_by_currency': {'EUR': {'currency': 'EUR', 'units': '118', 'nanos': 980000000}},
        'weight_kg': 12.3,
        'gift': True,
        'priority': -3,
        'note': 'leave at the door',
        'sequence': '18446744073709551615',
        'trace_id': '1234567890123',
    }),
    ('order with nothing set', 'com.acme.Order', {}),
    ('order picked up, unicode, negative id, empty optional set', 'com.acme.Order', {
        'id': '주문-7 ✓',
        'customer_id': '-42',
        'status': 'PLACED',
        'pickup_point': 'Locker 12',
        'placed_at': '1970-01-01T00:00:00.000000001Z',
        'note': '',
    }),
    ('order with an enum number the schema does not name', 'com.acme.Order', {
        'id': 'ord-7', 'status': 7,
    }),
    ('second top-level message', 'com.acme.Shipment', {
        'order_id': 'ord-1001',
        'carrier': 'DHL',
        'shipped_at': '2024-03-02T08:00:00Z',
        'parcels': ['JD0001', 'JD0002'],
        'destination': {'city': 'Seoul', 'country_code': 'KR'},
    }),
    ('nested message', 'com.acme.Order.Line', {
        'sku': 'CABLE', 'quantity': 3, 'price': {'currency': 'KRW', 'units': '15000'},
    }),
    ('message nested two deep', 'com.acme.Order.Line.Discount', {
        'code': 'WELCOME', 'percent': 10,
    }),
]


def compile_descriptor_set():
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / 'set.pb'
        subprocess.run(['protoc', '--include_imports', '--descriptor_set_out=%s' % out,
                        '-I', str(HERE), MAIN], check=True, cwd=HERE)
        file_set = descriptor_pb2.FileDescriptorSet()
        file_set.ParseFromString(out.read_bytes())
    return file_set


def message_to_dict(message):
    # protobuf >= 5.26 renamed including_default_value_fields (and stopped printing message
    # fields and oneof members with it).
    parameters = inspect.signature(json_format.MessageToDict).parameters
    defaults = ('always_print_fields_with_no_presence'
                if 'always_print_fields_with_no_presence' in parameters
                else 'including_default_value_fields')
    return json_format.MessageToDict(message, preserving_proto_field_name=True, **{defaults: True})


def write_records(pool, serializers, registry):
    records = []
    context = SerializationContext(TOPIC, MessageField.VALUE)
    for name, type_name, value in RECORDS:
        message_class = message_factory.GetMessageClass(pool.FindMessageTypeByName(type_name))
        message = json_format.ParseDict(value, message_class())
        if type_name not in serializers:
            serializers[type_name] = ProtobufSerializer(message_class, registry)
        framed = serializers[type_name](message, context)
        body = message.SerializeToString()
        assert framed[0] == 0 and framed.endswith(body)
        records.append({
            'name': name,
            'message_type': type_name,
            'schema_id': int.from_bytes(framed[1:5], 'big'),
            'record_hex': framed.hex(),
            'message_indexes_hex': framed[5:len(framed) - len(body)].hex(),
            'message_hex': body.hex(),
            'json': message_to_dict(message),
        })
    return records


def registered_schema(registry, schema_id):
    schema = registry.get_schema(schema_id)
    return {
        'schema': schema.schema_str,
        'schema_type': schema.schema_type,
        'references': [{
            'name': reference.name,
            'subject': reference.subject,
            'version': reference.version,
            'schema': registry.get_version(reference.subject, reference.version).schema.schema_str,
        } for reference in schema.references],
    }


def main():
    file_set = compile_descriptor_set()
    pool = descriptor_pool.DescriptorPool()
    for file_proto in file_set.file:
        pool.Add(file_proto)
    registry = SchemaRegistryClient.new_client({'url': 'mock://protobuf-vectors'})
    records = write_records(pool, {}, registry)
    files = {}
    for file_proto in file_set.file:
        if file_proto.name.startswith('google/'):
            continue
        files[file_proto.name] = {
            'text': (HERE / file_proto.name).read_text(encoding='utf-8'),
            'descriptor_base64': base64.b64encode(file_proto.SerializeToString()).decode('ascii'),
        }
    vectors = {
        'made_by': {
            'generator': 'tests/data/schemas/make-protobuf-vectors.py',
            'protoc': subprocess.run(['protoc', '--version'], check=True, capture_output=True,
                                     text=True).stdout.strip(),
            'python protobuf': importlib.metadata.version('protobuf'),
            'confluent-kafka': importlib.metadata.version('confluent-kafka'),
        },
        'main_file': MAIN,
        'files': files,
        'registered': registered_schema(registry, records[0]['schema_id']),
        'records': records,
    }
    out = HERE / 'protobuf-vectors.json'
    out.write_text(json.dumps(vectors, indent=2, ensure_ascii=False) + '\n', encoding='utf-8')
    print('wrote %d records to %s' % (len(records), out))


if __name__ == '__main__':
    main()
