using System.IO.Compression;
using System.Text;

namespace SearchPlans.Tests.Ingest.Formats.Writers;

/// <summary>
/// Hostile files, made at run time rather than committed: zip bombs posing as Office files and a spreadsheet formatted
/// down to its millionth row, written part by part so making them costs the test no memory.
/// </summary>
internal static class HostileDocuments
{
    /// <summary>A zip whose one part inflates to <paramref name="inflatedBytes"/> of zeros, named as the format asks.</summary>
    public static byte[] ZipBomb(string partName, long inflatedBytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry(partName, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var written = 0L; written < inflatedBytes; written += zeros.Length)
                part.Write(zeros, 0, (int)Math.Min(zeros.Length, inflatedBytes - written));
        }
        return stream.ToArray();
    }

    /// <summary>
    /// The same bomb with its sizes rewritten to claim a kilobyte, in the local header and the central directory, so
    /// only the bytes it actually inflates to give it away.
    /// </summary>
    public static byte[] LyingZipBomb(string partName, long inflatedBytes)
    {
        var zip = ZipBomb(partName, inflatedBytes);
        for (var at = 0; at + 4 <= zip.Length; at++)
        {
            var signature = BitConverter.ToUInt32(zip, at);
            if (signature == 0x04034b50)
                BitConverter.TryWriteBytes(zip.AsSpan(at + 22, 4), 1024u);
            else if (signature == 0x02014b50)
                BitConverter.TryWriteBytes(zip.AsSpan(at + 24, 4), 1024u);
        }
        return zip;
    }

    /// <summary>A workbook whose sheet holds <paramref name="rows"/> and then empty, formatted rows down to row 1,000,000.</summary>
    public static byte[] SheetWithAMillionRows(IReadOnlyList<IReadOnlyList<string>> rows) => Workbook(sheet =>
    {
        for (var r = 1; r <= 1_000_000; r++)
        {
            sheet.Write($"<row r=\"{r}\">");
            if (r <= rows.Count)
                for (var c = 0; c < rows[r - 1].Count; c++)
                    sheet.Write($"<c r=\"{(char)('A' + c)}{r}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(rows[r - 1][c])}</t></is></c>");
            else
                sheet.Write($"<c r=\"A{r}\" s=\"0\"/>");
            sheet.Write("</row>");
        }
    });

    /// <summary>A workbook whose rows each fill a cell in the sheet's last column (XFD), so every row is 16,384 cells wide.</summary>
    public static byte[] SheetAsWideAsExcelGoes(int rows) => Workbook(sheet =>
    {
        for (var r = 1; r <= rows; r++)
            sheet.Write($"<row r=\"{r}\"><c r=\"XFD{r}\" t=\"inlineStr\"><is><t>任务</t></is></c></row>");
    });

    private static byte[] Workbook(Action<TextWriter> writeRows)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Part(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Part(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Part(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
            sheet.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            writeRows(sheet);
            sheet.Write("</sheetData></worksheet>");
        }
        return stream.ToArray();
    }

    /// <summary>A page whose elements nest <paramref name="depth"/> deep around a plan's line.</summary>
    public static byte[] DeeplyNestedPage(int depth)
    {
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", depth);
        html.Append("一、优化政务公开工作基础");
        html.Insert(html.Length, "</div>", depth);
        return Encoding.UTF8.GetBytes(html.Append("</body></html>").ToString());
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }
}
