#!/usr/bin/env bash
# Packages a built binary: `package.sh dist` (a .tar.gz that runs from where it is unpacked) or
# `package.sh deb` (a .deb built with dpkg-deb). Called by `make dist` / `make deb`, which set
# VERSION and BINARY.
set -euo pipefail
cd "$(dirname "$0")/.."

kind=${1:?usage: package.sh dist|deb}
: "${VERSION:?}" "${BINARY:?}"
arch=$(uname -m)
mkdir -p dist

# The binary's shared libraries must be system ones: no Swift runtime, no toolchain path.
if ldd "$BINARY" | grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime|_FoundationICU'; then
  echo "package.sh: $BINARY still links the Swift runtime (build with make, which passes --static-swift-stdlib)" >&2
  exit 1
fi

case "$kind" in
dist)
  name="confident-$VERSION-linux-$arch"
  stage="dist/$name"
  rm -rf "$stage"
  make --no-print-directory install DESTDIR="$PWD/$stage" PREFIX= CONFIGURATION="${CONFIGURATION:-release}" >/dev/null
  install -m 644 README.md "$stage/README.md"
  install -d "$stage/docs"
  install -m 644 docs/scenario-format.md "$stage/docs/scenario-format.md"
  # No licence file: the repository has none yet (see the report of issue #13).
  for licence in LICENSE LICENSE.md COPYING; do
    if [ -f "$licence" ]; then install -m 644 "$licence" "$stage/$licence"; fi
  done
  tar -C dist --owner=0 --group=0 --numeric-owner -czf "dist/$name.tar.gz" "$name"
  rm -rf "$stage"
  echo "dist/$name.tar.gz"
  ;;
deb)
  case "$arch" in x86_64) debarch=amd64 ;; aarch64) debarch=arm64 ;; *) debarch=$arch ;; esac
  root="dist/deb-root"
  rm -rf "$root"
  make --no-print-directory install DESTDIR="$PWD/$root" PREFIX=/usr CONFIGURATION="${CONFIGURATION:-release}" >/dev/null
  install -d "$root/usr/share/doc/confident" "$root/DEBIAN"
  install -m 644 README.md docs/scenario-format.md "$root/usr/share/doc/confident/"
  # Depends: what the binary links, as dpkg-shlibdeps computes it from the installed
  # libraries' shlibs/symbols files.
  work=$(mktemp -d)
  mkdir -p "$work/debian"
  printf 'Source: confident\n\nPackage: confident\nArchitecture: any\n' > "$work/debian/control"
  depends=$(cd "$work" && dpkg-shlibdeps -O "$OLDPWD/$root/usr/bin/confident" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
  rm -rf "$work"
  [ -n "$depends" ] || { echo "package.sh: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
  size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
  cat > "$root/DEBIAN/control" <<CONTROL
Package: confident
Version: $VERSION
Architecture: $debarch
Maintainer: Confident <confident@localhost>
Installed-Size: $size
Depends: $depends
Section: education
Priority: optional
Description: entraînement au secret professionnel des travailleurs sociaux de CPAS
 Confident met en cas pratiques le secret professionnel des travailleurs
 sociaux de CPAS (Belgique francophone), dans le terminal : pour chaque
 demande, que faire et sur quelle base légale, expliqué avec les références.
CONTROL
  deb="dist/confident_${VERSION}_$debarch.deb"
  dpkg-deb --root-owner-group --build "$root" "$deb" >/dev/null
  rm -rf "$root"
  echo "$deb"
  ;;
*)
  echo "usage: package.sh dist|deb" >&2
  exit 2
  ;;
esac
