#!/bin/bash
# Starts the MongoDB of one Polku service as a member of replica set $MONGO_REPLICA_SET with access control.
# Used by docker-compose.yml (a single-node replica set) and by the StatefulSets under k8s/ (one script, two homes).
# A replica set with authentication needs a key file: from $MONGO_KEYFILE_FROM (a mounted Secret: every member
# must share it) or, for a single node, generated on first start.
set -euo pipefail
: "${MONGO_REPLICA_SET:?MONGO_REPLICA_SET must name the replica set}"
key=/data/configdb/replica-set.key
if [ -n "${MONGO_KEYFILE_FROM:-}" ]; then
  install -m 0400 "${MONGO_KEYFILE_FROM}" "${key}"
elif [ ! -s "${key}" ]; then
  (umask 0277 && head -c 756 /dev/urandom | base64 -w 0 > "${key}")
fi
chmod 0400 "${key}"
if [ "$(id -u)" = "0" ]; then
  chown mongodb:mongodb "${key}"
fi
exec docker-entrypoint.sh mongod --replSet "${MONGO_REPLICA_SET}" --keyFile "${key}" --bind_ip_all
