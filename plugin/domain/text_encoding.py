"""Which encoding a text file is in, decided from its bytes.

A BOM decides (UTF-8, UTF-16). Without one: UTF-16 when every other byte of the text is 0; UTF-8 when
the whole file decodes as UTF-8, or when more of its non-ASCII lines are valid UTF-8 than not (the
file is UTF-8 with a few damaged lines, which are reported when read, not a reason to read every
other line as mojibake). Otherwise a Windows code page: CP1256 (Arabic Windows) or CP1252 (Western
Excel), told apart by what the non-UTF-8 lines decode to: words of Arabic letters in CP1256, or
Latin words with accented letters in CP1252 (CP1256 Arabic read as CP1252 gives words made only of
accented letters, 'ÇáÏæáÉ'; CP1252 'São' read as CP1256 gives Latin and Arabic letters in one word).
"""

import codecs
import re

UTF8, UTF8_BOM, UTF16 = "utf-8", "utf-8-sig", "utf-16"
# Decoding with errors=MARK puts UNDECODABLE where bytes are not text in the encoding (any encoding,
# UTF-16 too, which "surrogateescape" cannot do), so that the reader can report their line.
MARK = "incident_tracker.mark_undecodable"
UNDECODABLE = "\udcff"
CP1252, CP1256 = "cp1252", "cp1256"
CODE_PAGES = (CP1252, CP1256)
_CHUNK = 1 << 20
_SAMPLE = 1 << 16  # bytes of non-UTF-8 lines looked at to choose the code page
_LINES_LOOKED_AT = 5000  # non-ASCII lines enough to tell UTF-8 with damaged lines from a code page
_LINE_BREAKS = re.compile(rb"\r\n|\r|\n")
_WORDS = re.compile(r"[^\W\d_]+")


def _mark(error):
    return UNDECODABLE, error.end


codecs.register_error(MARK, _mark)


def detect_encoding(path):
    """The Python codec to read ``path`` with: 'utf-8-sig', 'utf-16', 'utf-16-le'/'-be', 'utf-8',
    'cp1256' or 'cp1252'."""
    with open(path, "rb") as f:
        head = f.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return UTF8_BOM
        if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
            return UTF16
        f.seek(0)
        sample = f.read(4096)
        if sample.count(b"\x00") > len(sample) // 4:  # UTF-16 without BOM: every other byte of ASCII is 0
            return "utf-16-le" if sample[1::2].count(b"\x00") > sample[0::2].count(b"\x00") else "utf-16-be"
        f.seek(0)
        decoder = codecs.getincrementaldecoder(UTF8)()
        try:
            for chunk in iter(lambda: f.read(_CHUNK), b""):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return UTF8
        except UnicodeDecodeError:
            pass
        f.seek(0)
        return _by_lines(f)


def _by_lines(f):
    utf8_lines = other_lines = sample_size = 0
    sample = []
    for line in _non_ascii_lines(f):
        if utf8_lines + other_lines >= _LINES_LOOKED_AT:
            break
        try:
            line.decode(UTF8)
            utf8_lines += 1
        except UnicodeDecodeError:
            other_lines += 1
            if sample_size < _SAMPLE:
                sample.append(line)
                sample_size += len(line)
    if utf8_lines > other_lines:
        return UTF8
    return code_page(b"\n".join(sample))


def _non_ascii_lines(f):
    tail = b""
    for chunk in iter(lambda: f.read(_CHUNK), b""):
        lines = _LINE_BREAKS.split(tail + chunk)
        tail = lines.pop()
        yield from (line for line in lines if not line.isascii())
    if not tail.isascii():
        yield tail


def code_page(data):
    """CP1252 or CP1256 for ``data`` (bytes that are not UTF-8), by the words each decodes to."""
    return CP1252 if _latin_score(data.decode(CP1252, "replace")) > _arabic_score(data.decode(CP1256)) else CP1256


def _arabic_score(text):
    score = 0
    for word in _WORDS.findall(text):
        arabic = sum(1 for c in word if "\u0600" <= c <= "\u06ff")
        latin = sum(1 for c in word if c.isascii())
        if arabic and latin:
            score -= arabic
        elif arabic >= 2:
            score += arabic
    return score


def _latin_score(text):
    score = 0
    for word in _WORDS.findall(text):
        accented = sum(1 for c in word if not c.isascii())
        if not accented:
            continue
        if len(word) > accented:
            score += accented
        elif accented >= 2:
            score -= accented
    return score
