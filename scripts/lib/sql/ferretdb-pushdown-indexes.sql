-- FerretDB 1.24 (PostgreSQL backend) pushes a top-level equality filter down
-- as `_jsonb->'field' @> '<json value>'` (the field name arrives as a bound
-- parameter, which PostgreSQL folds into a constant under a custom plan).
-- The B-tree indexes FerretDB creates for `createIndexes` cannot serve `@>`,
-- so no query ever used an index. This event trigger gives every top-level key
-- of every index FerretDB creates a GIN (jsonb_path_ops) twin that does serve
-- `@>`: the indexes declared in the mongoose schemas then work here as they do
-- on MongoDB. Dotted keys are not pushed down by FerretDB and get no twin.
CREATE OR REPLACE FUNCTION onetrip_pushdown_indexes() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
  cmd record;
  def text;
  tbl regclass;
  field text[];
  twin text;
BEGIN
  FOR cmd IN SELECT objid FROM pg_event_trigger_ddl_commands() WHERE command_tag = 'CREATE INDEX' LOOP
    def := pg_get_indexdef(cmd.objid);
    CONTINUE WHEN def LIKE '% USING gin %';
    SELECT indrelid::regclass INTO tbl FROM pg_index WHERE indexrelid = cmd.objid;
    CONTINUE WHEN tbl IS NULL OR tbl::text LIKE '%._ferretdb_%';
    FOR field IN SELECT regexp_matches(def, '\(_jsonb -> ''([^'']+)''::text\)(?! ->)', 'g') LOOP
      twin := left(split_part(tbl::text, '.', 2), 40) || '_' || left(md5(field[1]), 10) || '_gin';
      EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %s USING gin ((_jsonb -> %L) jsonb_path_ops)', twin, tbl, field[1]);
    END LOOP;
  END LOOP;
END
$$;

DROP EVENT TRIGGER IF EXISTS onetrip_pushdown_indexes;
CREATE EVENT TRIGGER onetrip_pushdown_indexes ON ddl_command_end
  WHEN TAG IN ('CREATE INDEX')
  EXECUTE FUNCTION onetrip_pushdown_indexes();
