namespace SearchPlans.Contracts;

/// <summary>
/// RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break. A text field
/// that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe, as OWASP advises: plan text
/// comes from files nobody here wrote, and exports are opened in spreadsheets.
/// </summary>
public static class Csv
{
    /// <summary>Joins list values inside one field.</summary>
    public const string ListSeparator = "; ";

    /// <summary>The rows of a shape under its header.</summary>
    public static void Write<T>(TextWriter writer, IEnumerable<T> rows)
        where T : ICsvRow<T> => Write(writer, T.CsvHeader, rows.Select(r => r.CsvRow()));

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

    /// <summary>A number as a CSV field: invariant digits, whatever the machine's culture.</summary>
    public static string? Number(IFormattable? value, string? format = null) => value?.ToString(format, System.Globalization.CultureInfo.InvariantCulture);

    public static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field))
            return "";
        if (RunsAsFormula(field))
            field = "'" + field;
        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    private static bool RunsAsFormula(string field) =>
        field[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !double.TryParse(field, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
