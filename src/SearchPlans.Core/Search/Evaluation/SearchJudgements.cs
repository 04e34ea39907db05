using System.Globalization;
using System.Text;

namespace SearchPlans.Search.Evaluation;

/// <summary>A judged query: its id, the text as typed, and the split it belongs to (tune, heldout…).</summary>
public sealed record JudgedQuery(string Id, string Text, string Split);

/// <summary>
/// Graded relevance judgements of search results: for each query, requirements graded 2 (about the subject), 1 (in
/// passing) or 0 (not). Read from either of two formats:
/// <list type="bullet">
/// <item>TREC qrels, one judgement a line, <c>QUERY_ID ITERATION REQUIREMENT_ID GRADE</c> separated by spaces or tabs
/// (the iteration is ignored), with the queries in a separate file: one a line, <c>QUERY_ID&lt;TAB&gt;QUERY</c> or
/// <c>QUERY_ID&lt;TAB&gt;SPLIT&lt;TAB&gt;QUERY[&lt;TAB&gt;anything]</c>;</item>
/// <item>a table with a header row, tab-separated or (in a .csv file) comma-separated, with the columns
/// <c>query</c>, <c>requirement</c> (or <c>id</c>) and <c>grade</c>, and optionally <c>split</c> and <c>query_id</c>:
/// the judging sheet the web app exports, filled in. Rows with an empty grade are not judged.</item>
/// </list>
/// Lines starting with # are comments in both.
/// </summary>
public sealed class SearchJudgements
{
    private readonly Dictionary<string, Dictionary<string, int>> grades;

    private SearchJudgements(IReadOnlyList<JudgedQuery> queries, Dictionary<string, Dictionary<string, int>> grades)
    {
        Queries = queries;
        this.grades = grades;
    }

    /// <summary>The queries, in the order they were first listed.</summary>
    public IReadOnlyList<JudgedQuery> Queries { get; }

    /// <summary>The grades of one query's judged requirements, by requirement id.</summary>
    public IReadOnlyDictionary<string, int> GradesOf(string queryId) =>
        grades.TryGetValue(queryId, out var g) ? g : new Dictionary<string, int>();

    /// <summary>How many requirements are judged in all.</summary>
    public int JudgementCount => grades.Values.Sum(g => g.Count);

    /// <param name="path">The qrels or the judging table.</param>
    /// <param name="queriesPath">The queries of TREC qrels; not used with a table.</param>
    /// <exception cref="FormatException">A line cannot be read; the message names the file and line.</exception>
    public static SearchJudgements Load(string path, string? queriesPath = null)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        return Parse(text, Path.GetFileName(path), path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ',' : '\t',
            queriesPath is null ? null : File.ReadAllText(queriesPath, Encoding.UTF8), queriesPath is null ? null : Path.GetFileName(queriesPath));
    }

    /// <param name="separator">The table's separator, when the text is a table.</param>
    public static SearchJudgements Parse(string text, string sourceName, char separator = '\t', string? queries = null, string? queriesName = null)
    {
        var rows = Rows(text, separator).ToList();
        if (rows.Count == 0)
            throw new FormatException($"{sourceName} holds no judgements.");
        var header = rows[0].Cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
        return header.Contains("query") && header.Contains("grade")
            ? FromTable(rows, header, sourceName)
            : FromQrels(text, sourceName, queries ?? throw new FormatException(
                $"{sourceName} is TREC qrels (query id, iteration, requirement id, grade); give the queries too (--queries FILE: id, tab, query)."), queriesName ?? "queries");
    }

    private static SearchJudgements FromTable(List<(int Line, string[] Cells)> rows, List<string> header, string sourceName)
    {
        int Column(params string[] names) => names.Select(n => header.IndexOf(n)).FirstOrDefault(i => i >= 0, -1);
        var (query, requirement, grade, split, queryId) = (Column("query"), Column("requirement", "id"), Column("grade"), Column("split"), Column("query_id"));
        if (requirement < 0)
            throw new FormatException($"{sourceName}: the header names no requirement column (requirement or id).");
        var queries = new List<JudgedQuery>();
        var byId = new Dictionary<string, JudgedQuery>(StringComparer.Ordinal);
        var grades = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (line, cells) in rows.Skip(1))
        {
            string Cell(int i) => i >= 0 && i < cells.Length ? Unquoted(cells[i].Trim()) : "";
            var gradeText = Cell(grade);
            if (gradeText.Length == 0)
                continue;
            var queryText = Cell(query);
            var id = queryId >= 0 && Cell(queryId).Length > 0 ? Cell(queryId) : queryText;
            if (queryText.Length == 0 || Cell(requirement).Length == 0)
                throw new FormatException($"{sourceName} line {line}: a judged row needs a query and a requirement.");
            if (!byId.ContainsKey(id))
            {
                var judged = new JudgedQuery(id, queryText, split >= 0 && Cell(split).Length > 0 ? Cell(split) : "all");
                byId[id] = judged;
                queries.Add(judged);
            }
            Add(grades, id, Cell(requirement), ReadGrade(gradeText, sourceName, line));
        }
        return new SearchJudgements(queries, grades);
    }

    private static SearchJudgements FromQrels(string text, string sourceName, string queriesText, string queriesName)
    {
        var queries = ReadQueries(queriesText, queriesName);
        var known = queries.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var grades = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 4)
                throw new FormatException($"{sourceName} line {number}: expected query id, iteration, requirement id and grade.");
            if (!known.Contains(fields[0]))
                throw new FormatException($"{sourceName} line {number}: the query {fields[0]} is not in {queriesName}.");
            Add(grades, fields[0], fields[2], ReadGrade(fields[3], sourceName, number));
        }
        return new SearchJudgements(queries, grades);
    }

    /// <summary>Queries one a line: <c>ID&lt;TAB&gt;QUERY</c>, or <c>ID&lt;TAB&gt;SPLIT&lt;TAB&gt;QUERY[&lt;TAB&gt;anything]</c>; # starts a comment.</summary>
    /// <exception cref="FormatException">A line has no id or no query.</exception>
    public static IReadOnlyList<JudgedQuery> ReadQueries(string text, string sourceName)
    {
        var queries = new List<JudgedQuery>();
        foreach (var (line, cells) in Rows(text, '\t'))
        {
            var fields = cells.Select(c => c.Trim()).ToArray();
            if (fields.Length < 2 || fields[0].Length == 0 || fields[fields.Length == 2 ? 1 : 2].Length == 0)
                throw new FormatException($"{sourceName} line {line}: expected a query id, a tab and the query (or id, split, query).");
            queries.Add(fields.Length == 2 ? new JudgedQuery(fields[0], fields[1], "all") : new JudgedQuery(fields[0], fields[2], fields[1]));
        }
        if (queries.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count() != queries.Count)
            throw new FormatException($"{sourceName} lists a query id twice.");
        return queries;
    }

    private static void Add(Dictionary<string, Dictionary<string, int>> grades, string query, string requirement, int grade)
    {
        if (!grades.TryGetValue(query, out var of))
            grades[query] = of = new Dictionary<string, int>(StringComparer.Ordinal);
        of[requirement] = grade;
    }

    private static int ReadGrade(string text, string sourceName, int line) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var grade) && grade is >= 0 and <= 3
            ? grade
            : throw new FormatException($"{sourceName} line {line}: the grade \"{text}\" is not 0, 1 or 2.");

    // Exports put an apostrophe before a field a spreadsheet would run as a formula; read the field as written.
    private static string Unquoted(string cell) => cell.Length > 1 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@' ? cell[1..] : cell;

    /// <summary>Rows of a table, quoted fields as in RFC 4180 (a quoted field may hold the separator, quotes and line breaks), skipping blank lines and # comments.</summary>
    private static IEnumerable<(int Line, string[] Cells)> Rows(string text, char separator)
    {
        var line = 1;
        var position = 0;
        while (position < text.Length)
        {
            var start = line;
            var cells = new List<string>();
            var cell = new StringBuilder();
            var quoted = false;
            var atCellStart = true;
            for (; position < text.Length; position++)
            {
                var c = text[position];
                if (quoted)
                {
                    if (c == '"' && position + 1 < text.Length && text[position + 1] == '"')
                    {
                        cell.Append('"');
                        position++;
                    }
                    else if (c == '"')
                        quoted = false;
                    else
                    {
                        if (c == '\n')
                            line++;
                        cell.Append(c);
                    }
                    continue;
                }
                if (c == '"' && atCellStart && separator == ',')
                {
                    quoted = true;
                    atCellStart = false;
                    continue;
                }
                if (c == separator)
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                    atCellStart = true;
                    continue;
                }
                if (c == '\n')
                {
                    position++;
                    line++;
                    break;
                }
                if (c != '\r')
                    cell.Append(c);
                atCellStart = false;
            }
            cells.Add(cell.ToString());
            if (cells.Count == 1 && cells[0].Trim().Length == 0 || cells[0].TrimStart().StartsWith('#'))
                continue;
            if (cells[0].Length > 0 && cells[0][0] == '\uFEFF')
                cells[0] = cells[0][1..];
            yield return (start, [.. cells]);
        }
    }
}
