using SearchPlans.Ingest.Formats;

namespace SearchPlans.Tests.Ingest.Formats.Writers;

/// <summary>The formats an office saves a table in, each written by its writer, for tests that read one table in all.</summary>
internal static class OfficeFormats
{
    public static TheoryData<string> All => [".docx", ".html", ".xlsx", ".csv"];

    public static byte[] Write(string format, List<DocumentBlock> blocks) => format switch
    {
        ".docx" => DocxWriter.Write(blocks),
        ".html" => HtmlPageWriter.Write(blocks, new("市人民政府办公室", "2022-03-01", "0/2022-1", [])),
        ".csv" => CsvWriter.Write(blocks),
        _ => XlsxWriter.Write(blocks),
    };
}
