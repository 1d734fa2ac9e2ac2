# bench-io.sh: export and import rows of the benchmark, sourced by bench.sh
# (which defines row, run, field, ratio, verdict, ms, mb, $dir, $at).
#
# The references are SQLite's own shell on the same rows: sqlite3 -csv of the
# five kinds with herstel's twenty-one columns, and .import of herstel's CSV
# plus INSERT ... SELECT into the journal's tables, in one transaction. Both
# sides start each import from the same empty journal that herstel made.
# These runs are long (1,000,000 rows): BENCH_IO_RUNS (3) each, no warm-up
# for the imports.

io_runs=${BENCH_IO_RUNS:-3}
csv=$dir/stress.csv

cat > "$dir/export.sql" <<'SQL'
SELECT 'set', l.date, l.time, e.name, l.weight_kg, l.bodyweight, l.reps, l.rpe,
 l.kind = 'warmup', NULL, NULL, NULL, NULL, NULL, l.note, NULL, NULL, l.kind, l.seconds,
 l.distance_m, l.superset FROM lift l JOIN exercise e ON e.id = l.exercise_id
 WHERE l.removed_by IS NULL ORDER BY l.date, l.time, l.id;
SELECT 'soreness', date, time, NULL, NULL, NULL, NULL, NULL, NULL, grp, level, NULL, NULL, NULL,
 NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM soreness WHERE removed_by IS NULL
 ORDER BY date, time, id;
SELECT 'sleep', date, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, hours, quality, NULL,
 NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM sleep WHERE removed_by IS NULL ORDER BY date;
SELECT 'day', date, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, kind, note,
 NULL, NULL, NULL, NULL, NULL, NULL FROM day WHERE removed_by IS NULL ORDER BY date;
SELECT 'activity', date, time, name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
 note, NULL, NULL, NULL, seconds, distance_m, NULL FROM activity WHERE removed_by IS NULL
 ORDER BY date, time, id;
SQL

cat > "$dir/import.sql" <<SQL
.import --csv $csv incoming
BEGIN;
INSERT INTO batch (what) VALUES ('import');
INSERT INTO exercise (name) SELECT DISTINCT exercise FROM incoming WHERE kind = 'set';
INSERT INTO lift (date, time, exercise_id, weight_kg, bodyweight, reps, rpe, kind, note, batch,
 seconds, distance_m, superset)
 SELECT i.date, i.time, e.id, i.weight_kg, i.bodyweight, i.reps, NULLIF(i.rpe, ''), i.set_kind,
 i.note, (SELECT max(id) FROM batch), NULLIF(i.seconds, ''), NULLIF(i.distance_m, ''),
 NULLIF(i.superset, '') FROM incoming i JOIN exercise e ON e.name = i.exercise
 WHERE i.kind = 'set';
INSERT INTO soreness (date, time, grp, level, batch) SELECT date, time, "group", level,
 (SELECT max(id) FROM batch) FROM incoming WHERE kind = 'soreness';
INSERT INTO sleep (date, hours, quality, batch) SELECT date, hours, NULLIF(quality, ''),
 (SELECT max(id) FROM batch) FROM incoming WHERE kind = 'sleep';
INSERT INTO day (date, kind, note, batch) SELECT date, NULLIF(day, ''), note,
 (SELECT max(id) FROM batch) FROM incoming WHERE kind = 'day';
DROP TABLE incoming;
COMMIT;
SQL

"$HERSTEL" --db "$dir/stress.db" --at "$at" export --format csv > "$csv" || exit 1
# An empty journal herstel made: undo writes (a reader, like status, now
# creates nothing), and finds nothing to take back.
"$HERSTEL" --db "$dir/empty.db" --at "$at" undo > /dev/null || exit 1
sync

ex=$("$BENCH_TOOL" exec "$io_runs" "$HERSTEL" --db "$dir/stress.db" --at "$at" export \
    --format csv) || exit 1
ref=$("$BENCH_TOOL" exec "$io_runs" "$sqlite3" -csv "$dir/stress.db" ".read $dir/export.sql") \
    || exit 1
m=$(field "$ex" median_ms)
r=$(ratio "$m" "$(field "$ref" median_ms)")
row "export --format csv, stress (median of $io_runs)" "$(ms "$m")" \
    "$(ms "$(field "$ref" median_ms)") (sqlite3 -csv)" "${r}x" "≤ 1.5x" "$(verdict "$r" 1.5)"
export_rss=$(field "$ex" maxrss_kb)

im=$("$BENCH_TOOL" cold "${BENCH_IMPORT_RUNS:-1}" sh -c 'cp "$1/empty.db" "$1/in.db" &&
    exec "$2" --db "$1/in.db" --at "$3" import "$4"' sh "$dir" "$HERSTEL" "$at" "$csv") || exit 1
ref=$("$BENCH_TOOL" cold "$io_runs" sh -c 'cp "$1/empty.db" "$1/ref.db" &&
    exec "$2" "$1/ref.db" ".read $1/import.sql"' sh "$dir" "$sqlite3") || exit 1
rm -f "$dir"/in.db* "$dir"/ref.db*
m=$(field "$im" median_ms)
r=$(ratio "$m" "$(field "$ref" median_ms)")
row "import of stress's CSV into an empty journal (herstel: ${BENCH_IMPORT_RUNS:-1} run)" \
    "$(ms "$m")" "$(ms "$(field "$ref" median_ms)") (.import + INSERT ... SELECT)" "${r}x" \
    "≤ 1.5x" "$(verdict "$r" 1.5)"
import_rss=$(field "$im" maxrss_kb)
