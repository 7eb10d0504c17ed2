"""A throwaway PostgreSQL/PostGIS cluster for the tests, on 127.0.0.1 and a free port.

``start()`` runs ``initdb`` in a new temporary directory, starts the server with ``pg_ctl`` (TCP on
127.0.0.1 only, its socket inside the data directory), creates a database with PostGIS and returns
a :class:`Cluster`; ``Cluster.stop()`` stops the server and deletes the directory. PostgreSQL
refuses to run as root: as root the server runs as the ``postgres`` user (created by Debian's
``postgresql`` package) through ``runuser``. When something is missing, :class:`Unavailable` says
what, and the tests skip with that reason.

Authentication: the superuser ``postgres`` is trusted from 127.0.0.1; every other role must give
its password (scram-sha-256), so a test can prove that a store gets its password from QGIS's
authentication manager.
"""

import atexit
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time

DATABASE = "incident_tracker_test"
SUPERUSER = "postgres"


class Unavailable(Exception):
    pass


def _binaries():
    for directory in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(d.split("/")[-2]),
                            reverse=True):
        initdb, pg_ctl = os.path.join(directory, "initdb"), os.path.join(directory, "pg_ctl")
        if os.access(initdb, os.X_OK) and os.access(pg_ctl, os.X_OK):
            return directory
    raise Unavailable("no PostgreSQL server binaries under /usr/lib/postgresql/*/bin "
                      "(apt-get install postgresql postgresql-15-postgis-3)")


def _has_postgis(bin_dir):
    version = bin_dir.split("/")[-2]
    return bool(glob.glob(f"/usr/share/postgresql/{version}/extension/postgis.control"))


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _runner():
    """(command prefix, uid, gid): as root, run the server as ``postgres``; else as ourselves."""
    if os.geteuid() != 0:
        return [], None, None
    try:
        user = pwd.getpwnam("postgres")
    except KeyError:
        raise Unavailable("running as root and there is no 'postgres' user to run PostgreSQL as") from None
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", "postgres", "--"], user.pw_uid, user.pw_gid
    return ["su", "postgres", "-s", "/bin/sh", "-c"], user.pw_uid, user.pw_gid


def _run(prefix, command, timeout=120):
    if prefix and prefix[0] == "su":
        command = prefix + [" ".join(_quote(c) for c in command)]
    else:
        command = prefix + command
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=timeout,
                            cwd="/")
    if result.returncode != 0:
        raise Unavailable(f"{' '.join(command)[:200]} failed: {result.stdout.strip()[-800:]}")
    return result.stdout


def _quote(text):
    return "'" + text.replace("'", "'\\''") + "'"


class Cluster:
    def __init__(self, bin_dir, directory, port, prefix):
        self.bin_dir, self.directory, self.port, self.prefix = bin_dir, directory, port, prefix
        self.host, self.database, self.superuser = "127.0.0.1", DATABASE, SUPERUSER

    @property
    def data(self):
        return os.path.join(self.directory, "data")

    def uri(self, user=SUPERUSER, database=None):
        """A QgsDataSourceUri connection string (no password)."""
        return f"host={self.host} port={self.port} dbname='{database or self.database}' user='{user}'"

    def connect(self, database=None):
        import psycopg2

        connection = psycopg2.connect(host=self.host, port=self.port, dbname=database or self.database,
                                      user=self.superuser)
        connection.autocommit = True
        return connection

    def execute(self, sql, params=None, database=None):
        connection = self.connect(database)
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall() if cursor.description else None
        finally:
            connection.close()

    def stop(self):
        if not os.path.isdir(self.directory):
            return
        try:
            _run(self.prefix, [os.path.join(self.bin_dir, "pg_ctl"), "-D", self.data, "-m", "fast", "-w", "stop"])
        except Unavailable:
            pass
        shutil.rmtree(self.directory, ignore_errors=True)


def start():
    bin_dir = _binaries()
    if not _has_postgis(bin_dir):
        raise Unavailable(f"PostGIS is not installed for PostgreSQL {bin_dir.split('/')[-2]} "
                          f"(apt-get install postgresql-{bin_dir.split('/')[-2]}-postgis-3)")
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        raise Unavailable("psycopg2 is not installed (apt-get install python3-psycopg2)") from None
    prefix, uid, gid = _runner()
    directory = tempfile.mkdtemp(prefix="incident-tracker-pg-")
    if uid is not None:
        os.chown(directory, uid, gid)
    data = os.path.join(directory, "data")
    try:
        _run(prefix, [os.path.join(bin_dir, "initdb"), "-D", data, "-U", SUPERUSER, "-E", "UTF8",
                      "--locale=C.UTF-8" if _has_locale("C.UTF-8") else "--locale=C", "-A", "trust"])
        with open(os.path.join(data, "pg_hba.conf"), "w") as hba:
            hba.write("local all all trust\n"
                      f"host all {SUPERUSER} 127.0.0.1/32 trust\n"
                      "host all all 127.0.0.1/32 scram-sha-256\n")
        for attempt in range(3):
            port = _free_port()
            options = f"-c listen_addresses=127.0.0.1 -p {port} -k {data} -c fsync=off -c max_connections=60"
            try:
                _run(prefix, [os.path.join(bin_dir, "pg_ctl"), "-D", data, "-l", os.path.join(directory, "log"),
                              "-o", options, "-w", "-t", "60", "start"])
                break
            except Unavailable:
                if attempt == 2:
                    raise Unavailable("PostgreSQL did not start: " + _tail(os.path.join(directory, "log")))
                time.sleep(0.5)
        cluster = Cluster(bin_dir, directory, port, prefix)
        atexit.register(cluster.stop)  # also when the session ends without its fixture teardown
        cluster.execute(f"CREATE DATABASE {DATABASE}", database="postgres")
        cluster.execute("CREATE EXTENSION postgis")
        return cluster
    except BaseException:
        Cluster(bin_dir, directory, 0, prefix).stop()
        raise


def _has_locale(name):
    try:
        output = subprocess.run(["locale", "-a"], stdout=subprocess.PIPE, text=True).stdout.lower()
    except OSError:
        return False
    return name.lower().replace("-", "") in output.replace("-", "")


def _tail(path):
    try:
        with open(path) as f:
            return f.read()[-800:]
    except OSError:
        return "(no log)"
