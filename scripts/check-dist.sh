#!/usr/bin/env bash
# Checks the release packages as a user would get them (issue #13): the archive runs from / with
# no Swift on the PATH and links no Swift library; the .deb installs, runs and is removed; the
# bash completion loads; the man page renders without a warning. Needs root (dpkg) and a release
# build (make dist builds one: about 5 minutes from clean on 2 cores), so it is not in .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

archive=$(make --no-print-directory dist | tail -1)
deb=$(make --no-print-directory deb | tail -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
clean_env=(env -i "PATH=/usr/bin:/bin" "HOME=$work/home" "LANG=C.UTF-8")

tar -xzf "$archive" -C "$work"
binary=$(echo "$work"/confident-*/bin/confident)
if ldd "$binary" | grep -E 'libswift|libFoundation|libdispatch|libedit'; then
  echo "check-dist: the archive's binary links the libraries above" >&2
  exit 1
fi
(cd / && "${clean_env[@]}" sh -c '! command -v swift' >/dev/null)
version=$(cd / && "${clean_env[@]}" "$binary" --version)
[[ "$version" == *"$work/confident-"*"/share/confident/Scenarios)"* ]] || { echo "archive: $version" >&2; exit 1; }
(cd / && printf 'a\nsecret\n' | "${clean_env[@]}" "$binary" jouer huissier-revenu-integration >/dev/null)

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 "$PWD/$deb" >/dev/null
(cd / && "${clean_env[@]}" confident --version)
(cd / && printf 'a\nsecret\n' | "${clean_env[@]}" confident jouer huissier-revenu-integration | tail -1)
bash -c 'source /usr/share/bash-completion/completions/confident && complete -p confident'
warnings=$(groff -man -Tutf8 -ww /usr/share/man/man1/confident.1 2>&1 >/dev/null)
[ -z "$warnings" ] || { echo "man page: $warnings" >&2; exit 1; }
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq -o DPkg::Lock::Timeout=300 confident >/dev/null
! command -v confident >/dev/null
echo "check-dist: $archive and $deb are fine"
