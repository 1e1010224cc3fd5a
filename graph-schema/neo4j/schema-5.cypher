// Neo4j 4.4, 5.x and calendar versions. One statement per line, each run as its own auto-commit call.
// IF NOT EXISTS makes every statement safe to run again at every start.
CREATE CONSTRAINT kg_actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT kg_article_id IF NOT EXISTS FOR (r:Article) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT kg_redirect_id IF NOT EXISTS FOR (d:Redirect) REQUIRE d.id IS UNIQUE;
CREATE INDEX kg_redirect_actor IF NOT EXISTS FOR (d:Redirect) ON (d.actor);
CREATE INDEX kg_merge_merged IF NOT EXISTS FOR (m:Merge) ON (m.merged);
CREATE INDEX kg_actor_sort_name IF NOT EXISTS FOR (a:Actor) ON (a.sortName);
CREATE INDEX kg_tie_id IF NOT EXISTS FOR ()-[t:TIE]-() ON (t.id);
CREATE INDEX kg_tie_article IF NOT EXISTS FOR ()-[t:TIE]-() ON (t.article);
CREATE INDEX kg_name_key IF NOT EXISTS FOR (k:NameKey) ON (k.key);
CREATE INDEX kg_name_key_actor IF NOT EXISTS FOR (k:NameKey) ON (k.actor);
