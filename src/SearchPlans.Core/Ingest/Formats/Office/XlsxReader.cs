using System.Globalization;
using System.Text;
using ExcelDataReader;
using SearchPlans.Localization;

namespace SearchPlans.Ingest.Formats.Office;

/// <summary>
/// Reads a spreadsheet's sheets as tables, row by row as ExcelDataReader streams them, so a sheet is never held whole.
/// A merged range keeps its value in its first cell and leaves the others empty. Empty rows between filled ones are
/// blank lines; a sheet is left after a long run of them: a sheet formatted down to its millionth row holds nothing there. The old binary
/// workbook (.xls) is read by the same library, with no conversion.
/// </summary>
internal static class XlsxReader
{
    public const string FormatName = "spreadsheet (.xlsx)";

    public const string LegacyFormatName = "Excel 97-2003 workbook (.xls)";

    /// <summary>Empty rows in a row after which the rest of a sheet is not read.</summary>
    public const int EmptyRowsToStop = 10_000;

    /// <summary>
    /// Cells looked at in a workbook, over which it is refused: a 分工方案 has some thousands, and a sheet whose every row
    /// runs to column XFD would otherwise cost minutes and gigabytes within the size a zip may inflate to.
    /// </summary>
    public const long MaxCells = 20_000_000;

    public static ExtractedDocument Read(byte[] content, bool legacy)
    {
        if (!legacy)
            ZipGuard.Check(content, "spreadsheet");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var blocks = new List<DocumentBlock>();
        var warnings = new List<EngineMessage>();
        var cellsSeen = 0L;
        try
        {
            var stream = new MemoryStream(content, writable: false);
            using var reader = legacy ? ExcelReaderFactory.CreateBinaryReader(stream) : ExcelReaderFactory.CreateOpenXmlReader(stream);
            do
            {
                var rows = new List<IReadOnlyList<string>>();
                var (emptyRun, rowNumber) = (0, 0);
                while (reader.Read())
                {
                    rowNumber++;
                    if ((cellsSeen += reader.FieldCount) > MaxCells)
                        throw new UnreadableDocumentException("the spreadsheet has more than {0} cells (sheet \"{1}\", {2} columns); a plan's table has some thousands", EngineMessage.Figure(MaxCells), reader.Name, EngineMessage.Figure(reader.FieldCount));
                    var cells = Enumerable.Range(0, reader.FieldCount).Select(i => CellText(reader.GetValue(i))).ToList();
                    // A row keeps its cells up to its last filled one, so a far column filled in one row costs no other.
                    var filled = cells.FindLastIndex(c => c.Length > 0) + 1;
                    cells.RemoveRange(filled, cells.Count - filled);
                    if (cells.Count == 0)
                    {
                        if (++emptyRun < EmptyRowsToStop)
                            continue;
                        warnings.Add(new EngineMessage("sheet \"{0}\": stopped after {1} empty rows in a row (at row {2}); rows below them were not read", reader.Name, EngineMessage.Figure(EmptyRowsToStop), EngineMessage.Figure(rowNumber)));
                        break;
                    }
                    // Empty rows between filled ones separate parts of the table, as blank lines do in text.
                    if (rows.Count > 0)
                        rows.AddRange(Enumerable.Repeat<IReadOnlyList<string>>([], emptyRun));
                    emptyRun = 0;
                    rows.Add(cells);
                }
                if (rows.Count > 0)
                    blocks.Add(new TableBlock(rows));
            }
            while (reader.NextResult());
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or System.Xml.XmlException)
        {
            throw new UnreadableDocumentException("the spreadsheet is damaged or not an Excel workbook ({0})", e.Message);
        }
        return new ExtractedDocument(legacy ? LegacyFormatName : FormatName, blocks) { Warnings = warnings };
    }

    // A date is written as plans write deadlines; a number without the float's noise.
    private static string CellText(object? value) => value switch
    {
        null => "",
        DateTime date => date.TimeOfDay == TimeSpan.Zero ? $"{date.Year}年{date.Month}月{date.Day}日" : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double number => number.ToString("0.##########", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
