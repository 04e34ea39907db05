using SearchPlans.Ingest;
using SearchPlans.Ingest.Formats;
using SearchPlans.Tests.Ingest.Formats.Writers;

namespace SearchPlans.Tests.Ingest.Formats;

/// <summary>
/// The old binary formats: a Word 97-2003 file is converted by LibreOffice and read as its .docx would be; an Excel
/// 97-2003 workbook is read directly. Both made from a seed by LibreOffice, as an office saves them.
/// </summary>
public sealed class OldFormatTests : IDisposable
{
    private const string Zhanjiang = "004_7faa7dbd0abcd0a1.txt";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private byte[] SavedAsWord97()
    {
        File.WriteAllBytes(folder.Combine("zhanjiang.docx"), DocxWriter.Write(SeedDocuments.Blocks(Zhanjiang)));
        LibreOffice.ConvertAll(folder.Path, "*.docx", "doc");
        return File.ReadAllBytes(folder.Combine("zhanjiang.doc"));
    }

    [NeedsLibreOfficeFact]
    public void ASeedSavedAsWord97_IsConvertedAndGivesTheRequirementsOfItsTextFile()
    {
        var result = new PlanIngester().IngestDocument("zhanjiang.doc", SavedAsWord97());

        SeedDocuments.AssertSameRequirements(SeedDocuments.TextResult(Zhanjiang), result);
        Assert.Equal("Word 97-2003 (.doc), converted by LibreOffice", result.EncodingName);
    }

    // WPS Writer saves the binary Word format under its own extension; LibreOffice tells it by its content.
    [NeedsLibreOfficeFact]
    public void AWordBinaryFileNamedWps_IsConvertedAsAWpsFile()
    {
        var result = new PlanIngester().IngestDocument("zhanjiang.wps", SavedAsWord97());

        SeedDocuments.AssertSameRequirements(SeedDocuments.TextResult(Zhanjiang), result);
        Assert.Equal("WPS Writer (.wps), converted by LibreOffice", result.EncodingName);
    }

    [NeedsLibreOfficeFact]
    public void ASeedSpreadsheetSavedAsExcel97_IsReadWithoutConversion()
    {
        File.WriteAllBytes(folder.Combine("zhanjiang.xlsx"), XlsxWriter.Write(SeedDocuments.Blocks(Zhanjiang)));
        LibreOffice.ConvertAll(folder.Path, "*.xlsx", "xls");

        var result = new PlanIngester(LibreOfficeConverter.None)
            .IngestDocument("zhanjiang.xls", File.ReadAllBytes(folder.Combine("zhanjiang.xls")));

        SeedDocuments.AssertSameRequirements(SeedDocuments.TextResult(Zhanjiang), result);
        Assert.Equal("Excel 97-2003 workbook (.xls)", result.EncodingName);
    }
}

/// <summary>
/// What the conversion does when soffice misbehaves, with a stand-in script for soffice: a conversion that never ends
/// is stopped at the converter's bound and its temporary folder removed; one that writes nothing says so.
/// </summary>
public sealed class ConversionBoundTests : IDisposable
{
    private static readonly byte[] OldWordFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    // A soffice that notes the folder it was asked to write to, then does what it is told.
    private LibreOfficeConverter StandIn(string then, TimeSpan timeout)
    {
        var script = folder.Combine("soffice");
        File.WriteAllText(script, $"#!/bin/sh\nfor a in \"$@\"; do last=\"$prev\"; prev=\"$a\"; done\necho \"$last\" > '{folder.Combine("outdir")}'\n{then}\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new LibreOfficeConverter(script, timeout);
    }

    [Fact]
    public void AConversionThatNeverEnds_IsStoppedAtItsBoundAndItsFolderRemoved()
    {
        var result = new PlanIngester(StandIn("exec sleep 600", TimeSpan.FromSeconds(2))).IngestDocument("plan.doc", OldWordFile);

        Assert.Contains("LibreOffice did not convert it within 2 s", result.Error);
        Assert.False(Directory.Exists(Path.GetDirectoryName(File.ReadAllText(folder.Combine("outdir")).Trim())), "the conversion's temporary folder was left behind");
    }

    [Fact]
    public void AConversionThatWritesNothing_SaysSo()
    {
        var result = new PlanIngester(StandIn("echo 'Error: source file could not be loaded' >&2", TimeSpan.FromMinutes(2))).IngestDocument("plan.doc", OldWordFile);

        Assert.Contains("LibreOffice could not convert it (Error: source file could not be loaded)", result.Error);
    }
}
