#!/bin/sh
# Regenerates liquid/src/test/resources/differential/cases.json: the generated cases with Ruby Liquid's output.
# Needs Python 3 and Ruby with the liquid gem 5.4.0 (Debian: ruby-liquid). Run from anywhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../resources/differential"
seed=${SEED:-20240501}
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
python3 "$here/generate.py" --seed "$seed" > "$tmp"
ruby "$here/oracle.rb" "$tmp" "$out/cases.json"
echo "wrote $out/cases.json (seed $seed); ids change with the seed or the generator: then run RubyDifferentialTest" \
  "and classify.rb to rebuild known-differences.txt"
