#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target (tests/fuzz/corpus/TARGET/seed-*), from the
schema test vectors in tests/data/schemas and small hand-made inputs. Files a fuzzer found
(crash-*, regression-*) are kept; only seed-* files are rewritten."""
import json
import pathlib
import struct

here = pathlib.Path(__file__).resolve().parent
data = here.parent / 'data' / 'schemas'
corpus = here / 'corpus'
SEP = b'\n----\n'


def write(target, name, content):
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode()
    (folder / f'seed-{name}').write_bytes(content)


def parts(*pieces):
    return SEP.join(p.encode() if isinstance(p, str) else p for p in pieces)


def zigzag(n):
    n = (n << 1) ^ (n >> 63)
    out = b''
    while n >= 0x80:
        out += bytes([(n & 0x7f) | 0x80])
        n >>= 7
    return out + bytes([n])


def avro():
    vectors = json.loads((data / 'avro-vectors.json').read_text())
    everything = (data / 'avro-everything.avsc').read_text()
    for i, record in enumerate(r for r in vectors['records'] if r['schema'] == 'everything'):
        write('avro', f'everything-{i}', parts(everything, bytes.fromhex(record['hex']),
                                               json.dumps(record['json'])))
    small = '{"type":"record","name":"R","fields":[{"name":"id","type":"long"},' \
            '{"name":"s","type":["null","string"]},{"name":"e","type":{"type":"enum",' \
            '"name":"E","symbols":["A","B"]}},{"name":"m","type":{"type":"map","values":"int"}}]}'
    payload = zigzag(42) + zigzag(1) + zigzag(2) + b'hi' + zigzag(1) + zigzag(1) + zigzag(1) + \
        b'k' + zigzag(7) + b'\x00'
    write('avro', 'small', parts(small, payload,
                                 '{"id":42,"s":{"string":"hi"},"e":"B","m":{"k":7}}'))
    write('avro', 'primitive', parts('"string"', zigzag(3) + b'abc', '"abc"'))
    write('avro', 'recursive', parts('{"type":"record","name":"Node","fields":[{"name":"next",'
                                     '"type":["null","Node"]}]}', b'\x02\x02\x00',
                                     '{"next":{"Node":{"next":null}}}'))
    write('avro', 'decimal', parts('{"type":"fixed","name":"F","size":4,"logicalType":"decimal",'
                                   '"precision":8,"scale":2}', b'\x00\x00\x30\x39', '"123.45"'))


def protobuf():
    vectors = json.loads((data / 'protobuf-vectors.json').read_text())
    orders = vectors['files'][vectors['main_file']]
    simple = 'syntax = "proto3";\npackage t;\nmessage M {\n  int64 id = 1;\n  string s = 2;\n' \
             '  repeated double d = 3;\n  N n = 4;\n  message N { bool b = 1; bytes raw = 2; }\n' \
             '  map<string, int32> counts = 5;\n  oneof pick { sint64 z = 6; fixed32 f = 7; }\n' \
             '  E e = 8;\n  enum E { E0 = 0; E1 = 1; }\n}\n'
    payload = b'\x00' + b'\x08\x2a' + b'\x12\x02hi' + b'\x1a\x08' + struct.pack('<d', 1.5) + \
        b'\x22\x04\x08\x01\x12\x00' + b'\x2a\x05\x0a\x01k\x10\x07' + b'\x30\x03' + b'\x40\x01'
    write('protobuf', 'simple', parts(simple, payload,
                                      '{"id":"42","s":"hi","d":[1.5],"n":{"b":true},'
                                      '"counts":{"k":7},"z":"-2","e":"E1"}'))
    write('protobuf', 'proto2', parts('syntax = "proto2";\nmessage P { required int32 a = 1; '
                                      'optional group G = 2 { optional string s = 3; } '
                                      'extensions 100 to 199; }\n', b'\x00\x08\x01',
                                      '{"a":1}'))
    write('protobuf', 'nested-index', parts('syntax = "proto3";\nmessage A { message B { '
                                            'int32 x = 1; } }\nmessage C { string y = 1; }\n',
                                            b'\x04\x00\x00\x08\x05', '{"x":5}'))
    write('protobuf', 'descriptor', parts(vectors['files']['pb-common.proto']['descriptor_base64'],
                                          b'\x02\x02\x08\x01', '{"currency":"EUR"}'))
    for record in vectors['records'][:3]:
        write('protobuf', 'orders-' + record['name'].replace(' ', '-'),
              parts(orders['text'], bytes.fromhex(record['record_hex']),
                    json.dumps(record['json'])))


def jsonschema():
    person = (data / 'person.schema.json').read_text()
    for i, line in enumerate((data / 'person.jsonl').read_text().splitlines()[:3]):
        value = json.dumps(json.loads(line)['value'])
        write('jsonschema', f'person-{i}', parts(person, value, value))
    write('jsonschema', 'refs', parts(
        '{"$defs":{"p":{"type":"integer","exclusiveMinimum":0}},"type":"object","properties":'
        '{"a":{"$ref":"#/$defs/p"},"b":{"oneOf":[{"type":"string","pattern":"^x+$"},'
        '{"type":"array","items":{"enum":[1,2]},"uniqueItems":true}]}},"additionalProperties":false}',
        '{"a":1,"b":"xx"}', '{"a":0,"b":[1,1]}'))
    write('jsonschema', 'true', parts('true', '[1,{"a":null}]', '12345678901234567890'))


def wireformat():
    write('wireformat', 'avro-id1', b'\x00\x00\x00\x00\x01' + zigzag(42) + b'\x00' + b'\x00' +
          b'\x00\x00\x00\x00' + b'\x02\x01\x02')
    write('wireformat', 'protobuf-id2', b'\x00\x00\x00\x00\x02\x00\x08\x2a\x12\x02hi')
    write('wireformat', 'protobuf-index', b'\x00\x00\x00\x00\x02\x02\x00\x08\x01')
    write('wireformat', 'json-id3', b'\x00\x00\x00\x00\x03{"id":1,"note":"toolong"}')
    write('wireformat', 'guid', b'\x01' + bytes(range(16)) + b'{}')
    write('wireformat', 'unknown-id', b'\x00\x00\x00\x30\x39abc')
    write('wireformat', 'plain', b'hello')


def text_targets():
    write('messagedecoding', 'json', '{"a":[1,2.5e3,true,null,"\\u00e9"],"b":{}}')
    write('messagedecoding', 'controls', b'line\x00\x01\x7f\xc2\x85\xe2\x80\xae\xff\xfe')
    write('messagedecoding', 'korean', '{"이름":"김","중첩":[[[[]]]]}')
    write('messagedecoding', 'bom', b'\xef\xbb\xbf[1]')
    write('messagefilter', 'text', b'\x0d' + parts('ada', '$.name == "Ada"', 'k1',
                                                   '{"name":"Ada","age":36}'))
    write('messagefilter', 'regex', b'\x0f' + parts('^p-(\\d+)$', '$.tags[-1] ~ "^eng"', 'p-1',
                                                    '{"tags":["math","engines"]}'))
    write('messagefilter', 'compare', b'\x1d' + parts('', '$.a.b[0] >= 2.5', '',
                                                      '{"a":{"b":[3]}}'))
    write('messagefilter', 'exists', b'\x08' + parts('(?i)x{2,}', '$["odd key"]', 'xx',
                                                     '{"odd key":null}'))
    write('messagetemplate', 'all', '{"id":{{seq}},"u":"{{uuid}}","t":"{{now}}","ms":{{now_ms}},'
          '"r":{{random 1 9}},"p":"{{pick a|b|c}}"}')
    write('messagetemplate', 'escaped', 'literal {{ braces }} and \\{{seq}}')
    write('messagetemplate', 'seqstart', '{{seq 1000}}-{{random -5 5}}')
    write('messagefile', 'jsonl', '{"key":"k1","value":{"a":1},"headers":{"h":"v"},'
          '"partition":2}\n{"key":null,"value":"plain"}\n{"value":null}\n')
    write('messagefile', 'export', '{"topic":"t","partition":0,"offset":5,"timestamp":'
          '"2026-12-01T00:00:00.000Z","key":"a","value":"b","headers":[{"key":"h","value":'
          '"x"}],"valueBase64":"AAE="}\n')
    write('messagefile', 'text', 'one\ntwo\r\nthree')
    write('clientproperties', 'scram', 'bootstrap.servers=broker1:9093,broker2:9093\n'
          'security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\n'
          'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\\n'
          '  username="alice" password="s\\u00e9cret";\nssl.truststore.location=/tmp/t.p12\n'
          'ssl.truststore.type=PKCS12\nssl.endpoint.identification.algorithm=\n')
    write('clientproperties', 'oauth', 'bootstrap.servers: b:9092\n'
          'security.protocol = SASL_PLAINTEXT\nsasl.mechanism=OAUTHBEARER\n'
          'sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule '
          "required clientId='app' clientSecret='s' scope='kafka' extension_logicalCluster='lkc';\n"
          'sasl.oauthbearer.token.endpoint.url=https://idp/token\n! comment\n# comment\n')
    write('clientproperties', 'kerberos', 'bootstrap.servers=k:9094\nsasl.mechanism=GSSAPI\n'
          'sasl.kerberos.service.name=kafka\nsasl.jaas.config=com.sun.security.auth.module.'
          'Krb5LoginModule required useKeyTab=true keyTab="/etc/k.keytab" '
          'principal="c@R";\nssl.keystore.location=/k.pem\nssl.key.password=x\n')
    for name, text in [('plain', 'localhost:9092'), ('list', 'a:1, b:2;c:3'),
                       ('ipv6', '[::1]:9092,[fe80::1%eth0]:9093'),
                       ('url', 'SASL_SSL://broker.example.com:9096'),
                       ('noport', 'broker'), ('bad', 'host:99999')]:
        write('bootstrapaddress', name, text)


def quorum():
    def uv(n):
        out = b''
        while n >= 0x80:
            out += bytes([(n & 0x7f) | 0x80])
            n >>= 7
        return out + bytes([n])
    api = struct.pack('>h', 0) + uv(3) + struct.pack('>hhh', 55, 0, 2) + b'\x00' + \
        struct.pack('>hhh', 36, 0, 2) + b'\x00' + struct.pack('>i', 0) + b'\x00'
    write('quorumresponses', 'apiversions', b'\x00' + api)
    write('quorumresponses', 'handshake', b'\x01' + struct.pack('>hi', 33, 2) +
          struct.pack('>h', 5) + b'PLAIN' + struct.pack('>h', 13) + b'SCRAM-SHA-512')
    write('quorumresponses', 'authenticate-v1', b'\x02' + struct.pack('>h', 0) +
          struct.pack('>h', -1) + struct.pack('>i', 10) + b'r=abc,s=QQ')
    write('quorumresponses', 'authenticate-v2', b'\x03' + struct.pack('>h', 58) + uv(4) + b'bad' +
          uv(1) + b'\x00')
    replica = struct.pack('>iq', 1, 100) + b'\x00'
    partition = struct.pack('>ihiiq', 0, 0, 1, 5, 100) + uv(2) + replica + uv(1) + b'\x00'
    body = struct.pack('>h', 0) + uv(2) + uv(19) + b'__cluster_metadata' + uv(2) + partition + \
        b'\x00' + b'\x00'
    write('quorumresponses', 'describequorum-v0', b'\x04' + body)
    write('quorumresponses', 'scram', b'\x05' + b'r=nonce,s=c2FsdA==,i=4096,e=oops')


def rest():
    write('registryanswers', 'schema', b'\x00\x01' + json.dumps(
        {'subject': 'orders-value', 'version': 3, 'id': 7, 'schemaType': 'PROTOBUF',
         'schema': 'syntax = "proto3";', 'references': [
             {'name': 'common.proto', 'subject': 'common', 'version': 1}]}).encode())
    write('registryanswers', 'list', b'\x00\x00' + json.dumps(
        [{'id': 1, 'schema': '"string"'}, {'id': 2}]).encode())
    write('registryanswers', 'error', b'\x06\x01{"error_code":40401,"message":"Subject not found"}')
    write('registryanswers', 'html', b'\x06\x02<html><body>Not Found</body></html>')
    write('registryanswers', 'number', b'\x00\x00 3 ')
    connectors = {'fs': {'status': {'name': 'fs', 'connector': {'state': 'RUNNING',
                                                              'worker_id': 'w:8083'},
                                    'tasks': [{'id': 0, 'state': 'FAILED', 'worker_id': 'w',
                                               'trace': 'boom'}], 'type': 'sink'},
                         'info': {'name': 'fs', 'config': {'connector.class': 'X', 'topics': 'a'},
                                  'tasks': [{'connector': 'fs', 'task': 0}], 'type': 'sink'}}}
    write('connectanswers', 'connectors', b'\x00\x00' + json.dumps(connectors).encode())
    write('connectanswers', 'plugins', b'\x00\x00' + json.dumps(
        [{'class': 'org.apache.kafka.connect.file.FileStreamSinkConnector', 'type': 'sink',
          'version': '4.1.1'}]).encode())
    validate = (here.parent / 'data' / 'connect' / 'validate-filestreamsink.json').read_bytes()
    write('connectanswers', 'validate', b'\x00\x00' + validate)
    write('connectanswers', 'topics', b'\x00\x00{"fs":{"topics":["a","b"]}}')
    write('connectanswers', 'server', b'\x00\x00{"version":"4.1.1","commit":"abc",'
          b'"kafka_cluster_id":"xyz"}')
    write('connectanswers', 'conflict', b'\x08\x00{"error_code":409,"message":"Cannot complete '
          b'request momentarily due to stale configuration (typically caused by a concurrent '
          b'config change)"}')


if __name__ == '__main__':
    avro()
    protobuf()
    jsonschema()
    wireformat()
    text_targets()
    quorum()
    rest()
