#!/usr/bin/env python3
"""Writes avro-vectors.json, the test vectors of tests/unit/tst_avrocodec.cpp, with fastavro:
code that Qafka did not write encodes each record (schemaless_writer: Avro binary, no header)
and decodes it again (schemaless_reader), and this script turns what fastavro read into the
"natural JSON" that Qafka's AvroCodec is meant to give for the same bytes.

    python3 -m venv /tmp/avro-venv && /tmp/avro-venv/bin/pip install fastavro
    /tmp/avro-venv/bin/python tests/data/schemas/make-avro-vectors.py

Natural JSON, as this script writes it from fastavro's Python values (walking the writer's schema
alongside the value):
  null, true/false; int and long as integers;
  double as Python's repr() (shortest text that reads back to the same double: 2.5, 1e+16,
  123.0); float as the shortest text that reads back to the same 32-bit float, written the same
  way (3.14, not 3.140000104904175); NaN and infinities as the strings "NaN", "Infinity",
  "-Infinity";
  string as itself; bytes and fixed in base64; enum as its symbol;
  array as an array, map as an object (in the payload's order), record as an object with the
  fields in the schema's order;
  a union as the value of the branch that was written, not wrapped;
  timestamp-millis as 2024-01-01T12:34:56.789Z, timestamp-micros with six digits after the
  point, local-timestamp-* the same without the Z; date as 2024-01-01; time-millis as
  12:34:56.789, time-micros with six digits; decimal as a JSON number with exactly `scale`
  digits after the point (no exponent); uuid as its string.
A union's branch is recognised from the Python type of the value fastavro read (None, bool,
int, float, str, bytes, Decimal, UUID, datetime with or without a time zone, date, time, list,
dict with exactly a record's field names, else a map); the schemas used here have no union that
this would leave ambiguous (no string with an enum, no bytes with a fixed, no two records).

Each record also gets "wrapped": the same JSON with every non-null union value written the way
Avro's own JSON encoding does, {"type name": value} (named types by full name, logical types
by their underlying type), which the codec must accept too; and some get "input", JSON that
leaves out fields that have defaults, which the codec must fill to give the same bytes.
"""
import base64
import datetime
import decimal
import io
import json
import math
import pathlib
import struct
import uuid

import fastavro

HERE = pathlib.Path(__file__).resolve().parent
PRIMITIVES = {'null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string'}
UTC = datetime.timezone.utc


# --- Names ----------------------------------------------------------------------------------

def full_name(name, namespace):
    if '.' in name or not namespace:
        return name
    return namespace + '.' + name


def namespace_of(full):
    return full.rpartition('.')[0]


def collect_names(schema, namespace, names):
    """Registers every named type that schema defines: full name -> (definition, namespace)."""
    if isinstance(schema, list):
        for branch in schema:
            collect_names(branch, namespace, names)
    elif isinstance(schema, dict):
        kind = schema['type']
        if kind in ('record', 'enum', 'fixed'):
            full = full_name(schema['name'], schema.get('namespace', namespace))
            names[full] = (schema, namespace_of(full))
            for field in schema.get('fields', []) if kind == 'record' else []:
                collect_names(field['type'], namespace_of(full), names)
        elif kind == 'array':
            collect_names(schema['items'], namespace, names)
        elif kind == 'map':
            collect_names(schema['values'], namespace, names)
        elif isinstance(kind, (dict, list)):
            collect_names(kind, namespace, names)


def resolve(schema, namespace, names):
    """(definition, namespace) of a schema, following a reference by name."""
    if isinstance(schema, str) and schema not in PRIMITIVES:
        if '.' not in schema and namespace and full_name(schema, namespace) in names:
            return names[full_name(schema, namespace)]
        return names[schema]
    if isinstance(schema, dict) and isinstance(schema['type'], (dict, list)):
        return resolve(schema['type'], namespace, names)
    if isinstance(schema, dict) and schema['type'] not in PRIMITIVES | {
            'record', 'enum', 'fixed', 'array', 'map'}:
        return resolve(schema['type'], namespace, names)
    return schema, namespace


def kind_of(schema):
    if isinstance(schema, list):
        return 'union'
    return schema if isinstance(schema, str) else schema['type']


def logical_of(schema):
    return schema.get('logicalType') if isinstance(schema, dict) else None


def type_name(schema, namespace):
    """The name Avro's JSON encoding wraps a union value in."""
    kind = kind_of(schema)
    if kind in ('record', 'enum', 'fixed'):
        return full_name(schema['name'], schema.get('namespace', namespace))
    return kind


# --- Union branches -------------------------------------------------------------------------

def branch_fits(value, schema, namespace, names):
    kind, logical = kind_of(schema), logical_of(schema)
    if value is None:
        return kind == 'null'
    if isinstance(value, bool):
        return kind == 'boolean'
    if isinstance(value, datetime.datetime):
        local = logical.startswith('local-') if logical else False
        return bool(logical) and 'timestamp' in logical and local == (value.tzinfo is None)
    if isinstance(value, datetime.date):
        return logical == 'date'
    if isinstance(value, datetime.time):
        return logical in ('time-millis', 'time-micros')
    if isinstance(value, decimal.Decimal):
        return logical == 'decimal'
    if isinstance(value, uuid.UUID):
        return logical == 'uuid'
    if logical in ('decimal', 'uuid', 'date', 'time-millis', 'time-micros') or (
            logical and 'timestamp' in logical):
        return False
    if isinstance(value, int):
        return kind in ('int', 'long')
    if isinstance(value, float):
        return kind in ('float', 'double')
    if isinstance(value, str):
        return kind == 'string' or (kind == 'enum' and value in schema['symbols'])
    if isinstance(value, bytes):
        return kind == 'bytes' or (kind == 'fixed' and len(value) == schema['size'])
    if isinstance(value, list):
        return kind == 'array'
    if isinstance(value, dict) and kind == 'record':
        return set(value) == {field['name'] for field in schema['fields']}
    return isinstance(value, dict) and kind == 'map'


def union_branch(value, branches, namespace, names):
    """The branch of a union that fastavro wrote value with (the first that fits, as it does)."""
    resolved = [resolve(branch, namespace, names) for branch in branches]
    candidates = [pair for pair in resolved if kind_of(pair[0]) == 'record'] + resolved
    for schema, branch_namespace in candidates:
        if branch_fits(value, schema, branch_namespace, names):
            return schema, branch_namespace
    raise ValueError('no branch of %r fits %r' % (branches, value))


# --- Natural JSON ---------------------------------------------------------------------------

def float32_text(value):
    """The shortest text that reads back to the same 32-bit float, written as repr() would."""
    for digits in range(1, 10):
        text = '%.*e' % (digits - 1, value)
        if struct.unpack('<f', struct.pack('<f', float(text)))[0] == value:
            return repr(float(text))
    raise ValueError(value)


def float_text(value, kind):
    if math.isnan(value):
        return '"NaN"'
    if math.isinf(value):
        return '"Infinity"' if value > 0 else '"-Infinity"'
    return float32_text(value) if kind == 'float' else repr(value)


def date_text(value):
    return '%04d-%02d-%02d' % (value.year, value.month, value.day)


def time_text(value, digits):
    fraction = value.microsecond if digits == 6 else value.microsecond // 1000
    return '%02d:%02d:%02d.%0*d' % (value.hour, value.minute, value.second, digits, fraction)


def logical_text(value, schema, logical):
    """The natural JSON of a logical type's value, or None when schema has no logical type."""
    if logical in ('timestamp-millis', 'timestamp-micros'):
        value = value.astimezone(UTC)
        digits = 3 if logical.endswith('millis') else 6
        return '"%sT%sZ"' % (date_text(value), time_text(value.time(), digits))
    if logical in ('local-timestamp-millis', 'local-timestamp-micros'):
        digits = 3 if logical.endswith('millis') else 6
        return '"%sT%s"' % (date_text(value), time_text(value.time(), digits))
    if logical == 'date':
        return '"%s"' % date_text(value)
    if logical in ('time-millis', 'time-micros'):
        return '"%s"' % time_text(value, 3 if logical == 'time-millis' else 6)
    if logical == 'decimal':
        scale = schema.get('scale', 0)
        return format(value.quantize(decimal.Decimal(1).scaleb(-scale)), 'f')
    if logical == 'uuid':
        return json.dumps(str(value))
    return None


def natural(value, schema, namespace, names, wrap=False):
    """Natural JSON text of value, which fastavro read with schema."""
    schema, namespace = resolve(schema, namespace, names)
    kind = kind_of(schema)
    if kind == 'union':
        branch, branch_namespace = union_branch(value, schema, namespace, names)
        text = natural(value, branch, branch_namespace, names, wrap)
        if wrap and kind_of(branch) != 'null':
            return '{%s:%s}' % (json.dumps(type_name(branch, branch_namespace)), text)
        return text
    logical = logical_text(value, schema, logical_of(schema))
    if logical is not None:
        return logical
    if kind in ('record', 'enum', 'fixed'):
        namespace = namespace_of(full_name(schema['name'], schema.get('namespace', namespace)))
    if kind == 'null':
        return 'null'
    if kind == 'boolean':
        return 'true' if value else 'false'
    if kind in ('int', 'long'):
        return str(value)
    if kind in ('float', 'double'):
        return float_text(value, kind)
    if kind in ('string', 'enum'):
        return json.dumps(value, ensure_ascii=False)
    if kind in ('bytes', 'fixed'):
        return json.dumps(base64.b64encode(value).decode('ascii'))
    if kind == 'array':
        return '[%s]' % ','.join(natural(item, schema['items'], namespace, names, wrap)
                                 for item in value)
    if kind == 'map':
        return '{%s}' % ','.join('%s:%s' % (json.dumps(key, ensure_ascii=False),
                                            natural(item, schema['values'], namespace, names, wrap))
                                 for key, item in value.items())
    if kind == 'record':
        return '{%s}' % ','.join('%s:%s' % (json.dumps(field['name']),
                                            natural(value[field['name']], field['type'], namespace,
                                                    names, wrap))
                                 for field in schema['fields'])
    raise ValueError('unknown type %r' % (schema,))


# --- The records ----------------------------------------------------------------------------

def everything_records():
    base = {
        'nothing': None,
        'flag': True,
        'small': 42,
        'big': 1234567890123,
        'ratio': 3.14,
        'precise': 2.718281828459045,
        'name': 'Ada Lovelace',
        'blob': b'\x00\x01\x02\xfe\xff',
        'nickname': None,
        'color': 'GREEN',
        'hash': bytes(range(16)),
        'scores': [1, -2, 300],
        'attributes': {'team': 'core', 'level': 'senior'},
        'address': {'street': '1 Main St', 'city': 'Springfield', 'zip': 12345},
        'previous_address': None,
        'location': {'lat': 52.52, 'lon': 13.405},
        'home': None,
        'choice': 42,
        'chain': {'label': 'first', 'next': {'label': 'second', 'next': None}},
        'created': datetime.datetime(2024, 1, 1, 12, 34, 56, 789000, tzinfo=UTC),
        'created_micros': datetime.datetime(2024, 1, 1, 12, 34, 56, 789012, tzinfo=UTC),
        'local_created': datetime.datetime(2024, 1, 1, 12, 34, 56, 789000),
        'local_created_micros': datetime.datetime(2024, 1, 1, 12, 34, 56, 789012),
        'birthday': datetime.date(2024, 1, 1),
        'alarm': datetime.time(12, 34, 56, 789000),
        'alarm_micros': datetime.time(12, 34, 56, 789012),
        'amount': decimal.Decimal('1234.5678'),
        'price': decimal.Decimal('19.99'),
        'id': uuid.UUID('5d8a5f0e-3c9b-4a1e-9f7d-2b6c1e0a4d33'),
        'expires': None,
    }
    edges = dict(base)
    edges.update({
        'flag': False,
        'small': -2147483648,
        'big': 9223372036854775807,
        'ratio': float('nan'),
        'precise': float('-inf'),
        'name': '',
        'blob': b'',
        'nickname': 'Grüße 👋 "quoted" \\ \n\t',
        'color': 'BLUE',
        'scores': [],
        'attributes': {},
        'previous_address': {'street': '', 'city': 'Zürich', 'zip': -1},
        'home': {'lat': -33.8688, 'lon': 1e16},
        'choice': {'key': 'value', 'other': 'thing'},
        'chain': {'label': 'only', 'next': None},
        'created': datetime.datetime(1960, 1, 1, 0, 0, 0, 1000, tzinfo=UTC),
        'created_micros': datetime.datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
        'local_created': datetime.datetime(1, 1, 1, 0, 0, 0),
        'local_created_micros': datetime.datetime(9999, 12, 31, 23, 59, 59, 999999),
        'birthday': datetime.date(1969, 7, 20),
        'alarm': datetime.time(0, 0, 0),
        'alarm_micros': datetime.time(23, 59, 59, 999999),
        # Beyond 2^63 as an unscaled integer (12345678901234567890), and negative.
        'amount': decimal.Decimal('-1234567890123456.7890'),
        'price': decimal.Decimal('-0.01'),
        'expires': datetime.datetime(2038, 1, 19, 3, 14, 8, tzinfo=UTC),
    })
    unions = dict(base)
    unions.update({
        'ratio': -0.0,
        'precise': 123456789.0,
        'nickname': 'Lovelace',
        'choice': {'street': '2 Side St', 'city': 'Shelbyville', 'zip': 54321},
        'home': {'lat': 0.1, 'lon': -1e-05},
        'amount': decimal.Decimal('0.0000'),
        'price': decimal.Decimal('9999999999999999.99'),
        'chain': {'label': 'a', 'next': {'label': 'b', 'next': {'label': 'c', 'next': None}}},
    })
    records = [('typical', base, None), ('edges', edges, None), ('unions', unions, None)]
    for label, choice in [('boolean', True), ('double', 2.5), ('whole double', 2.0),
                          ('string', 'text'), ('array', [1, 2, 3]), ('null', None)]:
        record = dict(base)
        record['choice'] = choice
        records.append(('choice is ' + label, record, None))
    return records


def order_records():
    customer = {'id': 7, 'name': 'Grace Hopper', 'email': 'grace@example.com', 'tier': 'GOLD',
                'tags': ['navy', 'cobol']}
    order = {
        'order_id': uuid.UUID('0f8fad5b-d9cb-469f-a165-70867728950e'),
        'customer': customer,
        'ship_to': {'id': 8, 'name': 'Depot', 'email': None, 'tier': 'BRONZE', 'tags': []},
        'items': [
            {'sku': 'A-1', 'quantity': 2, 'unit_price': decimal.Decimal('9.99')},
            {'sku': 'B-2', 'quantity': 1, 'unit_price': decimal.Decimal('-0.50')},
        ],
        'placed_at': datetime.datetime(2024, 2, 29, 23, 59, 59, 999000, tzinfo=UTC),
        'note': 'leave at the door',
    }
    # The same order with the defaults written out by fastavro: email, tier, tags, ship_to, note.
    minimal = dict(order)
    minimal.update({'customer': {'id': 9, 'name': 'Minimal'}, 'items': [], 'ship_to': None})
    del minimal['note']
    minimal_input = ('{"order_id":"0f8fad5b-d9cb-469f-a165-70867728950e",'
                     '"customer":{"id":9,"name":"Minimal"},"items":[],'
                     '"placed_at":"2024-02-29T23:59:59.999Z"}')
    return [('order', order, None), ('defaults filled in', minimal, minimal_input)]


def vectors_for(key, schema_file, references, records):
    names = {}
    named = {}
    for reference in references:
        text = json.loads((HERE / reference['schema']).read_text())
        fastavro.parse_schema(text, named_schemas=named)
        collect_names(text, '', names)
    schema_json = json.loads((HERE / schema_file).read_text())
    collect_names(schema_json, '', names)
    parsed = fastavro.parse_schema(schema_json, named_schemas=named)
    out = []
    for label, record, input_text in records:
        buffer = io.BytesIO()
        fastavro.schemaless_writer(buffer, parsed, record)
        payload = buffer.getvalue()
        read = fastavro.schemaless_reader(io.BytesIO(payload), parsed, parsed)
        vector = {
            'schema': key,
            'name': label,
            'hex': payload.hex(),
            'json': natural(read, schema_json, '', names),
            'wrapped': natural(read, schema_json, '', names, wrap=True),
        }
        if input_text:
            vector['input'] = input_text
        json.loads(vector['json'])  # well-formed
        json.loads(vector['wrapped'])
        out.append(vector)
    return out


def main():
    order_references = [{'name': 'com.example.Customer', 'subject': 'customer-value',
                         'version': 1, 'schema': 'avro-customer.avsc'}]
    document = {
        'generator': 'tests/data/schemas/make-avro-vectors.py with fastavro %s'
                     % fastavro.__version__,
        'schemas': {
            'everything': {'schema': 'avro-everything.avsc', 'references': []},
            'order': {'schema': 'avro-order.avsc', 'references': order_references},
        },
        'records': vectors_for('everything', 'avro-everything.avsc', [], everything_records())
        + vectors_for('order', 'avro-order.avsc', order_references, order_records()),
    }
    target = HERE / 'avro-vectors.json'
    target.write_text(json.dumps(document, indent=1, ensure_ascii=False) + '\n')
    print('%s: %d records' % (target.name, len(document['records'])))


if __name__ == '__main__':
    main()
