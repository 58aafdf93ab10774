#!/usr/bin/env bash
# inspect-terway-cluster.sh - cluster-wide Terway facts for Terway Triage.
#
# Read-only: runs only `kubectl get`. Needs nothing but bash and kubectl (no jq, no python).
# Output format: docs/inspect-output-format.md (`[section]` lines and `key: value` lines between a header and a
# footer line). Credentials from eni-config (access_key, access_secret, credential_path) are never printed.
set -euo pipefail

SCRIPT=inspect-terway-cluster.sh
VERSION=1.0.0
USAGE_LINE="$SCRIPT [--context <kube-context>]"

usage() {
  printf '%s\n' "Usage: $USAGE_LINE

Prints Terway's cluster-wide configuration for Terway Triage: the Terway DaemonSet image/version, the
terway-controlplane Deployment, service CIDR and IP stack (ack-cluster-profile), kube-proxy mode and cluster
CIDR (kube-proxy-worker), IPAM type and feature flags (eni-config), and the network.alibabacloud.com CRDs.

Options:
  --context <ctx>   kubeconfig context to use (passed to every kubectl call); default: the current context
  -h, --help        show this help

Uses the current kubeconfig (KUBECONFIG or ~/.kube/config). Read-only: only 'kubectl get' is run.
Credentials in eni-config (access_key, access_secret, credential_path) are printed as '****** (masked)'.
Exit codes: 0 ok, 1 unexpected kubectl error, 2 bad arguments, 3 cluster unreachable or not logged in,
4 forbidden, 127 kubectl missing."
}

# --- common helpers: begin (identical in the three inspect-terway-*.sh scripts; tests compare them) ---
FS=$'\x1e'
KUBECTL_FLAGS=()
POSITIONAL=()
OUT_LINES=()
FIELDS=()
KC_OUT=""
KC_ERR_FILE=""

# die <exit-code> <message>: one line on stderr; nothing is printed on stdout.
die() {
  printf '%s: %s\n' "$SCRIPT" "$2" >&2
  exit "$1"
}

usage_error() {
  die 2 "$1; usage: $USAGE_LINE (see --help)"
}

# parse_args "$@": handles -h/--help and --context; fills POSITIONAL and KUBECTL_FLAGS.
parse_args() {
  while [[ $# -gt 0 ]]; do
    case $1 in
      -h | --help)
        usage
        exit 0
        ;;
      --context)
        [[ $# -ge 2 && -n $2 ]] || usage_error "--context needs a context name"
        KUBECTL_FLAGS=(--context "$2")
        shift 2
        ;;
      --context=*)
        [[ -n ${1#--context=} ]] || usage_error "--context needs a context name"
        KUBECTL_FLAGS=(--context "${1#--context=}")
        shift
        ;;
      --)
        shift
        while [[ $# -gt 0 ]]; do
          POSITIONAL+=("$1")
          shift
        done
        ;;
      -*) usage_error "unknown option '$1'" ;;
      *)
        POSITIONAL+=("$1")
        shift
        ;;
    esac
  done
}

cleanup() {
  if [[ -n $KC_ERR_FILE ]]; then rm -f "$KC_ERR_FILE"; fi
}

# require_kubectl: fail early, with advice, when kubectl is missing; prepares the stderr capture file.
require_kubectl() {
  command -v kubectl >/dev/null 2>&1 ||
    die 127 "kubectl not found on PATH: install kubectl (https://kubernetes.io/docs/tasks/tools/) and point it at the cluster (KUBECONFIG or --context)"
  KC_ERR_FILE=$(mktemp "${TMPDIR:-/tmp}/terway-triage.XXXXXX") || die 1 "cannot create a temporary file: set TMPDIR to a writable directory"
  trap cleanup EXIT
}

# last_line <text>: the last non-empty line, carriage returns removed.
last_line() {
  local t=${1//$'\r'/}
  while [[ $t == *$'\n' ]]; do t=${t%$'\n'}; done
  printf '%s' "${t##*$'\n'}"
}

# kc <kubectl args...>: run one read-only kubectl command; its stdout lands in KC_OUT.
# Returns 0, or 1 when the object or its resource type does not exist. Exits on every other failure.
kc() {
  local rc=0 err msg
  KC_OUT=$(kubectl ${KUBECTL_FLAGS[@]+"${KUBECTL_FLAGS[@]}"} "$@" 2>"$KC_ERR_FILE") || rc=$?
  if [[ $rc -eq 0 ]]; then return 0; fi
  err=$(<"$KC_ERR_FILE")
  msg=$(last_line "$err")
  case $err in
    *"(NotFound)"* | *"doesn't have a resource type"*) return 1 ;;
    *"(Forbidden)"* | *" is forbidden: "*)
      die 4 "access denied ($msg): use a kubeconfig whose RBAC role may get nodes, pods, configmaps, daemonsets, deployments, CRDs and network.alibabacloud.com resources" ;;
    *"You must be logged in"* | *"(Unauthorized)"*)
      die 3 "the API server rejected the credentials ($msg): log in again or download a fresh kubeconfig for this cluster" ;;
    *"context was not found"* | *"error: context \""*"\" does not exist"* | *"Error in configuration"* | *"no configuration has been provided"*)
      die 3 "kubeconfig problem ($msg): check KUBECONFIG and the context name (kubectl config get-contexts)" ;;
    *"Unable to connect to the server"* | *"was refused - did you specify the right host or port"* | *"dial tcp"* | *"i/o timeout"*)
      die 3 "cannot reach the Kubernetes API server ($msg): check KUBECONFIG, the current context or --context, and the network path to the API server" ;;
    *) die 1 "kubectl $1 $2 ${3:-} failed (${msg:-exit code $rc}): check that kubectl works against this cluster" ;;
  esac
}

# fields <kubectl get args...> -- <go-template>...: render every template in ONE kubectl call.
# FIELDS[i] is the text template i produced. Returns 1 when the object does not exist.
fields() {
  local args=() tmpl="" t rest
  while [[ $1 != -- ]]; do
    args+=("$1")
    shift
  done
  shift
  for t in "$@"; do tmpl+="$t{{\"\\x1e\"}}"; done
  kc get "${args[@]}" -o "go-template=$tmpl" || return 1
  FIELDS=()
  rest=$KC_OUT
  while [[ $rest == *"$FS"* ]]; do
    FIELDS+=("${rest%%"$FS"*}")
    rest=${rest#*"$FS"}
  done
}

# tkey <map-expr> <key>: go-template printing map[key], or nothing when the map or the key is absent.
tkey() {
  printf '{{with %s}}{{with index . "%s"}}{{.}}{{end}}{{end}}' "$1" "$2"
}

# tjoin <list-expr>: go-template printing a list joined by commas, or nothing.
# shellcheck disable=SC2016 # $i and $v are go-template variables, not shell ones
tjoin() {
  printf '{{with %s}}{{range $i, $v := .}}{{if $i}},{{end}}{{$v}}{{end}}{{end}}' "$1"
}

section() {
  OUT_LINES+=("[$1]")
}

# emit <key> <value> [value-when-empty]: one `key: value` line; newlines are folded, empty becomes "not set".
emit() {
  local v=$2
  v=${v//$'\r'/ }
  v=${v//$'\n'/ }
  if [[ -z $v || $v == "<no value>" ]]; then v=${3:-not set}; fi
  OUT_LINES+=("$1: $v")
}

flush() {
  printf '%s\n' "# terway-triage $SCRIPT v$VERSION" ${OUT_LINES[@]+"${OUT_LINES[@]}"} "# end $SCRIPT"
}

# image_tag <image>: the tag of a container image reference, or nothing.
image_tag() {
  local ref=${1%%@*} last
  last=${ref##*/}
  if [[ $last == *:* ]]; then printf '%s' "${last##*:}"; fi
}
# --- common helpers: end ---

# --- json helpers: begin (identical in inspect-terway-cluster.sh and inspect-terway-node.sh) ---
JSON_KEYS=()
JSON_VALUES=()
JSON_VALUE=""

json_add_member() {
  local m=$1 key
  if [[ -z $m ]]; then return 0; fi
  [[ $m == '"'*'":'* ]] || return 1
  key=${m#\"}
  key=${key%%\":*}
  JSON_KEYS+=("$key")
  JSON_VALUES+=("${m#*\":}")
}

# json_members <text>: split a JSON object's top-level members into JSON_KEYS[i] / JSON_VALUES[i], each value
# as compact JSON text (whitespace outside strings removed). Returns 1 when <text> is not a JSON object.
json_members() {
  local LC_ALL=C
  local s=$1 n=${#1} i=0 c depth=0 in_str=0 esc=0 started=0 member=""
  JSON_KEYS=()
  JSON_VALUES=()
  while [[ $i -lt $n ]]; do
    c=${s:i:1}
    i=$((i + 1))
    if [[ $in_str -eq 1 ]]; then
      member+=$c
      if [[ $esc -eq 1 ]]; then
        esc=0
      elif [[ $c == "\\" ]]; then
        esc=1
      elif [[ $c == '"' ]]; then
        in_str=0
      fi
      continue
    fi
    case $c in
      ' ' | $'\t' | $'\n' | $'\r') continue ;;
    esac
    if [[ $started -eq 0 ]]; then
      [[ $c == '{' ]] || return 1
      started=1
      depth=1
      continue
    fi
    [[ $depth -gt 0 ]] || return 1
    case $c in
      '"')
        in_str=1
        member+=$c
        ;;
      '{' | '[')
        depth=$((depth + 1))
        member+=$c
        ;;
      '}' | ']')
        depth=$((depth - 1))
        if [[ $depth -eq 0 ]]; then
          [[ $c == '}' ]] || return 1
          json_add_member "$member" || return 1
          member=""
        else
          member+=$c
        fi
        ;;
      ',')
        if [[ $depth -eq 1 ]]; then
          json_add_member "$member" || return 1
          member=""
        else
          member+=$c
        fi
        ;;
      *) member+=$c ;;
    esac
  done
  [[ $started -eq 1 && $depth -eq 0 && $in_str -eq 0 ]]
}

# json_get <key>: JSON_VALUE = the member's compact JSON text; returns 1 when the key is absent.
json_get() {
  local i=0
  JSON_VALUE=""
  while [[ $i -lt ${#JSON_KEYS[@]} ]]; do
    if [[ ${JSON_KEYS[i]} == "$1" ]]; then
      JSON_VALUE=${JSON_VALUES[i]}
      return 0
    fi
    i=$((i + 1))
  done
  return 1
}

# json_text <key>: the member as display text: strings unquoted, null/""/absent as nothing, lists and
# objects as compact JSON.
json_text() {
  local v
  json_get "$1" || return 0
  v=$JSON_VALUE
  if [[ $v == null ]]; then return 0; fi
  if [[ $v == \"*\" ]]; then
    v=${v#\"}
    v=${v%\"}
    v=${v//\\\\/$'\x01'}
    v=${v//\\\"/\"}
    v=${v//\\\//\/}
    v=${v//$'\x01'/\\}
  fi
  printf '%s' "$v"
}

# json_secret <key>: "****** (masked)" when the member holds a non-empty value, else nothing. The value
# itself is never printed.
json_secret() {
  local v
  v=$(json_text "$1")
  if [[ -n $v ]]; then printf '%s' "****** (masked)"; fi
}

# json_key_list: the member names, comma-separated (names only, never values).
json_key_list() {
  local IFS=,
  printf '%s' "${JSON_KEYS[*]-}"
}

# eni_conf_flags [value]: emit the eni_conf settings Terway Triage reasons about, from the members
# json_members parsed (secrets masked). With a value ("not found", "not set"), every setting prints that instead.
ENI_CONF_FLAGS=(ip_stack enable_eni_trunking enable_erdma enable_ip_prefix vswitch_selection_policy max_pool_size
  min_pool_size vswitches security_group security_groups service_cidr region_id)
ENI_CONF_SECRETS=(access_key access_secret credential_path)
eni_conf_flags() {
  local k
  for k in "${ENI_CONF_FLAGS[@]}"; do
    if [[ -n ${1:-} ]]; then emit "$k" "$1"; else emit "$k" "$(json_text "$k")"; fi
  done
  for k in "${ENI_CONF_SECRETS[@]}"; do
    if [[ -n ${1:-} ]]; then emit "$k" "$1"; else emit "$k" "$(json_secret "$k")"; fi
  done
}
# --- json helpers: end ---

NS=kube-system
CRD_PLURALS=(podenis nodes podnetworkings networkinterfaces noderuntimes)
DAEMONSETS=(terway-eniip terway-eni terway)

inspect_terway() {
  local ds found="" primary="" image="" ready="" line
  section terway
  for ds in "${DAEMONSETS[@]}"; do
    if fields daemonset "$ds" -n "$NS" -- \
      '{{range .spec.template.spec.containers}}{{.name}}={{.image}}{{"\n"}}{{end}}' \
      '{{with .status}}{{if .numberReady}}{{.numberReady}}{{else}}0{{end}}/{{if .desiredNumberScheduled}}{{.desiredNumberScheduled}}{{else}}0{{end}}{{end}}'; then
      found+=${found:+,}$ds
      if [[ -z $primary ]]; then
        primary=$ds
        ready=${FIELDS[1]}
        # the container named "terway" carries the version; otherwise the first container's image
        while IFS= read -r line; do
          if [[ -n $line && (-z $image || ${line%%=*} == terway) ]]; then image=${line#*=}; fi
        done <<<"${FIELDS[0]}"
      fi
    fi
  done
  if [[ -z $primary ]]; then
    emit daemonset "not found"
    emit daemonsets_found "not found"
    emit image "not found"
    emit version "not found"
    emit daemonset_ready "not found"
  else
    emit daemonset "$primary"
    emit daemonsets_found "$found"
    emit image "$image"
    emit version "$(image_tag "$image")"
    emit daemonset_ready "$ready"
  fi

  if fields deployment terway-controlplane -n "$NS" -- \
    '{{range .spec.template.spec.containers}}{{if eq .name "terway-controlplane"}}{{.image}}{{end}}{{end}}' \
    '{{with .status}}{{if .readyReplicas}}{{.readyReplicas}}{{else}}0{{end}}/{{if .replicas}}{{.replicas}}{{else}}0{{end}}{{end}}'; then
    emit controlplane present
    emit controlplane_image "${FIELDS[0]}"
    emit controlplane_version "$(image_tag "${FIELDS[0]}")"
    emit controlplane_ready "${FIELDS[1]}"
  else
    emit controlplane "not found"
    emit controlplane_image "not found"
    emit controlplane_version "not found"
    emit controlplane_ready "not found"
  fi
}

inspect_cluster() {
  local line mode="" cidr="" v
  section cluster
  if fields configmap ack-cluster-profile -n "$NS" -- \
    "$(tkey .data clusterid)" "$(tkey .data vpcid)" "$(tkey .data serviceCIDR)" "$(tkey .data ipStack)"; then
    emit profile present
    emit cluster_id "${FIELDS[0]}"
    emit vpc_id "${FIELDS[1]}"
    emit service_cidr "${FIELDS[2]}"
    emit ip_stack "${FIELDS[3]}"
  else
    emit profile "not found"
    emit cluster_id "not found"
    emit vpc_id "not found"
    emit service_cidr "not found"
    emit ip_stack "not found"
  fi

  if fields configmap kube-proxy-worker -n "$NS" -- "$(tkey .data config.conf)"; then
    # config.conf is a KubeProxyConfiguration YAML; mode and clusterCIDR are top-level keys
    while IFS= read -r line; do
      case $line in
        mode:*)
          v=${line#mode:}
          mode=${v//[\"\' ]/}
          ;;
        clusterCIDR:*)
          v=${line#clusterCIDR:}
          cidr=${v//[\"\' ]/}
          ;;
      esac
    done <<<"${FIELDS[0]}"
    emit kube_proxy_config present
    emit kube_proxy_mode "$mode"
    emit cluster_cidr "$cidr"
  else
    emit kube_proxy_config "not found"
    emit kube_proxy_mode "not found"
    emit cluster_cidr "not found"
  fi
}

inspect_eni_config() {
  local ipam cni_ok=0 k
  section eni-config
  if ! fields configmap eni-config -n "$NS" -- \
    "$(tkey .data eni_conf)" "$(tkey .data 10-terway.conf)" "$(tkey .data disable_network_policy)" \
    "$(tkey .data in_cluster_loadbalance)"; then
    for k in exists eni_conf keys ipam_type ipam_mode; do emit "$k" "not found"; done
    eni_conf_flags "not found"
    for k in disable_network_policy in_cluster_loadbalance network_policy_provider eniip_virtual_type; do
      emit "$k" "not found"
    done
    return 0
  fi
  emit exists present
  if [[ -z ${FIELDS[0]} ]]; then
    emit eni_conf "not set"
    emit keys "not set"
    emit ipam_type "not set"
    emit ipam_mode unknown
    eni_conf_flags "not set"
  elif json_members "${FIELDS[0]}"; then
    emit eni_conf valid
    emit keys "$(json_key_list)"
    ipam=$(json_text ipam_type)
    emit ipam_type "$ipam"
    case $ipam in
      crd) emit ipam_mode centralized ;;
      "" | default) emit ipam_mode node-local ;;
      *) emit ipam_mode unknown ;;
    esac
    eni_conf_flags
  else
    emit eni_conf "invalid JSON"
    emit keys unknown
    emit ipam_type unknown
    emit ipam_mode unknown
    eni_conf_flags unknown
  fi
  emit disable_network_policy "${FIELDS[2]}"
  emit in_cluster_loadbalance "${FIELDS[3]}"
  if [[ -n ${FIELDS[1]} ]] && json_members "${FIELDS[1]}"; then cni_ok=1; fi
  if [[ $cni_ok -eq 1 ]]; then
    emit network_policy_provider "$(json_text network_policy_provider)"
    emit eniip_virtual_type "$(json_text eniip_virtual_type)"
  else
    emit network_policy_provider "not set"
    emit eniip_virtual_type "not set"
  fi
}

inspect_crds() {
  local plural
  section crds
  for plural in "${CRD_PLURALS[@]}"; do
    if kc get customresourcedefinitions.apiextensions.k8s.io "$plural.network.alibabacloud.com" \
      -o 'go-template={{.metadata.name}}'; then
      emit "$plural.network.alibabacloud.com" present
    else
      emit "$plural.network.alibabacloud.com" "not found"
    fi
  done
}

main() {
  parse_args "$@"
  if [[ ${#POSITIONAL[@]} -ne 0 ]]; then usage_error "unexpected argument '${POSITIONAL[0]}'"; fi
  require_kubectl
  inspect_terway
  inspect_cluster
  inspect_eni_config
  inspect_crds
  flush
}

main "$@"
