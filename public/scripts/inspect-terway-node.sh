#!/usr/bin/env bash
# inspect-terway-node.sh - Terway facts about one node for Terway Triage.
#
# Read-only: runs only `kubectl get`. Needs nothing but bash and kubectl (no jq, no python).
# Output format: docs/inspect-output-format.md. Credentials in a node-level terway-config are never printed.
set -euo pipefail

SCRIPT=inspect-terway-node.sh
VERSION=1.0.0
USAGE_LINE="$SCRIPT [--context <kube-context>] <node-name>"

usage() {
  printf '%s\n' "Usage: $USAGE_LINE

Prints Terway's view of one node for Terway Triage: ENI mode (shared, or exclusive via the label
k8s.aliyun.com/exclusive-mode-eni-type=eniOnly), the node-level dynamic config (label terway-config and that
ConfigMap in kube-system), LingJun, ignore-by-terway and no-kube-proxy labels, zone and instance type, the
SufficientIP condition, the trunk ENI annotation, the nodes.network.alibabacloud.com CR (ENO API, pool, ENIs and
IPs) and the Terway pod running on the node.

Find the node of a pod with: kubectl get pod <pod> -n <namespace> -o wide

Options:
  --context <ctx>   kubeconfig context to use (passed to every kubectl call); default: the current context
  -h, --help        show this help

Uses the current kubeconfig (KUBECONFIG or ~/.kube/config). Read-only: only 'kubectl get' is run.
Credentials in terway-config (access_key, access_secret, credential_path) are printed as '****** (masked)'.
Exit codes: 0 ok, 1 unexpected kubectl error, 2 bad arguments, 3 cluster unreachable or not logged in,
4 forbidden, 5 node not found, 127 kubectl missing."
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
EXCLUSIVE_LABEL=k8s.aliyun.com/exclusive-mode-eni-type
TERWAY_POD_SELECTOR='app in (terway-eniip,terway-eni,terway)'

# counts <word>...: "a=2,b=1" in first-seen order, or nothing.
counts() {
  local names=() nums=() w i found out=""
  for w in "$@"; do
    found=0
    i=0
    while [[ $i -lt ${#names[@]} ]]; do
      if [[ ${names[i]} == "$w" ]]; then
        nums[i]=$((nums[i] + 1))
        found=1
      fi
      i=$((i + 1))
    done
    if [[ $found -eq 0 ]]; then
      names+=("$w")
      nums+=(1)
    fi
  done
  i=0
  while [[ $i -lt ${#names[@]} ]]; do
    out+=${out:+,}${names[i]}=${nums[i]}
    i=$((i + 1))
  done
  printf '%s' "$out"
}

# count_char <text> <char>: how many times <char> occurs in <text>.
count_char() {
  local t=${1//[!$2]/}
  printf '%s' "${#t}"
}

inspect_node() {
  if ! fields node "$NODE" -- \
    "$(tkey .metadata.labels "$EXCLUSIVE_LABEL")" \
    "$(tkey .metadata.labels terway-config)" \
    "$(tkey .metadata.labels alibabacloud.com/lingjun-worker)" \
    "$(tkey .metadata.labels k8s.aliyun.com/ignore-by-terway)" \
    "$(tkey .metadata.labels k8s.aliyun.com/no-kube-proxy)" \
    "$(tkey .metadata.labels topology.kubernetes.io/zone)" \
    "$(tkey .metadata.labels node.kubernetes.io/instance-type)" \
    "$(tkey .metadata.annotations k8s.aliyun.com/trunk-on)" \
    "$(tkey .metadata.annotations k8s.aliyun.com/max-available-ip)" \
    "$(tkey .metadata.annotations k8s.aliyun.com/max-member-eni-ip)" \
    '{{with .status}}{{range .conditions}}{{if eq .type "SufficientIP"}}{{.status}} ({{.reason}}){{end}}{{end}}{{end}}' \
    '{{with .status}}{{range .conditions}}{{if eq .type "SufficientIP"}}{{with .message}}{{.}}{{end}}{{end}}{{end}}{{end}}' \
    '{{with .status}}{{range .conditions}}{{if eq .type "Ready"}}{{.status}}{{with .reason}} ({{.}}){{end}}{{end}}{{end}}{{end}}' \
    '{{with .spec}}{{with .providerID}}{{.}}{{end}}{{end}}' \
    "$(tkey .metadata.labels failure-domain.beta.kubernetes.io/zone)" \
    "$(tkey .metadata.labels beta.kubernetes.io/instance-type)"; then
    die 5 "node '$NODE' not found: check the name with 'kubectl get nodes' (use the NAME column, e.g. cn-hangzhou.10.0.1.23)"
  fi
  NODE_FIELDS=("${FIELDS[@]}")
  section node
  emit name "$NODE"
  emit zone "${FIELDS[5]:-${FIELDS[14]}}"
  emit instance_type "${FIELDS[6]:-${FIELDS[15]}}"
  emit provider_id "${FIELDS[13]}"
  emit ready "${FIELDS[12]}" "not found"
  # Terway compares the label value case-insensitively (types.NodeExclusiveENIMode)
  case ${FIELDS[0]} in
    [eE][nN][iI][oO][nN][lL][yY]) emit eni_mode exclusive ;;
    *) emit eni_mode shared ;;
  esac
  emit exclusive_mode_eni_type "${FIELDS[0]}"
  emit terway_config "${FIELDS[1]}"
  emit lingjun "${FIELDS[2]}"
  emit ignore_by_terway "${FIELDS[3]}"
  emit no_kube_proxy "${FIELDS[4]}"
  emit trunk_on "${FIELDS[7]}"
  emit max_available_ip "${FIELDS[8]}"
  emit max_member_eni_ip "${FIELDS[9]}"
  emit sufficient_ip "${FIELDS[10]}" "not found"
  emit sufficient_ip_message "${FIELDS[11]}" "not found"
}

inspect_terway_config() {
  local name=${NODE_FIELDS[1]} k
  section terway-config
  emit name "$name"
  if [[ -z $name ]]; then
    for k in exists eni_conf keys; do emit "$k" "not set"; done
    eni_conf_flags "not set"
    return 0
  fi
  if ! fields configmap "$name" -n "$NS" -- "$(tkey .data eni_conf)"; then
    for k in exists eni_conf keys; do emit "$k" "not found"; done
    eni_conf_flags "not found"
    return 0
  fi
  emit exists present
  if [[ -z ${FIELDS[0]} ]]; then
    emit eni_conf "not set"
    emit keys "not set"
    eni_conf_flags "not set"
  elif json_members "${FIELDS[0]}"; then
    emit eni_conf valid
    emit keys "$(json_key_list)"
    eni_conf_flags
  else
    emit eni_conf "invalid JSON"
    emit keys unknown
    eni_conf_flags unknown
  fi
}

inspect_node_cr() {
  local k line status type rest ips statuses=() types=() conds=""
  local total=0 used=0 idle=0 invalid=0 ipv6=0 prefixes=0 n=0
  section node-cr
  # shellcheck disable=SC2016 # $id, $nic, $k, $c are go-template variables
  if ! fields nodes.network.alibabacloud.com "$NODE" -- \
    "$(tkey .metadata.annotations k8s.aliyun.com/eno-api)" \
    "$(tkey .metadata.labels alibabacloud.com/lingjun-worker)" \
    '{{with .spec}}{{with .nodeMetadata}}{{with .instanceType}}{{.}}{{end}}{{end}}{{end}}' \
    '{{with .spec}}{{with .nodeMetadata}}{{with .zoneID}}{{.}}{{end}}{{end}}{{end}}' \
    '{{with .spec}}{{with .nodeMetadata}}{{with .instanceID}}{{.}}{{end}}{{end}}{{end}}' \
    '{{with .spec}}{{with .eni}}{{if .enableTrunk}}true{{else}}false{{end}}{{end}}{{end}}' \
    '{{with .spec}}{{with .eni}}{{if .enableERDMA}}true{{else}}false{{end}}{{end}}{{end}}' \
    '{{with .spec}}{{with .eni}}{{if .enableIPPrefix}}true{{else}}false{{end}}{{end}}{{end}}' \
    "{{with .spec}}{{with .eni}}$(tjoin .vSwitchOptions){{end}}{{end}}" \
    "{{with .spec}}{{with .eni}}$(tjoin .securityGroupIDs){{end}}{{end}}" \
    '{{with .spec}}{{with .eni}}{{with .vSwitchSelectPolicy}}{{.}}{{end}}{{end}}{{end}}' \
    '{{with .spec}}{{with .pool}}{{with .maxPoolSize}}{{.}}{{end}}{{end}}{{end}}' \
    '{{with .spec}}{{with .pool}}{{with .minPoolSize}}{{.}}{{end}}{{end}}{{end}}' \
    '{{with .spec}}{{with .nodeCap}}{{with .adapters}}{{.}}{{end}}{{end}}{{end}}' \
    '{{with .spec}}{{with .nodeCap}}{{with .ipv4PerAdapter}}{{.}}{{end}}{{end}}{{end}}' \
    '{{with .status}}{{range $id, $nic := .networkInterfaces}}{{$id}} {{.status}} {{with .networkInterfaceType}}{{.}}{{else}}-{{end}} {{range .ipv4}}{{if ne .status "Valid"}}I{{else if .podID}}U{{else}}F{{end}}{{end}}.{{range .ipv6}}6{{end}}.{{range .ipv4Prefix}}P{{end}}{{"\n"}}{{end}}{{end}}' \
    '{{with .status}}{{range $id, $nic := .networkInterfaces}}{{range $k, $c := $nic.conditions}}{{$id}} {{$k}}: {{with $c.message}}{{.}}{{end}}{{"\n"}}{{end}}{{end}}{{end}}' \
    '{{with .status}}{{with .lastSyncOpenAPITime}}{{.}}{{end}}{{end}}'; then
    for k in exists eno_api lingjun instance_type zone instance_id enable_trunk enable_erdma enable_ip_prefix \
      vswitch_options security_group_ids vswitch_select_policy max_pool_size min_pool_size max_enis ipv4_per_eni \
      enis enis_by_status enis_by_type ipv4_total ipv4_in_use ipv4_idle ipv4_invalid ipv6_total ipv4_prefixes \
      eni_conditions last_sync_openapi; do
      emit "$k" "not found"
    done
    return 0
  fi
  while IFS= read -r line; do
    [[ -n $line ]] || continue
    read -r _ status type rest <<<"$line"
    n=$((n + 1))
    statuses+=("$status")
    types+=("$type")
    ips=${rest%%.*}
    total=$((total + ${#ips}))
    used=$((used + $(count_char "$ips" U)))
    idle=$((idle + $(count_char "$ips" F)))
    invalid=$((invalid + $(count_char "$ips" I)))
    rest=${rest#*.}
    ipv6=$((ipv6 + $(count_char "${rest%%.*}" 6)))
    prefixes=$((prefixes + $(count_char "${rest#*.}" P)))
  done <<<"${FIELDS[15]}"
  while IFS= read -r line; do
    if [[ -n $line ]]; then conds+=${conds:+; }$line; fi
  done <<<"${FIELDS[16]}"
  emit exists present
  emit eno_api "${FIELDS[0]}"
  emit lingjun "${FIELDS[1]}"
  emit instance_type "${FIELDS[2]}"
  emit zone "${FIELDS[3]}"
  emit instance_id "${FIELDS[4]}"
  emit enable_trunk "${FIELDS[5]}"
  emit enable_erdma "${FIELDS[6]}"
  emit enable_ip_prefix "${FIELDS[7]}"
  emit vswitch_options "${FIELDS[8]}"
  emit security_group_ids "${FIELDS[9]}"
  emit vswitch_select_policy "${FIELDS[10]}"
  emit max_pool_size "${FIELDS[11]}"
  emit min_pool_size "${FIELDS[12]}"
  emit max_enis "${FIELDS[13]}"
  emit ipv4_per_eni "${FIELDS[14]}"
  emit enis "$n"
  emit enis_by_status "$(counts ${statuses[@]+"${statuses[@]}"})" none
  emit enis_by_type "$(counts ${types[@]+"${types[@]}"})" none
  emit ipv4_total "$total"
  emit ipv4_in_use "$used"
  emit ipv4_idle "$idle"
  emit ipv4_invalid "$invalid"
  emit ipv6_total "$ipv6"
  emit ipv4_prefixes "$prefixes"
  emit eni_conditions "$conds" none
  emit last_sync_openapi "${FIELDS[17]}"
}

# container_summary <lines of "name|state|reason|exit|ready|restarts|last">: "name: state (reason, exit N), ...; ..."
container_summary() {
  local out="" name state reason code ready restarts last desc
  while IFS='|' read -r name state reason code ready restarts last; do
    [[ -n $name ]] || continue
    desc="$name: $state"
    case $state in
      waiting) desc+=" (${reason:-unknown})" ;;
      terminated) desc+=" (${reason:-unknown}, exit ${code:-0})" ;;
    esac
    if [[ $ready == true ]]; then desc+=", ready"; else desc+=", not ready"; fi
    desc+=", restarts ${restarts:-0}"
    if [[ -n $last ]]; then desc+=", last terminated ($last)"; fi
    out+=${out:+; }$desc
  done <<<"$1"
  printf '%s' "$out"
}

# pod_status <init lines> <container lines> <phase> <deleting>: the STATUS kubectl get pods would show.
pod_status() {
  local name state reason code ready restarts last i=0 n=0 line
  if [[ -n $4 ]]; then
    printf 'Terminating'
    return 0
  fi
  while IFS= read -r line; do if [[ -n $line ]]; then n=$((n + 1)); fi; done <<<"$1"
  while IFS='|' read -r name state reason code ready restarts last; do
    [[ -n $name ]] || continue
    if [[ $state == terminated && ${code:-0} == 0 ]]; then
      i=$((i + 1))
      continue
    fi
    case $state in
      terminated) printf 'Init:%s' "${reason:-Error}" ;;
      waiting) if [[ -n $reason && $reason != PodInitializing ]]; then printf 'Init:%s' "$reason"; else printf 'Init:%s/%s' "$i" "$n"; fi ;;
      *) printf 'Init:%s/%s' "$i" "$n" ;;
    esac
    return 0
  done <<<"$1"
  while IFS='|' read -r name state reason code ready restarts last; do
    [[ -n $name ]] || continue
    case $state in
      waiting) if [[ -n $reason ]]; then
        printf '%s' "$reason"
        return 0
      fi ;;
      terminated)
        printf '%s' "${reason:-ExitCode:${code:-0}}"
        return 0
        ;;
    esac
  done <<<"$2"
  printf '%s' "${3:-Unknown}"
}

inspect_terway_pod() {
  local rec rest count=0 k name rdy rs ready=0 total=0 restarts=0
  local -a pod=()
  local cs='{{range .}}{{.name}}|{{if .state.waiting}}waiting|{{with .state.waiting.reason}}{{.}}{{end}}|{{else if .state.running}}running||{{else if .state.terminated}}terminated|{{with .state.terminated.reason}}{{.}}{{end}}|{{.state.terminated.exitCode}}{{else}}unknown||{{end}}|{{.ready}}|{{.restartCount}}|{{with .lastState}}{{with .terminated}}{{with .reason}}{{.}}{{end}}, exit {{.exitCode}}{{end}}{{end}}{{"\n"}}{{end}}'
  section terway-pod
  kc get pods -n "$NS" -l "$TERWAY_POD_SELECTOR" --field-selector "spec.nodeName=$NODE" -o "go-template={{range .items}}{{.metadata.name}}{{\"\\x1e\"}}{{with .status}}{{with .phase}}{{.}}{{end}}{{end}}{{\"\\x1e\"}}{{with .metadata.deletionTimestamp}}{{.}}{{end}}{{\"\\x1e\"}}{{with .status}}{{with .initContainerStatuses}}$cs{{end}}{{end}}{{\"\\x1e\"}}{{with .status}}{{with .containerStatuses}}$cs{{end}}{{end}}{{\"\\x1e\"}}{{\"\\x1d\"}}{{end}}" ||
    true
  rest=$KC_OUT
  while [[ $rest == *$'\x1d'* ]]; do
    rec=${rest%%$'\x1d'*}
    rest=${rest#*$'\x1d'}
    count=$((count + 1))
    if [[ $count -eq 1 ]]; then
      while [[ $rec == *"$FS"* ]]; do
        pod+=("${rec%%"$FS"*}")
        rec=${rec#*"$FS"}
      done
    fi
  done
  if [[ $count -eq 0 ]]; then
    for k in name count phase status ready restarts init_containers containers; do emit "$k" "not found"; done
    return 0
  fi
  while IFS='|' read -r name _ _ _ rdy rs _; do
    [[ -n $name ]] || continue
    total=$((total + 1))
    if [[ $rdy == true ]]; then ready=$((ready + 1)); fi
    restarts=$((restarts + ${rs:-0}))
  done <<<"${pod[4]}"
  emit name "${pod[0]}"
  emit count "$count"
  emit phase "${pod[1]}"
  emit status "$(pod_status "${pod[3]}" "${pod[4]}" "${pod[1]}" "${pod[2]}")"
  emit ready "$ready/$total"
  emit restarts "$restarts"
  emit init_containers "$(container_summary "${pod[3]}")" none
  emit containers "$(container_summary "${pod[4]}")" none
}

main() {
  parse_args "$@"
  if [[ ${#POSITIONAL[@]} -ne 1 ]]; then usage_error "expected exactly one <node-name>"; fi
  NODE=${POSITIONAL[0]}
  require_kubectl
  inspect_node
  inspect_terway_config
  inspect_node_cr
  inspect_terway_pod
  flush
}

main "$@"
