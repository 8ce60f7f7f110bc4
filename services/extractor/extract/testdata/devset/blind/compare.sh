#!/bin/bash
# Scores two builds of newsflow in one command, run from the repository
# root: OLD and NEW are directories holding newsflow and newsflow-bench
# (go build -o DIR/ ./cmd/newsflow && go build -o DIR/newsflow-bench
# ./bench/cmd/newsflow-bench), OUT receives <set>-<old|new>.{out,tsv} and
# the texts. Sets: blind tune and held-out, devset tune and held-out, L3S
# tune sites and held-out sites (../shared/data/l3s-gn1, skipped when
# absent). go-trafilatura and go-readability run with NEW only. Then, in
# this directory: python3 score.py PART OUT/blind-PART-new.tsv
# OUT/blind-PART-new. OUT/pagetypes-<old|new>.txt holds the page types
# (pagetypes.py: right per blind batch and part, counted by type over the
# devset and L3S-GN1).
#
#   services/extractor/extract/testdata/devset/blind/compare.sh OLD NEW OUT
#
# ONLY=old or ONLY=new runs one half (the other half's files stay).
set -e
OLD=$1 NEW=$2 OUT=$3
D=services/extractor/extract/testdata/devset
L3S=../shared/data/l3s-gn1
mkdir -p "$OUT"
for v in ${ONLY:-old new}; do
	b=$OLD ex=newsflow
	if [ $v = new ]; then b=$NEW ex=newsflow,trafilatura,readability; fi
	run() {
		set=$1
		shift
		"$b/newsflow" bench extract --helper "$b/newsflow-bench" --runs 3 --extractors $ex \
			--per-page "$OUT/$set-$v.tsv" --texts "$OUT/$set-$v" "$@" >"$OUT/$set-$v.out" 2>&1
	}
	for p in tune heldout; do
		run blind-$p $D/blind/$p
		run dev-$p $D/$p
	done
	if [ -d $L3S ]; then
		run l3s-tune --headline --exclude $L3S/broken-ids.txt --sites '!0/3' $L3S
		run l3s-held --headline --exclude $L3S/broken-ids.txt --sites '0/3' $L3S
	fi
done
for v in old new; do
	b=$OLD
	if [ $v = new ]; then b=$NEW; fi
	{
		for p in tune heldout; do python3 $D/blind/pagetypes.py "$b/newsflow" $p; done
		for d in $D/tune $D/heldout; do python3 $D/blind/pagetypes.py "$b/newsflow" $d --count; done
		if [ -d $L3S ]; then python3 $D/blind/pagetypes.py "$b/newsflow" $L3S --count --list; fi
	} >"$OUT/pagetypes-$v.txt"
done
