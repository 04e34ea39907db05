using System.Text.RegularExpressions;
using SearchPlans.Ingest.Decoding;
using Sylvan.Data.Csv;

namespace SearchPlans.Ingest.Formats.Csv;

/// <summary>
/// Reads a 台账 saved as comma-separated values (Excel's and WPS's "Save as CSV") as one table, its records as rows,
/// so the table logic reads it as it reads a sheet. The bytes are decoded as a text file is (UTF-8 with or without a
/// byte-order mark, GB18030, which Excel in Chinese writes, UTF-16); the separator (comma, semicolon, tab) is read
/// from the records (<see cref="CsvSeparator"/>), and Sylvan.Data.Csv splits them, quoted cells with separators and
/// line breaks included. A title row saved above the header is a row of one filled cell, as a sheet's merged title
/// row is.
/// </summary>
internal static partial class CsvReader
{
    public const string FormatName = "CSV table (.csv)";

    /// <summary>
    /// The longest record read, in characters. A record is one line of the plan, and the reader refuses lines past
    /// some 100,000 characters anyway; a bound here keeps a file with a stray quote from being buffered whole first.
    /// </summary>
    public const int MaxRecordCharacters = 1 << 18;

    [GeneratedRegex(@"^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})$")]
    private static partial Regex NumericDate();

    public static ExtractedDocument Read(byte[] content)
    {
        DecodedText decoded;
        try
        {
            decoded = TextDecoder.Decode(content);
        }
        catch (DecodingException e)
        {
            throw new UnreadableDocumentException(e.Reason);
        }
        var rows = new List<IReadOnlyList<string>>();
        var emptyRun = 0;
        try
        {
            var options = new CsvDataReaderOptions
            {
                HasHeaders = false,
                Delimiter = CsvSeparator.In(decoded.Text),
                BufferSize = 1 << 14,
                MaxBufferSize = MaxRecordCharacters,
                // Sylvan skips lines opening with '#' as comments; a plan's row may open with anything. Decoded text
                // holds no NUL, so none is read as a comment.
                Comment = '\0',
            };
            using var reader = CsvDataReader.Create(new StringReader(decoded.Text), options);
            while (reader.Read())
            {
                var cells = Enumerable.Range(0, reader.RowFieldCount).Select(i => CellText(reader.GetString(i))).ToList();
                var filled = cells.FindLastIndex(c => c.Length > 0) + 1;
                cells.RemoveRange(filled, cells.Count - filled);
                if (cells.Count == 0)
                {
                    emptyRun++;
                    continue;
                }
                // Empty records between filled ones part the table, as empty rows do in a sheet.
                if (rows.Count > 0)
                    rows.AddRange(Enumerable.Repeat<IReadOnlyList<string>>([], emptyRun));
                emptyRun = 0;
                rows.Add(cells);
            }
        }
        catch (CsvRecordTooLargeException e)
        {
            throw new UnreadableDocumentException("record {0} of the CSV file is over {1} characters long (a quote left open runs a record on to the end of the file); is it really a plan's table?", e.RowNumber, Localization.EngineMessage.Figure(MaxRecordCharacters));
        }
        catch (CsvInvalidCharacterException e)
        {
            throw new UnreadableDocumentException("the CSV file is malformed at record {0}, cell {1}: a quoted cell is never closed, or text follows its closing quote (at “{2}”)", e.RowNumber, e.FieldOrdinal + 1, e.InvalidCharacter.ToString());
        }
        catch (CsvFormatException e)
        {
            throw new UnreadableDocumentException("the CSV file is malformed at record {0}, cell {1}", e.RowNumber, e.FieldOrdinal + 1);
        }
        return new ExtractedDocument(FormatName, rows.Count == 0 ? [] : [new TableBlock(rows)]);
    }

    // A date the sheet held as a date is saved as its number form (2024/6/30); written as plans write deadlines, as the
    // spreadsheet reader writes it.
    private static string CellText(string cell) =>
        NumericDate().Match(cell.Trim()) is { Success: true } date && int.Parse(date.Groups[2].Value) is >= 1 and <= 12 && int.Parse(date.Groups[3].Value) is >= 1 and <= 31
            ? $"{date.Groups[1].Value}年{int.Parse(date.Groups[2].Value)}月{int.Parse(date.Groups[3].Value)}日"
            : cell;
}
