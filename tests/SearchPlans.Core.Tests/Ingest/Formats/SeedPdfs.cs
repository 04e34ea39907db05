using SearchPlans.Ingest.Formats;
using SearchPlans.Tests.Ingest.Formats.Writers;

namespace SearchPlans.Tests.Ingest.Formats;

/// <summary>
/// The seeds printed to PDF as an office prints a Word plan: each seed's Word document (written by
/// <see cref="DocxWriter"/>) converted by LibreOffice, once for the test class, in a temporary folder.
/// </summary>
public sealed class SeedPdfs : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly Lazy<IReadOnlyDictionary<string, byte[]>> pdfs;

    public SeedPdfs() => pdfs = new(Convert);

    public byte[] Of(string seed) => pdfs.Value[seed];

    private IReadOnlyDictionary<string, byte[]> Convert()
    {
        foreach (var seed in SeedDocuments.Files)
            File.WriteAllBytes(folder.Combine(Path.ChangeExtension(seed, ".docx")), DocxWriter.Write(SeedDocuments.Blocks(seed)));
        LibreOffice.ConvertAll(folder.Path, "*.docx", "pdf");
        return SeedDocuments.Files.ToDictionary(s => s, s => File.ReadAllBytes(folder.Combine(Path.ChangeExtension(s, ".pdf"))));
    }

    public void Dispose()
    {
        if (LibreOfficeConverter.Installation.Installed)
            folder.Dispose();
    }
}
