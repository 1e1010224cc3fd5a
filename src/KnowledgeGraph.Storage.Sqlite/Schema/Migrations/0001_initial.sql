-- The first schema. Enum values are stored by their wire names so the file reads the same as the import format.
-- Rows carry an integer seq (the rowid) that the in-memory read model uses as its index; ids are the public keys.
-- Checks on enum columns are chains of OR, not IN lists: SQLite builds an IN list afresh for every row a statement
-- inserts, which more than doubled the cost of a bulk insert of ties (measured: 8 µs a row against 3.5 µs).

CREATE TABLE article (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT,
    publisher TEXT,
    url TEXT,
    published_start TEXT,
    published_precision TEXT NOT NULL
        CHECK (published_precision = 'DAY' OR published_precision = 'MONTH' OR published_precision = 'YEAR' OR published_precision = 'UNKNOWN'),
    note TEXT,
    text TEXT NOT NULL
);

CREATE TABLE actor (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL
        CHECK (kind = 'FACTION' OR kind = 'PERSON' OR kind = 'GOVERNMENT'),
    name TEXT NOT NULL,
    aliases TEXT NOT NULL CHECK (json_valid(aliases)),
    description TEXT,
    wikidata TEXT
);

-- The id of every actor merged away, pointing at the live actor it resolves to now.
CREATE TABLE actor_redirect (
    id TEXT PRIMARY KEY,
    actor INTEGER NOT NULL REFERENCES actor (seq)
) WITHOUT ROWID;

CREATE INDEX actor_redirect_by_actor ON actor_redirect (actor);

CREATE TABLE tie (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL
        CHECK (type = 'LEADS' OR type = 'AFFILIATED_WITH' OR type = 'MET_WITH' OR type = 'ATTACKED'),
    source INTEGER NOT NULL REFERENCES actor (seq),
    target INTEGER NOT NULL REFERENCES actor (seq),
    article INTEGER NOT NULL REFERENCES article (seq),
    date_start TEXT,
    date_precision TEXT NOT NULL
        CHECK (date_precision = 'DAY' OR date_precision = 'MONTH' OR date_precision = 'YEAR' OR date_precision = 'UNKNOWN'),
    location TEXT,
    evidence TEXT NOT NULL,
    note TEXT,
    retracted_reason TEXT,
    retracted_by TEXT,
    retracted_at TEXT
);

CREATE TABLE merge_record (
    seq INTEGER PRIMARY KEY,
    kept TEXT NOT NULL,
    merged TEXT NOT NULL,
    merged_by TEXT NOT NULL,
    merged_at TEXT NOT NULL,
    reason TEXT NOT NULL
);
