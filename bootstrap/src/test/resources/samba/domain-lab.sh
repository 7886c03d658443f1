#!/usr/bin/env bash
# A throw-away Active Directory domain (Samba AD DC) on a loopback address, for SambaDomainIT.
#
#   domain-lab.sh up DIR           the namespace's first process: run it under
#                                  unshare --net --mount --pid --uts --fork --kill-child
#                                  --mount-proc (killing unshare ends the lab)
#   domain-lab.sh setpassword DIR  reset the computer account's password on the DC
#   domain-lab.sh delete DIR       delete the computer account
#   domain-lab.sh join DIR         join again (adcli), writing the keytab in DIR
#
# The other subcommands run inside the namespaces (nsenter -t PID -n -m -p). Everything lives in
# DIR: the DC's files, krb5.conf, hosts, resolv.conf, the machine keytab and the logs. The host's
# /etc/hosts, /etc/resolv.conf, /etc/samba and Samba's /var and /run folders are covered by
# bind mounts and tmpfs inside the mount namespace, so nothing outside DIR is written, and every
# process dies with the namespace.
set -euo pipefail

REALM=LAB.SESSIONHOST.TEST
DOMAIN=lab.sessionhost.test
WORKGROUP=LAB
DC_IP=127.0.0.2
DC_NAME=dc1
HOST_NAME=host1
ADMIN_PASSWORD='Lab-Admin-Pass1'
READY_DEADLINE_SECONDS=60

command=${1:?usage: domain-lab.sh up|setpassword|delete|join DIR}
dir=${2:?usage: domain-lab.sh $command DIR}
dc_conf=$dir/dc/etc/smb.conf
export KRB5_CONFIG=$dir/krb5.conf
export LC_ALL=C
export TMPDIR=$dir

log() { echo "domain-lab: $*" >&2; }

isolate() {
  [ "$$" = 1 ] || { log "up must be the namespace's first process (unshare --pid --fork)"; exit 2; }
  mount --make-rprivate /
  ip link set lo up
  ip addr add "$DC_IP/8" dev lo 2>/dev/null || true
  hostname "$HOST_NAME"
  mount -t tmpfs -o mode=0755 tmpfs /run
  mkdir -p /run/samba
  for folder in /var/lib/samba /var/cache/samba /var/log/samba /etc/samba; do
    if [ -d "$folder" ]; then mount -t tmpfs -o mode=0755 tmpfs "$folder"; fi
  done
  printf '127.0.0.1 localhost\n%s %s.%s %s\n127.0.0.1 %s.%s %s\n' \
    "$DC_IP" "$DC_NAME" "$DOMAIN" "$DC_NAME" "$HOST_NAME" "$DOMAIN" "$HOST_NAME" > "$dir/hosts"
  printf 'nameserver %s\nsearch %s\n' "$DC_IP" "$DOMAIN" > "$dir/resolv.conf"
  mount --bind "$dir/hosts" /etc/hosts
  mount --bind "$dir/resolv.conf" /etc/resolv.conf
  cat > "$dir/krb5.conf" <<EOF
[libdefaults]
    default_realm = $REALM
    dns_lookup_kdc = false
    dns_lookup_realm = false
    rdns = false
[realms]
    $REALM = {
        kdc = $DC_IP
        admin_server = $DC_IP
    }
[domain_realm]
    .$DOMAIN = $REALM
    $DOMAIN = $REALM
EOF
}

# What a member host configured by realmd or by hand has: this is what DomainJoinedCheck reads.
# Written after provisioning, which would otherwise take it as its starting point.
configure_member() {
  if [ -d /etc/samba ]; then
    printf '[global]\n    security = ads\n    realm = %s\n    workgroup = %s\n' \
      "$REALM" "$WORKGROUP" > /etc/samba/smb.conf
  fi
}

provision() {
  samba-tool domain provision --realm="$REALM" --domain="$WORKGROUP" --server-role=dc \
    --dns-backend=SAMBA_INTERNAL --adminpass="$ADMIN_PASSWORD" --host-name="$DC_NAME" \
    --host-ip="$DC_IP" --targetdir="$dir/dc" --option="interfaces = $DC_IP" \
    --option="bind interfaces only = yes" > "$dir/provision.log" 2>&1 \
    || { log "provisioning failed:"; tail -20 "$dir/provision.log" >&2; exit 3; }
  # the host's resolver must not leak in; the previous password must stop working at once
  sed -i '/dns forwarder/d' "$dc_conf"
  sed -i "/^\[global\]/a\\
\tdisable netbios = yes\\
\told password allowed period = 0\\
\tserver services = ldap cldap kdc dns\\
\tlog file = $dir/samba.log\\
\tpid directory = $dir/dc/run\\
\tncalrpc dir = $dir/dc/run/ncalrpc" "$dc_conf"
  mkdir -p "$dir/dc/run"
}

wait_for_port() {
  local port=$1 deadline=$((SECONDS + READY_DEADLINE_SECONDS))
  until (exec 3<>"/dev/tcp/$DC_IP/$port") 2>/dev/null; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "port $port of $DC_IP not accepting after ${READY_DEADLINE_SECONDS}s"
      tail -20 "$dir/samba.out" >&2 || true
      exit 4
    fi
    if ! kill -0 "$samba_pid" 2>/dev/null; then
      log "samba exited"; tail -20 "$dir/samba.out" >&2 || true; exit 4
    fi
    sleep 0.2
  done
}

join() {
  # a fresh keytab each time, as a newly joined host has: old keys must not mask the new ones
  rm -f "$dir/krb5.keytab"
  printf '%s' "$ADMIN_PASSWORD" | adcli join --domain="$DOMAIN" --domain-realm="$REALM" \
    --domain-controller="$DC_NAME.$DOMAIN" --computer-name="${HOST_NAME^^}" \
    --host-fqdn="$HOST_NAME.$DOMAIN" --host-keytab="$dir/krb5.keytab" \
    --login-user=Administrator --stdin-password --verbose > "$dir/join.log" 2>&1 \
    || { log "adcli join failed:"; tail -20 "$dir/join.log" >&2; exit 5; }
}

case $command in
  up)
    isolate
    provision
    configure_member
    samba -M single -F -s "$dc_conf" --debug-stdout -d 1 > "$dir/samba.out" 2>&1 &
    samba_pid=$!
    wait_for_port 88
    wait_for_port 389
    # the DC's ldap/ names, which adcli's LDAP bind asks a ticket for, are added by this tool; run
    # it now rather than wait for samba's dnsupdate task to get to it
    samba_spnupdate -s "$dc_conf" > "$dir/spnupdate.log" 2>&1 \
      || { log "samba_spnupdate failed:"; tail -20 "$dir/spnupdate.log" >&2; exit 4; }
    join
    echo "$samba_pid" > "$dir/ready"
    # the namespace lives as long as samba does; the test ends both by killing this process
    wait "$samba_pid"
    ;;
  setpassword)
    samba-tool user setpassword "${HOST_NAME^^}\$" --newpassword="Reset-$RANDOM-Pass1x" \
      -s "$dc_conf" > /dev/null
    ;;
  delete)
    samba-tool computer delete "${HOST_NAME^^}" -s "$dc_conf" > /dev/null
    ;;
  join)
    join
    ;;
  *)
    log "unknown command: $command"
    exit 2
    ;;
esac
