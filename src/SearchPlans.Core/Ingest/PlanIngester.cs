using System.Globalization;
using System.Text.RegularExpressions;
using SearchPlans.Ingest.Cleaning;
using SearchPlans.Ingest.Decoding;
using SearchPlans.Ingest.Formats;
using SearchPlans.Ingest.Head;
using SearchPlans.Ingest.Reading;
using SearchPlans.Ingest.Rows;
using SearchPlans.Ingest.Shapes;
using SearchPlans.Localization;
using SearchPlans.Model;

namespace SearchPlans.Ingest;

/// <summary>
/// Reads plan files into the model: decode, find the shape and where its body starts, read the head, the body
/// rows and the tail, then the shared steps. One bad file never stops the others.
/// </summary>
public sealed partial class PlanIngester
{
    private readonly LibreOfficeConverter _libreOffice;

    /// <summary>A reader that converts the old Word and WPS formats with LibreOffice where it is installed.</summary>
    public PlanIngester() : this(LibreOfficeConverter.Installation)
    {
    }

    internal PlanIngester(LibreOfficeConverter libreOffice) => _libreOffice = libreOffice;

    [GeneratedRegex(@"(\d{4})\s*年")]
    private static partial Regex YearInText();

    /// <summary>
    /// Files above this size are refused unread: real plans are well under a megabyte, and a folder of files nobody
    /// checked must not make one read take minutes or gigabytes.
    /// </summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>The limit for PDF, Word and Excel files, whose images and fonts take room their text does not.</summary>
    public const long MaxDocumentBytes = 64 * 1024 * 1024;

    /// <summary>A file whose name starts with a dot, which <see cref="IngestDirectory"/> skips (.DS_Store, editor swap files).</summary>
    public static bool IsHidden(string path) => Path.GetFileName(path).StartsWith('.');

    /// <summary>Reads every regular file of a folder on every core; results come in file-name order, so they are stable.</summary>
    public IReadOnlyList<IngestResult> IngestDirectory(string directory) => IngestFiles(FilesOf(directory), done: null);

    /// <summary>The files <see cref="IngestDirectory"/> reads: every file but hidden ones, in file-name order.</summary>
    public static IReadOnlyList<string> FilesOf(string directory) =>
        [.. Directory.EnumerateFiles(directory).Where(f => !IsHidden(f)).Order(StringComparer.Ordinal)];

    /// <summary>Reads the files on every core, in their order, telling <paramref name="done"/> of each file read.</summary>
    public IReadOnlyList<IngestResult> IngestFiles(IReadOnlyList<string> files, IProgress<int>? done)
    {
        var read = 0;
        var results = files.AsParallel().AsOrdered().Select(file =>
        {
            var result = IngestFile(file);
            done?.Report(Interlocked.Increment(ref read));
            return result;
        }).ToList();
        return PlanIds.Disambiguate(results);
    }

    /// <summary>
    /// Lines longer than this are refused. A whole plan pasted on one line (红谷滩's page) runs to some tens of thousands
    /// of characters and must be read; a line of millions took minutes to link, and 100,000 characters as one
    /// requirement about 12 s.
    /// </summary>
    public const int MaxLineCharacters = 100_000;

    /// <summary>Reads one file; whatever goes wrong becomes the result's message, never an exception.</summary>
    public IngestResult IngestFile(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            if (FileKind.NotRegular(path) is { } kind)
                return IngestResult.Failed(name, "not read: it is {0}, not a regular file", new EngineMessage(kind));
            var length = new FileInfo(path).Length;
            var limit = DocumentExtractor.IsDocument(BoundedRead.Head(path, DocumentExtractor.HeadBytes)) ? MaxDocumentBytes : MaxFileBytes;
            if (length > limit)
                return IngestResult.Failed(name, "the file is {0} MB, over the {1} MB limit for one plan; is it really a plan?", (length / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture), limit / 1048576);
            // Counted again while reading: the length a file reports can change, or lie.
            var content = BoundedRead.AtMost(path, limit);
            if (content is null)
                return IngestResult.Failed(name, "the file is over the {0} MB limit for one plan; is it really a plan?", limit / 1048576);
            return IngestDocument(name, content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return IngestResult.Failed(name, "cannot read the file: {0}", e.Message);
        }
    }

    /// <summary>
    /// Reads one file's bytes in its format (Word, PDF, web page, spreadsheet; text otherwise); whatever goes wrong
    /// becomes the result's message, never an exception.
    /// </summary>
    public IngestResult IngestDocument(string sourceName, byte[] content)
    {
        ExtractedDocument? document;
        try
        {
            document = DocumentExtractor.Extract(sourceName, content, _libreOffice);
        }
        catch (UnreadableDocumentException e)
        {
            return IngestResult.Failed(sourceName, e.Reason);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A damaged file can make a format's library throw anything; it is this file's message, not the run's end.
            return IngestResult.Failed(sourceName, "the file could not be read as {0} ({1}: {2})", Path.GetExtension(sourceName), e.GetType().Name, e.Message);
        }
        return document is null ? Ingest(sourceName, content) : Ingest(sourceName, document);
    }

    private IngestResult Ingest(string sourceName, ExtractedDocument document)
    {
        var (text, tableRows) = BlockText.Lay(document.Blocks);
        if (CharacterCount.NonWhiteSpace(text) == 0)
            return IngestResult.Failed(sourceName, WithAttachmentHint(new EngineMessage("the {0} holds no text", new EngineMessage(document.FormatName)), document));
        var decoded = TextDecoder.Extracted(text, document.FormatName);
        if (LongestLine(decoded.Text) is var (line, length) && length > MaxLineCharacters)
            return IngestResult.Failed(sourceName, "paragraph {0} is {1} characters long; the limit is {2}. Is it really a plan?", line, EngineMessage.Figure(length), EngineMessage.Figure(MaxLineCharacters));
        IngestResult result;
        try
        {
            result = Ingest(sourceName, decoded, document.Chrome, tableRows);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return IngestResult.Failed(sourceName, "could not be read ({0}: {1}); this is a bug, please report it", e.GetType().Name, e.Message);
        }
        if (result.Plan is not { } plan)
            return result with { Refusal = WithAttachmentHint(result.Refusal!, document) };
        return result with
        {
            Plan = plan with { Attachments = document.Attachments },
            Notices = [.. document.Warnings, .. result.Notices],
        };
    }

    // A page that only announces its plan links it: say where the plan is.
    private static EngineMessage WithAttachmentHint(EngineMessage reason, ExtractedDocument document) => document.Attachments.Count == 0 ? reason
        : new("{0}; the page links {1} attachment(s) ({2}): the plan is probably in one, so give that file",
            reason, document.Attachments.Count, string.Join(", ", document.Attachments.Take(3).Select(a => a.Name)));

    /// <summary>Reads one file's bytes as text; whatever goes wrong becomes the result's message, never an exception.</summary>
    public IngestResult Ingest(string sourceName, byte[] content)
    {
        DecodedText decoded;
        try
        {
            decoded = TextDecoder.Decode(content);
        }
        catch (DecodingException e)
        {
            return IngestResult.Failed(sourceName, e.Message);
        }
        if (LongestLine(decoded.Text) is var (line, length) && length > MaxLineCharacters)
            return IngestResult.Failed(sourceName, "line {0} is {1} characters long; the limit is {2}. Is it really a plan?", line, EngineMessage.Figure(length), EngineMessage.Figure(MaxLineCharacters));
        try
        {
            var result = Ingest(sourceName, decoded);
            return decoded.InvisibleCharactersRemoved == 0 || !result.Succeeded ? result
                : result with { Notices = [.. result.Notices, new EngineMessage("removed {0} invisible characters (zero-width spaces, joiners, byte-order or direction marks)", decoded.InvisibleCharactersRemoved)] };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One file a library or the reader cannot cope with must not stop the others.
            return IngestResult.Failed(sourceName, "could not be read ({0}: {1}); this is a bug, please report it", e.GetType().Name, e.Message);
        }
    }

    private static (int Line, int Length) LongestLine(string text)
    {
        var (line, longest, longestLine, start) = (1, 0, 1, 0);
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r')
                continue;
            if (i - start > longest)
                (longest, longestLine) = (i - start, line);
            if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
                i++;
            line++;
            start = i + 1;
        }
        return (longestLine, longest);
    }

    public IngestResult Ingest(string sourceName, DecodedText decoded) => Ingest(sourceName, decoded, [], new HashSet<int>());

    /// <param name="chrome">Text of the file set apart before reading (a web page's navigation), kept as remainder and counted.</param>
    /// <param name="tableRows">The lines that are rows of the document's own tables.</param>
    private IngestResult Ingest(string sourceName, DecodedText decoded, IReadOnlyList<string> chrome, IReadOnlySet<int> tableRows)
    {
        var cleaned = MirrorCleaner.Clean(decoded.Text);
        var source = new SourceText(cleaned.Text) { TableRows = tableRows };
        if (ShapeDetector.Detect(source) is not var (shape, bodyStart))
            return IngestResult.Failed(sourceName, "no recognisable requirements: no numbered parts (一、（一）1.), no table and no paragraphs of a plan");

        var context = new IngestContext(source);
        foreach (var piece in chrome)
            context.Keep(RemainderKind.PageChrome, piece, SourceSpan.Line(1));
        context.Discard(cleaned.Removed);
        if (cleaned.Removed.Length > 0)
            context.Note("removed pinyin after characters, as mirror sites print it ({0} characters)", cleaned.Removed.Length);
        var tailStart = TailReader.FindStart(source, bodyStart);
        if (TailReader.AttachedAssignmentsStart(source, bodyStart, tailStart) is { } attached)
            (bodyStart, tailStart) = (attached, TailReader.FindStart(source, attached));
        var head = PlanHeadReader.Read(context, 1, bodyStart - 1);
        var rows = shape.ReadBody(context, bodyStart, tailStart - 1);
        var colophonDate = TailReader.Keep(context, tailStart, head.Issuer);

        var title = head.Title ?? head.NoticeTitle ?? FirstLine(source);
        if ((head.Title ?? head.NoticeTitle) is { } headTitle && RepeatedTitle.FindRepeat(source, headTitle, bodyStart) is { } repeat)
            return IngestResult.Failed(sourceName, "the file holds the plan twice over: its title appears again at line {0}; split the file or remove the copy", repeat);
        var jurisdiction = JurisdictionReader.Read(head, title, source.Text);
        if (jurisdiction.Level == AdminLevel.Unknown && FileNameHints.JurisdictionOf(sourceName, new PlanHead(null, null, null, null, null)) is { } named)
        {
            context.Note("the text names no place; the file name gives {0}", named.Name);
            jurisdiction = named;
        }
        var year = YearOf(title) ?? YearOf(head.DocNumber ?? "") ?? (head.Issued ?? colophonDate)?.Year ?? head.PageYear;
        if (year is null && FileNameHints.YearOf(sourceName) is { } fileYear)
        {
            context.Note("the text names no year; the file name gives {0}", fileYear);
            year = fileYear;
        }
        var id = PlanIdMaker.Make(jurisdiction, year);
        var (sections, requirements) = new RequirementAssembler(context).Assemble(rows, id);
        if (requirements.Count == 0)
            return IngestResult.Failed(sourceName, "no recognisable requirements: the file looks like a {0} but no row holds requirement text", new EngineMessage(shape.Name));

        CitedDocument[] cites = [.. CitationReader.Read(ReadableText(context.Remainder, sections, requirements), head.DocNumber, title)
            .Concat(head.ForwardingNotices.Select(n => new CitedDocument(n, null))).Distinct()];
        var plan = new Plan(
            id, head.Title ?? head.NoticeTitle ?? ShownTitle(title, sourceName), EnclosingPlaces.WithCitedGovernments(jurisdiction, cites), year,
            head.DocNumber, head.IssuingBody, head.Issued ?? colophonDate, cites, sections, requirements, context.Remainder, sourceName);
        if (decoded.ControlCharactersRemoved > 0)
            context.Note("removed {0} stray control characters", decoded.ControlCharactersRemoved);
        var result = new IngestResult(sourceName, plan, context.Warnings, null)
        {
            Shape = shape.Name,
            EncodingName = decoded.EncodingName,
            RemovedMarkup = context.RemovedMarkup,
        };
        var lost = TextAccount.Unaccounted(string.Join("\n", chrome.Prepend(decoded.Text)), result);
        if (lost.Length > 0)
            context.Note("text not accounted for by the parser (a bug; please report it): {0}", lost);
        return result;
    }

    // Citations are read from the parsed text, where page breaks no longer cut titles in two.
    private static string ReadableText(IEnumerable<RemainderPiece> remainder, IReadOnlyList<Section> sections, IEnumerable<Requirement> requirements) =>
        string.Join("\n", remainder.Where(r => r.Kind != RemainderKind.TableHeader).Select(r => r.Text)
            .Concat(Flatten(sections).Select(s => s.Title))
            .Concat(requirements.SelectMany(r => new[] { r.Text, r.UnitsText }.Concat(r.Criteria))));

    private static IEnumerable<Section> Flatten(IEnumerable<Section> sections) =>
        sections.SelectMany(s => Flatten(s.Children).Prepend(s));

    private static int? YearOf(string text) =>
        YearInText().Match(text) is { Success: true } m ? DigitText.Parse(m.Groups[1].Value)
        : Regex.Match(text, @"〔(\d{4})〕") is { Success: true } n ? DigitText.Parse(n.Groups[1].Value)
        : null;

    // A plan without a title line is shown by its first line only when that reads like a title, not like a table
    // header or a numbered heading (工作任务 | 具体要求, 一、总体要求); otherwise by its file's name.
    private static string ShownTitle(string firstLine, string sourceName) =>
        firstLine.Length is > 0 and <= 60 && firstLine.IndexOfAny(['|', '\t']) < 0 && Outline.NumberingMarkers.AtStart(firstLine) is null
            && !Tables.HeaderCell.Looks(firstLine)
            ? firstLine
            : Path.GetFileNameWithoutExtension(sourceName);

    private static string FirstLine(SourceText source)
    {
        for (var line = 1; line <= source.LineCount; line++)
            if (!source.IsBlank(line))
                return source[line].Trim();
        return "";
    }
}
