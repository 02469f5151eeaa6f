-- Every running paydeskd registers itself here and beats a heartbeat, so /health/detailed can
-- show the cluster of nodes and background work can tell live nodes from dead ones.
CREATE TABLE nodes (
    id           text PRIMARY KEY,            -- node_... chosen at start-up
    host_name    text NOT NULL,
    pid          integer NOT NULL,
    listen       text NOT NULL,               -- address:port it serves
    version      text NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    heartbeat_at timestamptz NOT NULL DEFAULT now()
);

-- /health/detailed lists the nodes seen recently, newest heartbeat first.
CREATE INDEX nodes_heartbeat_idx ON nodes (heartbeat_at DESC);
