namespace SearchPlans.Contracts;

/// <summary>RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break.</summary>
public static class Csv
{
    /// <summary>Joins list values inside one field.</summary>
    public const string ListSeparator = "; ";

    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        WriteRow(writer, header);
        foreach (var row in rows)
            WriteRow(writer, row);
    }

    private static void WriteRow(TextWriter writer, IReadOnlyList<string?> fields)
    {
        writer.Write(string.Join(",", fields.Select(Quote)));
        writer.Write("\r\n");
    }

    public static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field))
            return "";
        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
