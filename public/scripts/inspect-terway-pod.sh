#!/usr/bin/env bash
# inspect-terway-pod.sh - Terway facts about one pod for Terway Triage.
#
# Read-only: runs only `kubectl get`. Needs nothing but bash and kubectl (no jq, no python).
# Output format: docs/inspect-output-format.md.
set -euo pipefail

SCRIPT=inspect-terway-pod.sh
VERSION=1.0.0
USAGE_LINE="$SCRIPT [--context <kube-context>] <namespace> <pod-name>"

usage() {
  printf '%s\n' "Usage: $USAGE_LINE

Prints Terway's view of one pod for Terway Triage: node, phase, hostNetwork (Terway does not handle
hostNetwork pods), the k8s.aliyun.com/pod-eni annotation, which configuration source Terway's webhook used
(k8s.aliyun.com/pod-networks, k8s.aliyun.com/pod-networks-request, k8s.aliyun.com/pod-networking with the
PodNetworking it names, or the eni-config default), and the pod's PodENI.

Options:
  --context <ctx>   kubeconfig context to use (passed to every kubectl call); default: the current context
  -h, --help        show this help

Uses the current kubeconfig (KUBECONFIG or ~/.kube/config). Read-only: only 'kubectl get' is run.
Exit codes: 0 ok, 1 unexpected kubectl error, 2 bad arguments, 3 cluster unreachable or not logged in,
4 forbidden, 5 pod not found, 127 kubectl missing."
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

# requested_networks <pod-networks-request JSON>: the "network" (PodNetworking) names it lists, comma-separated.
requested_networks() {
  local rest=$1 name out=""
  while [[ $rest == *'"network"'* ]]; do
    rest=${rest#*'"network"'}
    rest=${rest#*\"}
    name=${rest%%\"*}
    rest=${rest#*\"}
    out+=${out:+,}$name
  done
  printf '%s' "$out"
}

inspect_pod() {
  local host eni nets req pn src note managed
  # shellcheck disable=SC2016 # $i and $o are go-template variables
  if ! fields pod "$POD" -n "$NAMESPACE" -- \
    '{{with .spec}}{{with .nodeName}}{{.}}{{end}}{{end}}' \
    '{{with .status}}{{with .phase}}{{.}}{{end}}{{end}}' \
    '{{with .spec}}{{if .hostNetwork}}true{{else}}false{{end}}{{end}}' \
    '{{with .status}}{{with .podIP}}{{.}}{{end}}{{end}}' \
    "$(tkey .metadata.annotations k8s.aliyun.com/pod-eni)" \
    "$(tkey .metadata.annotations k8s.aliyun.com/pod-networks)" \
    "$(tkey .metadata.annotations k8s.aliyun.com/pod-networks-request)" \
    "$(tkey .metadata.annotations k8s.aliyun.com/pod-networking)" \
    "$(tkey .metadata.labels k8s.aliyun.com/ignore-by-terway)" \
    '{{with .metadata.ownerReferences}}{{range $i, $o := .}}{{if $i}},{{end}}{{$o.kind}}{{end}}{{end}}'; then
    die 5 "pod '$POD' not found in namespace '$NAMESPACE': check both with 'kubectl get pods -A | grep $POD'"
  fi
  host=${FIELDS[2]:-false}
  eni=${FIELDS[4]}
  nets=${FIELDS[5]}
  req=${FIELDS[6]}
  pn=${FIELDS[7]}
  POD_NETWORKING=$pn

  # Terway's mutating webhook checks pod-networks, then pod-networks-request, then a matching PodNetworking, then
  # falls back to eni-config; the three annotations are mutually exclusive on admission. The webhook itself then
  # writes pod-networks (and pod-eni: "true") on every pod it handles, so on a live pod pod-networks next to
  # pod-networks-request or pod-networking was derived from those, and the source is the other annotation.
  if [[ $host == true ]]; then
    src=none
    note="hostNetwork pod: Terway's CNI and webhook do not handle it"
  elif [[ ${FIELDS[8]} == true ]]; then
    src=none
    note="label k8s.aliyun.com/ignore-by-terway=true: Terway's webhook, controllers and daemon skip this pod"
  elif [[ -n $req ]]; then
    src=pod-networks-request
    if [[ -n $nets ]]; then
      note="PodNetworkings requested per interface; pod-networks was written by the webhook from them"
    else
      note="PodNetworkings requested per interface; pod-networks is not written (did the webhook run?)"
    fi
  elif [[ -n $pn ]]; then
    src=pod-networking
    note="matched PodNetworking $pn"
    if [[ -n $nets ]]; then note+="; pod-networks was written by the webhook from it"; fi
  elif [[ -n $nets ]]; then
    src=pod-networks
    note="pod-networks set on the pod, or written by the webhook from eni-config defaults when no PodNetworking matched"
  else
    src="eni-config-default"
    note="no Terway network annotation: eni-config (kube-system) applies to eth0"
  fi
  if [[ $host == true ]]; then
    managed="no (hostNetwork)"
  elif [[ ${FIELDS[8]} == true ]]; then
    managed="no (label k8s.aliyun.com/ignore-by-terway=true)"
  else
    managed=yes
  fi

  section pod
  emit namespace "$NAMESPACE"
  emit name "$POD"
  emit node "${FIELDS[0]}"
  emit phase "${FIELDS[1]}"
  emit pod_ip "${FIELDS[3]}"
  emit owner_kind "${FIELDS[9]}"
  emit host_network "$host"
  emit terway_managed "$managed"
  emit ignore_by_terway "${FIELDS[8]}"
  emit pod_eni "$eni"
  emit pod_networks "${nets:+set}"
  emit pod_networks_request "${req:+set}"
  emit requested_networks "$(requested_networks "$req")"
  emit pod_networking "$pn"
  emit config_source "$src"
  emit config_source_note "$note"
  if [[ -n $req && -n $pn ]]; then
    emit config_conflict "pod-networks-request and pod-networking are both set (the webhook denies this on admission)"
  else
    emit config_conflict none
  fi
}

inspect_podnetworking() {
  local k
  section podnetworking
  emit name "$POD_NETWORKING"
  if [[ -z $POD_NETWORKING ]]; then
    for k in exists status message eni_type allocation_type vswitch_options security_group_ids vswitches; do emit "$k" "not set"; done
    return 0
  fi
  # shellcheck disable=SC2016 # $i and $v are go-template variables
  if ! fields podnetworkings.network.alibabacloud.com "$POD_NETWORKING" -- \
    '{{with .status}}{{with .status}}{{.}}{{end}}{{end}}' \
    '{{with .status}}{{with .message}}{{.}}{{end}}{{end}}' \
    '{{with .spec}}{{with .eniOptions}}{{with .eniType}}{{.}}{{end}}{{end}}{{end}}' \
    '{{with .spec}}{{with .allocationType}}{{with .type}}{{.}}{{end}}{{end}}{{end}}' \
    "{{with .spec}}$(tjoin .vSwitchOptions){{end}}" \
    "{{with .spec}}$(tjoin .securityGroupIDs){{end}}" \
    '{{with .status}}{{with .vSwitches}}{{range $i, $v := .}}{{if $i}},{{end}}{{$v.id}}({{$v.zone}}){{end}}{{end}}{{end}}'; then
    for k in exists status message eni_type allocation_type vswitch_options security_group_ids vswitches; do emit "$k" "not found"; done
    return 0
  fi
  emit exists present
  emit status "${FIELDS[0]}"
  emit message "${FIELDS[1]}"
  emit eni_type "${FIELDS[2]}"
  emit allocation_type "${FIELDS[3]}"
  emit vswitch_options "${FIELDS[4]}"
  emit security_group_ids "${FIELDS[5]}"
  emit vswitches "${FIELDS[6]}"
}

inspect_podeni() {
  local k
  section podeni
  # shellcheck disable=SC2016 # $i, $a, $id, $e are go-template variables
  if ! fields podenis.network.alibabacloud.com "$POD" -n "$NAMESPACE" -- \
    '{{with .status}}{{with .phase}}{{.}}{{end}}{{end}}' \
    '{{with .status}}{{with .msg}}{{.}}{{end}}{{end}}' \
    '{{with .status}}{{with .trunkENIID}}{{.}}{{end}}{{end}}' \
    '{{with .status}}{{with .instanceID}}{{.}}{{end}}{{end}}' \
    '{{with .spec}}{{with .allocations}}{{range $i, $a := .}}{{if $i}},{{end}}{{with $a.eni}}{{with .id}}{{.}}{{end}}{{end}}{{end}}{{end}}{{end}}' \
    '{{with .spec}}{{with .allocations}}{{range $i, $a := .}}{{if $i}},{{end}}{{with $a.ipv4}}{{.}}{{end}}{{end}}{{end}}{{end}}' \
    '{{with .status}}{{with .eniInfos}}{{range $id, $e := .}}{{$id}}={{with $e.type}}{{.}}{{end}}/{{with $e.status}}{{.}}{{end}} {{end}}{{end}}{{end}}' \
    '{{with .status}}{{with .podLastSeen}}{{.}}{{end}}{{end}}'; then
    for k in exists phase message trunk_eni_id instance_id eni_ids ipv4 eni_infos pod_last_seen; do emit "$k" "not found"; done
    return 0
  fi
  emit exists present
  # an empty phase is PodENI's initial phase (ENIPhaseInitial)
  emit phase "${FIELDS[0]:-Initial}"
  emit message "${FIELDS[1]}"
  emit trunk_eni_id "${FIELDS[2]}"
  emit instance_id "${FIELDS[3]}"
  emit eni_ids "${FIELDS[4]}"
  emit ipv4 "${FIELDS[5]}"
  emit eni_infos "${FIELDS[6]% }"
  emit pod_last_seen "${FIELDS[7]}"
}

main() {
  parse_args "$@"
  if [[ ${#POSITIONAL[@]} -ne 2 ]]; then usage_error "expected <namespace> <pod-name>"; fi
  NAMESPACE=${POSITIONAL[0]}
  POD=${POSITIONAL[1]}
  require_kubectl
  inspect_pod
  inspect_podnetworking
  inspect_podeni
  flush
}

main "$@"
