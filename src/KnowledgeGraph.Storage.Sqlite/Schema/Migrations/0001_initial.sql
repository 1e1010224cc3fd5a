-- The first schema. Enum values are stored by their wire names so the file reads the same as the import format.
-- Rows carry an integer seq (the rowid) that the in-memory read model uses as its index; ids are the public keys.

CREATE TABLE article (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT,
    publisher TEXT,
    url TEXT,
    published_start TEXT,
    published_precision TEXT NOT NULL CHECK (published_precision IN ('DAY', 'MONTH', 'YEAR', 'UNKNOWN')),
    note TEXT,
    text TEXT NOT NULL
);

CREATE TABLE actor (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('FACTION', 'PERSON', 'GOVERNMENT')),
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
    type TEXT NOT NULL CHECK (type IN ('LEADS', 'AFFILIATED_WITH', 'MET_WITH', 'ATTACKED')),
    source INTEGER NOT NULL REFERENCES actor (seq),
    target INTEGER NOT NULL REFERENCES actor (seq),
    article INTEGER NOT NULL REFERENCES article (seq),
    date_start TEXT,
    date_precision TEXT NOT NULL CHECK (date_precision IN ('DAY', 'MONTH', 'YEAR', 'UNKNOWN')),
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
