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
        new(6, """
            -- Approved drafts, frozen: the items as approved (for "what changed") and the three texts
            -- exactly as exported, so a later template or decision change never rewrites a published version.
            CREATE TABLE draft_versions (
                window_from TEXT NOT NULL,
                window_to   TEXT NOT NULL,
                version     INTEGER NOT NULL,
                approved_by TEXT NOT NULL,
                approved_at TEXT NOT NULL,
                model_json  TEXT NOT NULL,
                items_json  TEXT NOT NULL,
                html        TEXT NOT NULL,
                markdown    TEXT NOT NULL,
                text        TEXT NOT NULL,
                PRIMARY KEY (window_from, window_to, version)
            );
            -- The version each editor last saw of each week's draft, for "what changed since I last looked".
            CREATE TABLE editor_views (
                editor            TEXT NOT NULL,
                window_from       TEXT NOT NULL,
                window_to         TEXT NOT NULL,
                last_seen_version INTEGER NOT NULL,
                seen_at           TEXT NOT NULL,
                PRIMARY KEY (editor, window_from, window_to)
            );
            """),
        new(7, """
            -- Names of issuers learned from editors' corrections and from past bulletins. Only
            -- accepted ones reach the issuer directory; proposed ones wait for an editor.
            CREATE TABLE learned_names (
                id       INTEGER PRIMARY KEY AUTOINCREMENT,
                name     TEXT NOT NULL,
                name_key TEXT NOT NULL,
                issuer   TEXT NOT NULL,
                issuer_key TEXT NOT NULL,
                origin   TEXT NOT NULL,
                evidence TEXT NOT NULL,
                status   TEXT NOT NULL,
                at       TEXT NOT NULL,
                UNIQUE (name_key, issuer_key)
            );
            CREATE INDEX learned_names_status ON learned_names (status);
            """),
        // Quartz's schedule, so a job missed while the service was down fires when it is back.
        new(8, QuartzSchema.Sql),
        new(9, """
            -- The words an issuer attribution rests on, so learning reads names without parsing the reason.
            ALTER TABLE items ADD COLUMN issuer_quote TEXT;
            """),
        new(10, """
            -- How sure attribution and the kind classifier were, and the issuers they weighed, so the
            -- review page can put uncertain items first and offer the alternatives.
            ALTER TABLE items ADD COLUMN issuer_confidence REAL NOT NULL DEFAULT 1;
            ALTER TABLE items ADD COLUMN kind_confidence REAL NOT NULL DEFAULT 1;
            ALTER TABLE items ADD COLUMN issuer_candidates TEXT NOT NULL DEFAULT '[]';
            -- What each item's page and lead said (mentions, labels, text), so a directory change or a
            -- rule fix re-attributes stored items without fetching them again.
            CREATE TABLE item_evidence (
                key       TEXT PRIMARY KEY,
                source_id TEXT NOT NULL,
                evidence  TEXT NOT NULL
            );
            """),
        new(11, """
            -- The offset the page stated its publication time with, in minutes east of UTC, so an item
            -- published at 23:30 -04:00 keeps its own day; "published" stays UTC for ordering and ranges.
            ALTER TABLE items ADD COLUMN published_offset INTEGER;
            """),
        new(12, """
            -- One random stamp per editor, carried in their sign-in cookie and checked on every request;
            -- signing out replaces it, so every saved copy of that editor's cookie stops working.
            CREATE TABLE editor_stamps (
                editor TEXT PRIMARY KEY COLLATE NOCASE,
                stamp  TEXT NOT NULL
            );
            """),
    ];
}
