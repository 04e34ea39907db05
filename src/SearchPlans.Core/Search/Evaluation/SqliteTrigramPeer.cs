using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SearchPlans.Index;
using SearchPlans.Model;

namespace SearchPlans.Search.Evaluation;

/// <summary>
/// The peer the bench and eval-search compare with: SQLite FTS5 with its trigram tokenizer over the same requirement texts
/// (text and criteria, as we index them), with the filter columns stored unindexed.
/// </summary>
public sealed class SqliteTrigramPeer : IDisposable
{
    private readonly SqliteConnection connection;

    private SqliteTrigramPeer(SqliteConnection connection, string path, double buildSeconds)
    {
        this.connection = connection;
        Path = path;
        BuildSeconds = buildSeconds;
    }

    public string Path { get; }

    public double BuildSeconds { get; }

    public long SizeOnDisk => new FileInfo(Path).Length;

    public static SqliteTrigramPeer Build(Corpus corpus, string path)
    {
        var clock = Stopwatch.StartNew();
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "CREATE VIRTUAL TABLE req USING fts5(id UNINDEXED, jurisdiction UNINDEXED, level UNINDEXED, year UNINDEXED, text, tokenize = 'trigram')");
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO req (id, jurisdiction, level, year, text) VALUES ($id, $j, $l, $y, $t)";
            var (id, j, l, y, t) = (insert.Parameters.Add("$id", SqliteType.Text), insert.Parameters.Add("$j", SqliteType.Text),
                insert.Parameters.Add("$l", SqliteType.Text), insert.Parameters.Add("$y", SqliteType.Integer), insert.Parameters.Add("$t", SqliteType.Text));
            foreach (var plan in corpus.Plans)
            {
                foreach (var r in plan.Requirements)
                {
                    (id.Value, j.Value, l.Value, y.Value) = (r.Id, plan.Jurisdiction.Name, ExactTerms.Level(plan.Jurisdiction.Level), (object?)plan.Year ?? DBNull.Value);
                    t.Value = SearchableText.Compose(r.Text, [.. r.Criteria]);
                    insert.ExecuteNonQuery();
                }
            }
            transaction.Commit();
        }
        Execute(connection, "INSERT INTO req(req) VALUES('optimize')");
        return new SqliteTrigramPeer(connection, path, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The ids of the best ten matches by bm25, or the facet counts' size for a counts-only query.</summary>
    /// <param name="match">An FTS5 MATCH expression, or empty for every requirement.</param>
    /// <param name="where">Extra SQL conditions for filters (AND year = 2022), or empty.</param>
    public IReadOnlyList<string> Run(string match, string where, bool countsOnly)
    {
        using var command = connection.CreateCommand();
        var matching = match.Length == 0 ? "1 = 1" : "req MATCH $q";
        command.CommandText = countsOnly
            ? $"SELECT jurisdiction, year, count(*) FROM req WHERE {matching} {where} GROUP BY jurisdiction, year"
            : $"SELECT id FROM req WHERE {matching} {where} ORDER BY rank LIMIT 10";
        if (match.Length > 0)
            command.Parameters.AddWithValue("$q", match);
        var ids = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            ids.Add(reader.GetString(0));
        return ids;
    }

    /// <summary>
    /// The ids of the best <paramref name="limit"/> matches of a query as a person types it (<see cref="FtsQuery"/>), by
    /// bm25; in table order when every word is too short for the trigram index.
    /// </summary>
    public IReadOnlyList<string> Rank(string query, int limit, bool anyTrigram = false)
    {
        var fts = FtsQuery.From(query, anyTrigram);
        if (fts.Match.Length == 0 && fts.Likes.Count == 0)
            return [];
        using var command = connection.CreateCommand();
        var conditions = new List<string>();
        if (fts.Match.Length > 0)
        {
            conditions.Add("req MATCH $q");
            command.Parameters.AddWithValue("$q", fts.Match);
        }
        for (var i = 0; i < fts.Likes.Count; i++)
        {
            conditions.Add($"text LIKE $l{i}");
            command.Parameters.AddWithValue($"$l{i}", fts.Likes[i]);
        }
        command.CommandText = $"SELECT id FROM req WHERE {string.Join(" AND ", conditions)} ORDER BY {(fts.Match.Length > 0 ? "rank" : "rowid")} LIMIT {limit}";
        var ids = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            ids.Add(reader.GetString(0));
        return ids;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        connection.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
