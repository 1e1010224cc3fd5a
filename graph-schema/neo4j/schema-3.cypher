// Neo4j 3.x schema (3.1 and later 3.x). One statement per line, each run as its own auto-commit call:
// 3.x refuses schema and data changes in one transaction. Re-running a statement that exists is a no-op.
CREATE CONSTRAINT ON (a:Actor) ASSERT a.id IS UNIQUE;
CREATE CONSTRAINT ON (r:Article) ASSERT r.id IS UNIQUE;
CREATE CONSTRAINT ON (d:Redirect) ASSERT d.id IS UNIQUE;
CREATE INDEX ON :Redirect(actor);
CREATE INDEX ON :Merge(merged);
CREATE INDEX ON :Actor(sortName);
CREATE INDEX ON :NameKey(key);
CREATE INDEX ON :NameKey(actor);
