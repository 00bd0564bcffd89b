#!/usr/bin/env bash
# render-python's Java client scripts without Java.
#
# render-python runs `run_ws_client.sh MEMORY CLASS ARGS...` from the folder RENDER_CLIENT_SCRIPTS
# (or client_scripts=) names, with render's Java client arguments. This script takes the same
# arguments and runs the matching `render` command instead:
#
#   org.janelia.render.client.ImportJsonClient              -> render import
#   org.janelia.render.client.ImportTransformChangesClient  -> render transform-changes
#   org.janelia.render.client.CoordinateClient              -> render coordinates
#   org.janelia.render.client.TransformSectionClient        -> render transform-section
#   org.janelia.render.client.TilePairClient                -> render tile-pairs
#   org.janelia.render.client.PointMatchClient              -> render point-match
#   org.janelia.render.client.spark.SIFTPointMatchClient    -> render point-match (--pairJson files)
#   org.janelia.render.client.RenderSectionClient           -> render section
#   org.janelia.render.client.ValidateTilesClient           -> render validate-tiles
#   org.janelia.render.client.MipmapClient                  -> render mipmaps
#   org.janelia.render.client.BoxClient                     -> render boxes
#   org.janelia.alignment.Render (ArgbRenderer)             -> render image
#   org.janelia.render.client.Trakem2SolverClient           -> render solve
#
# The `render` command is RENDER_CLI when it is set (a command line, split on spaces, e.g.
# "dotnet /opt/render/render.dll"), else `render` on the PATH (the .NET tool or the single-file
# build: README.md, "Install"), else a build of this repository beside this script
# (artifacts/render/render, then src/Render.Cli's Release and Debug builds).
set -euo pipefail

fail() {
  echo "run_ws_client.sh: $*" >&2
  exit 2
}

[[ $# -ge 2 ]] || fail "usage: run_ws_client.sh MEMORY CLASS [ARGS...] (as render-python calls it)"
shift # the Java heap size means nothing here
class_name=$1
shift

case "${class_name##*.}" in
  ImportJsonClient) command=(import) ;;
  ImportTransformChangesClient) command=(transform-changes) ;;
  CoordinateClient) command=(coordinates) ;;
  TransformSectionClient) command=(transform-section) ;;
  TilePairClient) command=(tile-pairs) ;;
  PointMatchClient | SIFTPointMatchClient) command=(point-match) ;;
  RenderSectionClient) command=(section) ;;
  ValidateTilesClient) command=(validate-tiles) ;;
  MipmapClient) command=(mipmaps) ;;
  BoxClient) command=(boxes) ;;
  Render) [[ "$class_name" == org.janelia.alignment.Render ]] && command=(image) ||
    fail "$class_name has no counterpart here" ;;
  Trakem2SolverClient) command=(solve) ;;
  *) fail "$class_name has no counterpart here; supported: ImportJsonClient, ImportTransformChangesClient, CoordinateClient, TransformSectionClient, TilePairClient, PointMatchClient, SIFTPointMatchClient, RenderSectionClient, ValidateTilesClient, MipmapClient, BoxClient, org.janelia.alignment.Render, Trakem2SolverClient" ;;
esac

# render's clients name options in camelCase, the render command in kebab-case.
kebab() {
  sed -E 's/([a-z0-9])([A-Z])/\1-\2/g' <<<"$1" | tr '[:upper:]' '[:lower:]'
}

owner=""
arguments=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --baseDataUrl)
      [[ $# -ge 2 ]] || fail "--baseDataUrl needs a value"
      # http://host:port/render-ws/v1 -> --host http://host --port port
      if [[ ! "$2" =~ ^(https?)://([^/:]+)(:([0-9]+))?(/.*)?$ ]]; then
        fail "--baseDataUrl $2 is not an http(s)://host[:port]/render-ws/v1 address"
      fi
      scheme=${BASH_REMATCH[1]}
      port=${BASH_REMATCH[4]:-$([[ $scheme == https ]] && echo 443 || echo 80)}
      arguments+=(--host "$scheme://${BASH_REMATCH[2]}" --port "$port")
      shift 2
      ;;
    --owner)
      [[ $# -ge 2 ]] || fail "--owner needs a value"
      owner=$2
      arguments+=(--owner "$2")
      shift 2
      ;;
    --targetOwner)
      [[ $# -ge 2 ]] || fail "--targetOwner needs a value"
      if [[ ${command[0]} == solve ]]; then
        # render solve writes to any owner, as Trakem2SolverClient does.
        arguments+=(--target-owner "$2")
        shift 2
        continue
      fi
      # The target stack is always in the source's owner here, as it is in render's client.
      [[ -z "$owner" || "$2" == "$owner" ]] || fail "--targetOwner $2 differs from --owner $owner, which is not supported"
      shift 2
      ;;
    --numberOfThreads | --memGB)
      # Java tuning.
      shift 2
      ;;
    --bounds)
      [[ ${command[0]} == section ]] || { arguments+=(--bounds); shift; continue; }
      # RenderSectionClient's minX,maxX,minY,maxY -> render section's minX,minY,maxX,maxY.
      [[ $# -ge 2 ]] || fail "--bounds needs a value"
      IFS=, read -r -a b <<<"$2"
      [[ ${#b[@]} -eq 4 ]] || fail "--bounds $2 is not minX,maxX,minY,maxY"
      arguments+=(--bounds "${b[0]},${b[2]},${b[1]},${b[3]}")
      shift 2
      ;;
    --maxAllowedError | --maxIterations | --maxPlateauWidth)
      # Trakem2SolverClient's stopping rules of mpicbg's tile-by-tile relaxation: render solve
      # solves the least-squares problem directly and stops when the solution no longer moves.
      shift 2
      ;;
    --disableValidation)
      shift
      ;;
    --SIFT*)
      # --SIFTfdSize -> --sift-fd-size: the upper-case prefix is a word of its own.
      arguments+=("--sift-$(kebab "${1#--SIFT}")")
      shift
      ;;
    --*)
      # ArgbRenderer's options use snake_case (--tile_spec_url), the others camelCase.
      arguments+=("$(kebab "${1//_/-}")")
      shift
      ;;
    *)
      arguments+=("$1")
      shift
      ;;
  esac
done

# Sets `render` to the first command that exists, or fails naming every place it looked.
find_render() {
  local repository tried=() candidate
  if [[ -n "${RENDER_CLI:-}" ]]; then
    read -r -a render <<<"$RENDER_CLI"
    command -v "${render[0]}" >/dev/null && return
    fail "RENDER_CLI='$RENDER_CLI': cannot run '${render[0]}'"
  fi
  tried+=("RENDER_CLI (not set)")
  if command -v render >/dev/null; then
    render=(render)
    return
  fi
  tried+=("'render' on the PATH (not found)")
  repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  for candidate in artifacts/render/render src/Render.Cli/bin/Release/net10.0/render src/Render.Cli/bin/Debug/net10.0/render; do
    if [[ -x "$repository/$candidate" ]]; then
      render=("$repository/$candidate")
      return
    fi
    tried+=("$repository/$candidate (missing)")
  done
  local list
  printf -v list '%s; ' "${tried[@]}"
  fail "cannot find the render command; tried ${list%; }. Install it (README.md, \"Install\") or set RENDER_CLI"
}

find_render
exec "${render[@]}" "${command[@]}" "${arguments[@]}"
