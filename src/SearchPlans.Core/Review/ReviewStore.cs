using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SearchPlans.Review;

/// <summary>
/// The reviewers' judgements in an SQLite file beside the index folder (<c>index.reviews.sqlite</c> for <c>index/</c>).
/// Beside, not inside: re-indexing swaps the whole folder, and the judgements must outlive it. The file is created by
/// the first judgement; until then every read is empty.
/// </summary>
public sealed class ReviewStore(string databasePath, TimeProvider? clock = null)
{
    public const string FileSuffix = ".reviews.sqlite";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS judgements (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('confirmed', 'rejected', 'added')),
            kind TEXT NOT NULL CHECK (kind IN ('equivalent', 'related', 'none')),
            note TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            judged_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS judgements_by_source ON judgements (source);
        CREATE INDEX IF NOT EXISTS judgements_by_target ON judgements (target);
        """;

    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public string DatabasePath { get; } = Path.GetFullPath(databasePath);

    /// <summary>The store that belongs to an index folder.</summary>
    public static ReviewStore ForIndex(string indexDirectory, TimeProvider? clock = null) => new(PathFor(indexDirectory), clock);

    public static string PathFor(string indexDirectory) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(indexDirectory)) + FileSuffix;

    public LinkJudgement Record(JudgementDraft draft)
    {
        using var connection = Open(SqliteOpenMode.ReadWriteCreate);
        using (var schema = connection.CreateCommand())
        {
            // Write-ahead logging lets readers go on while one reviewer writes, and the busy timeout (the connection's
            // DefaultTimeout) makes concurrent writers wait their turn instead of failing with "database is locked".
            schema.CommandText = "PRAGMA journal_mode = WAL;" + Schema;
            schema.ExecuteNonQuery();
        }
        var judgedAt = clock.GetUtcNow();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO judgements (source, target, verdict, kind, note, reviewer, judged_at)
            VALUES ($source, $target, $verdict, $kind, $note, $reviewer, $judgedAt)
            RETURNING id
            """;
        insert.Parameters.AddWithValue("$source", draft.Source);
        insert.Parameters.AddWithValue("$target", draft.Target);
        insert.Parameters.AddWithValue("$verdict", StoredNames.Of(draft.Verdict));
        insert.Parameters.AddWithValue("$kind", StoredNames.Of(draft.Kind));
        insert.Parameters.AddWithValue("$note", draft.Note);
        insert.Parameters.AddWithValue("$reviewer", draft.Reviewer);
        insert.Parameters.AddWithValue("$judgedAt", judgedAt.ToString("O", CultureInfo.InvariantCulture));
        var id = (long)insert.ExecuteScalar()!;
        return new LinkJudgement(id, draft.Source, draft.Target, draft.Verdict, draft.Kind, draft.Note, draft.Reviewer, judgedAt);
    }

    /// <summary>
    /// Undoes a judgement in force: it is removed, and the pair's judgement before it, if any, is in force again. A
    /// judgement another has since replaced is history and stays.
    /// </summary>
    /// <returns>The judgement undone; null when no judgement in force has that id.</returns>
    public LinkJudgement? Undo(long id)
    {
        if (Current().FirstOrDefault(j => j.Id == id) is not { } inForce)
            return null;
        using var connection = Open(SqliteOpenMode.ReadWrite);
        using var delete = connection.CreateCommand();
        // Checked again in the statement: another reviewer may have judged the pair since it was read.
        delete.CommandText = """
            DELETE FROM judgements WHERE id = $id AND NOT EXISTS (
                SELECT 1 FROM judgements later WHERE later.id > $id
                AND ((later.source = $source AND later.target = $target) OR (later.source = $target AND later.target = $source)))
            """;
        delete.Parameters.AddWithValue("$id", id);
        delete.Parameters.AddWithValue("$source", inForce.Source);
        delete.Parameters.AddWithValue("$target", inForce.Target);
        return delete.ExecuteNonQuery() == 1 ? inForce : null;
    }

    /// <summary>Every judgement ever recorded, oldest first.</summary>
    public IReadOnlyList<LinkJudgement> History() => Select("", null);

    /// <summary>The judgements in force on pairs that include one requirement, newest first.</summary>
    public IReadOnlyList<LinkJudgement> CurrentFor(string requirementId) =>
        InForce(Select("WHERE source = $id OR target = $id", requirementId));

    /// <summary>The judgement in force for each pair (the latest, whichever direction it was made in), newest first.</summary>
    public IReadOnlyList<LinkJudgement> Current() => InForce(History());

    private static List<LinkJudgement> InForce(IEnumerable<LinkJudgement> history) =>
        [.. history.GroupBy(j => j.Pair).Select(g => g.MaxBy(j => j.Id)!).OrderByDescending(j => j.Id)];

    private List<LinkJudgement> Select(string where, string? requirementId)
    {
        if (!File.Exists(DatabasePath))
            return [];
        using var connection = Open(SqliteOpenMode.ReadOnly);
        using var select = connection.CreateCommand();
        select.CommandText = $"SELECT id, source, target, verdict, kind, note, reviewer, judged_at FROM judgements {where} ORDER BY id";
        if (requirementId is not null)
            select.Parameters.AddWithValue("$id", requirementId);
        using var reader = select.ExecuteReader();
        var judgements = new List<LinkJudgement>();
        while (reader.Read())
        {
            judgements.Add(new LinkJudgement(reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                StoredNames.Verdict(reader.GetString(3)), StoredNames.Kind(reader.GetString(4)), reader.GetString(5), reader.GetString(6),
                DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
        }
        return judgements;
    }

    private SqliteConnection Open(SqliteOpenMode mode)
    {
        // No pooling: judgements are rare, and a pooled handle would keep the file open after the store is gone.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        using var wait = connection.CreateCommand();
        // SQLite's own busy handler, so a lock held by another process is waited for too, not only within this one.
        wait.CommandText = "PRAGMA busy_timeout = 30000;";
        wait.ExecuteNonQuery();
        return connection;
    }
}
