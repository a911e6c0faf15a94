#!/usr/bin/env python3
"""Schema-registry oracle for Qafka's tests: Confluent's own Python serializers, never Qafka's code.

Run it with the venv's python from scripts/python-oracles.sh (confluent-kafka + fastavro). It
serializes with AvroSerializer / ProtobufSerializer / JSONSerializer (auto-registering the schema
under the topic's subject, TopicNameStrategy by default) and deserializes with AvroDeserializer /
ProtobufDeserializer / JSONDeserializer against a real registry, and produces / consumes with
confluent_kafka's Producer / Consumer.

Subcommands (run `sr_oracle.py SUBCOMMAND --help` for every option):
  produce     --bootstrap B --registry URL --topic T --format F --schema FILE [--message-type N]
              [--key-format string|avro|protobuf|json --key-schema FILE --key-message-type N]
              --records FILE.jsonl
              -> one JSON summary line: {"topic", "count", "schema_ids", "key_schema_ids",
                 "offsets": [[partition, offset], ...]}
  consume     --bootstrap B --registry URL --topic T --format F [--schema FILE --message-type N]
              [--key-format ...] --count N [--timeout S]
              -> one JSON line per message, sorted by (partition, offset):
                 {"partition", "offset", "key", "value", "headers" (if any, as UTF-8 text),
                  "schema_id", "message_indexes" (Protobuf only), "key_schema_id" (schema keys
                  only), "value_hex" (the raw value bytes)}
  serialize   --registry URL --topic T --format F --schema FILE [--message-type N] --json VALUE
              [--key] -> the serialized bytes as lower-case hex, one line
  deserialize --registry URL --topic T --format F [--schema FILE --message-type N] --hex HEX
              [--key] -> the normalized JSON value, one line
Exit status: 0 on success, 1 on any error (message on stderr), 2 on bad usage.

Input records (--records FILE.jsonl): one JSON object per line,
  {"value": VALUE, "key": KEY, "headers": {"name": "text", ...}, "partition": N}
where only "value" is required ("value": null produces a tombstone). KEY is a JSON string for the
default --key-format string (sent as its UTF-8 bytes), otherwise a value like VALUE for the key
schema. VALUE (and --json) use the same normalization as the output below, so a record consumed
back prints the value it was produced from.

Output normalization: the deserialized value becomes JSON, compact (no spaces), UTF-8, object
keys in the order the deserializer returns them (Avro: the schema's field order):
  Avro (from the writer schema in the registry; unions are written plain, without a branch
  wrapper; a union branch is chosen on input as the first branch the JSON value fits):
    null/boolean/int/long/string   as JSON (longs exact, however large)
    float/double                   Python's shortest repr of the double (a float is its 32-bit
                                   value widened: 0.1f prints 0.10000000149011612); NaN and
                                   infinities as the strings "NaN", "Infinity", "-Infinity"
    bytes, fixed                   standard base64 string (with padding)
    enum                           the symbol string
    record, map -> object; array -> array
    timestamp-millis               "YYYY-MM-DDTHH:MM:SS.mmmZ" (UTC, always 3 fraction digits)
    timestamp-micros               "YYYY-MM-DDTHH:MM:SS.ffffffZ" (UTC, always 6 fraction digits)
    local-timestamp-millis/micros  the same without "Z"
    date                           "YYYY-MM-DD"
    time-millis                    "HH:MM:SS.mmm";  time-micros "HH:MM:SS.ffffff"
    decimal (bytes or fixed)       a bare JSON number token, Python's str(Decimal) with exactly
                                   the schema's scale: 12.30, -0.05, 0.00 (very small values may
                                   take the exponent form, e.g. 1E-7, still a JSON number)
    uuid                           the canonical lower-case string
  Input additionally accepts: epoch numbers for timestamp/date/time types, decimals as strings.
  Protobuf: json_format.MessageToDict(message, preserving_proto_field_name=True, and printing
    fields without presence at their defaults: always_print_fields_with_no_presence=True on
    protobuf >= 5.26, including_default_value_fields=True before). So: snake_case field names,
    enums as names, 64-bit integers as JSON strings, bytes as base64, google.protobuf.Timestamp
    as RFC 3339 UTC ("...Z", 0, 3, 6 or 9 fraction digits), maps as objects with string keys,
    an unset oneof / message field absent, unset scalars at their defaults. Input is
    json_format.ParseDict (which also accepts the forms MessageToDict prints).
  JSON Schema: the deserialized JSON as is.
Framing: "schema_id" is bytes 1-4 (big-endian) after the magic byte 0; a record in the newer
GUID framing (magic byte 1) reports "schema_guid" instead. "message_indexes" is the Protobuf
message-index path as decoded (the single byte 0 means [0]).
Protobuf schemas: the .proto FILE is compiled with `protoc --include_imports
--descriptor_set_out` (-I its folder) and the message class is built at run time
(message_factory.GetMessageClass). --message-type takes a name relative to the file's package
("Order", "Order.Line") or a full name. Without --schema, deserializing looks the writer's
message type up in the registry by the record's schema id and message indexes. The registry may
hold either form: the base64 FileDescriptorProto confluent-kafka registers (resolved by
confluent-kafka itself), or .proto text as Confluent's Java serializers and other tools register
it (compiled with protoc, references fetched from the registry; confluent-kafka's Python client
cannot read that form, so the deserializer then gets no registry client and only reads the
framing). With --schema, --message-type must name the writer's message: confluent-kafka's
ProtobufDeserializer parses the payload into the class it is given whatever the message indexes.
"""

import argparse
import base64
import datetime
import decimal
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

from confluent_kafka import OFFSET_BEGINNING, Consumer, Producer, TopicPartition
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroDeserializer, AvroSerializer
from confluent_kafka.schema_registry.json_schema import JSONDeserializer, JSONSerializer
from confluent_kafka.schema_registry.protobuf import ProtobufDeserializer, ProtobufSerializer
from confluent_kafka.serialization import MessageField, SerializationContext
from google.protobuf import descriptor_pb2, descriptor_pool, json_format, message_factory


class OracleError(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# JSON output with raw number tokens for decimals


def dump_json(value):
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            raise OracleError(f"decimal value {value} has no JSON form")
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return '"NaN"'
        if math.isinf(value):
            return '"Infinity"' if value > 0 else '"-Infinity"'
        return json.dumps(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(str(k), ensure_ascii=False) + ":" + dump_json(v) for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(dump_json(v) for v in value) + "]"
    raise OracleError(f"cannot render {type(value).__name__} as JSON: {value!r}")


def parse_json(text, fmt):
    # Avro keeps decimal digits exactly (12.30 stays 12.30); the other formats want floats.
    if fmt == "avro":
        return json.loads(text, parse_float=decimal.Decimal)
    return json.loads(text)


# ---------------------------------------------------------------------------------------------
# Avro: JSON <-> the Python values fastavro reads and writes, walking the writer schema

PRIMITIVES = {"null", "boolean", "int", "long", "float", "double", "bytes", "string"}
FLOAT_WORDS = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}


class AvroSchema:
    def __init__(self, schema_text):
        self.root = json.loads(schema_text)
        self.named = {}
        self._collect(self.root, "")

    def _fullname(self, name, namespace):
        if "." in name or not namespace:
            return name
        return namespace + "." + name

    def _collect(self, schema, namespace):
        if isinstance(schema, list):
            for branch in schema:
                self._collect(branch, namespace)
        elif isinstance(schema, dict):
            kind = schema.get("type")
            if kind in ("record", "error", "enum", "fixed"):
                ns = schema.get("namespace", namespace)
                full = self._fullname(schema["name"], ns)
                ns = full.rpartition(".")[0]
                self.named[full] = (schema, ns)
                for field in schema.get("fields", []):
                    self._collect(field["type"], ns)
            elif kind == "array":
                self._collect(schema["items"], namespace)
            elif kind == "map":
                self._collect(schema["values"], namespace)
            elif isinstance(kind, (dict, list)):
                self._collect(kind, namespace)

    def resolve(self, schema, namespace):
        """(schema dict or primitive name or union list, namespace for nested names)"""
        if isinstance(schema, str):
            if schema in PRIMITIVES:
                return schema, namespace
            for candidate in (self._fullname(schema, namespace), schema):
                if candidate in self.named:
                    return self.named[candidate]
            raise OracleError(f"unknown Avro type name {schema!r}")
        if isinstance(schema, dict):
            kind = schema.get("type")
            if kind in ("record", "error", "enum", "fixed"):
                full = self._fullname(schema["name"], schema.get("namespace", namespace))
                return schema, full.rpartition(".")[0]
            if isinstance(kind, (dict, list)) or (isinstance(kind, str) and kind not in PRIMITIVES | {"array", "map"}):
                if "logicalType" not in schema:
                    return self.resolve(kind, namespace)
        return schema, namespace


def avro_kind(schema):
    """(base type, logical type or None) of a resolved schema."""
    if isinstance(schema, str):
        return schema, None
    if isinstance(schema, list):
        return "union", None
    return schema["type"] if isinstance(schema["type"], str) else "?", schema.get("logicalType")


def avro_fits_json(types, schema, ns, value):
    schema, ns = types.resolve(schema, ns)
    base, logical = avro_kind(schema)
    if base == "null":
        return value is None
    if value is None:
        return False
    if base == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if logical == "decimal":
        return isinstance(value, (int, decimal.Decimal, str))
    if logical in ("timestamp-millis", "timestamp-micros", "local-timestamp-millis",
                   "local-timestamp-micros", "date", "time-millis", "time-micros"):
        return isinstance(value, (int, str))
    if base in ("int", "long"):
        return isinstance(value, int)
    if base in ("float", "double"):
        return isinstance(value, (int, float, decimal.Decimal)) or value in FLOAT_WORDS
    if base in ("bytes", "fixed", "string"):
        return isinstance(value, str)
    if base == "enum":
        return isinstance(value, str) and value in schema["symbols"]
    if base == "array":
        return isinstance(value, list)
    if base == "map":
        return isinstance(value, dict)
    if base in ("record", "error"):
        names = {f["name"] for f in schema["fields"]}
        return isinstance(value, dict) and set(value) <= names
    return False


def avro_from_json(types, schema, ns, value):
    schema, ns = types.resolve(schema, ns)
    if isinstance(schema, list):
        for branch in schema:
            if avro_fits_json(types, branch, ns, value):
                return avro_from_json(types, branch, ns, value)
        raise OracleError(f"no branch of union {json.dumps(schema)} fits {value!r}")
    base, logical = avro_kind(schema)
    if value is None:
        return None
    if logical == "decimal":
        return decimal.Decimal(str(value)) if not isinstance(value, decimal.Decimal) else value
    if logical in ("timestamp-millis", "timestamp-micros", "local-timestamp-millis", "local-timestamp-micros"):
        if isinstance(value, str):
            parsed = datetime.datetime.fromisoformat(value)
            return parsed
        return value
    if logical == "date":
        return datetime.date.fromisoformat(value) if isinstance(value, str) else value
    if logical in ("time-millis", "time-micros"):
        return datetime.time.fromisoformat(value) if isinstance(value, str) else value
    if base in ("float", "double"):
        return FLOAT_WORDS[value] if isinstance(value, str) else float(value)
    if base in ("bytes", "fixed"):
        return base64.b64decode(value, validate=True)
    if base == "array":
        return [avro_from_json(types, schema["items"], ns, v) for v in value]
    if base == "map":
        return {k: avro_from_json(types, schema["values"], ns, v) for k, v in value.items()}
    if base in ("record", "error"):
        out = {}
        for field in schema["fields"]:
            if field["name"] in value:
                out[field["name"]] = avro_from_json(types, field["type"], ns, value[field["name"]])
        return out
    return value


def avro_fits_python(types, schema, ns, value):
    schema, ns = types.resolve(schema, ns)
    base, logical = avro_kind(schema)
    if base == "null":
        return value is None
    if value is None:
        return False
    if base == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if logical == "decimal":
        return isinstance(value, decimal.Decimal)
    if logical in ("timestamp-millis", "timestamp-micros", "local-timestamp-millis", "local-timestamp-micros"):
        return isinstance(value, datetime.datetime)
    if logical == "date":
        return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
    if logical in ("time-millis", "time-micros"):
        return isinstance(value, datetime.time)
    if logical == "uuid":
        return isinstance(value, (uuid.UUID, str))
    if base in ("int", "long"):
        return isinstance(value, int)
    if base in ("float", "double"):
        return isinstance(value, float)
    if base == "bytes":
        return isinstance(value, bytes)
    if base == "fixed":
        return isinstance(value, bytes) and len(value) == schema["size"]
    if base == "string":
        return isinstance(value, str)
    if base == "enum":
        return isinstance(value, str) and value in schema["symbols"]
    if base == "array":
        return isinstance(value, list)
    if base == "map":
        return isinstance(value, dict)
    if base in ("record", "error"):
        return isinstance(value, dict) and set(value) == {f["name"] for f in schema["fields"]}
    return False


def _fraction(microseconds, digits):
    return f"{microseconds // 1000:03d}" if digits == 3 else f"{microseconds:06d}"


def avro_to_json(types, schema, ns, value):
    schema, ns = types.resolve(schema, ns)
    if isinstance(schema, list):
        for branch in schema:
            if avro_fits_python(types, branch, ns, value):
                return avro_to_json(types, branch, ns, value)
        raise OracleError(f"no branch of union {json.dumps(schema)} fits the decoded {value!r}")
    base, logical = avro_kind(schema)
    if value is None:
        return None
    if logical in ("timestamp-millis", "timestamp-micros", "local-timestamp-millis", "local-timestamp-micros"):
        if isinstance(value, datetime.datetime):
            digits = 3 if logical.endswith("millis") else 6
            if value.tzinfo is not None:
                value = value.astimezone(datetime.timezone.utc)
            zone = "" if logical.startswith("local-") else "Z"
            return value.strftime("%Y-%m-%dT%H:%M:%S.") + _fraction(value.microsecond, digits) + zone
        return value
    if logical == "date" and isinstance(value, datetime.date):
        return value.isoformat()
    if logical in ("time-millis", "time-micros") and isinstance(value, datetime.time):
        digits = 3 if logical == "time-millis" else 6
        return value.strftime("%H:%M:%S.") + _fraction(value.microsecond, digits)
    if logical == "decimal" and isinstance(value, decimal.Decimal):
        return value
    if logical == "uuid":
        return str(value)
    if base in ("bytes", "fixed"):
        return base64.b64encode(value).decode("ascii")
    if base == "array":
        return [avro_to_json(types, schema["items"], ns, v) for v in value]
    if base == "map":
        return {k: avro_to_json(types, schema["values"], ns, v) for k, v in value.items()}
    if base in ("record", "error"):
        return {f["name"]: avro_to_json(types, f["type"], ns, value.get(f["name"])) for f in schema["fields"]}
    return value


# ---------------------------------------------------------------------------------------------
# Protobuf: message classes from a .proto file at run time


def protobuf_class(proto_file, message_type):
    if not message_type:
        raise OracleError("Protobuf needs --message-type (the message name)")
    protoc = shutil.which("protoc")
    if not protoc:
        raise OracleError("protoc not found (Debian: apt-get install protobuf-compiler)")
    proto_file = os.path.abspath(proto_file)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "set.pb")
        command = [protoc, "--include_imports", "--descriptor_set_out=" + out,
                   "-I", os.path.dirname(proto_file)]
        # The well-known types (google/protobuf/*.proto) ship with libprotobuf-dev.
        if os.path.exists("/usr/include/google/protobuf/timestamp.proto"):
            command += ["-I", "/usr/include"]
        command.append(proto_file)
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            raise OracleError(f"protoc failed on {proto_file}:\n{run.stderr}")
        with open(out, "rb") as f:
            files = descriptor_pb2.FileDescriptorSet.FromString(f.read()).file
    pool = descriptor_pool.DescriptorPool()
    for file_proto in files:  # protoc lists dependencies first
        pool.Add(file_proto)
    main = files[-1]
    candidates = [message_type]
    if main.package:
        candidates.insert(0, main.package + "." + message_type)
    for name in candidates:
        try:
            return message_factory.GetMessageClass(pool.FindMessageTypeByName(name))
        except KeyError:
            continue
    raise OracleError(f"no message {message_type!r} in {proto_file} (package {main.package!r})")


def compile_proto_files(files, main_name):
    """protoc --include_imports over FILES ({name: text}); the FileDescriptorProtos, dependencies first."""
    protoc = shutil.which("protoc")
    if not protoc:
        raise OracleError("protoc not found (Debian: apt-get install protobuf-compiler)")
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in files.items():
            path = os.path.join(tmp, "src", name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        out = os.path.join(tmp, "set.pb")
        command = [protoc, "--include_imports", "--descriptor_set_out=" + out, "-I", os.path.join(tmp, "src")]
        if os.path.exists("/usr/include/google/protobuf/timestamp.proto"):
            command += ["-I", "/usr/include"]
        command.append(os.path.join(tmp, "src", main_name))
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            raise OracleError(f"protoc failed on the registry's .proto text:\n{run.stderr}")
        with open(out, "rb") as f:
            return list(descriptor_pb2.FileDescriptorSet.FromString(f.read()).file)


def registry_proto_files(registry, schema, name, files):
    """Collects SCHEMA (.proto text) and its references, recursively, into FILES {name: text}."""
    files[name] = schema.schema_str
    for ref in schema.references or []:
        if ref.name in files or ref.name.startswith("google/"):
            continue
        registered = registry.get_version(ref.subject, ref.version)
        registry_proto_files(registry, registered.schema, ref.name, files)


def is_descriptor_form(schema_str):
    """True when the registry holds the base64 FileDescriptorProto form (what confluent-kafka
    registers), False for .proto text (what Confluent's Java serializers and most tools register)."""
    try:
        raw = base64.b64decode(schema_str, validate=True)
        descriptor_pb2.FileDescriptorProto.FromString(raw)
        return True
    except Exception:
        return False


def protobuf_class_from_registry(registry, framing):
    """The writer's message class, from the schema id and message indexes of a record's framing.
    The base64 form goes through confluent-kafka's own schema resolution; .proto text (which
    confluent-kafka's Python client cannot read) is compiled with protoc, references included."""
    from confluent_kafka.schema_registry._sync.protobuf import _resolve_named_schema
    from confluent_kafka.schema_registry.common.protobuf import _init_pool, _str_to_proto

    if "schema_id" not in framing:
        raise OracleError("without --schema only the schema-id framing (magic byte 0) can be looked up")
    schema = registry.get_schema(framing["schema_id"], fmt="serialized")
    pool = descriptor_pool.DescriptorPool()
    if is_descriptor_form(schema.schema_str):
        _init_pool(pool)
        _resolve_named_schema(schema, registry, pool)
        file_proto = _str_to_proto("default", schema.schema_str)
        pool.Add(file_proto)
    else:
        files = {}
        registry_proto_files(registry, schema, "schema-%d.proto" % framing["schema_id"], files)
        compiled = compile_proto_files(files, "schema-%d.proto" % framing["schema_id"])
        for file_proto in compiled:
            pool.Add(file_proto)
        file_proto = compiled[-1]
    indexes = framing["message_indexes"] or [0]
    messages = file_proto.message_type
    full_name = file_proto.package
    for index in indexes:
        if index >= len(messages):
            raise OracleError(f"message index path {indexes} does not exist in schema {framing['schema_id']}")
        full_name = f"{full_name}.{messages[index].name}" if full_name else messages[index].name
        messages = messages[index].nested_type
    return message_factory.GetMessageClass(pool.FindMessageTypeByName(full_name))


def protobuf_to_json(message):
    try:
        return json_format.MessageToDict(message, preserving_proto_field_name=True,
                                         always_print_fields_with_no_presence=True)
    except TypeError:  # protobuf < 5.26
        return json_format.MessageToDict(message, preserving_proto_field_name=True,
                                         including_default_value_fields=True)


# ---------------------------------------------------------------------------------------------
# Framing


def read_varint(data, pos):
    shift = result = 0
    while True:
        if pos >= len(data):
            raise OracleError("truncated message-index varint")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return (result >> 1) ^ -(result & 1), pos  # zig-zag
        shift += 7


def read_framing(data, fmt):
    if data is None:
        return {}
    if len(data) >= 5 and data[0] == 0:
        out = {"schema_id": int.from_bytes(data[1:5], "big")}
        pos = 5
    elif len(data) >= 17 and data[0] == 1:
        out = {"schema_guid": str(uuid.UUID(bytes=bytes(data[1:17])))}
        pos = 17
    else:
        raise OracleError(f"not schema-registry framed (first bytes {bytes(data[:5]).hex()})")
    if fmt == "protobuf":
        count, pos = read_varint(data, pos)
        indexes = []
        for _ in range(count):
            index, pos = read_varint(data, pos)
            indexes.append(index)
        out["message_indexes"] = indexes or [0]
    return out


# ---------------------------------------------------------------------------------------------
# Serializers and deserializers for one side (key or value)


class Side:
    """The serde of one record side: value, or key with its own format and schema."""

    def __init__(self, args, registry, field, fmt, schema_file, message_type):
        self.registry = registry
        self.field = field
        self.fmt = fmt
        self.schema_file = schema_file
        self.message_type = message_type
        self.strategy = args.subject_strategy
        self._serializer = None
        self._deserializer = None
        self._avro_types = {}
        self._proto_deserializers = {}

    def _schema_text(self):
        if not self.schema_file:
            raise OracleError(f"{self.fmt} needs a schema file for the {self.field_name()}")
        with open(self.schema_file, encoding="utf-8") as f:
            return f.read()

    def field_name(self):
        return "key" if self.field == MessageField.KEY else "value"

    def conf(self):
        return {"auto.register.schemas": True, "subject.name.strategy.type": self.strategy}

    def serialize(self, json_value, topic, headers=None):
        if json_value is None:
            return None
        ctx = SerializationContext(topic, self.field, headers)
        if self.fmt == "string":
            if not isinstance(json_value, str):
                raise OracleError(f"a string {self.field_name()} must be a JSON string, not {json_value!r}")
            return json_value.encode("utf-8")
        if self.fmt == "avro":
            text = self._schema_text()
            if self._serializer is None:
                self._serializer = AvroSerializer(self.registry, text, conf=self.conf())
                self._avro_writer = AvroSchema(text)
            types = self._avro_writer
            return self._serializer(avro_from_json(types, types.root, "", json_value), ctx)
        if self.fmt == "protobuf":
            if self._serializer is None:
                self._message_class = protobuf_class(self.schema_file, self.message_type)
                self._serializer = ProtobufSerializer(self._message_class, self.registry, conf=self.conf())
            message = json_format.ParseDict(json_value, self._message_class())
            return self._serializer(message, ctx)
        if self.fmt == "json":
            if self._serializer is None:
                self._serializer = JSONSerializer(self._schema_text(), self.registry, conf=self.conf())
            return self._serializer(json_value, ctx)
        raise OracleError(f"unknown format {self.fmt}")

    def deserialize(self, data, topic, headers=None):
        """(normalized JSON value, framing dict)"""
        if data is None:
            return None, {}
        ctx = SerializationContext(topic, self.field, headers)
        if self.fmt == "string":
            return data.decode("utf-8"), {}
        framing = read_framing(data, self.fmt)
        if self.fmt == "avro":
            if self._deserializer is None:
                self._deserializer = AvroDeserializer(self.registry, conf={"subject.name.strategy.type": self.strategy})
            decoded = self._deserializer(data, ctx)
            if "schema_id" not in framing:
                raise OracleError("normalizing Avro needs the writer schema by id (magic byte 0 framing)")
            schema_id = framing["schema_id"]
            if schema_id not in self._avro_types:
                self._avro_types[schema_id] = AvroSchema(self.registry.get_schema(schema_id).schema_str)
            types = self._avro_types[schema_id]
            return avro_to_json(types, types.root, "", decoded), framing
        if self.fmt == "protobuf":
            # confluent-kafka's ProtobufDeserializer parses the payload into the class it is given
            # (it does not pick the class by the message indexes), and with a registry client it
            # also reads the writer schema, which it understands only in the base64 form.
            schema_id = framing.get("schema_id")
            key = (schema_id, tuple(framing["message_indexes"]))
            if key not in self._proto_deserializers:
                text_form = schema_id is not None and not is_descriptor_form(
                    self.registry.get_schema(schema_id, fmt="serialized").schema_str)
                if self.schema_file:
                    cls = protobuf_class(self.schema_file, self.message_type)
                else:
                    cls = protobuf_class_from_registry(self.registry, framing)
                self._proto_deserializers[key] = ProtobufDeserializer(
                    cls, {"subject.name.strategy.type": self.strategy}, None if text_form else self.registry)
            message = self._proto_deserializers[key](data, ctx)
            return protobuf_to_json(message), framing
        if self.fmt == "json":
            if self._deserializer is None:
                schema = self._schema_text() if self.schema_file else None
                self._deserializer = JSONDeserializer(schema, schema_registry_client=self.registry,
                                                      conf={"subject.name.strategy.type": self.strategy})
            return self._deserializer(data, ctx), framing
        raise OracleError(f"unknown format {self.fmt}")


def registry_client(args):
    conf = {"url": args.registry}
    conf.update(parse_conf(args.registry_conf))
    return SchemaRegistryClient(conf)


def parse_conf(pairs):
    out = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep:
            raise OracleError(f"expected KEY=VALUE, got {pair!r}")
        out[name] = value
    return out


def value_side(args, registry):
    return Side(args, registry, MessageField.VALUE, args.format, args.schema, args.message_type)


def key_side(args, registry):
    return Side(args, registry, MessageField.KEY, args.key_format, args.key_schema, args.key_message_type)


# ---------------------------------------------------------------------------------------------
# Subcommands


def cmd_serialize(args):
    registry = registry_client(args)
    side = key_side(args, registry) if args.key else value_side(args, registry)
    fmt = args.key_format if args.key else args.format
    data = side.serialize(parse_json(args.json, fmt), args.topic)
    print("" if data is None else data.hex())


def cmd_deserialize(args):
    registry = registry_client(args)
    side = key_side(args, registry) if args.key else value_side(args, registry)
    try:
        data = bytes.fromhex(args.hex.strip())
    except ValueError as error:
        raise OracleError(f"--hex is not hex: {error}")
    value, _ = side.deserialize(data, args.topic)
    print(dump_json(value))


def cmd_produce(args):
    registry = registry_client(args)
    values = value_side(args, registry)
    keys = key_side(args, registry)
    conf = {"bootstrap.servers": args.bootstrap, "enable.idempotence": True}
    conf.update(parse_conf(args.kafka_conf))
    producer = Producer(conf)
    delivered, failures = [], []

    def on_delivery(error, message):
        if error is not None:
            failures.append(str(error))
        else:
            delivered.append((message.partition(), message.offset()))

    value_ids, key_ids, count = set(), set(), 0
    with open(args.records, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                # Parsed per side: Avro keeps decimal digits exactly, the others want floats.
                value_record = parse_json(line, args.format)
                key_record = parse_json(line, args.key_format)
            except ValueError as error:
                raise OracleError(f"{args.records}:{number}: not JSON: {error}")
            if not isinstance(value_record, dict) or "value" not in value_record:
                raise OracleError(f"{args.records}:{number}: expected an object with \"value\"")
            record = value_record
            headers = [(k, str(v).encode("utf-8")) for k, v in (record.get("headers") or {}).items()]
            try:
                value = values.serialize(record["value"], args.topic, headers)
                key = keys.serialize(key_record.get("key"), args.topic, headers)
            except OracleError:
                raise
            except Exception as error:
                raise OracleError(f"{args.records}:{number}: serializing failed: {type(error).__name__}: {error}")
            if value is not None:
                value_ids.add(read_framing(value, args.format).get("schema_id"))
            if key is not None and args.key_format != "string":
                key_ids.add(read_framing(key, args.key_format).get("schema_id"))
            kwargs = {"partition": record["partition"]} if "partition" in record else {}
            producer.produce(args.topic, value=value, key=key, headers=headers or None,
                             on_delivery=on_delivery, **kwargs)
            producer.poll(0)
            count += 1
    remaining = producer.flush(args.timeout)
    if failures or remaining:
        raise OracleError(f"{len(failures)} record(s) failed, {remaining} undelivered: {'; '.join(failures[:5])}")
    print(json.dumps({"topic": args.topic, "count": count,
                      "schema_ids": sorted(i for i in value_ids if i is not None),
                      "key_schema_ids": sorted(i for i in key_ids if i is not None),
                      "offsets": sorted(delivered)}))


def cmd_consume(args):
    registry = registry_client(args)
    values = value_side(args, registry)
    keys = key_side(args, registry)
    conf = {"bootstrap.servers": args.bootstrap, "group.id": "sr-oracle-" + uuid.uuid4().hex,
            "enable.auto.commit": False, "auto.offset.reset": "earliest"}
    conf.update(parse_conf(args.kafka_conf))
    consumer = Consumer(conf)
    try:
        metadata = consumer.list_topics(args.topic, timeout=10)
        topic = metadata.topics.get(args.topic)
        if topic is None or topic.error is not None:
            raise OracleError(f"topic {args.topic}: {topic.error if topic else 'not found'}")
        consumer.assign([TopicPartition(args.topic, p, OFFSET_BEGINNING) for p in sorted(topic.partitions)])
        messages = []
        deadline = time.monotonic() + args.timeout
        while len(messages) < args.count and time.monotonic() < deadline:
            message = consumer.poll(0.5)
            if message is None:
                continue
            if message.error():
                raise OracleError(f"consume error: {message.error()}")
            messages.append(message)
    finally:
        consumer.close()
    if len(messages) < args.count:
        raise OracleError(f"read {len(messages)} of {args.count} message(s) in {args.timeout}s")
    messages.sort(key=lambda m: (m.partition(), m.offset()))
    for message in messages:
        headers = message.headers()
        value, framing = values.deserialize(message.value(), args.topic, headers)
        key, key_framing = keys.deserialize(message.key(), args.topic, headers)
        line = {"partition": message.partition(), "offset": message.offset(), "key": key, "value": value}
        if headers:
            line["headers"] = {name: None if raw is None else raw.decode("utf-8", "replace") for name, raw in headers}
        line.update(framing)
        if "schema_id" in key_framing:
            line["key_schema_id"] = key_framing["schema_id"]
        line["value_hex"] = None if message.value() is None else message.value().hex()
        print(dump_json(line))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p, needs_schema, kafka):
        p.add_argument("--registry", required=True, help="the Confluent-compatible base URL")
        p.add_argument("--registry-conf", action="append", metavar="KEY=VALUE",
                       help="extra SchemaRegistryClient setting, e.g. basic.auth.user.info=u:p")
        p.add_argument("--topic", required=True)
        p.add_argument("--format", required=True, choices=["avro", "protobuf", "json"])
        p.add_argument("--schema", required=needs_schema, help=".avsc, .proto or JSON Schema file")
        p.add_argument("--message-type", help="Protobuf message name (Order, Order.Line, or a full name)")
        p.add_argument("--key-format", default="string", choices=["string", "avro", "protobuf", "json"])
        p.add_argument("--key-schema")
        p.add_argument("--key-message-type")
        p.add_argument("--subject-strategy", default="TOPIC", choices=["TOPIC", "RECORD", "TOPIC_RECORD"])
        if kafka:
            p.add_argument("--bootstrap", required=True)
            p.add_argument("--kafka-conf", action="append", metavar="KEY=VALUE",
                           help="extra librdkafka setting for the producer or consumer")
            p.add_argument("--timeout", type=float, default=30.0, help="seconds (default 30)")

    p = sub.add_parser("produce", help="serialize JSON lines and produce them to Kafka")
    common(p, True, True)
    p.add_argument("--records", required=True, help="JSON lines: {\"value\": ..., \"key\": ...}")
    p.set_defaults(run=cmd_produce)

    p = sub.add_parser("consume", help="read N messages from the beginning and print them normalized")
    common(p, False, True)
    p.add_argument("--count", type=int, required=True)
    p.set_defaults(run=cmd_consume)

    p = sub.add_parser("serialize", help="serialize one JSON value, print hex")
    common(p, False, False)
    p.add_argument("--json", required=True)
    p.add_argument("--key", action="store_true", help="serialize as the key (--key-format, --key-schema)")
    p.set_defaults(run=cmd_serialize)

    p = sub.add_parser("deserialize", help="deserialize hex bytes, print normalized JSON")
    common(p, False, False)
    p.add_argument("--hex", required=True)
    p.add_argument("--key", action="store_true", help="deserialize as the key (--key-format, ...)")
    p.set_defaults(run=cmd_deserialize)

    args = parser.parse_args(argv)
    try:
        args.run(args)
    except OracleError as error:
        print(f"sr_oracle: {error}", file=sys.stderr)
        return 1
    except Exception as error:  # the serializers' own errors: name them, no traceback noise
        print(f"sr_oracle: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
