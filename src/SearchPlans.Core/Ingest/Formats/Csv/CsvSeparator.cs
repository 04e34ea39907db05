namespace SearchPlans.Ingest.Formats.Csv;

/// <summary>
/// The separator a CSV file was saved with: comma, tab, semicolon (Excel where the list separator is the semicolon)
/// or bar. Excel and WPS write every record as wide as the widest, so the separator is the candidate that most
/// records hold the same number of times outside quotes; a title row saved with no separators does not count
/// against it. Sylvan's own detection counts the first line that holds any candidate, which in a file of one column
/// (a plan's paragraphs, a record each, saved unquoted where commas do not separate) is a sentence with a comma in it.
/// </summary>
internal static class CsvSeparator
{
    private static readonly char[] Candidates = [',', '\t', ';', '|'];

    /// <summary>Records enough to see a table's separator; a sheet's title and header come first.</summary>
    private const int RecordsRead = 200;

    public static char In(string text)
    {
        var records = Counts(text);
        var best = -1;
        var bestRecords = 0;
        for (var c = 0; c < Candidates.Length; c++)
        {
            // The number of records holding the candidate's most common nonzero count, an earlier candidate winning a tie.
            var steady = records.Where(r => r[c] > 0).GroupBy(r => r[c]).Select(g => g.Count()).DefaultIfEmpty(0).Max();
            if (steady > bestRecords)
                (best, bestRecords) = (c, steady);
        }
        if (best >= 0 && bestRecords * 2 >= records.Count)
            return Candidates[best];
        // One column: no candidate divides the records alike, so the separator is one that cuts no sentence.
        var totals = Candidates.Select((_, c) => records.Sum(r => r[c])).ToList();
        return Candidates[totals.IndexOf(totals.Min())];
    }

    /// <summary>Each non-blank record's count of every candidate outside quotes; a quoted line break stays in its record.</summary>
    private static List<int[]> Counts(string text)
    {
        var records = new List<int[]>();
        var counts = new int[Candidates.Length];
        var quoted = false;
        var filled = false;
        foreach (var ch in text)
        {
            if (ch == '"')
                quoted = !quoted;
            else if (!quoted && ch is '\n' or '\r')
            {
                if (filled)
                    records.Add(counts);
                if (records.Count == RecordsRead)
                    return records;
                (counts, filled) = (new int[Candidates.Length], false);
                continue;
            }
            else if (!quoted && Array.IndexOf(Candidates, ch) is var at and >= 0)
            {
                counts[at]++;
                filled = true;
                continue;
            }
            filled |= !char.IsWhiteSpace(ch);
        }
        if (filled)
            records.Add(counts);
        return records;
    }
}
