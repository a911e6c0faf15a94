#!/usr/bin/env python3
"""Writes COUNT Avro-encoded demo orders in Confluent's wire format (magic byte 0, the schema id
as 4 bytes big-endian, Avro binary) into DIR, one file per message, for `kcat -P -t T DIR/*`.
The schema is demo.Order: id long, customer string, amount double, coupon ["null","string"].
    demo-avro.py SCHEMA_ID COUNT DIR
Only the standard library: the sandbox must not need the test oracles' venv."""
import os
import random
import struct
import sys


def avro_long(value):
    zigzag = (value << 1) ^ (value >> 63)
    out = bytearray()
    while zigzag & ~0x7F:
        out.append((zigzag & 0x7F) | 0x80)
        zigzag >>= 7
    out.append(zigzag)
    return bytes(out)


def avro_string(text):
    data = text.encode("utf-8")
    return avro_long(len(data)) + data


def order(schema_id, number):
    coupon = random.choice([None, None, "WELCOME10", "SPRING-SALE"])
    body = (avro_long(100000 + number)
            + avro_string(f"customer-{random.randrange(500)}")
            + struct.pack("<d", round(random.uniform(5, 300), 2))
            + (avro_long(0) if coupon is None else avro_long(1) + avro_string(coupon)))
    return b"\x00" + struct.pack(">I", schema_id) + body


def main():
    schema_id, count, directory = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    os.makedirs(directory, exist_ok=True)
    for number in range(count):
        with open(os.path.join(directory, f"{number:06d}.avro"), "wb") as out:
            out.write(order(schema_id, number))


if __name__ == "__main__":
    main()
