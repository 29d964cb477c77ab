"""A PDF whose one content stream inflates to ``mb`` megabytes (a "PDF bomb"), for the isolation tests."""
from __future__ import annotations

import zlib


def bomb(mb: int) -> bytes:
    chunk = b"BT /F1 12 Tf 72 712 Td (Hallo Welt das ist ein Test) Tj ET\n" * 20000
    c = zlib.compressobj(9)
    parts = []
    total = 0
    while total < mb * 1024 * 1024:
        parts.append(c.compress(chunk)); total += len(chunk)
    parts.append(c.flush())
    stream = b"".join(parts)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets: out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)
