namespace Bulletin.Core.Storage;

/// <summary>
/// The schema as an ordered, append-only list. Never edit or reorder a published step: a database
/// that already applied it would silently diverge. Change the schema by appending a new version.
/// </summary>
public static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, """
            CREATE TABLE items (
                key             TEXT PRIMARY KEY,
                url             TEXT NOT NULL,
                source_id       TEXT NOT NULL,
                title           TEXT NOT NULL,
                published       TEXT NOT NULL,
                language        TEXT NOT NULL,
                issuer          TEXT NOT NULL,
                issuer_reason   TEXT NOT NULL,
                kind            TEXT NOT NULL,
                kind_reason     TEXT NOT NULL,
                translation_key TEXT,
                summary         TEXT,
                first_seen      TEXT NOT NULL,
                last_seen       TEXT NOT NULL
            );
            CREATE INDEX items_published ON items (published);
            CREATE INDEX items_source ON items (source_id);
            """),
        new(2, """
            -- No foreign key to items: a decision must outlive any rewrite of the item row.
            CREATE TABLE decisions (
                id       INTEGER PRIMARY KEY AUTOINCREMENT,
                item_key TEXT NOT NULL,
                field    TEXT NOT NULL,
                value    TEXT NOT NULL,
                editor   TEXT NOT NULL,
                at       TEXT NOT NULL
            );
            CREATE INDEX decisions_item_field ON decisions (item_key, field, at);
            """),
        new(3, """
            CREATE TABLE http_cache (
                url           TEXT PRIMARY KEY,
                final_url     TEXT NOT NULL,
                etag          TEXT,
                last_modified TEXT,
                content_type  TEXT,
                body          BLOB NOT NULL,
                fetched_at    TEXT NOT NULL
            );
            """),
        new(4, """
            CREATE TABLE source_runs (
                id             INTEGER PRIMARY KEY AUTOINCREMENT,
                run_id         TEXT NOT NULL,
                source_id      TEXT NOT NULL,
                started_at     TEXT NOT NULL,
                status         TEXT NOT NULL,
                message        TEXT,
                http_status    INTEGER,
                items_seen     INTEGER NOT NULL,
                items_new      INTEGER NOT NULL,
                duration_ticks INTEGER NOT NULL,
                bytes          INTEGER NOT NULL
            );
            CREATE INDEX source_runs_source ON source_runs (source_id, started_at);
            """),
        new(5, """
            -- Lead URLs that are not an item's own key: redirects, copies on other sites, and pages
            -- that could not be used. Lets a later run skip them without fetching the page again.
            CREATE TABLE url_aliases (
                key         TEXT PRIMARY KEY,
                item_key    TEXT,
                reason      TEXT NOT NULL,
                recorded_at TEXT NOT NULL
            );
            """),
        // Quartz's schedule, so a job missed while the service was down fires when it is back.
        new(8, QuartzSchema.Sql),
    ];
}
