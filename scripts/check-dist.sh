#!/usr/bin/env bash
# Checks the release packages as a user would get them (issue #13): the archive runs from / with
# no Swift on the PATH and links no Swift library; the .deb installs, runs and is removed; the
# bash completion loads; the man page renders without a warning. Run by .ci/run. Needs root or
# sudo (dpkg), and builds a release (make dist: about 4 minutes from clean on 2 idle cores).
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
missing=()
for package in dpkg-dev groff-base; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
if [ ${#missing[@]} -gt 0 ]; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

archive=$(make --no-print-directory dist | tail -1)
deb=$(make --no-print-directory deb | tail -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
clean_env=(env -i "PATH=/usr/bin:/bin" "HOME=$work/home" "LANG=C.UTF-8")

tar -xzf "$archive" -C "$work"
binary=$(echo "$work"/confident-*/bin/confident)
top=$(dirname "$(dirname "$binary")")
for file in LICENSE README.md share/man/man1/confident.1 share/bash-completion/completions/confident \
  share/zsh/site-functions/_confident share/fish/vendor_completions.d/confident.fish share/confident/Scenarios/catalogue/programme.yaml; do
  [ -f "$top/$file" ] || { echo "check-dist: the archive has no $file" >&2; exit 1; }
done
if ldd "$binary" | grep -E 'libswift|libFoundation|libdispatch|libedit|not found'; then
  echo "check-dist: the archive's binary links the libraries above" >&2
  exit 1
fi
(cd / && "${clean_env[@]}" sh -c '! command -v swift' >/dev/null)
version=$(cd / && "${clean_env[@]}" "$binary" --version)
[[ "$version" == *"$work/confident-"*"/share/confident/Scenarios)"* ]] || { echo "archive: $version" >&2; exit 1; }
played=$(cd / && printf 'a\nsecret\n' | "${clean_env[@]}" "$binary" jouer huissier-revenu-integration)
[[ "$played" == *"Bonne décision"* || "$played" == *"Décision à revoir"* ]] || { echo "archive, jouer: $played" >&2; exit 1; }

contents=$(dpkg-deb --contents "$deb")
[[ "$contents" == *" ./usr/share/doc/confident/copyright"* ]] || { echo "check-dist: the .deb has no copyright file" >&2; exit 1; }
echo "check-dist: $(dpkg-deb --field "$deb" Depends | sed 's/^/Depends: /')"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq -o DPkg::Lock::Timeout=300 "$PWD/$deb" >/dev/null
version=$(cd / && "${clean_env[@]}" confident --version)
[[ "$version" == *"(/usr/share/confident/Scenarios)"* ]] || { echo ".deb: $version" >&2; exit 1; }
echo "check-dist: $version"
played=$(cd / && printf 'a\nsecret\n' | "${clean_env[@]}" confident jouer huissier-revenu-integration)
[[ "$played" == *"Bonne décision"* || "$played" == *"Décision à revoir"* ]] || { echo ".deb, jouer: $played" >&2; exit 1; }
bash -c 'source /usr/share/bash-completion/completions/confident && complete -p confident'
warnings=$(groff -man -Tutf8 -ww /usr/share/man/man1/confident.1 2>&1 >/dev/null)
[ -z "$warnings" ] || { echo "man page: $warnings" >&2; exit 1; }
DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq -o DPkg::Lock::Timeout=300 confident >/dev/null
! command -v confident >/dev/null
echo "check-dist: $archive and $deb are fine"
