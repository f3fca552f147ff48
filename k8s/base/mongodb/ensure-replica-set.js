// Brings the MongoDB of one Polku service to its working state and says whether it is there (exit 0) or not yet
// (exit 1). Idempotent; run with mongosh against 127.0.0.1 inside the member's own network namespace, where
// MongoDB's localhost exception allows the first steps before any user exists:
//   1. initiate the replica set $MONGO_REPLICA_SET with the members $MONGO_REPLICA_MEMBERS (host:port, comma-separated)
//   2. once this member is primary, create the administrator $MONGO_ROOT_USERNAME
//   3. create the service's own user $MONGO_APP_USERNAME with readWrite on $MONGO_APP_DATABASE only
// docker-compose.yml runs it as the healthcheck; on Kubernetes a sidecar of the first member runs it in a loop.
const env = process.env;
const required = ['MONGO_REPLICA_SET', 'MONGO_REPLICA_MEMBERS', 'MONGO_ROOT_USERNAME', 'MONGO_ROOT_PASSWORD',
  'MONGO_APP_DATABASE', 'MONGO_APP_USERNAME', 'MONGO_APP_PASSWORD'];
for (const name of required) {
  if (!env[name]) {
    print(`${name} is not set`);
    quit(2);
  }
}
const admin = db.getSiblingDB('admin');
let authenticated = false;
try {
  authenticated = admin.auth(env.MONGO_ROOT_USERNAME, env.MONGO_ROOT_PASSWORD).ok === 1;
} catch (e) {
  // no administrator yet: the localhost exception applies
}

let initiated = true;
try {
  rs.status();
} catch (e) {
  if (e.codeName !== 'NotYetInitialized') {
    throw e;
  }
  initiated = false;
}
if (!initiated) {
  const members = env.MONGO_REPLICA_MEMBERS.split(',').map((host, i) => ({ _id: i, host: host.trim(), priority: i === 0 ? 2 : 1 }));
  rs.initiate({ _id: env.MONGO_REPLICA_SET, members });
  print(`initiated replica set ${env.MONGO_REPLICA_SET} with ${members.length} member(s)`);
  quit(1);
}
if (!db.hello().isWritablePrimary) {
  // a secondary is healthy once it follows a primary; the primary does the set-up
  quit(authenticated || db.hello().primary ? 0 : 1);
}
if (!authenticated) {
  admin.createUser({ user: env.MONGO_ROOT_USERNAME, pwd: env.MONGO_ROOT_PASSWORD, roles: [{ role: 'root', db: 'admin' }] });
  admin.auth(env.MONGO_ROOT_USERNAME, env.MONGO_ROOT_PASSWORD);
  print(`created the administrator ${env.MONGO_ROOT_USERNAME}`);
}
const appDb = db.getSiblingDB(env.MONGO_APP_DATABASE);
if (appDb.getUser(env.MONGO_APP_USERNAME) === null) {
  appDb.createUser({ user: env.MONGO_APP_USERNAME, pwd: env.MONGO_APP_PASSWORD,
    roles: [{ role: 'readWrite', db: env.MONGO_APP_DATABASE }] });
  print(`created ${env.MONGO_APP_USERNAME} with readWrite on ${env.MONGO_APP_DATABASE}`);
}
quit(0);
