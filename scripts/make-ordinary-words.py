#!/usr/bin/env python3
"""Writes functions/core/.../match/party/ordinary-words.txt: the English words that ordinary text
uses at least once per million words (Zipf frequency >= 3.0), from the word-frequency tables of
wordfreq (https://github.com/rspeer/wordfreq, data CC BY-SA 4.0; see NOTICE).

chipscreen reads a list name that rests on one of these words ("Code", "Class", "Focus", "Steps")
as weak evidence: such a name is matched only where a party stands. Rerun to refresh:
  pip download wordfreq==3.1.1 --no-deps -d /tmp/wf && (cd /tmp/wf && unzip -o -q wordfreq-*.whl)
  pip install msgpack && python3 scripts/make-ordinary-words.py /tmp/wf/wordfreq/data/large_en.msgpack.gz
"""
import gzip
import re
import sys

import msgpack

ZIPF_MIN = 3.0  # once per million words
OUT = "functions/core/src/main/resources/dev/chipscreen/core/match/party/ordinary-words.txt"


def main(path):
    # cBpack format: a header, then buckets of words; bucket i holds words of frequency 10^(-i/100).
    buckets = msgpack.load(gzip.open(path), raw=False)[1:]
    last = int(round((9 - ZIPF_MIN) * 100))
    words = sorted({w for bucket in buckets[:last] for w in bucket if re.fullmatch(r"[a-z]{2,}", w)})
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# English words used at least once per million words (Zipf >= %.1f), %d words, from wordfreq 3.1.1\n"
                  % (ZIPF_MIN, len(words)))
        out.write("# large_en (Robyn Speer; data CC BY-SA 4.0, see NOTICE). Made by scripts/make-ordinary-words.py.\n")
        for w in words:
            out.write(w + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
